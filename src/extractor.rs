//! The pipeline: [`Extractor`], its builder, and the [`extract`] entry points.

use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use once_cell::sync::Lazy;

use crate::article::{Article, Structure};
use crate::entity::office::OfficeHolder;
use crate::entity::{people, places};
use crate::error::{Error, ErrorKind};
use crate::gazetteer::{Gazetteer, Match};
use crate::quote::QuoteExtractor;
use crate::text::Token;
use crate::window::{self, Joined};

/// Extracts an [`Article`] from `text` with the embedded defaults.
///
/// This is the one-line entry point. The defaults are built once, on first
/// use, and shared by every later call. Extraction never fails and never
/// panics: any text gives an `Article`, possibly empty.
///
/// # Example
///
/// ```
/// let article = dateline::extract("date 2023-11-20 SARAJEVO – It snowed.");
/// assert_eq!(article.date.unwrap().to_string(), "2023-11-20");
/// assert_eq!(article.dateline.unwrap().text, "SARAJEVO");
/// ```
pub fn extract(text: &str) -> Article {
    Extractor::shared().extract(text)
}

/// Extracts an [`Article`] from bytes that should be UTF-8.
///
/// # Errors
///
/// Returns [`ErrorKind::InvalidUtf8`] naming the byte offset of the first
/// invalid byte when `bytes` is not UTF-8.
///
/// # Example
///
/// ```
/// use dateline::ErrorKind;
///
/// let err = dateline::extract_bytes(b"Paris \xFF").unwrap_err();
/// assert_eq!(err.kind(), &ErrorKind::InvalidUtf8 { offset: 6 });
/// assert!(dateline::extract_bytes(b"Paris").is_ok());
/// ```
pub fn extract_bytes(bytes: &[u8]) -> Result<Article, Error> {
    Extractor::shared().extract_bytes(bytes)
}

/// A configured extraction pipeline.
///
/// Build one with [`Extractor::builder`] (or [`Extractor::new`] for the
/// embedded defaults) and reuse it: it is cheap to share between threads
/// (`Extractor` is `Send + Sync`) and [`extract`](Extractor::extract) takes
/// `&self`.
#[derive(Clone, Debug)]
pub struct Extractor {
    gazetteer: GazetteerRef,
    quotes: QuoteExtractor,
    office_holders: Arc<Vec<OfficeHolder>>,
    organization_rules: bool,
    find_quotes: bool,
}

/// Configures an [`Extractor`].
#[derive(Clone, Debug, Default)]
pub struct ExtractorBuilder {
    gazetteer: Option<Arc<Gazetteer>>,
    quotes: Option<QuoteExtractor>,
    office_holders: Vec<OfficeHolder>,
    no_organization_rules: bool,
    no_quotes: bool,
}

/// What every stage of the pipeline sees of one article.
#[derive(Debug)]
#[allow(dead_code)] // every stage reads what it needs
pub(crate) struct Context<'a> {
    pub text: &'a str,
    pub structure: &'a Structure,
    pub tokens: &'a [Token],
    /// The text of each token of `tokens`, sliced once for all the stages
    /// ([`text::token_texts`]).
    pub words: &'a [&'a str],
    pub sentences: &'a [(usize, usize)],
    /// The line starts and possible quotation marks the sentence scan
    /// lists ([`crate::text::sentences_and_landmarks`]).
    pub landmarks: &'a crate::text::Landmarks,
    pub gazetteer: &'a Gazetteer,
    pub matches: &'a [Match],
    pub office_holders: &'a [OfficeHolder],
    /// Find organizations by the shape of their names, not only in the
    /// gazetteer ([`ExtractorBuilder::organization_rules`]).
    pub organization_rules: bool,
}

thread_local! {
    /// The buffer of the thread's last window's [`Context::words`], reused
    /// by the next window (empty between windows; see
    /// [`window::each_window`] on why a large buffer is worth keeping).
    static WORDS: std::cell::Cell<Vec<&'static str>> = const { std::cell::Cell::new(Vec::new()) };
    /// The buffer of the thread's last window's [`Context::matches`]
    /// ([`window::take_buffer`]).
    static MATCHES: std::cell::Cell<Vec<Match>> = const { std::cell::Cell::new(Vec::new()) };
}

