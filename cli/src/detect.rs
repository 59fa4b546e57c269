//! `orderlens detect FILE…`: one JSON line per file, in input order.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use orderlens::detect::{detect, Detection};
use orderlens::message::Message;
use serde::Serialize;

#[derive(clap::Args)]
pub struct DetectArgs {
    /// Raw RFC 5322 messages (.eml)
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Also print the links, the suspicion and the evidence behind every field
    #[arg(long)]
    explain: bool,
}

/// The line printed for one file.
#[derive(Serialize)]
struct Line<'a> {
    file: String,
    #[serde(flatten)]
    summary: Summary<'a>,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    explain: Option<Explain<'a>>,
}

/// What `--explain` adds.
#[derive(Serialize)]
struct Explain<'a> {
    reply_address: &'a Option<String>,
    suspicion: &'a Option<orderlens::detect::Suspicion>,
    no_response_needed_url: &'a Option<String>,
    report_url: &'a Option<String>,
    facts: &'a orderlens::detect::Facts,
    evidence: &'a [orderlens::detect::Evidence],
}

/// The fields every line carries (null where none).
#[derive(Serialize)]
struct Summary<'a> {
    is_amazon: bool,
    kind: &'a Option<orderlens::detect::Kind>,
    alias: &'a Option<String>,
    marketplace: Option<&'static str>,
    order_id: &'a Option<String>,
    asin: &'a Option<String>,
    buyer_name: &'a Option<String>,
}

impl<'a> Summary<'a> {
    fn of(d: &'a Detection) -> Self {
        Summary {
            is_amazon: d.is_amazon,
            kind: &d.kind,
            alias: &d.alias,
            marketplace: d.marketplace.map(|m| m.code),
            order_id: &d.order_id,
            asin: &d.asin,
            buyer_name: &d.buyer_name,
        }
    }
}

pub fn run(args: DetectArgs) -> ExitCode {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut unreadable = 0;
    for file in &args.files {
        let bytes = match std::fs::read(file) {
            Ok(bytes) => bytes,
            Err(e) => {
                eprintln!("orderlens detect: cannot read {}: {e}; check the path and permissions", file.display());
                unreadable += 1;
                continue;
            }
        };
        let detection = detect(&Message::from_rfc822(&bytes));
        let line = Line {
            file: file.display().to_string(),
            summary: Summary::of(&detection),
            explain: args.explain.then(|| Explain {
                reply_address: &detection.reply_address,
                suspicion: &detection.suspicion,
                no_response_needed_url: &detection.no_response_needed_url,
                report_url: &detection.report_url,
                facts: &detection.facts,
                evidence: &detection.evidence,
            }),
        };
        let json = serde_json::to_string(&line).expect("detection serialises to JSON");
        if writeln!(out, "{json}").is_err() {
            return ExitCode::FAILURE; // stdout closed (e.g. piped into `head`)
        }
    }
    if unreadable > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
