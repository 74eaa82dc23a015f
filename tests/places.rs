//! Integration tests: places. (Filled in by the issue that owns it.)
