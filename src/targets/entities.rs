//! The people, organisations, places and policies an article discusses, found without any word
//! list of the subject: named entities from capitalised runs, acronyms, and lower-case phrases
//! that recur ("maximum pressure").
//!
//! In: an [`Article`]. Out: [`ArticleEntities`], the entities with every place they are named.
//! Three linear passes over the body sentences: word case statistics (is "Critics" a name or a
//! sentence opener?), name runs and phrase counts, then phrase mentions. Aliases are merged by
//! hash lookups on the candidates, never by rescanning the text.

use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

use super::body::{BodyTokens, Sentence, SentenceBuffer};
use super::lexicon::{
    canonical_title, is_calendar, is_function_word, is_group_head, is_opener, is_participle, is_phrase_stop,
    is_place_head, is_title_word, title_gender,
};
use super::names::{merge_candidates, Candidate, Occurrence};
use super::tokens::fold_fast as fold;
use super::tokens::Token;
use crate::article::Article;
use crate::article::SentenceId;
use crate::matcher::PhraseMatcher;

pub use super::names::{EntityLookup, Gender};
pub use super::shared::{shared_targets, SharedTarget, MAX_SHARED};

/// What kind of thing an entity is, as far as its name and context tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntityKind {
    Person,
    /// An organisation, party, government body or group of people ("Republicans").
    Group,
    Place,
    /// A recurring lower-case phrase ("maximum pressure").
    Phrase,
    Other,
}

/// One thing the article talks about.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// Canonical form: lower case, titles and possessives removed ("barack obama").
    pub key: String,
    /// How to show it ("Barack Obama").
    pub name: String,
    /// Other forms seen in the article ("President Obama", "Obama", "Mr. Obama").
    pub aliases: Vec<String>,
    pub kind: EntityKind,
    /// Titles seen before the name, canonical ("president", "supreme leader", "senator").
    pub titles: Vec<String>,
    /// Gender when a title says it ("Mr.", "Congresswoman"), for "he" and "she".
    pub gender: Option<Gender>,
}

/// How a mention refers to its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MentionVia {
    /// The canonical name itself.
    Name,
    /// Another form: surname, title form, acronym.
    Alias,
    /// "he", "she", "his", "her" (see `coref`).
    Pronoun,
    /// "the senator", "the administration" (see `coref`).
    RoleNoun,
}

/// One place an entity is referred to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub entity: usize,
    pub at: SentenceId,
    /// Bytes within the sentence text.
    pub range: Range<usize>,
    pub via: MentionVia,
}

/// The entities of one article and their mentions, sorted by sentence then position.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ArticleEntities {
    /// Most mentioned first.
    pub entities: Vec<Entity>,
    pub mentions: Vec<Mention>,
}

impl ArticleEntities {
    /// The mentions in one sentence (mentions are sorted by sentence).
    pub fn mentions_in(&self, at: SentenceId) -> &[Mention] {
        let lo = self.mentions.partition_point(|m| m.at < at);
        let hi = self.mentions.partition_point(|m| m.at <= at);
        &self.mentions[lo..hi]
    }
}

/// A phrase must recur this often, in at least two paragraphs, to count as a target.
const MIN_PHRASE_COUNT: u32 = 2;
/// At most this many phrases per article: the most frequent ones.
const MAX_PHRASES: usize = 40;
/// Nouns that, after a name, make "the Obama administration" a group of its own.
const ORG_AFTER_NAME: &[&str] = &["administration", "campaign", "government", "regime"];
/// Prepositions before a name that say it is a place ("in Tehran").
const PLACE_PREPOSITIONS: &[&str] =
    &["in", "from", "to", "at", "across", "throughout", "near", "into", "outside", "inside"];

#[derive(Default, Clone, Copy)]
struct WordCase {
    capitalised_mid: u32,
    lower: u32,
}

#[derive(Default, Clone, Copy)]
struct PhraseCount {
    count: u32,
    paragraphs: u32,
    last_passage: u32,
}

/// Finds the named entities and recurring phrases of an article's body.
pub fn find_entities(article: &Article) -> ArticleEntities {
    find_entities_in(&BodyTokens::new(article))
}

