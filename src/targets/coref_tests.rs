use super::*;
use crate::targets::entities::find_entities;

/// Each resolved reference as (the words, the entity key it counts for).
fn resolved(body: &str) -> Vec<(String, String)> {
    let a = Article::parse("t", &format!("Title: T\n\n{body}\n"));
    let found = find_entities(&a);
    references(&a, &found)
        .into_iter()
        .map(|m| {
            let s = a.passages[m.at.passage].sentence(m.at.sentence);
            (s[m.range].to_string(), found.entities[m.entity].key.clone())
        })
        .collect()
}

fn pair(words: &str, key: &str) -> (String, String) {
    (words.to_string(), key.to_string())
}

#[test]
fn he_refers_to_the_subject_of_the_latest_sentence_naming_someone() {
    let got = resolved("Barack Obama met John McCain in Ohio. He said his plan would work.");
    assert_eq!(got, [pair("He", "barack obama"), pair("his", "barack obama")]);
}

#[test]
fn he_within_a_sentence_is_its_subject_not_the_latest_name() {
    let got = resolved("Donald Trump told Meredith Vieira that he had real doubts.");
    assert_eq!(got, [pair("he", "donald trump")]);
    let got = resolved("Todd Akin said Mitt Romney never called him.");
    assert_eq!(got, [pair("him", "todd akin")]);
    // A possessive is no subject.
    let got = resolved("After Barack Obama's remarks, Mitt Romney said he disagreed.");
    assert_eq!(got, [pair("he", "mitt romney")]);
}

#[test]
fn a_quoted_he_is_the_latest_person_named() {
    let got = resolved("Donald Trump spoke about Barack Obama. \"He has no birth certificate,\" Trump said.");
    assert_eq!(got, [pair("He", "barack obama")]);
}

#[test]
fn his_refers_to_the_latest_person() {
    let got = resolved("Mitt Romney urged Todd Akin to end his campaign.");
    assert_eq!(got, [pair("his", "todd akin")]);
}

#[test]
fn a_pronoun_outside_quotes_skips_the_people_quoted() {
    let got = resolved("Glenn Beck spoke. \"Dick Cheney says it is a good year,\" he declared.");
    assert_eq!(got, [pair("he", "glenn beck")]);
    // With no one named outside the quote, the quoted name still counts.
    let got = resolved("\"Dick Cheney says it is a good year,\" he declared.");
    assert_eq!(got, [pair("he", "dick cheney")]);
}

#[test]
fn she_skips_a_man_named_by_title() {
    let got = resolved("Mrs. Clinton met Mr. Trump. She left early.");
    assert_eq!(got, [pair("She", "clinton")]);
}

#[test]
fn pronouns_need_a_person_not_a_place() {
    assert!(resolved("Prices rose in Ohio last year. He left.").is_empty());
}

#[test]
fn a_paragraph_that_names_someone_does_not_look_back() {
    let got = resolved("Rick Perry spoke at length.\n\nLater that week Mitt Romney arrived. He spoke too.");
    assert_eq!(got, [pair("He", "mitt romney")]);
}

#[test]
fn a_paragraph_that_opens_with_he_refers_to_the_paragraph_before() {
    let got = resolved("Rick Perry spoke at length.\n\nHe left the stage to cheers.");
    assert_eq!(got, [pair("He", "rick perry")]);
}

#[test]
fn the_senator_refers_to_the_person_seen_with_that_title() {
    let got = resolved("Sen. Richard Blumenthal met Barack Obama. The senator denied it.");
    assert_eq!(got, [pair("The senator", "richard blumenthal")]);
    // Across paragraphs too: the title identifies.
    let got =
        resolved("Rep. Anthony Weiner spoke.\n\nReporters waited for hours. The congressman stayed silent.");
    assert_eq!(got, [pair("The congressman", "anthony weiner")]);
    // The vice president is not the president.
    let got = resolved("President Barack Obama praised Vice President Joe Biden. The vice president smiled.");
    assert_eq!(got, [pair("The vice president", "joe biden")]);
    let got = resolved("Vice President Joe Biden praised President Barack Obama. The president smiled.");
    assert_eq!(got, [pair("The president", "barack obama")]);
    // A role nobody in the article holds refers to no one.
    assert!(resolved("Barack Obama spoke. The senator left.").is_empty());
}

#[test]
fn the_administration_refers_to_a_group_named_so() {
    let got = resolved("The Obama administration met Iran. Officials said the administration would wait.");
    assert_eq!(got, [pair("the administration", "obama administration")]);
}

