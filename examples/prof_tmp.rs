fn main() {
    let text = std::fs::read_to_string("/work/shared/corpus/senate/corpus.txt").unwrap();
    let n: usize = std::env::args()
        .nth(1)
        .map(|s| s.parse().unwrap())
        .unwrap_or(20);
    let t = std::time::Instant::now();
    let mut total = 0;
    for _ in 0..n {
        let a = dateline::extract(&text);
        total += a.paragraphs.len();
    }
    let secs = t.elapsed().as_secs_f64();
    eprintln!("{total} {:.1} MB/s", (text.len() * n) as f64 / secs / 1e6);
}
