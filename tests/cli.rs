//! Integration tests: cli. (Filled in by the issue that owns it.)
