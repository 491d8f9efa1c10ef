//! Whose claim a sentence is: the author's own, a quoted speaker's, a reported view, or a view
//! the author sets up to rebut.
//!
//! In: an article, its entities with pronouns and role nouns resolved (`coref`), and the
//! attribution verbs of the config (`TopicMap::attribution`) beside the verbs that introduce a
//! quotation (`saying`). Out: one [`Voice`] per body sentence. Speakers are names, titles or
//! groups — never an adverb or a conjunction ("But Akbarin said" → "Akbarin"); "he said" and
//! "the senator said" are whom `coref` resolved them to. Where a speaker stands is read in
//! `speaker_position`, names in `speaker_names`. One pass over the sentences, carrying the open
//! quotation and the last named speaker; a second pass over the results marks rebuttals, which
//! need the sentence that follows.

use std::ops::Range;

use super::body::{BodyTokens, Sentence, SentenceBuffer};
use super::coref::quoted_spans_from;
use super::entity::{ArticleEntities, MentionVia};
use super::participles;
use super::quote_speakers::{carry_quote_speakers, fill_quote_speakers};
use super::rebuttals::{
    answered_by_writer, conceded_then_turned, dismissed_view, framed_to_rebut, labelled_by_others, Answer,
};
use super::saying::quoting_verbs;
use super::speaker_after::speaker_after;
use super::speaker_names::{first_full_name, last_full_name, opens_with_surname};
use super::speaker_position::{colon_before_quote, possessive_speech, referent, speaker_before, subject_of};
use super::tokens::fold_fast as fold;
use super::tokens::tokenize;
use crate::article::Article;
use crate::article::SentenceId;
use crate::matcher::{PhraseHit, PhraseMatcher};

/// Whose claim a sentence states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VoiceKind {
    /// The writer's own claim.
    Author,
    /// Words in quotation marks, from `speaker` when known.
    Quoted,
    /// Someone's view told in the writer's words ("Critics argue that…").
    Reported,
    /// A view the writer answers within the sentence ("Critics claim …, but …": the clause
    /// after the turn is the writer's).
    Rebutted,
    /// A label others give ("Dialogue has been branded as a betrayal"): their judgement, which
    /// the writer distances themself from without saying the opposite.
    Labelled,
    /// A sentence that is wholly a view the writer refutes ("To suggest that … is false", "They
    /// argue that …" answered by "But this argument …"): the writer holds the opposite.
    Refuted,
    /// A point the writer grants before turning from it ("Critics are right that the deal had
    /// flaws." followed by "But …"): true as far as it goes, and not where the writer stands.
    Conceded,
}

/// The voice of one sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Voice {
    pub kind: VoiceKind,
    /// A name ("Ali Khamenei", "Akbarin"), a title ("the senator") or a group ("critics").
    pub speaker: Option<String>,
    /// Bytes within the sentence of the words that tell whose voice it is ("argue", "declaration").
    pub cue: Option<Range<usize>>,
    /// The speaker is named in no word of this sentence but carried from the quotation before
    /// it (see `quote_speakers`): whose words they are, but too little to pair two
    /// articles' quotations on as one statement.
    pub carried: bool,
}

/// What carries over from one sentence to the next: a quotation still open, and the last person
/// named as a speaker (for "he said").
#[derive(Debug, Clone, Default)]
pub struct VoiceContext {
    open_quote: Option<Option<String>>,
    /// Whether the sentence before left a quotation open, straight marks included.
    quote_left_open: bool,
    last_named: Option<String>,
}

/// The voice of every body sentence, in order.
pub fn voices(article: &Article, attribution: &PhraseMatcher) -> Vec<(SentenceId, Voice)> {
    let body = BodyTokens::new(article);
    let mut entities = super::entities::find_entities_in(&body);
    super::coref::add_references_in(&body, &mut entities);
    voices_in(&body, attribution, &entities)
}

/// [`voices`] of an article's body sentences, already tokenized, with its entities and their
/// resolved pronouns and role nouns: "he said" and "the senator said" are spoken by whoever
/// `coref` says they refer to.
pub(crate) fn voices_in(
    body: &BodyTokens,
    attribution: &PhraseMatcher,
    entities: &ArticleEntities,
) -> Vec<(SentenceId, Voice)> {
    let mut context = VoiceContext::default();
    let mut out = Vec::with_capacity(body.len());
    let mut texts = Vec::with_capacity(body.len());
    let mut buffer = SentenceBuffer::default();
    let mut references = Vec::new();
    for i in 0..body.len() {
        let sentence = body.sentence(i, &mut buffer);
        references.clear();
        references.extend(
            entities
                .mentions_in(sentence.at)
                .iter()
                .filter(|m| matches!(m.via, MentionVia::Pronoun | MentionVia::RoleNoun))
                .map(|m| (m.range.clone(), entities.entities[m.entity].name.as_str())),
        );
        out.push((sentence.at, context.read(&sentence, attribution, &references)));
        texts.push(sentence.text);
    }
    fill_quote_speakers(&mut out);
    carry_quote_speakers(&mut out, &texts);
    mark_rebuttals(&mut out, &texts);
    out
}

