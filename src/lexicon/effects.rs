//! What an actor does to people: a deed whose object names the people it falls on ("raised
//! fares for riders", "cut Sunday hours at branches families rely on", "put the burden on
//! households", "expanded its discount for low-income households"). News on an institution's
//! decision carries its slant in such facts rather than in evaluative words: the deed's verb
//! and its object are neutral to an opinion lexicon, but taking a good away from people, or
//! adding a cost to them, is harm, and the reverse is a benefit. The writer's stance toward the
//! one who does it follows (the benefactive and malefactive events of Deng and Wiebe, EACL
//! 2014, which `contrast::consequence` reads for a map's policies; here for people and groups).
//!
//! In: a sentence's tokens, the clause, the word where a verb may stand. Out: the deed's
//! valence and the last word of its object, when the verb is one of these and its object
//! names people. Whether the target is the verb's subject is the caller's to check.

use std::ops::Range;

use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::clauses::Clause;
use super::tokens::{Kind, Token};

/// How much a deed counts: a clear act, as a strong lexicon word would ("hurt" is -2.4).
const DEED: f32 = 2.0;
/// At most this many words of object are read.
const OBJECT_WORDS: usize = 8;
/// A deed given or done to people names them within this many words ("offered every affected
/// nurse").
const GIVEN_WITHIN: usize = 3;
/// The longest verb or noun of the lists below, in bytes: longer words are none of them.
const LONGEST: usize = 14;

/// What a verb does to its object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Deed {
    /// Adds to the thing it names ("raise fares", "expand service"): harm when the thing is a
    /// cost, a benefit when it is a good; people must be named too.
    Adds,
    /// Takes from it ("cut service", "lower fares"): the reverse.
    Takes,
    /// Gives to the people it names ("offered every nurse a job").
    Gives,
    /// Harms the people it names ("stranded riders", "left ratepayers to cover the bill").
    Harms,
}

/// Verbs that add to what they name.
#[rustfmt::skip]
const ADDS: &[&str] = &[
    "raise", "raises", "raised", "raising", "increase", "increases", "increased", "increasing",
    "hike", "hikes", "hiked", "hiking", "expand", "expands", "expanded", "expanding", "extend",
    "extends", "extended", "extending", "add", "adds", "added", "adding", "restore", "restores",
    "restored", "restoring", "boost", "boosts", "boosted", "boosting", "double", "doubles",
    "doubled", "doubling", "impose", "imposes", "imposed", "imposing",
];
/// Verbs that add a burden ("put the burden on households"): read only with a cost.
#[rustfmt::skip]
const BURDENS: &[&str] = &["put", "puts", "putting", "shift", "shifts", "shifted", "shifting"];
/// Verbs that take from what they name.
#[rustfmt::skip]
const TAKES: &[&str] = &[
    "cut", "cuts", "cutting", "reduce", "reduces", "reduced", "reducing", "slash", "slashes",
    "slashed", "slashing", "eliminate", "eliminates", "eliminated", "eliminating", "end", "ends",
    "ended", "ending", "close", "closes", "closed", "closing", "scrap", "scraps", "scrapped",
    "scrapping", "suspend", "suspends", "suspended", "suspending", "trim", "trims", "trimmed",
    "trimming", "lower", "lowers", "lowered", "lowering", "freeze", "freezes", "froze",
    "freezing", "waive", "waives", "waived", "waiving",
];
/// Verbs that give to the people they name.
#[rustfmt::skip]
const GIVES: &[&str] = &[
    "serve", "serves", "served", "serving", "offer", "offers", "offered", "offering", "give",
    "gives", "gave", "giving", "provide", "provides", "provided", "providing", "shield",
    "shields", "shielded", "shielding", "spare", "spares", "spared", "sparing", "help", "helps",
    "helped", "helping", "protect", "protects", "protected", "protecting",
];
/// Verbs that harm the people they name.
#[rustfmt::skip]
const HARMS: &[&str] = &[
    "strand", "strands", "stranded", "stranding", "burden", "burdens", "burdened", "burdening",
    "overcharge", "overcharges", "overcharged", "overcharging", "evict", "evicts", "evicted",
    "evicting", "push", "pushes", "pushed", "pushing", "force", "forces", "forced", "forcing",
    "leaving", "shut", "shuts", "shutting", "hurt", "hurts", "hurting", "harm", "harms",
    "harmed", "harming",
];
/// People a deed can fall on: those an institution serves, employs or governs.
#[rustfmt::skip]
const PEOPLE: &[&str] = &[
    "people", "residents", "resident", "families", "family", "households", "household",
    "workers", "worker", "riders", "rider", "passengers", "patients", "patient", "women",
    "woman", "mothers", "children", "child", "kids", "students", "student", "customers",
    "ratepayers", "taxpayers", "employees", "staff", "nurses", "nurse", "teachers", "parents",
    "seniors", "elderly", "veterans", "tenants", "tenant", "renters", "consumers", "communities",
    "neighborhoods", "neighbourhoods", "public", "poor", "commuters", "citizens", "civilians",
    "retirees", "inmates", "prisoners", "homeowners", "drivers", "patrons",
];
/// Goods people receive: taking them away is harm.
#[rustfmt::skip]
const GOODS: &[&str] = &[
    "service", "services", "route", "routes", "job", "jobs", "pay", "wage", "wages", "salaries",
    "benefit", "benefits", "care", "program", "programs", "programme", "programmes", "funding",
    "beds", "clinic", "clinics", "schools", "bus", "buses", "trips", "stops", "discount",
    "discounts", "aid", "assistance", "subsidy", "subsidies", "scholarships", "shelter",
    "shelters", "meals", "classes", "coverage", "access", "hours", "branches", "libraries",
    "stations", "treatment", "housing", "positions", "relief", "credit", "credits", "break",
    "breaks",
];
/// Costs people bear: adding to them is harm.
#[rustfmt::skip]
const COSTS: &[&str] = &[
    "rates", "fee", "fees", "fare", "fares", "price", "prices", "tuition", "tax", "taxes",
    "rent", "rents", "premiums", "bill", "bills", "charges", "cost", "costs", "burden", "debt",
    "fines", "tolls", "wait", "waits", "delays",
];
/// Words that end the object: a new clause begins.
#[rustfmt::skip]
const OBJECT_ENDS: &[&str] = &[
    "but", "while", "which", "who", "that", "because", "although", "though", "yet", "even",
    "after", "before", "when", "since", "so", "and",
];

