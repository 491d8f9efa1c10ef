//! The word table behind polarity: VADER's lexicon (word → mean valence, -4..+4) merged with the
//! few function words the rules need — intensifiers, negations, hedges, the "but"-turn, clause
//! openers, forms of "be" and the framing verbs. Built once behind a `OnceLock`; every word of a
//! sentence costs one hash lookup of its lower-cased form, never a scan.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::news_words::{ARGUMENT_WORDS, CONDITIONS, NOT_EVALUATIVE, VERDICT_ADVERBS};
use crate::words::FastHash;

/// VADER's single-word entries, `word<TAB>valence` (see LICENSE-VADER.txt beside it).
const VADER_LEXICON: &str = include_str!("vader_lexicon.tsv");

/// VADER's intensifier step: "very bad" is 0.293 worse than "bad", "slightly bad" 0.293 milder.
pub(crate) const BOOST: f32 = 0.293;

/// What a word does for the rules besides (or instead of) carrying valence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Role {
    /// An evaluative word or none at all: its valence (0 when unlisted) is all that counts.
    Plain,
    /// Scales the next evaluative word by this step (VADER's booster dictionary).
    Booster(f32),
    /// Flips an evaluative word within the next three words of its clause.
    Negation,
    /// "too", "overly": right before a word of praise it says there is too much of it ("too
    /// generous", "overly optimistic": a fault), before a word of blame it intensifies.
    Excess,
    /// "little", "few": a negation with no article before it ("offers little encouragement",
    /// "few reasons for hope"), a weakener after one ("a little hope", "the few successes").
    Scant,
    /// A verb that acts against what follows it ("combat crime", "prevent a crisis"): it
    /// reverses a negative word within the next three words and is no cue itself then.
    Shifter,
    /// A condition people are in ("poverty", "unemployment"): harm as what a policy brings
    /// about, no cue toward a party unless a shifter acts on it.
    Condition,
    /// Weakens the clause it stands in ("may", "reportedly").
    Hedge,
    /// "but": the clauses after it weigh more than those before (VADER's rule).
    Turn,
    /// Opens a new clause, after a comma or (`always`) even without one ("while", "whereas").
    Opener { always: bool },
    /// Opens a relative clause after a comma ("who", "which"); it ends at the next comma.
    Relative,
    /// A form of "be" or "get": before a past participle it makes the verb passive.
    Be,
    /// Makes the next word a noun ("the", "their").
    Determiner,
    /// A reporting or framing verb: the writer's stance toward its subject and its object.
    Framing { subject: f32, object: f32 },
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct WordInfo {
    /// Mean valence as a cue: VADER's, or 0 for unlisted words and words the rules use
    /// otherwise (function words, framing verbs, topical senses).
    pub valence: f32,
    /// Mean valence exactly as VADER lists it, for the whole-sentence baseline.
    pub listed: f32,
    pub role: Role,
}

/// Keyed by the words' bytes: a lookup folds a word into a byte buffer and need not check it
/// is UTF-8 again (it holds only ASCII).
type Table = HashMap<&'static [u8], WordInfo, FastHash>;

const BOOSTERS_UP: &[&str] = &[
    "absolutely",
    "amazingly",
    "awfully",
    "completely",
    "considerable",
    "considerably",
    "decidedly",
    "deeply",
    "enormous",
    "enormously",
    "entirely",
    "especially",
    "exceptional",
    "exceptionally",
    "extreme",
    "extremely",
    "fabulously",
    "fully",
    "greatly",
    "highly",
    "hugely",
    "incredible",
    "incredibly",
    "intensely",
    "major",
    "majorly",
    "more",
    "most",
    "particularly",
    "pretty",
    "purely",
    "quite",
    "really",
    "remarkably",
    "so",
    "substantially",
    "thoroughly",
    "total",
    "totally",
    "tremendous",
    "tremendously",
    "unbelievably",
    "unusually",
    "utter",
    "utterly",
    "very",
    "wildly",
    "deeply",
    "strikingly",
];

const BOOSTERS_DOWN: &[&str] = &[
    "almost",
    "barely",
    "hardly",
    "kinda",
    "less",
    "marginal",
    "marginally",
    "occasional",
    "occasionally",
    "partly",
    "scarce",
    "scarcely",
    "slight",
    "slightly",
    "somewhat",
    "sorta",
];

