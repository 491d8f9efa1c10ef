//! Words whose sense depends on their neighbours: "right" as a verdict, though VADER lists no
//! valence for it ("she is right to", not "the right to protest"), "good" in an amount ("a
//! good deal of"), "top" as a rank ("a top aide"), and words with a plain sense beside their
//! valued one ("for good", "four blocks", a board that "approved" a budget).
//!
//! In: a clause's tokens and a word's index in them. Out: whether the word takes that sense
//! there. Used by `polarity`.

use super::tokens::Token;
use super::words::Role;

/// "right" as a verdict on someone's view, as "correct" (VADER lists neither: "right" is
/// mostly a direction, a side or an entitlement).
pub(super) const RIGHT_AS_VERDICT: f32 = 1.5;

/// Whether the word at `i` of a clause's tokens is "right" after a form of "be" and before
/// "to", "about", "that", "on" or the clause's end ("she is right to", "he was right about
/// that", "critics are right"): a verdict. "the right to enrich", "is right there", "the
/// right wing" are not.
pub(super) fn verdict_right(sentence: &str, clause: &[Token], i: usize) -> bool {
    let word = |t: &Token| &sentence[t.range()];
    if !word(&clause[i]).eq_ignore_ascii_case("right") {
        return false;
    }
    // "is not right", "was exactly right": a negation or an intensifier may stand between.
    let after_be = clause[..i]
        .iter()
        .rev()
        .filter(|t| t.is_word())
        .find(|t| !matches!(t.role(), Some(Role::Negation | Role::Scant | Role::Booster(_))))
        .is_some_and(|t| t.role() == Some(Role::Be));
    let next = clause[i + 1..].iter().find(|t| t.is_word());
    let closes =
        next.is_none_or(|t| ["to", "about", "that", "on"].iter().any(|w| word(t).eq_ignore_ascii_case(w)));
    after_be && closes
}

/// Whether the word at `i` of a clause's tokens is "good" or "great" in "a good deal of", "a
/// great deal" that closes its clause: an amount, not praise ("She has put a good deal of political capital behind
/// it").
pub(super) fn quantity_idiom(sentence: &str, clause: &[Token], i: usize) -> bool {
    let word = |t: &Token| &sentence[t.range()];
    let is = |t: Option<&Token>, w: &str| t.is_some_and(|t| word(t).eq_ignore_ascii_case(w));
    let (before, after) = (i.checked_sub(1).map(|b| &clause[b]), clause.get(i + 1));
    let then = clause.get(i + 2..).and_then(|rest| rest.iter().find(|t| t.is_word()));
    // "struck a good deal for the city" is praise: the amount needs "of", or "a great deal"
    // closing its clause ("it matters a great deal").
    let amount = is(then, "of") || (is(Some(&clause[i]), "great") && then.is_none());
    (is(Some(&clause[i]), "good") || is(Some(&clause[i]), "great"))
        && is(before, "a")
        && is(after, "deal")
        && amount
}

/// Whether the word at `i` of a clause's tokens is "top" before the noun it ranks ("the top
/// health official", "a top Republican", "top priority"): a rank, not praise. VADER's valence is
/// for "top" as a verdict ("came out on top", "the top"). On the BASIL dev news, every one of the
/// eight top-10 contrasts citing "top" was judged wrong, all of them ranks.
pub(super) fn rank_top(sentence: &str, clause: &[Token], i: usize) -> bool {
    let word = |t: &Token| &sentence[t.range()];
    word(&clause[i]).eq_ignore_ascii_case("top")
        && clause.get(i + 1).is_some_and(|next| next.is_word() && !word(next).eq_ignore_ascii_case("of"))
}

/// Number words that make "blocks" a distance ("four blocks from her home").
const COUNTS: &[&str] = &[
    "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few", "several",
    "many", "city", "couple",
];

/// Nouns after "heart" that make it the organ.
const MEDICAL: &[&str] = &[
    "clinic",
    "clinics",
    "attack",
    "attacks",
    "disease",
    "surgery",
    "failure",
    "center",
    "centre",
    "transplant",
    "condition",
    "patients",
    "doctor",
    "surgeon",
    "unit",
    "care",
    "health",
    "rate",
    "problems",
    "valve",
];

/// The words [`plain_sense`] reads (its `match` arms).
const SENSE_WORDS: &[&str] =
    &["good", "block", "blocks", "approve", "approves", "approved", "approving", "heart", "worth", "illegal"];

/// Words that open an amount after "worth" ("worth about $2 million", "worth between …").
const AMOUNT_OPENERS: &[&str] = &[
    "about", "around", "between", "nearly", "roughly", "almost", "more", "less", "over", "under", "up",
    "some",
];

