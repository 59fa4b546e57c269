//! `orderlens serve`: the SP-API proxy (being built).

use std::process::ExitCode;

#[derive(clap::Args)]
pub struct ServeArgs {}

pub fn run(_args: ServeArgs) -> ExitCode {
    eprintln!("orderlens serve: not built yet");
    ExitCode::FAILURE
}