/// VADER's negation list (contractions with "n't" are caught by their ending as well).
const NEGATIONS: &[&str] = &[
    "not", "no", "never", "none", "nope", "nor", "neither", "nothing", "nowhere", "without", "cannot",
    "aint", "arent", "cant", "couldnt", "didnt", "doesnt", "dont", "hadnt", "hasnt", "havent", "isnt",
    "mightnt", "mustnt", "neednt", "shouldnt", "wasnt", "werent", "wont", "wouldnt", "rarely", "seldom",
];

/// Verbs that act against their object, so a negative object makes a good deed ("fight
/// crime", "prevent a crisis", "wind down the destruction"): the "content-word negators" of
/// Choi & Cardie 2008 ("Learning with compositional semantics as structural inference for
/// subsentential sentiment analysis") and the reversal verbs of Moilanen & Pulman 2007
/// ("Sentiment composition"). "avoid" is left out: avoiding a duty reads as dodging it.
#[rustfmt::skip]
const SHIFTERS: &[&str] = &[
    "prevent", "prevents", "prevented", "preventing", "avert", "averts", "averted", "averting",
    "combat", "combats", "combated", "combating", "combatting", "fight", "fights", "fighting",
    "fought", "curb", "curbs", "curbed", "curbing", "reduce", "reduces", "reduced", "reducing",
    "eliminate", "eliminates", "eliminated", "eliminating", "stop", "stops", "stopped", "stopping",
    "halt", "halts", "halted", "halting", "tackle", "tackles", "tackled", "tackling", "counter",
    "counters", "countered", "countering", "alleviate", "alleviates", "alleviated", "alleviating",
    "wind", "end", "ends", "ended", "ending",
];

/// Words that lower an amount ("cut its costs", "a lower rate of questionable payments",
/// "limit the damage"): shifters like those above, but no judgement of their own. VADER
/// scores "cut", "lower", "lowest", "limited" as sad words; in news they measure ("the
/// lowest number in a decade", "cut the request by a third"), and what they are good or bad
/// for is the thing lowered (Moilanen & Pulman 2007: "reduce" takes its object's polarity
/// reversed).
#[rustfmt::skip]
const LOWERING: &[&str] = &[
    "lower", "lowers", "lowered", "lowering", "lowest", "cut", "cuts", "cutting", "slash",
    "slashes", "slashed", "slashing", "trim", "trims", "trimmed", "trimming", "decrease",
    "decreases", "decreased", "decreasing", "limit", "limits", "limited", "limiting", "lessen",
    "lessens", "lessened", "lessening", "halve", "halves", "halved", "halving",
];

/// Words that make a clause a possibility or a report rather than the writer's assertion.
const HEDGES: &[&str] = &[
    "may",
    "might",
    "could",
    "perhaps",
    "possibly",
    "reportedly",
    "allegedly",
    "apparently",
    "seemingly",
    "supposedly",
    "purportedly",
    "presumably",
    "arguably",
];

/// Clause openers after a comma; "while" and "whereas" open a clause even without one.
/// ("after", "before", "as", "until" are left out: after a comma they are more often
/// prepositions — "after all", "as well" — than clause openers.)
const OPENERS: &[&str] = &[
    "and", "or", "nor", "yet", "so", "because", "although", "though", "since", "unless", "if", "when",
    "where", "whether",
];
const OPENERS_ALWAYS: &[&str] = &["while", "whereas"];
const RELATIVES: &[&str] = &["who", "which", "whom", "whose"];
const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "get", "got", "gets"];