/// The word classes above, by word: built once.
#[derive(Default)]
struct Classes {
    deeds: FxHashMap<&'static str, Deed>,
    people: FxHashSet<&'static str>,
    /// Goods (1.0) and costs (-1.0).
    things: FxHashMap<&'static str, f32>,
    ends: FxHashSet<&'static str>,
}

fn classes() -> &'static Classes {
    static CLASSES: OnceLock<Classes> = OnceLock::new();
    CLASSES.get_or_init(|| {
        let mut c = Classes::default();
        for (words, deed) in [
            (ADDS, Deed::Adds),
            (BURDENS, Deed::Adds),
            (TAKES, Deed::Takes),
            (GIVES, Deed::Gives),
            (HARMS, Deed::Harms),
        ] {
            c.deeds.extend(words.iter().map(|&w| (w, deed)));
        }
        c.people.extend(PEOPLE.iter().copied());
        c.things.extend(GOODS.iter().map(|&w| (w, 1.0)));
        c.things.extend(COSTS.iter().map(|&w| (w, -1.0)));
        c.ends.extend(OBJECT_ENDS.iter().copied());
        c
    })
}

/// A deed read at one verb.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Effect {
    /// Positive for a benefit to people, negative for harm, before any negation.
    pub valence: f32,
    /// The token index of the object's word that names the people.
    pub last: usize,
    /// "without", "rather than", "instead of" right before the verb: the deed is not done.
    pub undone_by: Option<Range<usize>>,
}

