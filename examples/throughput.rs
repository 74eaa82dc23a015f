//! Throughput of dateline on a corpus of news text, in MB/s, on one core.
//!
//! ```text
//! cargo run --release --example throughput -- [FILE] [--passes N] [--only NAME] [--tsv]
//! ```
//!
//! `FILE` defaults to `$DATELINE_BENCH_CORPUS`, then to
//! `../shared/corpus/senate/corpus.txt`. Three things are measured over the
//! same text:
//!
//! - `gazetteer`: [`Gazetteer::embedded`]`().find_iter` over the whole text
//!   (whole words, case rules, diacritic folding);
//! - `aho-corasick`: the baseline everyone starts from, a plain
//!   [`aho_corasick`] automaton over the same name and alias strings,
//!   leftmost-longest and ASCII case-insensitive, with no word boundaries
//!   and no case rules (so it finds "Nice" in "nicely");
//! - `extract`: [`dateline::extract`], the whole pipeline, once per article
//!   (the corpus is cut at its `date YYYY-MM-DD` header lines).
//!
//! Lazily built defaults are built (and that build timed) before any pass;
//! then each measurement runs `--passes` times (default 5) on the calling
//! thread and the best pass is reported, since the slow ones are other
//! processes taking the core. `MB/s` is by the wall clock; `MB/s (cpu)`
//! divides by the CPU time the thread actually ran for (64-bit Linux,
//! `CLOCK_THREAD_CPUTIME_ID`), which stays meaningful on a busy machine.
//! `matches` is the number of names found, or for `extract` the people,
//! locations, organizations and quotes of all articles.
//!
//! `--only NAME` runs one measurement; `--tsv` prints machine-readable
//! lines (`tool\tbuild_s\tbest_s\tbest_cpu_s\tbytes\tmatches`) for
//! `tools/peers/run.sh`, which compares these figures with Python and
//! JavaScript tools over the same corpus and names.

use std::collections::HashSet;
use std::hint::black_box;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use aho_corasick::{AhoCorasick, MatchKind};
use dateline::Gazetteer;

const USAGE: &str =
    "usage: throughput [FILE] [--passes N] [--only gazetteer|aho-corasick|extract] [--tsv]";

/// What one measurement found.
struct Measured {
    name: &'static str,
    build: Duration,
    /// The fastest pass by the wall clock.
    best: Duration,
    /// The pass that took the least CPU time on its thread (Linux only).
    best_cpu: Option<Duration>,
    matches: usize,
}

/// CPU time this thread has run for, from `clock_gettime` with
/// `CLOCK_THREAD_CPUTIME_ID` (64-bit Linux; `None` elsewhere). Unlike the
/// wall clock it does not count time spent waiting for a core that other
/// processes hold.
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
fn thread_cpu_time() -> Option<Duration> {
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut ts = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable `struct timespec` (two 64-bit
    // fields on 64-bit Linux), and the C library std links is the one
    // defining `clock_gettime`.
    let rc = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return None;
    }
    Some(Duration::new(
        u64::try_from(ts.tv_sec).ok()?,
        u32::try_from(ts.tv_nsec).ok()?,
    ))
}

/// CPU time of this thread: not measured on this platform.
#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn thread_cpu_time() -> Option<Duration> {
    None
}

/// A measurement: runs over the corpus for a number of passes.
type Measurement = fn(&str, usize) -> Measured;

struct Options {
    path: String,
    passes: usize,
    only: Option<String>,
    tsv: bool,
}

fn parse_args() -> Result<Options, String> {
    let mut path = None;
    let mut passes = 5;
    let mut only = None;
    let mut tsv = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--passes" => {
                let n = args.next().ok_or("--passes needs a number")?;
                passes = n
                    .parse::<usize>()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or_else(|| format!("--passes: not a positive number: {n}"))?;
            }
            "--only" => {
                let name = args.next().ok_or("--only needs a name")?;
                if !["gazetteer", "aho-corasick", "extract"].contains(&name.as_str()) {
                    return Err(format!("--only: unknown measurement {name}"));
                }
                only = Some(name);
            }
            "--tsv" => tsv = true,
            "-h" | "--help" => return Err(String::new()),
            _ if arg.starts_with('-') => return Err(format!("unknown option {arg}")),
            _ if path.is_none() => path = Some(arg),
            _ => return Err(format!("unexpected argument {arg}")),
        }
    }
    let path = path
        .or_else(|| std::env::var("DATELINE_BENCH_CORPUS").ok())
        .unwrap_or_else(|| "../shared/corpus/senate/corpus.txt".to_string());
    Ok(Options {
        path,
        passes,
        only,
        tsv,
    })
}

