//! Extract articles to JSON.
//!
//! ```text
//! cargo run --release --example extract -- FILE...
//!     one pretty JSON object per file
//! cargo run --release --example extract -- --jsonl [IN] [--threads N] [--progress]
//!     reads JSON lines {"id": .., "text": ..} from IN (or stdin) and writes
//!     exactly one JSON line per input line, in order, to stdout
//!
//! --no-quotes                  skip quotations (faster, entities only)
//! --no-organization-rules      organizations from the gazetteer only
//! --no-object-reports          no quote from a cue with only a noun-phrase
//!                              object ("praised the bill")
//! ```
//!
//! In `--jsonl` mode a malformed line (not JSON, no string `text`, not
//! UTF-8) gets the output line `{"id": <its id or null>, "error": "..."}`
//! and a message on stderr naming its line number; the run goes on and the
//! exit code is 1 at the end if any line failed.

use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use dateline::{Article, Extractor, QuoteExtractor};
use serde::Serialize;
use serde_json::Value;

const USAGE: &str = "usage: extract [OPTIONS] FILE...\n       extract [OPTIONS] --jsonl [IN] [--threads N] [--progress]\noptions: --no-quotes --no-organization-rules --no-object-reports";

/// Input lines processed together; bounded so memory stays flat on huge
/// inputs.
const BATCH_LINES: usize = 512;

#[derive(Serialize)]
struct Output<'a> {
    id: &'a Value,
    #[serde(flatten)]
    article: &'a Article,
}

#[derive(Serialize)]
struct Failure<'a> {
    id: &'a Value,
    error: &'a str,
}

#[derive(Serialize)]
struct FileOutput<'a> {
    source: &'a str,
    #[serde(flatten)]
    article: &'a Article,
}

struct Options {
    jsonl: bool,
    input: Option<String>,
    files: Vec<String>,
    threads: usize,
    progress: bool,
    quotes: bool,
    organization_rules: bool,
    object_reports: bool,
}

fn parse_args() -> Result<Options, String> {
    let mut opts = Options {
        jsonl: false,
        input: None,
        files: Vec::new(),
        threads: 1,
        progress: false,
        quotes: true,
        organization_rules: true,
        object_reports: true,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--jsonl" => opts.jsonl = true,
            "--progress" => opts.progress = true,
            "--no-quotes" => opts.quotes = false,
            "--no-organization-rules" => opts.organization_rules = false,
            "--no-object-reports" => opts.object_reports = false,
            "--threads" => {
                let n = args.next().ok_or("--threads needs a number")?;
                opts.threads = match n.parse::<usize>() {
                    Ok(0) => std::thread::available_parallelism().map_or(1, |n| n.get()),
                    Ok(n) => n,
                    Err(_) => return Err(format!("--threads: not a number: {n}")),
                };
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}\n{USAGE}")),
            _ => opts.files.push(arg),
        }
    }
    if opts.jsonl {
        if opts.files.len() > 1 {
            return Err(format!("--jsonl takes at most one input file\n{USAGE}"));
        }
        opts.input = opts.files.pop();
    } else if opts.files.is_empty() {
        return Err(USAGE.to_string());
    }
    Ok(opts)
}

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    let extractor = Extractor::builder()
        .quotes(opts.quotes)
        .organization_rules(opts.organization_rules)
        .quote_extractor(QuoteExtractor::new().object_reports(opts.object_reports))
        .build();
    let result = if opts.jsonl {
        run_jsonl(&extractor, &opts)
    } else {
        run_files(&extractor, &opts.files)
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("extract: {e}");
            ExitCode::from(1)
        }
    }
}

fn run_files(extractor: &Extractor, files: &[String]) -> io::Result<bool> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut ok = true;
    for path in files {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                ok = false;
                continue;
            }
        };
        match extractor.extract_bytes(&bytes) {
            Ok(article) => {
                let doc = FileOutput {
                    source: path,
                    article: &article,
                };
                serde_json::to_writer_pretty(&mut out, &doc)?;
                writeln!(out)?;
            }
            Err(e) => {
                eprintln!("{path}: {e}");
                ok = false;
            }
        }
    }
    out.flush()?;
    Ok(ok)
}

