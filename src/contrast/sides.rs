//! Whose case a quotation makes toward a group. News on an agency, a union or a company slants
//! it less by words of praise or blame than by whom it lets speak: one report gives the
//! authority's director three paragraphs of reasons, the other gives them to the tenants it
//! evicts. What a group's own officers say is its case (see `targets::affiliation`); in a
//! story about the group, what someone else says in a passage that names it, with no word of
//! praise, is the case against it. Neither is read where the lexicon already reads the
//! sentence, and a reading of this kind weighs less than one clear evaluative word.
//!
//! On news the person a story is about is read the same way (`contrast::derived` decides
//! which): their own words are their case, others' words where they are named the case against
//! them, save a press secretary's or an aide's, who speak for someone.
//!
//! In: a sentence, its voice, the group (an entity of the sentence's article) and the article's
//! entities with their affiliations. Out: the case, with the speaker's mention as its evidence.

use std::collections::HashSet;
use std::ops::Range;

use crate::article::{Article, SentenceId};
use crate::contrast::evidence::{Voice, VoiceKind};
use crate::lexicon::whole_sentence_valence;
use crate::targets::collectives::{group_of_collective, group_of_description, is_collective};
use crate::targets::entities::{ArticleEntities, EntityKind, Mention};
use crate::targets::table::TargetId;
use crate::text::fold::{fold, last_name_word};

/// How strongly a voice's case counts as a stance: below one clear lexicon word (a lexicon
/// reading counts from 0.4).
pub const CASE_STRENGTH: f32 = 0.5;
/// The same for a person the story is about: whom a report quotes beside a person says less
/// of its slant than beside an institution, since a politician's allies and bystanders are
/// quoted as often as opponents (ranked below a case on an institution).
pub const PERSON_CASE_STRENGTH: f32 = 0.4;
/// Above this whole-sentence valence a statement praises (one clear word of praise, such as
/// "great", weighs about 3): it makes no case against anyone.
const PRAISE: f32 = 2.0;
/// Words a sentence needs to make a case ("he said." makes none).
const MIN_WORDS: usize = 6;

/// Which case a voice makes toward a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// The group itself, or one of its officers, speaks.
    Own,
    /// Someone who does not speak for it, with no word of praise.
    Against,
}

/// A voice's case, with the speaker's mention in the sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoiceCase {
    pub case: Case,
    /// The speaker's mention in the sentence.
    pub speaker: Range<usize>,
    /// The speaker's entity; none for unnamed critics ("Critics said …").
    pub entity: Option<usize>,
}

/// The case the sentence at `at` makes toward `group`, read from who speaks in it.
pub fn voice_case(
    text: &str,
    at: SentenceId,
    voice: &Voice,
    group: usize,
    officers: &[String],
    entities: &ArticleEntities,
) -> Option<VoiceCase> {
    if !matches!(voice.kind, VoiceKind::Speaker | VoiceKind::Reported)
        || !matches!(entities.entities.get(group)?.kind, EntityKind::Group | EntityKind::Person)
        || text.split_whitespace().count() < MIN_WORDS
        || text.trim_end_matches(['"', '”', '’', '\'', ')']).ends_with('?')
    {
        return None;
    }
    let name = voice.speaker.as_deref()?;
    // "Critics said the timing sent the wrong message": the case against, whoever they are;
    // not "critics of the superintendent" in a story about the union, nor "even critics said".
    if let Some(span) = critics_in(text, name) {
        let of_someone = fold(name).contains(" of ") || fold(&text[span.end..]).starts_with(" of ");
        let of_another = of_someone && !entities.mentions_in(at).iter().any(|m| m.entity == group);
        let conceding = fold(&text[..span.start]).trim_end().ends_with("even");
        return (whole_sentence_valence(text) <= PRAISE && !of_another && !conceding).then_some(VoiceCase {
            case: Case::Against,
            speaker: span,
            entity: None,
        });
    }
    let (speaker, span) = speaker_in(text, at, name, entities)?;
    // A place or a thing read as the speaker ("…, the company said" resolved to a town) speaks
    // for no one.
    if !matches!(entities.entities[speaker].kind, EntityKind::Person | EntityKind::Group) {
        return None;
    }
    let about_person = entities.entities[group].kind == EntityKind::Person;
    // In a story about a person, "Republican officials" are as often their colleagues as their
    // opponents, and a press secretary or a spokesperson speaks for someone, as often as not
    // that person ("White House Press Secretary Jay Carney" in a story on Obama).
    if about_person && speaker != group && is_collective(name) {
        return None;
    }
    let own = speaker == group
        || entities.affiliations.speaks_for(speaker, group)
        || officers.binary_search(&entities.entities[speaker].key).is_ok()
        || part_of(speaker, group, entities)
        // The body a person leads speaks for them ("RNC Chairman Michael Steele" and the RNC).
        || about_person && entities.affiliations.speaks_for(group, speaker);
    // "Hollister spokeswoman Kelly Marsh": an office in lower case before the name says whose
    // voice they are; "Obama campaign aide Robert Gibbs" in a story on Santorum is the other side.
    let office_owner = voice_office_owner(&text[..span.start]);
    let surname = last_name_word(&entities.entities[group].name);
    let owners_voice = office_owner.as_deref().is_some_and(|owner| owner.split(' ').any(|w| w == surname));
    let case = if own || about_person && owners_voice {
        Case::Own
    } else if about_person
        && (speaks_for_someone(&entities.entities[speaker].titles)
            || office_owner.is_some_and(|o| o.is_empty()))
    {
        return None;
    } else if whole_sentence_valence(text) <= PRAISE {
        Case::Against
    } else {
        return None;
    };
    Some(VoiceCase { case, speaker: span, entity: Some(speaker) })
}

