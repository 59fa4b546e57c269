//! The language packs as `make build` writes them (the `lang-packs` binary): one file per
//! language but English, each complete (every UI string of a UI language, every template, with
//! the placeholders of English) and equal to the Rust tables it came from.

use std::collections::BTreeSet;
use std::process::Command;

use orderlens::i18n::{placeholders, t, Text};
use orderlens::lang::languages::built_in;
use orderlens::lang::pack::Pack;
use orderlens::lang::{pack_file, Lang};

fn built_packs() -> Vec<(Lang, Vec<u8>)> {
    let dir = std::env::temp_dir().join(format!("orderlens-lang-packs-{}", std::process::id()));
    let status = Command::new(env!("CARGO_BIN_EXE_lang-packs")).arg(&dir).status().unwrap();
    assert!(status.success());
    let mut files: Vec<String> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    files.sort();
    let mut want: Vec<String> = Lang::ALL[1..].iter().map(|l| format!("{}.olp", l.code())).collect();
    want.sort();
    assert_eq!(files, want, "one pack per language but English");
    let packs = Lang::ALL[1..].iter().map(|&l| (l, std::fs::read(dir.join(format!("{}.olp", l.code()))).unwrap()));
    let packs = packs.collect();
    std::fs::remove_dir_all(&dir).unwrap();
    packs
}

fn keys(s: &str) -> BTreeSet<&str> {
    placeholders(s).into_iter().collect()
}

#[test]
fn every_built_pack_is_complete_and_equals_its_rust_tables() {
    for (lang, bytes) in built_packs() {
        let pack = pack_file::read(&bytes).unwrap_or_else(|e| panic!("{lang:?}: {e:?}"));
        assert_eq!(pack, Pack::from_source(built_in(lang)), "{lang:?} read back differs from its tables");
        assert_eq!(pack.lang, lang);
        assert_eq!(pack.has_ui(), Lang::UI.contains(&lang), "{lang:?}");
        if pack.has_ui() {
            for &text in Text::ALL {
                let s = pack.text(text).unwrap_or_else(|| panic!("{lang:?} lacks {text:?}"));
                assert!(!s.trim().is_empty(), "{lang:?} {text:?}");
                assert_eq!(keys(s), keys(t(Lang::En, text)), "{lang:?} {text:?}: {s}");
            }
        }
        let english = built_in(Lang::En).replies.fields();
        assert_eq!(pack.template_texts().count(), english.len(), "{lang:?}");
        for (i, s) in pack.template_texts().enumerate() {
            assert!(!s.trim().is_empty(), "{lang:?} template {i} is empty");
            // A template may leave out a value its language does not need, never add one.
            assert!(keys(s).is_subset(&keys(english[i])), "{lang:?} template {i}: {s}");
        }
        let words = built_in(lang).words;
        for list in [words.marketing, words.review_manipulation, words.review_request, words.phone_hints] {
            assert!(!list.is_empty(), "{lang:?} lacks a compliance word list");
        }
    }
}
