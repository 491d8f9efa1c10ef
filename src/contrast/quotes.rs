//! Quotes: the words in quotation marks of each sentence, with who said them.
//!
//! In: a sentence (for [`find_quotes`], re-exported from `text::quotes`). Out: quote spans;
//! [`Quote`] is what the analysis keeps of each, for `quote_pairs` to pair across articles.

use std::ops::Range;

use crate::article::SentenceId;

pub use crate::text::quotes::find_quotes;

/// Words in quotation marks, with who said them when the sentence says so.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub at: SentenceId,
    pub text: String,
    /// Where the quoted words stand in the sentence.
    pub range: Range<usize>,
    pub speaker: Option<String>,
}
