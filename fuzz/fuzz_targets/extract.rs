//! `dateline::extract` on any text (bytes decoded lossily): no panic, and
//! every invariant of `harness::check_article` holds.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| dateline_fuzz::harness::extract(data));
