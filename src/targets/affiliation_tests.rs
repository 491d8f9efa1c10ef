//! Tests of `targets::affiliation`: who an article introduces as a group's officer.

use super::*;
use crate::targets::coref::add_references;
use crate::targets::entities::find_entities;

/// The entities of an article with its paragraphs, references resolved and officers read.
pub(crate) fn read(paragraphs: &[&str]) -> ArticleEntities {
    let article = Article::parse("t", &format!("Title: T\n\n{}\n", paragraphs.join("\n\n")));
    let mut entities = find_entities(&article);
    add_references(&article, &mut entities);
    add_affiliations(&article, &mut entities);
    entities
}

/// Whether the person whose key is `person` speaks for the group whose key is `group`.
fn speaks_for(entities: &ArticleEntities, person: &str, group: &str) -> bool {
    let index = |key: &str| entities.entities.iter().position(|e| e.key == key);
    match (index(person), index(group)) {
        (Some(p), Some(g)) => entities.affiliations.speaks_for(p, g),
        (p, g) => panic!("{person}: {p:?}, {group}: {g:?} in {:?}", entities.entities),
    }
}

#[test]
fn an_office_between_the_group_and_the_name_makes_an_officer() {
    let e = read(&[
        "Tamika Ortiz, president of Library Employees Local 418, said the union had offered furlough days.",
        "Library Employees Local 418 represents most of the staff.",
    ]);
    assert!(speaks_for(&e, "tamika ortiz", "library employees local 418"));
}

#[test]
fn a_group_named_by_a_common_noun_before_the_office_is_the_officers() {
    let e = read(&[
        "The Bellport Housing Authority will begin eviction proceedings next month.",
        "Gregory Amsel, the authority's executive director, said the arrears had delayed repairs.",
    ]);
    assert!(speaks_for(&e, "gregory amsel", "bellport housing authority"));
}

#[test]
fn an_office_with_no_group_is_of_the_group_the_article_is_most_about() {
    let e = read(&[
        "The Department of Parks will charge a day-use fee at six state parks.",
        "Director Lena Marchetti said the fee would pay for repairs. The Department of Parks set the fee at $10.",
    ]);
    assert!(speaks_for(&e, "lena marchetti", "department of parks"));
    // Any office of a body named by its common noun; a president alone holds an office of
    // their own.
    let e = read(&[
        "The Department of Parks will charge a day-use fee at six state parks.",
        "Board president Roger Tillman said the fee was fair. President Joan Avery said nothing. The Department of Parks set the fee.",
    ]);
    assert!(speaks_for(&e, "roger tillman", "department of parks"));
    assert!(!speaks_for(&e, "joan avery", "department of parks"));
}

#[test]
fn a_title_that_holds_the_groups_name_makes_an_officer() {
    // Read as one title, "AARP CEO": no mention of the group stands apart from the name.
    let e = read(&["AARP CEO Barry Rand said the article was misleading. AARP has long opposed cuts."]);
    assert!(speaks_for(&e, "barry rand", "aarp"));
}

#[test]
fn a_critic_a_member_or_a_namesake_title_is_no_officer() {
    let e = read(&[
        "Jane Roe, a longtime critic of the State Federation of Labor, said it was weak.",
        "The State Federation of Labor did not answer.",
    ]);
    assert!(!speaks_for(&e, "jane roe", "state federation of labor"));
    let e = read(&[
        "The Department of Justice filed the brief. Justice Elena Kagan wrote the dissent.",
        "The Department of Justice said it would appeal.",
    ]);
    assert!(!speaks_for(&e, "elena kagan", "department of justice"));
    // A board member named by office alone speaks for no one: members vote both ways.
    let e = read(&[
        "The Clearwater Water Authority raised rates. Board member Leon Barrett voted against the plan.",
        "The Clearwater Water Authority said the increase was needed.",
    ]);
    assert!(!speaks_for(&e, "leon barrett", "clearwater water authority"));
}

#[test]
fn office_words_need_an_office_at_the_end() {
    assert_eq!(office_words("executive director"), Some(2));
    assert_eq!(office_words("transportation director"), Some(2));
    assert_eq!(office_words("longtime critic"), None);
    assert_eq!(office_words("executive"), Some(1));
    // A name is no office word, however placed.
    assert_eq!(office_words("Mayor Park"), None);
    assert_eq!(office_words(""), None);
}

#[test]
fn an_office_of_a_field_at_the_group_is_its_office() {
    let e = read(&[
        "The Harbor City Transit Authority will end eleven night routes.",
        "Maria Gil, director of operations at the Harbor City Transit Authority, said the routes ran empty.",
    ]);
    assert!(speaks_for(&e, "maria gil", "harbor city transit authority"));
}

#[test]
fn a_former_office_another_groups_office_or_a_client_is_no_officer() {
    let story = "The Harbor City Transit Authority will end eleven night routes.";
    let e = read(&[
        story,
        "Ellen Park, a former director of the Harbor City Transit Authority, said the cuts were a mistake.",
    ]);
    assert!(!speaks_for(&e, "ellen park", "harbor city transit authority"));
    let e = read(&[
        story,
        "Leah Stone, a union steward at the Harbor City Transit Authority, said drivers were not asked.",
    ]);
    assert!(!speaks_for(&e, "leah stone", "harbor city transit authority"));
    let e = read(&[
        story,
        "Kara Lin, a lawyer for the Harbor City Transit Authority's riders, said the notice came late.",
    ]);
    assert!(!speaks_for(&e, "kara lin", "harbor city transit authority"));
    // An office of a body the article names no group for, or of the one named after the name.
    let e = read(&[story, "Dev Patel, the council's finance chair, said the city could not cover the gap."]);
    assert!(!speaks_for(&e, "dev patel", "harbor city transit authority"));
    let e =
        read(&[story, "Director Kim Sato of the Dale County bus system said her riders would be stranded."]);
    assert!(!speaks_for(&e, "kim sato", "harbor city transit authority"));
}