/// The offices of someone who speaks for another ("press secretary", "a spokeswoman for").
const SPEAKING_FOR: &[&str] =
    &["press secretary", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor"];

/// Whether a person's titles make them someone's voice.
fn speaks_for_someone(titles: &[String]) -> bool {
    titles.iter().any(|t| SPEAKING_FOR.iter().any(|office| t.ends_with(office)))
}

/// Whose voice the words right before a speaker's name make them, in lower case and so no
/// title of the name: `Some` with the capitalised words among the three before the office,
/// folded ("hollister" of "Hollister spokeswoman Kelly Marsh", "obama" of "Obama campaign
/// aide Robert Gibbs"), empty when none says ("a campaign adviser, Sam Tran").
fn voice_office_owner(before: &str) -> Option<String> {
    let before = before.trim_end().trim_end_matches(',');
    let words: Vec<&str> = before.split_whitespace().collect();
    let folded = fold(before);
    let office = SPEAKING_FOR.iter().find(|office| {
        folded.strip_suffix(*office).is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
    })?;
    // Counted in words, not bytes: folding may change a byte length before the office.
    let rest = &words[..words.len().saturating_sub(office.split(' ').count())];
    let owner: Vec<&str> = rest
        .iter()
        .copied()
        .rev()
        .take(3)
        .take_while(|w| !w.ends_with([',', '"', '“', '”', ':', '.']))
        .filter(|w| {
            w.starts_with(char::is_uppercase)
                && !matches!(fold(w).as_str(), "a" | "an" | "the" | "his" | "her")
        })
        .collect();
    Some(owner.iter().rev().map(|w| last_name_word(w)).collect::<Vec<_>>().join(" "))
}

/// The words news uses for people it sets against a decision without naming them ("opponents"
/// are as often a team's or a candidate's, or the group's own allies against a measure).
const CRITICS: &[&str] = &["critics", "detractors", "skeptics", "sceptics"];

/// Whether a speaker is unnamed critics ("critics", "some critics", "critics of the agency").
pub fn is_critics(speaker: &str) -> bool {
    critics_head(&fold(speaker)).is_some()
}

/// The words naming critics: at most three before any "of", the last of them a critic word.
fn critics_head(folded: &str) -> Option<&str> {
    let head = folded.split(" of ").next()?.trim();
    let last = head.rsplit(' ').next()?;
    (CRITICS.contains(&last) && head.split(' ').count() <= 3).then_some(head)
}

/// The mention of unnamed critics in the sentence, where they are its voice.
fn critics_in(text: &str, speaker: &str) -> Option<Range<usize>> {
    let folded = fold(speaker);
    let head = critics_head(&folded)?;
    let start = fold(text).find(head)?;
    Some(start..start + head.len())
}

/// Whether one entity's name is a piece of the other's ("Outdoor Recreation" of the "Department
/// of Parks and Outdoor Recreation"): a name split by the reader of speakers, the group itself.
fn part_of(speaker: usize, group: usize, entities: &ArticleEntities) -> bool {
    let (speaker, group) = (&entities.entities[speaker], &entities.entities[group]);
    let (whole, part) = (fold(&group.name), fold(&speaker.name));
    // Only the tail after "and" or "of": "Eastbrook University" is not the "Eastbrook
    // University Faculty Association".
    whole.strip_suffix(&part).is_some_and(|head| head.ends_with(" and ") || head.ends_with(" of "))
}

/// The speaker's entity and its mention in the sentence: a mention whose entity goes by the
/// speaker's name (or, for a person, by its last word: "Amsel" for "Gregory Amsel").
fn speaker_in(
    text: &str,
    at: SentenceId,
    speaker: &str,
    entities: &ArticleEntities,
) -> Option<(usize, Range<usize>)> {
    let wanted = fold(speaker);
    let wanted_last = last_name_word(speaker);
    let goes_by = |e: usize| {
        let entity = &entities.entities[e];
        let forms = || std::iter::once(&entity.name).chain(&entity.aliases);
        forms().any(|f| fold(f) == wanted)
            || (entity.kind == EntityKind::Person && forms().any(|f| last_name_word(f) == wanted_last))
    };
    let mentions = entities.mentions_in(at);
    mentions
        .iter()
        .filter(|m| goes_by(m.entity))
        .find(|m| text.get(m.range.clone()).is_some())
        .map(|m| (m.entity, m.range.clone()))
        .or_else(|| {
            // "College officials said", "The president of the union said": no mention goes by
            // that name, but they speak for one.
            let start = text.find(speaker)?;
            let group =
                group_of_collective(speaker, entities).or_else(|| group_of_description(speaker, entities))?;
            Some((group, start..start + speaker.len()))
        })
}

/// A case reading: the sentence, the target, how many times it names the target, and the case.
pub type CaseReading = (SentenceId, TargetId, usize, Case);

/// The sentences the lexicon read toward a target on this side: all of them, and those read as
/// positive.
#[derive(Clone, Copy)]
pub struct WordReadings<'a> {
    pub read: &'a HashSet<(SentenceId, TargetId)>,
    pub praised: &'a HashSet<(SentenceId, TargetId)>,
}