#[test]
fn the_regime_refers_to_the_latest_group_or_country() {
    let got = resolved("Protests spread across Iran as the regime cracked down.");
    assert_eq!(got, [pair("the regime", "iran")]);
    let got = resolved("Fighters of Hamas met leaders of Hezbollah. Both said the group would fight.");
    assert_eq!(got, [pair("the group", "hezbollah")]);
}

#[test]
fn an_organisations_head_noun_refers_to_the_organisation_named_with_it() {
    let body = "The Clearwater Regional Water Authority raised rates on Tuesday.\n\n\
                Critics said the authority ignored its customers.";
    assert_eq!(resolved(body), [pair("the authority", "clearwater regional water authority")]);
    // Anywhere in the name: the board of a Board of Regents.
    let body = "The Lakeshore State University Board of Regents met on Friday.\n\n\
                Students said the board had not listened.";
    assert_eq!(resolved(body), [pair("the board", "lakeshore state university board of regents")]);
    // A modifier not in the name makes another thing of that kind.
    let body =
        "The state Department of Health approved the merger. Work on the emergency department starts soon.";
    assert!(resolved(body).is_empty());
    // "The authority to" is a power; "the school board" is no school.
    let body = "The Clearwater Regional Water Authority asked for a rate rise.\n\n\
                A judge ruled that the council lacks the authority to block it.";
    assert!(resolved(body).is_empty());
    let body = "Lincoln High School will close its pool.\n\nThe county board said the plan was reckless.";
    assert!(resolved(body).is_empty());
    // "The company" with no company in the paragraph is not the regulator named last.
    let body = "Acme Corp raised its fees.\n\nThe Federal Trade Commission sued on Monday.\n\n\
                The company was weak, former employees said.";
    assert_eq!(resolved(body), [pair("The company", "acme corp")]);
    // With no organisation of that word named, "the board" is nobody, unless the story is about
    // an institution a board governs (below).
    assert!(resolved("Harbor City Transit cut routes. Riders said the board had not listened.").is_empty());
}

#[test]
fn the_board_or_the_trustees_are_the_institution_the_story_is_about() {
    // No board is named: "the board", "the trustees" govern the library the story is about, the
    // one named first of two named as often (the branch building is named later).
    let body = "The Marlow Public Library will close four branches.

                The Central Library downtown will be renovated.

                Gil Sorensen of the Marlow Taxpayers Alliance praised the trustees for a hard call.

                A union leader said the board had betrayed its workers.";
    assert_eq!(
        resolved(body),
        [pair("the trustees", "marlow public library"), pair("the board", "marlow public library")]
    );
    // A named board keeps the word; "the board's chair" is an office, not a reference; a
    // sheriff's office answers to no board of its own.
    let body = "The State Board of Elections closed 38 polling places.

                Ada Whitlow said the board had chosen the cheapest option.";
    assert_eq!(resolved(body), [pair("the board", "state board of elections")]);
    let body = "Ridgeline Community College cut three programs.

                Gregory Amundsen, the board's chair, defended the cuts.";
    assert!(resolved(body).iter().all(|(words, _)| words != "the board"), "{:?}", resolved(body));
    // "The school board" of the school district the story is about.
    let body = "The Easton Valley Unified School District will end bus service for teens.\n\n\
                Parents asked the school board to reverse course.";
    assert_eq!(resolved(body), [pair("the school board", "easton valley unified school district")]);
    let body = "The Ashby County Sheriff's Office renewed its phone contract.

                Beth Calloway said she would ask the board to phase it out.";
    assert!(resolved(body).iter().all(|(words, _)| words != "the board"), "{:?}", resolved(body));
}

#[test]
fn a_role_noun_before_a_name_or_of_is_not_a_reference() {
    assert!(resolved("Sen. Tom Smith spoke. The president of the company left.").is_empty());
    // A guild is a body of members, no company: "the company" is not the union.
    let got = resolved(
        "Workers at Vantor Glass voted. The Industrial Workers Guild objected. The company said it was fair.",
    );
    assert!(!got.iter().any(|(_, key)| key == "industrial workers guild"), "{got:?}");
    // But "of" and a gerund complete the verb before the role noun: the governor named.
    let got = resolved(
        "Gov. Dana Whitcomb signed it.\n\nSen. Luis Arroyo accused the governor of selling the road.",
    );
    assert!(got.contains(&pair("the governor", "dana whitcomb")), "{got:?}");
}

