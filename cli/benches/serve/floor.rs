//! The proxy beside its own floor: a cached order from orderlens (token check, origin guard,
//! CORS, load limits, access log, route, query, cache lookup, JSON) and the same bytes with the
//! same headers from a minimal axum handler on the same kind of listener, in the same process,
//! in alternating rounds.

use axum::http::{header, HeaderMap};
use axum::routing::get;
use axum::Router;
use orderlens_cli::serve::server::without_nagle;
use orderlens_cli::serve::{start, Config};

use crate::load::{side_by_side, Target};
use crate::{ORDER, TOKEN};

const CONNECTIONS: usize = 32;
const PER_CONNECTION: usize = 1_000;

pub async fn run() {
    let proxy =
        start(Config { sandbox: true, listen: "127.0.0.1:0".parse().unwrap(), ..Config::default() }).await.unwrap();
    let orderlens = Target { name: "orderlens", url: format!("{}{ORDER}", proxy.url()), token: Some(TOKEN) };
    let answer = reqwest::Client::new().get(&orderlens.url).bearer_auth(TOKEN).send().await.unwrap();
    let mut headers = HeaderMap::new();
    for (name, value) in answer.headers() {
        // hyper writes these itself.
        if name != header::DATE && name != header::CONTENT_LENGTH {
            headers.append(name.clone(), value.clone());
        }
    }
    let body = answer.bytes().await.unwrap();
    let floor = Router::new().route("/v1/orders/{order_id}", get(move || async move { (headers, body) }));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let floor_url = format!("http://{}{ORDER}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(without_nagle(listener), floor).await });
    let floor = Target { name: "floor", url: floor_url, token: Some(TOKEN) };

    let (ours, theirs) = side_by_side(&orderlens, &floor, CONNECTIONS, PER_CONNECTION).await;
    let upstream = proxy.fake.as_ref().unwrap().state.stats.get_order_calls.load(std::sync::atomic::Ordering::SeqCst);
    println!(
        "cached order ({} B), {CONNECTIONS} keep-alive connections, {} requests each:",
        ours.body_bytes,
        ours.requests()
    );
    println!("  {} (upstream getOrder calls: {upstream})", ours.line("orderlens"));
    println!("  {} (minimal axum handler, same bytes and headers)", theirs.line("floor"));
    println!(
        "  orderlens/floor: throughput {:.2}x (target: at least 0.7x), p99 {:.2}x",
        ours.per_second() / theirs.per_second(),
        ours.percentile(0.99).as_secs_f64() / theirs.percentile(0.99).as_secs_f64()
    );
}
