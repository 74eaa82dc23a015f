//! dateline's integration tests: one binary, one module per capability.

mod article;
mod cli;
mod gazetteer;
/// The invariants every article keeps, shared with the fuzz targets.
#[path = "../fuzz/src/harness.rs"]
mod harness;
mod people;
mod places;
mod quotes;
mod robustness;
mod seed;
mod support;