/// The word at token `i`, lower-cased into `buf`, if it is a plain word short enough to be one
/// of the lists.
fn lower<'b>(sentence: &str, token: &Token, buf: &'b mut [u8; LONGEST]) -> Option<&'b str> {
    let Kind::Word { in_name: false, compound: false, .. } = token.kind else { return None };
    let bytes = sentence.as_bytes().get(token.range())?;
    if bytes.len() > LONGEST || !bytes.is_ascii() {
        return None;
    }
    let out = &mut buf[..bytes.len()];
    out.copy_from_slice(bytes);
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// The deed at token `i` of `clause`, if its verb is one of these and its object, within the
/// clause, names people (and, for a verb that adds or takes, a good or a cost).
pub(super) fn effect_at(sentence: &str, tokens: &[Token], clause: &Clause, i: usize) -> Option<Effect> {
    let classes = classes();
    let mut buf = [0u8; LONGEST];
    let verb = lower(sentence, &tokens[i], &mut buf)?;
    let deed = *classes.deeds.get(verb)?;
    // "put the burden on households", "shifting costs onto families": adding a burden.
    let burdens = matches!(verb, "put" | "puts" | "putting" | "shift" | "shifts" | "shifted" | "shifting");
    let before = &tokens[clause.tokens.start..i];
    // A noun, not a verb: "the freeze on pay", "its cuts".
    if before.iter().rev().find(|t| t.is_word()).is_some_and(|t| {
        matches!(
            sentence[t.range()].to_ascii_lowercase().as_str(),
            "the" | "a" | "an" | "its" | "their" | "his" | "her"
        )
    }) {
        return None;
    }
    let mut people = None;
    let mut thing: Option<f32> = None;
    // Put or shifted onto people, only a burden is a deed: "put a cap on fares" is not.
    let mut burden = false;
    let object = &tokens[i + 1..clause.tokens.end];
    let words = object.iter().take_while(|t| t.is_word()).take(OBJECT_WORDS);
    for (n, (k, token)) in (i + 1..).zip(words).enumerate() {
        let mut buf = [0u8; LONGEST];
        let Some(word) = lower(sentence, token, &mut buf) else { continue };
        if classes.ends.contains(word) {
            break;
        }
        // "gave residents no warning", "provided nothing": no deed done.
        if matches!(word, "no" | "nothing" | "none" | "little") {
            return None;
        }
        if classes.people.contains(word) {
            people = Some(k);
            break;
        }
        // Given or done to people, the people come first: "help struggling tenants", not
        // "helped landlords evict tenants" or "pushed for higher pay for nurses".
        let plural_noun =
            word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") && !matches!(word, "this" | "its");
        if matches!(deed, Deed::Gives | Deed::Harms) && (n >= GIVEN_WITHIN || plural_noun) {
            return None;
        }
        // The head of the object is its last good or cost: "fare discounts", "health care costs".
        if let Some(&value) = classes.things.get(word) {
            thing = Some(value);
            burden |= matches!(word, "burden" | "cost" | "costs" | "bill" | "bills");
        }
    }
    let last = people?;
    // "gave residents no warning", "offered nurses nothing": the thing given comes after them.
    let after = tokens[last + 1..clause.tokens.end].iter().filter(|t| t.is_word()).take(2);
    if after
        .map(|t| sentence[t.range()].to_ascii_lowercase())
        .any(|w| matches!(w.as_str(), "no" | "nothing" | "none"))
    {
        return None;
    }
    if burdens && !burden {
        return None;
    }
    let valence = match deed {
        Deed::Gives => DEED,
        Deed::Harms => -DEED,
        Deed::Adds => DEED * thing?,
        Deed::Takes => -DEED * thing?,
    };
    Some(Effect { valence, last, undone_by: undone_by(sentence, before) })
}

