//! The evidence of a kept number contrast, or of a figure both report: the two figure spans,
//! the unit as a reader names it and the context words both sentences share, as written.
//! Split from `numbers`, which finds the candidates.
//!
//! In: the pair and the two figures' indexes. Out: the evidence of each side and the detail.

use crate::contrast::evidence::{CueKind, Evidence, SideEvidence, Voice};
use crate::contrast::figures::{currency_plural, Figure};
use crate::contrast::found::Detail;
use crate::contrast::input::{Pair, SideInput};

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
    if a.unit != b.unit {
        return format!("{} / {}", a.unit, b.unit);
    }
    let unit = currency_plural(&a.unit).map_or_else(|| a.unit.clone(), str::to_string);
    match (&a.per, &b.per) {
        (Some(per), Some(other)) if per == other => format!("{unit} {per}"),
        _ => unit,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contrast::figures::find_figures;

    /// The first figure of a one-sentence article.
    fn figure(text: &str) -> Figure {
        find_figures(crate::article::SentenceId { passage: 0, sentence: 0 }, text).remove(0)
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
