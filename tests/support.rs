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

/// Every span-like JSON object (`start`, `end`, `text`) in `v` names the
/// slice of `text` it says it does.
pub fn assert_spans_valid(text: &str, v: &serde_json::Value) {
    match v {
        serde_json::Value::Object(m) => {
            if let (Some(s), Some(e)) = (m.get("start"), m.get("end")) {
                let (s, e) = (s.as_u64().unwrap() as usize, e.as_u64().unwrap() as usize);
                let slice = text.get(s..e).expect("span on char boundaries");
                if let Some(t) = m.get("text") {
                    assert_eq!(t.as_str().unwrap(), slice);
                }
            }
            for x in m.values() {
                assert_spans_valid(text, x);
            }
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| assert_spans_valid(text, x)),
        _ => {}
    }
}
