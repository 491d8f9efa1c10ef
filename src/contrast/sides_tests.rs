//! Tests of `contrast::sides`: whose case a quotation makes toward a group.

use super::*;
use crate::targets::affiliation::add_affiliations;
use crate::targets::coref::add_references;
use crate::targets::entities::find_entities;

/// An article with one paragraph per entry, and its entities with officers read.
fn read(paragraphs: &[&str]) -> (Article, ArticleEntities) {
    let article = Article::parse("t", &format!("Title: T\n\n{}\n", paragraphs.join("\n\n")));
    let mut entities = find_entities(&article);
    add_references(&article, &mut entities);
    add_affiliations(&article, &mut entities);
    (article, entities)
}

fn index(entities: &ArticleEntities, key: &str) -> usize {
    entities
        .entities
        .iter()
        .position(|e| e.key == key)
        .unwrap_or_else(|| panic!("{key}: {:?}", entities.entities))
}

fn said_by(name: &str) -> Voice {
    Voice { kind: VoiceKind::Speaker, speaker: Some(name.to_string()) }
}

const PARAGRAPHS: &[&str] = &[
    "The Lakeview Parking Authority will raise downtown meter rates to $3 an hour in March.",
    "Helen Okafor, the authority's executive director, said the Main Street garages had not been repaired since 1998.",
    "Maria Chen, who owns a bakery on Main Street, said the Lakeview Parking Authority never asked merchants before the vote.",
    "\"Every customer who circles the block twice goes to the mall instead,\" Chen said.",
    "Mayor Tom Reyes praised the new bike lanes on Elm Street.",
];

fn sentence(p: usize) -> SentenceId {
    SentenceId { passage: p, sentence: 0 }
}

/// The case the first sentence of paragraph `p` makes toward `group`, said by `who`.
fn case_in(article: &Article, e: &ArticleEntities, group: usize, p: usize, who: &str) -> Option<VoiceCase> {
    voice_case(article.sentence_text(sentence(p)), sentence(p), &said_by(who), group, &[], e)
}

/// The voice of each listed paragraph's sentence, the author's elsewhere.
fn voices_of(voices: &[(usize, Voice)]) -> impl Fn(SentenceId) -> Voice + '_ {
    move |at| voices.iter().find(|(p, _)| sentence(*p) == at).map_or_else(Voice::author, |(_, v)| v.clone())
}

#[test]
fn an_officer_makes_the_groups_own_case_and_another_speaker_the_case_against_it() {
    let (article, e) = read(PARAGRAPHS);
    let group = index(&e, "lakeview parking authority");
    let case = |p: usize, who: &str| case_in(&article, &e, group, p, who);
    let own = case(1, "Helen Okafor").expect("the director's words");
    assert_eq!(own.case, Case::Own);
    assert_eq!(&article.sentence_text(sentence(1))[own.speaker.clone()], "Helen Okafor");
    assert_eq!(case(2, "Maria Chen").map(|c| c.case), Some(Case::Against));
    // The author's own words and a voice read from no one make no case.
    let author = Voice::author();
    assert_eq!(voice_case(article.sentence_text(sentence(2)), sentence(2), &author, group, &[], &e), None);
}

#[test]
fn an_officer_named_in_the_other_article_speaks_for_the_group_in_this_one() {
    let (article, e) = read(PARAGRAPHS);
    let group = index(&e, "lakeview parking authority");
    let officers = vec!["maria chen".to_string()];
    let found = voice_case(
        article.sentence_text(sentence(2)),
        sentence(2),
        &said_by("Maria Chen"),
        group,
        &officers,
        &e,
    );
    assert_eq!(found.map(|c| c.case), Some(Case::Own));
}

#[test]
fn praise_makes_no_case_against_anyone() {
    let (article, e) = read(&[
        "The Lakeview Parking Authority will raise downtown meter rates to $3 an hour in March.",
        "Maria Chen said the Lakeview Parking Authority had done a wonderful, brilliant job with the garages.",
    ]);
    let group = index(&e, "lakeview parking authority");
    assert_eq!(case_in(&article, &e, group, 1, "Maria Chen"), None);
}

