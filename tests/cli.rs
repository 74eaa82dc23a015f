//! The examples end to end: extract on files and `--jsonl` batches with
//! broken lines and thread counts; who_said_what on a closed pipe.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use crate::support::root;

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO"))
        .current_dir(root())
        .args(["run", "--quiet", "--example", "extract", "--"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cargo runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn file_mode_prints_the_seed_as_json() {
    let out = run(&["examples/data/sarajevo.txt"], "");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["date"], "2023-11-20");
    assert_eq!(v["dateline"]["text"], "SARAJEVO");
    assert_eq!(v["paragraphs"].as_array().unwrap().len(), 7);
}

#[test]
fn jsonl_keeps_every_good_line_and_names_the_broken_ones() {
    let input = [
        r#"{"id": "a", "text": "date 2023-11-20 SARAJEVO – It snowed."}"#,
        r#"this is not json"#,
        r#"{"id": "c", "text": 42}"#,
        r#"{"id": "d"}"#,
        r#"{"id": 5, "text": "LONDON – Rain.", "extra": [1, 2]}"#,
        r#"["an", "array"]"#,
        r#"{"id": "g", "text": ""}"#,
    ]
    .join("\n");
    for threads in ["1", "2"] {
        let out = run(&["--jsonl", "--threads", threads], &input);
        assert_eq!(
            out.status.code(),
            Some(1),
            "a failed line makes the exit code non-zero"
        );
        let stdout = String::from_utf8(out.stdout).unwrap();
        let lines: Vec<serde_json::Value> = stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 7, "one output line per input line");
        assert_eq!(lines[0]["id"], "a");
        assert_eq!(lines[0]["dateline"]["text"], "SARAJEVO");
        assert_eq!(lines[1]["id"], serde_json::Value::Null);
        assert!(lines[1]["error"].as_str().unwrap().starts_with("not JSON"));
        assert_eq!(lines[2]["id"], "c");
        assert!(lines[2]["error"].is_string());
        assert_eq!(lines[3]["id"], "d");
        assert!(lines[3]["error"].is_string());
        assert_eq!(lines[4]["id"], 5);
        assert_eq!(lines[4]["dateline"]["text"], "LONDON");
        assert!(lines[5]["error"].is_string());
        assert_eq!(lines[6]["id"], "g");
        assert!(lines[6].get("error").is_none());
        let stderr = String::from_utf8(out.stderr).unwrap();
        for n in [2, 3, 4, 6] {
            assert!(
                stderr.contains(&format!("line {n}:")),
                "stderr names line {n}: {stderr}"
            );
        }
        assert!(!stderr.contains("line 1:") && !stderr.contains("line 5:"));
    }
}

#[test]
fn jsonl_output_is_the_same_on_any_thread_count() {
    let input: String = (0..40)
        .map(|i| {
            format!(
                "{{\"id\": {i}, \"text\": \"date 2023-11-{:02} PARIS – Item {i}.\\n\\nMore.\"}}\n",
                i % 28 + 1
            )
        })
        .collect();
    let one = run(&["--jsonl", "--threads", "1"], &input);
    let two = run(&["--jsonl", "--threads", "2"], &input);
    assert!(one.status.success());
    assert_eq!(one.stdout, two.stdout);
    assert_eq!(String::from_utf8(one.stdout).unwrap().lines().count(), 40);
}

#[test]
fn object_reports_can_be_switched_off_from_the_command_line() {
    let line = r#"{"id": 1, "text": "Senator Ann Roy praised the new bridge. She said it would open in May."}"#;
    let count = |args: &[&str]| {
        let out = run(args, line);
        assert!(out.status.success());
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["quotes"].as_array().unwrap().len()
    };
    assert_eq!(count(&["--jsonl"]), 2);
    assert_eq!(count(&["--jsonl", "--no-object-reports"]), 1);
}

#[test]
fn stages_can_be_switched_off_from_the_command_line() {
    let out = run(
        &[
            "--no-quotes",
            "--no-organization-rules",
            "examples/data/sarajevo.txt",
        ],
        "",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["quotes"].as_array().unwrap().len(), 0);
    assert!(!v["people"].as_array().unwrap().is_empty());
}

#[test]
fn who_said_what_stops_quietly_when_its_reader_goes_away() {
    // Enough articles to overflow the pipe after the reader closes it.
    let mut child = Command::new(env!("CARGO"))
        .current_dir(root())
        .args(["run", "--quiet", "--example", "who_said_what", "--"])
        .args(std::iter::repeat("examples/data/sarajevo.txt").take(400))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cargo runs");
    let mut first = [0u8; 16];
    std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut first).unwrap();
    assert!(first.starts_with(b"== "));
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}
