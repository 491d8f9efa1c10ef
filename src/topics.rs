//! The topic map compiled for matching: which topic each term signals, which stance each cue
//! signals, and the global cue lists (negation, hedging, contrast, attribution).

use crate::color::Color;
use crate::config::Config;
use crate::gapped::GappedPhrases;
use crate::matcher::{PhraseError, PhraseHit, PhraseMatcher};

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
}

impl Topic {
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

/// Matchers for every list of the map, built once per config.
#[derive(Debug, Clone)]
pub struct TopicMap {
    pub topics: Vec<Topic>,
    terms: PhraseMatcher,
    stance_cues: PhraseMatcher,
    /// The same cues of two words or more, matched with a few words inside them.
    gapped_cues: GappedPhrases,
    stance_owners: Vec<(usize, usize)>,
    pub negation: PhraseMatcher,
    pub hedge: PhraseMatcher,
    pub contrast: PhraseMatcher,
    pub attribution: PhraseMatcher,
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
            })
            .collect();
        let terms = PhraseMatcher::new(
            config
                .topics
                .iter()
                .enumerate()
                .flat_map(|(i, t)| t.terms.iter().map(move |term| (term.as_str(), i))),
        )?;
        let mut stance_owners = Vec::new();
        let mut cue_phrases = Vec::new();
        for (ti, topic) in config.topics.iter().enumerate() {
            for (si, (_, cues)) in topic.stances.iter().enumerate() {
                let owner = stance_owners.len();
                stance_owners.push((ti, si));
                cue_phrases.extend(cues.iter().map(|c| (c.as_str(), owner)));
            }
        }
        let list = |l: &[String]| PhraseMatcher::new(l.iter().map(|p| (p.as_str(), 0)));
        Ok(TopicMap {
            topics,
            terms,
            stance_cues: PhraseMatcher::new(cue_phrases.iter().copied())?,
            gapped_cues: GappedPhrases::new(cue_phrases),
            stance_owners,
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
        let mut hits: Vec<CueHit> = self
            .stance_cues
            .find(folded)
            .into_iter()
            .chain(self.gapped_cues.find(folded))
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
}
