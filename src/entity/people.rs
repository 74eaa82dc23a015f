//! People in an article: detection, titles and coreference.
//! (Stub: the people issue fills it in.)

use crate::entity::places::Places;
use crate::entity::Person;
use crate::extractor::Context;

/// Finds every person the article names.
pub(crate) fn extract(cx: &Context<'_>, places: &Places) -> Vec<Person> {
    let _ = (cx, places);
    Vec::new()
}
