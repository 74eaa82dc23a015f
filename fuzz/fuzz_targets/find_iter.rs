//! `Gazetteer::find_iter` with user patterns over any haystack (and the
//! embedded gazetteer over the same haystack): see
//! `harness::find_iter` for the input format.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| dateline_fuzz::harness::find_iter(data));
