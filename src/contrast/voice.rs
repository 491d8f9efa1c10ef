//! Whose claim a sentence is: the author's own, a named speaker's, or a view the article
//! reports ("critics argue").
//!
//! In: a sentence (as written and folded) and the map's attribution verbs, read in article
//! order so that "she said" and a quotation running over several sentences find their speaker.
//! Out: a [`Voice`] per sentence.

use crate::contrast::evidence::{Voice, VoiceKind};
use crate::topics::TopicMap;

/// Follows speakers through an article, sentence by sentence, in reading order.
#[derive(Debug, Default)]
pub struct VoiceTracker {
    /// The person last named as a speaker, for "she said" in a later sentence or paragraph.
    last_named: Option<String>,
    /// Who is speaking while a quotation runs on over several sentences.
    open_quote: Option<Option<String>>,
}

impl VoiceTracker {
    /// A new paragraph: a quotation does not run on across it.
    pub fn new_passage(&mut self) {
        self.open_quote = None;
    }

    /// The speaker of the next sentence, if it reports someone.
    pub fn speaker_of(&mut self, map: &TopicMap, text: &str, folded: &str) -> Option<String> {
        // "…," he said: a pronoun speaker is the person last named.
        let who = speaker(map, text, folded).map(|s| match &self.last_named {
            Some(name) if PRONOUNS.contains(&s.as_str()) => name.clone(),
            _ => s,
        });
        let opens = text.matches('“').count() > text.matches('”').count();
        let closes = text.matches('”').count() > text.matches('“').count();
        let who = match (&self.open_quote, who) {
            (Some(quoted), None) => quoted.clone(),
            (_, found) => found,
        };
        if opens {
            self.open_quote = Some(who.clone());
        } else if closes {
            self.open_quote = None;
        }
        if let Some(name) =
            who.as_ref().filter(|s| !PRONOUNS.contains(&s.as_str()) && !GROUP_SPEAKERS.contains(&s.as_str()))
        {
            self.last_named = Some(name.clone());
        }
        who
    }
}

/// The voice of a sentence whose speaker (if any) is known: a group speaking is a reported
/// view, anyone else a speaker.
pub fn voice_of(speaker: Option<&str>) -> Voice {
    match speaker {
        None => Voice::author(),
        Some(s) if GROUP_SPEAKERS.contains(&s) => {
            Voice { kind: VoiceKind::Reported, speaker: Some(s.to_string()) }
        }
        Some(s) => Voice { kind: VoiceKind::Speaker, speaker: Some(speaker_label(s).to_string()) },
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::text::fold::fold;

    fn map() -> TopicMap {
        TopicMap::new(&Config::default_config()).unwrap()
    }

    fn who(text: &str) -> Option<String> {
        speaker(&map(), text, &fold(text))
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
    fn voices_of_authors_speakers_and_groups() {
        assert_eq!(voice_of(None), Voice::author());
        assert_eq!(voice_of(Some("critics")).kind, VoiceKind::Reported);
        let named = voice_of(Some("Ali Khamenei"));
        assert_eq!((named.kind, named.speaker.as_deref()), (VoiceKind::Speaker, Some("Ali Khamenei")));
        assert_eq!(voice_of(Some("she")).speaker.as_deref(), Some("a quoted speaker"));
    }

    #[test]
    fn a_pronoun_speaker_is_the_person_last_named() {
        let map = map();
        let mut tracker = VoiceTracker::default();
        let first = "Ali Khamenei said the talks were a trap.";
        let second = "He said the deal would fail.";
        assert_eq!(tracker.speaker_of(&map, first, &fold(first)).as_deref(), Some("Ali Khamenei"));
        assert_eq!(tracker.speaker_of(&map, second, &fold(second)).as_deref(), Some("Ali Khamenei"));
    }
}
