//! Finds where two articles disagree — opposing stances, different figures, differently worded
//! quotes — and where they agree, each with a reason a reader can check.
//!
//! Word lists are weak evidence (the FNC-1 baseline found 2 of 162 real disagreements), so a
//! contrast is presented as possible, with the cue words that fired, and ranked by evidence:
//! stance strength on both sides × how much the two sentences are about the same thing (shared
//! rare words) × how central the topic is to each sentence, discounted when a side only reports
//! someone else's words.

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap, HashSet};

use crate::analysis::{explain_stance, speaker_label, ArticleAnalysis, Claim, Quote, SentenceId};
use crate::article::Article;
use crate::diff::{word_diff, word_overlap, DiffSegment};
use crate::figures::Figure;
use crate::stance::{Evidence, StanceReading};
use crate::topics::TopicMap;
use crate::words::{content_words, cosine, FastHash, Rarity};

/// Claims per topic and side considered for pairing: the strongest, so that pairing stays
/// cheap on book-length input.
const MAX_CLAIMS_PER_TOPIC: usize = 120;
const MIN_STANCE_SCORE: f32 = 0.12;
/// Contrasts whose score, after the diversity discount, falls below this are not reported.
const MIN_REPORTED_SCORE: f32 = 0.08;
const REPORTED_FACTOR: f32 = 0.75;
/// Shared context (summed rarity) two figures need to count as the same thing.
const MIN_FIGURE_CONTEXT: f32 = 4.0;
const SAME_SPEAKER_QUOTE_OVERLAP: f32 = 0.3;
/// Similarity of the surrounding sentences that makes two quotes of one speaker one statement.
const SAME_STATEMENT_CONTEXT: f32 = 0.25;
const ANY_SPEAKER_QUOTE_OVERLAP: f32 = 0.5;
/// Sentences sharing this share of their words are near-identical and get a word diff.
const NEAR_IDENTICAL: f32 = 0.6;
const AGREEMENTS_PER_TOPIC: usize = 3;
/// Candidates kept for selection (by raw score): plenty for any article, bounded for books.
const MAX_CANDIDATES: usize = 2000;
/// Score factor for each contrast already chosen on the same topic.
const TOPIC_REPEAT_DISCOUNT: f32 = 0.85;
/// Score factor for each earlier use of either sentence.
const SENTENCE_REUSE_DISCOUNT: f32 = 0.7;

/// What kind of disagreement a contrast is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ContrastKind {
    /// Opposing stances on a topic.
    Stance,
    /// Different figures or dates for the same thing.
    Number,
    /// The same source quoted in different words.
    Quote,
}

impl ContrastKind {
    pub fn label(self) -> &'static str {
        match self {
            ContrastKind::Stance => "stance",
            ContrastKind::Number => "number",
            ContrastKind::Quote => "quote",
        }
    }
}

/// A possible disagreement between a left and a right sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Contrast {
    pub topic: Option<usize>,
    pub kind: ContrastKind,
    pub score: f32,
    pub reason: String,
    pub left: SentenceId,
    pub right: SentenceId,
    /// Word diff when the two sentences (or quotes) are near-identical.
    pub diff: Option<Vec<DiffSegment>>,
}

/// Two claims on a topic taking the same stance.
#[derive(Debug, Clone, PartialEq)]
pub struct Agreement {
    pub topic: usize,
    pub stance: usize,
    pub score: f32,
    pub reason: String,
    pub left: SentenceId,
    pub right: SentenceId,
}

/// The two sides as the contrast finder needs them.
pub struct Sides<'a> {
    pub map: &'a TopicMap,
    pub left_article: &'a Article,
    pub right_article: &'a Article,
    pub left: &'a ArticleAnalysis,
    pub right: &'a ArticleAnalysis,
}