static SHARED: Lazy<Extractor> = Lazy::new(|| Extractor::builder().build());

/// The part of `text` the stages analyse: all of it up to 4 GiB (token
/// offsets are `u32`), else up to the last char boundary within 4 GiB.
fn analysed_part(text: &str) -> &str {
    const LIMIT: usize = u32::MAX as usize;
    if text.len() <= LIMIT {
        return text;
    }
    let end = (0..=LIMIT)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    &text[..end]
}

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::shared().clone()
    }
}

impl Extractor {
    /// An extractor with the embedded defaults (the same one [`extract`]
    /// uses).
    pub fn new() -> Extractor {
        Extractor::default()
    }

    /// Starts configuring an extractor.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    pub(crate) fn shared() -> &'static Extractor {
        &SHARED
    }

    /// The gazetteer this extractor matches places and organizations with.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// Extracts an [`Article`] from `text`. Never fails, never panics.
    ///
    /// A text longer than 1 MiB (far longer than any news article: a
    /// concatenated archive, a book) is read in windows of at most 1 MiB,
    /// cut at paragraph starts (in one giant paragraph, after a sentence's
    /// final punctuation), so that time and memory per byte stay flat
    /// however long the text is. A person, place or organization named in
    /// several windows is still one entity with all its mentions (people by
    /// their canonical name), but a surname, pronoun or role phrase resolves
    /// only to people named in its own window, and a quotation never runs
    /// from one window into the next. [`QuoteExtractor::extract`] reads
    /// texts the same way.
    ///
    /// Offsets are kept in 32 bits internally: a text longer than 4 GiB is
    /// analysed up to its last character starting before 4 GiB, and
    /// [`Article::text`] still holds all of it.
    pub fn extract(&self, full_text: &str) -> Article {
        let text = analysed_part(full_text);
        let structure = Structure::parse(text);
        let mut joined = Joined::default();
        window::each_window(text, &structure, |w, tokens, sentences, landmarks| {
            joined.add(self.read_window(text, w, &structure, tokens, sentences, landmarks));
        });
        let window::Found {
            mut people,
            locations,
            organizations,
            quotes,
        } = joined.finish();
        // (After the quotations: role phrases resolve by every title.)
        for person in &mut people {
            people::drop_held_titles(&mut person.titles);
        }
        let Structure {
            date,
            headline,
            byline,
            mut dateline,
            dateline_needs_place,
            paragraphs,
        } = structure;
        if let Some(dl) = &mut dateline {
            resolve_dateline(dl, &locations);
        }
        // A title-case dateline stands when its first words are a place
        // ("Taipei, Taiwan — "; not "Meanwhile, Washington — ").
        if dateline_needs_place
            && dateline.as_ref().is_some_and(|d| {
                !locations
                    .iter()
                    .any(|l| l.mentions.iter().any(|m| m.span.start() == d.span.start()))
            })
        {
            dateline = None;
        }
        Article {
            text: full_text.to_string(),
            date,
            headline,
            byline,
            dateline,
            paragraphs,
            people,
            locations,
            organizations,
            quotes,
        }
    }

    /// Runs the stages over `window` of `text` (the whole of it for most
    /// articles), given the window's tokens, sentences and landmarks.
    fn read_window(
        &self,
        text: &str,
        window: Range<usize>,
        structure: &Structure,
        tokens: &[Token],
        sentences: &[(usize, usize)],
        landmarks: &crate::text::Landmarks,
    ) -> window::Found {
        let mut matches = window::take_buffer(&MATCHES);
        // (Room for what news text holds, about a match every two hundred
        // bytes, so that a long text's list is not copied as it grows.)
        matches.reserve(window.len() / 128);
        matches.extend(
            self.gazetteer
                .find_iter(&text[window.clone()])
                .map(|m| m.shifted(window.start)),
        );
        // (Stored empty by `recycle`; a `'static` table is one of any
        // shorter lifetime.)
        let mut words: Vec<&str> = WORDS.with(std::cell::Cell::take);
        crate::text::token_texts_into(text, tokens, &mut words);
        let cx = Context {
            text,
            structure,
            tokens,
            words: &words,
            sentences,
            landmarks,
            gazetteer: &self.gazetteer,
            matches: &matches,
            office_holders: &self.office_holders,
            organization_rules: self.organization_rules,
        };
        let mut places = places::extract(&cx);
        // (The people's mentions in text order, listed once by the people
        // stage for the two stages that read them, in the thread's reused
        // buffer.)
        let mut mentions = window::take_buffer(&MENTIONS);
        let mut people = people::extract(&cx, &places, &mut mentions);
        places_in_names(text, &mut places.locations, &mentions, &people);
        acronyms_beside_people(text, window, &self.gazetteer, &mut places, &mentions);
        states_beside_people(
            text,
            &self.gazetteer,
            &mut places.locations,
            &places.organizations,
            &mentions,
            &people,
        );
        let quotes = if self.find_quotes {
            self.quotes.extract_in(&cx, &mut people, &mentions)
        } else {
            Vec::new()
        };
        window::give_back(&MENTIONS, mentions);
        if words.capacity() <= window::KEPT_TOKENS {
            WORDS.with(|w| w.set(crate::text::recycle(words)));
        }
        window::give_back(&MATCHES, matches);
        window::Found {
            people,
            locations: places.locations,
            organizations: places.organizations,
            quotes,
        }
    }

    /// Extracts an [`Article`] from bytes that should be UTF-8.
    ///
    /// # Errors
    ///
    /// Returns [`ErrorKind::InvalidUtf8`] with the offset of the first
    /// invalid byte.
    pub fn extract_bytes(&self, bytes: &[u8]) -> Result<Article, Error> {
        match std::str::from_utf8(bytes) {
            Ok(text) => Ok(self.extract(text)),
            Err(e) => Err(Error::new(ErrorKind::InvalidUtf8 {
                offset: e.valid_up_to(),
            })),
        }
    }
}

