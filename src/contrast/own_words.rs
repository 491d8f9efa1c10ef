//! Whether a sentence about a target is the target's own words: spoken by the target itself,
//! by an officer of the group it is, or quoted right after it as the sentence's subject. What
//! someone says is their stance toward others, not the writer's toward them, so the lexicon
//! reading of `derived` then keeps only how the writer frames the words.
//!
//! In: the target's entity, the sentence's voice, its text and the target's mentions in it.
//! Out: yes or no; and whether a reporting verb stands beside a mention of the target (the
//! writer's framing of those words, [`next_to_mention`]).

use std::ops::Range;

use crate::contrast::evidence::{Voice, VoiceKind};
use crate::targets::coref::quoted_spans;
use crate::targets::entities::{Entity, EntityKind};
use crate::text::fold::{fold, last_name_word};

/// Whether the sentence is the target's own words ("'I wasn't sure he was born here,' Trump
/// said"): the mood of what someone says is their stance toward others, not the writer's toward
/// them. On BASIL dev, "Donald Trump: left says negative ('doubts') … (left reports Trump, right
/// reports Trump)" was the commonest wrong derived contrast. A quotation that names the target
/// or calls them "he" is about them, not by them, whoever the speaker was read to be ("'What
/// he said is just flat wrong,' McConnell said").
pub(crate) fn own_words(entity: &Entity, voice: &Voice, text: &str, ranges: &[Range<usize>]) -> bool {
    // Most sentences are the writer's own: no quotation is looked for in them.
    if voice.kind == VoiceKind::Author {
        return false;
    }
    let quoted = quoted_spans(text);
    let itself = speaks_for_itself(entity, voice);
    if !itself
        && !speaks_for_group(entity, voice, text, ranges)
        && !opens_unattributed_quote(voice, text, ranges, &quoted)
    {
        return false;
    }
    // Speakers call themselves "I" and "we": a "he" or "him" in their own quotation is someone
    // else ("we stopped him because we were listening," he said), however it was resolved —
    // unless a name outside the quotation says the voice was misread.
    let itself = itself && !names_another_outside(entity, text, &quoted);
    let spoken_of = |r: &&Range<usize>| {
        !(itself
            && matches!(
                text.get((*r).clone()).map(fold).as_deref(),
                Some("he" | "him" | "his" | "she" | "her")
            ))
    };
    !ranges.iter().filter(spoken_of).any(|r| quoted.iter().any(|q| q.contains(&r.start)))
}

/// Whether the words outside the quotations hold a capitalised name that is none of the
/// entity's: "“What he said is just flat wrong,” McConnell said" is McConnell's however the voice
/// was read, and its "he" may be the target.
fn names_another_outside(entity: &Entity, text: &str, quoted: &[Range<usize>]) -> bool {
    let own: Vec<String> = std::iter::once(&entity.name)
        .chain(&entity.aliases)
        .flat_map(|form| form.split_whitespace().map(fold).collect::<Vec<_>>())
        .collect();
    let mut outside = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        outside.push(if quoted.iter().any(|q| q.contains(&i)) { ' ' } else { c });
    }
    // The sentence's first word is capitalised whatever it is.
    outside
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '.'))
        .map(|w| w.trim_matches(['.', '\'']))
        .filter(|w| !w.is_empty())
        .skip(usize::from(quoted.first().is_none_or(|q| q.start > 0)))
        .any(|w| {
            w.starts_with(char::is_uppercase)
                && w.len() > 1
                && !own.contains(&fold(w).trim_end_matches("'s").to_string())
        })
}

/// Words a quotation needs to be speech when no verb of saying introduces it.
const MIN_SPEECH_WORDS: usize = 4;

/// Whether a quotation no speaker was read for follows the target as the sentence's subject
/// ("Carlos Mendez, president of the State Federation of Labor, called the signing \"a good
/// day …\""): no one else is named before it, so the words are the target's. A quotation of
/// a few words is a name or a scare quote ("his support of the \"Obama Agenda\""), no speech.
pub(crate) fn opens_unattributed_quote(
    voice: &Voice,
    text: &str,
    ranges: &[Range<usize>],
    quoted: &[Range<usize>],
) -> bool {
    let Some(first_quote) = quoted.first() else { return false };
    // The target opens the sentence, or the office of the person who does ("Carlos Mendez,
    // president of the State Federation of Labor, called …").
    let opens = |r: &Range<usize>| {
        let before = &text[..r.start];
        !before.contains(|c: char| c.is_alphanumeric())
            || office_before_name(before)
            || before.find(',').is_some_and(|comma| {
                let name = &before[..comma];
                name.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
                    && office_of(&before[comma..])
            })
    };
    text[first_quote.clone()].split_whitespace().count() >= MIN_SPEECH_WORDS
        && matches!(voice.kind, VoiceKind::Speaker | VoiceKind::Reported)
        && voice.speaker.is_none()
        && ranges.iter().any(|r| r.end <= first_quote.start && opens(r))
}

/// Words an office may take before a name ("City Council member Rosa Delgado").
const OFFICE_BEFORE_WORDS: usize = 3;

