//! Integration tests: gazetteer. (Filled in by the issue that owns it.)
