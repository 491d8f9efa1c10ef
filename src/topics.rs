//! The topic map compiled for matching: which topic each term signals, which stance each cue
//! signals, and the global cue lists (negation, hedging, contrast, attribution).

use std::ops::Range;

use crate::color::Color;
use crate::config::Config;
use crate::gapped::GappedPhrases;
use crate::matcher::{phrase_bytes, PhraseError, PhraseHit, PhraseLists, PhraseMatcher, MAX_PHRASE_BYTES};

/// A topic as the analysis and the views use it.
#[derive(Debug, Clone, PartialEq)]
pub struct Topic {
    pub name: String,
    pub color: Color,
    pub stances: Vec<String>,
    /// The terms that signal the topic, as the config lists them.
    pub terms: Vec<String>,
    /// How much its stance contrasts count beside other topics' (the config's `weight`).
    pub weight: f32,
    /// The stance that says the topic works, when it has two and only one lists success
    /// ("worked", "effective", "success"): a policy judged by its effect ("sanctions have not
    /// stopped …") is read for it or against it (see `contrast::efficacy`).
    pub works_stance: Option<usize>,
    /// The stance whose cues the opinion lexicon values clearly above the other's, when the
    /// topic has two ("engage" over "reject"): what a topic brings about speaks for it or
    /// against it (see `contrast::consequence`).
    pub favoured_stance: Option<usize>,
}

/// Cues by which a map's author names the stance that a policy works.
const SUCCESS_CUES: &[&str] =
    &["worked", "working", "works", "effective", "success", "successful", "succeeded"];

/// The one stance of two whose cues name success.
fn works_stance(stances: &[(String, Vec<String>)]) -> Option<usize> {
    let names_success = |cues: &[String]| {
        cues.iter().any(|c| SUCCESS_CUES.contains(&c.trim_end_matches('*').to_lowercase().as_str()))
    };
    let naming: Vec<usize> = (0..stances.len()).filter(|&i| names_success(&stances[i].1)).collect();
    (stances.len() == 2 && naming.len() == 1).then(|| naming[0])
}

/// How a topic is judged by what it does (see [`Topic::judged`] and `contrast::efficacy`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Judged {
    /// By its effect, its verdict and what followed while it held: a policy whose map names a
    /// stance of success.
    ByEffect,
    /// Only by the consequence it brings: a topic whose map favours one stance by its words.
    ByConsequence,
}

/// The mean valence of one stance's cues must exceed the other's by this much for it to be
/// the favoured one (negotiations' "engage" over "reject"; human rights' two lists, both
/// criticisms, favour neither).
const FAVOURED_MARGIN: f32 = 0.5;

/// The one stance of two whose cues the opinion lexicon values clearly higher.
fn favoured_stance(stances: &[(String, Vec<String>)]) -> Option<usize> {
    if stances.len() != 2 {
        return None;
    }
    let mean = |cues: &[String]| {
        let valued: Vec<f32> = cues
            .iter()
            .map(|c| c.split(' ').map(|w| crate::lexicon::valence_of(w.trim_end_matches('*'))).sum::<f32>())
            .filter(|v| *v != 0.0)
            .collect();
        valued.iter().sum::<f32>() / valued.len().max(1) as f32
    };
    let (a, b) = (mean(&stances[0].1), mean(&stances[1].1));
    if (a - b).abs() < FAVOURED_MARGIN {
        return None;
    }
    Some(usize::from(b > a))
}

impl Topic {
    /// How the topic is judged by what it does, and the stance that speaks for it: every
    /// reading of effect for a policy whose map names success, only what it brings about for
    /// a topic that favours one stance by its words, none otherwise.
    pub fn judged(&self) -> Option<(usize, Judged)> {
        self.works_stance
            .map(|s| (s, Judged::ByEffect))
            .or(self.favoured_stance.map(|s| (s, Judged::ByConsequence)))
    }

    /// The name as people read it ("civil_society" → "civil society").
    pub fn label(&self) -> String {
        self.name.replace('_', " ")
    }
}

/// A stance cue found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CueHit {
    pub topic: usize,
    pub stance: usize,
    pub range: std::ops::Range<usize>,
}

/// The lists of [`TopicMap::passage_lists`], in order.
const TERMS: usize = 0;
const CUES: usize = 1;
const FIRST_WORDS: usize = 2;

