//! The native `orderlens` binary.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod accounts_cmd;
mod detect;
use orderlens_cli::serve;

#[derive(Parser)]
#[command(name = "orderlens", version, about = "The Amazon order behind a support ticket")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Detect Amazon buyer-messaging mail: one JSON line per file, in input order.
    Detect(detect::DetectArgs),
    /// Run the SP-API proxy the sidebar asks for order details.
    Serve(serve::ServeArgs),
    /// List or remove the seller accounts connected on the proxy's /setup page.
    Accounts(accounts_cmd::AccountsArgs),
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Detect(args) => detect::run(args),
        Command::Serve(args) => serve::run(args),
        Command::Accounts(args) => accounts_cmd::run(args),
    }
}
