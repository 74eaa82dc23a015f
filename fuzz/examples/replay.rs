//! Runs a fuzz target's harness over files, on stable Rust and without
//! libFuzzer: `cargo run --release --bin replay -- TARGET PATH...`, where a
//! PATH is a file or a folder of files (a corpus, `artifacts/TARGET`).
//!
//! Prints how many inputs ran and how long they took; a failing input
//! panics with its path on stderr.

use std::path::{Path, PathBuf};
use std::time::Instant;

use dateline_fuzz::harness;

fn inputs(path: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)?
            .map(|e| e.map(|e| e.path()))
            .collect::<Result<_, _>>()?;
        entries.sort();
        for e in entries {
            inputs(&e, out)?;
        }
    } else {
        out.push(path.to_path_buf());
    }
    Ok(())
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(target) = args.next() else {
        eprintln!(
            "usage: replay TARGET PATH...  (targets: {})",
            harness::TARGETS.join(", ")
        );
        std::process::exit(2);
    };
    if !harness::TARGETS.contains(&target.as_str()) {
        eprintln!(
            "replay: no target {target} (targets: {})",
            harness::TARGETS.join(", ")
        );
        std::process::exit(2);
    }
    let mut files = Vec::new();
    for path in args {
        if let Err(e) = inputs(Path::new(&path), &mut files) {
            eprintln!("replay: {path}: {e}");
            std::process::exit(2);
        }
    }
    let started = Instant::now();
    let mut bytes = 0;
    for file in &files {
        let data = std::fs::read(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        bytes += data.len();
        if let Err(e) = std::panic::catch_unwind(|| harness::run(&target, &data)) {
            eprintln!("replay: {} fails", file.display());
            std::panic::resume_unwind(e);
        }
    }
    eprintln!(
        "replay: {target}: {} inputs, {bytes} bytes, {:.2?}",
        files.len(),
        started.elapsed()
    );
}
