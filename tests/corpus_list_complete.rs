//! The shared fixture list (`corpus_list.rs`) must name exactly the fixtures on disk,
//! so a new fixture cannot be left out of the corpus tests by accident.
#![cfg(not(target_arch = "wasm32"))]

mod corpus_list;

use std::collections::BTreeSet;
use std::path::Path;

use corpus_list::EMAIL_FIXTURES;

#[test]
fn fixture_list_matches_the_directory() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/emails");
    let mut on_disk = BTreeSet::new();
    let mut problems = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("read tests/fixtures/emails") {
        let path = entry.expect("directory entry").path();
        let (Some(stem), Some(ext)) = (path.file_stem(), path.extension()) else { continue };
        let stem = stem.to_string_lossy().into_owned();
        match ext.to_str() {
            Some("eml") => {
                if !dir.join(format!("{stem}.json")).exists() {
                    problems.push(format!("{stem}.eml has no {stem}.json"));
                }
                on_disk.insert(stem);
            }
            Some("json") if !dir.join(format!("{stem}.eml")).exists() => {
                problems.push(format!("{stem}.json has no {stem}.eml"));
            }
            _ => {}
        }
    }

    let listed: Vec<&str> = EMAIL_FIXTURES.iter().map(|f| f.stem).collect();
    let listed_set: BTreeSet<String> = listed.iter().map(|s| s.to_string()).collect();
    for stem in on_disk.difference(&listed_set) {
        problems.push(format!("{stem}.eml is missing from tests/corpus_list.rs"));
    }
    for stem in listed_set.difference(&on_disk) {
        problems.push(format!("{stem} is listed in tests/corpus_list.rs but has no .eml"));
    }
    if listed_set.len() != listed.len() {
        problems.push("tests/corpus_list.rs lists a fixture twice".to_string());
    }

    assert!(problems.is_empty(), "fixture list out of date:\n  {}", problems.join("\n  "));
}
