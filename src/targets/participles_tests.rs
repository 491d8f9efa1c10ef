//! Tests of `targets::participles`: the subject before a participle of saying set off by a
//! comma, and whether the participle reports words or a deed.
use super::*;
use crate::article::Article;
use crate::config::Config;
use crate::targets::speakers::{voices, VoiceKind};
use crate::targets::tokens::{fold_fast, tokenize};
use crate::topics::TopicMap;

/// The subject before each participle of `text`, with no resolved references.
fn subjects(text: &str) -> Vec<Option<String>> {
    let (folded, tokens) = (fold_fast(text), tokenize(text));
    after_comma(text, &folded, &tokens)
        .into_iter()
        .map(|r| clause_subject(text, &folded, &tokens, r.start, &[]))
        .collect()
}

fn one(text: &str) -> Option<String> {
    let got = subjects(text);
    assert_eq!(got.len(), 1, "{text}: {got:?}");
    got.into_iter().next().flatten()
}

#[test]
fn a_participle_after_a_comma_is_found_and_one_without_is_not() {
    let text = "Hollister defended the deal, saying the system is a tool.";
    let (folded, tokens) = (fold_fast(text), tokenize(text));
    let found: Vec<&str> = after_comma(text, &folded, &tokens).into_iter().map(|r| &text[r]).collect();
    assert_eq!(found, ["saying"]);
    assert!(subjects("The board kept saying the fees were fair.").is_empty());
    assert!(subjects("The board approved the deal, raising fees.").is_empty());
}

#[test]
fn a_participle_that_can_be_a_deed_reports_words_only_before_what_is_said() {
    for deed in [
        "Apple shares fell 4 percent, adding to losses from last week.",
        "Djokovic beat Alcaraz, claiming his 24th Grand Slam title.",
        "Arsenal lost 3-1, conceding twice in the second half.",
        "Coach Mike Brown stopped play, calling a timeout.",
        "The Dodgers won 6-1, maintaining their lead in the division.",
    ] {
        assert!(subjects(deed).is_empty(), "{deed}");
    }
    for words in [
        "Hollister defended the deal, adding that the fees pay for tablets.",
        "The group criticized the plan, calling it a cash grab.",
        "Reyes objected, claiming “the fee shuts families out.”",
    ] {
        assert_eq!(subjects(words).len(), 1, "{words}");
    }
}

#[test]
fn the_speaker_is_the_clause_subject_a_person_or_a_group() {
    let got = one("Sheriff Wade Hollister defended the deal, saying the vendor's recording system is an important investigative tool.");
    assert_eq!(got.as_deref(), Some("Wade Hollister"));
    let got = one("Commissioner Beth Calloway disagreed, arguing that the county was balancing its books on the backs of families.");
    assert_eq!(got.as_deref(), Some("Beth Calloway"));
    let got = one("Ashby Families United criticized the plan, calling it a shameful cash grab.");
    assert_eq!(got.as_deref(), Some("Ashby Families United"));
    assert_eq!(one("Advocates objected, noting that fees doubled.").as_deref(), Some("advocates"));
    assert_eq!(one("But she disagreed, adding that fees doubled.").as_deref(), Some("she"));
    let got = one("Iranian officials in Tehran objected, saying the talks would fail.");
    assert_eq!(got.as_deref(), Some("Iranian officials"));
    let got =
        one("Democratic campaign officials accused Republicans of exploiting the attacks, noting that …");
    assert_eq!(got.as_deref(), Some("Democratic campaign officials"));
    let got = one("The Ashby Families United group criticized the plan, calling it a shameful cash grab.");
    assert_eq!(got.as_deref(), Some("Ashby Families United"));
    let got = one("City budget officials put the figure closer to 60, noting that many posts are vacant.");
    assert_eq!(got.as_deref(), Some("City budget officials"));
    let got = one(
        "Republican presidential nominee Mitt Romney has targeted the administration, claiming it erred.",
    );
    assert_eq!(got.as_deref(), Some("Mitt Romney"));
    // A verb ends the subject: the group after it is the object.
    assert_eq!(one("Hollister met officials, saying the deal was fair.").as_deref(), Some("Hollister"));
    // A capitalised word before a preposition is no name.
    assert_eq!(one("Close to three dozen members signed a letter, calling the deal unfair."), None);
}

#[test]
fn the_object_before_the_comma_is_not_the_speaker() {
    let got = one("Calloway criticized Sheriff Wade Hollister, saying the fees were too high.");
    assert_eq!(got.as_deref(), Some("Calloway"));
    let got = one("Asked about Wade Hollister, Beth Calloway objected, insisting the fees were too high.");
    assert_eq!(got.as_deref(), Some("Beth Calloway"));
    let got = one("However, Calloway objected, warning that fees would rise.");
    assert_eq!(got.as_deref(), Some("Calloway"));
    // A dateline is where, not who; an officer speaks for the body named after the office.
    let got = one("KYIV, Ukraine — President Volodymyr Zelensky thanked allies, saying the aid had arrived.");
    assert_eq!(got.as_deref(), Some("Volodymyr Zelensky"));
    let got = one("WASHINGTON — The chief executive of Halvern Pharmaceuticals defended the prices, arguing that others were responsible.");
    assert_eq!(got.as_deref(), Some("Halvern Pharmaceuticals"));
}

#[test]
fn a_writing_speaks_and_a_thing_does_not() {
    let got = one("The report was released Tuesday, saying the fees were among the highest in the state.");
    assert_eq!(got.as_deref(), Some("the report"));
    assert_eq!(one("The plan passed, saying nothing about the fees."), None);
    assert_eq!(one("It passed, saying nothing about the fees."), None);
    // Whose office is not who speaks: leave it rather than guess.
    assert_eq!(one("Hollister's office defended the deal, saying it was fair."), None);
}

/// The voice of every sentence of `body`, as (kind, speaker).
fn read(body: &str) -> Vec<(VoiceKind, Option<String>)> {
    let a = Article::parse("t", &format!("Title: T\n\n{body}\n"));
    let map = TopicMap::new(&Config::default_config()).unwrap();
    voices(&a, &map.attribution).into_iter().map(|(_, v)| (v.kind, v.speaker)).collect()
}

fn voice(body: &str) -> (VoiceKind, Option<String>) {
    read(body).remove(0)
}

fn said(kind: VoiceKind, who: &str) -> (VoiceKind, Option<String>) {
    (kind, Some(who.to_string()))
}

#[test]
fn the_sentence_is_reported_in_the_clause_subjects_voice() {
    let got = voice("Sheriff Wade Hollister defended the deal, saying the vendor's recording system is an important investigative tool.");
    assert_eq!(got, said(VoiceKind::Reported, "Wade Hollister"));
    let got = voice("Commissioner Beth Calloway disagreed, arguing that the county was balancing its books on the backs of families who have the least.");
    assert_eq!(got, said(VoiceKind::Reported, "Beth Calloway"));
    // The object before the comma is not the speaker, even when coref resolves it.
    let got = read(
        "Sheriff Wade Hollister spoke. Beth Calloway criticized the sheriff, warning that fees would rise.",
    );
    assert_eq!(got[1], said(VoiceKind::Reported, "Beth Calloway"), "{got:?}");
    // A writing speaks as it does with "says"; a thing does not.
    let got = voice("The report was released Tuesday, saying the fees were among the highest in the state.");
    assert_eq!(got, said(VoiceKind::Reported, "the report"));
    assert_eq!(voice("The plan passed, saying nothing about the fees."), (VoiceKind::Author, None));
}
