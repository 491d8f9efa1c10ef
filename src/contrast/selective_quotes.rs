//! One person quoted with different remarks in two op-eds: each writer picks the line that
//! serves their argument ("This is about the people who breathe that exhaust all day long"
//! against "Nobody is going to be chasing down a retiree for cleaning off his own porch", both
//! the same councilmember on the same ban). A reader comparing two opinion pieces wants to see
//! that both lean on one authority, and what each lets them say.
//!
//! Two renderings of one statement are `quote_pairs`' (a speaker it pairs is left to it); this
//! stage lists a person's two *different* remarks, one pair per person, the two in the most
//! similar sentences. Only opinion pairs: a news report quotes its sources at length, and two
//! reports of one event quote the same people saying different things as a matter of course
//! (on BASIL dev nearly every pair would list its president this way).
//!
//! In: both sides' quotes with their speakers, the people each article names, the similarity
//! index. Out: at most [`MAX_PER_PAIR`] quote candidates, and the evidence of a kept one (the
//! two quotations, with the speaker as their voice).

use crate::article::{SentenceId, Side};
use crate::contrast::evidence::{CueKind, Evidence, SideEvidence, Voice};
use crate::contrast::found::{Candidate, ContrastKind, Detail, Shortlist, Source};
use crate::contrast::input::Pair;
use crate::contrast::quote_pairs::surname;
use crate::contrast::quotes::Quote;
use crate::targets::entities::EntityKind;
use crate::targets::table::TargetId;
use crate::text::fold::{fold, last_name_word};

/// People listed this way per pair at most: the selection is a pattern of the two pieces, not
/// every line each quotes.
const MAX_PER_PAIR: usize = 2;
/// Words a quotation needs to be a remark: shorter ones are labels or scare quotes ("what it
/// calls “restoration”", "a “betrayal”"), which compare no statement.
const MIN_REMARK_WORDS: usize = 5;
/// Below the renderings of one statement (from 0.35) and below a clear stance contrast: two
/// remarks show a choice of quotation, not a disagreement over one claim.
const SCORE: f32 = 0.3;

/// Candidates for people both opinion pieces quote with different remarks, except the
/// speakers (`paired`, surnames) whose statements `quote_pairs` already paired.
pub fn remark_candidates(
    pair: &Pair,
    paired: &[String],
    target_of: &dyn Fn(SentenceId, SentenceId) -> Option<TargetId>,
    out: &mut Shortlist,
) {
    if pair.news || pair.longer_than(MAX_SENTENCES) {
        return;
    }
    let remarks = |side: Side| -> Vec<(usize, String)> {
        let quotes = pair.side(side).quotes;
        (0..quotes.len())
            .filter(|&i| quotes[i].text.split_whitespace().count() >= MIN_REMARK_WORDS)
            .filter_map(|i| Some((i, surname(&quotes[i].speaker)?)))
            .filter(|(_, name)| names_a_person(pair, side, name))
            .collect()
    };
    let (left, right) = (remarks(Side::Left), remarks(Side::Right));
    let mut speakers: Vec<&String> = left.iter().map(|(_, s)| s).filter(|s| !paired.contains(s)).collect();
    speakers.sort_unstable();
    speakers.dedup();
    let mut found: Vec<Candidate> = Vec::new();
    for speaker in speakers {
        let of = |side: &[(usize, String)]| -> Vec<usize> {
            side.iter().filter(|(_, s)| s == speaker).map(|(i, _)| *i).collect()
        };
        let (l, r) = (of(&left), of(&right));
        // A speaker quoted at every turn of a long document is no one remark chosen; and one
        // surname may be two people ("Ruth Okafor", "Daniel Okafor, no relation").
        if l.len() > MAX_QUOTES_COMPARED || r.len() > MAX_QUOTES_COMPARED || !one_person(pair, speaker) {
            continue;
        }
        // Both quote one remark alike: they draw on the same words, not on different ones.
        if l.iter().any(|&a| r.iter().any(|&b| alike(&pair.left.quotes[a], &pair.right.quotes[b]))) {
            continue;
        }
        let best = l
            .iter()
            .flat_map(|&a| r.iter().map(move |&b| (a, b)))
            .map(|(a, b)| {
                let (qa, qb) = (&pair.left.quotes[a], &pair.right.quotes[b]);
                (pair.index.sentence_similarity(qa.at, qb.at), a, b)
            })
            .max_by(|x, y| x.0.total_cmp(&y.0).then((y.1, y.2).cmp(&(x.1, x.2))));
        if let Some((similarity, a, b)) = best {
            let (qa, qb) = (&pair.left.quotes[a], &pair.right.quotes[b]);
            found.push(Candidate {
                target: target_of(qa.at, qb.at),
                kind: ContrastKind::Quote,
                score: SCORE * (1.0 + similarity),
                left: qa.at,
                right: qb.at,
                source: Source::Remarks(a, b),
            });
        }
    }
    found.sort_by(|a, b| b.score.total_cmp(&a.score).then((a.left, a.right).cmp(&(b.left, b.right))));
    for candidate in found.into_iter().take(MAX_PER_PAIR) {
        out.push(candidate);
    }
}

