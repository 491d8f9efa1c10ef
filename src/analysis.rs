//! Everything the engine learns from one article on its own: topic mentions per passage, the
//! claims its sentences make, who is speaking, what it quotes and the figures it gives.
//!
//! This runs once per article; comparing two articles (see `compare`) only combines results.

use std::ops::Range;

use crate::article::Article;
use crate::figures::{find_figures, Figure};
use crate::matcher::PhraseHit;
use crate::stance::{read_stance, ExplainedStance, SentenceCues, StanceReading};
use crate::text::fold::fold;
use crate::topics::TopicMap;
use crate::words::{folded_content_words, WordList};

/// A sentence of an article: the passage and the sentence within it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SentenceId {
    pub passage: usize,
    pub sentence: usize,
}

/// A sentence that mentions at least one topic and asserts something.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub at: SentenceId,
    /// Topics mentioned, with how often.
    pub topics: Vec<(usize, usize)>,
    /// The stance taken on each topic where the cues are clear.
    pub stances: Vec<(usize, StanceReading)>,
    /// Who the sentence reports, when it reports someone ("Khamenei", "critics").
    pub speaker: Option<String>,
    pub hedged: bool,
}

impl Claim {
    pub fn stance_on(&self, topic: usize) -> Option<&StanceReading> {
        self.stances.iter().find(|(t, _)| *t == topic).map(|(_, s)| s)
    }

    pub fn mentions(&self, topic: usize) -> usize {
        self.topics.iter().find(|(t, _)| *t == topic).map_or(0, |(_, n)| *n)
    }

    /// Share of the sentence's topic mentions that go to `topic`.
    pub fn focus_on(&self, topic: usize) -> f32 {
        let total: usize = self.topics.iter().map(|(_, n)| n).sum();
        self.mentions(topic) as f32 / total.max(1) as f32
    }
}

/// Words in quotation marks, with who said them when the sentence says so.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub at: SentenceId,
    pub text: String,
    pub speaker: Option<String>,
}

/// The analysis of one article.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ArticleAnalysis {
    /// Topic term hits per passage, as ranges into the passage text (none for clutter).
    pub passage_terms: Vec<Vec<PhraseHit>>,
    pub claims: Vec<Claim>,
    pub quotes: Vec<Quote>,
    pub figures: Vec<Figure>,
    /// Content words of every body sentence, for similarity, in sentence order.
    pub sentence_words: Vec<(SentenceId, WordList)>,
}

impl ArticleAnalysis {
    /// The claim a sentence makes, if any (claims are in sentence order).
    pub fn claim_at(&self, at: SentenceId) -> Option<&Claim> {
        self.claims.binary_search_by_key(&at, |c| c.at).ok().map(|i| &self.claims[i])
    }

    /// The content words of a body sentence.
    pub fn words_of(&self, at: SentenceId) -> Option<&WordList> {
        self.sentence_words.binary_search_by_key(&at, |(id, _)| *id).ok().map(|i| &self.sentence_words[i].1)
    }

    /// Topic mention counts of a passage.
    pub fn passage_topics(&self, passage: usize) -> Vec<(usize, usize)> {
        let mut counts: Vec<(usize, usize)> = Vec::new();
        for hit in &self.passage_terms[passage] {
            match counts.iter_mut().find(|(t, _)| *t == hit.owner) {
                Some((_, n)) => *n += 1,
                None => counts.push((hit.owner, 1)),
            }
        }
        counts
    }
}

