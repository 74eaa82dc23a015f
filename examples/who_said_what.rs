//! Prints who said what: a table of speaker, kind, cue and quotation for
//! each article file given on the command line.
//!
//! ```text
//! cargo run --example who_said_what -- examples/data/sarajevo.txt
//! ```

use std::io::{self, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        eprintln!("usage: who_said_what ARTICLE.txt...");
        return ExitCode::from(2);
    }
    match run(&paths) {
        Ok(status) => status,
        // `who_said_what … | head`: the reader went away; stop quietly.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("who_said_what: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(paths: &[String]) -> io::Result<ExitCode> {
    let mut out = io::stdout().lock();
    let mut status = ExitCode::SUCCESS;
    for path in paths {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{path}: {e}");
                status = ExitCode::FAILURE;
                continue;
            }
        };
        let article = dateline::extract(&text);
        writeln!(out, "== {path}: {} quotes", article.quotes.len())?;
        writeln!(out, "{:<28} {:<9} {:<14} quote", "speaker", "kind", "cue")?;
        for q in &article.quotes {
            let speaker = q
                .speaker
                .as_ref()
                .map_or("?".to_string(), |s| match &s.person {
                    // Joint speakers: "Ann Roy and Lee Park" names both.
                    Some(_) if !s.joint.is_empty() => s.mention.text.clone(),
                    Some(p) if *p != s.mention.text => format!("{} ({})", s.mention.text, p),
                    // "it" for an organization or a country named before.
                    None if s.antecedent.is_some() => {
                        let a = s.antecedent.as_ref().map_or("", |a| a.text.as_str());
                        format!("{} ({a})", s.mention.text)
                    }
                    _ => s.mention.text.clone(),
                });
            let kind = format!("{:?}", q.kind).to_lowercase();
            let cue = q.cue.as_ref().map_or("-", |c| c.text.as_str());
            // A negated cue ("did not say whether …"): marked "not said".
            let cue = if q.negated {
                format!("not {cue}")
            } else {
                cue.to_string()
            };
            writeln!(
                out,
                "{:<28} {:<9} {:<14} {}",
                clip(&speaker, 28),
                kind,
                clip(&cue, 14),
                clip(&q.text.replace('\n', " "), 100)
            )?;
        }
        writeln!(out)?;
    }
    Ok(status)
}

/// At most `n` characters of `s`, with an ellipsis when cut.
fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(n.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}