/// Runs `f` `passes` times and returns the fastest pass by the wall clock,
/// the smallest CPU time of a pass, and what the last pass returned.
fn best_of(passes: usize, mut f: impl FnMut() -> usize) -> (Duration, Option<Duration>, usize) {
    let mut best = Duration::MAX;
    let mut best_cpu: Option<Duration> = None;
    let mut result = 0;
    for _ in 0..passes {
        let cpu = thread_cpu_time();
        let start = Instant::now();
        result = black_box(f());
        best = best.min(start.elapsed());
        if let (Some(before), Some(after)) = (cpu, thread_cpu_time()) {
            let used = after.saturating_sub(before);
            best_cpu = Some(best_cpu.map_or(used, |b| b.min(used)));
        }
    }
    (best, best_cpu, result)
}

/// The corpus cut into articles at its `date YYYY-MM-DD` header lines (the
/// whole text if it has none).
fn articles(corpus: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in corpus.match_indices("\ndate ") {
        if i + 1 > start {
            out.push(&corpus[start..i + 1]);
        }
        start = i + 1;
    }
    out.push(&corpus[start..]);
    out
}

fn gazetteer(text: &str, passes: usize) -> Measured {
    let start = Instant::now();
    let gazetteer = Gazetteer::embedded();
    // The first search forces the lazily built automaton.
    black_box(gazetteer.find_iter("Sarajevo").count());
    let build = start.elapsed();
    let (best, best_cpu, matches) =
        best_of(passes, || gazetteer.find_iter(black_box(text)).count());
    Measured {
        name: "gazetteer",
        build,
        best,
        best_cpu,
        matches,
    }
}

fn aho_corasick(text: &str, passes: usize) -> Measured {
    // Every name and alias of the embedded gazetteer, once each: the same
    // list tools/peers gives the other tools.
    let mut seen = HashSet::new();
    let patterns: Vec<&str> = Gazetteer::embedded()
        .entries()
        .flat_map(|(_, entry)| entry.names())
        .filter(|name| !name.is_empty() && seen.insert(*name))
        .collect();
    eprintln!("aho-corasick: {} patterns", patterns.len());
    let start = Instant::now();
    let automaton = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .build(&patterns);
    let build = start.elapsed();
    let automaton = match automaton {
        Ok(automaton) => automaton,
        Err(err) => {
            eprintln!("throughput: cannot build the aho-corasick baseline: {err}");
            std::process::exit(1);
        }
    };
    let (best, best_cpu, matches) =
        best_of(passes, || automaton.find_iter(black_box(text)).count());
    Measured {
        name: "aho-corasick",
        build,
        best,
        best_cpu,
        matches,
    }
}

fn extract(text: &str, passes: usize) -> Measured {
    let docs = articles(text);
    let start = Instant::now();
    black_box(dateline::extract(
        "SARAJEVO, Bosnia (Reuters) - Talks went on.",
    ));
    let build = start.elapsed();
    let (best, best_cpu, matches) = best_of(passes, || {
        docs.iter()
            .map(|doc| {
                let article = dateline::extract(black_box(doc));
                article.people.len()
                    + article.locations.len()
                    + article.organizations.len()
                    + article.quotes.len()
            })
            .sum()
    });
    Measured {
        name: "extract",
        build,
        best,
        best_cpu,
        matches,
    }
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(options) => options,
        Err(message) => {
            if !message.is_empty() {
                eprintln!("throughput: {message}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let text = match std::fs::read_to_string(&options.path) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("throughput: cannot read {}: {err}", options.path);
            return ExitCode::FAILURE;
        }
    };
    let mb = text.len() as f64 / 1e6;
    if !options.tsv {
        println!(
            "{}: {mb:.1} MB, best of {} passes, one thread",
            options.path, options.passes
        );
        println!(
            "{:<14} {:>10} {:>12} {:>10} {:>10}",
            "", "MB/s", "MB/s (cpu)", "matches", "build ms"
        );
    }
    let runs: [(&str, Measurement); 3] = [
        ("gazetteer", gazetteer),
        ("aho-corasick", aho_corasick),
        ("extract", extract),
    ];
    for (name, run) in runs {
        if options.only.as_deref().is_some_and(|only| only != name) {
            continue;
        }
        let m = run(&text, options.passes);
        let cpu = m.best_cpu.map(|d| d.as_secs_f64());
        if options.tsv {
            println!(
                "{}\t{:.6}\t{:.6}\t{}\t{}\t{}",
                m.name,
                m.build.as_secs_f64(),
                m.best.as_secs_f64(),
                cpu.map_or_else(|| "-".to_string(), |s| format!("{s:.6}")),
                text.len(),
                m.matches
            );
        } else {
            println!(
                "{:<14} {:>10.1} {:>12} {:>10} {:>10.1}",
                m.name,
                mb / m.best.as_secs_f64(),
                cpu.map_or_else(|| "-".to_string(), |s| format!("{:.1}", mb / s)),
                m.matches,
                m.build.as_secs_f64() * 1e3
            );
        }
    }
    ExitCode::SUCCESS
}
