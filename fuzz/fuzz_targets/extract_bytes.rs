//! `dateline::extract_bytes` on any bytes: `Ok` iff UTF-8, and the error
//! names the offset `std::str::from_utf8` names.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| dateline_fuzz::harness::extract_bytes(data));
