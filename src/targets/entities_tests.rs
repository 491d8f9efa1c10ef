use super::*;
use crate::article::Article;
use crate::targets::shared::shared_targets;
use proptest::prelude::*;

pub(crate) fn article(body: &str) -> Article {
    Article::parse("t", &format!("Title: T\n\n{body}\n"))
}

pub(crate) fn find(body: &str) -> ArticleEntities {
    find_entities(&article(body))
}

pub(crate) fn entity<'a>(found: &'a ArticleEntities, key: &str) -> Option<&'a Entity> {
    found.entities.iter().find(|e| e.key == key)
}

pub(crate) fn keys(found: &ArticleEntities) -> Vec<&str> {
    found.entities.iter().map(|e| e.key.as_str()).collect()
}

#[test]
fn titles_and_honorifics_fold_into_the_name() {
    let found = find(
        "President Barack Obama spoke on trade. Later, Mr. Obama met Sen. John McCain. \
         Republican Sen. John McCain objected. Supreme Leader Ali Khamenei replied.",
    );
    let obama = entity(&found, "barack obama").expect("obama");
    assert_eq!(obama.kind, EntityKind::Person);
    assert!(obama.titles.contains(&"president".to_string()), "{:?}", obama.titles);
    assert!(obama.aliases.iter().any(|a| a == "Mr. Obama"), "{:?}", obama.aliases);
    assert_eq!(obama.gender, Some(Gender::Male));
    let mccain = entity(&found, "john mccain").expect("mccain");
    assert!(mccain.titles.contains(&"senator".to_string()), "{:?}", mccain.titles);
    let khamenei = entity(&found, "ali khamenei").expect("khamenei");
    assert!(khamenei.titles.contains(&"supreme leader".to_string()), "{:?}", khamenei.titles);
    assert!(!keys(&found).iter().any(|k| k.contains("president") || k.contains("sen")), "{:?}", keys(&found));
}

#[test]
fn a_titled_persons_home_is_not_part_of_the_name() {
    let found = find(
        "Gov. Rick Perry of Texas spoke on Tuesday. Later, Mr. Perry left. \
         The Bank of America objected. Secretary of State Hillary Clinton replied.",
    );
    let perry = entity(&found, "rick perry").expect("perry");
    assert!(perry.aliases.iter().any(|a| a == "Mr. Perry"), "{:?}", perry.aliases);
    assert!(entity(&found, "bank of america").is_some(), "{:?}", keys(&found));
    assert!(entity(&found, "hillary clinton").is_some(), "{:?}", keys(&found));
    assert!(!keys(&found).iter().any(|k| k.contains("texas")), "{:?}", keys(&found));
    // A title word heading "… of …" is part of the name.
    let found = find("Newsweek called her The Queen of Rage on its cover. The Queen of Rage sold well.");
    assert!(entity(&found, "queen of rage").is_some(), "{:?}", keys(&found));
}

#[test]
fn possessives_fold_into_the_name() {
    let found = find("Obama’s plan failed. The critics of Obama's plan were loud. Obama replied.");
    let obama = entity(&found, "obama").expect("obama");
    assert_eq!(found.mentions.iter().filter(|m| found.entities[m.entity].key == "obama").count(), 3);
    assert_eq!(obama.name, "Obama");
}

#[test]
fn a_surname_merges_into_the_full_name() {
    let found = find("Ali Khamenei rejected talks. Days later, Khamenei changed course. Khamenei spoke.");
    assert!(entity(&found, "khamenei").is_none(), "{:?}", keys(&found));
    let e = found.entities.iter().position(|e| e.key == "ali khamenei").expect("merged");
    let vias: Vec<MentionVia> = found.mentions.iter().filter(|m| m.entity == e).map(|m| m.via).collect();
    assert_eq!(vias, [MentionVia::Name, MentionVia::Alias, MentionVia::Alias]);
    assert_eq!(found.entities[e].kind, EntityKind::Person);
}

#[test]
fn an_ambiguous_surname_stays_apart() {
    let found = find("George Bush met Jeb Bush. Later Bush spoke.");
    assert!(entity(&found, "bush").is_some(), "{:?}", keys(&found));
}