#[test]
fn a_speaker_keeps_to_one_side_and_words_on_another_target_are_about_them() {
    let (article, e) = read(PARAGRAPHS);
    let group = index(&e, "lakeview parking authority");
    let reyes = index(&e, "tom reyes");
    let voices = [
        (1, said_by("Helen Okafor")),
        (2, said_by("Maria Chen")),
        (3, said_by("Chen")),
        (4, said_by("Tom Reyes")),
    ];
    let voice_at = voices_of(&voices);
    let target = TargetId(9);
    let groups = [GroupTarget { id: target, entity: group, officers: &[], central: true }];
    let read = HashSet::new();
    let found = case_readings(
        &article,
        &e,
        &groups,
        &[group, reyes],
        &voice_at,
        WordReadings { read: &read, praised: &HashSet::new() },
        400,
    );
    let cases: Vec<(usize, Case)> = found.iter().map(|r| (r.0.passage, r.3)).collect();
    // Chen's quotation names no one, but she spoke against the authority where it was named.
    assert_eq!(cases, vec![(1, Case::Own), (2, Case::Against), (3, Case::Against)], "{found:?}");
    // A sentence already read by the lexicon is left to it.
    let read: HashSet<(SentenceId, TargetId)> = [(sentence(1), target)].into_iter().collect();
    let found = case_readings(
        &article,
        &e,
        &groups,
        &[group, reyes],
        &voice_at,
        WordReadings { read: &read, praised: &HashSet::new() },
        400,
    );
    assert!(found.iter().all(|r| r.0 != sentence(1)), "{found:?}");
}

#[test]
fn outside_a_story_about_the_group_no_one_is_read_against_it() {
    let (article, e) = read(PARAGRAPHS);
    let group = index(&e, "lakeview parking authority");
    let voices = [(1, said_by("Helen Okafor")), (2, said_by("Maria Chen")), (3, said_by("Chen"))];
    let voice_at = voices_of(&voices);
    let groups = [GroupTarget { id: TargetId(9), entity: group, officers: &[], central: false }];
    let found = case_readings(
        &article,
        &e,
        &groups,
        &[group],
        &voice_at,
        WordReadings { read: &HashSet::new(), praised: &HashSet::new() },
        400,
    );
    // Its officer still speaks for it.
    let cases: Vec<(usize, Case)> = found.iter().map(|r| (r.0.passage, r.3)).collect();
    assert_eq!(cases, vec![(1, Case::Own)], "{found:?}");
}