/// [`find_entities`] on an article's body sentences, already tokenized.
pub(crate) fn find_entities_in(body: &BodyTokens) -> ArticleEntities {
    let article = body.article();
    let mut buffer = SentenceBuffer::default();
    let case = word_case(body, &mut buffer);
    let mut finder = NameFinder {
        case: &case,
        candidates: Vec::new(),
        by_key: HashMap::default(),
        occurrences: Vec::new(),
        vocabulary: HashMap::default(),
        phrase_counts: HashMap::default(),
    };
    for i in 0..body.len() {
        finder.sentence(&body.sentence(i, &mut buffer));
    }
    let (phrases, phrase_texts) = finder.chosen_phrases();
    let adjectives: Vec<bool> = finder.candidates.iter().map(Candidate::is_adjective).collect();
    finder.occurrences.retain(|o| !adjectives[o.candidate]);
    let (mut entities, mut mentions) = merge_candidates(finder.candidates, finder.occurrences);
    // The chosen phrases are found by one automaton pass per paragraph rather than by
    // tokenizing every sentence again.
    let matcher = PhraseMatcher::new(phrase_texts.iter().enumerate().map(|(i, p)| (p.as_str(), i)));
    for (pi, passage) in article.passages.iter().enumerate().filter(|_| !phrases.is_empty()) {
        let Ok(matcher) = matcher.as_ref() else { break };
        if !passage.is_body() {
            continue;
        }
        for hit in matcher.find(&fold(&passage.text)) {
            let si = passage.sentences.partition_point(|r| r.end <= hit.range.start);
            let Some(sentence) = passage.sentences.get(si).filter(|r| r.start <= hit.range.start) else {
                continue;
            };
            if hit.range.end > sentence.end {
                continue;
            }
            let at = SentenceId { passage: pi, sentence: si };
            let range = hit.range.start - sentence.start..hit.range.end - sentence.start;
            mentions.push(Mention { entity: entities.len() + hit.owner, at, range, via: MentionVia::Name });
        }
    }
    entities.extend(phrase_texts.into_iter().map(|key| Entity {
        name: key.clone(),
        key,
        aliases: Vec::new(),
        kind: EntityKind::Phrase,
        titles: Vec::new(),
        gender: None,
    }));
    order_by_mentions(&mut entities, &mut mentions);
    ArticleEntities { entities, mentions }
}

/// Most mentioned entities first; mentions in text order.
fn order_by_mentions(entities: &mut Vec<Entity>, mentions: &mut [Mention]) {
    let mut counts = vec![0usize; entities.len()];
    for m in mentions.iter() {
        counts[m.entity] += 1;
    }
    let mut order: Vec<usize> = (0..entities.len()).filter(|&e| counts[e] > 0).collect();
    order.sort_by_key(|&e| (std::cmp::Reverse(counts[e]), e));
    let mut new_index = vec![usize::MAX; entities.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut taken: Vec<Option<Entity>> = std::mem::take(entities).into_iter().map(Some).collect();
    *entities = order.iter().map(|&old| taken[old].take().expect("each entity once")).collect();
    for m in mentions.iter_mut() {
        m.entity = new_index[m.entity];
    }
    mentions.sort_by_key(|m| (m.at, m.range.start, m.range.end));
}

/// How often each word is capitalised in mid-sentence and written in lower case: a capital at
/// the start of a sentence only counts as a name when the word is capitalised elsewhere too.
fn word_case(body: &BodyTokens, buffer: &mut SentenceBuffer) -> HashMap<String, WordCase> {
    let mut case: HashMap<String, WordCase> = HashMap::default();
    for i in 0..body.len() {
        let Sentence { text, folded, tokens, .. } = body.sentence(i, buffer);
        for t in tokens {
            let lower_first = text[t.base.clone()].chars().next().is_some_and(char::is_lowercase);
            let counts_mid = t.capitalised && !t.initial && !t.acronym;
            if !(lower_first || counts_mid) {
                continue;
            }
            let word = &folded[t.base.clone()];
            let entry = match case.get_mut(word) {
                Some(e) => e,
                None => case.entry(word.to_string()).or_default(),
            };
            if lower_first {
                entry.lower += 1;
            } else {
                entry.capitalised_mid += 1;
            }
        }
    }
    case
}

struct NameFinder<'a> {
    case: &'a HashMap<String, WordCase>,
    candidates: Vec<Candidate>,
    by_key: HashMap<String, usize>,
    occurrences: Vec<Occurrence>,
    /// Lower-case content words, numbered, so that word pairs count without allocating.
    vocabulary: HashMap<String, u32>,
    phrase_counts: HashMap<(u32, u32), PhraseCount>,
}