/// Analyses one article with a topic map.
pub fn analyse(article: &Article, map: &TopicMap, min_claim_words: usize) -> ArticleAnalysis {
    let mut out = ArticleAnalysis::default();
    // The person last named as a speaker, for "she said" in a later sentence or paragraph.
    let mut last_named: Option<String> = None;
    for (pi, passage) in article.passages.iter().enumerate() {
        if !passage.is_body() && passage.kind != crate::article::PassageKind::Heading {
            out.passage_terms.push(Vec::new());
            continue;
        }
        let folded = fold(&passage.text);
        let terms = map.find_terms(&folded);
        if passage.is_body() {
            let by_sentence = TermsBySentence::new(&terms);
            // Who is speaking while a quotation runs on over several sentences.
            let mut open_quote: Option<Option<String>> = None;
            for (si, range) in passage.sentences.iter().enumerate() {
                let at = SentenceId { passage: pi, sentence: si };
                let text = &passage.text[range.clone()];
                let sentence_folded = &folded[range.clone()];
                let local = by_sentence.within(range);
                let content = folded_content_words(sentence_folded);
                // "…," he said: a pronoun speaker is the person last named in the passage.
                let who = speaker(map, text, sentence_folded).map(|s| match &last_named {
                    Some(name) if PRONOUNS.contains(&s.as_str()) => name.clone(),
                    _ => s,
                });
                let opens = text.matches('“').count() > text.matches('”').count();
                let closes = text.matches('”').count() > text.matches('“').count();
                let who = match (&open_quote, who) {
                    (Some(quoted), None) => quoted.clone(),
                    (_, found) => found,
                };
                if opens {
                    open_quote = Some(who.clone());
                } else if closes {
                    open_quote = None;
                }
                if let Some(name) = who
                    .as_ref()
                    .filter(|s| !PRONOUNS.contains(&s.as_str()) && !GROUP_SPEAKERS.contains(&s.as_str()))
                {
                    last_named = Some(name.clone());
                }
                out.quotes.extend(find_quotes(text).into_iter().map(|q| Quote {
                    at,
                    text: q,
                    speaker: who.clone(),
                }));
                out.figures.extend(find_figures(at, text));
                if let Some(mut claim) = claim(map, at, text, sentence_folded, &local, min_claim_words) {
                    claim.speaker = who.clone();
                    out.claims.push(claim);
                }
                out.sentence_words.push((at, content));
            }
        }
        out.passage_terms.push(terms);
    }
    out
}

/// A passage's topic term hits, looked up by sentence: sorting them by where they end once makes
/// each sentence's lookup a binary search instead of a scan of the whole passage.
struct TermsBySentence<'a> {
    terms: &'a [PhraseHit],
    by_end: Vec<usize>,
}

impl<'a> TermsBySentence<'a> {
    fn new(terms: &'a [PhraseHit]) -> Self {
        let mut by_end: Vec<usize> = (0..terms.len()).collect();
        by_end.sort_by_key(|&i| terms[i].range.end);
        TermsBySentence { terms, by_end }
    }

    /// The hits inside `range`, relative to its start, in the order they were found.
    fn within(&self, range: &Range<usize>) -> Vec<PhraseHit> {
        let end_of = |i: &usize| self.terms[*i].range.end;
        let lo = self.by_end.partition_point(|i| end_of(i) <= range.start);
        let hi = self.by_end.partition_point(|i| end_of(i) <= range.end);
        let mut inside: Vec<usize> = self.by_end[lo..hi]
            .iter()
            .copied()
            .filter(|&i| self.terms[i].range.start >= range.start)
            .collect();
        inside.sort_unstable();
        inside
            .into_iter()
            .map(|i| {
                let h = &self.terms[i];
                PhraseHit { owner: h.owner, range: h.range.start - range.start..h.range.end - range.start }
            })
            .collect()
    }
}

fn claim(
    map: &TopicMap,
    at: SentenceId,
    text: &str,
    folded: &str,
    terms: &[PhraseHit],
    min_words: usize,
) -> Option<Claim> {
    if terms.is_empty()
        || text.trim_end_matches(['"', '”', '’', '\'', ')']).ends_with('?')
        || text.split_whitespace().count() < min_words
    {
        return None;
    }
    let mut topics: Vec<(usize, usize)> = Vec::new();
    for hit in terms {
        match topics.iter_mut().find(|(t, _)| *t == hit.owner) {
            Some((_, n)) => *n += 1,
            None => topics.push((hit.owner, 1)),
        }
    }
    let hedged = is_hedged(map, text, folded);
    let cues = SentenceCues::new(map, text, folded, terms, hedged);
    let stances =
        topics.iter().filter_map(|&(t, _)| read_stance(map, &cues, t).map(|r| (t, r.reading))).collect();
    Some(Claim { at, topics, stances, speaker: speaker(map, text, folded), hedged })
}

