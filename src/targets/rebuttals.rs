//! Views the writer sets up to knock down: "To suggest that … is false", "has been branded as
//! …", and a reported view ("critics argue …") that the writer answers ("But …", "This
//! argument …").
//!
//! In: a sentence (folded, with its tokens), or a reported view's sentence and the next one.
//! Out: the words that frame a view to rebut it, or whether the writer answers the view. Used
//! by `speakers`, which marks such voices rebutted.

use std::ops::Range;
use std::sync::OnceLock;

use super::lexicon::is_group_speaker;
use super::tokens::fold_fast as fold;
use super::tokens::Token;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

/// Openings that turn from the view just reported. Alone they mark a contrast, which may be
/// an answer or only another consideration ("Analysts warn … . However, the backlash poses
/// risks …"); followed by a denial or a reference back ("But this argument …") they answer it.
const TURNS: &[&str] = &["but ", "however, ", "however ", "yet ", "still, "];
/// Openings by which the writer denies the view just reported.
#[rustfmt::skip]
const REBUTTAL_OPENERS: &[&str] = &[
    "in fact", "in reality", "actually", "on the contrary",
    "nothing could be", "the reality", "the truth", "such claims", "these claims", "this argument",
    "that argument", "this view", "this reasoning", "this logic", "that logic", "they are wrong",
    "they're wrong", "this is wrong", "this is false", "that is wrong", "that is false",
    "the evidence",
];
/// "This framing…", "Such arguments…": the writer turning to the view just reported.
#[rustfmt::skip]
const ARGUMENT_NOUNS: &[&str] = &[
    "framing", "argument", "arguments", "claim", "claims", "view", "views", "idea", "reasoning",
    "logic", "narrative", "notion", "thinking", "position", "case", "line",
];
/// Words that declare the framed view false ("To suggest that … is false").
#[rustfmt::skip]
const REFUTATIONS: &[&str] = &[
    "false", "wrong", "mistaken", "misguided", "myth", "untrue", "incorrect", "misleading",
    "nonsense", "absurd", "naive", "naïve", "fallacy", "flawed", "baseless", "not true", "not only",
    "unfounded",
];
/// "To suggest that …": a view named only to be denied in the same sentence.
#[rustfmt::skip]
const FRAMING_STARTS: &[&str] = &[
    "to suggest", "to say", "to argue", "to claim", "to think", "to believe", "to assume",
    "to pretend", "to insist", "the idea that", "the notion that", "the claim that",
    "the argument that", "the myth that", "the belief that", "the assumption that",
];
/// "has been branded as …": a label others give, reported as theirs.
const LABEL_VERBS: &[&str] =
    &["branded", "labeled", "labelled", "portrayed", "painted", "caricatured", "derided"];
/// The lengths of [`LABEL_VERBS`], in bytes.
const LABEL_VERB_LENGTHS: std::ops::RangeInclusive<usize> = 6..=11;

/// The framing phrase when the sentence names a view only to deny it ("To suggest that … is
/// false").
pub(super) fn framed_to_rebut(folded: &str) -> Option<Range<usize>> {
    let body = folded.trim_start_matches(|c: char| !c.is_alphanumeric());
    let offset = folded.len() - body.len();
    let body_after_but = body.strip_prefix("but ").or_else(|| body.strip_prefix("and ")).unwrap_or(body);
    let offset = offset + body.len() - body_after_but.len();
    // Every framing start opens with "to " or "the " (tested): most sentences are done here,
    // without comparing their opening with each of the sixteen.
    if !(body_after_but.starts_with("to ") || body_after_but.starts_with("the ")) {
        return None;
    }
    for start in FRAMING_STARTS {
        if body_after_but.starts_with(start) {
            let refuted = REFUTATIONS.iter().any(|r| {
                body_after_but.match_indices(r).any(|(i, _)| {
                    let before = body_after_but[..i].chars().next_back();
                    let after = body_after_but[i + r.len()..].chars().next();
                    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
                })
            });
            if refuted {
                return Some(offset..offset + start.len());
            }
        }
    }
    None
}

/// Words by which a writer reports a view while mocking it ("Supporters of the deal like to claim
/// …", "Its defenders keep telling us …", "would have us believe …"): the view is set up to be
/// knocked down, whatever verb of saying follows.
#[rustfmt::skip]
const DISMISSIVE_FRAMES: &[&str] = &[
    "like to claim", "like to say", "like to argue", "like to think", "like to pretend",
    "like to portray", "like to suggest", "like to insist", "love to claim", "love to say",
    "love to argue", "love to portray", "keep telling us", "keep insisting",
    "keep claiming", "never tire of", "are fond of saying", "is fond of saying",
    "would have us believe", "would have you believe", "want us to believe",
    "want you to believe", "would like us to believe",
];