impl Extractor {
    /// Extracts many articles on `threads` threads, keeping input order.
    ///
    /// The result is the same as calling [`extract`](Extractor::extract) on
    /// each text in turn; `threads` of 0 or 1 (or a single text) runs on the
    /// calling thread. Work is handed out one article at a time, so long and
    /// short articles balance across threads.
    ///
    /// # Example
    ///
    /// ```
    /// use dateline::Extractor;
    ///
    /// let extractor = Extractor::new();
    /// let texts = ["date 2023-11-20 It rained.", "Nothing happened."];
    /// let articles = extractor.extract_batch(&texts, 2);
    /// assert_eq!(articles.len(), 2);
    /// assert_eq!(articles[0].date.unwrap().to_string(), "2023-11-20");
    /// assert_eq!(articles[1].date, None);
    /// ```
    pub fn extract_batch<S: AsRef<str> + Sync>(&self, texts: &[S], threads: usize) -> Vec<Article> {
        let threads = threads.min(texts.len());
        if threads <= 1 {
            return texts.iter().map(|t| self.extract(t.as_ref())).collect();
        }
        let next = AtomicUsize::new(0);
        let mut done: Vec<(usize, Article)> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads)
                .map(|_| {
                    scope.spawn(|| {
                        let mut mine = Vec::new();
                        loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            let Some(text) = texts.get(i) else { break };
                            mine.push((i, self.extract(text.as_ref())));
                        }
                        mine
                    })
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|w| match w.join() {
                    Ok(v) => v,
                    Err(panic) => std::panic::resume_unwind(panic),
                })
                .collect()
        });
        done.sort_unstable_by_key(|(i, _)| *i);
        done.into_iter().map(|(_, a)| a).collect()
    }
}