/// Whether the words before byte `at` end in a preposition (past a determiner): what starts at
/// `at` is then the object of another word ("Critics of the agency").
fn object_of_preposition(folded: &str, at: usize) -> bool {
    let mut words = folded.get(..at).unwrap_or_default().split_whitespace().rev();
    let mut word = words.next();
    if word.is_some_and(|w| matches!(w, "the" | "a" | "an" | "its" | "their")) {
        word = words.next();
    }
    word.is_some_and(|w| super::objects::OBJECT_PREPOSITIONS.contains(&w))
}

impl VoiceContext {
    /// The voice of one sentence, updating the context.
    pub fn voice(&mut self, text: &str, attribution: &PhraseMatcher) -> Voice {
        let (folded, tokens) = (fold(text), tokenize(text));
        let at = SentenceId { passage: 0, sentence: 0 };
        let was_open = self.quote_left_open;
        let (quoted, left_open) = quoted_spans_from(text, was_open);
        self.quote_left_open = left_open;
        let sentence = Sentence {
            at,
            text,
            folded: &folded,
            tokens: &tokens,
            quoted: &quoted,
            runs_on: (was_open, left_open),
        };
        self.read(&sentence, attribution, &[])
    }

    /// `references` are the sentence's pronouns and role nouns that `coref` resolved, with the
    /// name of the entity each refers to.
    fn read(
        &mut self,
        sentence: &Sentence,
        attribution: &PhraseMatcher,
        references: &[(Range<usize>, &str)],
    ) -> Voice {
        let Sentence { text, folded, tokens, quoted: quotes, runs_on: (was_open, left_open), .. } = *sentence;
        let rebuttal = framed_to_rebut(folded).or_else(|| dismissed_view(folded));
        let mut found: Option<(String, Range<usize>)> = None;
        // Words inside a quotation are the quoted person's: "'What he said is wrong,' McConnell
        // said" is McConnell speaking, not "he".
        // A quotation the sentence before left open runs on (within the paragraph).
        let quoted_span = |r: &Range<usize>| quotes.iter().any(|q| q.start <= r.start && r.end <= q.end);
        // Two words in marks within the sentence are scare quotes ("a “Libya model”"), not
        // someone's speech; a quotation that runs on from or to another sentence is speech.
        let speech: Vec<Range<usize>> = quotes
            .iter()
            .filter(|q| {
                q.start == 0 || q.end == text.len() || text[(*q).clone()].split_whitespace().count() >= 3
            })
            .cloned()
            .collect();
        let mut verbs: Vec<Range<usize>> = attribution.find(folded).into_iter().map(|h| h.range).collect();
        // A quotation may be introduced by any verb of saying ("…,” she added").
        if !speech.is_empty() {
            // Only beside the quotation: "As the brawl over Medicare continued, the campaign said
            // that … “…”" is no "continued" by Medicare.
            let words_between =
                |from: usize, to: usize| folded.get(from..to).map(|g| g.split_whitespace().count());
            let beside_speech = |r: &Range<usize>| {
                speech.iter().any(|q| {
                    let after = q.end <= r.start && words_between(q.end, r.start).is_some_and(|n| n <= 4);
                    let before = r.end <= q.start && words_between(r.end, q.start).is_some_and(|n| n <= 4);
                    after || before
                })
            };
            let extra: Vec<Range<usize>> = quoting_verbs(folded)
                .into_iter()
                .filter(|r| !verbs.iter().any(|v| v.start < r.end && r.start < v.end))
                .filter(beside_speech)
                .collect();
            verbs.extend(extra);
            verbs.sort_by_key(|r| r.start);
        }
        // "…, saying the system is a tool", "…, arguing that …": a participle of saying after a
        // comma, with or without a quotation; its speaker is the clause's subject alone.
        let set_off: Vec<Range<usize>> = participles::after_comma(text, folded, tokens)
            .into_iter()
            .filter(|r| !verbs.iter().any(|v| v.start < r.end && r.start < v.end))
            .collect();
        if !set_off.is_empty() {
            verbs.extend(set_off.iter().cloned());
            verbs.sort_by_key(|r| r.start);
        }
        for range in verbs.into_iter().filter(|r| !quoted_span(r)) {
            let hit = PhraseHit { owner: 0, range };
            let verb = &folded[hit.range.clone()];
            let according = verb.starts_with("according");
            let before = || speaker_before(text, folded, tokens, hit.range.start);
            // Who is told is the listener, not the speaker ("The cleric told Abe that …").
            // A speaker after the verb is an inversion ("…,” said Araghchi", "…, says Perry"): the
            // verb follows a quotation, a comma or a dash, or opens the sentence. Else the name
            // after it is what is said ("The letter says Mr. Obama should not back down").
            let inverted = text[..hit.range.start]
                .trim_end()
                .chars()
                .last()
                .is_none_or(|c| matches!(c, ',' | '"' | '”' | '’' | '\'' | '—' | '–' | ':'));
            let after = || {
                (verb != "told" && (inverted || according))
                    .then(|| speaker_after(text, folded, tokens, hit.range.end))
                    .flatten()
            };
            // A pronoun, role noun or description next to the verb ("the Fox News host
            // complained", "said the Texas governor") is whom coref resolved it to.
            let beside = |next_to: &dyn Fn(&Range<usize>) -> bool| {
                references.iter().find(|(r, _)| next_to(r)).map(|(_, name)| name.to_string())
            };
            let gap_is_blank =
                |from: usize, to: usize| folded.get(from..to).is_some_and(|g| g.trim().is_empty());
            // "Critics of the agency say": the agency is whom they speak of; "a spokeswoman for
            // the authority said": the authority speaks, through its officer.
            let officer_of = |at: usize| {
                let k = tokens.partition_point(|t| t.base.start < at);
                super::objects::officer_before_preposition(folded, tokens, k)
            };
            let described_before = || {
                beside(&|r| {
                    r.end <= hit.range.start
                        && gap_is_blank(r.end, hit.range.start)
                        && (!object_of_preposition(folded, r.start) || officer_of(r.start))
                })
            };
            // A description after the verb speaks only in an inversion, as a name does: in
            // "Riders who packed the hearing said the authority chose …" the authority is what
            // was said. A pronoun there is most often the speaker again ("Weiner denied it but
            // said he could not be sure").
            let described_after = || {
                let after =
                    |r: &Range<usize>| r.start >= hit.range.end && gap_is_blank(hit.range.end, r.start);
                let pronoun = |r: &Range<usize>| matches!(folded.get(r.clone()), Some("he" | "she"));
                (verb != "told")
                    .then(|| beside(&|r| after(r) && (inverted || according || pronoun(r))))
                    .flatten()
            };
            // "…, saying, “…”": a participle's speaker is the subject of the sentence.
            let participle = || {
                verb.ends_with("ing")
                    .then(|| subject_of(text, folded, tokens, hit.range.start, references))
                    .flatten()
            };
            // The subject of the clause a comma closes, not the latest name before it: in
            // "Calloway criticized the sheriff, warning …" the sheriff is the object.
            let clause_subject = || {
                (verb.ends_with("ing") && participles::is_set_off(text, tokens, hit.range.start))
                    .then(|| participles::clause_subject(text, folded, tokens, hit.range.start, references))
                    .flatten()
            };
            let who = if set_off.contains(&hit.range) {
                clause_subject()
            } else if according {
                // "according to its latest tax filing", "according to a report": a writing, not
                // the name before it, is the source ("paid its chief executive, Randall Shore,
                // $7.8 million, according to its tax filing" is no word of his).
                let source = folded[hit.range.end..].trim_start();
                let source = source.strip_prefix("to ").unwrap_or(source).trim_start();
                let determined = ["its ", "his ", "her ", "their ", "the ", "a ", "an "]
                    .iter()
                    .any(|d| source.starts_with(d));
                match after() {
                    Some(who) => Some(who),
                    None if determined => continue,
                    None => before(),
                }
            } else if let Some(who) = clause_subject() {
                Some(who)
            } else {
                // A participle's subject comes first: the name before its comma may be the
                // object of the clause before ("Asked about Mr. Obama, Mr. Santorum …, saying").
                described_before().or_else(participle).or_else(before).or_else(described_after).or_else(after)
            };
            if let Some(who) = who {
                found = Some((who, hit.range));
                break;
            }
        }
        if found.is_none() {
            found = possessive_speech(text, folded, tokens).filter(|(_, cue)| !quoted_span(cue));
        }
        if found.is_none() {
            found = colon_before_quote(text, &speech).and_then(|colon| {
                Some((subject_of(text, folded, tokens, colon, references)?, colon..colon + 1))
            });
        }
        // "he said": a person named earlier in the same sentence ("Narges Mohammadi, the
        // laureate, …: the sanctions, she said, …"), else the person last named.
        if let Some((who, cue)) = found.as_mut() {
            if let Some(name) = referent(folded, who, cue, references) {
                *who = name.to_string();
            } else if matches!(who.as_str(), "he" | "she") {
                let head = &text[..cue.start.min(text.len())];
                let here = first_full_name(head, &folded[..head.len()], &tokenize(head));
                if let Some(name) = here.or_else(|| self.last_named.clone()) {
                    *who = name;
                }
            }
        }
        let quoted = !speech.is_empty();
        let continuing = self.open_quote.clone();
        let (opening_marks, closing_marks) = (text.matches('“').count(), text.matches('”').count());
        let opens = opening_marks > closing_marks || left_open && !was_open;
        let closes = closing_marks > opening_marks || was_open && !left_open;
        let speaker = found.as_ref().map(|(w, _)| w.clone());
        let cue = found.as_ref().map(|(_, r)| r.clone());
        if opens {
            self.open_quote = Some(speaker.clone().or(continuing.clone().flatten()));
        } else if closes {
            self.open_quote = None;
        }
        match speaker.as_ref().filter(|s| s.chars().next().is_some_and(char::is_uppercase)) {
            Some(name) => self.last_named = Some(name.clone()),
            // A sentence about the person last named ("Mohammadi also delivered a condemnation
            // of the Islamic Republic") keeps them for the next "she".
            None if self.last_named.as_deref().is_some_and(|n| opens_with_surname(folded, tokens, n)) => {}
            None => {
                if let Some(name) = last_full_name(text, folded, tokens) {
                    self.last_named = Some(name);
                }
            }
        }
        if let Some(cue) = rebuttal {
            return Voice { kind: VoiceKind::Refuted, speaker, cue: Some(cue), carried: false };
        }
        // A label others give ("has been branded as …") is theirs, and the writer distances
        // themself from it without saying the opposite. Read as a plain reported view it made
        // every pair with the seed that uses it list a wrong contrast.
        if let Some(cue) = labelled_by_others(folded, tokens) {
            return Voice { kind: VoiceKind::Labelled, speaker, cue: Some(cue), carried: false };
        }
        let in_quote = quoted || opens || closes || continuing.is_some();
        match speaker {
            speaker if in_quote => Voice {
                kind: VoiceKind::Quoted,
                speaker: speaker.or(continuing.flatten()),
                cue,
                carried: false,
            },
            Some(speaker) => Voice { kind: VoiceKind::Reported, speaker: Some(speaker), cue, carried: false },
            None => Voice { kind: VoiceKind::Author, speaker: None, cue: None, carried: false },
        }
    }
}