/// What [`TopicMap::read_passage`] finds in a passage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PassageHits {
    /// Topic term hits, as ranges into the passage; `owner` is the topic index.
    pub terms: Vec<PhraseHit>,
    /// Stance cue hits of each sentence asked for, as ranges into the sentence.
    pub cues: Vec<Vec<CueHit>>,
}

/// Matchers for every list of the map, built once per config.
#[derive(Debug, Clone)]
pub struct TopicMap {
    pub topics: Vec<Topic>,
    terms: PhraseMatcher,
    stance_cues: PhraseMatcher,
    /// The same cues of two words or more, matched with a few words inside them.
    gapped_cues: GappedPhrases,
    stance_owners: Vec<(usize, usize)>,
    /// Topic terms, stance cues and the gapped cues' first words in one automaton, to read a
    /// passage in one pass ([`TopicMap::read_passage`]); `None` when the three together are
    /// over the size limit, and each is searched alone.
    passage_lists: Option<PhraseLists>,
    pub negation: PhraseMatcher,
    pub hedge: PhraseMatcher,
    pub contrast: PhraseMatcher,
    pub attribution: PhraseMatcher,
}

/// Common irregular verbs that begin stance cues ("buy time", "brought Iran to the table",
/// "kept its commitments"): each form stands for the others.
#[rustfmt::skip]
const IRREGULAR: &[&[&str]] = &[
    &["buy", "buys", "buying", "bought"], &["bring", "brings", "bringing", "brought"],
    &["keep", "keeps", "keeping", "kept"], &["cut", "cuts", "cutting"],
    &["bear", "bears", "bearing", "bore", "borne"], &["give", "gives", "giving", "gave", "given"],
    &["hold", "holds", "holding", "held"], &["make", "makes", "making", "made"],
    &["take", "takes", "taking", "took", "taken"], &["win", "wins", "winning", "won"],
    &["lose", "loses", "losing", "lost"], &["sell", "sells", "selling", "sold"],
    &["throw", "throws", "throwing", "threw", "thrown"],
    &["break", "breaks", "breaking", "broke", "broken"], &["pay", "pays", "paying", "paid"],
    &["fight", "fights", "fighting", "fought"], &["feed", "feeds", "feeding", "fed"],
];

/// The other forms of a cue whose first word is a verb we can inflect: a regular past tense
/// ("worked" → "working", "works", "workes"; "hollowed out" → "hollowing out" …) or a form of
/// a common irregular verb ("buy time" → "bought time", "buys time", "buying time"). A form
/// that is no word ("workes") never matches.
fn forms_of(cue: &str) -> Vec<String> {
    let (first, rest) = cue.split_once(' ').map_or((cue, ""), |(f, r)| (f, r));
    let with_rest = |form: &str| if rest.is_empty() { form.to_string() } else { format!("{form} {rest}") };
    let lower = first.to_lowercase();
    if let Some(family) = IRREGULAR.iter().find(|family| family.contains(&lower.as_str())) {
        return family.iter().filter(|f| **f != lower).map(|f| with_rest(f)).collect();
    }
    match lower.strip_suffix("ed").filter(|s| s.len() >= 3 && s.chars().all(|c| c.is_ascii_alphabetic())) {
        Some(stem) => ["ing", "s", "es"].iter().map(|ending| with_rest(&format!("{stem}{ending}"))).collect(),
        None => Vec::new(),
    }
}

/// The other forms of the stance cues that begin with a verb (see [`forms_of`]): a map's author
/// writes one form, and an article argues in another ("the JCPOA was working", "the talks have
/// only bought Tehran time"). A form the topic lists already (under either stance) is left to
/// that listing. `topic_of` gives a cue owner's topic. Only while the cues stay within
/// [`MAX_PHRASE_BYTES`] together.
fn verb_forms(cues: &[(&str, usize)], topic_of: &dyn Fn(usize) -> usize) -> Vec<(String, usize)> {
    let listed: std::collections::HashSet<(String, usize)> =
        cues.iter().map(|(c, owner)| (c.to_lowercase(), topic_of(*owner))).collect();
    let mut out: Vec<(String, usize)> = Vec::new();
    for &(cue, owner) in cues {
        for form in forms_of(cue) {
            let topic = topic_of(owner);
            if !listed.contains(&(form.to_lowercase(), topic))
                && !out.iter().any(|(f, o)| *f == form && topic_of(*o) == topic)
            {
                out.push((form, owner));
            }
        }
    }
    let bytes = |list: &mut dyn Iterator<Item = &str>| list.map(phrase_bytes).sum::<usize>();
    if bytes(&mut cues.iter().map(|(c, _)| *c)) + bytes(&mut out.iter().map(|(f, _)| f.as_str()))
        > MAX_PHRASE_BYTES
    {
        return Vec::new();
    }
    out
}

