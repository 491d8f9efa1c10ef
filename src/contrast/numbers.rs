//! Numbers: different figures for the same measured thing.
//!
//! In: both sides' figures and the similarity index (how rare each shared context word is).
//! Out: number candidates — same unit, values that cannot be read as one (a bound reads as a
//! range: "at most 4,000" and "as many as 21,000" conflict, "at least 400" and "more than 450"
//! do not), enough shared context, and neither side also giving the other's value. The
//! evidence of a kept one is read in `number_evidence`.

use std::ops::Range;

use crate::article::SentenceId;
use crate::contrast::figure_owners::owned_by_different_parties;
use crate::contrast::figures::{count_different_things, writes_digits_of, Bound, Figure};
use crate::contrast::found::{Candidate, ContrastKind, Shortlist, Source};
use crate::contrast::input::Pair;
use crate::contrast::postings::WordIndex;
use crate::contrast::wording::{SharedRun, SAME_WORDS};
use crate::similarity::SimilarityIndex;
use crate::targets::entities::EntityKind;
use crate::targets::table::TargetId;
use crate::text::fold::fold;

/// Shared context (summed rarity) two figures need to count as the same thing.
const MIN_FIGURE_CONTEXT: f32 = 4.0;
/// Figures this close (relative to the larger) are the same figure written two ways.
const SAME_VALUE: f64 = 0.01;
/// Figures further apart than this factor are not one thing read two ways but different things
/// (a total and a monthly payment, a budget and a price): "$700 billion" and "$600".
const MAX_RATIO: f64 = 10.0;
/// A round figure within this share of a precise one can be the precise one rounded.
const ROUNDING_REACH: f64 = 0.05;
/// How far beyond its bound a bound reads: "more than 400" says about 400 and not much more
/// (below twice that), "as many as 21,000" about 21,000 and not much less.
const BOUND_REACH: f64 = 2.0;

/// The values a figure can be read as giving, low to high: the value itself, or from a bound
/// up (or down) to [`BOUND_REACH`] times it.
fn reading(f: &Figure) -> (f64, f64) {
    match f.bound {
        Bound::Value => (f.value, f.value),
        Bound::AtLeast => (f.value, f.value * BOUND_REACH),
        Bound::AtMost => (f.value / BOUND_REACH, f.value),
    }
}

/// The place of a value's last significant digit: 700 → 100, 716 → 1, 2.3e9 → 1e8.
fn precision(value: f64) -> f64 {
    let mut place = 1e12;
    while place > 1e-4 && ((value / place) - (value / place).round()).abs() > 1e-6 {
        place /= 10.0;
    }
    place
}

/// Whether the rounder of two close values is the other rounded ("$700 billion" and "$716
/// billion"): one figure written at two precisions, not a disagreement.
fn rounded_from(a: f64, b: f64) -> bool {
    let (round, precise) = if precision(a) >= precision(b) { (a, b) } else { (b, a) };
    let place = precision(round);
    (a - b).abs() <= ROUNDING_REACH * a.max(b)
        && ((precise / place).round() * place - round).abs() < place * 1e-6
}

/// Whether two figures of one unit give different values for what they count: their readings
/// do not meet. "At least 400" and "more than 400" meet; "at most 4,000" and "as many as
/// 21,000" do not, nor do "more than 400" and "roughly 275". Figures per different periods
/// ("a year", "an hour") are not the same measure and never conflict.
fn conflicting(a: &Figure, b: &Figure) -> bool {
    if a.per.is_some() && b.per.is_some() && a.per != b.per {
        return false;
    }
    // A date's value is month and day (412 for April 12): two days apart are different dates,
    // and neither a share of the value, nor scale, nor rounding apply.
    if a.unit == "date" {
        return a.value != b.value;
    }
    let slack = SAME_VALUE * a.value.abs().max(b.value.abs());
    let (low, high) = (a.value.min(b.value), a.value.max(b.value));
    if (low > 0.0 && high > MAX_RATIO * low) || rounded_from(a.value, b.value) {
        return false;
    }
    let ((a_low, a_high), (b_low, b_high)) = (reading(a), reading(b));
    a_low > b_high + slack || b_low > a_high + slack
}

/// Whether two figures of one unit give the same value for what they count: one value written
/// two ways ("60%", "60 percent"), one rounded from the other, or two bounds that meet at the
/// same number ("at least 400", "more than 400"). Per different periods they are not one measure.
pub(crate) fn same_figure(a: &Figure, b: &Figure) -> bool {
    if a.per != b.per || conflicting(a, b) {
        return false;
    }
    if a.unit == "date" {
        return a.value == b.value;
    }
    let slack = SAME_VALUE * a.value.abs().max(b.value.abs());
    (a.value - b.value).abs() <= slack || rounded_from(a.value, b.value)
}