/// Words of which every dismissive frame holds one (tested): a sentence without any cannot
/// hold a frame.
const FRAME_WORDS: &[&str] = &["like to ", "love to ", "keep ", "tire of", "fond of", "believe"];

/// Whether a sentence may hold a dismissive frame. Six short words are searched with the
/// crate's vectorised literal search, many bytes a step, where the frames' DFA reads one byte
/// at a time (17 instructions a byte, read for every sentence); the DFA then reads only the
/// few sentences that pass.
fn may_hold_frame(folded: &str) -> bool {
    static MATCHER: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    let matcher = MATCHER
        .get_or_init(|| AhoCorasick::builder().match_kind(MatchKind::LeftmostFirst).build(FRAME_WORDS).ok());
    matcher.as_ref().is_none_or(|m| m.is_match(folded))
}

fn dismissive_frames() -> Option<&'static AhoCorasick> {
    static MATCHER: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    // Leftmost-first, not the overlapping search of the topic lists (read for every sentence,
    // this pass cost a tenth of a second on the 10 MB pair as an overlapping one). No
    // prefilter: the frames start with common letters ("l", "k", "n", "a", "i", "w"), so its
    // rare-byte candidates stopped the scan about 40 times a sentence and cost 6,600
    // instructions a sentence, where the plain DFA reads a byte in a few.
    MATCHER
        .get_or_init(|| {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostFirst)
                .kind(Some(AhoCorasickKind::DFA))
                .prefilter(false)
                .build(DISMISSIVE_FRAMES)
                .ok()
        })
        .as_ref()
}

/// The mocking words when the sentence reports someone's view that way (see
/// [`DISMISSIVE_FRAMES`]). The writer's own habit ("As I like to say") is not a dismissal.
pub(super) fn dismissed_view(folded: &str) -> Option<Range<usize>> {
    if !may_hold_frame(folded) {
        return None;
    }
    dismissive_frames()?.find_iter(folded).map(|m| m.range()).find(|range| {
        let before = folded[..range.start].trim_end();
        let starts_word = !folded[..range.start].ends_with(char::is_alphanumeric);
        let ends_word = !folded[range.end..].starts_with(char::is_alphanumeric);
        let subject = before.rsplit(' ').next().unwrap_or("");
        starts_word && ends_word && !before.is_empty() && !matches!(subject, "i" | "we")
    })
}

/// Openings by which the writer grants a point ("Critics are right that …", "Granted, …").
#[rustfmt::skip]
const CONCESSION_OPENERS: &[&str] = &[
    "it is true that", "it's true that", "it’s true that", "it is true,", "true,", "granted,",
    "admittedly,", "to be sure,", "no doubt,", "it is fair to say that", "it's fair to say that",
    "it’s fair to say that",
];
/// How much of a sentence's opening is read for a grant (the subject and "are right that").
const OPENING_BYTES: usize = 80;
/// "Critics are right that …", "Supporters have a point …": someone granted a point.
const CONCESSION_VERBS: &[&str; 4] = &[" are right that", " is right that", " have a point", " has a point"];

/// The words that grant a point, when a sentence opens by granting one ("Critics are right
/// that the 2015 deal had flaws.", "Granted, sanctions hurt.") and the writer's next sentence
/// in the paragraph turns from it ("But …", "Yet …", "Still, …", "However, …"). A grant with
/// no turn after it is simply the writer's claim.
pub(crate) fn conceded_then_turned(text: &str, next: Option<&str>) -> Option<Range<usize>> {
    let mut buffer = [0; OPENING_BYTES];
    let (offset, head) = opening(text, &mut buffer);
    let grant = CONCESSION_OPENERS
        .iter()
        .find(|o| head.starts_with(*o))
        .map(|o| o.trim_end_matches(',').len())
        .or_else(|| {
            // The grant must come early, after a short subject ("Critics", "Supporters of a deal").
            let first = first_occurrences(head, CONCESSION_VERBS);
            CONCESSION_VERBS.iter().zip(first).find_map(|(verb, at)| {
                let at = at?;
                (head[..at].split_whitespace().count() <= 5).then_some(at + verb.len())
            })
        })?;
    let (_, next) = opening(next?, &mut buffer);
    TURNS.iter().any(|t| next.starts_with(t)).then_some(offset..offset + grant)
}