impl TopicMap {
    pub fn new(config: &Config) -> Result<TopicMap, PhraseError> {
        let topics = config
            .topics
            .iter()
            .map(|t| Topic {
                name: t.name.clone(),
                color: t.color,
                stances: t.stances.iter().map(|(n, _)| n.clone()).collect(),
                terms: t.terms.clone(),
                weight: t.weight,
                works_stance: works_stance(&t.stances),
                favoured_stance: favoured_stance(&t.stances),
            })
            .collect();
        let term_phrases: Vec<(&str, usize)> = config
            .topics
            .iter()
            .enumerate()
            .flat_map(|(i, t)| t.terms.iter().map(move |term| (term.as_str(), i)))
            .collect();
        let terms = PhraseMatcher::new(term_phrases.iter().copied())?;
        let mut stance_owners = Vec::new();
        let mut cue_phrases = Vec::new();
        for (ti, topic) in config.topics.iter().enumerate() {
            for (si, (_, cues)) in topic.stances.iter().enumerate() {
                let owner = stance_owners.len();
                stance_owners.push((ti, si));
                cue_phrases.extend(cues.iter().map(|c| (c.as_str(), owner)));
            }
        }
        let forms = verb_forms(&cue_phrases, &|owner| stance_owners[owner].0);
        cue_phrases.extend(forms.iter().map(|(f, owner)| (f.as_str(), *owner)));
        let list = |l: &[String]| PhraseMatcher::new(l.iter().map(|p| (p.as_str(), 0)));
        let stance_cues = PhraseMatcher::new(cue_phrases.iter().copied())?;
        let gapped_cues = GappedPhrases::new(cue_phrases.iter().copied());
        let firsts: Vec<(&str, usize)> = gapped_cues.first_words().collect();
        let passage_lists = PhraseLists::new(&[term_phrases, cue_phrases, firsts]).ok();
        Ok(TopicMap {
            topics,
            terms,
            stance_cues,
            gapped_cues,
            stance_owners,
            passage_lists,
            negation: list(&config.cues.negation)?,
            hedge: list(&config.cues.hedge)?,
            contrast: list(&config.cues.contrast)?,
            attribution: list(&config.cues.attribution)?,
        })
    }

    /// Topic term hits in folded text; `owner` is the topic index.
    pub fn find_terms(&self, folded: &str) -> Vec<PhraseHit> {
        self.terms.find(folded)
    }

    /// Stance cue hits in folded text: exact ones, then those with a few words inside them
    /// ("buy the regime time"), in text order.
    pub fn find_cues(&self, folded: &str) -> Vec<CueHit> {
        self.cue_hits(self.stance_cues.find(folded), self.gapped_cues.find(folded))
    }

    /// A passage's topic terms (as [`TopicMap::find_terms`] gives them) and the stance cues of
    /// each of its `sentences` (as [`TopicMap::find_cues`] gives them on the sentence alone),
    /// read in one pass of one automaton.
    pub fn read_passage(&self, folded: &str, sentences: &[Range<usize>]) -> PassageHits {
        let Some(lists) = &self.passage_lists else {
            return PassageHits {
                terms: self.find_terms(folded),
                cues: sentences.iter().map(|r| self.find_cues(&folded[r.clone()])).collect(),
            };
        };
        let found = lists.scan(folded);
        let cues = sentences
            .iter()
            .map(|r| {
                let sentence = &folded[r.clone()];
                match (found.within(CUES, folded, r), found.within(FIRST_WORDS, folded, r)) {
                    (Some(exact), Some(firsts)) => {
                        self.cue_hits(exact, self.gapped_cues.complete(sentence, firsts))
                    }
                    _ => self.find_cues(sentence),
                }
            })
            .collect();
        PassageHits { terms: found.all(TERMS), cues }
    }

