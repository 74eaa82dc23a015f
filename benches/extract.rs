//! Whole-pipeline benches: `extract` throughput on real news text, articles
//! per second on one short article, batch scaling over threads, and flat
//! throughput as inputs grow from 1 to 100 MB.
//!
//! The corpus is read from `DATELINE_BENCH_CORPUS` (default:
//! `../shared/corpus/senate/corpus.txt`, 5.5 MB of public-domain press
//! releases); without it the reference article is repeated instead.
//! `DATELINE_BENCH_BIG=1` adds the 100 MB inputs to the linearity group.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

const SEED: &str = include_str!("../examples/data/sarajevo.txt");

/// `cargo bench` passes `--bench`; `cargo test --all-targets` does not, and
/// then the benches only smoke-test on the reference article.
fn timing() -> bool {
    std::env::args().any(|a| a == "--bench")
}

fn corpus() -> String {
    if !timing() {
        return SEED.to_string();
    }
    let path = std::env::var("DATELINE_BENCH_CORPUS")
        .unwrap_or_else(|_| "../shared/corpus/senate/corpus.txt".to_string());
    match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(_) => {
            eprintln!("bench: {path} not found, using the reference article repeated");
            SEED.repeat(2_000)
        }
    }
}

/// The corpus cut into articles at its `date YYYY-MM-DD` header lines.
fn articles(corpus: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in corpus.match_indices("\ndate ") {
        if i > start {
            out.push(&corpus[start..i + 1]);
        }
        start = i + 1;
    }
    out.push(&corpus[start..]);
    out
}

/// About `bytes` of text made of whole corpus articles: the corpus repeated
/// and cut at the last article start before `bytes`, or at the last char
/// boundary before it when that start lies in the first half (a corpus of
/// one or a few long articles).
fn concatenated(corpus: &str, bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + corpus.len());
    while s.len() < bytes {
        s.push_str(corpus);
        s.push_str("\n\n");
    }
    let limit = (0..=bytes)
        .rev()
        .find(|&i| s.is_char_boundary(i))
        .unwrap_or(0);
    let cut = match s[..limit].rfind("\ndate ") {
        Some(i) if i > limit / 2 => i + 1,
        _ => limit,
    };
    s.truncate(cut);
    s
}

/// About `bytes` of one giant paragraph: the corpus with its line breaks
/// replaced by spaces.
fn one_paragraph(corpus: &str, bytes: usize) -> String {
    concatenated(corpus, bytes).replace(['\n', '\r'], " ")
}

fn extract(c: &mut Criterion) {
    let corpus = corpus();
    // Build the embedded defaults before timing anything.
    black_box(dateline::extract(SEED));

    let mut g = c.benchmark_group("extract");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    g.throughput(Throughput::Bytes(corpus.len() as u64));
    g.bench_function("senate", |b| {
        b.iter(|| dateline::extract(black_box(&corpus)))
    });
    // The fastest configuration: people, places and gazetteer
    // organizations only.
    let entities_only = dateline::Extractor::builder()
        .quotes(false)
        .organization_rules(false)
        .build();
    g.bench_function("senate_entities_only", |b| {
        b.iter(|| entities_only.extract(black_box(&corpus)))
    });
    g.throughput(Throughput::Elements(1));
    g.bench_function("seed_article", |b| {
        b.iter(|| dateline::extract(black_box(SEED)))
    });
    g.finish();
}

fn batch(c: &mut Criterion) {
    let corpus = corpus();
    let docs = articles(&corpus);
    let extractor = dateline::Extractor::new();
    black_box(extractor.extract(SEED));
    let mut g = c.benchmark_group("extract_batch");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    g.throughput(Throughput::Bytes(corpus.len() as u64));
    for threads in [1, 2] {
        g.bench_with_input(
            BenchmarkId::new("senate_threads", threads),
            &threads,
            |b, &t| b.iter(|| extractor.extract_batch(black_box(&docs), t)),
        );
    }
    g.finish();
}

fn linear(c: &mut Criterion) {
    let corpus = corpus();
    black_box(dateline::extract(SEED));
    let mut sizes = if timing() {
        vec![1usize << 20, 10 << 20]
    } else {
        vec![1 << 12]
    };
    if std::env::var_os("DATELINE_BENCH_BIG").is_some() {
        sizes.push(100 << 20);
    }
    let mut g = c.benchmark_group("extract_linear");
    g.sample_size(10).measurement_time(Duration::from_secs(5));
    for &size in &sizes {
        let mb = size as f64 / f64::from(1 << 20);
        let text = concatenated(&corpus, size);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(
            BenchmarkId::new("articles", format!("{mb}mb")),
            &text,
            |b, t| b.iter(|| dateline::extract(black_box(t))),
        );
        let text = one_paragraph(&corpus, size);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(
            BenchmarkId::new("one_paragraph", format!("{mb}mb")),
            &text,
            |b, t| b.iter(|| dateline::extract(black_box(t))),
        );
    }
    g.finish();
}

criterion_group!(benches, extract, batch, linear);
criterion_main!(benches);
