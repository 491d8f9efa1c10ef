//! The targets two articles share: entities both discuss, matched across the articles by name,
//! alias or surname, ranked by how central they are to both.
//!
//! In: the [`ArticleEntities`] of each side (with or without `coref` mentions). Out: at most
//! [`MAX_SHARED`] [`SharedTarget`]s, most salient first. Linear in mentions plus entities.

use super::entity::{ArticleEntities, EntityKind};
use super::names::EntityLookup;
use crate::text::fold::fold;

/// The words of the opinion lexicon that both articles use as the name of the thing they
/// report ("the ban" in two reports on a school's phone ban, "the shooting", "the war"): the
/// subject itself, not a judgement of anyone in a sentence about it. Without this, "82 percent
/// of teachers said they wanted the ban kept" read as negative toward the teachers' union.
pub fn shared_subject_words(sides: [&ArticleEntities; 2]) -> Vec<String> {
    let [left, right] = sides.map(|s| &s.subject_words);
    left.iter().filter(|w| right.binary_search(w).is_ok()).cloned().collect()
}

/// Whether a cue's word is one of the subject words (or its plural).
pub fn names_subject(word: &str, subject: &[String]) -> bool {
    if subject.is_empty() {
        return false;
    }
    let word = fold(word);
    let singular = word.strip_suffix('s').unwrap_or(&word);
    subject.iter().any(|s| *s == word || s == singular)
}

/// At most this many shared targets: more than a reader can use, enough for any real pair.
pub const MAX_SHARED: usize = 30;

/// An entity both articles discuss.
#[derive(Debug, Clone, PartialEq)]
pub struct SharedTarget {
    /// The fuller of the two display names ("Barack Obama" over "Obama").
    pub name: String,
    /// Every other form either side uses.
    pub aliases: Vec<String>,
    /// Entity index on the left and on the right.
    pub left: usize,
    pub right: usize,
    /// How central the target is to both articles, 0–1: the geometric mean of each side's
    /// share of mentions and spread over paragraphs.
    pub salience: f32,
}

/// Per entity of one article: how central it is (half its mentions relative to the most
/// mentioned name or phrase, half the paragraphs it appears in relative to the most spread
/// one; at most 1, which a subject noun often reaches), and how often it is mentioned. A
/// target central to one side only scores low as a shared one.
pub(crate) fn centrality(side: &ArticleEntities) -> (Vec<f32>, Vec<usize>) {
    let n = side.entities.len();
    let mut mentions = vec![0usize; n];
    let mut paragraphs = vec![0usize; n];
    let mut last_passage = vec![usize::MAX; n];
    for m in &side.mentions {
        mentions[m.entity] += 1;
        if last_passage[m.entity] != m.at.passage {
            last_passage[m.entity] = m.at.passage;
            paragraphs[m.entity] += 1;
        }
    }
    // Measured against the most mentioned name or phrase: a subject noun ("the charge") recurs
    // in nearly every paragraph of an op-ed, and against it every person's share fell (a
    // contrast on the councillor who led the campaign dropped under the report floor).
    let named = |e: &usize| side.entities[*e].kind != EntityKind::Subject;
    let max_m = (0..n).filter(named).map(|e| mentions[e]).max().unwrap_or(1).max(1) as f32;
    let max_p = (0..n).filter(named).map(|e| paragraphs[e]).max().unwrap_or(1).max(1) as f32;
    let scores = (0..n)
        .map(|e| (0.5 * mentions[e] as f32 / max_m + 0.5 * paragraphs[e] as f32 / max_p).min(1.0))
        .collect();
    (scores, mentions)
}

/// The entities both articles discuss, most salient first.
pub fn shared_targets(left: &ArticleEntities, right: &ArticleEntities) -> Vec<SharedTarget> {
    let (cl, cr) = (centrality(left).0, centrality(right).0);
    let lookup = EntityLookup::new(right);
    let mut used = vec![false; right.entities.len()];
    let mut order: Vec<usize> = (0..left.entities.len()).collect();
    order.sort_by(|&a, &b| cl[b].total_cmp(&cl[a]));
    let mut out = Vec::new();
    for l in order {
        let e = &left.entities[l];
        let found = std::iter::once(&e.key)
            .chain(&e.aliases)
            .filter_map(|form| lookup.find(form, e.kind))
            .find(|&r| !used[r] && right.entities[r].kind.is_lower_case() == e.kind.is_lower_case());
        let Some(r) = found else { continue };
        used[r] = true;
        let other = &right.entities[r];
        let name = if other.name.len() > e.name.len() { &other.name } else { &e.name };
        let mut aliases: Vec<String> = Vec::new();
        for form in [&e.name, &other.name].into_iter().chain(&e.aliases).chain(&other.aliases) {
            if form != name && !aliases.contains(form) {
                aliases.push(form.clone());
            }
        }
        out.push(SharedTarget {
            name: name.clone(),
            aliases,
            left: l,
            right: r,
            salience: (cl[l] * cr[r]).sqrt(),
        });
    }
    out.sort_by(|a, b| b.salience.total_cmp(&a.salience).then(a.left.cmp(&b.left)));
    out.truncate(MAX_SHARED);
    out
}
