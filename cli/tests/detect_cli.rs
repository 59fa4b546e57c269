//! `orderlens detect FILE…` as a user runs it.

use std::path::{Path, PathBuf};
use std::process::Command;

fn emails() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/emails");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("fixtures")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .collect();
    files.sort();
    files
}

fn run(args: &[PathBuf]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_orderlens")).arg("detect").args(args).output().expect("runs")
}

#[test]
fn reproduces_the_corpus_one_line_per_file_in_input_order() {
    let mut files = emails();
    files.reverse(); // input order, not directory order
    let out = run(&files);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .expect("utf-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert_eq!(lines.len(), files.len());
    let mut mismatches = Vec::new();
    for (file, line) in files.iter().zip(&lines) {
        assert_eq!(line["file"], file.display().to_string());
        let expected: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(file.with_extension("json")).expect("json")).expect("json");
        // `facts` is an --explain field (tests/detect_corpus.rs checks it, and the test below).
        for (key, value) in expected.as_object().expect("object").iter().filter(|(k, _)| *k != "facts") {
            if &line[key] != value {
                mismatches.push(format!("{}: {key} = {} (expected {value})", file.display(), line[key]));
            }
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn an_unreadable_file_is_named_on_stderr_and_the_others_still_run() {
    let files = emails();
    let missing = PathBuf::from("/nonexistent/ticket.eml");
    let out = run(&[files[0].clone(), missing.clone(), files[1].clone()]);
    assert!(!out.status.success(), "exit status is non-zero when a file cannot be read");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("/nonexistent/ticket.eml"), "{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let names: Vec<String> = stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).expect("json")["file"].as_str().expect("file").to_string()
        })
        .collect();
    assert_eq!(names, vec![files[0].display().to_string(), files[1].display().to_string()]);
}

#[test]
fn explain_adds_evidence_without_changing_the_fields() {
    let file = emails().into_iter().find(|p| p.ends_with("uk_01_delivery_enquiry_classic.eml")).expect("fixture");
    let out =
        Command::new(env!("CARGO_BIN_EXE_orderlens")).args(["detect", "--explain"]).arg(&file).output().expect("runs");
    let line: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(line["marketplace"], "UK");
    assert!(line["no_response_needed_url"].as_str().expect("link").contains("no-response-needed.html"));
    let evidence = line["evidence"].as_array().expect("evidence");
    assert!(evidence
        .iter()
        .any(|e| e["field"] == "marketplace" && e["source"].as_str().unwrap_or("").contains("alias")));
}

#[test]
fn explain_prints_a_notices_facts_with_their_evidence() {
    let file = emails().into_iter().find(|p| p.ends_with("us_06_atoz_claim_received.eml")).expect("fixture");
    let out =
        Command::new(env!("CARGO_BIN_EXE_orderlens")).args(["detect", "--explain"]).arg(&file).output().expect("runs");
    let line: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(line["facts"]["amount"], serde_json::json!({ "value": "64.99", "currency": "USD" }));
    assert_eq!(line["facts"]["claim"], "received");
    let evidence = line["evidence"].as_array().expect("evidence");
    for field in ["facts.amount", "facts.claim", "facts.reason"] {
        assert!(evidence.iter().any(|e| e["field"] == field), "no evidence for {field}: {evidence:?}");
    }
    // Without --explain the line keeps its seven fields only.
    let plain = Command::new(env!("CARGO_BIN_EXE_orderlens")).arg("detect").arg(&file).output().expect("runs");
    let plain: serde_json::Value = serde_json::from_slice(&plain.stdout).expect("json");
    assert!(plain.get("facts").is_none());
}