/// Contrasts (highest score first) and agreements.
pub fn find_contrasts(sides: &Sides, per_sentence: usize) -> (Vec<Contrast>, Vec<Agreement>) {
    let mut rarity = Rarity::default();
    for (_, words) in sides.left.sentence_words.iter().chain(&sides.right.sentence_words) {
        rarity.add(words.iter());
    }
    let mut vectors = ClaimVectors::new(sides, &rarity);
    let mut shortlist = Shortlist::default();
    stance_candidates(sides, &mut vectors, &mut shortlist);
    number_candidates(sides, &rarity, &mut shortlist);
    quote_candidates(sides, &rarity, &mut shortlist);
    let candidates = shortlist.into_ranked();

    // Reasons and diffs are written only for the contrasts that are kept: on long documents
    // most candidates are dropped.
    let chosen = select_diverse(candidates, per_sentence)
        .into_iter()
        .map(|Candidate { mut contrast, quotes }| {
            if let Some((a, b)) = quotes {
                let (a, b) = (&sides.left.quotes[a], &sides.right.quotes[b]);
                contrast.reason = quote_reason(a, b);
                contrast.diff = Some(word_diff(&a.text, &b.text));
            } else {
                if contrast.reason.is_empty() {
                    if let Some(topic) = contrast.topic {
                        contrast.reason = stance_reason(sides, topic, contrast.left, contrast.right);
                    }
                }
                let (l, r) = (
                    sentence_text(sides.left_article, contrast.left),
                    sentence_text(sides.right_article, contrast.right),
                );
                if word_overlap(l, r) >= NEAR_IDENTICAL {
                    contrast.diff = Some(word_diff(l, r));
                }
            }
            contrast
        })
        .collect::<Vec<_>>();
    (chosen, agreements(sides, &mut vectors))
}

/// Greedy selection with a diversity discount, so that one topic or one loud sentence does not
/// fill the top of the list: each pick lowers the score of later candidates that share its topic
/// or one of its sentences. The discounted score is the one reported.
///
/// Discounts only ever lower a score, so a candidate's last computed score bounds its current
/// one: a max-heap of those bounds gives the best candidate after re-scoring only the few at
/// its top ("lazy greedy"), instead of re-scoring every candidate for every pick. `candidates`
/// are in rank order; ties go to the earlier one.
fn select_diverse(candidates: Vec<Candidate>, per_sentence: usize) -> Vec<Candidate> {
    let mut used: HashMap<(bool, SentenceId), usize, FastHash> = HashMap::default();
    let mut per_topic: HashMap<Option<usize>, i32, FastHash> = HashMap::default();
    let mut pairs: HashSet<(SentenceId, SentenceId), FastHash> = HashSet::default();
    let mut heap: BinaryHeap<Ranked> =
        candidates.iter().enumerate().map(|(index, c)| Ranked { score: c.contrast.score, index }).collect();
    let mut slots: Vec<Option<Candidate>> = candidates.into_iter().map(Some).collect();
    let mut chosen = Vec::new();
    while let Some(top) = heap.pop() {
        let Some(Candidate { contrast: c, .. }) = slots[top.index].as_ref() else { continue };
        let uses = |side, at| used.get(&(side, at)).copied().unwrap_or(0);
        let (left_uses, right_uses) = (uses(false, c.left), uses(true, c.right));
        if left_uses >= per_sentence || right_uses >= per_sentence || pairs.contains(&(c.left, c.right)) {
            slots[top.index] = None;
            continue;
        }
        let score = c.score
            * TOPIC_REPEAT_DISCOUNT.powi(per_topic.get(&c.topic).copied().unwrap_or(0))
            * SENTENCE_REUSE_DISCOUNT.powi((left_uses + right_uses) as i32);
        let current = Ranked { score, index: top.index };
        if heap.peek().is_some_and(|next| *next > current) {
            heap.push(current);
            continue;
        }
        if score < MIN_REPORTED_SCORE {
            break;
        }
        let mut picked = slots[top.index].take().expect("checked above");
        let c = &mut picked.contrast;
        c.score = score;
        *used.entry((false, c.left)).or_default() += 1;
        *used.entry((true, c.right)).or_default() += 1;
        *per_topic.entry(c.topic).or_default() += 1;
        pairs.insert((c.left, c.right));
        chosen.push(picked);
    }
    chosen
}

/// A contrast found but not yet chosen; a quote contrast keeps which two quotes it pairs.
struct Candidate {
    contrast: Contrast,
    quotes: Option<(usize, usize)>,
}

/// The best candidates found so far. A 1 MB pair finds some 60,000 stance candidates, which
/// held all at once took more memory than the analysis of a side; only the best
/// `MAX_CANDIDATES` are ever selected from, so the list is cut back whenever it doubles.
#[derive(Default)]
struct Shortlist {
    items: Vec<Candidate>,
}