impl ExtractorBuilder {
    /// Uses `gazetteer` instead of the embedded default.
    ///
    /// Default: [`Gazetteer::embedded`] (empty without the `embedded-data`
    /// feature).
    pub fn gazetteer(&mut self, gazetteer: Gazetteer) -> &mut ExtractorBuilder {
        self.gazetteer = Some(Arc::new(gazetteer));
        self
    }

    /// Uses `quotes` to find and attribute quotations.
    ///
    /// Default: [`QuoteExtractor::new`].
    ///
    /// # Example
    ///
    /// ```
    /// use dateline::{Extractor, QuoteExtractor};
    ///
    /// let extractor = Extractor::builder()
    ///     .quote_extractor(QuoteExtractor::new().split_paragraphs(true))
    ///     .build();
    /// let text = "“We called the families first.\n\n“Then we opened the school,” she said.";
    /// assert_eq!(extractor.extract(text).quotes.len(), 2);
    /// ```
    pub fn quote_extractor(&mut self, quotes: QuoteExtractor) -> &mut ExtractorBuilder {
        self.quotes = Some(quotes);
        self
    }

    /// Whether to find quotations at all.
    ///
    /// Default: `true`. Off, [`Article::quotes`] stays empty and
    /// extraction takes about a fifth less time: for pipelines that only
    /// want the people, places and organizations.
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "embedded-data")] {
    /// use dateline::Extractor;
    ///
    /// let text = "“We are ready,” said Mayor Anna Berg.";
    /// let entities_only = Extractor::builder().quotes(false).build();
    /// let article = entities_only.extract(text);
    /// assert!(article.quotes.is_empty());
    /// assert_eq!(article.people[0].name, "Anna Berg");
    /// assert_eq!(Extractor::new().extract(text).quotes.len(), 1);
    /// # }
    /// ```
    pub fn quotes(&mut self, yes: bool) -> &mut ExtractorBuilder {
        self.no_quotes = !yes;
        self
    }

    /// Whether to find organizations by the shape of their names (head
    /// words such as "Ministry" or "Council", company forms, "X of Y",
    /// acronyms spelled out in brackets, a company's short forms) and
    /// sports clubs (results tables, fixtures), as well as in the
    /// gazetteer.
    ///
    /// Default: `true`. Off, organizations come from the gazetteer and
    /// from names built around a gazetteer entry ("Council of Ministers of
    /// Latvia"), and extraction takes about a fifth less time.
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "embedded-data")] {
    /// use dateline::Extractor;
    ///
    /// let text = "The Harlow Water Board met on Monday.";
    /// let names = |e: &Extractor| -> Vec<String> {
    ///     e.extract(text).organizations.into_iter().map(|o| o.name).collect()
    /// };
    /// assert_eq!(names(&Extractor::new()), ["Harlow Water Board"]);
    /// let listed_only = Extractor::builder().organization_rules(false).build();
    /// assert!(names(&listed_only).is_empty());
    /// # }
    /// ```
    pub fn organization_rules(&mut self, yes: bool) -> &mut ExtractorBuilder {
        self.no_organization_rules = !yes;
        self
    }

    /// Adds a row to the office-holder table, used to resolve role phrases
    /// ("the NATO Secretary-General") to the person who held the office on
    /// the article's date.
    ///
    /// Default: no rows.
    pub fn office_holder(&mut self, row: OfficeHolder) -> &mut ExtractorBuilder {
        self.office_holders.push(row);
        self
    }

    /// Builds the extractor.
    pub fn build(&self) -> Extractor {
        let gazetteer = match &self.gazetteer {
            Some(g) => GazetteerRef::Owned(Arc::clone(g)),
            None => GazetteerRef::Embedded(Gazetteer::embedded()),
        };
        Extractor {
            gazetteer,
            quotes: self.quotes.clone().unwrap_or_default(),
            office_holders: Arc::new(self.office_holders.clone()),
            organization_rules: !self.no_organization_rules,
            find_quotes: !self.no_quotes,
        }
    }
}

