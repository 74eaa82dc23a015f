//! Integration tests: robustness. (Filled in by the issue that owns it.)