/// The stance a body sentence takes on `topic`, with the cues that made it: read again from the
/// sentence alone, which finds the same topic terms as reading its passage (the sentence's
/// edges are word boundaries either way).
pub fn explain_stance(
    map: &TopicMap,
    article: &Article,
    at: SentenceId,
    topic: usize,
) -> Option<ExplainedStance> {
    let passage = article.passages.get(at.passage)?;
    let text = &passage.text[passage.sentences.get(at.sentence)?.clone()];
    let folded = fold(text);
    let terms = map.find_terms(&folded);
    let hedged = is_hedged(map, text, &folded);
    read_stance(map, &SentenceCues::new(map, text, &folded, &terms, hedged), topic)
}

/// Whether a hedge word weakens the sentence; "May" written with a capital inside a sentence
/// is the month, not the modal verb.
fn is_hedged(map: &TopicMap, text: &str, folded: &str) -> bool {
    map.hedge.find(folded).into_iter().any(|h| !(h.range.start > 0 && &text[h.range] == "May"))
}

/// Words people use for a group that speaks, when no name is given.
const GROUP_SPEAKERS: &[&str] = &[
    "critics",
    "activists",
    "officials",
    "analysts",
    "experts",
    "dissidents",
    "diplomats",
    "supporters",
    "opponents",
    "observers",
    "hawks",
    "advocates",
    "they",
    "some",
    "many",
];
const PRONOUNS: &[&str] = &["he", "she", "we", "i", "you"];
/// Words before a name that are part of its title, not the sentence.
const TITLE_WORDS: &[&str] = &["the", "a", "an", "his", "her", "their"];

/// Who a sentence reports: the name next to an attribution verb ("Khamenei said", "said
/// Araghchi", "according to Narges Mohammadi"), or a group ("critics argue").
pub fn speaker(map: &TopicMap, text: &str, folded: &str) -> Option<String> {
    for hit in map.attribution.find(folded) {
        let before = name_before(&text[..hit.range.start]);
        let after = name_after(&text[hit.range.end..]);
        let according = folded[hit.range.clone()].starts_with("according");
        let found = if according { after.or(before) } else { before.or(after) };
        if found.is_some() {
            return found;
        }
    }
    None
}

fn is_name_word(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
    w.chars().next().is_some_and(char::is_uppercase) && w.chars().any(char::is_lowercase) || w == "U.S."
}

fn clean(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '.')
        .trim_end_matches('.')
        .to_string()
}

fn name_before(head: &str) -> Option<String> {
    let words: Vec<&str> = head.split_whitespace().collect();
    let mut end = words.len();
    while end > 0
        && matches!(
            words[end - 1].to_lowercase().as_str(),
            "has"
                | "had"
                | "also"
                | "have"
                | "then"
                | "once"
                | "later"
                | "publicly"
                | "recently"
                | "repeatedly"
        )
    {
        end -= 1;
    }
    if end > 0 && words[end - 1].ends_with(['”', '"']) {
        return None;
    }
    if end > 0 && words[end - 1].ends_with(',') {
        // "Dr Lee, a consultant at the clinic, said": the name stands before the appositive.
        let appositive_start = words[..end - 1].iter().rposition(|w| w.ends_with(','))?;
        return name_before(words[..=appositive_start].join(" ").trim_end_matches(','))
            .filter(|name| name.chars().next().is_some_and(char::is_uppercase));
    }
    let mut start = end;
    while start > 0
        && end - start < 4
        && is_name_word(words[start - 1])
        && !words[start - 1].ends_with([',', ':', ';'])
    {
        start -= 1;
    }
    if start < end {
        let name = words[start..end].iter().map(|w| clean(w)).collect::<Vec<_>>().join(" ");
        let lower = name.to_lowercase();
        let generic = GROUP_SPEAKERS.contains(&lower.as_str()) || PRONOUNS.contains(&lower.as_str());
        return Some(if generic { lower } else { name });
    }
    let last = words.get(end.checked_sub(1)?)?.to_lowercase();
    let last = last.trim_matches(|c: char| !c.is_alphanumeric());
    (GROUP_SPEAKERS.contains(&last) || PRONOUNS.contains(&last)).then(|| clean(last))
}

/// A speaker as the reason names it: pronouns that could not be resolved become "a quoted
/// speaker" rather than a bare "she".
pub fn speaker_label(speaker: &str) -> &str {
    if PRONOUNS.contains(&speaker) {
        "a quoted speaker"
    } else {
        speaker
    }
}