impl Shortlist {
    fn push(&mut self, contrast: Contrast, quotes: Option<(usize, usize)>) {
        self.items.push(Candidate { contrast, quotes });
        if self.items.len() >= 2 * MAX_CANDIDATES {
            self.cut();
        }
    }

    /// Highest score first, ties by sentences; a stable sort keeps equal candidates in the order
    /// found, so cutting as we go keeps exactly what one sort of all of them would.
    fn cut(&mut self) {
        self.items.sort_by(|a, b| {
            let (a, b) = (&a.contrast, &b.contrast);
            b.score.total_cmp(&a.score).then((a.left, a.right).cmp(&(b.left, b.right)))
        });
        self.items.truncate(MAX_CANDIDATES);
    }

    /// The best `MAX_CANDIDATES`, in rank order.
    fn into_ranked(mut self) -> Vec<Candidate> {
        self.cut();
        self.items
    }
}

/// A candidate's score bound in the selection heap; the higher score, then the earlier
/// candidate, comes first.
#[derive(Debug, Clone, Copy)]
struct Ranked {
    score: f32,
    index: usize,
}

impl PartialEq for Ranked {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Ranked {}

impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Ranked {
    fn cmp(&self, other: &Self) -> Ordering {
        self.score.total_cmp(&other.score).then(other.index.cmp(&self.index))
    }
}

/// The text of a sentence of an article.
pub fn sentence_text(article: &Article, at: SentenceId) -> &str {
    article.passages[at.passage].sentence(at.sentence)
}

/// TF-IDF vectors of the claims that take a stance (the only ones paired; empty for the rest),
/// over interned words. Pairing compares every strong claim of one side with every one of the
/// other on each topic, so relating two claims must be cheap: the left claim's vector is spread
/// over a table indexed by word, and each right claim then costs one pass over its own words.
struct ClaimVectors {
    left: Vec<Vec<(u32, f32)>>,
    right: Vec<Vec<(u32, f32)>>,
    dense: Vec<f32>,
}

impl ClaimVectors {
    fn new(sides: &Sides, rarity: &Rarity) -> Self {
        let mut ids: HashMap<String, u32, FastHash> = HashMap::default();
        let mut vectors = |analysis: &ArticleAnalysis| -> Vec<Vec<(u32, f32)>> {
            analysis
                .claims
                .iter()
                .map(|c| {
                    let Some(words) = analysis.words_of(c.at).filter(|_| !c.stances.is_empty()) else {
                        return Vec::new();
                    };
                    let vector = rarity.vector(words.iter());
                    vector
                        .into_iter()
                        .map(|(word, x)| {
                            let next = ids.len() as u32;
                            (*ids.entry(word).or_insert(next), x)
                        })
                        .collect()
                })
                .collect()
        };
        let (left, right) = (vectors(sides.left), vectors(sides.right));
        ClaimVectors { left, right, dense: vec![0.0; ids.len()] }
    }

