//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// The crate's root folder.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The reference article, as shipped in `examples/data`.
pub fn sarajevo() -> String {
    std::fs::read_to_string(root().join("examples/data/sarajevo.txt")).unwrap()
}

/// The gold extraction of the reference article.
pub fn sarajevo_gold() -> serde_json::Value {
    let s = std::fs::read_to_string(root().join("tests/fixtures/sarajevo.gold.json")).unwrap();
    serde_json::from_str(&s).unwrap()
}
