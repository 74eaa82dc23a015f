//! Integration tests: article. (Filled in by the issue that owns it.)
