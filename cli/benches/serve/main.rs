//! Proxy benchmark (not a test): `cargo bench -p orderlens-cli --bench serve [-- SECTION… N]`.
//!
//! Sections (all by default, in this order; name some to run only those):
//!
//! - `rss` — the process's resident memory before and with the order cache full. First, so the
//!   memory the other sections leave behind does not count.
//! - `keepalive` — a static file beside a cached order JSON over one keep-alive connection and
//!   over many.
//! - `floor` — cached orders from orderlens beside a minimal axum handler with the same bytes.
//! - `miss` — a cache miss beside the fake upstream's own latency.
//! - `drain` — N (default 40) distinct orders at once against Amazon's getOrder plan.
//! - `replicas` — the same and 100 opens of one order through three replicas sharing state in
//!   Redis (a redis-server started for it), beside three that keep it in memory.
//!
//! Requests are logged as `orderlens serve` logs them (info level), into a sink.

mod drain;
mod floor;
mod keepalive;
mod load;
mod miss;
mod replicas;
mod rss;
mod upstream;

const TOKEN: &str = "sandbox";
const ORDER_ID: &str = "028-1234567-8901234";
const ORDER: &str = "/v1/orders/028-1234567-8901234?marketplace=TR";

#[tokio::main]
async fn main() {
    // As `orderlens serve` logs when its stderr is no terminal (a service): no colours.
    tracing_subscriber::fmt().with_max_level(tracing::Level::INFO).with_ansi(false).with_writer(std::io::sink).init();
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    let n = args.iter().find_map(|a| a.parse().ok()).unwrap_or(40);
    let named: Vec<&str> = args.iter().map(String::as_str).filter(|a| a.parse::<usize>().is_err()).collect();
    let wanted = |section: &str| named.is_empty() || named.contains(&section);
    if wanted("rss") {
        rss::run().await;
    }
    if wanted("keepalive") {
        keepalive::run().await;
    }
    if wanted("floor") {
        floor::run().await;
    }
    if wanted("miss") {
        miss::run().await;
    }
    if wanted("drain") {
        drain::run(n).await;
    }
    if wanted("replicas") {
        replicas::run(n).await;
    }
}