/// Body sentences per side beyond which neither reading is made (as for `view_echoes`): a book
/// is no op-ed, and its speakers are quoted at every turn.
const MAX_SENTENCES: usize = 4000;

/// Whether a side names a person whose last name is `surname` (a quote's speaker may be a
/// group, "officials" or a description).
fn names_a_person(pair: &Pair, side: Side, surname: &str) -> bool {
    person_named(pair, side, surname).is_some()
}

/// The name of the person a side names whose last name is `surname`.
fn person_named(pair: &Pair, side: Side, surname: &str) -> Option<String> {
    let last = |form: &String| Some(last_name_word(form)).filter(|w| !w.is_empty());
    pair.side(side)
        .entities
        .entities
        .iter()
        .find(|e| {
            e.kind == EntityKind::Person
                && std::iter::once(&e.name).chain(&e.aliases).any(|form| last(form) == Some(fold(surname)))
        })
        .map(|e| e.name.clone())
}

/// Whether the person both sides quote by this surname is one person: each side names one
/// person by it, and where both give a first name it is the same.
fn one_person(pair: &Pair, surname: &str) -> bool {
    let keys = |side: Side| -> Vec<&str> {
        let mut keys: Vec<&str> = pair
            .side(side)
            .entities
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person && e.key.split_whitespace().last() == Some(surname))
            .map(|e| e.key.as_str())
            .collect();
        keys.sort_unstable();
        keys.dedup();
        keys
    };
    match (keys(Side::Left).as_slice(), keys(Side::Right).as_slice()) {
        ([l], [r]) => l == r || !l.contains(' ') || !r.contains(' '),
        _ => false,
    }
}

/// Share of the shorter quotation's words that, in order, make one remark of two quotations
/// edited differently ("The harbor lot is a public space, and it has been treated like …"
/// against "[The lot] has been treated like …"; an aside or a clause moved).
const SAME_REMARK_SHARE: f32 = 0.8;

/// Two quotations of one remark, whatever their case and punctuation: the same words, one a
/// part of the other, or most of the shorter's words in order in the longer.
fn alike(a: &Quote, b: &Quote) -> bool {
    same_remark(&quote_words(a), &quote_words(b))
}

fn same_remark(a: &[String], b: &[String]) -> bool {
    let shorter = a.len().min(b.len());
    contains(a, b) || shorter > 0 && in_order(a, b) as f32 >= SAME_REMARK_SHARE * shorter as f32
}

/// How many words the two share in order (not necessarily together).
fn in_order(a: &[String], b: &[String]) -> usize {
    let mut row = vec![0usize; b.len() + 1];
    for x in a {
        let mut diagonal = 0;
        for (j, y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if x == y { diagonal + 1 } else { row[j + 1].max(row[j]) };
            diagonal = above;
        }
    }
    row[b.len()]
}

/// A quotation's words, folded, without punctuation nor the editor's words in brackets.
fn quote_words(q: &Quote) -> Vec<String> {
    let mut text = String::with_capacity(q.text.len());
    let mut depth = 0usize;
    for c in q.text.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => text.push(c),
            _ => {}
        }
    }
    fold(&text).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

