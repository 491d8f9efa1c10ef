use super::*;
use crate::config::Config;
use crate::text::fold::fold;

fn stance_of(text: &str, topic: &str) -> Option<String> {
    let map = TopicMap::new(&Config::default_config()).unwrap();
    let folded = fold(text);
    let terms = map.find_terms(&folded);
    let hedged = map.hedge.is_match(&folded);
    let t = map.index_of(topic).unwrap();
    let s = SentenceCues::new(&map, text, &folded, &terms, hedged);
    read_stance(&map, &s, t).map(|r| map.topics[t].stances[r.reading.stance].clone())
}

#[test]
fn plain_cues() {
    assert_eq!(stance_of("Sanctions hurt ordinary Iranians.", "sanctions").as_deref(), Some("harm"));
    assert_eq!(
        stance_of("The talks are a lifeline for the regime.", "negotiations").as_deref(),
        Some("reject")
    );
}

#[test]
fn negation_flips() {
    assert_eq!(
        stance_of("The talks are not a lifeline for the regime.", "negotiations").as_deref(),
        Some("engage")
    );
    assert_eq!(
        stance_of("Sanctions have not hurt ordinary people as much as critics claim.", "sanctions")
            .as_deref(),
        Some("pressure")
    );
}

#[test]
fn ending_or_lifting_something_negates_it() {
    // Wanting the isolation ended is no case for pressure.
    assert_eq!(
        stance_of("Iranians need an end to the isolation that sanctions brought.", "sanctions").as_deref(),
        Some("harm")
    );
    assert_eq!(
        stance_of("He promised ending their long isolation under sanctions.", "sanctions").as_deref(),
        Some("harm")
    );
}

#[test]
fn the_clause_after_but_wins() {
    assert_eq!(
        stance_of(
            "Sanctions hurt some families, but they are leverage that isolates the regime.",
            "sanctions"
        )
        .as_deref(),
        Some("pressure")
    );
}

#[test]
fn words_inside_names_and_compounds_are_not_cues() {
    assert_eq!(stance_of("The Homeland Security office praised Israel.", "israel"), None);
}

#[test]
fn a_cue_beside_another_topic_is_about_that_topic() {
    // "escalated" is said of the conflict (a war term), not of Israel.
    assert_eq!(
        stance_of("Since the conflict escalated, Washington and Israel have worked closely.", "israel"),
        None
    );
    assert_eq!(stance_of("Israel keeps escalating the conflict.", "israel").as_deref(), Some("spoiler"));
}

#[test]
fn the_main_clause_after_an_opening_concession_wins() {
    let text = "While some pragmatists argue for negotiations as the only realistic means of averting \
                war, opposition figures judge any engagement as a lifeline thrown to a failing regime.";
    assert_eq!(stance_of(text, "negotiations").as_deref(), Some("reject"));
}

#[test]
fn not_un_something_is_no_negation() {
    let text = "Release political prisoners: these are not unreasonable demands on human rights.";
    assert_eq!(stance_of(text, "human_rights").as_deref(), Some("precondition"));
    assert_eq!(
        stance_of("These are not demands on human rights worth making.", "human_rights").as_deref(),
        Some("integrate")
    );
}

#[test]
fn it_is_worth_asking_judges_nothing() {
    assert_eq!(stance_of("It is worth asking why Iran is negotiating at all.", "negotiations"), None);
    assert_eq!(stance_of("The talks are worth pursuing.", "negotiations").as_deref(), Some("engage"));
}

#[test]
fn pro_or_anti_something_is_about_its_partisans() {
    assert_eq!(stance_of("Neoconservatives and pro-Israel hawks view Iran as an adversary.", "israel"), None);
    assert_eq!(
        stance_of("Israel's hawks sabotage every round of talks.", "israel").as_deref(),
        Some("spoiler")
    );
}

#[test]
fn a_cue_that_holds_the_topic_term_counts() {
    // "end to talks" is a reject cue around the term "talks"; "an end to" must not also
    // negate it.
    assert_eq!(
        stance_of("Activists appeal for an end to talks with the regime.", "negotiations").as_deref(),
        Some("reject")
    );
}

#[test]
fn a_policy_judged_by_its_effect_takes_the_stance_that_names_success() {
    // Sanctions' "pressure" lists "worked": not stopping anything reads the other way.
    let stance = |text: &str| stance_of(text, "sanctions");
    assert_eq!(stance("Sanctions have not stopped a single centrifuge.").as_deref(), Some("harm"));
    assert_eq!(stance("Sanctions changed nothing in forty years of trying.").as_deref(), Some("harm"));
    assert_eq!(stance("Sanctions slowed the programme for a decade.").as_deref(), Some("pressure"));
    assert_eq!(stance("The nuclear deal collapsed within a year.").as_deref(), None);
    assert_eq!(stance_of("The nuclear deal collapsed within a year.", "jcpoa").as_deref(), Some("failed"));
    // Only as the subject: here Washington stopped something, and nothing is said of sanctions.
    assert_eq!(stance("Washington stopped enforcing sanctions in 2015."), None);
    // A topic with no stance naming success ("negotiations": engage or reject) is not read so.
    assert_eq!(stance_of("The talks stopped in May after two rounds.", "negotiations"), None);
}

#[test]
fn no_topic_or_no_cue_means_no_stance() {
    assert_eq!(stance_of("The weather was fine.", "sanctions"), None);
    assert_eq!(stance_of("Sanctions were announced on Tuesday.", "sanctions"), None);
}

#[test]
fn the_terms_near_a_word_are_those_within_reach_in_any_order() {
    let map = TopicMap::new(&Config::default_config()).unwrap();
    let text = "Israel and Iran met while sanctions on Iran and talks with Israel went on";
    let folded = fold(text);
    // Terms out of text order, as several owners' hits may come.
    let hit = |owner: usize, word: &str, nth: usize| {
        let start = folded.match_indices(word).nth(nth).unwrap().0;
        PhraseHit { owner, range: start..start + word.len() }
    };
    let terms = vec![hit(1, "talks", 0), hit(0, "israel", 1), hit(2, "iran", 0), hit(0, "israel", 0)];
    let s = SentenceCues::new(&map, text, &folded, &terms, false);
    // Words: israel(0) and(1) iran(2) met(3) while(4) sanctions(5) on(6) iran(7) and(8) talks(9)
    // with(10) israel(11).
    let near: Vec<(usize, usize)> = s.terms_near(1, 1).map(|(w, t)| (w, t.owner)).collect();
    assert_eq!(near, [(0, 0), (2, 2)]);
    let near: Vec<usize> = s.terms_near(10, 2).map(|(w, _)| w).collect();
    assert_eq!(near, [9, 11]);
    assert_eq!(s.terms_near(5, 1).count(), 0);
}
