//! Quote pairs: two renderings of one statement in two articles.
//!
//! In: both sides' quotes with their speakers, and the similarity index. Out: quote
//! candidates, paired when the wordings overlap a lot, or when the same speaker is quoted in
//! sentences about the same thing with wording that says it is one statement (a short
//! translation sharing a rare word, a part of a longer quotation, an echo of its telling
//! words); and the evidence of a kept one (the two spans).

use std::cell::OnceCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::article::SentenceId;
use crate::contrast::evidence::{CueKind, Evidence, SideEvidence, Voice};
use crate::contrast::found::{Candidate, ContrastKind, Detail, Shortlist, Source};
use crate::contrast::input::Pair;
use crate::contrast::postings::WordIndex;
use crate::contrast::quote_change::{change_of, Change, Rendering};
use crate::contrast::quote_echo::{echoes, shares_phrase, QuoteWords};
use crate::contrast::quotes::Quote;
use crate::diff::{overlap_of, OverlapWords};
use crate::words::{content_words, weighty_words};

/// Shared words (function words included) at which one speaker's two quotations may be one
/// statement, if their telling words echo in the same context: shared function words alone
/// paired "It seems to me first of all … that's really rare" with "It still seems to me that
/// there has to be room …" (BASIL dev, seven such pairs, all two statements).
const SAME_SPEAKER_QUOTE_OVERLAP: f32 = 0.3;
/// Similarity of the surrounding sentences that makes two quotes of one speaker, sharing a
/// content word, one statement. Khamenei's "intelligent, wise or honorable" and "not wise, not
/// prudent, and not dignified" share one word in seven, in sentences of similarity 0.14 (both
/// on talks with the US); at 0.25 they were missed. Requiring a shared content word rather
/// than any shared word keeps "I hope he can" and "I want to see the birth certificate" (one
/// speaker, one story) apart: on BASIL dev the looser test without it added 20 such pairs.
const SAME_STATEMENT_CONTEXT: f32 = 0.12;
/// Sentences of the two articles a word may stand in and still be the wording two short
/// quotations share rather than their subject: the two quoting sentences and a couple more.
/// Two quotes of one speaker sharing only "decisions", "people" or "party", words the articles
/// use in six to eleven sentences, were two statements on BASIL dev ("they do not make their
/// decisions in a vacuum" and "The decisions are informed by the values the company
/// provides"); the words two translations share stand in two or three ("wise", "sake").
const SUBJECT_WORD_SENTENCES: usize = 4;
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

/// The score factor of a statement quoted in other words that change no negation, figure,
/// degree or judgement: below a rendering that changes the claim, and below a clear stance
/// contrast on a central target (about 0.5 to 1.2).
const WORDING_ONLY: f32 = 0.35;

pub(crate) fn surname(speaker: &Option<String>) -> Option<String> {
    speaker.as_ref().and_then(|s| s.split_whitespace().last()).map(|s| s.to_lowercase())
}

/// Whether two quotes share a content word (not "I", "the", "is", nor a contraction such as
/// "I'm", nor a stub of three letters) that `rare` accepts.
fn shares_content_word(a: &str, b: &str, rare: impl Fn(&str) -> bool) -> bool {
    let telling = |w: &String| w.chars().count() >= 4 && !w.contains(['\'', '’']);
    let words: Vec<String> = content_words(b).into_iter().filter(telling).collect();
    content_words(a).iter().filter(|w| telling(w)).any(|w| words.contains(w) && rare(w))
}

/// Which of two renderings of one statement quotes only a part of the other word for word
/// (`Some(true)` the left one, `Some(false)` the right one), if either does.
pub(crate) fn part_quoted_on_left(left: &str, right: &str) -> Option<bool> {
    let (l, r) = (normalise_quote(left), normalise_quote(right));
    if l.is_empty() || r.is_empty() || l == r {
        return None;
    }
    if contains_words(&r, &l) {
        Some(true)
    } else {
        contains_words(&l, &r).then_some(false)
    }
}

