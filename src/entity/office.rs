//! Office holders: an optional user table of who held which office when,
//! used to resolve role phrases ("the NATO Secretary-General") to people.

use crate::article::Date;

/// One row of an office-holder table: `person` held `role` of `of` from
/// `from` to `to` (either end open when `None`).
///
/// An [`Extractor`](crate::Extractor) given such rows (through
/// [`ExtractorBuilder::office_holder`](crate::ExtractorBuilder::office_holder))
/// resolves a role phrase in an article to the person who held that office
/// on the article's date.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct OfficeHolder {
    /// The office, as news writes it: `Secretary-General`, `President`.
    pub role: String,
    /// The organization or country the office belongs to: `NATO`, `Serbia`.
    pub of: String,
    /// The holder's full name.
    pub person: String,
    /// The first day in office, if known.
    pub from: Option<Date>,
    /// The last day in office, if known (`None`: still in office).
    pub to: Option<Date>,
}

impl OfficeHolder {
    /// Creates a row with open dates.
    pub fn new(role: &str, of: &str, person: &str) -> OfficeHolder {
        OfficeHolder {
            role: role.to_string(),
            of: of.to_string(),
            person: person.to_string(),
            from: None,
            to: None,
        }
    }

    /// Sets the term of office.
    pub fn term(mut self, from: Option<Date>, to: Option<Date>) -> OfficeHolder {
        self.from = from;
        self.to = to;
        self
    }

    /// Whether the row applies on `date` (always, when `date` is unknown).
    pub fn holds_on(&self, date: Option<Date>) -> bool {
        let Some(d) = date else { return true };
        self.from.map_or(true, |f| f <= d) && self.to.map_or(true, |t| d <= t)
    }
}
