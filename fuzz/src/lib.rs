//! The harnesses behind dateline's fuzz targets.
//!
//! Each target is a thin `fuzz_target!` around one function here; the same
//! functions replay crash inputs in `tests/robustness.rs` (which includes
//! `harness.rs` by path) and in the stable `replay` binary.

pub mod harness;