#[test]
fn sentence_openers_are_not_names() {
    let found = find(
        "But Akbarin said no. Unfortunately, the talks failed. Critics say the deal is weak. \
         Facing Akbarin, the crowd left. Inside Iran, prices rose. The White House said nothing.",
    );
    let k = keys(&found);
    assert!(k.contains(&"akbarin"), "{k:?}");
    assert!(k.contains(&"white house"), "{k:?}");
    for bad in
        ["but akbarin", "unfortunately", "critics", "facing akbarin", "inside iran", "the white house", "but"]
    {
        assert!(!k.contains(&bad), "{bad} in {k:?}");
    }
    assert!(k.contains(&"iran"), "{k:?}");
}

#[test]
fn a_sentence_initial_word_counts_when_seen_capitalised_elsewhere() {
    let found = find("Hamas fired rockets. Israel struck back at Hamas.");
    assert!(keys(&found).contains(&"hamas"), "{:?}", keys(&found));
}

#[test]
fn weekdays_and_months_are_never_entities() {
    let found = find("On Wednesday, Obama spoke. Talks resume in March, and again on Friday in Geneva.");
    let k = keys(&found);
    assert!(k.iter().all(|k| !["wednesday", "march", "friday"].contains(k)), "{k:?}");
    assert!(k.contains(&"geneva") && k.contains(&"obama"), "{k:?}");
}

#[test]
fn acronyms_merge_with_the_name_they_spell() {
    let found = find(
        "The International Atomic Energy Agency reported progress. IAEA inspectors stayed. \
         The United States agreed. The U.S. envoy and US officials left.",
    );
    let iaea = entity(&found, "international atomic energy agency").expect("iaea");
    assert!(iaea.aliases.iter().any(|a| a == "IAEA"), "{:?}", iaea.aliases);
    let us = entity(&found, "united states").expect("us");
    assert!(us.aliases.iter().any(|a| a == "U.S"), "{:?}", us.aliases);
    assert!(us.aliases.iter().any(|a| a == "US"), "{:?}", us.aliases);
    assert!(entity(&found, "us").is_none(), "{:?}", keys(&found));
}

#[test]
fn recurring_lowercase_phrases_are_targets() {
    let found = find(
        "The policy of maximum pressure failed.\n\nSupporters of maximum pressure disagree.\n\nThe weather was cold.",
    );
    let phrase = entity(&found, "maximum pressure").expect("phrase");
    assert_eq!(phrase.kind, EntityKind::Phrase);
    assert!(entity(&found, "weather was").is_none());
}

#[test]
fn a_lowercase_phrase_in_one_paragraph_only_is_not_a_target() {
    let found = find("Civil society matters. We need civil society and civil society again.");
    assert!(entity(&found, "civil society").is_none(), "{:?}", keys(&found));
}

#[test]
fn mentions_in_finds_a_sentences_mentions() {
    let a = article("Obama spoke. Nobody listened. Then Obama left.");
    let found = find_entities(&a);
    let at = |s| SentenceId { passage: 0, sentence: s };
    assert_eq!(found.mentions_in(at(1)).len(), 0);
    assert_eq!(&a.passages[0].sentence(2)[found.mentions_in(at(2))[0].range.clone()], "Obama");
    assert_eq!(
        found.mentions_in(at(0)).len(),
        1,
        "seen capitalised mid-sentence, so a name at the start too"
    );
}

#[test]
fn the_obama_administration_is_a_group_of_its_own() {
    let found = find("The Obama administration denied it. Obama himself was silent.");
    assert_eq!(entity(&found, "obama administration").map(|e| e.kind), Some(EntityKind::Group));
    assert!(entity(&found, "obama").is_some());
}

#[test]
fn a_name_with_of_is_kinded_by_the_head_before_it() {
    let found = find("The Board of Regents met. The Clearwater Regional Water Authority voted.");
    assert_eq!(entity(&found, "board of regents").map(|e| e.kind), Some(EntityKind::Group), "{found:?}");
    assert_eq!(
        entity(&found, "clearwater regional water authority").map(|e| e.kind),
        Some(EntityKind::Group),
        "{found:?}"
    );
}

#[test]
fn a_body_before_member_and_a_name_is_a_title_not_a_mention() {
    let found = find("The vote was close, said Council member Rosa Delgado. A Hamas member was seen.");
    assert!(entity(&found, "council").is_none(), "{found:?}");
    assert!(entity(&found, "rosa delgado").is_some(), "{found:?}");
    // With no name after it, the body is named: a Hamas member is of Hamas.
    assert!(entity(&found, "hamas").is_some(), "{found:?}");
    // Nor with a country or a day after it.
    let found = find("NATO member Turkey blocked the plan. UAW members Friday ratified the contract.");
    assert!(entity(&found, "nato").is_some() && entity(&found, "uaw").is_some(), "{found:?}");
}

