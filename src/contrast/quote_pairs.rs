//! Quote pairs: two renderings of one statement in two articles.
//!
//! In: both sides' quotes with their speakers and the similarity index. Out: quote candidates,
//! paired when the same speaker is quoted in sentences about the same thing, or when the
//! wordings overlap a lot; and the evidence of a kept one (the two quotation spans).

use crate::article::SentenceId;
use crate::contrast::evidence::{CueKind, Evidence, SideEvidence, Voice};
use crate::contrast::found::{Candidate, ContrastKind, Detail, Shortlist, Source};
use crate::contrast::input::Pair;
use crate::contrast::postings::WordIndex;
use crate::contrast::quotes::Quote;
use crate::diff::word_overlap;
use crate::words::content_words;

const SAME_SPEAKER_QUOTE_OVERLAP: f32 = 0.3;
/// Similarity of the surrounding sentences that makes two quotes of one speaker, sharing a
/// content word, one statement. Khamenei's "intelligent, wise or honorable" and "not wise, not
/// prudent, and not dignified" share one word in seven, in sentences of similarity 0.14 (both
/// on talks with the US); at 0.25 they were missed. Requiring a shared content word rather
/// than any shared word keeps "I hope he can" and "I want to see the birth certificate" (one
/// speaker, one story) apart: on BASIL dev the looser test without it added 20 such pairs.
const SAME_STATEMENT_CONTEXT: f32 = 0.12;
/// Only short quotes (a phrase, as translations render one) pair on so little shared wording:
/// two long quotes of one speaker sharing a word are two statements ("The savings his ad
/// attacks…" and "Mitt Romney's Medicare ad is dishonest…").
const SHORT_QUOTE_WORDS: usize = 12;
const ANY_SPEAKER_QUOTE_OVERLAP: f32 = 0.5;
/// Similarity of the surrounding sentences at which one speaker's short quotes are one
/// statement with no word in common: the same occasion told in the same words around two
/// renderings of a verdict ("After the Rome round, Foreign Minister Abbas Araghchi said the
/// talks had taken place “in a constructive atmosphere”" and "… said the meeting had been “not
/// bad”"). Only each sentence's first quotation (what follows it is what else was said), and
/// only a verdict of a few words: two longer quotes of one speaker in like sentences are two
/// statements (an AARP director's to Fox News and to CNN, BASIL dev).
const SAME_OCCASION_CONTEXT: f32 = 0.3;
const VERDICT_QUOTE_WORDS: usize = 6;

fn surname(speaker: &Option<String>) -> Option<String> {
    speaker.as_ref().and_then(|s| s.split_whitespace().last()).map(|s| s.to_lowercase())
}

/// Whether two quotes share a content word (not "I", "the", "is", nor a contraction such as
/// "I'm", nor a stub of three letters).
fn shares_content_word(a: &str, b: &str) -> bool {
    let telling = |w: &String| w.chars().count() >= 4 && !w.contains(['\'', '’']);
    let words: Vec<String> = content_words(b).into_iter().filter(telling).collect();
    content_words(a).iter().filter(|w| telling(w)).any(|w| words.contains(w))
}

fn normalise_quote(q: &str) -> String {
    q.chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .collect::<String>()
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A quote prepared for pairing: normalised once, with its index keys.
struct PreparedQuote<'a> {
    quote: &'a Quote,
    normalised: String,
    surname: Option<String>,
}

impl<'a> PreparedQuote<'a> {
    fn new(quote: &'a Quote) -> Self {
        PreparedQuote { quote, normalised: normalise_quote(&quote.text), surname: surname(&quote.speaker) }
    }

    /// Quotes are paired only with quotes sharing a content word or a speaker's surname
    /// (function words would pair nearly every quote with every other).
    fn keys(&self) -> Vec<String> {
        let mut keys = content_words(&self.quote.text);
        keys.extend(self.surname.as_ref().map(|s| format!("\u{1f}speaker {s}")));
        keys
    }
}