/// Whether the word at `i` of a clause's tokens takes a plain sense that judges no one:
/// - "good" in "for good" closing its clause ("will lock its doors for good": for ever);
/// - "block", "blocks" after a number ("four blocks from her home": a distance);
/// - "approve", "approved" … as a vote, not followed by "of" ("the policy its board approved
///   5 to 1", "the council approved the budget"; praise is "approved of");
/// - "heart" as the organ ("open a heart clinic there");
/// - "worth" before an amount ("a purchase worth between $50,001 and $100,000": a price);
/// - "illegal" before "immigration", "immigrants", "aliens" (the name of a policy subject in
///   news: "tough on illegal immigration" judges the policy's subject, not the one who speaks).
pub(super) fn plain_sense(sentence: &str, clause: &[Token], i: usize) -> bool {
    // Asked of every cue word of every sentence read for a stance, and almost none is one of
    // these: told apart first, before three words are lower-cased into new strings.
    if !SENSE_WORDS.iter().any(|w| sentence[clause[i].range()].eq_ignore_ascii_case(w)) {
        return false;
    }
    let word = |t: &Token| sentence[t.range()].to_ascii_lowercase();
    let this = word(&clause[i]);
    let before = clause[..i].iter().rev().find(|t| t.is_word()).map(word);
    let after = clause[i + 1..].iter().find(|t| t.is_word()).map(word);
    match this.as_str() {
        // "a force for good" is praise.
        "good" => {
            before.as_deref() == Some("for")
                && after.is_none()
                && clause[..i].iter().rev().filter(|t| t.is_word()).nth(1).is_none_or(|t| word(t) != "force")
        }
        "block" | "blocks" => {
            before.is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()) || COUNTS.contains(&w.as_str()))
        }
        "approve" | "approves" | "approved" | "approving" => after.as_deref() != Some("of"),
        "illegal" => after.is_some_and(|w| w.starts_with("immigra") || w.starts_with("alien")),
        // The organ, not the feeling: "a heart clinic", "heart disease".
        "heart" => after.is_some_and(|w| MEDICAL.contains(&w.as_str())),
        // The amount may open with a currency sign, which is no word token.
        "worth" => {
            let next = sentence[clause[i].range().end..].trim_start();
            next.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '£' | '€'))
                || after.is_some_and(|w| {
                    AMOUNT_OPENERS.contains(&w.as_str()) || w.chars().all(|c| c.is_ascii_digit())
                })
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::tokens::tokenize;

    /// Whether `word` in `sentence` (a single clause) takes its plain sense.
    fn plain(sentence: &str, word: &str) -> bool {
        let tokens = tokenize(sentence);
        let i = tokens.iter().position(|t| &sentence[t.range()] == word).expect("word in sentence");
        plain_sense(sentence, &tokens, i)
    }

    #[test]
    fn for_good_distances_and_votes_judge_no_one() {
        assert!(plain("On April 30 the branch will lock its doors for good.", "good"));
        assert!(!plain("The branch did good work for the city.", "good"));
        assert!(!plain("Mayor Lena Park has been a force for good.", "good"));
        assert!(plain("She lives four blocks from the branch.", "blocks"));
        assert!(plain("She lives 4 blocks away.", "blocks"));
        assert!(!plain("The senator blocks the bill.", "blocks"));
        assert!(plain("It is a policy its board approved 5 to 1.", "approved"));
        assert!(plain("The council approved the budget.", "approved"));
        assert!(!plain("Voters approved of his handling of the storm.", "approved"));
        assert!(plain("The company will open a heart clinic there.", "heart"));
        assert!(!plain("She spoke from the heart.", "heart"));
    }

    #[test]
    fn worth_before_an_amount_is_a_price() {
        assert!(plain("The purchase, worth between $50,001 and $100,000, was made in December.", "worth"));
        assert!(plain("Shares worth $2 million changed hands.", "worth"));
        assert!(plain("A contract worth about 40 million euros was signed.", "worth"));
        assert!(!plain("The plan is worth a try.", "worth"));
        assert!(!plain("It was worth the wait.", "worth"));
    }

    #[test]
    fn illegal_before_immigration_names_a_policy_subject() {
        assert!(plain("Perry has done more to combat illegal immigration than anyone.", "illegal"));
        assert!(plain("He was not suggesting any rounding up of illegal immigrants.", "illegal"));
        assert!(!plain("The donations were illegal, prosecutors said.", "illegal"));
    }
}
