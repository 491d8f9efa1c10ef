//! Whether a pair is on the topic map's subject, as a user of the built-in map sees it: its
//! topics align passages only when both articles are about them.

use super::*;
use crate::article::Side;

fn topic_passages(c: &Comparison, name: &str) -> (usize, usize) {
    let id = c.targets.iter().find(|t| t.name == name).map(|t| t.id).expect("a map topic");
    (c.passages_on(Side::Left, id).len(), c.passages_on(Side::Right, id).len())
}

#[test]
fn common_words_of_the_maps_terms_in_news_on_another_subject_align_nothing() {
    // "protests" and "use of force" are terms of the built-in map's civil society and war; a
    // story on a city's police budget uses them without being about either.
    let c = compare_texts(
        "The mayor signed a budget that moves $28 million from the police department.\n\n\
         The department has shrunk since the protests of 2020, the chief said.\n\n\
         A pilot handled 3,000 calls without a single use of force, the city said.",
        "The council approved the mayor's plan to move police money to crisis teams.\n\n\
         It is one of the largest such shifts since the protests of 2020.",
    );
    assert_eq!(topic_passages(&c, "civil_society"), (0, 0));
    assert_eq!(topic_passages(&c, "war"), (0, 0));
}

#[test]
fn two_articles_that_both_name_two_of_the_maps_topics_are_on_its_subject() {
    let c = compare_texts(
        "Sanctions relief is on the table in the talks with Tehran.\n\n\
         The talks resume next week in Muscat.",
        "The talks in Muscat will not bring sanctions relief soon.\n\n\
         Sanctions remain in place, officials said.",
    );
    let (left, right) = topic_passages(&c, "sanctions");
    assert!(left > 0 && right > 0);
    let (left, right) = topic_passages(&c, "negotiations");
    assert!(left > 0 && right > 0);
}

#[test]
fn topics_without_stance_lists_put_a_pair_on_the_maps_subject_but_argue_nothing() {
    // A map as `topics suggest` writes one: the story's people, stance lists commented out.
    let people =
        "[[topics]]\nname = \"Dana Reyes\"\ncolor = \"green\"\nterms = [\"Dana Reyes\", \"Reyes\"]\n\n\
                  [[topics]]\nname = \"Harbor Board\"\ncolor = \"red\"\nterms = [\"Harbor Board\"]\n";
    let config = crate::config::Config::from_user_text("map.toml", people).unwrap();
    let map = TopicMap::new(&config).unwrap();
    let side = |name: &str, body: &str| {
        let article = Article::parse(name, &format!("Title: {name}\n\n{body}\n"));
        analyse_article(article, &map, &config.analysis)
    };
    let (left, right) = (
        side("a", "Dana Reyes asked the Harbor Board to delay the vote.\n\nReyes said the fees were unfair."),
        side(
            "b",
            "The Harbor Board rejected a delay sought by Dana Reyes.\n\nReyes had called the fees unfair.",
        ),
    );
    let fit = MapFit::of(&map, &left, &right);
    assert!(fit.applies, "both name two of its topics");
    assert!(!fit.argues, "none of them takes stances");
    // With the built-in topics named too, the pair is on a subject the map argues.
    let (left, right) = (
        side("a", "Dana Reyes backed sanctions on Iran.\n\nThe talks with Tehran resume, Reyes said."),
        side("b", "Reyes wants the sanctions kept.\n\nThe Harbor Board said the talks had stalled."),
    );
    assert!(MapFit::of(&map, &left, &right).argues);
}
