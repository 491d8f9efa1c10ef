//! How an article writes each word: capitalised mid-sentence or in lower case (is "Critics" a
//! name or a sentence opener?), and how often after "the" or "this" (a thing the article
//! reports: "the ban", "the war").
//!
//! In: the body's [`BodyTokens`]. Out: a count per folded word, and from those counts the
//! opinion lexicon's words the article names its subject by.

use rustc_hash::FxHashMap as HashMap;

use super::body::{BodyTokens, Sentence, SentenceBuffer};
use super::lexicon::is_function_word;
use super::tokens::Token;

#[derive(Default, Clone, Copy)]
pub(super) struct WordCase {
    pub capitalised_mid: u32,
    pub lower: u32,
    /// Times it stands right after "the" or "this": a thing the article talks about.
    pub definite: u32,
    /// Times it ends a definite noun phrase: after "the", "this", "these" or "those" (one
    /// lower-case modifier allowed between) and before punctuation, a function word or the
    /// sentence's end ("the permits are", "the congestion charge,"), as a noun does and an
    /// adjective ("the same rules") does not. See `subject_nouns`.
    pub head: u32,
}

/// A valued word must stand this often after "the" or "this" to be a thing the article reports.
const MIN_DEFINITE: u32 = 2;

/// The opinion lexicon's words that the article uses as the name of a thing it reports ("the
/// ban", "the war", "the shooting"), sorted: where two articles both report it, the word names
/// their subject and says nothing of how either judges it.
/// Singular and plural count together ("the bonus pool", "the bonuses": a form and the form with
/// "s" or "es" added), and every form the article writes is kept, so that one article's
/// "bonuses" meets the other's "bonus".
pub(super) fn subject_words(case: &HashMap<String, WordCase>) -> Vec<String> {
    let definite = |w: &str| case.get(w).map_or(0, |c| c.definite);
    let with_other_number = |w: &str| {
        let plural = definite(&format!("{w}s")) + definite(&format!("{w}es"));
        let singular =
            [w.strip_suffix("es"), w.strip_suffix('s')].into_iter().flatten().map(definite).sum::<u32>();
        definite(w) + plural + singular
    };
    let mut words: Vec<String> = case
        .iter()
        .filter(|(w, c)| c.lower > 0 && crate::lexicon::valence_of(w) != 0.0)
        .filter(|(w, _)| with_other_number(w) >= MIN_DEFINITE)
        .map(|(w, _)| w.clone())
        .collect();
    words.sort_unstable();
    words
}

/// How often each word is capitalised in mid-sentence and written in lower case: a capital at
/// the start of a sentence only counts as a name when the word is capitalised elsewhere too.
pub(super) fn word_case(body: &BodyTokens, buffer: &mut SentenceBuffer) -> HashMap<String, WordCase> {
    let mut case: HashMap<String, WordCase> = HashMap::default();
    for i in 0..body.len() {
        let Sentence { text, folded, tokens, .. } = body.sentence(i, buffer);
        let mut after_determiner = false;
        // Whether the phrase "the …" is open before this token: right after the determiner, or
        // after it and one lower-case modifier (see `WordCase::head`).
        let (mut opened_one, mut opened_two) = (false, false);
        for (k, t) in tokens.iter().enumerate() {
            // Compared as bytes: a string comparison called memcmp for every token.
            let bytes = &folded.as_bytes()[t.base.clone()];
            let determiner = matches!(bytes, [b't', b'h', b'e'] | [b't', b'h', b'i', b's']);
            let follows = std::mem::replace(&mut after_determiner, determiner);
            // The first letter's case, from its byte when it is ASCII (most are), without
            // slicing the text and decoding a character for every token.
            let lower_first = match text.as_bytes().get(t.base.start) {
                Some(b) if b.is_ascii() && !t.base.is_empty() => b.is_ascii_lowercase(),
                _ => text[t.base.clone()].chars().next().is_some_and(char::is_lowercase),
            };
            let open = opened_one || opened_two;
            opened_two =
                opened_one && lower_first && !t.break_after && !is_function_word(&folded[t.base.clone()]);
            opened_one = !t.break_after
                && (determiner
                    || matches!(bytes, [b't', b'h', b'e', b's', b'e'] | [b't', b'h', b'o', b's', b'e']));
            let counts_mid = t.capitalised && !t.initial && !t.acronym;
            if !(lower_first || counts_mid) {
                continue;
            }
            let word = &folded[t.base.clone()];
            let entry = match case.get_mut(word) {
                Some(e) => e,
                None => case.entry(word.to_string()).or_default(),
            };
            if lower_first {
                entry.lower += 1;
                entry.definite += u32::from(follows);
                entry.head += u32::from(open && closes_phrase(folded, tokens, k));
            } else {
                entry.capitalised_mid += 1;
            }
        }
    }
    case
}

/// Whether an open definite phrase ends at `tokens[i]`: punctuation, a function word or the
/// sentence's end follows it (see [`WordCase::head`]).
fn closes_phrase(folded: &str, tokens: &[Token], i: usize) -> bool {
    tokens[i].break_after || tokens.get(i + 1).is_none_or(|next| is_function_word(&folded[next.base.clone()]))
}