/// How much context two figures share: the summed rarity of their shared words.
fn same_thing(index: &SimilarityIndex, a: &Figure, b: &Figure) -> f32 {
    a.context.shared(&b.context).map(|(word, wa, wb)| index.sentence_idf(word) * wa.min(wb)).sum()
}

/// Whether the only context word two figures share is the name of someone both articles
/// discuss ("the city has built Tillman's vehicles for 71 years" / "has bolted dashboards into
/// Tillman pickups for 19 years"): in a story about them it is in most sentences under one
/// name or another, however rare the name itself, and says nothing of what is measured.
fn only_a_name_shared(pair: &Pair, a: &Figure, b: &Figure) -> bool {
    let mut shared = a.context.shared(&b.context);
    let (Some((word, _, _)), None) = (shared.next(), shared.next()) else { return false };
    pair.targets.iter().filter(|t| matches!(t.kind, Some(EntityKind::Person | EntityKind::Group))).any(|t| {
        std::iter::once(&t.name)
            .chain(&t.aliases)
            .any(|form| fold(form).split_whitespace().any(|w| w == word))
    })
}

/// Two figures, one per side, that give the same value for the same thing: a fact both report.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SameFigure {
    pub left: usize,
    pub right: usize,
    /// The context the two share (summed rarity), as for a contrast.
    pub weight: f32,
}

/// Number candidates; `target_of` names the target two sentences share, if any. Figures that
/// agree on the same thing are gathered into `agreeing` on the way, from the same lookups.
pub fn number_candidates(
    pair: &Pair,
    target_of: &dyn Fn(SentenceId, SentenceId) -> Option<TargetId>,
    out: &mut Shortlist,
    agreeing: &mut Vec<SameFigure>,
) {
    let right_index = WordIndex::new(pair.right.figures.iter().map(figure_keys));
    let left_index = WordIndex::new(pair.left.figures.iter().map(figure_keys));
    // Two articles that share no topic and no one they name are on different subjects: a
    // figure each gives ("May 1", "starting") meets the other's by chance, so it needs twice
    // the shared context (a corpus overview compares every article with every other).
    let apart = if share_a_subject(pair) { 1.0 } else { 2.0 };
    let mentions_value = |index: &WordIndex, figures: &[Figure], f: &Figure| {
        related(index, figures, f)
            .into_iter()
            .any(|g| (g.value - f.value).abs() < 1e-9 && same_thing(pair.index, f, g) >= MIN_FIGURE_CONTEXT)
    };
    for (ai, a) in pair.left.figures.iter().enumerate() {
        // One agreeing partner per figure is enough to report it as shared: in a long document
        // that repeats a figure, reading the context of every copy cost 2% of the comparison.
        let mut agreed = false;
        for bi in right_index.candidates(figure_keys(a).into_iter()) {
            let b = &pair.right.figures[bi];
            if !conflicting(a, b) {
                if !agreed && same_figure(a, b) {
                    let weight = same_thing(pair.index, a, b);
                    // A figure read as another rounded ("2 percent", "2.1 percent") is the same
                    // fact only where the context leaves no doubt: on thin context it was a tax
                    // rate beside a growth rate.
                    let exact = (a.value - b.value).abs() < 1e-9;
                    // The same day, or a second figure the two sentences both give ("212 of
                    // 1,400 positions" / "212 vacancies among its 1,400 positions"), says by
                    // itself much of what the context must: half of it is enough.
                    let telling = exact && (a.unit == "date" || another_shared(pair, ai, bi));
                    let needed = if telling {
                        0.5
                    } else if exact {
                        1.0
                    } else {
                        2.0
                    };
                    if weight >= apart * MIN_FIGURE_CONTEXT * needed {
                        agreeing.push(SameFigure { left: ai, right: bi, weight });
                        agreed = true;
                    }
                }
                continue;
            }
            let weight = same_thing(pair.index, a, b);
            // Dates in different months are usually different events, not a disagreement
            // about one: they need twice the shared context.
            let different_months = a.unit == "date" && (a.value / 100.0).floor() != (b.value / 100.0).floor();
            let needed = apart * if different_months { 2.0 * MIN_FIGURE_CONTEXT } else { MIN_FIGURE_CONTEXT };
            if weight < needed
                || only_a_name_shared(pair, a, b)
                || owned_by_different_parties(&pair.left, a, &pair.right, b)
                || mentions_value(&right_index, pair.right.figures, a)
                || mentions_value(&left_index, pair.left.figures, b)
                || both_give_both(pair, ai, bi)
                || gives_the_other(pair, ai, bi)
                || count_different_things(
                    pair.left.article.sentence_text(a.at),
                    a.range.end,
                    pair.right.article.sentence_text(b.at),
                    b.range.end,
                )
            {
                continue;
            }
            out.push(Candidate {
                target: target_of(a.at, b.at),
                kind: ContrastKind::Number,
                score: (0.5 + weight / 6.0).min(2.5),
                left: a.at,
                right: b.at,
                source: Source::Figures(ai, bi),
            });
        }
    }
}

