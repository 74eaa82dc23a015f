//! Places and organizations in an article, from gazetteer matches.
//! (Stub: the gazetteer issue fills it in.)

use crate::entity::{Location, Organization};
use crate::extractor::Context;

/// Locations and organizations found in one article.
#[derive(Debug, Default)]
pub(crate) struct Places {
    pub locations: Vec<Location>,
    pub organizations: Vec<Organization>,
}

/// Groups the gazetteer matches of the article into locations and
/// organizations.
pub(crate) fn extract(cx: &Context<'_>) -> Places {
    let _ = cx;
    Places::default()
}