/// Where a sentence's words start, and its first [`OPENING_BYTES`] from there, lowered byte
/// for byte into `buffer`. Read for every sentence of the writer's own: only the opening few
/// words are looked at, lowered in place of a fold, so the grant's range stays on the text as
/// written (the openers are ASCII; a curly apostrophe is listed as such); a buffer on the
/// stack spares an allocation per sentence.
fn opening<'b>(sentence: &str, buffer: &'b mut [u8; OPENING_BYTES]) -> (usize, &'b str) {
    let body = sentence.trim_start_matches(|c: char| !c.is_alphanumeric());
    let end = (0..=body.len().min(OPENING_BYTES)).rev().find(|&i| body.is_char_boundary(i)).unwrap_or(0);
    buffer[..end].copy_from_slice(&body.as_bytes()[..end]);
    buffer[..end].make_ascii_lowercase();
    // Always UTF-8: the bytes end at a character boundary and lowering ASCII keeps them valid.
    (sentence.len() - body.len(), std::str::from_utf8(&buffer[..end]).unwrap_or_default())
}

/// Where each of `needles` (each opening with a space) first occurs in `haystack`, as
/// `str::find` says of it: one pass over the spaces. Asked of every sentence's opening for the
/// grant verbs, `str::find` spent more building a substring searcher per verb than searching.
fn first_occurrences<const N: usize>(haystack: &str, needles: &[&str; N]) -> [Option<usize>; N] {
    let h = haystack.as_bytes();
    let mut found = [None; N];
    for (at, _) in h.iter().enumerate().filter(|(_, &b)| b == b' ') {
        let second = h.get(at + 1);
        for (slot, needle) in found.iter_mut().zip(needles) {
            // The byte after the space first: it rules out most needles without a comparison.
            let n = needle.as_bytes();
            if slot.is_none() && (n.len() < 2 || second == n.get(1)) && h[at..].starts_with(n) {
                *slot = Some(at);
            }
        }
    }
    found
}

/// The label phrase when the sentence reports a label others give ("has been branded as"):
/// their view, which the writer neither owns nor refutes.
pub(super) fn labelled_by_others(folded: &str, tokens: &[Token]) -> Option<Range<usize>> {
    // Read for every body sentence: the cheap tests first, no allocation.
    let word = |i: usize| &folded[tokens[i].base.clone()];
    for i in 1..tokens.len().saturating_sub(1) {
        // Every label verb is a past form of 6 to 11 bytes ending in "d" (tested): most words
        // are passed over on their length and last byte, before any comparison.
        let base = &tokens[i].base;
        if !LABEL_VERB_LENGTHS.contains(&base.len()) || folded.as_bytes().get(base.end - 1) != Some(&b'd') {
            continue;
        }
        let passive = matches!(word(i - 1), "been" | "is" | "are" | "was" | "were" | "being");
        if !passive || !LABEL_VERBS.contains(&word(i)) {
            continue;
        }
        // "has been branded, officially and repeatedly, as …": the label may wait a few words.
        if let Some(j) = (i + 1..tokens.len().min(i + 6)).find(|&j| word(j) == "as") {
            return Some(tokens[i].base.start..tokens[j].base.end);
        }
    }
    None
}

/// How the writer answers a view reported in `text` (its cue ending at byte `cue_end`) from
/// `speaker`, if they do: the speaker is "they", "critics" or the like, and a "but" follows in
/// the sentence (`Within`: the clause after it is the writer's), or the next sentence, if it is
/// the writer's own (`next_by_author`), denies it ("In fact", "But this argument…": `Next`, the
/// whole sentence is the view refuted) or only turns from it ("However, …": `Turned`).
pub(super) fn answered_by_writer(
    speaker: Option<&str>,
    text: &str,
    cue_end: usize,
    next_by_author: Option<&str>,
) -> Option<Answer> {
    let generic =
        speaker.and_then(|s| s.rsplit(' ').next()).is_some_and(|s| is_group_speaker(&s.to_lowercase()));
    if !generic {
        return None;
    }
    let folded = fold(text);
    let but_here = folded[cue_end..].contains(", but ") || folded[cue_end..].contains("; but ");
    let next_text = next_by_author.map(fold).unwrap_or_default();
    let opening = next_text.trim_start_matches(|c: char| !c.is_alphanumeric());
    let turn = TURNS.iter().find(|t| opening.starts_with(*t));
    let after_turn = turn.map_or(opening, |t| &opening[t.len()..]);
    let mut words = after_turn.split_whitespace();
    let refers_back = matches!(words.next(), Some("this" | "that" | "such" | "these" | "those"))
        && words
            .next()
            .is_some_and(|w| ARGUMENT_NOUNS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())));
    let denied = refers_back || REBUTTAL_OPENERS.iter().any(|o| after_turn.starts_with(o));
    if but_here {
        Some(Answer::Within)
    } else if denied {
        Some(Answer::Next)
    } else if turn.is_some() {
        Some(Answer::Turned)
    } else {
        None
    }
}

