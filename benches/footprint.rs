//! The embedded defaults' footprint: how long their first build takes and
//! how much heap they hold, measured with a counting global allocator.
//!
//! `cargo bench --bench footprint` prints one line per figure.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicIsize, Ordering};
use std::time::Instant;

struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Ordering::Relaxed);
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as isize, Ordering::Relaxed);
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(
            new_size as isize - layout.size() as isize,
            Ordering::Relaxed,
        );
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing
    // we need: both just run the measurement once.
    let before = LIVE.load(Ordering::Relaxed);
    let start = Instant::now();
    // The reference article touches every stage, so every lazy table is
    // built by the time it returns.
    let article = dateline::extract(black_box(include_str!("../examples/data/sarajevo.txt")));
    let first = start.elapsed();
    black_box(article);
    let heap = LIVE.load(Ordering::Relaxed) - before;
    println!(
        "footprint/embedded_defaults: first extract (builds the defaults) {:.1} ms, heap held {:.2} MB",
        first.as_secs_f64() * 1e3,
        heap as f64 / 1e6
    );
    let start = Instant::now();
    let g = dateline::Gazetteer::builder()
        .build()
        .expect("the embedded gazetteer builds");
    let cold = start.elapsed();
    black_box(g);
    println!(
        "footprint/gazetteer_cold_build: {:.1} ms",
        cold.as_secs_f64() * 1e3
    );
}
