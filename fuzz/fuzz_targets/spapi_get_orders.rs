//! getOrders (Orders v0) body → order summaries: never a panic; every summary has an order id.
#![no_main]

use libfuzzer_sys::fuzz_target;
use orderlens_cli::readers::order_summaries;

fuzz_target!(|body: &[u8]| {
    if let Ok(orders) = order_summaries(body) {
        assert!(orders.iter().all(|o| !o.order_id.is_empty()));
    }
});
