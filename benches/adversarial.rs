//! Adversarial inputs at full size (10 MB; a million apostrophes), through
//! the whole pipeline: the timings that `tests/robustness.rs` does not
//! assert. Every bench id is `adversarial/<input>`, with throughput in bytes
//! so reports read in MB/s; linear time shows as a throughput of the same
//! order as `extract/...` on real news, quadratic time as a bench that never
//! finishes.
//!
//! `adversarial/gazetteer_1m_entries/*` builds a user gazetteer of a million
//! entries (build time; memory is printed on stderr) and matches it over
//! 10 MB of text.
//!
//! Run one with `cargo bench --bench adversarial -- unmatched_quotes`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const MB: usize = 1 << 20;

/// Whether this is a real bench run (`cargo bench` passes `--bench`). Under
/// `cargo test --all-targets` criterion runs each bench once, in a debug
/// build: inputs then shrink a thousandfold so the test suite stays fast.
fn bench_mode() -> bool {
    std::env::args().any(|a| a == "--bench")
}

/// `n` in a bench run, `n / 1000` under `cargo test`.
fn scaled(n: usize) -> usize {
    if bench_mode() {
        n
    } else {
        (n / 1000).max(1)
    }
}

/// `piece` repeated until the text is at least `size` bytes long (scaled).
fn fill(piece: &str, size: usize) -> String {
    let size = scaled(size);
    piece.repeat((size + piece.len() - 1) / piece.len())
}

/// The reference article (shipped in `examples/data`).
fn article() -> &'static str {
    include_str!("../examples/data/sarajevo.txt")
}

fn nested_quotes(depth: usize) -> String {
    let mut s = String::with_capacity(depth * 24);
    for i in 0..depth {
        s.push_str(if i % 2 == 0 {
            "He said \u{201C}"
        } else {
            "she said \u{2018}"
        });
    }
    s.push_str("stop");
    for i in (0..depth).rev() {
        s.push_str(if i % 2 == 0 { "\u{201D}." } else { "\u{2019}," });
    }
    s
}

/// Makes an input when its bench runs.
type Make = Box<dyn Fn() -> String>;

/// The inputs, by name. Built one at a time, when their bench runs.
fn inputs() -> Vec<(&'static str, Make)> {
    let para = format!("{}\n\n", article());
    vec![
        ("empty", Box::new(String::new)),
        (
            "unmatched_quotes_10mb",
            Box::new(|| fill("\u{201C}", 10 * MB)),
        ),
        (
            "unmatched_quotes_in_words_10mb",
            Box::new(|| fill("\u{201C}Yes, ", 10 * MB)),
        ),
        (
            "empty_quote_pairs_10mb",
            Box::new(|| fill("\u{201C}\u{201D}", 10 * MB)),
        ),
        ("one_line_no_spaces_10mb", Box::new(|| fill("a", 10 * MB))),
        (
            "one_line_words_no_spaces_10mb",
            Box::new(|| fill("Paris,London;NATO.Weber\u{2013}", 10 * MB)),
        ),
        ("all_caps_10mb", {
            let p = para.to_uppercase();
            Box::new(move || fill(&p, 10 * MB))
        }),
        (
            // One run of capitalised words: names and places without a
            // comma (a flattened table), judged in bounded pieces.
            "capitalised_words_no_commas_1mb",
            Box::new(|| fill("Houston Ann Roy Senate Harbor Board Dallas ", MB)),
        ),
        (
            // States before "Counties" in title case: each looks for the
            // list's county noun a few tokens on.
            "states_before_counties_1mb",
            Box::new(|| fill("Ohio Counties met. Iowa Parishes and ", MB)),
        ),
        (
            // Thousands of people of one surname ("Ann A. Hale", "Tom B.
            // Hale", …; "Ann and Tom Hale" pairs): each compared with a
            // bounded number of the others.
            "one_surname_many_people_1mb",
            Box::new(|| {
                let given = ["Ann", "Tom", "Lena", "Ivo", "Mary", "John", "Kate", "Paul"];
                let mut text = String::with_capacity(MB + 64);
                let mut i = 0;
                while text.len() < MB {
                    let initial = char::from(b'A' + (i % 26) as u8);
                    let (a, b) = (given[i % given.len()], given[(i + 3) % given.len()]);
                    text.push_str(&format!("{a} {initial}. Hale and {b} and Tom Hale spoke. "));
                    i += 1;
                }
                text
            }),
        ),
        (
            "a_million_apostrophes",
            Box::new(|| "'".repeat(scaled(1_000_000))),
        ),
        (
            "a_million_curly_apostrophes",
            Box::new(|| "\u{2019}".repeat(scaled(1_000_000))),
        ),
        (
            "nested_quotes_400k_deep",
            Box::new(|| nested_quotes(scaled(400_000))),
        ),
        (
            "one_sentence_of_cues_10mb",
            Box::new(|| format!("As {}", fill("the mayor said, ", 10 * MB))),
        ),
        // Towns and region codes back to back, in one paragraph.
        (
            "towns_and_postal_codes_10mb",
            Box::new(|| {
                fill(
                    "Rochester, MN and Dr. Ann Reno, MD, saw Richmond, VA ",
                    10 * MB,
                )
            }),
        ),
        // An article about one state that names thousands of places
        // abroad, then a small town of another state again and again: the
        // home-state pass reads the places once, not once per town.
        (
            "places_then_small_towns_1mb",
            Box::new(|| {
                let g = dateline::Gazetteer::embedded();
                let mut text = String::from("Vermont farmers met. Vermont aid will follow. ");
                for (_, e) in g.entries().filter(|(_, e)| {
                    e.kind() == dateline::EntryKind::City
                        && e.population() >= 100_000
                        && e.country_code() != Some("US")
                        && e.name().bytes().all(|b| b.is_ascii_alphabetic())
                }) {
                    text.push_str(&format!("Trade with {} grew. ", e.name()));
                }
                let half = text.len();
                while text.len() < half + scaled(MB) {
                    text.push_str("Crews went to Uvalde on Friday. ");
                }
                text
            }),
        ),
        ("nul_10mb", Box::new(|| fill("\0", 10 * MB))),
        ("control_chars_10mb", {
            let controls: String = (0u32..0x20)
                .chain(0x7F..0xA0)
                .filter_map(char::from_u32)
                .collect();
            Box::new(move || fill(&controls, 10 * MB))
        }),
        (
            "combining_marks_in_names_10mb",
            Box::new(|| {
                fill(
                    "Anna We\u{0301}ber and To\u{200D}m Ha\u{0308}le met. ",
                    10 * MB,
                )
            }),
        ),
        (
            "right_to_left_10mb",
            Box::new(|| {
                fill(
                    "\u{627}\u{644}\u{648}\u{632}\u{64A}\u{631} \u{642}\u{627}\u{644}. \u{5D4}\u{5E9}\u{5E8} \u{5D0}\u{5DE}\u{5E8}.\n\n",
                    10 * MB,
                )
            }),
        ),
        ("articles_lf_10mb", {
            let p = para.clone();
            Box::new(move || fill(&p, 10 * MB))
        }),
        ("articles_crlf_10mb", {
            let p = para.replace('\n', "\r\n");
            Box::new(move || fill(&p, 10 * MB))
        }),
        ("articles_lone_cr_10mb", {
            let p = para.replace('\n', "\r");
            Box::new(move || fill(&p, 10 * MB))
        }),
        ("articles_tab_paragraphs_10mb", {
            let p = para.replace("\n\n", "\n\t");
            Box::new(move || fill(&p, 10 * MB))
        }),
        ("bom_then_articles_10mb", {
            let p = para.clone();
            Box::new(move || format!("\u{FEFF}{}", fill(&p, 10 * MB)))
        }),
        ("blank_lines_10mb", Box::new(|| fill("\n", 10 * MB))),
        (
            "header_lines_10mb",
            Box::new(|| fill("date 2023-11-20\n", 10 * MB)),
        ),
    ]
}

