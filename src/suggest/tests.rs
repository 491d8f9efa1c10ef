use super::render::toml_string;
use super::*;

fn article(name: &str, body: &str) -> Article {
    Article::parse(name, &format!("Title: {name}\n\n{body}\n"))
}

/// Two reports on one story: a senator, a recurring plan, a weekday and generic words.
fn pair() -> Vec<Article> {
    vec![
        article(
            "a",
            "Senator Barack Obama defended the carbon tax plan on Wednesday. American families \
             welcomed the carbon tax plan, and Obama won praise for honest leadership.\n\n\
             President Obama said the carbon tax plan would help families. Critics stayed quiet \
             in March.",
        ),
        article(
            "b",
            "Mr. Obama pushed the carbon tax plan on Wednesday. The carbon tax plan is a reckless \
             scheme, and Obama drew angry attacks from American families.\n\n\
             President Obama was blamed for the failure of the carbon tax plan in March.",
        ),
    ]
}

fn all_terms(topics: &[SuggestedTopic]) -> Vec<String> {
    topics.iter().flat_map(|t| t.terms.iter().map(|x| fold(&x.pattern))).collect()
}

#[test]
fn no_weekdays_months_or_generic_words_are_topics() {
    let topics = suggest(&pair());
    let terms = all_terms(&topics);
    for banned in ["wednesday", "march", "families", "american", "attacks", "critics"] {
        assert!(
            !terms.iter().any(|t| t == banned || t.starts_with(&format!("{banned}*"))),
            "{banned}: {terms:?}"
        );
    }
}

#[test]
fn entities_and_keyphrases_are_proposed() {
    let topics = suggest(&pair());
    assert!(topics.iter().any(|t| t.kind == EntityKind::Person && t.name.contains("Obama")), "{topics:?}");
    assert!(
        topics.iter().any(|t| t.kind == EntityKind::Phrase && all_terms(std::slice::from_ref(t)).len() >= 2),
        "{topics:?}"
    );
}

#[test]
fn aliases_are_merged_into_one_topic() {
    let topics = suggest(&pair());
    let obama: Vec<&SuggestedTopic> =
        topics.iter().filter(|t| t.terms.iter().any(|x| fold(&x.pattern).contains("obama"))).collect();
    assert_eq!(obama.len(), 1, "{topics:?}");
    let terms: Vec<&str> = obama[0].terms.iter().map(|t| t.pattern.as_str()).collect();
    assert_eq!(obama[0].name, "Barack Obama");
    assert!(terms.contains(&"Obama") && terms.len() >= 3, "{terms:?}");
    assert_eq!(obama[0].articles, 2);
}

#[test]
fn stance_hints_come_from_words_of_both_signs() {
    let topics = suggest(&pair());
    let plan = topics.iter().find(|t| t.kind == EntityKind::Phrase).expect("the plan is a topic");
    let words = |h: &[Hint]| h.iter().map(|x| x.word.clone()).collect::<Vec<_>>();
    assert!(words(&plan.positive).iter().any(|w| w == "welcomed" || w == "help"), "{plan:?}");
    assert!(words(&plan.negative).iter().any(|w| w == "reckless" || w == "failure"), "{plan:?}");
}

#[test]
fn the_written_map_loads_and_its_stance_hints_load_when_turned_on() {
    let topics = suggest(&pair());
    let text = render_suggestions(&topics, 2);
    let config = Config::from_user_text("suggested.toml", &text).expect("the suggestion parses as a config");
    let added: Vec<_> = config.topics.iter().filter(|t| topics.iter().any(|s| s.name == t.name)).collect();
    assert_eq!(added.len(), topics.len(), "{text}");
    // The hints are comments, so the general reading reads the topics as with no map ...
    assert!(added.iter().all(|t| t.stances.is_empty()), "{text}");
    TopicMap::new(&config).expect("the map builds");
    // ... and a user who uncomments them gets a map that reads its topics by those words.
    let turned_on = text
        .replace("# [topics.stances]", "[topics.stances]")
        .replace("# positive = ", "positive = ")
        .replace("# negative = ", "negative = ");
    let config = Config::from_user_text("suggested.toml", &turned_on).expect("the hints parse as stances");
    let added: Vec<_> = config.topics.iter().filter(|t| topics.iter().any(|s| s.name == t.name)).collect();
    assert!(added.iter().any(|t| t.stances.len() == 2), "{turned_on}");
    TopicMap::new(&config).expect("the map with stances builds");
}