#[test]
fn add_references_keeps_mentions_sorted() {
    let a = Article::parse("t", "Title: T\n\nBarack Obama spoke. He left, and his aides followed Obama.\n");
    let mut found = find_entities(&a);
    let added = add_references(&a, &mut found);
    assert_eq!(added, 2);
    assert!(found.mentions.windows(2).all(|w| (w[0].at, w[0].range.start) <= (w[1].at, w[1].range.start)));
    assert!(found.mentions.iter().any(|m| m.via == MentionVia::Pronoun));
}

#[test]
fn a_common_first_name_tells_he_from_she() {
    let got = resolved("Paul Ryan answered Sarah Palin. She said the plan would fail.");
    assert_eq!(got, [pair("She", "sarah palin")]);
    let got = resolved("Sarah Palin answered Paul Ryan. He said the plan would work.");
    assert_eq!(got, [pair("He", "paul ryan")]);
}

#[test]
fn a_description_refers_to_the_person_the_text_follows() {
    let got = resolved("Rep. Anthony Weiner spoke on Tuesday. The New York Democrat denied it.");
    assert_eq!(got, [pair("The New York Democrat", "anthony weiner")]);
    let got = resolved("Gov. Rick Perry spoke in Iowa.\n\nLater the Texas governor left.");
    assert_eq!(got, [pair("the Texas governor", "rick perry")]);
    // The names inside a description are not who a later "he" refers to.
    let got = resolved("Glenn Beck spoke. The Fox News host said he was right.");
    assert_eq!(got, [pair("The Fox News host", "glenn beck"), pair("he", "glenn beck")]);
}

