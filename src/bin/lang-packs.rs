//! Writes every language pack but English (which the sidebar carries) as `<dir>/<code>.olp`,
//! from the Rust tables of `src/core/lang/<code>/`: `make build` runs it into `dist/web/lang/`.

use std::path::PathBuf;
use std::process::ExitCode;

use orderlens::core::lang::languages::built_in;
use orderlens::core::lang::{pack_file, Lang};

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: lang-packs <dir>   (writes <dir>/<code>.olp for every language but English)");
        return ExitCode::from(2);
    };
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("lang-packs: cannot create {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::En) {
        let path = dir.join(format!("{}.olp", lang.code()));
        if let Err(e) = std::fs::write(&path, pack_file::write(built_in(lang))) {
            eprintln!("lang-packs: cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
