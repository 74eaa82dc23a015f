//! Integration tests: quotes. (Filled in by the issue that owns it.)
