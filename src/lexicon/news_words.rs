//! Where VADER's lexicon (built on social-media posts) reads news prose wrong: words that judge
//! a claim, a plan or a conduct, which it does not list ("misguided", "unreliable",
//! "overstated", "correct", "sensible": news and opinion writing argue in them far more than in
//! "awesome" or "sucks"), and words it lists whose news sense judges nothing ("national
//! security", "she warned").
//!
//! In: nothing. Out: word lists, merged into the word table by `words`: the argument words only
//! where VADER lists no entry (a test holds every word of it to being absent from VADER, so it
//! never overrides it), the words that judge nothing with their valence zeroed, the conditions
//! of an economy with theirs kept under a role of their own. The argument words are written for
//! this project, as our own judgement on VADER's -4..+4 scale: moderate values, between VADER's
//! "fair" (1.3) and "dubious" (-1.5) for most. Three words ("combative", "testy", "unhinged")
//! were added after reading BASIL development misses (see EVALUATION.md); the rest come from
//! general usage, not from any development text. The words that judge nothing were chosen from
//! what misfired in the development lists (EVALUATION.md says which, with the figures).

#[rustfmt::skip]
pub(super) const ARGUMENT_WORDS: &[(&str, f32)] = &[
    // A claim or a plan judged sound.
    ("correct", 1.5), ("accurate", 1.3), ("reliable", 1.3), ("credible", 1.2),
    ("persuasive", 1.2), ("sensible", 1.5), ("reasonable", 1.2), ("prudent", 1.3),
    ("principled", 1.5), ("pragmatic", 1.0), ("workable", 1.0), ("thorough", 1.0),
    ("plausible", 0.8),
    // A claim judged unsound.
    ("incorrect", -1.5), ("inaccurate", -1.5), ("unreliable", -1.5), ("false", -1.5),
    ("untrue", -1.5), ("misguided", -1.8), ("overstated", -1.2), ("overblown", -1.3),
    ("baseless", -1.8), ("unfounded", -1.5), ("unconvincing", -1.3), ("unpersuasive", -1.2),
    ("implausible", -1.3), ("flimsy", -1.3), ("wrongheaded", -1.8), ("ill-conceived", -1.8),
    ("disingenuous", -1.8), ("misrepresented", -1.5),
    // A plan or its handling judged bad.
    ("unworkable", -1.5), ("counterproductive", -1.5), ("shoddy", -1.8), ("sloppy", -1.5),
    ("mismanagement", -1.8), ("mismanaged", -1.8), ("backfired", -1.5), ("botched", -2.0),
    ("bungled", -2.0), ("debacle", -2.0), ("overreach", -1.3), ("heavy-handed", -1.3),
    ("draconian", -1.8), ("wasteful", -1.5), ("onerous", -1.5),
    // A conduct judged bad.
    ("erratic", -1.3), ("divisive", -1.3), ("inflammatory", -1.5), ("polarizing", -1.0),
    ("polarising", -1.0), ("demagogic", -2.0), ("demagoguery", -2.0), ("combative", -1.0),
    ("testy", -1.0), ("unhinged", -2.0),
];

/// Lexicon words whose usual sense in news prose judges no one. Framing verbs ("claimed",
/// "insisted", "complained", "conceded") are not here: `words::FRAMING` reads them as the
/// writer's stance toward the one who speaks.
/// - Topical or idiomatic senses: "the party", "health care", "national security", "interest
///   rates", "tax cuts for the rich", "Tea Party supporters" and their "critics", "free" meals,
///   "on the other hand", "the matter", "like" as a preposition; "faith" as a religion ("people
///   of faith").
/// - Verbs that report an event, which news tells without judging it: "the court rejected the
///   appeal", "he refused to step down", "giving him a break" (chosen from what fired in listed
///   contrasts on BASIL dev and seven events written for evaluation: 177 times in a sentence no
///   annotator marked as slanted, 11 in one marked; "hope" fired as often, but as a noun it
///   judges: "offered hope"). "budget cuts" is read by `words::LOWERING`.
/// - Speech and positions, which say who speaks, not what of: "she argued", "he stressed",
///   "she has been warning", "Calloway disagreed, arguing that …", "Dashline disputed the
///   figure", "made the same argument" (VADER's "arguing" -2.0 and "disagreed" -1.3 are its
///   quarrel sense; what a warning is about is not its speaker).
/// - Figures and deals: a company's "profit" (a report dwelling on it is as often faulting: a
///   blind reader judged every "profit" reading on the twenty-seventh session's lists wrong),
///   an "agreement" (VADER +2.2; news means a contract: "the agreement with Meridian is the
///   centerpiece of the governor's plan" was praise of her), saving as an amount ("will save
///   about $190,000 a year", "the savings are slim").
/// - Contests: winning (VADER "win" +2.8, "won" +2.7) is a result or a goal ("won
///   re-election", "to win back voters", "a war we have to win"), a defeat its other side, a
///   battle the contest itself ("the battle for control of the committee"), an endorsement an
///   event of a campaign whose slant is in who gives it.
/// - Certainty, focus and sharing: "sure to stir up controversy", "stated clearly",
///   "focused on winning over voters", "photos shared on Twitter".
/// - Complaints filed and resignations called for, which news reports as events ("has never
///   faced an ethics complaint", "called on her to resign"): the slant is in who files or
///   calls and how the report frames it.
pub(super) const NOT_EVALUATIVE: &[&str] = &[
    "argue",
    "argued",
    "argues",
    "arguing",
    "disagree",
    "disagrees",
    "disagreed",
    "disagreeing",
    "argument",
    "arguments",
    "dispute",
    "disputes",
    "disputed",
    "disputing",
    "stressed",
    "stresses",
    "emphasized",
    "emphasised",
    "noted",
    "warn",
    "warns",
    "warned",
    "warning",
    "prisoner",
    "prisoners",
    "like",
    "well",
    "party",
    "parties",
    "united",
    "please",
    "kind",
    "yes",
    "care",
    "benefit",
    "profit",
    "profits",
    "benefits",
    "credit",
    "credits",
    "interest",
    "interests",
    "share",
    "shares",
    "security",
    "defense",
    "defence",
    "rich",
    "wealthy",
    "supporter",
    "supporters",
    "critic",
    "critics",
    "free",
    "hand",
    "matter",
    "certainly",
    "rejected",
    "refused",
    "refusing",
    "accept",
    "pay",
    "help",
    "giving",
    "increase",
    "drop",
    "ensure",
    "favor",
    "clear",
    "agreement",
    "agreements",
    "sure",
    "faith",
    "defeat",
    "defeats",
    "defeated",
    "battle",
    "battles",
    "battled",
    "focused",
    "shared",
    "clearly",
    "complaint",
    "complaints",
    "resign",
    "resigned",
    "resignation",
    "save",
    "saves",
    "saved",
    "saving",
    "savings",
    "endorse",
    "endorses",
    "endorsed",
    "endorsing",
    "endorsement",
    "win",
    "wins",
    "won",
    "winning",
];