impl NameFinder<'_> {
    fn sentence(&mut self, sentence: &Sentence) {
        let Sentence { at, text, folded, tokens } = *sentence;
        let word = |t: &Token| &folded[t.base.clone()];
        let name_like = |t: &Token| {
            t.capitalised && (text[t.base.clone()].chars().count() > 1 || t.full.end > t.base.end)
        };
        let mut i = 0;
        while i < tokens.len() {
            if !name_like(&tokens[i]) || is_calendar(word(&tokens[i])) {
                self.count_phrase(at, tokens, folded, i);
                i += 1;
                continue;
            }
            let mut end = i + 1;
            while end < tokens.len() {
                let prev = &tokens[end - 1];
                if prev.break_after || prev.possessive {
                    break;
                }
                let t = &tokens[end];
                let connector =
                    matches!(word(t), "of" | "de" | "al" | "bin" | "van" | "von" | "da" | "del" | "la")
                        && !t.break_after
                        && tokens.get(end + 1).is_some_and(|n| name_like(n) && !is_calendar(word(n)));
                if (name_like(t) && !is_calendar(word(t))) || connector {
                    end += 1;
                } else {
                    break;
                }
            }
            self.name_run(at, text, folded, tokens, i, end);
            i = end;
        }
    }

    /// Counts a lower-case content-word pair starting at token `i`.
    fn count_phrase(&mut self, at: SentenceId, tokens: &[Token], folded: &str, i: usize) {
        let (Some(a), Some(b)) = (tokens.get(i), tokens.get(i + 1)) else { return };
        let lower = |t: &Token| folded[t.base.clone()].chars().all(|c| c.is_lowercase() || c == '-');
        if a.break_after || a.possessive || a.capitalised || b.capitalised || !lower(a) || !lower(b) {
            return;
        }
        let (wa, wb) = (&folded[a.base.clone()], &folded[b.base.clone()]);
        if is_phrase_stop(wa) || is_phrase_stop(wb) {
            return;
        }
        let key = (self.word_id(wa), self.word_id(wb));
        let entry = self.phrase_counts.entry(key).or_default();
        entry.count += 1;
        let passage = at.passage as u32 + 1;
        if entry.last_passage != passage {
            entry.paragraphs += 1;
            entry.last_passage = passage;
        }
    }

    fn word_id(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.vocabulary.get(word) {
            return id;
        }
        let id = self.vocabulary.len() as u32;
        self.vocabulary.insert(word.to_string(), id);
        id
    }

    /// The phrases that recur, most frequent first: their word-id pairs and their text.
    fn chosen_phrases(&self) -> (HashMap<(u32, u32), usize>, Vec<String>) {
        let mut list: Vec<(&(u32, u32), &PhraseCount)> = self
            .phrase_counts
            .iter()
            .filter(|(_, c)| c.count >= MIN_PHRASE_COUNT && c.paragraphs >= 2)
            .collect();
        list.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(a.0.cmp(b.0)));
        list.truncate(MAX_PHRASES);
        let mut words: Vec<&str> = vec![""; self.vocabulary.len()];
        for (w, &id) in &self.vocabulary {
            words[id as usize] = w;
        }
        let texts =
            list.iter().map(|((a, b), _)| format!("{} {}", words[*a as usize], words[*b as usize])).collect();
        (list.into_iter().enumerate().map(|(i, (k, _))| (*k, i)).collect(), texts)
    }

    /// Turns the capitalised run `tokens[start..end]` into a candidate occurrence, after dropping
    /// sentence openers and separating titles.
    fn name_run(
        &mut self,
        at: SentenceId,
        text: &str,
        folded: &str,
        tokens: &[Token],
        start: usize,
        end: usize,
    ) {
        let word = |i: usize| &folded[tokens[i].base.clone()];
        let mut first = start;
        // A capital at the start of a sentence is no evidence of a name: keep the word only
        // when it is capitalised mid-sentence elsewhere, or starts a longer run and is never
        // written in lower case ("Barack Obama said" but not "Critics say", "But Akbarin").
        while first < end {
            let t = &tokens[first];
            let w = word(first);
            let case = self.case.get(w).copied().unwrap_or_default();
            // An all-capital "US" is not the pronoun; a title is kept for the title rule.
            let opener = !t.acronym && !is_title_word(w) && (is_opener(w) || w == "the");
            let doubtful = t.initial
                && !t.acronym
                && case.capitalised_mid == 0
                && (end - first == 1 || case.lower > 0 || is_participle(w));
            if opener || doubtful {
                first += 1;
            } else {
                break;
            }
        }
        if first >= end {
            return;
        }
        // Titles: everything up to the last title word, when a name follows it.
        let mut name_start = first;
        for i in first..end {
            let title_here =
                is_title_word(word(i)) || word(i) == "general" && i > first && is_title_word(word(i - 1));
            if title_here && i + 1 < end {
                name_start = i + 1;
                // "Secretary of State Hillary Clinton": the "of …" belongs to the title.
                if word(i + 1) == "of" && i + 3 < end {
                    name_start = i + 3;
                }
            }
        }
        let plain = |i: usize| !tokens[i].acronym && (is_function_word(word(i)) || is_title_word(word(i)));
        if (name_start..end).all(plain) {
            return;
        }
        let title = (name_start > first).then(|| (first..name_start).map(word).collect::<Vec<_>>().join(" "));
        let single = end - name_start == 1;
        let last = &tokens[end - 1];
        if single && title.is_none() && !last.acronym {
            let w = word(name_start);
            let case = self.case.get(w).copied().unwrap_or_default();
            // A word written in lower case more often than capitalised is a generic word in
            // a headline-style capital ("Internet", "Web"), not a name.
            if case.lower > case.capitalised_mid || is_opener(w) {
                return;
            }
        }
        let mut key = name_key(folded, tokens, name_start, end);
        let mut range = tokens[first].base.start..last.base.end;
        let mut org = false;
        // "the Obama administration" is a group of its own, not Obama.
        if let Some(next) = tokens.get(end) {
            let noun = &folded[next.base.clone()];
            if title.is_none() && !last.break_after && !last.possessive && ORG_AFTER_NAME.contains(&noun) {
                key = format!("{key} {noun}");
                range.end = next.base.end;
                org = true;
            }
        }
        let before = start.checked_sub(1).map(word);
        let display = if org {
            text[tokens[name_start].base.start..range.end].to_string()
        } else {
            text[tokens[name_start].base.start..last.base.end].to_string()
        };
        let surface = text[range.clone()].to_string();
        let index = match self.by_key.get(&key) {
            Some(&i) => i,
            None => {
                self.candidates.push(Candidate::new(key.clone(), end - name_start));
                self.by_key.insert(key, self.candidates.len() - 1);
                self.candidates.len() - 1
            }
        };
        let c = &mut self.candidates[index];
        c.count += 1;
        c.acronym |= single && last.acronym;
        c.org |= org;
        *c.forms.entry(display).or_default() += 1;
        if surface != text[tokens[name_start].base.start..range.end] {
            *c.surfaces.entry(surface).or_default() += 1;
        }
        if let Some(title) = &title {
            if c.gender.is_none() {
                c.gender = title_gender(title).map(|male| if male { Gender::Male } else { Gender::Female });
            }
            let title = canonical_title(title);
            if !c.titles.contains(&title) {
                c.titles.push(title);
            }
        }
        let next_lower =
            tokens.get(end).is_some_and(|n| text[n.base.clone()].starts_with(char::is_lowercase));
        if next_lower && !last.break_after && !last.possessive {
            c.before_lowercase += 1;
        }
        match before {
            Some("the") => c.after_the += 1,
            Some(w) if PLACE_PREPOSITIONS.contains(&w) => c.after_preposition += 1,
            _ => {}
        }
        self.occurrences.push(Occurrence { candidate: index, at, range });
    }
}

/// The canonical key of the name words `tokens[start..end]`: lower case, dots of acronyms
/// removed ("U.S." → "us"), curly apostrophes straightened.
fn name_key(folded: &str, tokens: &[Token], start: usize, end: usize) -> String {
    let mut key = String::new();
    for t in &tokens[start..end] {
        if !key.is_empty() {
            key.push(' ');
        }
        let w = &folded[t.base.clone()];
        if t.acronym {
            key.extend(w.chars().filter(|&c| c != '.'));
        } else {
            key.push_str(&w.replace('’', "'"));
        }
    }
    key
}

/// Whether an entity's name ends in a word that marks a group or a place.
pub(crate) fn head_kind(key: &str) -> Option<EntityKind> {
    let last = key.rsplit(' ').next()?;
    if is_group_head(last) {
        Some(EntityKind::Group)
    } else if is_place_head(last) {
        Some(EntityKind::Place)
    } else {
        None
    }
}

#[cfg(test)]
#[path = "entities_tests.rs"]
mod tests;
