//! The `orderlens serve` binary: it stops gracefully on SIGTERM, and start-up errors say what
//! to fix without echoing secrets.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn orderlens() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_orderlens"));
    for var in ["ORDERLENS_CONFIG", "ORDERLENS_TOKENS", "ORDERLENS_LISTEN", "ORDERLENS_SP_API_URL", "ORDERLENS_LWA_URL"]
    {
        c.env_remove(var);
    }
    c
}

#[cfg(unix)]
#[test]
fn sigterm_stops_the_proxy_gracefully() {
    let mut child = orderlens()
        .args(["serve", "--sandbox", "--listen", "127.0.0.1:0"])
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    stderr.read_line(&mut line).unwrap();
    assert!(line.contains("SANDBOX"), "{line}");
    let status = Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    assert!(status.success());
    let started = Instant::now();
    let exit = loop {
        if let Some(exit) = child.try_wait().unwrap() {
            break exit;
        }
        // A bound so a broken shutdown fails the test instead of hanging it.
        if started.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            panic!("still running 30 s after SIGTERM");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let rest: Vec<String> = stderr.lines().map_while(Result::ok).collect();
    assert!(exit.success(), "{exit:?} {rest:?}");
    assert!(rest.iter().any(|l| l.contains("SIGTERM")), "{rest:?}");
}

fn start_with(config: &str) -> String {
    let path = std::env::temp_dir().join(format!("orderlens-start-{}-{}.toml", std::process::id(), config.len()));
    std::fs::write(&path, config).unwrap();
    let out = orderlens().args(["serve", "--config"]).arg(&path).output().unwrap();
    let _ = std::fs::remove_file(&path);
    assert!(!out.status.success(), "must refuse to start");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

const ACCOUNT: &str = "[lwa]\nclient_id = \"id\"\nclient_secret = \"s\"\n[[accounts]]\nname = \"acme\"\nregion = \"EU\"\nrefresh_token = \"Atzr|x\"\nmarketplaces = [\"UK\"]\n";

#[test]
fn start_up_errors_say_what_to_fix_without_secrets() {
    let short = start_with(&format!("tokens = [\"short-secret-token\"]\n{ACCOUNT}"));
    assert!(short.contains("at least 32") && !short.contains("short-secret-token"), "{short}");
    let toml = start_with("[lwa]\nclient_secret = \"amzn1.oa2-cs.v1.very-secret\nclient_id = 1\n");
    assert!(toml.contains("line 2") && !toml.contains("very-secret"), "{toml}");
    let http = start_with(&format!(
        "tokens = [\"0123456789abcdef0123456789abcdef\"]\nlwa_url = \"http://api.amazon.com/auth/o2/token\"\n{ACCOUNT}"
    ));
    assert!(http.contains("https://"), "{http}");
}
