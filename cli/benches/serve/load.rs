//! The load the sections put on a server: `connections` keep-alive connections, each sending
//! `per_connection` GETs one after the other, and what came of it (throughput, p50, p99).
//! Two targets are measured in alternating rounds, so a busy moment of the shared machine
//! falls on both.

use std::time::{Duration, Instant};

/// One URL to load, with the bearer token it needs, if any.
#[derive(Clone)]
pub struct Target {
    pub name: &'static str,
    pub url: String,
    pub token: Option<&'static str>,
}

/// Every request of one or more rounds against one target.
#[derive(Default)]
pub struct Run {
    pub wall: Duration,
    /// Sorted.
    latencies: Vec<Duration>,
    pub body_bytes: usize,
}

impl Run {
    /// Latencies measured one after the other.
    pub fn sequential(mut latencies: Vec<Duration>) -> Run {
        latencies.sort();
        Run { wall: latencies.iter().sum(), latencies, body_bytes: 0 }
    }

    pub fn requests(&self) -> usize {
        self.latencies.len()
    }

    pub fn per_second(&self) -> f64 {
        self.requests() as f64 / self.wall.as_secs_f64()
    }

    pub fn percentile(&self, p: f64) -> Duration {
        let i = ((self.latencies.len() as f64 * p) as usize).min(self.latencies.len().saturating_sub(1));
        self.latencies.get(i).copied().unwrap_or_default()
    }

    fn absorb(&mut self, other: Run) {
        self.wall += other.wall;
        self.latencies.extend(other.latencies);
        self.latencies.sort();
        self.body_bytes = other.body_bytes;
    }

    /// `name: 12345 req/s, p50 0.081 ms, p99 0.210 ms`
    pub fn line(&self, name: &str) -> String {
        format!(
            "{name}: {:.0} req/s, p50 {:.3} ms, p99 {:.3} ms",
            self.per_second(),
            ms(self.percentile(0.50)),
            ms(self.percentile(0.99))
        )
    }
}

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// `connections` keep-alive connections (one client pool, one connection per concurrent request
/// in HTTP/1.1), each sending `per_connection` requests in turn. Every answer must be 200.
pub async fn load(target: &Target, connections: usize, per_connection: usize) -> Run {
    let http = reqwest::Client::builder().pool_max_idle_per_host(connections).build().unwrap();
    // Open the connections before the clock starts.
    load_with(&http, target, connections, 1).await;
    load_with(&http, target, connections, per_connection).await
}

async fn load_with(http: &reqwest::Client, target: &Target, connections: usize, per_connection: usize) -> Run {
    let started = Instant::now();
    let tasks: Vec<_> = (0..connections)
        .map(|_| {
            let (http, target) = (http.clone(), target.clone());
            tokio::spawn(async move {
                let mut latencies = Vec::with_capacity(per_connection);
                let mut body_bytes = 0;
                for _ in 0..per_connection {
                    let t = Instant::now();
                    body_bytes = get(&http, &target).await;
                    latencies.push(t.elapsed());
                }
                (latencies, body_bytes)
            })
        })
        .collect();
    let mut run = Run::default();
    for task in tasks {
        let (latencies, body_bytes) = task.await.unwrap();
        run.latencies.extend(latencies);
        run.body_bytes = body_bytes;
    }
    run.wall = started.elapsed();
    run.latencies.sort();
    run
}

/// One GET, read to the end; the body's length.
pub async fn get(http: &reqwest::Client, target: &Target) -> usize {
    let mut request = http.get(&target.url);
    if let Some(token) = target.token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.unwrap();
    assert_eq!(response.status(), 200, "{} ({})", target.name, target.url);
    response.bytes().await.unwrap().len()
}

/// `a` and `b` in alternating rounds; each run holds all of its target's rounds.
pub async fn side_by_side(a: &Target, b: &Target, connections: usize, per_connection: usize) -> (Run, Run) {
    const ROUNDS: usize = 3;
    let (mut run_a, mut run_b) = (Run::default(), Run::default());
    for _ in 0..ROUNDS {
        run_a.absorb(load(a, connections, per_connection / ROUNDS).await);
        run_b.absorb(load(b, connections, per_connection / ROUNDS).await);
    }
    (run_a, run_b)
}