/// Quote candidates; `target_of` names the target two sentences share, if any.
pub fn quote_candidates(
    pair: &Pair,
    target_of: &dyn Fn(SentenceId, SentenceId) -> Option<crate::targets::table::TargetId>,
    out: &mut Shortlist,
) {
    let left: Vec<PreparedQuote> = pair.left.quotes.iter().map(PreparedQuote::new).collect();
    let right: Vec<PreparedQuote> = pair.right.quotes.iter().map(PreparedQuote::new).collect();
    // Quotes come in sentence order, each sentence's in text order.
    let first_in_sentence =
        |quotes: &[PreparedQuote], i: usize| i == 0 || quotes[i - 1].quote.at != quotes[i].quote.at;
    let right_index = WordIndex::new(right.iter().map(PreparedQuote::keys));
    for (ai, a) in left.iter().enumerate() {
        for bi in right_index.candidates(a.keys().into_iter()) {
            let b = &right[bi];
            let (na, nb) = (&a.normalised, &b.normalised);
            if na.is_empty() || nb.is_empty() || na.contains(nb.as_str()) || nb.contains(na.as_str()) {
                continue;
            }
            let same_speaker = a.surname.is_some() && a.surname == b.surname;
            let overlap = word_overlap(&a.quote.text, &b.quote.text);
            let needed = if same_speaker { SAME_SPEAKER_QUOTE_OVERLAP } else { ANY_SPEAKER_QUOTE_OVERLAP };
            // The same speaker, in sentences about the same thing, quoted with at least one
            // word in common: a different translation of one statement, not two statements.
            let short = |q: &Quote| q.text.split_whitespace().count() <= SHORT_QUOTE_WORDS;
            let context = || pair.index.sentence_similarity(a.quote.at, b.quote.at);
            let same_statement = same_speaker && short(a.quote) && short(b.quote) && {
                if shares_content_word(&a.quote.text, &b.quote.text) {
                    context() >= SAME_STATEMENT_CONTEXT
                } else {
                    let verdict = |q: &Quote| q.text.split_whitespace().count() <= VERDICT_QUOTE_WORDS;
                    verdict(a.quote)
                        && verdict(b.quote)
                        && first_in_sentence(&left, ai)
                        && first_in_sentence(&right, bi)
                        && context() >= SAME_OCCASION_CONTEXT
                }
            };
            if overlap < needed && !same_statement {
                continue;
            }
            out.push(Candidate {
                target: target_of(a.quote.at, b.quote.at),
                kind: ContrastKind::Quote,
                score: 1.0 + overlap + if same_speaker { 0.5 } else { 0.0 },
                left: a.quote.at,
                right: b.quote.at,
                source: Source::Quotes(ai, bi),
            });
        }
    }
}

/// The evidence and detail of a kept quote contrast between quotes `a` (left) and `b` (right).
pub fn quote_evidence(pair: &Pair, a: usize, b: usize) -> (Evidence, Detail) {
    let (qa, qb) = (&pair.left.quotes[a], &pair.right.quotes[b]);
    let same_speaker = surname(&qa.speaker).is_some() && surname(&qa.speaker) == surname(&qb.speaker);
    let speaker = match (&qa.speaker, &qb.speaker) {
        (Some(x), _) if same_speaker => Some(x.clone()),
        (Some(x), Some(y)) => Some(format!("{x} / {y}")),
        (Some(x), None) | (None, Some(x)) => Some(x.clone()),
        (None, None) => None,
    };
    let side = |q: &Quote| {
        SideEvidence::span(Voice::of_speaker(q.speaker.as_deref()), CueKind::Quote, q.range.clone())
    };
    let detail = Detail::Quotes { speaker, same_speaker, text: [qa.text.clone(), qb.text.clone()] };
    ([side(qa), side(qb)], detail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_pair_by_surname_and_compare_by_normalised_words() {
        assert_eq!(surname(&Some("Supreme Leader Ali Khamenei".into())).as_deref(), Some("khamenei"));
        assert_eq!(surname(&Some("Khamenei".into())), surname(&Some("Ali Khamenei".into())));
        assert_eq!(normalise_quote("Not wise, not  prudent!"), "not wise not prudent");
        assert!(shares_content_word("intelligent, wise or honorable", "not wise, not prudent"));
        assert!(!shares_content_word("I hope he can", "I want to see the birth certificate"));
        assert!(!shares_content_word("I'm only interested in the oil", "I'm not convinced"));
        let q = Quote {
            at: SentenceId { passage: 0, sentence: 0 },
            text: "not wise, not prudent".into(),
            range: 0..21,
            speaker: Some("Ali Khamenei".into()),
        };
        let keys = PreparedQuote::new(&q).keys();
        assert!(keys.contains(&"wise".to_string()) && keys.iter().any(|k| k.ends_with("speaker khamenei")));
    }
}