/// Whether the two sentences each give both figures: "Romney leads with 21 percent, followed
/// by Trump and Huckabee at 17 percent each" and "… Trump tied with Huckabee at 17 percent
/// (Mitt Romney leads the pack at 21 percent)" report the same two figures of two things, and
/// one's 21 against the other's 17 is no disagreement (BASIL dev, judged wrong).
fn both_give_both(pair: &Pair, left: usize, right: usize) -> bool {
    let [left_gives_right, right_gives_left] = gives_each_others(pair, left, right, false);
    left_gives_right && right_gives_left
}

/// Whether either sentence also gives the other's figure, of the same unit ("a single bomb" is
/// no "1 percent"): "$900,000 … from a federal grant, and the remaining $500,000 from …
/// forfeiture" against "Half a million dollars of the cost will come from … forfeiture" agree on
/// the half million; the $900,000 is another part.
fn gives_the_other(pair: &Pair, left: usize, right: usize) -> bool {
    gives_each_others(pair, left, right, true).contains(&true)
}

/// Whether the left figure's sentence also gives the right figure, and the right's the left
/// one; `same_unit` when the figure given must be of the other's unit too.
fn gives_each_others(pair: &Pair, left: usize, right: usize, same_unit: bool) -> [bool; 2] {
    let (l, r) = (&pair.left.figures, &pair.right.figures);
    let gives = |sentence: &[Figure], f: &Figure| {
        sentence.iter().any(|g| (!same_unit || g.unit == f.unit) && same_figure(g, f))
    };
    let (left_text, right_text) =
        (pair.left.article.sentence_text(l[left].at), pair.right.article.sentence_text(r[right].at));
    [
        gives(sentence_figures(l, left), &r[right]) || writes_digits_of(left_text, right_text, &r[right]),
        gives(sentence_figures(r, right), &l[left]) || writes_digits_of(right_text, left_text, &l[left]),
    ]
}

/// Whether the sentences of two figures give another figure alike besides them: the same
/// value, 10 or more (a "212" both give, whatever each says it counts: "212 are sitting empty",
/// "212 vacancies"), a date only as a date.
fn another_shared(pair: &Pair, left: usize, right: usize) -> bool {
    let others = |figures: &'_ [Figure], i: usize| -> Vec<(bool, f64)> {
        let mine = &figures[i];
        sentence_figures(figures, i)
            .iter()
            .filter(|f| !std::ptr::eq(*f, mine) && f.value >= 10.0)
            .map(|f| (f.unit == "date", f.value))
            .collect()
    };
    let theirs = others(pair.right.figures, right);
    others(pair.left.figures, left)
        .iter()
        .any(|(date, value)| theirs.iter().any(|(d, v)| d == date && (v - value).abs() < 1e-9))
}

/// The figures of the sentence that holds `figures[i]`: contiguous, as analysis reads them
/// sentence by sentence.
fn sentence_figures(figures: &[Figure], i: usize) -> &[Figure] {
    let at = figures[i].at;
    let start = figures[..i].iter().rposition(|f| f.at != at).map_or(0, |p| p + 1);
    let end = figures[i..].iter().position(|f| f.at != at).map_or(figures.len(), |p| i + p);
    &figures[start..end]
}

/// Body sentences an article needs before sharing no subject says anything: two snippets of a
/// sentence or two name too little to tell.
const SUBJECT_SENTENCES: usize = 8;