#[test]
fn a_number_after_a_word_that_numbers_things_is_part_of_the_name() {
    let found = find(
        "The Route 62 bus stops in January. Denise Carter, president of Transit Workers Union Local 418, objected.",
    );
    assert_eq!(entity(&found, "route 62").map(|e| e.kind), Some(EntityKind::Place), "{found:?}");
    let union = entity(&found, "transit workers union local 418");
    assert_eq!(union.map(|e| e.kind), Some(EntityKind::Group), "{found:?}");
    assert!(entity(&found, "route").is_none(), "{found:?}");
    // A figure after another name is no part of it.
    let found = find("Acme Corp said 418 workers would lose their jobs. Acme Corp denied it.");
    assert!(entity(&found, "acme corp").is_some(), "{found:?}");
}

#[test]
fn a_name_with_a_president_and_restaurants_is_an_organisation() {
    let text = "Crowds lined up at Chick-fil-A on Wednesday. Chick-fil-A president Dan Cathy spoke. \
                Chick-fil-A restaurants were full.";
    let found = find(text);
    assert_eq!(entity(&found, "chick-fil-a").map(|e| e.kind), Some(EntityKind::Group), "{found:?}");
    // A person's name stays a person's ("Obama spokesman Jay Carney" keeps Obama a person).
    let found = find("Barack Obama spoke. Obama spokesman Jay Carney added little. Obama left.");
    assert_eq!(entity(&found, "barack obama").map(|e| e.kind), Some(EntityKind::Person));
}

#[test]
fn shared_targets_match_by_surname_and_rank_by_salience() {
    let left = find("Barack Obama spoke.\n\nObama left.\n\nObama returned to Chicago.\n\nThe Senate voted.");
    let right = find("President Obama spoke.\n\nObama left Chicago.\n\nThe Senate met.\n\nIran waited.");
    let shared = shared_targets(&left, &right);
    assert_eq!(shared[0].name, "Barack Obama");
    assert!(shared.iter().any(|s| s.name == "Chicago"));
    assert!(!shared.iter().any(|s| s.name == "Iran"));
    assert!(shared.windows(2).all(|w| w[0].salience >= w[1].salience));
    let lookup = EntityLookup::new(&right);
    assert_eq!(lookup.find("Mr. Obama's", EntityKind::Person), Some(shared[0].right));
    assert_eq!(lookup.find("the president", EntityKind::Person), Some(shared[0].right));
}