fn benches(c: &mut Criterion) {
    // Build the embedded defaults outside the measurements.
    black_box(dateline::extract(
        "date 2023-11-20 LONDON \u{2013} Warm-up.",
    ));
    let mut group = c.benchmark_group("adversarial");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(5));
    for (name, make) in inputs() {
        if !c_filter_matches(name) {
            continue;
        }
        let text = make();
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| b.iter(|| dateline::extract(black_box(&text))));
    }
    group.finish();
}

/// Whether a bench name filter on the command line (the first argument
/// that is not a flag) selects `name`; building a 10 MB input that will not
/// run is wasted time.
fn c_filter_matches(name: &str) -> bool {
    let filter = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-') && a != "bench");
    filter.map_or(true, |f| format!("adversarial/{name}").contains(&f))
}

/// A made-up place name for `i`: two or three capitalised syllable words,
/// distinct for every `i` below a million.
fn synthetic_name(i: u32) -> String {
    const SYL: [&str; 32] = [
        "ka", "ro", "vi", "na", "bel", "tor", "mis", "da", "lu", "zen", "por", "ga", "ser", "ni",
        "ul", "fen", "ho", "ri", "mak", "tu", "le", "sob", "ar", "qui", "em", "vos", "pa", "dri",
        "ox", "wel", "ja", "cy",
    ];
    let word = |n: u32| -> String {
        let w: String = [SYL[(n % 32) as usize], SYL[(n / 32 % 32) as usize]].concat();
        let mut c = w.chars();
        c.next()
            .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
            .unwrap_or_default()
    };
    let (a, b) = (i % 1024, i / 1024);
    if b == 0 {
        word(a)
    } else {
        format!("{} {}", word(a), word(b))
    }
}

/// A user gazetteer of a million entries: build time, memory, matching.
fn million_entries(c: &mut Criterion) {
    if !c_filter_matches("gazetteer_1m_entries") {
        return;
    }
    use dateline::{Entry, EntryKind, Gazetteer};
    let n = scaled(1_000_000) as u32;
    let entries: Vec<Entry> = (0..n)
        .map(|i| {
            Entry::new(format!("u{i}"), synthetic_name(i), EntryKind::City)
                .with_population(u64::from(i % 5000))
        })
        .collect();
    let build = || {
        let mut b = Gazetteer::builder();
        b.include_embedded(false);
        for e in &entries {
            b.add(e.clone());
        }
        b.build().expect("a million distinct entries build")
    };
    let started = std::time::Instant::now();
    let g = build();
    eprintln!(
        "adversarial/gazetteer_1m_entries: {} entries, built in {:.2?}, memory_usage {:.1} MB",
        g.len(),
        started.elapsed(),
        g.memory_usage() as f64 / 1e6
    );
    let mut group = c.benchmark_group("adversarial/gazetteer_1m_entries");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(20));
    group.bench_function("build", |b| b.iter(|| black_box(build())));
    // News-like text where one word in four starts a name.
    let mut text = String::new();
    let mut i = 7u32;
    while text.len() < scaled(10 * MB) {
        i = i.wrapping_mul(2_654_435_761).wrapping_add(1) % n;
        text.push_str("officials in ");
        text.push_str(&synthetic_name(i));
        text.push_str(" said the roads were closed. ");
    }
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("find_iter_10mb", |b| {
        b.iter(|| g.find_iter(black_box(&text)).count())
    });
    group.finish();
}

criterion_group!(group, benches, million_entries);
criterion_main!(group);