/// Whether normalised `inner` stands in normalised `outer` as whole words.
fn contains_words(outer: &str, inner: &str) -> bool {
    // Read in place (no padded copies: it runs for every candidate pair).
    !inner.is_empty()
        && outer.match_indices(inner).any(|(at, _)| {
            let end = at + inner.len();
            (at == 0 || outer.as_bytes()[at - 1] == b' ')
                && (end == outer.len() || outer.as_bytes()[end] == b' ')
        })
}

/// Whether two normalised quotes are the same words but for a plural `s` ("the radical
/// environmentalist" and "environmentalists"): nothing to show.
fn same_words(a: &str, b: &str) -> bool {
    // The same text outright is the common case (one statement quoted in both articles), and
    // texts whose lengths differ by more than a letter a word cannot be.
    if a == b {
        return true;
    }
    if a.len().abs_diff(b.len()) > a.len().min(b.len()) / 2 + 1 {
        return false;
    }
    // Word by word in step, so that most pairs part at their first word.
    let (mut xs, mut ys) = (a.split(' '), b.split(' '));
    loop {
        match (xs.next(), ys.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x.strip_suffix('s').unwrap_or(x) == y.strip_suffix('s').unwrap_or(y) => {}
            _ => return false,
        }
    }
}

/// Whether two quotations differ only in function words: one statement quoted alike, as good
/// as the same words (see [`weighty_words`]).
fn alike_but_function_words(memo: &TextMemo, a: &PreparedQuote, b: &PreparedQuote) -> bool {
    // Only quotations of about one length can be: most candidate pairs part here.
    let (la, lb) = (a.normalised.len(), b.normalised.len());
    la.abs_diff(lb) * 3 <= la.max(lb) && memo.weighty(a) == memo.weighty(b)
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

/// A quote prepared for pairing: normalised once, with its index keys and all the quotation
/// of its sentence (normalised, joined).
struct PreparedQuote<'a> {
    quote: &'a Quote,
    normalised: String,
    surname: Option<String>,
    /// Shared by the quotes of one sentence: a sentence may hold thousands.
    sentence_quotes: Rc<str>,
    /// At most [`SHORT_QUOTE_WORDS`] words (counted once: pairs ask it many times).
    short: bool,
    /// Its text's number among the distinct quotation texts of the pair (see [`TextMemo`]).
    text_id: usize,
}

/// What pairs read of a quotation's words, once per distinct text and only when a pair needs
/// it: a statement quoted many times is read once, and memory grows with the distinct texts.
struct TextMemo {
    overlap: Vec<OnceCell<OverlapWords>>,
    echo: Vec<OnceCell<QuoteWords>>,
    /// See [`weighty_words`]: asked of every pair of quotations of about one length.
    weighty: Vec<OnceCell<Vec<String>>>,
    rendering: Vec<OnceCell<Rendering>>,
}

impl TextMemo {
    /// Numbers the texts of both sides' quotes, each distinct text once.
    fn number<'a>(left: &mut [PreparedQuote<'a>], right: &mut [PreparedQuote<'a>]) -> TextMemo {
        let mut ids: HashMap<&'a str, usize> = HashMap::new();
        for q in left.iter_mut().chain(right.iter_mut()) {
            let next = ids.len();
            q.text_id = *ids.entry(q.quote.text.as_str()).or_insert(next);
        }
        let cells = ids.len();
        TextMemo {
            overlap: (0..cells).map(|_| OnceCell::new()).collect(),
            echo: (0..cells).map(|_| OnceCell::new()).collect(),
            weighty: (0..cells).map(|_| OnceCell::new()).collect(),
            rendering: (0..cells).map(|_| OnceCell::new()).collect(),
        }
    }

    fn rendering(&self, q: &PreparedQuote) -> &Rendering {
        self.rendering[q.text_id].get_or_init(|| Rendering::new(&q.quote.text))
    }

    fn weighty(&self, q: &PreparedQuote) -> &[String] {
        self.weighty[q.text_id].get_or_init(|| weighty_words(&q.quote.text))
    }

    fn overlap(&self, q: &PreparedQuote) -> &OverlapWords {
        self.overlap[q.text_id].get_or_init(|| OverlapWords::new(&q.quote.text))
    }

    fn echo(&self, q: &PreparedQuote) -> &QuoteWords {
        self.echo[q.text_id].get_or_init(|| QuoteWords::new(&q.quote.text))
    }
}

