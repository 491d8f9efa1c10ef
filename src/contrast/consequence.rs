//! What a policy brings about, judged by what it brings: a verb of causing or of lessening
//! with the policy as its subject, and an object the opinion lexicon values ("diplomacy …
//! creates space for engagement", "sanctions fuel inflation", "the deal reduced the risk of
//! war"). Bringing about something good, or lessening something bad, speaks for the policy;
//! the reverse against it. These are the benefactive and malefactive events of Deng and Wiebe
//! ("Sentiment propagation via implicature constraints", EACL 2014; EffectWordNet, Choi and
//! Wiebe 2014): the writer's stance toward the agent follows from the effect on the theme.
//!
//! In: a sentence's folded text and word ranges, and the word where a verb may stand. Out: the
//! reading, if the verb is one of these and its object is clearly valued.

use std::ops::Range;

use super::efficacy::EffectVerb;

/// Verbs that bring their object about or make it grow.
#[rustfmt::skip]
const CAUSING: &[&str] = &[
    "create", "creates", "created", "creating", "bring", "brings", "brought", "bringing",
    "produce", "produces", "produced", "yield", "yields", "yielded", "foster", "fosters",
    "fostered", "fuel", "fuels", "fueled", "fuelled", "spark", "sparks", "sparked", "trigger",
    "triggers", "triggered", "cause", "causes", "caused", "deepen", "deepens", "deepened",
    "boost", "boosts", "boosted", "strengthen", "strengthens", "strengthened", "breed", "breeds",
    "bred", "widen", "widens", "widened", "increase", "increases", "increased", "opens",
    "opened", "build", "builds", "built", "help", "helps", "helped", "benefit", "benefits",
    "benefited", "benefitted", "enrich", "enriches", "enriched", "empower", "empowers",
    "empowered",
];
/// Verbs that lessen or end their object.
#[rustfmt::skip]
const LESSENING: &[&str] = &[
    "reduce", "reduces", "reduced", "lower", "lowers", "lowered", "ease", "eases", "eased",
    "weaken", "weakens", "weakened", "undermine", "undermines", "undermined", "erode", "erodes",
    "eroded", "destroy", "destroys", "destroyed", "damage", "damages", "damaged", "diminish",
    "diminishes", "diminished", "avert", "averts", "averted", "shrink", "shrinks", "shrank",
];
/// Participles of harm that name their agent after "by" ("a country paralyzed by sanctions").
#[rustfmt::skip]
const HARMED_BY: &[&str] = &[
    "weakened", "damaged", "destroyed", "eroded", "undermined", "paralyzed", "paralysed",
    "crippled", "battered", "hobbled", "strangled", "impoverished", "hurt", "harmed",
];
/// "lead to", "result in": a verb whose object follows a particle.
#[rustfmt::skip]
const CAUSING_WITH_PARTICLE: &[(&str, &str)] = &[
    ("lead", "to"), ("leads", "to"), ("led", "to"), ("result", "in"), ("results", "in"),
    ("resulted", "in"),
];
/// People an effect can fall on: bringing them something is doing good ("help ordinary
/// families"), though no lexicon values the word.
#[rustfmt::skip]
const PARTIES: &[&str] = &[
    "people", "citizens", "families", "workers", "civilians", "society", "children", "patients",
    "population", "public", "country", "economy",
];
/// Object openers that undo the verb ("brought no relief", "built nothing good"), as
/// "nothing" undoes a verb of effect.
const NONE_OF_IT: &[&str] = &["no", "nothing", "little", "few", "none"];
/// Words that end the object: a new clause begins.
const OBJECT_ENDS: &[&str] =
    &["but", "while", "which", "who", "that", "because", "although", "though", "yet"];
/// At most this many words of object are read.
const OBJECT_WORDS: usize = 6;
/// The object's summed valence must reach this to count ("engagement" 2.0, "poverty" -1.6 …).
const MIN_OBJECT_VALENCE: f32 = 1.0;
/// What a party among the object's words counts for.
const PARTY_VALENCE: f32 = 1.0;

/// The reading of a verb of causing or lessening at word `i`, from its object's valence.
pub(crate) fn consequence_at(folded: &str, words: &[Range<usize>], i: usize) -> Option<EffectVerb> {
    let word = |k: usize| words.get(k).map(|r| &folded[r.clone()]);
    let verb = word(i)?;
    let (causing, object_from) = if CAUSING.contains(&verb) {
        (true, i + 1)
    } else if LESSENING.contains(&verb) {
        (false, i + 1)
    } else if CAUSING_WITH_PARTICLE.iter().any(|&(v, p)| v == verb && word(i + 1) == Some(p)) {
        (true, i + 2)
    } else {
        return None;
    };
    let undone_by = word(object_from).filter(|w| NONE_OF_IT.contains(w)).map(|_| words[object_from].clone());
    let mut valence = 0.0;
    let mut party = false;
    let mut last_valued = None;
    for k in object_from..(object_from + OBJECT_WORDS).min(words.len()) {
        if k > object_from
            && folded[words[k - 1].end..words[k].start].contains([',', ';', ':', '(', ')', '—', '–', '.'])
        {
            break;
        }
        let w = word(k)?;
        if OBJECT_ENDS.contains(&w) {
            break;
        }
        let v = crate::lexicon::valence_of(w);
        if v != 0.0 {
            valence += v;
            last_valued = Some(k);
        } else if PARTIES.contains(&w) && !party {
            party = true;
            valence += PARTY_VALENCE;
            last_valued = Some(k);
        }
    }
    let last = last_valued?;
    (valence.abs() >= MIN_OBJECT_VALENCE).then(|| EffectVerb {
        range: words[i].start..words[last].end,
        works: causing == (valence > 0.0),
        undone_by,
    })
}