fn name_after(tail: &str) -> Option<String> {
    let words: Vec<&str> = tail
        .split_whitespace()
        .skip_while(|w| TITLE_WORDS.contains(&w.to_lowercase().as_str()))
        .take(5)
        .collect();
    let mut names = Vec::new();
    for w in &words {
        if !is_name_word(w) {
            break;
        }
        names.push(clean(w));
        if w.ends_with([',', '.', ':', ';']) {
            break;
        }
    }
    if !names.is_empty() {
        return Some(names.join(" "));
    }
    let first = clean(&words.first()?.to_lowercase());
    GROUP_SPEAKERS.contains(&first.as_str()).then_some(first)
}

/// Spans in quotation marks of at least three words (shorter ones are scare quotes).
pub fn find_quotes(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (open, close) in [('“', '”'), ('"', '"'), ('«', '»')] {
        let mut rest = text;
        while let Some(start) = rest.find(open) {
            let after = &rest[start + open.len_utf8()..];
            let Some(end) = after.find(close) else { break };
            let quoted = after[..end].trim();
            if quoted.split_whitespace().count() >= 3 {
                out.push(quoted.to_string());
            }
            rest = &after[end + close.len_utf8()..];
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn map() -> TopicMap {
        TopicMap::new(&Config::default_config()).unwrap()
    }

    fn who(text: &str) -> Option<String> {
        speaker(&map(), text, &fold(text))
    }

    #[test]
    fn terms_by_sentence_match_a_scan_of_the_passage_in_found_order() {
        let hit = |owner, start, end| PhraseHit { owner, range: start..end };
        // Overlapping and out-of-order hits, as overlapping matching and `*` suffixes give.
        let terms =
            vec![hit(0, 2, 9), hit(1, 0, 4), hit(2, 12, 15), hit(3, 10, 20), hit(4, 21, 25), hit(5, 19, 22)];
        let by_sentence = TermsBySentence::new(&terms);
        for range in [0..10, 10..21, 21..30, 0..30, 5..6] {
            let scanned: Vec<PhraseHit> = terms
                .iter()
                .filter(|h| h.range.start >= range.start && h.range.end <= range.end)
                .map(|h| hit(h.owner, h.range.start - range.start, h.range.end - range.start))
                .collect();
            assert_eq!(by_sentence.within(&range), scanned, "{range:?}");
        }
    }

    #[test]
    fn speakers_by_name_and_group() {
        assert_eq!(who("Ali Khamenei declared that talks were unwise.").as_deref(), Some("Ali Khamenei"));
        assert_eq!(who("Talks are constructive, said Abbas Araghchi.").as_deref(), Some("Abbas Araghchi"));
        assert_eq!(
            who("According to Narges Mohammadi, sanctions hurt.").as_deref(),
            Some("Narges Mohammadi")
        );
        assert_eq!(who("Critics argue that the deal failed.").as_deref(), Some("critics"));
        assert_eq!(who("The deal failed."), None);
        assert_eq!(
            who("Dr Lee, a consultant at the clinic, said the charge was unfair.").as_deref(),
            Some("Dr Lee")
        );
    }

    #[test]
    fn the_month_may_is_not_a_hedge() {
        let text = "Sanctions relief came in April and May last year.";
        assert!(!is_hedged(&map(), text, &fold(text)));
        let text = "Sanctions may hurt ordinary families.";
        assert!(is_hedged(&map(), text, &fold(text)));
    }

    #[test]
    fn quotes_of_three_words_or_more() {
        assert_eq!(
            find_quotes("He called talks “not wise, not prudent” and a \"trap\" in \"plain sight of all\"."),
            vec!["not wise, not prudent".to_string(), "plain sight of all".to_string()]
        );
    }

    #[test]
    fn claims_skip_questions_and_clutter() {
        let article = Article::parse(
            "a",
            "Title: T\n\nDo sanctions hurt ordinary Iranians more than anyone? Sanctions hurt ordinary Iranians badly every day.\n\nFollow us on social for sanctions news\n",
        );
        let analysis = analyse(&article, &map(), 6);
        assert_eq!(analysis.claims.len(), 1);
        assert_eq!(analysis.claims[0].at, SentenceId { passage: 0, sentence: 1 });
        assert!(analysis.passage_terms[1].is_empty());
    }
}
