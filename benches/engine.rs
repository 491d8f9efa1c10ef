//! Criterion benches of the engine: ingest, analysis of one article and the full comparison of a
//! pair, at 10 KB, 100 KB, 1 MB and 10 MB per side (articles from the seeded generator in
//! `common`), plus the demo pair the app opens with no arguments.
//!
//! - `ingest/SIZE`: `Article::parse` of the left article (throughput: its bytes);
//! - `analyse/SIZE`: `analyse` of the parsed left article (throughput: its bytes);
//! - `compare/SIZE`: `compare` of the two parsed articles — both analyses, the alignment and
//!   the contrasts (throughput: the bytes of both sides). A pair from text to `Comparison`
//!   costs `2 × ingest + compare`;
//! - `demo/topic_map`: building the topic map from the default config (once per run);
//! - `demo/pair`: the demo pair from text to `Comparison` (parse both + compare).
//!
//! Sample counts shrink with the size so that the whole run takes a few minutes on two cores.
//! Run with `cargo bench --bench engine` (wall time), or with `COUNTERPOINT_BENCH_CLOCK=cpu` to
//! measure the CPU time of the benchmark thread instead (steady on a shared machine; see
//! `common/clock.rs`). `scripts/bench` runs this and prints the summary table.

mod common;

use std::time::Duration;

use criterion::measurement::Measurement;
use criterion::{BatchSize, BenchmarkGroup, Criterion, SamplingMode, Throughput};

use counterpoint::analysis::analyse;
use counterpoint::article::Article;
use counterpoint::compare::compare;
use counterpoint::config::Config;
use counterpoint::topics::TopicMap;

use common::clock::ThreadTime;

/// Samples and measurement time per size: enough for stable medians at the small sizes, the
/// minimum criterion allows (10 samples, one run each) at the large ones.
fn settings(size: usize) -> (usize, Duration) {
    match size {
        s if s <= 10_000 => (30, Duration::from_secs(2)),
        s if s <= 100_000 => (20, Duration::from_secs(2)),
        _ => (10, Duration::from_secs(1)),
    }
}

fn demo<M: Measurement>(c: &mut Criterion<M>) {
    let config = Config::default_config();
    let map = TopicMap::new(&config).expect("the default topic map builds");
    let ((lname, ltext), (rname, rtext)) = common::demo_pair();
    let mut group = c.benchmark_group("demo");
    group.bench_function("topic_map", |b| b.iter(|| TopicMap::new(&config).unwrap()));
    group.throughput(Throughput::BytesDecimal((ltext.len() + rtext.len()) as u64));
    group.bench_function("pair", |b| {
        b.iter(|| compare(Article::parse(lname, ltext), Article::parse(rname, rtext), &map, &config.analysis))
    });
    group.finish();
}

fn sized<M: Measurement>(c: &mut Criterion<M>) {
    let config = Config::default_config();
    let map = TopicMap::new(&config).expect("the default topic map builds");
    let min_words = config.analysis.min_claim_words;
    for &(label, size) in common::SIZES {
        let (left_text, right_text) = common::pair(size);
        let left = Article::parse("left", &left_text);
        let right = Article::parse("right", &right_text);
        let (samples, time) = settings(size);
        let configure = |group: &mut BenchmarkGroup<M>| {
            group.sample_size(samples).measurement_time(time);
            if size >= 1_000_000 {
                group.sampling_mode(SamplingMode::Flat).warm_up_time(Duration::from_millis(1));
            }
        };

        let mut group = c.benchmark_group("ingest");
        configure(&mut group);
        group.throughput(Throughput::BytesDecimal(left_text.len() as u64));
        group.bench_function(label, |b| b.iter(|| Article::parse("left", &left_text)));
        group.finish();

        let mut group = c.benchmark_group("analyse");
        configure(&mut group);
        group.throughput(Throughput::BytesDecimal(left_text.len() as u64));
        group.bench_function(label, |b| b.iter(|| analyse(&left, &map, min_words)));
        group.finish();

        let mut group = c.benchmark_group("compare");
        configure(&mut group);
        group.throughput(Throughput::BytesDecimal((left_text.len() + right_text.len()) as u64));
        group.bench_function(label, |b| {
            b.iter_batched(
                || (left.clone(), right.clone()),
                |(l, r)| compare(l, r, &map, &config.analysis),
                BatchSize::LargeInput,
            )
        });
        group.finish();
    }
}

fn run<M: Measurement>(criterion: Criterion<M>) {
    // Fewer bootstrap resamples than the default 100,000: the estimates are as good for our
    // purpose and the statistics no longer take longer than the benches on two cores.
    let mut criterion = criterion
        .nresamples(20_000)
        .warm_up_time(Duration::from_millis(500))
        .without_plots()
        .configure_from_args();
    demo(&mut criterion);
    sized(&mut criterion);
    criterion.final_summary();
}

fn main() {
    let cpu = std::env::var("COUNTERPOINT_BENCH_CLOCK").is_ok_and(|c| c == "cpu");
    if cpu && ThreadTime::available() {
        println!("clock: CPU time of the benchmark thread");
        run(Criterion::default().with_measurement(ThreadTime));
    } else {
        println!("clock: wall time");
        run(Criterion::default());
    }
}
