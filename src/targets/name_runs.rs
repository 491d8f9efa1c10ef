//! The first two passes of entity finding over an article's body sentences: how each word is
//! written (`word_case`), then the capitalised runs that are names (titles separated, sentence
//! openers dropped) and the lower-case word pairs that recur ("maximum pressure").
//!
//! In: the body's [`BodyTokens`]. Out: [`NameRuns`] — name candidates with counts, titles and
//! context, every occurrence, and the phrases chosen as targets; `entities` merges them.

use rustc_hash::FxHashMap as HashMap;

use super::body::{BodyTokens, Sentence, SentenceBuffer};
use super::entity::Gender;
use super::lexicon::{
    canonical_title, is_calendar, is_function_word, is_opener, is_participle, is_phrase_stop, is_title_word,
    title_gender,
};
use super::names::{Candidate, Occurrence};
use super::subject_nouns::subject_nouns;
use super::tokens::Token;
use super::word_case::{subject_words, word_case, WordCase};
use crate::article::SentenceId;

/// A phrase must recur this often, in at least two paragraphs, to count as a target.
const MIN_PHRASE_COUNT: u32 = 2;
/// At most this many phrases per article: the most frequent ones.
const MAX_PHRASES: usize = 40;
/// Nouns that, after a name, make "the Obama administration" a group of its own.
const ORG_AFTER_NAME: &[&str] = &["administration", "campaign", "government", "regime"];
/// Nouns that, after a name or its possessive, say it is an organisation: it has officers,
/// staff, customers ("Chick-fil-A president Dan Cathy", "the company's restaurants").
const ORGANISATION_PARTS: &[&str] = &[
    "president",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ceo",
    "chairman",
    "chairwoman",
    "founder",
    "executives",
    "employees",
    "workers",
    "owner",
    "stores",
    "restaurants",
    "restaurant",
    "customers",
    "shareholders",
    "franchise",
    "headquarters",
];
/// Prepositions before a name that say it is a place ("in Tehran").
const PLACE_PREPOSITIONS: &[&str] =
    &["in", "from", "to", "at", "across", "throughout", "near", "into", "outside", "inside"];

#[derive(Default, Clone, Copy)]
struct PhraseCount {
    count: u32,
    paragraphs: u32,
    last_passage: u32,
}

/// What the name-run pass found: candidate names with their occurrences, and the recurring
/// lower-case phrases chosen as targets (most frequent first).
pub(super) struct NameRuns {
    pub candidates: Vec<Candidate>,
    pub occurrences: Vec<Occurrence>,
    pub phrases: Vec<String>,
    /// See [`subject_words`].
    pub subject_words: Vec<String>,
    /// See [`subject_nouns`]: each noun's forms, most used first.
    pub subject_nouns: Vec<Vec<String>>,
}

/// Reads the body twice: word case first, then name runs and phrase counts.
pub(super) fn find_name_runs(body: &BodyTokens) -> NameRuns {
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
    let phrases = finder.chosen_phrases();
    NameRuns {
        candidates: finder.candidates,
        occurrences: finder.occurrences,
        phrases,
        subject_words: subject_words(&case),
        subject_nouns: subject_nouns(&case),
    }
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
        let Sentence { at, text, folded, tokens, .. } = *sentence;
        let word = |t: &Token| &folded[t.base.clone()];
        let name_like = |t: &Token| {
            t.capitalised && (text[t.base.clone()].chars().count() > 1 || t.full.end > t.base.end)
        };
        let mut i = 0;
        // Whether the token after the last pair counted may be in a phrase: as the first word
        // of the next pair it is asked again at once.
        let mut known: Option<(usize, bool)> = None;
        while i < tokens.len() {
            if !name_like(&tokens[i]) || is_calendar(word(&tokens[i])) {
                self.count_phrase(at, tokens, folded, i, &mut known);
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

    /// Counts a lower-case content-word pair starting at token `i`. `known` carries whether
    /// a token may be in a phrase from one call to the next.
    fn count_phrase(
        &mut self,
        at: SentenceId,
        tokens: &[Token],
        folded: &str,
        i: usize,
        known: &mut Option<(usize, bool)>,
    ) {
        let (Some(a), Some(b)) = (tokens.get(i), tokens.get(i + 1)) else { return };
        if a.break_after || a.possessive {
            return;
        }
        let mut may_be_in_phrase = |j: usize| match *known {
            Some((k, answer)) if k == j => answer,
            _ => {
                let answer = phrase_word(&tokens[j], folded);
                *known = Some((j, answer));
                answer
            }
        };
        if !may_be_in_phrase(i) || !may_be_in_phrase(i + 1) {
            return;
        }
        let (wa, wb) = (&folded[a.base.clone()], &folded[b.base.clone()]);
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

    /// The phrases that recur, most frequent first.
    fn chosen_phrases(&self) -> Vec<String> {
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
        list.iter().map(|((a, b), _)| format!("{} {}", words[*a as usize], words[*b as usize])).collect()
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
            // A title before a name is a title even where capitals say nothing ("Congressman
            // Anthony Weiner broke his silence", though "the congressman" recurs in lower case).
            let titles_a_name = is_title_word(w) && end - first > 1;
            let doubtful = t.initial
                && !t.acronym
                && !titles_a_name
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
        // "The Queen of Rage" is a name, not a queen called "of Rage".
        if name_start > first && word(name_start) == "of" {
            name_start = first;
        }
        // "Gov. Rick Perry of Texas", "Sheriff Joe Arpaio of Maricopa County": after a titled
        // person's name, "of …" says where they come from and is not part of the name.
        let end = match name_start > first {
            true => (name_start + 1..end).find(|&i| word(i) == "of").unwrap_or(end),
            false => end,
        };
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
        if title.is_none() && !last.break_after {
            if let Some(next) = tokens.get(end) {
                if ORGANISATION_PARTS.contains(&&folded[next.base.clone()]) {
                    c.organisation_parts += 1;
                }
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

/// Whether a token may be a word of a recurring lower-case phrase: written in lower case
/// (hyphens allowed) and no function word or reporting word.
fn phrase_word(t: &Token, folded: &str) -> bool {
    if t.capitalised {
        return false;
    }
    let w = &folded[t.base.clone()];
    // Read byte by byte while the word is ASCII (`char::is_lowercase` agrees with
    // `u8::is_ascii_lowercase` there), by character from its first byte outside ASCII on.
    let mut lower = true;
    for (i, &b) in w.as_bytes().iter().enumerate() {
        if !b.is_ascii() {
            lower = w[i..].chars().all(|c| c.is_lowercase() || c == '-');
            break;
        }
        if !(b.is_ascii_lowercase() || b == b'-') {
            lower = false;
            break;
        }
    }
    lower && !is_phrase_stop(w)
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
            // Straightened only where there is a curly apostrophe: most words have none.
            if w.contains('’') {
                key.push_str(&w.replace('’', "'"));
            } else {
                key.push_str(w);
            }
        }
    }
    key
}