#[test]
fn a_single_article_or_none_still_gives_a_valid_map() {
    let one = suggest(&pair()[..1]);
    assert!(!one.is_empty());
    let none = render_suggestions(&suggest(&[]), 0);
    assert!(none.contains("No target"));
    Config::from_user_text("empty.toml", &none).expect("an empty suggestion parses");
}

#[test]
fn chained_pieces_of_a_phrase_name_the_whole() {
    assert_eq!(
        super::gather::chain("harbor expansion", "expansion plan").as_deref(),
        Some("harbor expansion plan")
    );
    assert_eq!(super::gather::chain("carbon tax", "oil price"), None);
}

#[test]
fn toml_strings_escape_quotes_backslashes_and_controls() {
    assert_eq!(toml_string("a \"b\" \\ c\u{7f}\u{1}"), "\"a \\\"b\\\" \\\\ c\\u007F\\u0001\"");
    let parsed: toml::Value = toml::from_str(&format!("x = {}", toml_string("q\"\u{7f}\n"))).unwrap();
    assert_eq!(parsed["x"].as_str(), Some("q\"\u{7f}\n"));
}

#[test]
fn check_reports_passages_and_terms_per_file() {
    let config = Config::default_config();
    let map = TopicMap::new(&config).unwrap();
    let articles = vec![article("x.md", "Sanctions hurt. New sanctions came.\n\nThe talks resumed.")];
    let report = check(&map, &articles);
    assert!(report.contains("sanctions (2 stance(s): harm, pressure)"), "{report}");
    assert!(report.contains("1 passage(s)  x.md  sanctions ×2"), "{report}");
}

/// A plain noun one article argues over ("the price") is not the surname of a person another
/// names ("Tom Price"): matched across articles only with a lower-case target, as `shared` does.
#[test]
fn a_subject_noun_is_not_merged_with_a_persons_surname() {
    let articles = vec![
        article("a", "Tom Price spoke on Monday. Tom Price said the bill was fair.\n\nPrice left early."),
        article(
            "b",
            "The price is too high. Nobody likes the price.\n\nThe price rose again. We pay the price.",
        ),
    ];
    let topics = suggest(&articles);
    assert!(!topics.iter().any(|t| t.name.contains("Price")), "{topics:?}");
}

#[test]
fn two_people_who_share_a_surname_are_two_topics() {
    let topics = suggest(&[
        article(
            "a",
            "Former President Bill Clinton called Sestak in the summer. Clinton said he had offered \
             advice.\n\nMr. Clinton spoke to reporters on Friday.",
        ),
        article(
            "b",
            "Secretary of State Hillary Clinton visited Ohio. Clinton said she backed the \
             candidate.\n\nMrs. Clinton met voters on Friday.",
        ),
    ]);
    let names: Vec<&str> = topics.iter().map(|t| t.name.as_str()).collect();
    assert!(
        !topics.iter().any(|t| {
            let terms = all_terms(std::slice::from_ref(t));
            terms.contains(&"bill clinton".to_string()) && terms.contains(&"hillary clinton".to_string())
        }),
        "{names:?}"
    );
    // One person by two first names stays one topic.
    let topics = suggest(&[
        article("a", "White House Counsel Robert F. Bauer wrote the memo. Mr. Bauer said it was lawful."),
        article(
            "b",
            "Bob Bauer, the White House lawyer, wrote the memo. Bauer said he found nothing improper.",
        ),
    ]);
    let bauer: Vec<&SuggestedTopic> = topics.iter().filter(|t| t.name.contains("Bauer")).collect();
    assert_eq!(bauer.len(), 1, "{:?}", topics.iter().map(|t| &t.name).collect::<Vec<_>>());
}

#[test]
fn a_first_name_or_a_place_after_of_is_no_term() {
    let topics = suggest(&[
        article(
            "a",
            "Larry Summers praised the tax deal on Monday. Summers said the deal was brave, and \
             Larry smiled.",
        ),
        article(
            "b",
            "Larry Summers defended the tax deal. Summers said the deal was fair.\n\nAsked about \
             it, Larry shrugged.",
        ),
    ]);
    let terms = all_terms(&topics);
    assert!(terms.contains(&"summers".to_string()) && !terms.contains(&"larry".to_string()), "{terms:?}");
    // The place after "of" in an organisation's name matches other things; its head word is
    // what articles call it.
    assert!(!too_broad("senate", "u.s. senate", EntityKind::Group));
    assert!(too_broad("massachusetts", "log cabin republicans of massachusetts", EntityKind::Group));
    assert!(!too_broad("naacp", "naacp", EntityKind::Group));
    assert!(!too_broad("summers", "larry summers", EntityKind::Person));
}
