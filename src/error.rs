//! Errors: one public [`Error`] type carrying a non-exhaustive [`ErrorKind`].

/// An error from dateline.
///
/// Errors only arise from input that users supply: bytes that are not UTF-8
/// (see [`extract_bytes`](crate::extract_bytes)), gazetteer files and entries,
/// and dates that do not exist or cannot be read. Extracting from any `&str`
/// never fails.
///
/// Use [`Error::kind`] to find out what went wrong.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{kind}")]
pub struct Error {
    kind: ErrorKind,
}

/// What went wrong, with the place where it went wrong.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input bytes are not valid UTF-8.
    #[error("invalid UTF-8 at byte offset {offset}")]
    InvalidUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// A gazetteer source (a TSV file or an entry added in code) is malformed.
    #[error("{source_name}:{line}:{column}: {message}")]
    Gazetteer {
        /// The name of the source: a file path, or the name given to
        /// [`GazetteerBuilder::add_tsv`](crate::GazetteerBuilder::add_tsv).
        source_name: String,
        /// 1-based line number (0 for entries added in code).
        line: usize,
        /// 1-based column (in characters) where the problem starts, or 1 when
        /// the whole line is at fault.
        column: usize,
        /// What was wrong, lower case, no trailing period.
        message: String,
    },
    /// A calendar date that does not exist (such as `2023-02-30`).
    #[error("invalid date {year:04}-{month:02}-{day:02}")]
    InvalidDate {
        /// The year as given.
        year: i32,
        /// The month as given.
        month: u32,
        /// The day as given.
        day: u32,
    },
    /// A string that is not a date in any form dateline reads (see
    /// [`Date`](crate::Date)'s `FromStr`).
    #[error("not a date: {text:?}")]
    UnrecognizedDate {
        /// The string as given (at most 64 characters of it).
        text: String,
    },
    /// Reading a file failed.
    #[error("{path}: {message}")]
    Io {
        /// The file that could not be read.
        path: String,
        /// The operating system's message, lower case.
        message: String,
    },
}

impl Error {
    /// Returns what went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    pub(crate) fn new(kind: ErrorKind) -> Error {
        Error { kind }
    }

    #[allow(dead_code)] // used by the gazetteer loader
    pub(crate) fn gazetteer(
        source_name: &str,
        line: usize,
        column: usize,
        message: impl Into<String>,
    ) -> Error {
        Error::new(ErrorKind::Gazetteer {
            source_name: source_name.to_string(),
            line,
            column,
            message: message.into(),
        })
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Error {
        Error::new(kind)
    }
}
