//! Criterion bench of the corpus overview: 50 generated articles of about 6 KB (a typical
//! op-ed), each parsed and analysed once, then all 1,225 pairs compared on every core.
//!
//! - `corpus/analyse_50`: parsing and analysing the 50 articles;
//! - `corpus/overview_50`: the matrix and the ranking of all pairs from those analyses;
//! - `corpus/total_50`: both, from text to overview — what `counterpoint DIR` waits for.
//!
//! Run with `cargo bench --bench corpus`.

mod common;

use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode};

use common::{generate, Side};
use counterpoint::article::Article;
use counterpoint::compare::{analyse_article, Analysed};
use counterpoint::config::Config;
use counterpoint::corpus::overview;
use counterpoint::topics::TopicMap;

const ARTICLES: usize = 50;
const ARTICLE_BYTES: usize = 6_000;

fn texts() -> Vec<String> {
    (0..ARTICLES)
        .map(|i| {
            let side = if i % 2 == 0 { Side::Left } else { Side::Right };
            generate(side, ARTICLE_BYTES, 0x5eed_0000 + i as u64)
        })
        .collect()
}

fn analyse_all(texts: &[String], map: &TopicMap, config: &Config) -> Vec<Analysed> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| analyse_article(Article::parse(&format!("a{i}.md"), t), map, &config.analysis))
        .collect()
}

fn corpus(c: &mut Criterion) {
    let config = Config::default_config();
    let map = TopicMap::new(&config).expect("the default map builds");
    let texts = texts();
    let analysed = analyse_all(&texts, &map, &config);
    let mut group = c.benchmark_group("corpus");
    group.sampling_mode(SamplingMode::Flat).sample_size(10).measurement_time(Duration::from_secs(20));
    group.bench_function("analyse_50", |b| b.iter(|| analyse_all(&texts, &map, &config)));
    group.bench_function("overview_50", |b| {
        b.iter_batched(
            || analysed.clone(),
            |a| overview(a, &map, &config.analysis, &|_, _| {}),
            criterion::BatchSize::LargeInput,
        )
    });
    group.bench_function("total_50", |b| {
        b.iter(|| overview(analyse_all(&texts, &map, &config), &map, &config.analysis, &|_, _| {}))
    });
    group.finish();
}

criterion_group!(benches, corpus);
criterion_main!(benches);