/// The byte spans of the mentions of `locations` and `organizations`.
fn place_spans<'p>(
    locations: &'p [crate::Location],
    organizations: &'p [crate::Organization],
) -> impl Iterator<Item = (usize, usize)> + 'p {
    locations
        .iter()
        .flat_map(|l| l.mentions.iter())
        .chain(organizations.iter().flat_map(|o| o.mentions.iter()))
        .map(|m| (m.span.start(), m.span.end()))
}

/// Byte spans that other stages covered, sorted, asked by binary search
/// whether a span overlaps one.
struct Covered {
    spans: Vec<(usize, usize)>,
    /// The furthest end of the spans up to each: a span starting before
    /// `e` ends after `s` exactly when the furthest end before `e` does.
    furthest: Vec<usize>,
}

impl Covered {
    fn new(mut spans: Vec<(usize, usize)>) -> Covered {
        spans.sort_unstable();
        let furthest = spans
            .iter()
            .scan(0, |m, &(_, end)| {
                *m = end.max(*m);
                Some(*m)
            })
            .collect();
        Covered { spans, furthest }
    }

    /// Whether `[s, e)` overlaps a covered span.
    fn overlaps(&self, s: usize, e: usize) -> bool {
        let i = self.spans.partition_point(|&(start, _)| start < e);
        i > 0 && self.furthest[i - 1] > s
    }
}