#[test]
fn a_longer_name_finds_a_one_word_name_only_as_a_surname_or_a_plural_group() {
    let right = find(
        "Mr. Obama spoke.\n\nObama left.\n\nThe House voted.\n\nThe House adjourned.\n\nAngry Republicans objected.\n\nThe bill angered Republicans.\n\nThe vote split Republicans.",
    );
    let lookup = EntityLookup::new(&right);
    let one = |key: &str| right.entities.iter().position(|e| e.key == key);
    let keys: Vec<_> = right.entities.iter().map(|e| (e.key.clone(), e.kind)).collect();
    assert!(one("house").is_some() && one("republicans").is_some(), "{keys:?}");
    assert_eq!(lookup.find("White House", EntityKind::Group), None);
    assert_eq!(lookup.find("Congressional Republicans", EntityKind::Group), one("republicans"));
    assert_eq!(lookup.find("Barack Obama", EntityKind::Person), one("obama"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]
    #[test]
    fn any_text_gives_mentions_inside_their_sentence(text in "(\\PC|[A-Z][a-z]+ |\\. |’s |U\\.S\\. |\n\n){0,60}") {
        let a = article(&text);
        let mut found = find_entities(&a);
        crate::targets::coref::add_references(&a, &mut found);
        for m in &found.mentions {
            let s = a.passages[m.at.passage].sentence(m.at.sentence);
            prop_assert!(m.range.start < m.range.end && m.range.end <= s.len());
            prop_assert!(s.is_char_boundary(m.range.start) && s.is_char_boundary(m.range.end));
            prop_assert!(m.entity < found.entities.len());
        }
    }
}

#[test]
fn nationality_adjectives_are_not_targets_but_their_plurals_are() {
    let found = find("Iranian officials met American diplomats. Iranians protested. Many Iranians left.");
    let k = keys(&found);
    assert!(!k.contains(&"iranian") && !k.contains(&"american"), "{k:?}");
    assert!(k.contains(&"iranians"), "{k:?}");
}

#[test]
fn party_and_state_tags_and_contractions_are_no_names() {
    let found = find(
        "Rep. Glenn Tully (R-Ky.) dismissed the hearing. Rep. Ana Ruiz (D-N.Y.) objected. \
         “I’ll stay,” Tully said. “I've heard it all,” Ruiz said. Tully (R-Ky.) left.",
    );
    let keys = keys(&found);
    assert!(keys.iter().all(|k| !k.contains("r-ky") && !k.contains("d-n")), "{keys:?}");
    assert!(keys.iter().all(|k| !k.starts_with("i'") && !k.starts_with("i’")), "{keys:?}");
    assert!(keys.contains(&"glenn tully"), "{keys:?}");
}

#[test]
fn a_party_word_says_who_someone_is_and_is_no_target() {
    let found = find(
        "Republican Mitt Romney spoke on Tuesday. Democratic lawmakers objected to the plan. \
         Senator Dale Hutchins, Republican of Oklahoma, read letters all night. A Democrat \
         called it a stunt. Later, Democratic leaders met Mr. Romney.",
    );
    let keys = keys(&found);
    assert!(keys.contains(&"mitt romney"), "{keys:?}");
    assert!(keys.iter().all(|k| !k.contains("republican") && !k.contains("democrat")), "{keys:?}");
}

#[test]
fn place_names_and_ordinals_keep_their_first_word_at_a_sentence_start() {
    let found = find(
        "New York officials said the new rules were fair. The new plan was first proposed in \
         May. First Amendment lawyers disagreed with the new plan at first.",
    );
    let keys = keys(&found);
    assert!(keys.contains(&"new york"), "{keys:?}");
    assert!(keys.contains(&"first amendment"), "{keys:?}");
    assert!(!keys.contains(&"york") && !keys.contains(&"amendment"), "{keys:?}");
}

#[test]
fn an_officials_title_is_no_part_of_the_name() {
    let found = find(
        "Auditor General Dan Whitmore released the audit. Weekly Standard Editor Bill Kristol \
         called for a resignation. Whitmore spoke again.",
    );
    let whitmore = entity(&found, "dan whitmore").expect("whitmore");
    assert!(whitmore.titles.contains(&"auditor general".to_string()), "{:?}", whitmore.titles);
    assert!(entity(&found, "bill kristol").is_some(), "{:?}", keys(&found));
}

#[test]
fn an_ly_word_capitalised_mid_sentence_is_a_name_and_an_adverb_where_it_opens_one() {
    let found = find(
        "Bill Kristol wrote in the Weekly Standard. Readers of the Weekly Standard agreed. \
         Unfortunately, voters in Italy disagreed. Voters in Italy stayed home.",
    );
    let keys = keys(&found);
    assert!(keys.contains(&"weekly standard") && keys.contains(&"italy"), "{keys:?}");
    assert!(!keys.iter().any(|k| *k == "standard" || k.contains("unfortunately")), "{keys:?}");
}

#[test]
fn a_party_before_a_two_word_name_is_said_of_the_person_whatever_the_first_name() {
    let found = find(
        "Once counted, Republican Brent Haskins' lead shrank to 38 votes. Haskins asked for a \
         recount. The Republican National Committee paid for it. Haskins thanked the Republican \
         National Committee.",
    );
    let haskins = entity(&found, "brent haskins").expect("brent haskins");
    assert_eq!(haskins.kind, EntityKind::Person);
    assert!(!keys(&found).contains(&"haskins"), "{:?}", keys(&found));
    assert!(entity(&found, "republican national committee").is_some(), "{:?}", keys(&found));
}

#[test]
fn a_persons_home_after_a_first_name_is_not_part_of_the_name() {
    let found = find("Mark Kelly of Arizona voted no. Later, Mark Kelly of Arizona explained his vote.");
    assert!(entity(&found, "mark kelly").is_some(), "{:?}", keys(&found));
    assert!(!keys(&found).iter().any(|k| k.contains("arizona")), "{:?}", keys(&found));
}

#[test]
fn a_title_is_no_recurring_phrase() {
    let found = find(
        "Vice President Joe Biden spoke.\n\nThe vice president smiled at the vice presidential \
         debate.\n\nThe vice president interrupted. The vice presidential debate ended.",
    );
    assert!(
        found.entities.iter().all(|e| e.kind != EntityKind::Phrase || !e.key.contains("vice")),
        "{:?}",
        keys(&found)
    );
}

#[test]
fn a_first_name_alone_is_the_one_person_of_that_name() {
    let found = find(
        "Senator Dale Hutchins spoke for fifteen hours. Hutchins read letters. \
         “Dale stood up for every gun owner,” a colleague said. Dale Hutchins then sat down.",
    );
    let dale = entity(&found, "dale hutchins").expect("hutchins");
    assert!(dale.aliases.iter().any(|a| a == "Dale"), "{:?}", dale.aliases);
    assert!(entity(&found, "dale").is_none(), "{:?}", keys(&found));
    // Named as a place, it stays apart ("in Jordan" is no Jordan Peterson).
    let found = find("Jordan Peterson spoke in Jordan. Jordan Peterson left. He flew from Jordan.");
    assert!(entity(&found, "jordan").is_some(), "{:?}", keys(&found));
}

#[test]
fn a_faith_adjective_before_a_noun_is_no_target() {
    let found = find("Islamic leaders met Catholic bishops. Islamic scholars and Catholic groups agreed.");
    let keys = keys(&found);
    assert!(!keys.contains(&"islamic") && !keys.contains(&"catholic"), "{keys:?}");
}

#[test]
fn a_party_word_inside_a_run_and_a_dateline_are_no_names() {
    let found = find(
        "HARRISBURG, Pa. — Missouri Republican senators urged him to quit. Senate Democratic \
         leaders agreed. The Republican National Committee said nothing.\n\nWASHINGTON — The \
         Democratic Party met in Washington.",
    );
    let keys = keys(&found);
    assert!(!keys.contains(&"missouri republican") && !keys.contains(&"senate democratic"), "{keys:?}");
    assert!(
        keys.contains(&"republican national committee") && keys.contains(&"democratic party"),
        "{keys:?}"
    );
    assert!(!keys.contains(&"harrisburg"), "{keys:?}");
    let washington = entity(&found, "washington").expect("washington");
    assert!(washington.aliases.iter().all(|a| a != "WASHINGTON"), "{:?}", washington.aliases);
}

#[test]
fn a_slogan_of_capitalised_words_is_one_name() {
    let found = find(
        "Young people led the Woman, Life, Freedom uprising in 2022. Its forces crushed the \
         Woman, Life, Freedom protests. Envoys met in Iran, Iraq, Syria and Oman. Iran courted \
         Russia, Hungary, Argentina, Arab kingdoms, and North Korea.",
    );
    let keys = keys(&found);
    assert!(keys.contains(&"woman life freedom"), "{keys:?}");
    assert!(!keys.contains(&"woman") && !keys.contains(&"freedom"), "{keys:?}");
    assert!(keys.contains(&"iraq") && keys.contains(&"syria") && keys.contains(&"hungary"), "{keys:?}");
    let slogan = entity(&found, "woman life freedom").unwrap();
    assert_eq!(slogan.name, "Woman, Life, Freedom");
}

#[test]
fn a_park_is_a_place_unless_its_first_word_is_a_first_name() {
    let found = find(
        "The board voted to close the Fulton Park branch. Fulton Park residents objected, and Grace Park, a librarian, said the branch was full every day.",
    );
    assert_eq!(entity(&found, "fulton park").map(|e| e.kind), Some(EntityKind::Place), "{found:?}");
    let grace = entity(&found, "grace park").map(|e| e.kind);
    assert!(grace.is_some_and(|k| k != EntityKind::Place), "{found:?}");
}

#[test]
fn a_group_named_like_a_place_is_a_group_when_the_words_say_so() {
    let found = find(
        "A neighborhood group, Save Linden Park, gathered 2,800 signatures. Save Linden Park said \
         it may sue. Linden Park is a quiet suburb, and the United States president never visits.",
    );
    assert_eq!(entity(&found, "save linden park").map(|e| e.kind), Some(EntityKind::Group), "{found:?}");
    // A place with staff ("president") stays a place.
    assert_eq!(entity(&found, "linden park").map(|e| e.kind), Some(EntityKind::Place), "{found:?}");
}