/// A group the pair discusses, as one side's case readings need it.
pub struct GroupTarget<'a> {
    pub id: TargetId,
    /// Its entity on this side.
    pub entity: usize,
    /// Who speaks for it in either article (entity keys, sorted).
    pub officers: &'a [String],
    /// The pair's most central target: the story is about it.
    pub central: bool,
}

/// The cases of one side's quoted and reported sentences toward the groups among `groups`
/// (each a target's id and its entity on this side; `parties` are the entities of every
/// person and group the pair discusses), where no other reading was made (`read`):
/// what the group's officers say anywhere in the article; in a story about the group, what
/// others say in a passage that names it, and anything else those same people say (a person
/// quoted in a story keeps to one side of it), unless the article shows them praising it
/// (`words.praised`).
pub fn case_readings(
    article: &Article,
    entities: &ArticleEntities,
    groups: &[GroupTarget],
    parties: &[usize],
    voice_at: &dyn Fn(SentenceId) -> Voice,
    words: WordReadings,
    max_sentences: usize,
) -> Vec<CaseReading> {
    let WordReadings { read, praised } = words;
    let mut out = Vec::new();
    // Only quoted and reported sentences can make a case: found once for all the groups.
    let voiced: Vec<(SentenceId, Voice)> = article
        .passages
        .iter()
        .enumerate()
        .filter(|(_, p)| p.is_body())
        .flat_map(|(p, passage)| {
            (0..passage.sentences.len()).map(move |s| SentenceId { passage: p, sentence: s })
        })
        .map(|at| (at, voice_at(at)))
        .filter(|(_, voice)| !voice.is_author())
        .collect();
    let stride = voiced.len().div_ceil(max_sentences.max(1)).max(1);
    for &GroupTarget { id: target, entity: group, officers, central } in groups {
        if entities
            .entities
            .get(group)
            .is_none_or(|e| !matches!(e.kind, EntityKind::Group | EntityKind::Person))
        {
            continue;
        }
        let mut naming: Vec<usize> =
            entities.mentions.iter().filter(|m| m.entity == group).map(|m| m.at.passage).collect();
        naming.dedup();
        let cases: Vec<(SentenceId, Option<usize>, VoiceCase)> = voiced
            .iter()
            .step_by(stride)
            .filter(|(at, _)| !read.contains(&(*at, target)))
            .filter_map(|(at, voice)| {
                let found = voice_case(article.sentence_text(*at), *at, voice, group, officers, entities)?;
                let speaker = found.entity;
                let is_speaker = |e: usize| speaker == Some(e);
                // Words on someone else the pair discusses are about them ("'Bob Etheridge has
                // lost it,' said Jon Thompson"), whoever speaks. The group the speaker speaks
                // for is no one else where the words name the group too ("'The sheriff is
                // building a surveillance system,' said Naomi Feld, the coalition's director").
                let here = entities.mentions_in(*at);
                let names_group = here.iter().any(|m| m.entity == group);
                let another =
                    |m: &Mention| m.entity != group && !is_speaker(m.entity) && parties.contains(&m.entity);
                let about_another = here.iter().any(|m| {
                    another(m)
                        && !(names_group
                            && speaker.is_some_and(|s| entities.affiliations.speaks_for(s, m.entity)))
                });
                // Unnamed critics criticise what their paragraph is about: they open it, or it
                // names the group ("The city council raised parking fees. Critics said …" is
                // about the council).
                let after_another =
                    speaker.is_none() && at.sentence > 0 && naming.binary_search(&at.passage).is_err();
                let about_another = about_another || after_another;
                (!about_another).then_some((*at, speaker, found))
            })
            .collect();
        // Whom the article shows praising or backing the group: the speaker, or the first
        // person named, in a sentence read as positive toward it. Their words are never the
        // case against it ("Mr. Huckabee noted that Chick-fil-A did not organize the event").
        let supporters: HashSet<usize> = praised
            .iter()
            .filter(|(_, t)| *t == target)
            .flat_map(|&(at, _)| {
                let text = article.sentence_text(at);
                let speaker =
                    voice_at(at).speaker.and_then(|s| speaker_in(text, at, &s, entities)).map(|(e, _)| e);
                let first = entities
                    .mentions_in(at)
                    .iter()
                    .find(|m| entities.entities[m.entity].kind == EntityKind::Person)
                    .map(|m| m.entity);
                speaker.into_iter().chain(first)
            })
            .collect();
        // In a story about the group, who speaks where it is named, and is no supporter, is on
        // the other side, and so is all else they say. Where the group is only one of the
        // story's subjects, a speaker is as often its member or its ally: none is read against it
        // (on BASIL's political news, "Sen. Corker" against "Republicans", "Rep. Goodlatte"
        // against "Congress", all judged wrong).
        // Unnamed critics are on the other side wherever they are reported.
        let against: HashSet<Option<usize>> = if central {
            cases
                .iter()
                .filter(|(at, speaker, found)| {
                    found.case == Case::Against
                        && !speaker.is_some_and(|s| supporters.contains(&s))
                        && (speaker.is_none() || naming.binary_search(&at.passage).is_ok())
                })
                .map(|(_, speaker, _)| *speaker)
                .collect()
        } else {
            HashSet::new()
        };
        for (at, speaker, found) in cases {
            if found.case == Case::Own || against.contains(&speaker) {
                // A sentence that does not name the group still counts it once: the case is
                // what the sentence is about.
                let named = entities.mentions_in(at).iter().filter(|m| m.entity == group).count();
                out.push((at, target, named.max(1), found.case));
            }
        }
    }
    out
}

#[cfg(test)]
#[path = "sides_tests.rs"]
mod tests;