/// Words of the theme a participle of harm follows, read back from it ("a country").
const THEME_WORDS: usize = 3;

/// The reading when the topic, whose first word is `first`, is the agent of a participle of
/// harm ("a country paralyzed by sanctions"): against it when the one harmed is a party or
/// valued good, for it when the one harmed is valued bad ("terror networks weakened by
/// sanctions").
pub(crate) fn harm_by(folded: &str, words: &[Range<usize>], first: usize) -> Option<EffectVerb> {
    let word = |k: usize| &folded[words[k].clone()];
    let participle = first.checked_sub(2)?;
    if word(first - 1) != "by" || !HARMED_BY.contains(&word(participle)) {
        return None;
    }
    let mut valence = 0.0;
    let mut from = participle;
    for k in (participle.saturating_sub(THEME_WORDS)..participle).rev() {
        if folded[words[k].end..words[k + 1].start].contains([',', ';', ':', '(', ')', '—', '–', '.']) {
            break;
        }
        let v = crate::lexicon::valence_of(word(k));
        let counts = if v != 0.0 {
            v
        } else if PARTIES.contains(&word(k)) {
            PARTY_VALENCE
        } else {
            0.0
        };
        if counts != 0.0 {
            valence += counts;
            from = k;
        }
    }
    (valence.abs() >= MIN_OBJECT_VALENCE).then(|| EffectVerb {
        range: words[from].start..words[first - 1].end,
        works: valence < 0.0,
        undone_by: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold::{fold, words};

    /// The reading of the verb `verb` in `text`, as (works, the words it spans), `works`
    /// reversed when the object undoes it.
    fn read(text: &str, verb: &str) -> Option<(bool, String)> {
        let folded = fold(text);
        let words = words(&folded);
        let i = words.iter().position(|r| &folded[r.clone()] == verb).expect("verb in text");
        consequence_at(&folded, &words, i)
            .map(|v| (v.works != v.undone_by.is_some(), folded[v.range].to_string()))
    }

    #[test]
    fn bringing_about_good_or_lessening_bad_speaks_for_the_subject() {
        assert_eq!(
            read("Diplomacy creates space for engagement on human rights.", "creates"),
            Some((true, "creates space for engagement".into()))
        );
        assert_eq!(
            read("The deal reduced the risk of war.", "reduced"),
            Some((true, "reduced the risk of war".into()))
        );
        assert_eq!(
            read("The strikes led to real progress.", "led"),
            Some((true, "led to real progress".into()))
        );
        assert_eq!(
            read("Sanctions help ordinary people? No: they strengthened ordinary people.", "strengthened"),
            Some((true, "strengthened ordinary people".into()))
        );
        assert_eq!(
            read("A deal would help ordinary families.", "help"),
            Some((true, "help ordinary families".into()))
        );
        // Whom a policy helps decides: helping the regime says nothing the lexicon can read.
        assert_eq!(read("The deal would help the regime.", "help"), None);
    }

    #[test]
    fn bringing_about_bad_or_lessening_good_speaks_against_it() {
        assert_eq!(
            read("Sanctions fuel inflation and poverty.", "fuel"),
            Some((false, "fuel inflation and poverty".into()))
        );
        assert_eq!(read("The war would deepen hardship.", "deepen"), Some((false, "deepen hardship".into())));
        assert_eq!(
            read("Sanctions weakened ordinary families.", "weakened"),
            Some((false, "weakened ordinary families".into()))
        );
    }

    #[test]
    fn harm_by_a_policy_to_a_party_speaks_against_it() {
        let by = |text: &str, agent: &str| {
            let folded = fold(text);
            let words = words(&folded);
            let first = words.iter().position(|r| &folded[r.clone()] == agent).expect("agent in text");
            harm_by(&folded, &words, first).map(|v| (v.works, folded[v.range].to_string()))
        };
        assert_eq!(
            by("He said running a country paralyzed by sanctions was impossible.", "sanctions"),
            Some((false, "country paralyzed by".into()))
        );
        assert_eq!(
            by("Terror networks weakened by sanctions regroup.", "sanctions").map(|r| r.0),
            Some(true)
        );
        assert_eq!(by("A policy weakened by sanctions lapsed.", "sanctions"), None);
        assert_eq!(by("The country, paralyzed by sanctions, waited.", "sanctions"), None);
    }

    #[test]
    fn an_object_of_no_value_or_past_the_clause_says_nothing() {
        assert_eq!(read("The talks produced a draft text.", "produced"), None);
        assert_eq!(read("The deal opened a channel, which was a great relief.", "opened"), None);
        assert_eq!(read("The deal built nothing good.", "built").map(|r| r.0), Some(false));
        assert_eq!(read("The talks brought no relief.", "brought").map(|r| r.0), Some(false));
        assert_eq!(read("Sanctions caused the rial, long weak, to slide.", "caused"), None);
    }
}