/// Organizations an acronym names beside a person's name: "DAB's Ann Roy",
/// "Ann Roy of DAB" (beside a name not written in capitals; a word of three
/// to six capitals that stands alone and that no place, organization,
/// title, region code or gazetteer entry has), with the acronym's other
/// mentions in the window `text[window]`.
/// `names` are the people's mentions `(start, end, person)` in text order.
fn acronyms_beside_people(
    text: &str,
    window: Range<usize>,
    gazetteer: &crate::Gazetteer,
    places: &mut crate::entity::places::Places,
    names: &[(usize, usize, usize)],
) {
    // (A few per window: each costs one pass over the window.)
    const MOST: usize = 8;
    // (Three letters at least: two are mostly codes, "NY", "TV", "IT".)
    let acronym = |w: &str| w.len() >= 3 && crate::entity::places::words::is_acronym(w);
    let word_char = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    // Whether `text[s..e]` stands alone: a word, not part of a longer name
    // ("Purple PAC", "SC Freiburg", "CESA 6"; "the DAB" stands alone) nor
    // of a web or mail address ("www.DAB.org").
    let alone = |s: usize, e: usize| {
        let (head, tail) = (&text[..s], &text[e..]);
        let prev = head
            .strip_suffix(' ')
            .and_then(|h| h.rsplit(|c: char| !c.is_alphanumeric()).next());
        let named_before = prev.is_some_and(|p| {
            p.starts_with(|c: char| c.is_uppercase()) && !matches!(p, "The" | "A" | "An")
        });
        let named_after = tail
            .strip_prefix(' ')
            .is_some_and(|t| t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
        let address = head.ends_with(['.', '/', '@', '-', '_'])
            || tail.starts_with(['/', '@', '-', '_'])
            || (tail.starts_with('.') && word_char(tail[1..].chars().next()));
        !word_char(head.chars().next_back())
            && !word_char(tail.chars().next())
            && !named_before
            && !named_after
            && !address
    };
    let mut found: Vec<&str> = Vec::new();
    for &(start, end, _) in names {
        // (Not a name in capitals: a headline's "SMITH'S ANN ROY".)
        if !text
            .get(start..end)
            .unwrap_or("")
            .chars()
            .any(char::is_lowercase)
        {
            continue;
        }
        let before = text.get(window.start..start).unwrap_or("");
        let owner = before
            .strip_suffix(' ')
            .and_then(|b| b.strip_suffix("'s").or_else(|| b.strip_suffix("\u{2019}s")));
        let after = text.get(end..window.end).unwrap_or("").strip_prefix(" of ");
        let word = owner
            .and_then(|b| {
                let w = b.rsplit(|c: char| !c.is_ascii_uppercase()).next()?;
                let s = window.start + b.len() - w.len();
                (acronym(w) && alone(s, s + w.len())).then_some(w)
            })
            .or_else(|| {
                let a = after?;
                let len = a.find(|c: char| !c.is_ascii_uppercase()).unwrap_or(a.len());
                let s = end + " of ".len();
                (acronym(&a[..len]) && alone(s, s + len)).then(|| &a[..len])
            });
        if let Some(w) = word {
            // (Nor a region's code, "NSW", "PEI", nor a title, "CEO".)
            let known = gazetteer.find_name(w).next().is_some()
                || crate::entity::places::postal::region_named(w).is_some()
                || crate::entity::people::is_title_word(w);
            if !known && !found.contains(&w) && found.len() < MOST {
                found.push(w);
            }
        }
    }
    if found.is_empty() {
        return;
    }
    let covered = Covered::new(
        place_spans(&places.locations, &places.organizations)
            .chain(names.iter().map(|&(s, e, _)| (s, e)))
            .collect(),
    );
    let mut added = false;
    for w in found {
        let spans: Vec<(usize, usize)> = text[window.clone()]
            .match_indices(w)
            .map(|(i, _)| (window.start + i, window.start + i + w.len()))
            .filter(|&(s, e)| alone(s, e))
            .collect();
        // (None when a place, an organization or a name has the word
        // somewhere already.)
        if spans.iter().any(|&(s, e)| covered.overlaps(s, e)) {
            continue;
        }
        let mentions = spans
            .into_iter()
            .map(|(s, e)| crate::Mention::new(text, crate::Span::new(s, e)))
            .collect();
        places.organizations.push(crate::Organization {
            name: w.to_string(),
            id: String::new(),
            mentions,
        });
        added = true;
    }
    if added {
        crate::entity::places::sort_by_first_mention(&mut places.organizations);
    }
}

/// A US state's postal code in brackets right after a person's name is the
/// state: "Rep. Ann Roy (OH)", "Rep. Ann Roy (OH-4)" with a district (a
/// party's label, "(R-OH)", is read with the places). Only after a name
/// written in lower case too, and only where no place has the code.
/// `names` are the people's mentions `(start, end, person)` in text order.
fn states_beside_people(
    text: &str,
    gazetteer: &crate::Gazetteer,
    locations: &mut Vec<crate::Location>,
    organizations: &[crate::Organization],
    names: &[(usize, usize, usize)],
    people: &[crate::Person],
) {
    // (Built at the first code found.)
    let mut covered: Option<Covered> = None;
    for &(start, end, person) in names {
        let Some(rest) = text.get(end..).and_then(|t| t.strip_prefix(" (")) else {
            continue;
        };
        let Some(code) = rest.get(..2) else {
            continue;
        };
        // (")" at once, or a dash, a district's number and ")".)
        let (closed, district) = match rest[2..].strip_prefix('-') {
            None => (rest[2..].starts_with(')'), false),
            Some(t) => {
                let number = t.trim_start_matches(|c: char| c.is_ascii_digit());
                (number.len() < t.len() && number.starts_with(')'), true)
            }
        };
        if !closed || !text[start..end].chars().any(char::is_lowercase) {
            continue;
        }
        // (A lawmaker's: with a district, or after a legislative title; not
        // a player's position, "(DE)", nor a degree, "(MD)".)
        let lawmaker = district
            || people.get(person).is_some_and(|p| {
                p.titles
                    .iter()
                    .any(|t| crate::quote::resolve::lawmakers_title(t))
            });
        if !lawmaker {
            continue;
        }
        let Some(id) = places::postal::us_state_code(code)
            .and_then(|name| places::postal::us_state(gazetteer, name))
        else {
            continue;
        };
        let s = end + " (".len();
        let span = crate::Span::new(s, s + 2);
        let taken = covered
            .get_or_insert_with(|| Covered::new(place_spans(locations, organizations).collect()))
            .overlaps(s, s + 2);
        if !taken {
            places::add_place_mention(gazetteer, text, locations, id, span);
        }
    }
}

/// A place mentioned inside a person's name is the name's ("Ilse M.
/// Lindau" holds a town Lindau): that mention goes, and so does a town of
/// under 100,000 people whose other mentions read the same next to a
/// verb of speech (the later "said Lindau" is the person's too).
///
/// A town's mention that is all of a titled person's mention is the
/// person's too ("Presidents Eisenhower and Kennedy").
///
/// `names` are the people's mentions, `(start, end, person)` in text order
/// (listed by `people::extract`), `people` the people they index.
fn places_in_names(
    text: &str,
    locations: &mut Vec<crate::Location>,
    names: &[(usize, usize, usize)],
    people: &[crate::Person],
) {
    if locations.is_empty() {
        return;
    }
    // (A person's mentions do not overlap: the one starting last at or
    // before a span alone may hold it.)
    let holder = |s: crate::Span| {
        let i = names.partition_point(|&(start, _, _)| start <= s.start());
        i.checked_sub(1)
            .map(|i| names[i])
            .filter(|&(_, end, _)| s.end() <= end)
    };
    let inside = |s: crate::Span| {
        holder(s).is_some_and(|(start, end, _)| (start, end) != (s.start(), s.end()))
    };
    let titled = |s: crate::Span| {
        holder(s).is_some_and(|(start, end, p)| {
            (start, end) == (s.start(), s.end())
                && people.get(p).is_some_and(|p| !p.titles.is_empty())
        })
    };
    locations.retain_mut(|l| {
        if l.kind == crate::LocationKind::City {
            l.mentions.retain(|m| !titled(m.span));
            if l.mentions.is_empty() {
                return false;
            }
        }
        let Some(hit) = l.mentions.iter().find(|m| inside(m.span)) else {
            return true;
        };
        let small_town = l.kind == crate::LocationKind::City && l.population < 100_000;
        // ("said Lindau", "Lindau said": a speaker's word beside it.)
        let speech = crate::entity::places::words::is_speaker_verb;
        let spoken = |m: &crate::Mention| {
            let before = text.get(..m.span.start()).unwrap_or("").trim_end();
            let after = text.get(m.span.end()..).unwrap_or("").trim_start();
            let last = before
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            let next = after
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            // (Not after a preposition: "Police in Lindau said" is the
            // town.)
            let preposition = matches!(
                last,
                "in" | "at" | "of" | "from" | "near" | "to" | "for" | "on" | "by" | "with"
            );
            speech(last) || (speech(next) && !preposition)
        };
        let same_person = |m: &crate::Mention| inside(m.span) || (m.text == hit.text && spoken(m));
        if small_town && l.mentions.iter().all(same_person) {
            return false;
        }
        l.mentions.retain(|m| !inside(m.span));
        !l.mentions.is_empty()
    });
}

thread_local! {
    /// The people's mentions that [`places_in_names`] and the quotations
    /// read, reused from text to text ([`window::take_buffer`]).
    static MENTIONS: std::cell::Cell<Vec<(usize, usize, usize)>> =
        const { std::cell::Cell::new(Vec::new()) };
}

/// Resolves the dateline to the first place mentioned inside it (the city
/// of `SAN JOSE, Calif.`).
fn resolve_dateline(dl: &mut crate::Dateline, locations: &[crate::Location]) {
    let first = locations
        .iter()
        .filter_map(|loc| {
            let m = loc.mentions.iter().find(|m| dl.span.contains(m.span))?;
            Some((m.span.start(), loc))
        })
        .min_by_key(|(start, _)| *start);
    if let Some((_, loc)) = first {
        dl.location = Some(loc.name.clone());
        dl.country_code = loc.country_code.clone();
    }
}

/// The extractor's gazetteer: the shared embedded one, or the user's.
#[derive(Clone, Debug)]
enum GazetteerRef {
    Embedded(&'static Gazetteer),
    Owned(Arc<Gazetteer>),
}

impl core::ops::Deref for GazetteerRef {
    type Target = Gazetteer;
    fn deref(&self) -> &Gazetteer {
        match self {
            GazetteerRef::Embedded(g) => g,
            GazetteerRef::Owned(g) => g,
        }
    }
}