    /// Exact and gapped cue hits as [`CueHit`]s, in text order.
    fn cue_hits(&self, exact: Vec<PhraseHit>, gapped: Vec<PhraseHit>) -> Vec<CueHit> {
        let mut hits: Vec<CueHit> = exact
            .into_iter()
            .chain(gapped)
            .map(|h| {
                let (topic, stance) = self.stance_owners[h.owner];
                CueHit { topic, stance, range: h.range }
            })
            .collect();
        hits.sort_by_key(|h| (h.range.start, h.range.end));
        hits
    }

    pub fn index_of(&self, name: &str) -> Option<usize> {
        self.topics.iter().position(|t| t.name.eq_ignore_ascii_case(name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold::fold;

    #[test]
    fn default_map_finds_terms_and_cues() {
        let map = TopicMap::new(&Config::default_config()).unwrap();
        let text = "Sanctions hurt ordinary Iranians, and the Joint Comprehensive Plan of Action failed.";
        let folded = fold(text);
        let topics: Vec<&str> =
            map.find_terms(&folded).iter().map(|h| map.topics[h.owner].name.as_str()).collect();
        assert!(topics.contains(&"sanctions"));
        assert!(topics.contains(&"jcpoa"));
        let sanctions = map.index_of("sanctions").unwrap();
        let harm = map.topics[sanctions].stances.iter().position(|s| s == "harm").unwrap();
        assert!(map.find_cues(&folded).iter().any(|c| c.topic == sanctions && c.stance == harm));
    }

    #[test]
    fn a_passage_read_in_one_pass_gives_each_sentence_its_own_cues() {
        use crate::text::sentences::split_sentences;
        let map = TopicMap::new(&Config::default_config()).unwrap();
        let text = "Sanctions hurt ordinary Iranians. They only buy the regime time, and the talks \
                    are a lifeline. The Joint Comprehensive Plan of Action failed; it was a bad deal! \
                    Critics say sanctions worked. An end to the talks brought Iran back to the table.";
        let folded = fold(text);
        let mut sentences = split_sentences(text);
        // Parts cut inside words, which cannot be read from the passage's scan.
        sentences.extend([3..20, 0..text.len() - 2, 40..120]);
        let read = map.read_passage(&folded, &sentences);
        assert_eq!(read.terms, map.find_terms(&folded));
        assert!(read.cues.iter().any(|c| c.len() > 1));
        for (range, cues) in sentences.iter().zip(&read.cues) {
            assert_eq!(cues, &map.find_cues(&folded[range.clone()]), "{:?}", &text[range.clone()]);
        }
    }

    #[test]
    fn a_past_tense_cue_also_matches_its_other_verb_forms() {
        let map = TopicMap::new(&Config::default_config()).unwrap();
        let jcpoa = map.index_of("jcpoa").unwrap();
        let worked = map.topics[jcpoa].stances.iter().position(|s| s == "worked").unwrap();
        let cues_in = |text: &str| map.find_cues(&fold(text));
        for text in ["The JCPOA was working until 2018.", "The nuclear deal works."] {
            assert!(cues_in(text).iter().any(|c| c.topic == jcpoa && c.stance == worked), "{text}");
        }
        // Forms are made without a dictionary: a non-word ("celebrats") is listed and never
        // occurs; a form the list holds already ("working") is left to it; and a form inside a
        // longer word is no match.
        let forms = verb_forms(&[("celebrated", 0), ("worked", 0), ("working", 0)], &|o| o);
        let forms: Vec<&str> = forms.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(forms, ["celebrating", "celebrats", "celebrates", "works", "workes"]);
        // The first word of a phrase, regular or irregular.
        assert_eq!(forms_of("buy time"), ["buys time", "buying time", "bought time"]);
        assert_eq!(forms_of("hollowed out"), ["hollowing out", "hollows out", "hollowes out"]);
        assert!(forms_of("red line").is_empty() && forms_of("sanction*").is_empty());
        assert!(cues_in("The deal was a piece of reworking.").iter().all(|c| c.topic != jcpoa));
    }
}
