//! A user's gazetteer TSV (`GazetteerBuilder::add_tsv`): a typed error
//! naming source, line and column, or a gazetteer that keeps the matcher's
//! promises.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| dateline_fuzz::harness::gazetteer_tsv(data));
