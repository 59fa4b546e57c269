//! Amazon's published SP-API models, for the checks that run against them. They are reference
//! material kept outside the project: `ORDERLENS_SPAPI_MODELS` names their folder (`make test
//! SPAPI_MODELS=<folder>` sets it). Without it, these checks print that they were skipped.
#![allow(dead_code)]

use std::path::Path;

use serde_json::Value;

/// The model `file` (`orders_2026-01-01.json`), or `None` (and a line saying the check is
/// skipped) when no models folder is named.
pub fn model(file: &str) -> Option<Value> {
    let Some(dir) = std::env::var_os("ORDERLENS_SPAPI_MODELS").filter(|d| !d.is_empty()) else {
        eprintln!(
            "skipped: Amazon's model {file} is not here. Set ORDERLENS_SPAPI_MODELS to a folder of Amazon's \
             SP-API models (amzn/selling-partner-api-models) to run this check."
        );
        return None;
    };
    let path = Path::new(&dir).join(file);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("ORDERLENS_SPAPI_MODELS names {}, which cannot be read: {e}", path.display()));
    Some(serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display())))
}