/// "without", "rather than", "instead of", "refused to", "failed to" right before the verb.
fn undone_by(sentence: &str, before: &[Token]) -> Option<Range<usize>> {
    let words: Vec<&Token> = before.iter().rev().filter(|t| t.is_word()).take(2).collect();
    let text = |t: &Token| sentence[t.range()].to_ascii_lowercase();
    match words.as_slice() {
        [one, ..] if text(one) == "without" => Some(one.range()),
        // "refused to raise pay for nurses", "failed to protect residents"
        [to, refused, ..]
            if text(to) == "to"
                && matches!(
                    text(refused).as_str(),
                    "refused" | "refuses" | "failed" | "fails" | "declined" | "declines"
                ) =>
        {
            Some(refused.start as usize..to.end as usize)
        }
        [second, first, ..]
            if (text(first) == "rather" && text(second) == "than")
                || (text(first) == "instead" && text(second) == "of") =>
        {
            Some(first.start as usize..second.end as usize)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::clauses::split;
    use crate::lexicon::tokens::tokenize;
    use crate::lexicon::{polarity_toward, polarity_toward_party, CueSource, Polarity};

    /// The deed at `verb` in `sentence`: its sign (after "without"/"rather than") and its span.
    fn read(sentence: &str, verb: &str) -> Option<(f32, String)> {
        let tokens = tokenize(sentence);
        let clauses = split(sentence, &tokens);
        let i = tokens.iter().position(|t| &sentence[t.range()] == verb).expect("verb in sentence");
        let clause = clauses.iter().find(|c| c.tokens.contains(&i)).expect("clause");
        effect_at(sentence, &tokens, clause, i).map(|e| {
            let sign = if e.undone_by.is_some() { -e.valence.signum() } else { e.valence.signum() };
            (sign, sentence[tokens[i].start as usize..tokens[e.last].end as usize].to_string())
        })
    }

    #[test]
    fn adding_a_cost_or_taking_a_good_from_people_is_harm() {
        assert_eq!(
            read("The board raised rates on households again.", "raised"),
            Some((-1.0, "raised rates on households".into()))
        );
        assert_eq!(
            read("The agency cut overnight service for riders who work late.", "cut"),
            Some((-1.0, "cut overnight service for riders".into()))
        );
        assert_eq!(
            read("It chose to put the burden on households.", "put"),
            Some((-1.0, "put the burden on households".into()))
        );
    }

    #[test]
    fn adding_a_good_or_taking_a_cost_from_people_is_a_benefit() {
        assert_eq!(
            read("The authority will expand its discount for low-income households.", "expand").map(|r| r.0),
            Some(1.0)
        );
        assert_eq!(read("The regents froze tuition for students.", "froze").map(|r| r.0), Some(1.0));
        assert_eq!(
            read("The system offered every affected nurse a job.", "offered"),
            Some((1.0, "offered every affected nurse".into()))
        );
    }

    #[test]
    fn a_deed_the_lexicon_values_takes_its_object_with_it() {
        // "struggling" is no judgement of the one who helps.
        assert_eq!(
            read("The authority plans to hire caseworkers to help struggling tenants.", "help"),
            Some((1.0, "help struggling tenants".into()))
        );
    }

    #[test]
    fn deeds_done_to_people_need_no_good_or_cost() {
        assert_eq!(read("The closure stranded riders downtown.", "stranded").map(|r| r.0), Some(-1.0));
        assert_eq!(
            read("The rule is leaving local ratepayers to cover the bill.", "leaving").map(|r| r.0),
            Some(-1.0)
        );
    }

    #[test]
    fn without_people_in_the_object_there_is_no_deed() {
        assert_eq!(read("The agency cut 11 overnight routes.", "cut"), None);
        assert_eq!(read("The authority raised rates by 14 percent.", "raised"), None);
        assert_eq!(read("It will close a $48 million deficit.", "close"), None);
        // People past the clause are not the object.
        assert_eq!(read("The board raised rates, and residents protested.", "raised"), None);
        assert_eq!(read("The board raised rates that residents pay.", "raised"), None);
    }

    #[test]
    fn a_deed_not_done_is_marked() {
        assert_eq!(
            read("It hired travelling nurses rather than raising pay for its own staff.", "raising"),
            Some((-1.0, "raising pay for its own staff".into()))
        );
        assert_eq!(
            read("It cut costs without cutting service for riders.", "cutting").map(|r| r.0),
            Some(1.0)
        );
    }

    #[test]
    fn the_head_of_the_object_decides_between_a_good_and_a_cost() {
        assert_eq!(read("The board expanded rent relief for tenants.", "expanded").map(|r| r.0), Some(1.0));
        assert_eq!(
            read("The board eliminated fare discounts for seniors.", "eliminated").map(|r| r.0),
            Some(-1.0)
        );
        assert_eq!(read("The state cut health care costs for families.", "cut").map(|r| r.0), Some(1.0));
        assert_eq!(
            read("The board suspended the tax break for families.", "suspended").map(|r| r.0),
            Some(-1.0)
        );
        // "rate" alone is no price: "raised the graduation rate for students".
        assert_eq!(read("The district raised the graduation rate for students.", "raised"), None);
    }

    #[test]
    fn a_verb_whose_object_is_not_the_people_or_a_deed_not_done_reads_nothing() {
        for (sentence, verb) in [
            ("The bill helped landlords evict tenants faster.", "helped"),
            ("The union pushed for higher pay for nurses.", "pushed"),
            ("The court forced landlords to repay tenants.", "forced"),
            ("Prosecutor Ruiz charged the landlord with harassing tenants.", "charged"),
            ("The office shut down a scam targeting seniors.", "shut"),
            ("She left her job to care for children.", "left"),
            ("The city granted paid leave to nurses.", "leave"),
            ("The board put a cap on fares for riders.", "put"),
            ("The agency provided no answers to riders.", "provided"),
            ("The board gave residents no warning.", "gave"),
            ("The board lifted the freeze on pay for nurses.", "freeze"),
        ] {
            assert_eq!(read(sentence, verb), None, "{sentence}");
        }
        assert_eq!(read("The hospital refused to raise pay for nurses.", "raise").map(|r| r.0), Some(-1.0));
        assert_eq!(read("The city failed to protect residents.", "protect").map(|r| r.0), Some(-1.0));
    }

    #[test]
    fn names_and_unknown_words_are_no_deeds() {
        assert_eq!(read("Fort Raise Riders Association met.", "Raise"), None);
        assert_eq!(read("The agency studied fares for riders.", "studied"), None);
    }

    /// The reading toward the party named `name`, and toward it as no party.
    fn toward_party(sentence: &str, name: &str) -> Polarity {
        let start = sentence.find(name).expect("name in sentence");
        polarity_toward_party(sentence, std::slice::from_ref(&(start..start + name.len())))
    }

    fn toward(sentence: &str, name: &str) -> Polarity {
        let start = sentence.find(name).expect("name in sentence");
        polarity_toward(sentence, std::slice::from_ref(&(start..start + name.len())))
    }

    fn cue_texts<'s>(sentence: &'s str, polarity: &Polarity) -> Vec<&'s str> {
        polarity.cues.iter().map(|c| &sentence[c.range.clone()]).collect()
    }

    #[test]
    fn a_deed_a_party_does_to_people_is_its_stance() {
        let s = "The authority chose to put the burden on households.";
        let p = toward_party(s, "authority");
        assert_eq!(cue_texts(s, &p), ["put the burden on households"]);
        assert_eq!(p.cues[0].source, CueSource::Effect);
        assert!(p.score < 0.0);
        // "struggling" is the tenants', not a judgement of the authority: the object is the deed's.
        let s = "The authority also plans to help struggling tenants.";
        let p = toward_party(s, "authority");
        assert_eq!(cue_texts(s, &p), ["help struggling tenants"]);
        assert!(p.score > 0.0);
        // A deed not done: negated, or "rather than".
        let s = "The system leaned on travelling nurses rather than raising pay for its own staff.";
        let p = toward_party(s, "system");
        assert!(p.score < 0.0, "{p:?}");
        assert_eq!(p.cues[0].negated_by.clone().map(|r| &s[r]), Some("rather than"));
    }

    #[test]
    fn a_deed_is_its_subjects_only() {
        // The one who says it, the one it is done to, and a target that is no party are not read.
        let s = "Okafor said the closing would push women to deliver on the roadside.";
        assert!(toward_party(s, "Okafor").cues.iter().all(|c| c.source != CueSource::Effect));
        let s = "The board raised fares for riders who rely on Metro.";
        assert!(toward_party(s, "Metro").cues.iter().all(|c| c.source != CueSource::Effect));
        let s = "The board raised fares for riders.";
        assert!(toward(s, "board").cues.iter().all(|c| c.source != CueSource::Effect));
        assert!(toward_party(s, "board").score < 0.0);
        // Another verb or another actor between: the deed is not theirs.
        for (s, name) in [
            ("The transit board, not Mayor Tom Park, raised fares for riders.", "Park"),
            ("Unlike Mayor Tom Park, the transit board raised fares for riders.", "Park"),
            ("Gomez criticized the transit board for raising fares on riders.", "Gomez"),
            ("Park fired the board members who cut service for riders.", "Park"),
            ("The hospital hired nurses to help struggling patients.", "hospital"),
        ] {
            assert!(toward_party(s, name).cues.iter().all(|c| c.source != CueSource::Effect), "{s}");
        }
        // Auxiliaries and verbs of deciding may stand between.
        let s = "The authority also voted to expand its discount for low-income households.";
        assert!(toward_party(s, "authority").cues.iter().any(|c| c.source == CueSource::Effect));
    }
}