#[test]
fn the_chair_of_an_unnamed_board_speaks_for_the_institution_it_governs() {
    let e = read(&[
        "Ridgeline Community College will close its welding program, the college said.",
        "Gregory Amundsen, the board's chair, said the donation was restricted to the arena.",
    ]);
    assert!(speaks_for(&e, "gregory amundsen", "ridgeline community college"));
    // A trustee by title alone holds a seat, not the institution's voice.
    let e = read(&[
        "Ridgeline Community College will close its welding program, the college said.",
        "Trustee Vivian Osei, who voted no, said the board had lost its way.",
    ]);
    assert!(!speaks_for(&e, "vivian osei", "ridgeline community college"));
}

#[test]
fn an_officer_by_office_alone_speaks_for_the_group_referred_to_most() {
    // The union is named in full more often; the library is referred back to throughout.
    let e = read(&[
        "The Marlow Public Library will close four branches, the library said.",
        "According to the library, visits fell. The library's budget shrank.",
        "Library Employees Local 418 objected. Library Employees Local 418 called it a betrayal.",
        "Executive director Dana Whitcomb said the board had no good options.",
    ]);
    assert!(speaks_for(&e, "dana whitcomb", "marlow public library"));
    assert!(!speaks_for(&e, "dana whitcomb", "library employees local 418"));
}

#[test]
fn a_title_over_a_field_of_the_groups_name_makes_an_officer() {
    let e = read(&[
        "The Castleford Department of Transportation will remove the lane.",
        "Transportation Director Angela Ferris said the department had listened.",
    ]);
    assert!(speaks_for(&e, "angela ferris", "castleford department of transportation"));
    let e = read(&[
        "The Brannock County Water and Sewer Utility raised rates.",
        "County Commissioner Earl Dunning said the utility had been careless.",
    ]);
    assert!(!speaks_for(&e, "earl dunning", "brannock county water and sewer utility"));
}

#[test]
fn a_union_or_a_council_has_no_field_officers_nor_a_boards_chair() {
    let e = read(&[
        "The Castleford Police Officers Union rejected the contract. The union said talks were over.",
        "Police Chief Ann Lee said the union would have to return to talks.",
    ]);
    assert!(!speaks_for(&e, "ann lee", "castleford police officers union"));
    let e = read(&[
        "The Castleford City Council voted to cut school funds. The council met late.",
        "Tom Reyes, the board's chair, said the council would have to answer to parents.",
    ]);
    assert!(!speaks_for(&e, "tom reyes", "castleford city council"));
    let e = read(&[
        "The Castleford Department of Transportation will remove the lane.",
        "Transportation Secretary Pete Buttigieg said the department must explain itself.",
    ]);
    assert!(!speaks_for(&e, "pete buttigieg", "castleford department of transportation"));
}

#[test]
fn a_business_and_its_chain_are_read_as_such() {
    // "Harvest Foods" is a company, not a person, and "the grocery chain" and "the company"
    // refer to it; "Ann Stores", a cashier, is a person.
    let e = read(&[
        "Harvest Foods will close 22 stores, the grocery chain announced Thursday.",
        "The company said the stores lost $48 million last year, said Ann Stores, a cashier.",
    ]);
    let index =
        |key: &str| e.entities.iter().position(|x| x.key == key).unwrap_or_else(|| panic!("{key}: {e:?}"));
    let (harvest, stores) = (index("harvest foods"), index("ann stores"));
    assert_eq!(e.entities[harvest].kind, EntityKind::Group);
    assert_eq!(e.entities[stores].kind, EntityKind::Person);
    let referring: Vec<MentionVia> =
        e.mentions.iter().filter(|m| m.entity == harvest).map(|m| m.via).collect();
    assert_eq!(referring, [MentionVia::Name, MentionVia::RoleNoun, MentionVia::RoleNoun]);
}

#[test]
fn a_name_before_an_office_is_a_bodys_and_its_officer_speaks_for_it() {
    let e = read(&[
        "Climate activists shut down the bridge at rush hour.",
        "Police arrested 71 people after the group, Climate Reckoning, ignored three orders.",
        "Jonah Whitley, a Climate Reckoning spokesman, was unapologetic. \"We made them listen,\" he said.",
    ]);
    let kind = |key: &str| e.entities.iter().find(|x| x.key == key).map(|x| x.kind);
    assert_eq!(kind("climate reckoning"), Some(EntityKind::Group));
    assert_eq!(kind("jonah whitley"), Some(EntityKind::Person));
    assert!(speaks_for(&e, "jonah whitley", "climate reckoning"));
    // The sentence's first word "Climate" passes for a first name, not for a surname.
    // Someone's spokeswoman: the name is a person's, named again by surname.
    let e = read(&["Mitt Romney spoke in Ohio. Romney spokeswoman Andrea Saul said the ad was false."]);
    assert_eq!(e.entities.iter().find(|x| x.key == "mitt romney").map(|x| x.kind), Some(EntityKind::Person));
}