#[test]
fn a_group_role_with_a_name_refers_only_to_a_group_of_that_name() {
    let got = resolved("The Obama campaign hit back. Aides said the Romney campaign was wrong.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_quoted_pronoun_is_not_the_quotations_speaker() {
    let got = resolved(
        "The call from Mr. Donald Trump came unexpectedly. “I was surprised,” said Rep. Carl Seel. \
         “I want to thank him for his support.”",
    );
    assert!(got.contains(&pair("him", "donald trump")), "{got:?}");
    assert!(!got.iter().any(|(_, key)| key == "carl seel"), "{got:?}");
}

#[test]
fn he_outside_a_quotation_is_not_whom_the_quoted_he_refers_to() {
    let got = resolved(
        "Donald Trump said he would like Barack Obama to show his birth certificate.\n\n\
         \"And to be honest with you, I hope he can,\" he told reporters.",
    );
    let last_two: Vec<&str> = got.iter().rev().take(2).map(|(_, key)| key.as_str()).collect();
    assert_eq!(last_two, ["donald trump", "barack obama"], "{got:?}");
}

#[test]
fn a_title_opening_a_sentence_is_still_a_title() {
    let got = resolved(
        "Congressman Anthony Weiner broke his silence on Wednesday.\n\nReporters waited. The congressman left.",
    );
    assert!(got.contains(&pair("The congressman", "anthony weiner")), "{got:?}");
}

#[test]
fn an_honorific_after_the_office_is_no_role() {
    let got = resolved(
        "Health Secretary Dr. Alan Prescott signed the contract. Governor Tom Wolf praised the \
         health secretary on Wednesday.",
    );
    assert!(got.contains(&pair("the health secretary", "alan prescott")), "{got:?}");
}

#[test]
fn an_organisation_word_refers_to_the_organisation_referred_to_most() {
    // "The library" is the library system the story follows, not the branch named once since.
    let body = "The Marlow Public Library will close four branches.\n\nVisits fell, according to the library.\n\nThe system is renovating the Central Library downtown.\n\nThe library's staff objected.";
    let article = Article::parse("t", &format!("Title: T\n\n{body}\n"));
    let mut entities = find_entities(&article);
    add_references(&article, &mut entities);
    let last =
        entities.mentions.iter().filter(|m| m.at.passage == article.passages.len() - 1).collect::<Vec<_>>();
    let names: Vec<&str> = last.iter().map(|m| entities.entities[m.entity].key.as_str()).collect();
    assert_eq!(names, ["marlow public library"], "{:?}", entities.mentions);
}

#[test]
fn a_modifier_of_another_name_is_no_organisation_word() {
    // The union named after the library is not what "the library" refers to.
    let body = "The Harlow Public Library will close two branches.\n\nThe Harlow Library Workers Union called a strike. The library said replacement staff would be hired.";
    let got = resolved(body);
    assert!(got.contains(&pair("The library", "harlow public library")), "{got:?}");
}

#[test]
fn the_office_named_after_its_holder_is_what_the_holders_office_refers_to() {
    // "The sheriff's office" is the office; "the sheriff" is the office until a sheriff is
    // named, and the sheriff after.
    let body = "The Pinecrest County Sheriff's Office will buy drones.

                \"The sheriff is building a surveillance system,\" said Naomi Feld.

                Sheriff Mark Talley said the drones save lives.

                The board gave the sheriff 90 days. The sheriff's office points to a rescue in May.";
    let office = "pinecrest county sheriff office";
    let got = resolved(body);
    assert!(got.contains(&pair("The sheriff", office)), "{got:?}");
    assert!(got.contains(&pair("the sheriff", "mark talley")), "{got:?}");
    assert!(got.contains(&pair("The sheriff's office", office)), "{got:?}");
    // "The former sheriff" is no office; of two sheriff's offices, "the sheriff" is neither.
    let got = resolved(
        "The Pinecrest County Sheriff's Office will buy drones.\n\nThe former sheriff called it a toy.",
    );
    assert!(got.iter().all(|(words, _)| !words.contains("sheriff")), "{got:?}");
    let got = resolved(
        "The Pinecrest County Sheriff's Office will buy drones. The Dunmore County Sheriff's Office \
         gave up its own.\n\nThe sheriff called them a toy.",
    );
    assert!(got.iter().all(|(words, _)| !words.contains("sheriff")), "{got:?}");
    // With no office of that name, "the sheriff's office" is no reference to anyone.
    let got = resolved("Sheriff Mark Talley bought drones.\n\nThe mayor's office was not told.");
    assert!(got.iter().all(|(words, _)| !words.contains("office")), "{got:?}");
}

#[test]
fn a_chain_is_the_company_only_as_a_chain_of_stores() {
    let body = "Harvest Foods will close 22 stores, the grocery chain said.

                Analysts blamed the supply chain and the food chain. Workers cut the chain on the gate.";
    let got = resolved(body);
    assert_eq!(got, [pair("the grocery chain", "harvest foods")]);
}

#[test]
fn the_company_is_no_party_of_people_named_since() {
    let body = "The chief executive of Halvern Pharmaceuticals defended its prices.

                She faced questions from Democrats about the company's insulin.";
    let got = resolved(body);
    assert!(got.contains(&pair("the company", "halvern pharmaceuticals")), "{got:?}");
    assert!(got.iter().all(|(_, key)| key != "democrats"), "{got:?}");
}

#[test]
fn a_party_description_is_an_office_holder_not_the_advocate_quoted_last() {
    let got = resolved(
        "Gov. Dana Whitlock vetoed the meals bill on Friday.\n\n\
         \"Today the governor chose hunger,\" said Janelle Okoro, director of the Hunger Free Schools Coalition.\n\n\
         The first-term Republican said the state could not pay for it.",
    );
    let description = got.iter().find(|(words, _)| words.contains("Republican"));
    assert_eq!(description, Some(&pair("The first-term Republican", "dana whitlock")), "{got:?}");
}

#[test]
fn the_agency_is_no_union_or_company_named_after_it() {
    // The union is the latest group named; "the agency" is the transit authority.
    let body = "The Harbor City Transit Authority voted to cut 11 routes, the deepest cut in the agency's history.\n\n\
                Denise Carter, president of Transit Workers Union Local 418, said the union would fight the change. \
                The agency said no operators would be laid off.";
    let agency: Vec<_> =
        resolved(body).into_iter().filter(|(w, _)| w.to_lowercase().contains("agency")).collect();
    assert_eq!(
        agency,
        [
            pair("the agency", "harbor city transit authority"),
            pair("The agency", "harbor city transit authority")
        ]
    );
}

#[test]
fn a_person_named_with_their_institution_is_who_she_refers_to() {
    // "Nadia" is no first name the lists know; "of Ashford University" is where she works, not
    // part of her name, and "she" is her, not the governor named before.
    let body = "Governor Lydia Marsh touted the program.\n\n\
                Health economist Nadia Feld of Ashford University studied a similar program. \
                \"The reporting is the hurdle, not the work,\" she said.";
    assert_eq!(resolved(body), [pair("she", "nadia feld")]);
    // A body's name with "of" stays whole.
    let a = Article::parse(
        "t",
        "Title: T\n\nThe Bank of America said it would appeal. Officials at the Bank of America declined.\n",
    );
    let keys: Vec<String> = find_entities(&a).entities.into_iter().map(|e| e.key).collect();
    assert!(keys.iter().any(|k| k == "bank of america"), "{keys:?}");
}
