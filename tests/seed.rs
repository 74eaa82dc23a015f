//! The reference article (examples/data/sarajevo.txt) against its gold extraction.