/// Whether the two articles share a subject: a target found in both, or a topic of the map
/// that both name (or one is too short to tell).
fn share_a_subject(pair: &Pair) -> bool {
    if pair.left.body_sentences() < SUBJECT_SENTENCES || pair.right.body_sentences() < SUBJECT_SENTENCES {
        return true;
    }
    let topics = |side: &crate::contrast::input::SideInput| {
        let mut owners: Vec<usize> = side.passage_terms.iter().flatten().map(|h| h.owner).collect();
        owners.sort_unstable();
        owners.dedup();
        owners
    };
    let (left, right) = (topics(&pair.left), topics(&pair.right));
    !pair.derived.is_empty() || left.iter().any(|t| right.binary_search(t).is_ok())
}

/// Figures of two sentences that write the same seven words or more (`wording`): "… about
/// 210,000 children whose families earn too much to qualify under the current federal program"
/// and "… roughly 140,000 students whose families earn too much to qualify …" count the same
/// thing though their units differ, the shared words saying so. When each sentence gives one
/// figure the other does not, of the same scale and neither a date unless both are, the two are
/// a number contrast (unless the context alone already made them one).
pub fn worded_figure_candidates(
    pair: &Pair,
    runs: &[SharedRun],
    target_of: &dyn Fn(SentenceId, SentenceId) -> Option<TargetId>,
    out: &mut Shortlist,
) {
    let in_sentence = |figures: &[Figure], at: SentenceId| -> Vec<usize> {
        (0..figures.len()).filter(|&i| figures[i].at == at).collect()
    };
    for run in runs.iter().filter(|r| r.fits(&SAME_WORDS)) {
        let (lefts, rights) =
            (in_sentence(pair.left.figures, run.left), in_sentence(pair.right.figures, run.right));
        let unmatched =
            |mine: &[usize], figures: &[Figure], theirs: &[usize], other: &[Figure]| -> Vec<usize> {
                mine.iter()
                    .copied()
                    .filter(|&i| !theirs.iter().any(|&j| same_figure(&figures[i], &other[j])))
                    .collect()
            };
        let (l, r) = (
            unmatched(&lefts, pair.left.figures, &rights, pair.right.figures),
            unmatched(&rights, pair.right.figures, &lefts, pair.left.figures),
        );
        let ([ai], [bi]) = (l.as_slice(), r.as_slice()) else { continue };
        let (a, b) = (&pair.left.figures[*ai], &pair.right.figures[*bi]);
        // The shared words say what a figure counts only where they describe it: "Northfield
        // Health, the nonprofit system that owns …" before "eight others" on one side and
        // "58 miles" on the other says nothing of either.
        if !beside_run(pair.left.article.sentence_text(a.at), &a.range, &run.spans[0])
            || !beside_run(pair.right.article.sentence_text(b.at), &b.range, &run.spans[1])
        {
            continue;
        }
        let (low, high) = (a.value.min(b.value), a.value.max(b.value));
        let dates = (a.unit == "date") as u8 + (b.unit == "date") as u8;
        let already =
            a.unit == b.unit && conflicting(a, b) && same_thing(pair.index, a, b) >= MIN_FIGURE_CONTEXT;
        if dates == 1 || low <= 0.0 || high > MAX_RATIO * low || rounded_from(a.value, b.value) || already {
            continue;
        }
        out.push(Candidate {
            target: target_of(a.at, b.at),
            kind: ContrastKind::Number,
            score: (0.5 + run.words as f32 / 6.0).min(2.5),
            left: a.at,
            right: b.at,
            source: Source::Figures(*ai, *bi),
        });
    }
}

/// Words at most between a shared run and the figure after it ("owns the hospital and eight
/// others"), and between a figure and the run after it: what a figure counts is told after it,
/// sometimes past an aside ("210,000 children, most of them in small towns, live in families
/// that earn too much …").
const WORDS_TO_RUN_BEFORE: usize = 3;
const WORDS_TO_RUN_AFTER: usize = 10;

/// Whether the figure at `figure` stands in `run` (bytes of `sentence`), within
/// [`WORDS_TO_RUN_BEFORE`] words after it or [`WORDS_TO_RUN_AFTER`] words before it.
fn beside_run(sentence: &str, figure: &Range<usize>, run: &Range<usize>) -> bool {
    let words_between = |from: usize, to: usize| {
        sentence.get(from..to).map_or(usize::MAX, |gap| gap.split_whitespace().count())
    };
    if figure.end <= run.start {
        words_between(figure.end, run.start) <= WORDS_TO_RUN_AFTER
    } else if run.end <= figure.start {
        words_between(run.end, figure.start) <= WORDS_TO_RUN_BEFORE
    } else {
        true
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

#[cfg(test)]
#[path = "numbers_tests.rs"]
mod tests;
