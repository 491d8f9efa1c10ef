//! Whose figure a figure is: the person or group named just before it in its sentence, other
//! than whoever says the sentence ("Obama has cut $716 billion from Medicare", "Senator McCain
//! would have cut $1.3 trillion", "Gingrich garnered 11 percent" / "Palin (12 percent)"). Two
//! figures of two different people or groups measure two things, however much context they
//! share; a reader judged every such BASIL figure contrast wrong.
//!
//! In: a figure and its side of the pair. Out: its owner's surname or last name word, folded.

use crate::contrast::figures::Figure;
use crate::contrast::input::SideInput;
use crate::targets::entities::EntityKind;
use crate::text::fold::last_name_word;

/// Words at most between an owner and its figure, in the figure's own clause ("Obama has cut
/// $716 billion", "His health care plan would cut Medicare by $800 billion").
const MAX_WORDS_BETWEEN: usize = 8;

/// Words that put a name before them outside the figure's clause, as its source: "International
/// inspectors say Iran has enriched uranium to 60% purity" is no figure of the inspectors'.
const SOURCE_WORDS: &[&str] =
    &["say", "says", "said", "report", "reports", "reported", "that", "according", "estimate", "estimates"];

/// The last word of the name of the person or group the figure belongs to, if the sentence
/// names one before it (the sentence's speaker left out: "Corker said the debt limit rises by
/// $2 trillion" is not Corker's figure).
pub fn figure_owner(side: &SideInput, figure: &Figure) -> Option<String> {
    let speaker = side.voice_at(figure.at).speaker.as_deref().map(last_name_word);
    let text = side.article.sentence_text(figure.at);
    side.entities
        .mentions_in(figure.at)
        .iter()
        .filter(|m| m.range.end <= figure.range.start && !m.range.is_empty())
        .filter(|m| {
            text.get(m.range.end..figure.range.start).is_some_and(|between| {
                let words =
                    || between.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
                words().count() <= MAX_WORDS_BETWEEN
                    && !words().any(|w| SOURCE_WORDS.contains(&w.to_lowercase().as_str()))
            })
        })
        .filter_map(|m| {
            let entity = &side.entities.entities[m.entity];
            matches!(entity.kind, EntityKind::Person | EntityKind::Group)
                .then(|| (m.range.end, last_name_word(&entity.key)))
        })
        .filter(|(_, name)| speaker.as_deref() != Some(name.as_str()))
        .max_by_key(|(end, _)| *end)
        .map(|(_, name)| name)
}

/// Whether two figures, one per side, belong to two different people or groups.
pub fn owned_by_different_parties(left: &SideInput, a: &Figure, right: &SideInput, b: &Figure) -> bool {
    matches!((figure_owner(left, a), figure_owner(right, b)), (Some(x), Some(y)) if x != y)
}
