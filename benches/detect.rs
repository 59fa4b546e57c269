//! Detection throughput over the email corpus (native release build).
//!
//! Run: `cargo bench --bench detect`. Prints messages/s and MB/s for the whole pipeline
//! (parse + detect) beside a baseline of mail-parser parsing alone, and their ratio: the
//! share of time detection adds on top of the MIME parser it cannot do without.

use std::hint::black_box;
use std::time::{Duration, Instant};

use orderlens::detect::detect;
use orderlens::message::Message;

fn corpus() -> Vec<Vec<u8>> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/emails");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/fixtures/emails")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .collect();
    files.sort();
    files.iter().map(|p| std::fs::read(p).expect("readable fixture")).collect()
}

/// Runs `f` over the corpus repeatedly for about `budget`; returns passes per second.
fn passes_per_second(corpus: &[Vec<u8>], budget: Duration, f: impl Fn(&[u8])) -> f64 {
    for m in corpus {
        f(m); // warm up
    }
    let start = Instant::now();
    let mut passes = 0u32;
    while start.elapsed() < budget {
        for m in corpus {
            f(m);
        }
        passes += 1;
    }
    f64::from(passes) / start.elapsed().as_secs_f64()
}

fn main() {
    let corpus = corpus();
    let bytes: usize = corpus.iter().map(Vec::len).sum();
    let budget = Duration::from_secs(3);
    let baseline = passes_per_second(&corpus, budget, |m| {
        black_box(mail_parser::MessageParser::default().parse(black_box(m)));
    });
    let full = passes_per_second(&corpus, budget, |m| {
        black_box(detect(&Message::from_rfc822(black_box(m))));
    });
    let n = corpus.len() as f64;
    let mb = bytes as f64 / 1e6;
    println!("corpus: {} messages, {:.1} KB", corpus.len(), bytes as f64 / 1e3);
    println!("baseline  mail-parser parse only : {:>9.0} messages/s {:>7.1} MB/s", baseline * n, baseline * mb);
    println!("orderlens parse + detect         : {:>9.0} messages/s {:>7.1} MB/s", full * n, full * mb);
    println!("ratio (orderlens / baseline time): {:.2}x", baseline / full);
}