    /// Calls `found` with each right claim of `right` and its cosine similarity to the left
    /// claim `left`.
    fn relate(&mut self, left: usize, right: &[(usize, &StanceReading)], mut found: impl FnMut(usize, f32)) {
        for &(w, x) in &self.left[left] {
            self.dense[w as usize] = x;
        }
        for &(ri, _) in right {
            let related = self.right[ri].iter().map(|&(w, y)| self.dense[w as usize] * y).sum();
            found(ri, related);
        }
        for &(w, _) in &self.left[left] {
            self.dense[w as usize] = 0.0;
        }
    }
}

fn strongest_on(claims: &[Claim], topic: usize) -> Vec<(usize, &StanceReading)> {
    let mut on: Vec<(usize, &StanceReading)> =
        claims.iter().enumerate().filter_map(|(i, c)| c.stance_on(topic).map(|s| (i, s))).collect();
    on.sort_by(|a, b| b.1.strength.total_cmp(&a.1.strength).then(a.0.cmp(&b.0)));
    on.truncate(MAX_CLAIMS_PER_TOPIC);
    on
}

fn stance_candidates(sides: &Sides, vectors: &mut ClaimVectors, out: &mut Shortlist) {
    for topic in 0..sides.map.topics.len() {
        let right_on = strongest_on(&sides.right.claims, topic);
        for (li, ls) in strongest_on(&sides.left.claims, topic) {
            let lc = &sides.left.claims[li];
            vectors.relate(li, &right_on, |ri, related| {
                let rc = &sides.right.claims[ri];
                let Some(rs) = rc.stance_on(topic).filter(|rs| rs.stance != ls.stance) else { return };
                let focus = (lc.focus_on(topic) + rc.focus_on(topic)) / 2.0;
                let voice = voice_factor(lc, rc);
                let score =
                    (ls.strength * rs.strength).sqrt() * (0.3 + related) * (0.5 + 0.5 * focus) * voice;
                if score < MIN_STANCE_SCORE {
                    return;
                }
                // The reason is written only for the contrasts that are kept (see `stance_reason`):
                // on long documents most candidates are dropped.
                let contrast = Contrast {
                    topic: Some(topic),
                    kind: ContrastKind::Stance,
                    score,
                    reason: String::new(),
                    left: lc.at,
                    right: rc.at,
                    diff: None,
                };
                out.push(contrast, None);
            });
        }
    }
}

/// The reason of a stance contrast between the claims at `left` and `right`.
fn stance_reason(sides: &Sides, topic: usize, left: SentenceId, right: SentenceId) -> String {
    let (Some(lc), Some(rc)) = (sides.left.claim_at(left), sides.right.claim_at(right)) else {
        return String::new();
    };
    let (Some(ls), Some(rs)) = (lc.stance_on(topic), rc.stance_on(topic)) else { return String::new() };
    let topic_def = &sides.map.topics[topic];
    let describe = |article: &Article, claim: &Claim, reading: &StanceReading| {
        let evidence = explain_stance(sides.map, article, claim.at, topic)
            .filter(|e| e.reading.stance == reading.stance)
            .map(|e| e.evidence)
            .unwrap_or_default();
        describe_side(&topic_def.stances, reading, &evidence, claim)
    };
    format!(
        "{}: left {}; right {} ({})",
        topic_def.label(),
        describe(sides.left_article, lc, ls),
        describe(sides.right_article, rc, rs),
        voice_note(lc, rc),
    )
}

fn voice_factor(a: &Claim, b: &Claim) -> f32 {
    [a, b].iter().filter(|c| c.speaker.is_some()).fold(1.0, |f, _| f * REPORTED_FACTOR)
}

fn voice_note(a: &Claim, b: &Claim) -> String {
    fn label(s: &Option<String>) -> Option<&str> {
        s.as_deref().map(speaker_label)
    }
    match (label(&a.speaker), label(&b.speaker)) {
        (None, None) => "both in the authors' own voice".to_string(),
        (Some(s), None) => format!("left reports {s}, right is the author's own claim"),
        (None, Some(s)) => format!("left is the author's own claim, right reports {s}"),
        (Some(x), Some(y)) => format!("left reports {x}, right reports {y}"),
    }
}

/// "says harm (“hurt”, “not … lifeline”)" — the stance and the cues that counted for it.
fn describe_side(
    stances: &[String],
    reading: &StanceReading,
    evidence: &[Evidence],
    claim: &Claim,
) -> String {
    let cues: Vec<String> = evidence
        .iter()
        .filter(|e| e.counts_for == reading.stance)
        .map(|e| match &e.negated_by {
            Some(neg) => format!("\"{neg} … {}\"", e.cue),
            None => format!("\"{}\"", e.cue),
        })
        .collect();
    let hedge = if claim.hedged { ", hedged" } else { "" };
    format!("says {} ({}{hedge})", stances[reading.stance], cues.join(", "))
}

fn shared_topic(sides: &Sides, left: SentenceId, right: SentenceId) -> Option<usize> {
    let topics = |analysis: &ArticleAnalysis, at: SentenceId| -> Vec<usize> {
        analysis.claim_at(at).map(|c| c.topics.iter().map(|(t, _)| *t).collect()).unwrap_or_default()
    };
    let (l, r) = (topics(sides.left, left), topics(sides.right, right));
    l.iter().find(|t| r.contains(t)).or(l.first()).or(r.first()).copied()
}

fn number_candidates(sides: &Sides, rarity: &Rarity, out: &mut Shortlist) {
    let same_thing = |a: &Figure, b: &Figure| -> (f32, Vec<String>) {
        let mut weight = 0.0;
        let mut shared = Vec::new();
        for (word, wa) in &a.context {
            if let Some((_, wb)) = b.context.iter().find(|(w, _)| w == word) {
                weight += rarity.idf(word) * wa.min(*wb);
                shared.push(word.clone());
            }
        }
        shared.sort();
        (weight, shared)
    };
    let right_index = WordIndex::new(sides.right.figures.iter().map(figure_keys));
    let left_index = WordIndex::new(sides.left.figures.iter().map(figure_keys));
    let mentions_value = |index: &WordIndex, figures: &[Figure], f: &Figure| {
        related(index, figures, f)
            .into_iter()
            .any(|g| (g.value - f.value).abs() < 1e-9 && same_thing(f, g).0 >= MIN_FIGURE_CONTEXT)
    };
    for a in &sides.left.figures {
        for b in related(&right_index, &sides.right.figures, a) {
            if (a.value - b.value).abs() <= 0.01 * a.value.abs().max(b.value.abs()) {
                continue;
            }
            let (weight, shared) = same_thing(a, b);
            // Dates in different months are usually different events, not a disagreement
            // about one: they need twice the shared context.
            let different_months = a.unit == "date" && (a.value / 100.0).floor() != (b.value / 100.0).floor();
            let needed = if different_months { 2.0 * MIN_FIGURE_CONTEXT } else { MIN_FIGURE_CONTEXT };
            if weight < needed
                || mentions_value(&right_index, &sides.right.figures, a)
                || mentions_value(&left_index, &sides.left.figures, b)
            {
                continue;
            }
            let what = if a.unit == "date" { "dates".to_string() } else { format!("figures ({})", a.unit) };
            let reason = format!(
                "different {what} for the same thing: left \"{}\", right \"{}\" (shared context: {})",
                a.shown,
                b.shown,
                shared.join(", ")
            );
            let score = (0.5 + weight / 6.0).min(2.5);
            let contrast = Contrast {
                topic: shared_topic(sides, a.at, b.at),
                kind: ContrastKind::Number,
                score,
                reason,
                left: a.at,
                right: b.at,
                diff: None,
            };
            out.push(contrast, None);
        }
    }
}

/// Items of one side listed under the words that describe them, so that pairing only looks at
/// items sharing a word: linear in practice where trying every pair would be quadratic.
struct WordIndex {
    postings: HashMap<String, Vec<usize>>,
}

impl WordIndex {
    /// Words listed under more items than this say little about any of them and are skipped.
    const MAX_POSTINGS: usize = 64;