/// Where the writer answers a reported view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Answer {
    /// In the same sentence, after a "but".
    Within,
    /// Denied in the next sentence: the whole sentence is the view refuted.
    Next,
    /// Followed by a turn that does not deny it ("However, the backlash poses risks …"): another
    /// consideration, which leaves the view a reported one (the article may well share it).
    Turned,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grant_is_the_opening_words_and_needs_a_turn_after_it() {
        let text = "Critics are right that the 2015 deal had flaws.";
        let grant = conceded_then_turned(text, Some("But it worked.")).expect("a grant");
        assert_eq!(&text[grant], "Critics are right that");
        let text = "“Granted, sanctions hurt,” she wrote.";
        assert_eq!(conceded_then_turned(text, Some("Still, they work.")).map(|r| &text[r]), Some("Granted"));
        assert_eq!(conceded_then_turned("Critics are right that it failed.", Some("It did.")), None);
        assert_eq!(conceded_then_turned("Critics are right that it failed.", None), None);
        // Text that is not ASCII keeps its bytes: the range stays on the sentence as written.
        let text = "Éditorialistes are right that Iran’s deal failed.";
        let grant = conceded_then_turned(text, Some("But no.")).expect("a grant");
        assert!(text.is_char_boundary(grant.start) && text.is_char_boundary(grant.end));
    }

    #[test]
    fn one_pass_finds_what_str_find_finds() {
        assert!(CONCESSION_VERBS.iter().all(|v| v.starts_with(' ')), "the pass reads spaces");
        let needles = [" are right that", " a", " has a point", " it", " x", " "];
        for head in ["critics who say they are right that are right that it has a point", "", " a", "it"] {
            let expected = needles.map(|n| head.find(n));
            assert_eq!(first_occurrences(head, &needles), expected, "{head:?}");
        }
    }

    #[test]
    fn a_view_reported_mockingly_is_set_up_to_be_knocked_down() {
        let text = "supporters of diplomacy like to claim the deal was working until it was abandoned.";
        assert_eq!(dismissed_view(text).map(|r| &text[r]), Some("like to claim"));
        let text = "defenders of engagement keep telling us that the 2015 deal worked.";
        assert_eq!(dismissed_view(text).map(|r| &text[r]), Some("keep telling us"));
        assert!(dismissed_view("its boosters would have us believe the plan pays for itself.").is_some());
        // The writer's own habit, a phrase that opens the sentence, and a longer word are not.
        assert_eq!(dismissed_view("as i like to say, the deal worked."), None);
        assert_eq!(dismissed_view("we keep telling our readers the truth."), None);
        assert_eq!(dismissed_view("like to claim nothing."), None);
        assert_eq!(dismissed_view("voters dislike to claim benefits."), None);
        assert_eq!(dismissed_view("negotiators keep telling stories."), None);
    }

    #[test]
    fn label_verbs_are_past_forms_of_the_lengths_read() {
        assert!(LABEL_VERBS.iter().all(|v| LABEL_VERB_LENGTHS.contains(&v.len()) && v.ends_with('d')));
        let folded = "the deal has been branded, officially, as a surrender.";
        let tokens = crate::targets::tokens::tokenize(folded);
        assert_eq!(labelled_by_others(folded, &tokens).map(|r| &folded[r]), Some("branded, officially, as"));
    }

    #[test]
    fn every_framing_start_opens_with_to_or_the() {
        assert!(FRAMING_STARTS.iter().all(|s| s.starts_with("to ") || s.starts_with("the ")));
        let text = "to suggest that sanctions help is false.";
        assert_eq!(framed_to_rebut(text).map(|r| &text[r]), Some("to suggest"));
    }

    #[test]
    fn every_dismissive_frame_holds_a_frame_word() {
        for frame in DISMISSIVE_FRAMES {
            // As a sentence would have it: the frame with the words after it.
            let sentence = format!("{frame} so");
            assert!(FRAME_WORDS.iter().any(|w| sentence.contains(w)), "{frame}");
            assert!(may_hold_frame(&sentence), "{frame}");
        }
        assert!(!may_hold_frame("the deal was working until it was abandoned."));
    }
}
