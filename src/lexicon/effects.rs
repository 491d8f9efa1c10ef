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
use super::positions::follows_determiner;
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
/// Object words that undo a deed: "gave residents no warning", "provided nothing".
const NOTHING: &[&str] = &["no", "nothing", "none", "little"];
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

/// Whether the word at `token` names people a deed can fall on ("residents", "workers").
pub(super) fn names_people(sentence: &str, token: &Token) -> bool {
    let mut buf = [0u8; LONGEST];
    lower(sentence, token, &mut buf).is_some_and(|word| classes().people.contains(word))
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
    let burdens = BURDENS.contains(&verb);
    let before = &tokens[clause.tokens.start..i];
    // A noun, not a verb: "the freeze on pay", "its cuts".
    if follows_determiner(before) {
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
        // "provided no answers", "gave nothing": no deed done.
        if NOTHING.contains(&word) {
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
    let mut after = tokens[last + 1..clause.tokens.end].iter().filter(|t| t.is_word()).take(2);
    if after.any(|t| NOTHING.contains(&sentence[t.range()].to_ascii_lowercase().as_str())) {
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
#[path = "effects_tests.rs"]
mod tests;