    fn new(items: impl Iterator<Item = Vec<String>>) -> Self {
        let mut postings: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, words) in items.enumerate() {
            for w in words {
                let list = postings.entry(w).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
        Self { postings }
    }

    fn candidates(&self, words: impl Iterator<Item = String>) -> Vec<usize> {
        let mut out: Vec<usize> = words
            .filter_map(|w| self.postings.get(&w))
            .filter(|list| list.len() <= Self::MAX_POSTINGS)
            .flatten()
            .copied()
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// Index keys of a figure: its unit with each context word, so only figures of one unit that
/// share a word are compared.
fn figure_keys(f: &Figure) -> Vec<String> {
    f.context.iter().map(|(w, _)| format!("{}\u{1f}{w}", f.unit)).collect()
}

fn related<'a>(index: &WordIndex, figures: &'a [Figure], f: &Figure) -> Vec<&'a Figure> {
    index.candidates(figure_keys(f).into_iter()).into_iter().map(|i| &figures[i]).collect()
}

fn surname(speaker: &Option<String>) -> Option<String> {
    speaker.as_ref().and_then(|s| s.split_whitespace().last()).map(|s| s.to_lowercase())
}

fn normalise_quote(q: &str) -> String {
    q.chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .collect::<String>()
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A quote prepared for pairing: normalised once, with its index keys.
struct PreparedQuote<'a> {
    quote: &'a Quote,
    normalised: String,
    surname: Option<String>,
}

impl<'a> PreparedQuote<'a> {
    fn new(quote: &'a Quote) -> Self {
        PreparedQuote { quote, normalised: normalise_quote(&quote.text), surname: surname(&quote.speaker) }
    }

