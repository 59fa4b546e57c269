//! Static files beside JSON: the sidebar's stylesheet from `--static-dir` and a cached order,
//! over one keep-alive connection (what a browser does with the sidebar's HTML, CSS, modules and
//! wasm) and over many.

use orderlens_cli::serve::{start, Config};

use crate::load::{side_by_side, Run, Target};
use crate::{ORDER, TOKEN};

pub async fn run() {
    let www = concat!(env!("CARGO_MANIFEST_DIR"), "/../www");
    let config = Config {
        sandbox: true,
        listen: "127.0.0.1:0".parse().unwrap(),
        static_dir: Some(www.into()),
        ..Config::default()
    };
    let proxy = start(config).await.unwrap();
    let css = Target { name: "static /sidebar.css", url: format!("{}/sidebar.css", proxy.url()), token: None };
    let json = Target { name: "cached order JSON", url: format!("{}{ORDER}", proxy.url()), token: Some(TOKEN) };
    for (connections, per_connection) in [(1, 600), (32, 300)] {
        let (css_run, json_run) = side_by_side(&css, &json, connections, per_connection).await;
        report(connections, &css, &css_run, &json, &json_run);
    }
}

fn report(connections: usize, css: &Target, css_run: &Run, json: &Target, json_run: &Run) {
    let over = if connections == 1 {
        "one keep-alive connection".to_string()
    } else {
        format!("{connections} keep-alive connections")
    };
    println!("static vs JSON over {over}, {} requests each:", css_run.requests());
    println!("  {} ({} B)", css_run.line(css.name), css_run.body_bytes);
    println!("  {} ({} B)", json_run.line(json.name), json_run.body_bytes);
    println!(
        "  static/JSON: time per request {:.2}x, p50 {:.2}x, p99 {:.2}x (target: within 2x)",
        json_run.per_second() / css_run.per_second(),
        css_run.percentile(0.50).as_secs_f64() / json_run.percentile(0.50).as_secs_f64(),
        css_run.percentile(0.99).as_secs_f64() / json_run.percentile(0.99).as_secs_f64(),
    );
}