/// The conditions an economy or a population is in ("unemployment", "poverty", "the debt"):
/// news reports them as what a policy is about ("Obama spoke about unemployment"), not as
/// anyone's fault, so they are no cue toward a party unless a shifter acts on them ("cut
/// unemployment"); what a policy brings about still reads them as harm ("sanctions fuel
/// poverty", `contrast::consequence`).
pub(super) const CONDITIONS: &[&str] =
    &["debt", "deficit", "deficits", "poverty", "unemployment", "unemployed", "inflation", "recession"];

/// A speaker's claim judged by the writer in an adverb ("rightly warned", "falsely claimed"):
/// the writer's voice even in a sentence that reports the speaker.
#[rustfmt::skip]
pub(super) const VERDICT_ADVERBS: &[(&str, f32)] = &[
    ("rightly", 1.5), ("correctly", 1.3), ("accurately", 1.2), ("justly", 1.2), ("wrongly", -1.5),
    ("incorrectly", -1.3), ("falsely", -1.8), ("misleadingly", -1.5), ("unfairly", -1.5),
    ("unjustly", -1.5),
];

/// Whether a word (any case) is one of [`VERDICT_ADVERBS`].
pub fn is_verdict_adverb(word: &str) -> bool {
    VERDICT_ADVERBS.iter().any(|(w, _)| w.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use crate::lexicon::polarity::tests::{cue_texts, toward};

    #[test]
    fn figures_contests_certainty_and_subjects_in_news_are_no_praise_or_blame() {
        // VADER scores "profit" +1.9 and "agreement" +2.2; news reports a profit as a figure and an
        // agreement as a contract, and a report that dwells on either is as often faulting.
        let s = "Castlebrook reported an operating profit of $238 million last year.";
        assert!(cue_texts(s, &toward(s, "Castlebrook")).is_empty());
        let s = "Commissioners trimmed the profits the company may earn.";
        assert!(cue_texts(s, &toward(s, "Commissioners")).is_empty());
        let s = "The agreement with Meridian is the centerpiece of Whitcomb's plan.";
        assert!(cue_texts(s, &toward(s, "Whitcomb")).is_empty());
        // Nor is winning: a contest's result or goal ("win" +2.8, "won" +2.7).
        for (s, name) in [
            ("The union won a 19 percent pay increase for its members last year.", "union"),
            ("Mr. Sestak went on to win the primary against Senator Specter.", "Sestak"),
            ("Sestak defeated Specter in the primary.", "Specter"),
            ("The battle for control of the committee turns on Steele.", "Steele"),
            ("Ryan spoke about winning Ohio in November.", "Ryan"),
        ] {
            assert!(cue_texts(s, &toward(s, name)).is_empty(), "{s}");
        }
        // Nor certainty ("sure" +1.3), nor the conditions an economy is in, which news reports as
        // the subject of a policy ("unemployment" -1.9, "debt" -1.5), not as anyone's fault.
        for (s, name) in [
            ("The cover is sure to stir up talk about Bachmann.", "Bachmann"),
            ("Obama spoke about unemployment, poverty and the deficit in Ohio.", "Obama"),
            ("Corker said he wants the debt talks to go on.", "Corker"),
            ("Perry spoke to people of faith in Iowa.", "Perry"),
            ("Ryan seemed focused on our shared goals, Perry said clearly.", "Ryan"),
            ("Whitford called on Ferrand to resign after the complaint was filed.", "Ferrand"),
            ("The county will save about $190,000 a year in chemicals.", "county"),
            ("On Tuesday Perry picked up an endorsement from Arpaio.", "Perry"),
        ] {
            assert!(cue_texts(s, &toward(s, name)).is_empty(), "{s}: {:?}", cue_texts(s, &toward(s, name)));
        }
        // Acted against, a condition is read: fighting poverty is a good deed.
        assert!(toward("Obama vowed to fight poverty.", "Obama").score > 0.0);
    }
}