/// A reported view the writer answers (see [`answered_by_writer`]) is a rebutted one; a point
/// the writer grants and then turns from (see [`conceded_then_turned`]) is conceded.
fn mark_rebuttals(out: &mut [(SentenceId, Voice)], texts: &[&str]) {
    for i in 0..out.len() {
        if out[i].1.kind == VoiceKind::Author {
            let next = out.get(i + 1).filter(|(at, _)| at.passage == out[i].0.passage).map(|_| texts[i + 1]);
            if let Some(cue) = conceded_then_turned(texts[i], next) {
                out[i].1 = Voice { kind: VoiceKind::Conceded, speaker: None, cue: Some(cue), carried: false };
            }
            continue;
        }
        let voice = &out[i].1;
        if voice.kind != VoiceKind::Reported {
            continue;
        }
        let next_by_author =
            out.get(i + 1).filter(|(_, next)| next.kind == VoiceKind::Author).map(|_| texts[i + 1]);
        let cue_end = voice.cue.as_ref().map_or(0, |c| c.end);
        match answered_by_writer(voice.speaker.as_deref(), texts[i], cue_end, next_by_author) {
            Some(Answer::Within) => out[i].1.kind = VoiceKind::Rebutted,
            Some(Answer::Turned) => {}
            Some(Answer::Next) => out[i].1.kind = VoiceKind::Refuted,
            None => {}
        }
    }
}

#[cfg(test)]
#[path = "speakers_tests.rs"]
pub(crate) mod tests;

#[cfg(test)]
#[path = "speakers_refuted_tests.rs"]
mod refuted_tests;