    /// Quotes are paired only with quotes sharing a content word or a speaker's surname
    /// (function words would pair nearly every quote with every other).
    fn keys(&self) -> Vec<String> {
        let mut keys = content_words(&self.quote.text);
        keys.extend(self.surname.as_ref().map(|s| format!("\u{1f}speaker {s}")));
        keys
    }
}

/// Quote contrasts, each with the indexes of its two quotes (for the word diff, which is made
/// only for the contrasts that are kept).
fn quote_candidates(sides: &Sides, rarity: &Rarity, out: &mut Shortlist) {
    let words_of = |analysis: &ArticleAnalysis, at: SentenceId| {
        analysis.words_of(at).map(|w| rarity.vector(w.iter())).unwrap_or_default()
    };
    let left: Vec<PreparedQuote> = sides.left.quotes.iter().map(PreparedQuote::new).collect();
    let right: Vec<PreparedQuote> = sides.right.quotes.iter().map(PreparedQuote::new).collect();
    let right_index = WordIndex::new(right.iter().map(PreparedQuote::keys));
    for (ai, a) in left.iter().enumerate() {
        for bi in right_index.candidates(a.keys().into_iter()) {
            let b = &right[bi];
            let (na, nb) = (&a.normalised, &b.normalised);
            if na.is_empty() || nb.is_empty() || na.contains(nb.as_str()) || nb.contains(na.as_str()) {
                continue;
            }
            let same_speaker = a.surname.is_some() && a.surname == b.surname;
            let overlap = word_overlap(&a.quote.text, &b.quote.text);
            let needed = if same_speaker { SAME_SPEAKER_QUOTE_OVERLAP } else { ANY_SPEAKER_QUOTE_OVERLAP };
            // The same speaker, in sentences about the same thing, quoted with at least one
            // word in common: a different translation of one statement, not two statements.
            let same_statement = same_speaker
                && overlap > 0.0
                && cosine(&words_of(sides.left, a.quote.at), &words_of(sides.right, b.quote.at))
                    >= SAME_STATEMENT_CONTEXT;
            if overlap < needed && !same_statement {
                continue;
            }
            let score = 1.0 + overlap + if same_speaker { 0.5 } else { 0.0 };
            let contrast = Contrast {
                topic: shared_topic(sides, a.quote.at, b.quote.at),
                kind: ContrastKind::Quote,
                score,
                reason: String::new(),
                left: a.quote.at,
                right: b.quote.at,
                diff: None,
            };
            out.push(contrast, Some((ai, bi)));
        }
    }
}

/// The reason of a quote contrast.
fn quote_reason(a: &Quote, b: &Quote) -> String {
    let same_speaker = surname(&a.speaker).is_some() && surname(&a.speaker) == surname(&b.speaker);
    let who = match (&a.speaker, &b.speaker) {
        (Some(x), _) if same_speaker => x.clone(),
        (Some(x), Some(y)) => format!("{x} / {y}"),
        (Some(x), None) | (None, Some(x)) => x.clone(),
        (None, None) => "the same source".to_string(),
    };
    format!("{who} quoted in different words: “{}” vs “{}”", a.text, b.text)
}

fn agreements(sides: &Sides, vectors: &mut ClaimVectors) -> Vec<Agreement> {
    let mut out = Vec::new();
    for topic in 0..sides.map.topics.len() {
        let mut found: Vec<Agreement> = Vec::new();
        let right_on = strongest_on(&sides.right.claims, topic);
        for (li, ls) in strongest_on(&sides.left.claims, topic) {
            vectors.relate(li, &right_on, |ri, related| {
                let Some(rs) = sides.right.claims[ri].stance_on(topic) else { return };
                if ls.stance != rs.stance || related < 0.15 {
                    return;
                }
                let score = (ls.strength * rs.strength).sqrt() * related;
                found.push(Agreement {
                    topic,
                    stance: ls.stance,
                    score,
                    reason: String::new(),
                    left: sides.left.claims[li].at,
                    right: sides.right.claims[ri].at,
                });
            });
        }
        found.sort_by(|a, b| b.score.total_cmp(&a.score));
        let mut kept: Vec<Agreement> = Vec::new();
        for a in found {
            if kept.len() < AGREEMENTS_PER_TOPIC
                && !kept.iter().any(|k| k.left == a.left || k.right == a.right)
            {
                kept.push(a);
            }
        }
        for a in &mut kept {
            let topic_def = &sides.map.topics[topic];
            a.reason = format!("{}: both say {}", topic_def.label(), topic_def.stances[a.stance]);
        }
        out.extend(kept);
    }
    out
}