/// Whether the shorter of two word lists stands in the longer one, whole.
fn contains(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    !short.is_empty() && long.windows(short.len()).any(|w| w == short)
}

/// Quotations by one named person that both articles give in the same words (one may quote a
/// part of the other): a remark both draw on, for the facts both report. In sentence order of
/// the left side; a remark of fewer than [`MIN_REMARK_WORDS`] words is no remark, and one
/// person quoted more than [`MAX_QUOTES_COMPARED`] times a side is compared by exact words only.
pub fn same_remarks(pair: &Pair) -> Vec<(usize, usize)> {
    if pair.longer_than(MAX_SENTENCES) {
        return Vec::new();
    }
    let prepared = |side: Side| -> Vec<Prepared> {
        let quotes = pair.side(side).quotes;
        (0..quotes.len())
            .filter_map(|i| Some((i, surname(&quotes[i].speaker)?, quote_words(&quotes[i]))))
            .filter(|(_, _, words)| words.len() >= MIN_REMARK_WORDS)
            .collect()
    };
    let (left, right) = (prepared(Side::Left), prepared(Side::Right));
    let mut by_speaker: std::collections::HashMap<&str, Vec<&Prepared>> = std::collections::HashMap::new();
    for q in &right {
        by_speaker.entry(q.1.as_str()).or_default().push(q);
    }
    let mut out = Vec::new();
    for (a, speaker, words) in &left {
        let Some(theirs) = by_speaker.get(speaker.as_str()) else { continue };
        let few = theirs.len() <= MAX_QUOTES_COMPARED;
        let same = theirs.iter().find(|(_, _, other)| other == words || (few && same_remark(words, other)));
        if let Some((b, _, _)) = same {
            if names_a_person(pair, Side::Left, speaker) && one_person(pair, speaker) {
                out.push((*a, *b));
            }
        }
    }
    out
}

/// A quotation prepared for comparison: its index, its speaker's surname, its words.
type Prepared = (usize, String, Vec<String>);

/// Quotations of one person compared word by word, a side, at most: a long document quoting
/// one speaker thousands of times is compared by exact words.
const MAX_QUOTES_COMPARED: usize = 20;

/// The evidence of two quotations of one remark, for a fact both report.
pub fn same_remark_evidence(pair: &Pair, a: usize, b: usize) -> (Evidence, Detail) {
    let (evidence, speaker, text) = quoted(pair, a, b);
    (evidence, Detail::Quotes { speaker: Some(speaker), same_speaker: true, text })
}

/// The evidence of a kept candidate: each quotation in the speaker's voice, and the two texts.
pub fn remark_evidence(pair: &Pair, a: usize, b: usize) -> (Evidence, Detail) {
    let (evidence, speaker, text) = quoted(pair, a, b);
    (evidence, Detail::Remarks { speaker, text })
}

/// Each quotation as its side's evidence, the person's name, and the two quotations as shown.
fn quoted(pair: &Pair, a: usize, b: usize) -> (Evidence, String, [String; 2]) {
    let (qa, qb) = (&pair.left.quotes[a], &pair.right.quotes[b]);
    let side = |q: &Quote| {
        SideEvidence::span(Voice::of_speaker(q.speaker.as_deref()), CueKind::Quote, q.range.clone())
    };
    // The person's full name where either article gives it ("Dana Okafor" for "Okafor").
    let surname = surname(&qa.speaker).unwrap_or_default();
    let speaker = [Side::Left, Side::Right]
        .into_iter()
        .filter_map(|side| person_named(pair, side, &surname))
        .chain([&qa.speaker, &qb.speaker].into_iter().flatten().cloned())
        .max_by_key(|name| name.split_whitespace().count())
        .unwrap_or_default();
    // A quotation ends where its sentence goes on ("…, with room to spare,” she said): the
    // comma or stop inside the marks is the sentence's, not the remark's.
    let remark = |q: &Quote| q.text.trim_end_matches([',', '.', ';', ':', ' ']).to_string();
    ([side(qa), side(qb)], speaker, [remark(qa), remark(qb)])
}

#[cfg(test)]
#[path = "selective_quotes_tests.rs"]
mod tests;