#[test]
fn a_supporter_is_never_read_against_the_group() {
    let (article, e) = read(PARAGRAPHS);
    let group = index(&e, "lakeview parking authority");
    let voices = [(2, said_by("Maria Chen")), (3, said_by("Chen"))];
    let voice_at = voices_of(&voices);
    let target = TargetId(9);
    let groups = [GroupTarget { id: target, entity: group, officers: &[], central: true }];
    // Read elsewhere as praising it, Chen is no critic.
    let praised: HashSet<(SentenceId, TargetId)> = [(sentence(2), target)].into_iter().collect();
    let found = case_readings(
        &article,
        &e,
        &groups,
        &[group],
        &voice_at,
        WordReadings { read: &praised, praised: &praised },
        400,
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn the_speakers_own_group_named_beside_them_makes_no_other_subject() {
    // "…, the coalition's director": naming whom Feld speaks for does not make her words about
    // the coalition rather than the office; naming another party does.
    let (article, e) = read(&[
        "The Pinecrest County Sheriff's Office will fly drones to 911 calls. The Pinecrest Civil Liberties Coalition objects.",
        "\"The sheriff is building a surveillance system,\" said Naomi Feld, the coalition's director.",
        "Naomi Feld said the Pinecrest County Sheriff's Office never asked the Harbor Tenants Union about it.",
    ]);
    let office = index(&e, "pinecrest county sheriff office");
    let coalition = index(&e, "pinecrest civil liberties coalition");
    let union = index(&e, "harbor tenants union");
    assert!(e.affiliations.speaks_for(index(&e, "naomi feld"), coalition), "{:?}", e.affiliations);
    let voices = [(1, said_by("Naomi Feld")), (2, said_by("Naomi Feld"))];
    let voice_at = voices_of(&voices);
    let groups = [GroupTarget { id: TargetId(3), entity: office, officers: &[], central: true }];
    let found = case_readings(
        &article,
        &e,
        &groups,
        &[office, coalition, union],
        &voice_at,
        WordReadings { read: &HashSet::new(), praised: &HashSet::new() },
        400,
    );
    let cases: Vec<(usize, Case)> = found.iter().map(|r| (r.0.passage, r.3)).collect();
    assert_eq!(cases, vec![(1, Case::Against)], "{found:?}");
}

#[test]
fn unnamed_critics_make_the_case_against_the_group_the_story_is_about() {
    let (article, e) = read(&[
        "The Marlow Public Library will close four branches.",
        "Critics said the timing sent the wrong message. \"We are padlocking the doors in the neighborhoods that need it most,\" said Renee Addo.",
        "Dana Whitcomb, the library's executive director, said the board had weighed other cuts.",
    ]);
    let library = index(&e, "marlow public library");
    let text = article.passages[1].sentence(0);
    let critics = Voice { kind: VoiceKind::Reported, speaker: Some("Critics".to_string()) };
    let found = voice_case(text, sentence(1), &critics, library, &[], &e).expect("the critics' case");
    assert_eq!((found.case, &text[found.speaker.clone()], found.entity), (Case::Against, "Critics", None));
    assert!(is_critics("some critics of the plan") && !is_critics("Critics United for Libraries Now"));
    // Only where the story is about the group; Addo, quoted beside them in a paragraph that does
    // not name the library, is not drawn to their side.
    let at = |p: usize, s: usize| SentenceId { passage: p, sentence: s };
    let voice_at = |id: SentenceId| match (id.passage, id.sentence) {
        (1, 0) => critics.clone(),
        (1, 1) => said_by("Renee Addo"),
        (2, 0) => said_by("Dana Whitcomb"),
        _ => Voice::author(),
    };
    let cases = |central: bool| {
        let groups = [GroupTarget { id: TargetId(1), entity: library, officers: &[], central }];
        case_readings(
            &article,
            &e,
            &groups,
            &[library],
            &voice_at,
            WordReadings { read: &HashSet::new(), praised: &HashSet::new() },
            400,
        )
        .into_iter()
        .map(|r| (r.0, r.3))
        .collect::<Vec<_>>()
    };
    assert_eq!(cases(true), vec![(at(1, 0), Case::Against), (at(2, 0), Case::Own)]);
    assert_eq!(cases(false), vec![(at(2, 0), Case::Own)]);
}

#[test]
fn critics_of_someone_else_conceding_critics_and_opponents_make_no_case() {
    let (article, e) = read(&[
        "The Harlan Teachers Union walked out on Monday.",
        "Critics of the superintendent said teachers had been ignored for years while classes grew.",
        "Even critics said the walkout had been orderly and short for the district.",
        "Opponents said the team's narrow ground is the hardest in the league to visit.",
        "The city council raised parking fees downtown. Critics said the increase would drive shoppers away.",
        "Critics of the Harlan Teachers Union said the walkout had closed every school for a day.",
    ]);
    let union = index(&e, "harlan teachers union");
    let case = |p: usize, s: usize, who: &str| {
        let at = SentenceId { passage: p, sentence: s };
        let voice = Voice { kind: VoiceKind::Reported, speaker: Some(who.to_string()) };
        voice_case(article.passages[p].sentence(s), at, &voice, union, &[], &e).map(|c| c.case)
    };
    assert_eq!(case(1, 0, "critics"), None, "critics of the superintendent");
    assert_eq!(case(2, 0, "critics"), None, "a concession");
    assert_eq!(case(3, 0, "opponents"), None, "a team's opponents");
    assert_eq!(case(5, 0, "critics"), Some(Case::Against), "critics of the union itself");
    // Critics after another subject in a paragraph that does not name the group criticise it.
    let voice_at = |id: SentenceId| match (id.passage, id.sentence) {
        (4, 1) | (5, 0) => Voice { kind: VoiceKind::Reported, speaker: Some("critics".to_string()) },
        _ => Voice::author(),
    };
    let groups = [GroupTarget { id: TargetId(1), entity: union, officers: &[], central: true }];
    let found = case_readings(
        &article,
        &e,
        &groups,
        &[union],
        &voice_at,
        WordReadings { read: &HashSet::new(), praised: &HashSet::new() },
        400,
    );
    let at: Vec<SentenceId> = found.iter().map(|r| r.0).collect();
    assert_eq!(at, [SentenceId { passage: 5, sentence: 0 }], "{found:?}");
}

#[test]
fn an_allys_words_on_its_own_group_alone_make_no_case() {
    // Naming the speaker's own group excuses it only where the words name the story's group too.
    let (article, e) = read(&[
        "The Pinecrest County Sheriff's Office will fly drones. The Pinecrest Volunteer Coalition searches the hills.",
        "The sheriff's office will fly them on searches. \"The coalition has searched these hills for twenty years and wants the drones,\" said Ed Ruiz, the coalition's director.",
    ]);
    let office = index(&e, "pinecrest county sheriff office");
    let coalition = index(&e, "pinecrest volunteer coalition");
    let voice_at = |id: SentenceId| {
        if id == (SentenceId { passage: 1, sentence: 1 }) {
            said_by("Ed Ruiz")
        } else {
            Voice::author()
        }
    };
    let groups = [GroupTarget { id: TargetId(3), entity: office, officers: &[], central: true }];
    let found = case_readings(
        &article,
        &e,
        &groups,
        &[office, coalition],
        &voice_at,
        WordReadings { read: &HashSet::new(), praised: &HashSet::new() },
        400,
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_press_secretary_makes_no_case_against_the_person_a_story_is_about() {
    let (article, e) = read(&[
        "President Dana Ruiz signed the water bill on Tuesday.",
        "White House Press Secretary Jay Carney said Ruiz had worked on the bill for two years.",
        "Senator Tom Akers said Ruiz had ignored the farmers who need the water most.",
    ]);
    let ruiz = index(&e, "dana ruiz");
    let case = |p: usize, who: &str| case_in(&article, &e, ruiz, p, who).map(|c| c.case);
    assert_eq!(case(1, "Jay Carney"), None);
    assert_eq!(case(2, "Tom Akers"), Some(Case::Against));
}

#[test]
fn a_body_a_person_leads_speaks_for_them_and_officials_for_no_side() {
    let (article, e) = read(&[
        "Republican National Committee Chairman Michael Steele will not seek a second term, according to several reports.",
        "The Republican National Committee said the vote for its next chairman would be held in January.",
        "Republican officials said Steele had kept his plans to himself for weeks before the vote.",
    ]);
    let steele = index(&e, "michael steele");
    let rnc = index(&e, "republican national committee");
    assert!(e.affiliations.speaks_for(steele, rnc), "{:?}", e.affiliations);
    let case = |p: usize, who: &str| case_in(&article, &e, steele, p, who).map(|c| c.case);
    assert_eq!(case(1, "Republican National Committee"), Some(Case::Own));
    assert_eq!(case(2, "Republican officials"), None);
}

#[test]
fn a_spokeswoman_named_after_her_office_makes_her_principals_case_and_anothers_the_case_against() {
    let (article, e) = read(&[
        "Governor Brad Hollister vetoed the state budget on Tuesday afternoon.",
        "\"There is more than enough money in the bank,\" Hollister spokeswoman Kelly Marsh said.",
        "Obama campaign aide Robert Gibbs said Hollister had walked away from the teachers.",
        "A campaign adviser, Sam Tran, said Hollister had walked away from the teachers.",
    ]);
    let hollister = index(&e, "brad hollister");
    let case = |p: usize, who: &str| case_in(&article, &e, hollister, p, who).map(|c| c.case);
    assert_eq!(case(1, "Kelly Marsh"), Some(Case::Own));
    assert_eq!(case(2, "Robert Gibbs"), Some(Case::Against));
    assert_eq!(case(3, "Sam Tran"), None);
}

#[test]
fn whose_voice_an_office_names_is_the_capitalised_words_before_it() {
    assert_eq!(voice_office_owner("Hollister spokeswoman ").as_deref(), Some("hollister"));
    assert_eq!(voice_office_owner("Obama campaign aide ").as_deref(), Some("obama"));
    assert_eq!(voice_office_owner("A campaign adviser, ").as_deref(), Some(""));
    // Words whose folding changes their length ("İ": two bytes, three folded) before it.
    let owner = voice_office_owner("said ÇİĞLİ\u{a0}İZMİR Mayor press secretary ").expect("an office");
    assert!(owner.ends_with(" mayor"), "{owner}");
    assert_eq!(voice_office_owner("Hollister said "), None);
}
