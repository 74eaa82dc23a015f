//! Gazetteer benches: the matcher on the embedded default over real news
//! text, a plain Aho-Corasick scan of the same names beside it, a small user
//! gazetteer, and the cold build of the embedded default.
//!
//! The corpus is read from `DATELINE_BENCH_CORPUS` (default:
//! `../shared/corpus/senate/corpus.txt`, never committed). When it is absent,
//! the seed article repeated to about 1 MB stands in, and the bench ids say
//! `sarajevo_1mb` instead of `senate`.

use std::time::Duration;

use aho_corasick::{AhoCorasick, MatchKind};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dateline::{Entry, Gazetteer, GazetteerBuilder};
use std::hint::black_box;

/// The bench corpus and its name in bench ids.
fn corpus() -> (String, &'static str) {
    // `cargo bench` passes `--bench`; `cargo test --all-targets` does not,
    // and then the benches only smoke-test on the reference article.
    if !std::env::args().any(|a| a == "--bench") {
        return (
            include_str!("../examples/data/sarajevo.txt").to_string(),
            "seed",
        );
    }
    let path = std::env::var("DATELINE_BENCH_CORPUS").unwrap_or_else(|_| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/corpus/senate/corpus.txt"
        )
        .to_string()
    });
    match std::fs::read_to_string(&path) {
        Ok(text) => (text, "senate"),
        Err(_) => {
            let seed = include_str!("../examples/data/sarajevo.txt");
            let mut text = String::with_capacity(1 << 20);
            while text.len() < 1 << 20 {
                text.push_str(seed);
                text.push_str("\n\n");
            }
            (text, "sarajevo_1mb")
        }
    }
}

/// A user gazetteer of about 500 names, taken evenly from the default.
fn small_gazetteer(default: &Gazetteer) -> Gazetteer {
    let step = (default.len() / 500).max(1);
    let mut builder = Gazetteer::builder();
    builder.include_embedded(false);
    for (_, entry) in default.entries().step_by(step).take(500) {
        let mut copy = Entry::new(entry.id(), entry.name(), entry.kind());
        if let Some(cc) = entry.country_code() {
            copy = copy.with_country_code(cc);
        }
        builder.add(copy.with_population(entry.population()));
    }
    builder.build().expect("a subset of the default builds")
}

fn benches(c: &mut Criterion) {
    let (text, corpus_name) = corpus();
    let default = Gazetteer::embedded();
    let names: Vec<&str> = default.entries().flat_map(|(_, e)| e.names()).collect();
    let baseline = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .build(&names)
        .expect("the default's names build a plain automaton");
    let small = small_gazetteer(default);
    // Warm-up: lazies built, pages touched.
    let _ = default.find_iter(&text).count();

    let mut group = c.benchmark_group("gazetteer");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4))
        .throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function(format!("find_iter/{corpus_name}"), |b| {
        b.iter(|| black_box(default).find_iter(black_box(&text)).count())
    });
    group.bench_function(format!("aho_corasick_baseline/{corpus_name}"), |b| {
        b.iter(|| black_box(&baseline).find_iter(black_box(&text)).count())
    });
    group.bench_function(format!("find_iter_small_500/{corpus_name}"), |b| {
        b.iter(|| black_box(&small).find_iter(black_box(&text)).count())
    });
    group.finish();

    let mut group = c.benchmark_group("gazetteer");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    group.bench_function("build_default", |b| {
        b.iter(|| black_box(GazetteerBuilder::new().build().map(|g| g.len())))
    });
    group.finish();
}

criterion_group!(group, benches);
criterion_main!(group);