impl<'a> PreparedQuote<'a> {
    /// The quotes prepared, in order; quotes come in sentence order, each sentence's in text
    /// order.
    fn all(quotes: &'a [Quote]) -> Vec<PreparedQuote<'a>> {
        let mut out: Vec<PreparedQuote> = quotes
            .iter()
            .map(|quote| PreparedQuote {
                quote,
                normalised: normalise_quote(&quote.text),
                surname: surname(&quote.speaker),
                sentence_quotes: Rc::from(""),
                short: quote.text.split_whitespace().count() <= SHORT_QUOTE_WORDS,
                text_id: 0,
            })
            .collect();
        for group in out.chunk_by_mut(|x, y| x.quote.at == y.quote.at) {
            let joined: Rc<str> =
                group.iter().map(|q| q.normalised.as_str()).collect::<Vec<_>>().join(" ").into();
            group.iter_mut().for_each(|q| q.sentence_quotes = Rc::clone(&joined));
        }
        out
    }

    /// Quotes are paired only with quotes sharing a content word or a speaker's surname
    /// (function words would pair nearly every quote with every other).
    fn keys(&self) -> Vec<String> {
        let mut keys = content_words(&self.quote.text);
        keys.extend(self.surname.as_ref().map(|s| format!("\u{1f}speaker {s}")));
        keys
    }

    fn is_short(&self) -> bool {
        self.short
    }
}

/// Quote candidates; `target_of` names the target two sentences share, if any.
pub fn quote_candidates(
    pair: &Pair,
    target_of: &dyn Fn(SentenceId, SentenceId) -> Option<crate::targets::table::TargetId>,
    out: &mut Shortlist,
) -> Vec<String> {
    let mut paired: Vec<String> = Vec::new();
    let mut left = PreparedQuote::all(pair.left.quotes);
    let mut right = PreparedQuote::all(pair.right.quotes);
    let memo = TextMemo::number(&mut left, &mut right);
    let right_index = WordIndex::new(right.iter().map(PreparedQuote::keys));
    for (ai, a) in left.iter().enumerate() {
        for bi in right_index.candidates(a.keys().into_iter()) {
            let Some(score) = same_statement_score(pair, &memo, (&left, ai), (&right, bi)) else { continue };
            paired.extend(a.surname.iter().chain(&right[bi].surname).cloned());
            out.push(Candidate {
                target: target_of(a.quote.at, right[bi].quote.at),
                kind: ContrastKind::Quote,
                score,
                left: a.quote.at,
                right: right[bi].quote.at,
                source: Source::Quotes(ai, bi),
            });
        }
    }
    paired.sort_unstable();
    paired.dedup();
    paired
}

/// The score of quotes `left.1` and `right.1` as two renderings of one statement, if they are.
fn same_statement_score(
    pair: &Pair,
    memo: &TextMemo,
    left: (&[PreparedQuote], usize),
    right: (&[PreparedQuote], usize),
) -> Option<f32> {
    let (a, b) = (&left.0[left.1], &right.0[right.1]);
    let (na, nb) = (&a.normalised, &b.normalised);
    if na.is_empty() || nb.is_empty() || same_words(na, nb) || alike_but_function_words(memo, a, b) {
        return None;
    }
    let same_speaker = a.surname.is_some() && a.surname == b.surname;
    let context = || pair.index.sentence_similarity(a.quote.at, b.quote.at);
    let overlap = overlap_of(memo.overlap(a), memo.overlap(b));
    let (shorter, longer) = if na.len() <= nb.len() { (a, b) } else { (b, a) };
    // Containment is read only where it can decide: most candidate pairs are neither one
    // speaker's excerpt nor accepted below.
    let contained = || contains_words(&longer.normalised, &shorter.normalised);
    if same_speaker && shorter.is_short() && contained() {
        // An excerpt of the other quotation: a part of one speaker's statement quoted for
        // itself ("constructive" of "positive and constructive"), in its context. Not when the
        // shorter one's sentence quotes all the longer one's words around its attribution
        // ("“Is it true,” Roberts asked, “that …”"), and below rewordings (nothing was changed).
        let split = contains_words(&shorter.sentence_quotes, &longer.normalised);
        let excerpt = !split && context() >= SAME_STATEMENT_CONTEXT;
        return excerpt.then(|| (1.0 + overlap) * change_weight(memo, a, b)).filter(|&s| s > 0.0);
    }
    // The same speaker, in sentences about the same thing, quoted with at least one
    // word in common: a different translation of one statement, not two statements.
    let first_in_sentence =
        |(quotes, i): (&[PreparedQuote], usize)| i == 0 || quotes[i - 1].quote.at != quotes[i].quote.at;
    let both_short = a.is_short() && b.is_short();
    let same_statement = same_speaker
        && (both_short && {
            let rare = |w: &str| pair.index.sentence_frequency(w) <= SUBJECT_WORD_SENTENCES;
            if shares_content_word(&a.quote.text, &b.quote.text, rare) {
                context() >= SAME_STATEMENT_CONTEXT
            } else {
                let verdict = |q: &Quote| q.text.split_whitespace().count() <= VERDICT_QUOTE_WORDS;
                verdict(a.quote)
                    && verdict(b.quote)
                    && first_in_sentence(left)
                    && first_in_sentence(right)
                    && context() >= SAME_OCCASION_CONTEXT
            }
        } || (shorter.is_short() || overlap >= SAME_SPEAKER_QUOTE_OVERLAP)
            && context() >= SAME_STATEMENT_CONTEXT
            // Read here, not kept per quote: few pairs get this far.
            && (echoes(memo.echo(shorter), memo.echo(longer))
                || shares_phrase(memo.echo(shorter), memo.echo(longer))));
    // A quotation contained in the other that is no excerpt of one speaker's is not listed.
    ((overlap >= ANY_SPEAKER_QUOTE_OVERLAP || same_statement) && !contained())
        .then(|| (1.0 + overlap + if same_speaker { 0.5 } else { 0.0 }) * change_weight(memo, a, b))
        .filter(|&s| s > 0.0)
}

/// The score factor of what the second rendering changes (read last: few pairs get here):
/// none for the same words taken down two ways, [`WORDING_ONLY`] for the same statement in
/// other words, in full for a changed claim.
fn change_weight(memo: &TextMemo, a: &PreparedQuote, b: &PreparedQuote) -> f32 {
    match change_of(memo.rendering(a), memo.rendering(b)) {
        Change::Nothing => 0.0,
        Change::Wording => WORDING_ONLY,
        Change::Claim => 1.0,
    }
}

/// The evidence and detail of a kept quote contrast between quotes `a` (left) and `b` (right).
pub fn quote_evidence(pair: &Pair, a: usize, b: usize) -> (Evidence, Detail) {
    let (qa, qb) = (&pair.left.quotes[a], &pair.right.quotes[b]);
    let same_speaker = surname(&qa.speaker).is_some() && surname(&qa.speaker) == surname(&qb.speaker);
    let speaker = match (&qa.speaker, &qb.speaker) {
        (Some(x), _) if same_speaker => Some(x.clone()),
        (Some(x), Some(y)) => Some(format!("{x} / {y}")),
        // A speaker found on one side only: the other side's words are not shown to be theirs
        // (a faculty letter's words beside a priest's were given to the priest).
        (Some(x), None) => Some(format!("{x} (left; no speaker found on the right)")),
        (None, Some(y)) => Some(format!("{y} (right; no speaker found on the left)")),
        (None, None) => None,
    };
    let side = |q: &Quote| {
        SideEvidence::span(Voice::of_speaker(q.speaker.as_deref()), CueKind::Quote, q.range.clone())
    };
    let detail = Detail::Quotes { speaker, same_speaker, text: [qa.text.clone(), qb.text.clone()] };
    ([side(qa), side(qb)], detail)
}

#[cfg(test)]
#[path = "quote_pairs_tests.rs"]
mod tests;
