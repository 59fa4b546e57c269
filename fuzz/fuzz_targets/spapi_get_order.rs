//! getOrder (Orders v2026-01-01) body → order view: never a panic, and a view always carries an
//! order id and a marketplace (the asked ones when the body has none).
#![no_main]

use libfuzzer_sys::fuzz_target;
use orderlens::marketplace::Marketplace;
use orderlens_cli::readers::{order_view, Asked};

fuzz_target!(|body: &[u8]| {
    let asked = Asked { order_id: "302-1234567-1234567", marketplace: Marketplace::by_code_or_id("DE") };
    if let Ok(view) = order_view(body, &asked) {
        assert!(!view.order_id.is_empty() && !view.marketplace_id.is_empty());
        assert!(serde_json::to_vec(&view).is_ok());
    }
});
