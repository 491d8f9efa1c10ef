//! Whether a sentence writes another sentence's figure as it was written: the same digits
//! (four or more, so "12" is no match), neither inside a longer number nor as another kind of
//! figure (money, a percentage). A sentence that gives the other side's figure agrees on it,
//! however its own figures were read ("About 2,300 of the authority's 12,800 households" reads
//! "2,300 of 12,800" as a share).
//!
//! In: the two sentences and the other's figure. Out: yes or no. Used by `contrast::numbers`.

use super::Figure;

/// Whether `sentence` writes the digits of figure `f` (of `its_sentence`) as a word of its own,
/// four digits or more: "About 2,300 of the authority's 12,800 households owe back rent" gives
/// the other side's "2,300 households", though it reads "2,300 of 12,800" as a share.
pub(crate) fn writes_digits_of(sentence: &str, its_sentence: &str, f: &Figure) -> bool {
    let Some(written) = its_sentence.get(f.range.clone()) else { return false };
    let digits = written
        .split(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .map(|w| w.trim_matches([',', '.']))
        .find(|w| w.chars().filter(char::is_ascii_digit).count() >= 4);
    // Written the same way: "$2,300 each" is no "2,300 households", "2,300%" no "2,300".
    let kind = |text: &str, at: usize, len: usize| {
        let currency = text[..at].trim_end().ends_with(['$', '£', '€']);
        let rest = text[at + len..].trim_start();
        (currency, rest.starts_with('%') || rest.starts_with("percent") || rest.starts_with("per cent"))
    };
    let written_kind =
        digits.and_then(|d| written.find(d).map(|o| kind(its_sentence, f.range.start + o, d.len())));
    digits.is_some_and(|d| {
        sentence.match_indices(d).filter(|&(at, _)| Some(kind(sentence, at, d.len())) == written_kind).any(
            |(at, _)| {
                let joins = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit() || c == ',' || c == '.');
                let rest = &sentence[at + d.len()..];
                // "2,300" inside "12,300" or "2,300,000" is another number; "2,300." ends a sentence.
                let longer = joins(sentence[..at].chars().next_back())
                    || joins(rest.chars().next()) && rest[1..].starts_with(|c: char| c.is_ascii_digit());
                !longer
            },
        )
    })
}
