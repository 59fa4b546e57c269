//! `orderlens detect FILE…`

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct DetectArgs {
    /// Raw RFC 5322 messages (.eml)
    #[arg(required = true)]
    files: Vec<PathBuf>,
}

pub fn run(_args: DetectArgs) -> ExitCode {
    ExitCode::FAILURE
}