/// One parsed input line: its id, and its text or what was wrong with it.
struct Line {
    id: Value,
    text: Result<String, String>,
}

fn parse_line(bytes: &[u8]) -> Line {
    let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
    let s = match std::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            return Line {
                id: Value::Null,
                text: Err(format!("invalid UTF-8 at byte {}", e.valid_up_to())),
            }
        }
    };
    let mut value: Value = match serde_json::from_str(s) {
        Ok(v) => v,
        Err(e) => {
            return Line {
                id: Value::Null,
                text: Err(format!("not JSON: {e}")),
            }
        }
    };
    let Some(obj) = value.as_object_mut() else {
        return Line {
            id: Value::Null,
            text: Err("not a JSON object".to_string()),
        };
    };
    let id = obj.remove("id").unwrap_or(Value::Null);
    let text = match obj.remove("text") {
        Some(Value::String(t)) => Ok(t),
        Some(_) => Err("\"text\" is not a string".to_string()),
        None => Err("no \"text\" field".to_string()),
    };
    Line { id, text }
}

fn run_jsonl(extractor: &Extractor, opts: &Options) -> io::Result<bool> {
    let reader: Box<dyn Read> = match &opts.input {
        Some(path) => Box::new(
            std::fs::File::open(path)
                .map_err(|e| io::Error::new(e.kind(), format!("{path}: {e}")))?,
        ),
        None => Box::new(io::stdin().lock()),
    };
    let mut reader = BufReader::with_capacity(1 << 20, reader);
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
    let show_progress = opts.progress || io::stderr().is_terminal();
    let started = Instant::now();
    let mut last_report = started;
    let (mut line_no, mut bytes_in, mut failed) = (0usize, 0usize, 0usize);
    let mut eof = false;
    let mut buf = Vec::new();
    while !eof {
        // Read a batch of lines.
        let mut batch: Vec<Line> = Vec::with_capacity(BATCH_LINES);
        while batch.len() < BATCH_LINES {
            buf.clear();
            if reader.read_until(b'\n', &mut buf)? == 0 {
                eof = true;
                break;
            }
            bytes_in += buf.len();
            let content = buf.strip_suffix(b"\n").unwrap_or(&buf);
            batch.push(parse_line(content));
        }
        let texts: Vec<&str> = batch
            .iter()
            .map(|l| l.text.as_deref().unwrap_or(""))
            .collect();
        let articles = extractor.extract_batch(&texts, opts.threads);
        for (line, article) in batch.iter().zip(&articles) {
            line_no += 1;
            match &line.text {
                Ok(_) => {
                    let doc = Output {
                        id: &line.id,
                        article,
                    };
                    serde_json::to_writer(&mut out, &doc)?;
                }
                Err(msg) => {
                    failed += 1;
                    eprintln!("extract: line {line_no}: {msg}");
                    serde_json::to_writer(
                        &mut out,
                        &Failure {
                            id: &line.id,
                            error: msg,
                        },
                    )?;
                }
            }
            out.write_all(b"\n")?;
        }
        if show_progress && (eof || last_report.elapsed() >= Duration::from_millis(500)) {
            last_report = Instant::now();
            let secs = started.elapsed().as_secs_f64().max(1e-9);
            let mb = bytes_in as f64 / 1e6;
            eprint!(
                "\rextract: {line_no} lines, {mb:.1} MB, {:.1} MB/s{}",
                mb / secs,
                if eof { "\n" } else { "" }
            );
        }
    }
    out.flush()?;
    if failed > 0 {
        eprintln!("extract: {failed} of {line_no} lines failed");
    }
    Ok(failed == 0)
}