/// Whether the words that open a sentence before a name are an office the name's run did not
/// take in as a title ("Council member Rosa Delgado", "Board member Sam Okafor"): a few words,
/// each capitalised or an office noun, the last an office noun. "After Tom Brennan spoke" is
/// no office.
fn office_before_name(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().collect();
    let office = |w: &&str| OFFICES.contains(&fold(w).as_str());
    (1..=OFFICE_BEFORE_WORDS).contains(&words.len())
        && words.last().is_some_and(office)
        && words.iter().all(|w| w.starts_with(char::is_uppercase) || office(w))
}

/// Whether the voice's speaker is the target.
pub(crate) fn speaks_for_itself(entity: &Entity, voice: &Voice) -> bool {
    let Some(speaker) = voice.speaker.as_deref() else { return false };
    let speaker = last_name_word(speaker);
    !speaker.is_empty()
        && std::iter::once(&entity.name).chain(&entity.aliases).any(|form| last_name_word(form) == speaker)
}

/// How near a group's name must stand to its speaker's name to be whom they speak for, in
/// bytes: "AARP CEO Barry Rand", "Barry Rand, AARP's chief executive".
const AFFILIATION_BEFORE: usize = 24;
const AFFILIATION_AFTER: usize = 16;

/// Whether the voice's speaker speaks for the group that is the target: the group's name is
/// part of the speaker's ("an AARP spokesman") or stands right beside the speaker's name, as
/// an affiliation does ("AARP CEO Barry Rand said", "the group's chief executive, A. Barry
/// Rand, said"). What a group's officers say is the group's own words.
fn speaks_for_group(entity: &Entity, voice: &Voice, text: &str, ranges: &[Range<usize>]) -> bool {
    if entity.kind != EntityKind::Group {
        return false;
    }
    let Some(speaker) = voice.speaker.as_deref() else { return false };
    let named_in = |s: &str| {
        let s = fold(s);
        std::iter::once(&entity.name).chain(&entity.aliases).any(|form| {
            let form = fold(form);
            !form.is_empty()
                && s.split(' ')
                    .collect::<Vec<_>>()
                    .windows(form.split(' ').count())
                    .any(|w| w.join(" ") == form)
        })
    };
    if named_in(speaker) {
        return true;
    }
    let quoted = quoted_spans(text);
    let outside = |at: usize| !quoted.iter().any(|q| q.contains(&at));
    let Some(at) = text.match_indices(speaker).map(|(at, _)| at).find(|&at| outside(at)) else {
        return false;
    };
    let end = at + speaker.len();
    let plain = |gap: &str| !gap.contains(['"', '“', '”']);
    ranges.iter().filter(|r| !r.is_empty() && outside(r.start)).any(|r| {
        (r.end <= at && at - r.end <= AFFILIATION_BEFORE && plain(&text[r.end..at]))
            || (r.start >= end
                && plain(&text[end..r.start])
                && (r.start - end <= AFFILIATION_AFTER || office_of(&text[end..r.start])))
    })
}

/// Words an appositive office may take before "of" ("president", "executive director").
const OFFICE_WORDS: usize = 4;
/// Nouns an office ends in: "a longtime critic of the union" is no office of it.
#[rustfmt::skip]
const OFFICES: &[&str] = &[
    "president", "director", "head", "chair", "chairman", "chairwoman", "chairperson", "spokesman",
    "spokeswoman", "spokesperson", "leader", "chief", "executive", "officer", "founder",
    "secretary", "treasurer", "organizer", "organiser", "member", "manager", "counsel",
    "coordinator", "governor", "commissioner", "superintendent", "dean", "provost", "chancellor",
    "principal", "administrator", "trustee", "steward", "representative", "minister",
];

/// Whether the words between a speaker's name and a group's name are an appositive office
/// ("Carlos Mendez, president of the State Federation of Labor"): a comma, a few words, "of"
/// or "for".
fn office_of(gap: &str) -> bool {
    let Some(office) = gap.strip_prefix(',') else { return false };
    let office = office.trim_end();
    let office = office.strip_suffix(" the").unwrap_or(office);
    // "a spokesman for Climate Reckoning" as well.
    office.strip_suffix(" of").or_else(|| office.strip_suffix(" for")).is_some_and(|words| {
        let n = words.split_whitespace().count();
        let noun = words.split_whitespace().last().map(fold).unwrap_or_default();
        (1..=OFFICE_WORDS).contains(&n) && !words.contains(',') && OFFICES.contains(&noun.as_str())
    })
}

/// Words that may stand between a person's name and the verb that reports them ("Carrow, a
/// Democrat, insisted", "House Speaker John Boehner (R-Ohio) admitted").
const FRAMING_REACH: usize = 4;