/// Before a framing verb's form these make it a noun ("their attacks", "the claims"), read by
/// its lexicon valence instead.
const DETERMINERS: &[&str] =
    &["the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "your", "my"];

/// Reporting and framing verbs: (forms, toward the subject, toward the object).
///
/// Directions come from the BASIL development annotations (../shared/eval/basil-dev), where an
/// annotated phrase with the verb names its target: "claimed" was negative toward the one
/// claiming in 5 of 5, "complained" 3 of 3, "insisted", "railed", "scoffed", "mocking" and
/// "dismissed" negative toward their subject, "accused" and "criticized" negative toward their
/// object, "hailed" positive toward its object. Verbs the data does not show take the direction
/// of the same family (boasting and conceding cast the speaker as the former; attacking and
/// praising verbs speak of their object), as the "slammed, conceded, touted" list asks.
/// "said", "told", "stated" showed no direction and are not listed.
const FRAMING: &[(&[&str], f32, f32)] = &[
    (&["claim", "claims", "claimed", "claiming"], -1.0, 0.0),
    (&["insist", "insists", "insisted", "insisting"], -0.8, 0.0),
    (&["complain", "complains", "complained", "complaining"], -1.2, 0.0),
    (&["whine", "whines", "whined", "whining"], -1.5, 0.0),
    (&["grumble", "grumbles", "grumbled", "grumbling"], -1.0, 0.0),
    (&["boast", "boasts", "boasted", "boasting"], -1.0, 0.0),
    (&["brag", "brags", "bragged", "bragging"], -1.2, 0.0),
    (&["tout", "touts", "touted", "touting"], -0.8, 0.0),
    (&["concede", "concedes", "conceded", "conceding"], -0.8, 0.0),
    (&["admit", "admits", "admitted", "admitting"], -0.8, 0.0),
    (&["rail", "rails", "railed", "railing"], -1.2, 0.0),
    (&["rant", "rants", "ranted", "ranting"], -1.5, 0.0),
    (&["fume", "fumes", "fumed", "fuming"], -1.2, 0.0),
    (&["scoff", "scoffs", "scoffed", "scoffing"], -1.0, -0.5),
    (&["bristle", "bristles", "bristled", "bristling"], -1.0, 0.0),
    (&["dismiss", "dismisses", "dismissed", "dismissing"], -0.8, -0.5),
    (&["downplay", "downplays", "downplayed", "downplaying"], -1.0, 0.0),
    (&["dodge", "dodges", "dodged", "dodging"], -1.2, 0.0),
    (&["mock", "mocks", "mocked", "mocking"], -0.8, -1.0),
    (&["deride", "derides", "derided", "deriding"], -0.8, -1.2),
    (&["ridicule", "ridicules", "ridiculed", "ridiculing"], -0.8, -1.2),
    (&["slam", "slams", "slammed", "slamming"], 0.0, -1.5),
    (&["blast", "blasts", "blasted", "blasting"], 0.0, -1.5),
    (&["attack", "attacks", "attacked", "attacking"], 0.0, -1.5),
    (&["accuse", "accuses", "accused", "accusing"], 0.0, -1.2),
    (&["criticize", "criticizes", "criticized", "criticizing", "criticise", "criticised"], 0.0, -1.2),
    (&["condemn", "condemns", "condemned", "condemning"], 0.0, -1.5),
    (&["denounce", "denounces", "denounced", "denouncing"], 0.0, -1.5),
    (&["excoriate", "excoriates", "excoriated", "excoriating"], 0.0, -1.8),
    (&["lambaste", "lambastes", "lambasted", "lambasting"], 0.0, -1.5),
    (&["blame", "blames", "blamed", "blaming"], 0.0, -1.2),
    (&["praise", "praises", "praised", "praising"], 0.0, 1.5),
    (&["hail", "hails", "hailed", "hailing"], 0.0, 1.2),
    (&["applaud", "applauds", "applauded", "applauding"], 0.0, 1.2),
    (&["laud", "lauds", "lauded", "lauding"], 0.0, 1.5),
    (&["commend", "commends", "commended", "commending"], 0.0, 1.2),
    (&["thank", "thanks", "thanked", "thanking"], 0.0, 1.0),
];

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(build)
}

fn build() -> Table {
    let mut table = Table::default();
    for line in VADER_LEXICON.lines().filter(|l| !l.starts_with('#')) {
        let mut fields = line.split('\t');
        let (Some(word), Some(valence)) = (fields.next(), fields.next()) else { continue };
        let Ok(valence) = valence.parse::<f32>() else { continue };
        table.entry(word.as_bytes()).or_insert(WordInfo { valence, listed: valence, role: Role::Plain });
    }
    for &(word, valence) in ARGUMENT_WORDS.iter().chain(VERDICT_ADVERBS) {
        table.entry(word.as_bytes()).or_insert(WordInfo { valence, listed: valence, role: Role::Plain });
    }
    let mut set = |words: &[&'static str], role: Role, keep_valence: bool| {
        for &word in words {
            let entry = table.entry(word.as_bytes()).or_insert(WordInfo { valence: 0.0, listed: 0.0, role });
            entry.role = role;
            if !keep_valence {
                entry.valence = 0.0;
            }
        }
    };
    set(NOT_EVALUATIVE, Role::Plain, false);
    set(BOOSTERS_UP, Role::Booster(BOOST), false);
    set(BOOSTERS_DOWN, Role::Booster(-BOOST), false);
    set(NEGATIONS, Role::Negation, false);
    set(&["little", "few"], Role::Scant, false);
    set(&["too", "overly", "excessively", "unduly"], Role::Excess, false);
    set(SHIFTERS, Role::Shifter, true);
    set(LOWERING, Role::Shifter, false);
    set(CONDITIONS, Role::Condition, true);
    set(HEDGES, Role::Hedge, false);
    set(OPENERS, Role::Opener { always: false }, false);
    set(OPENERS_ALWAYS, Role::Opener { always: true }, false);
    set(RELATIVES, Role::Relative, false);
    set(BE, Role::Be, false);
    set(&["but"], Role::Turn, false);
    set(DETERMINERS, Role::Determiner, false);
    for &(forms, subject, object) in FRAMING {
        set(forms, Role::Framing { subject, object }, false);
    }
    table
}

