//! Crate-wide unit tests: every public type is thread- and unwind-safe.

use crate::*;

fn assert_traits<T: Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>() {}

#[test]
fn public_types_are_send_sync_unwind_safe() {
    assert_traits::<Article>();
    assert_traits::<Date>();
    assert_traits::<Dateline>();
    assert_traits::<Person>();
    assert_traits::<Location>();
    assert_traits::<Organization>();
    assert_traits::<Quote>();
    assert_traits::<Speaker>();
    assert_traits::<Span>();
    assert_traits::<Mention>();
    assert_traits::<Error>();
    assert_traits::<Extractor>();
    assert_traits::<Gazetteer>();
    assert_traits::<GazetteerBuilder>();
    assert_traits::<QuoteExtractor>();
    assert_traits::<OfficeHolder>();
}
