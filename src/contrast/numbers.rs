//! Numbers: different figures for the same measured thing.
//!
//! In: both sides' figures and the similarity index (how rare each shared context word is).
//! Out: number candidates — same unit, values that cannot be read as one (a bound reads as a
//! range: "at most 4,000" and "as many as 21,000" conflict, "at least 400" and "more than 450"
//! do not), enough shared context, and neither side also giving the other's value — and the
//! evidence of a kept one (the two figure spans).

use crate::article::SentenceId;
use crate::contrast::evidence::{CueKind, Evidence, SideEvidence, Voice};
use crate::contrast::figures::{currency_plural, Bound, Figure};
use crate::contrast::found::{Candidate, ContrastKind, Detail, Shortlist, Source};
use crate::contrast::input::{Pair, SideInput};
use crate::contrast::postings::WordIndex;
use crate::similarity::SimilarityIndex;
use crate::targets::table::TargetId;

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
                    if weight >= MIN_FIGURE_CONTEXT * if exact { 1.0 } else { 2.0 } {
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
            let needed = if different_months { 2.0 * MIN_FIGURE_CONTEXT } else { MIN_FIGURE_CONTEXT };
            if weight < needed
                || mentions_value(&right_index, pair.right.figures, a)
                || mentions_value(&left_index, pair.left.figures, b)
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

/// The evidence and detail of a kept number contrast between figures `a` (left) and `b`.
pub fn number_evidence(pair: &Pair, a: usize, b: usize) -> (Evidence, Detail) {
    let (fa, fb) = (&pair.left.figures[a], &pair.right.figures[b]);
    let side = |input: &SideInput, f: &Figure| {
        let voice = input.claim_at(f.at).map_or_else(Voice::author, |c| c.voice.clone());
        SideEvidence::span(voice, CueKind::Figure, f.range.clone())
    };
    let sentence = pair.left.article.sentence_text(fa.at);
    let shared_context =
        fa.context.shared(&fb.context).map(|(word, ..)| as_written(sentence, word)).collect();
    let detail = Detail::Figures {
        unit: unit_label(fa, fb),
        shown: [fa.shown.clone(), fb.shown.clone()],
        shared_context,
    };
    ([side(&pair.left, fa), side(&pair.right, fb)], detail)
}

/// A context word as the sentence writes it (lower case): contexts hold words stemmed for
/// matching ("taxe" for "taxes", "hama" for "Hamas"), which a reader should not see.
fn as_written(sentence: &str, stem: &str) -> String {
    let words = || sentence.split(|c: char| !(c.is_alphanumeric() || c == '-')).map(str::to_lowercase);
    words()
        .find(|w| w == stem)
        .or_else(|| words().find(|w| w.starts_with(stem) && w.len() <= stem.len() + 3))
        .unwrap_or_else(|| stem.to_string())
}

/// The unit as a reader names it: money in the plural ("dollars"), with the period both
/// figures are given per ("dollars a year").
fn unit_label(a: &Figure, b: &Figure) -> String {
    let unit = currency_plural(&a.unit).map_or_else(|| a.unit.clone(), str::to_string);
    match (&a.per, &b.per) {
        (Some(per), Some(other)) if per == other => format!("{unit} {per}"),
        _ => unit,
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
mod tests {
    use super::*;
    use crate::contrast::figures::find_figures;

    fn figure(text: &str) -> Figure {
        find_figures(SentenceId { passage: 0, sentence: 0 }, text).remove(0)
    }

    fn conflict(a: &str, b: &str) -> bool {
        conflicting(&figure(a), &figure(b))
    }

    #[test]
    fn upper_bounds_far_apart_conflict() {
        assert!(conflict(
            "The plan could cut 3,000 posts at most.",
            "The plan could cut as many as 18,000 posts."
        ));
        assert!(conflict("It could cost up to 2,000 posts.", "It could cost up to 9,000 posts."));
    }

    #[test]
    fn compatible_bounds_do_not_conflict() {
        assert!(!conflict("At least 400 people marched.", "More than 400 people marched."));
        assert!(!conflict("At least 400 people marched.", "More than 450 people marched."));
        assert!(!conflict("At least 400 people marched.", "Up to 500 people marched."));
        assert!(!conflict("As many as 500 people marched.", "About 450 people marched."));
    }

    #[test]
    fn a_value_outside_a_bound_conflicts() {
        assert!(conflict("It holds roughly 275 kilograms.", "It holds more than 400 kilograms."));
        assert!(conflict("More than 400 people marched.", "At most 300 people marched."));
        assert!(conflict("About 2,000 people came.", "More than 3,000 people came."));
    }

    #[test]
    fn one_figure_written_two_ways_does_not_conflict() {
        assert!(!conflict("He cut $716 billion from the fund.", "He took $700 billion from the fund."));
        assert!(!conflict("Inflation is 40 percent.", "Inflation is 40.2 percent."));
        assert!(conflict("Inflation is 40 percent.", "Inflation is 32 percent."));
    }

    #[test]
    fn different_scales_and_periods_are_different_things() {
        assert!(!conflict("The scheme costs $700 billion.", "The scheme saves each family $600."));
        assert!(!conflict("The pass costs $20 a day.", "The pass costs $30 a week."));
        assert!(conflict("The pass costs $20 a day.", "The pass costs $30 a day."));
        assert!(conflict("The pass costs $20 a day.", "The pass costs $30."));
    }

    #[test]
    fn figures_in_words_compare_as_their_values() {
        assert!(conflict(
            "The session lasted more than three hours.",
            "The session lasted less than two hours."
        ));
        assert!(!conflict("The session lasted three hours.", "The session lasted 3 hours."));
        assert!(!conflict("A dozen inspectors came.", "Twelve inspectors came."));
        assert!(!conflict("It sells half a million barrels.", "It sells 500,000 barrels."));
        assert!(!conflict("More than two rounds were held.", "Three rounds were held."));
        // A round figure in words is the precise one rounded: "two hundred" and "203".
        assert!(!conflict("Some two hundred people came.", "Exactly 203 people came."));
        assert!(conflict("Twenty inspectors came.", "Thirty inspectors came."));
    }

    #[test]
    fn the_same_figure_written_two_ways_is_one_fact() {
        let same = |a: &str, b: &str| same_figure(&figure(a), &figure(b));
        assert!(same("Rents rose 30 percent.", "Rents rose by 30%."));
        assert!(same("He cut $716 billion from the fund.", "He took $700 billion from the fund."));
        assert!(same("At least 400 people marched.", "More than 400 people marched."));
        assert!(same("The talks began on April 12.", "The talks began on 12 April."));
        assert!(!same("Rents rose 30 percent.", "Rents rose 25 percent."));
        assert!(!same("At least 400 people marched.", "Up to 500 people marched."));
        assert!(!same("The pass costs $20 a day.", "The pass costs $20 a week."));
    }

    fn facts_between(left: &str, right: &str) -> Vec<String> {
        let config = crate::config::Config::default_config();
        let map = crate::topics::TopicMap::new(&config).unwrap();
        let parse = |name: &str, body: &str| {
            crate::article::Article::parse(name, &format!("Title: {name}\n\n{body}\n"))
        };
        let c = crate::compare::compare(parse("a", left), parse("b", right), &map, &config.analysis);
        c.facts
            .iter()
            .map(|f| {
                c.sentence(crate::compare::Side::Left, f.left)[f.evidence[0].cues[0].span.clone()].to_string()
            })
            .collect()
    }

    #[test]
    fn a_rounded_figure_is_a_shared_fact_only_on_ample_context() {
        let precise = "The county budget office said the payroll tax rate for small employers rose 2.1 percent this year.";
        let rounded = "The county budget office said the payroll tax rate for small employers rose 2 percent this year.";
        assert_eq!(facts_between(precise, rounded), vec!["2.1 percent"]);
        // Two shared words ("county", "rates") do not make a growth rate and a tax rate one figure.
        let growth = "The senators met the president on Friday.\n\nThe meeting lasted an hour.\n\n\
                      Both sides spoke of progress afterwards.\n\nOfficials expect county growth rates near 2.1 percent next year.";
        let taxes = "The speaker left the capital on Friday.\n\nHis aides said little about the talks.\n\n\
                     A vote is planned for next week.\n\nHe wanted a 2 percent increase in county tax rates on the wealthy.";
        assert!(facts_between(growth, taxes).is_empty());
        // The same value needs only the context a contrast needs.
        assert_eq!(
            facts_between(
                "Rents in Millbrook climbed 30 percent since 2019.",
                "Since 2019, rents in Millbrook climbed 30 percent."
            ),
            vec!["30 percent"]
        );
    }

    #[test]
    fn dates_are_compared_as_days() {
        assert!(conflict("The talks began on April 10.", "The talks began on April 12."));
        assert!(!conflict("The talks began on April 12.", "The talks began on 12 April."));
    }

    #[test]
    fn context_words_are_shown_as_written() {
        assert_eq!(as_written("It collects $2.4 million a year in lodging taxes.", "taxe"), "taxes");
        assert_eq!(as_written("The October 7 Hamas massacre.", "hama"), "hamas");
        assert_eq!(as_written("Rents climbed.", "rent"), "rents");
        assert_eq!(as_written("Nothing here.", "uranium"), "uranium");
        assert_eq!(as_written("A rental is not the rent.", "rent"), "rent");
    }

    #[test]
    fn money_is_named_in_the_plural_with_its_period() {
        let (a, b) = (figure("It raises $140 million a year."), figure("It raises $85 million a year."));
        assert_eq!(unit_label(&a, &b), "dollars a year");
        assert_eq!(unit_label(&a, &figure("It raises $85 million.")), "dollars");
        assert_eq!(
            unit_label(&figure("It holds 275 kilograms."), &figure("It holds 400 kilograms.")),
            "kilogram"
        );
    }
}