/// Whether the cue at `cue` reports the target's words: it stands within [`FRAMING_REACH`]
/// words of a mention of the target ("Whitcomb insisted", "…,” insisted Whitcomb"). In "he
/// said that the party had to admit it had a problem" the admitting is the party's.
pub(super) fn next_to_mention(text: &str, ranges: &[Range<usize>], cue: &Range<usize>) -> bool {
    let words =
        |from: usize, to: usize| text.get(from..to).map_or(usize::MAX, |g| g.split_whitespace().count());
    ranges.iter().any(|r| {
        let between = if r.end <= cue.start { words(r.end, cue.start) } else { words(cue.end, r.start) };
        between <= FRAMING_REACH
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(name: &str) -> Entity {
        Entity {
            name: name.to_string(),
            key: name.to_lowercase(),
            aliases: Vec::new(),
            kind: EntityKind::Group,
            titles: Vec::new(),
            gender: None,
        }
    }

    fn speaks_for(name: &str, speaker: &str, text: &str) -> bool {
        let ranges: Vec<Range<usize>> = text.match_indices(name).map(|(i, s)| i..i + s.len()).collect();
        let voice = Voice { kind: VoiceKind::Reported, speaker: Some(speaker.to_string()) };
        speaks_for_group(&group(name), &voice, text, &ranges)
    }

    #[test]
    fn a_quotation_after_the_groups_officer_is_the_groups_own_words() {
        let text = "Carlos Mendez, president of the State Federation of Labor, called the signing \"a good day for every family.\"";
        let ranges: Vec<Range<usize>> =
            text.match_indices("State Federation of Labor").map(|(i, s)| i..i + s.len()).collect();
        let voice = Voice { kind: VoiceKind::Reported, speaker: None };
        assert!(opens_unattributed_quote(&voice, text, &ranges, &quoted_spans(text)));
        // Someone else's description before the group is no office of it.
        let text = "Critics of the plan, angry at the State Federation of Labor, called it \"a bad day for every family.\"";
        let ranges: Vec<Range<usize>> =
            text.match_indices("State Federation of Labor").map(|(i, s)| i..i + s.len()).collect();
        assert!(!opens_unattributed_quote(&voice, text, &ranges, &quoted_spans(text)));
    }

    #[test]
    fn a_quotation_after_a_name_with_its_office_before_it_is_their_own_words() {
        let voice = Voice { kind: VoiceKind::Speaker, speaker: None };
        let text = "Council member Rosa Delgado, whose district includes two large hospitals, called the vote \"a cut aimed at the people with the fewest options.\"";
        let ranges: Vec<Range<usize>> =
            text.match_indices("Rosa Delgado").map(|(i, s)| i..i + s.len()).collect();
        assert!(opens_unattributed_quote(&voice, text, &ranges, &quoted_spans(text)));
        // A sentence that opens with another word before the name is no office of theirs.
        let text = "After Rosa Delgado spoke, critics called the vote \"a cut aimed at the people with the fewest options.\"";
        let ranges: Vec<Range<usize>> =
            text.match_indices("Rosa Delgado").map(|(i, s)| i..i + s.len()).collect();
        assert!(!opens_unattributed_quote(&voice, text, &ranges, &quoted_spans(text)));
    }

    #[test]
    fn a_third_person_pronoun_in_the_speakers_own_quotation_is_someone_else() {
        let person = Entity { kind: EntityKind::Person, ..group("Wade Hollister") };
        let voice = Voice { kind: VoiceKind::Speaker, speaker: Some("Wade Hollister".into()) };
        let text = "\"We stopped a man from arranging a threat, and we stopped him because we were listening,\" he said.";
        let him = text.find("him").unwrap();
        let he = text.rfind("he said").unwrap();
        assert!(own_words(&person, &voice, text, &[him..him + 3, he..he + 2]));
        // A quotation that names the target is about them, whoever speaks.
        let text = "\"Wade Hollister stopped a threat,\" Wade Hollister said.";
        assert!(!own_words(&person, &voice, text, &[1..15, 35..49]));
    }

    #[test]
    fn an_officer_named_beside_the_group_speaks_for_it() {
        let federation = "State Federation of Labor";
        let text = "Carlos Mendez, president of the State Federation of Labor, claimed that business groups had cried wolf.";
        assert!(speaks_for(federation, "Carlos Mendez", text));
        assert!(speaks_for("AARP", "Barry Rand", "AARP CEO Barry Rand said the article was misleading."));
        let text = "Jonah Whitley, a spokesman for Climate Reckoning, said the group regretted the delay.";
        assert!(speaks_for("Climate Reckoning", "Jonah Whitley", text));
        let text = "Jane Roe, a volunteer driver for Climate Reckoning, said the group regretted the delay.";
        assert!(!speaks_for("Climate Reckoning", "Jane Roe", text));
        // A group named further on, in what is said, is spoken of, not for.
        let text = "Carlos Mendez said that the policy of the State Federation of Labor had failed.";
        assert!(!speaks_for(federation, "Carlos Mendez", text));
        let text = "Carlos Mendez, who once led a rival union, a smaller cousin of the State Federation of Labor, spoke.";
        assert!(!speaks_for(federation, "Carlos Mendez", text));
        let text = "Jane Roe, a longtime critic of the State Federation of Labor, said it was weak.";
        assert!(!speaks_for(federation, "Jane Roe", text));
    }
}