/// Looks a word up as written (any case, straight or curly apostrophe, a possessive "'s" tried
/// without it). Words with other non-ASCII letters or longer than 40 bytes are not listed.
pub(crate) fn lookup(word: &str) -> Option<WordInfo> {
    let mut buf = [0u8; 40];
    let key = fold_into(word, &mut buf)?;
    let table = table();
    if let Some(info) = table.get(key) {
        return Some(*info);
    }
    if let Some(stem) = key.strip_suffix(b"'s") {
        return table.get(stem).copied();
    }
    if key.ends_with(b"n't") {
        return Some(WordInfo { valence: 0.0, listed: 0.0, role: Role::Negation });
    }
    None
}

/// Lower-cases `word` into `buf`, mapping the curly apostrophe to a straight one; `None` when
/// it does not fit or holds a character no entry has. Read byte by byte: every word of every
/// sentence read for polarity comes through here.
fn fold_into<'b>(word: &str, buf: &'b mut [u8; 40]) -> Option<&'b [u8]> {
    const CURLY_APOSTROPHE: &[u8] = "\u{2019}".as_bytes();
    let bytes = word.as_bytes();
    let (mut len, mut i) = (0, 0);
    while let Some(&b) = bytes.get(i) {
        let byte = if b.is_ascii() {
            i += 1;
            b.to_ascii_lowercase()
        } else if bytes[i..].starts_with(CURLY_APOSTROPHE) {
            i += CURLY_APOSTROPHE.len();
            b'\''
        } else {
            return None;
        };
        *buf.get_mut(len)? = byte;
        len += 1;
    }
    Some(&buf[..len])
}

/// The mean valence VADER lists for a word (0 for words it does not list or that the rules
/// use as function words), for callers that show or test single words.
pub fn valence_of(word: &str) -> f32 {
    lookup(word).map_or(0.0, |info| info.valence)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_words_carry_their_listed_valence() {
        assert_eq!(valence_of("terrible"), -2.1);
        assert_eq!(valence_of("Great"), 3.1);
        assert_eq!(valence_of("nation's"), valence_of("nation"));
        assert_eq!(valence_of("zzzz"), 0.0);
    }

    #[test]
    fn function_words_have_roles_not_valence() {
        assert_eq!(lookup("very").map(|i| i.role), Some(Role::Booster(BOOST)));
        assert_eq!(lookup("doesn’t").map(|i| i.role), Some(Role::Negation));
        assert_eq!(lookup("shouldn't").map(|i| i.role), Some(Role::Negation));
        assert_eq!(lookup("reportedly").map(|i| i.role), Some(Role::Hedge));
        assert_eq!(valence_of("no"), 0.0);
        assert_eq!(valence_of("party"), 0.0);
    }

    #[test]
    fn framing_verbs_replace_their_lexicon_entry() {
        let Some(WordInfo { valence, role: Role::Framing { subject, object }, .. }) = lookup("praised")
        else {
            panic!("praised is a framing verb");
        };
        assert_eq!((valence, subject), (0.0, 0.0));
        assert!(object > 0.0);
    }

    #[test]
    fn argument_words_fill_gaps_in_vader_and_never_override_it() {
        for &(word, valence) in ARGUMENT_WORDS.iter().chain(VERDICT_ADVERBS) {
            let in_vader = VADER_LEXICON.lines().any(|l| l.split('\t').next() == Some(word));
            assert!(!in_vader, "{word} is VADER's already");
            assert_eq!(valence_of(word), valence, "{word}");
        }
        assert!(valence_of("misguided") < 0.0 && valence_of("sensible") > 0.0);
    }

    #[test]
    fn long_or_foreign_words_are_not_looked_up() {
        assert_eq!(lookup(&"a".repeat(41)), None);
        assert_eq!(lookup("café"), None);
    }
}
