//! Tests of `contrast::derived`: targets found in the pair, their lexicon stances, and how a
//! person's own words are read.

use super::*;
use crate::config::Config;
use crate::contrast::derived_evidence::lexicon_evidence;
use crate::contrast::evidence::VoiceKind;
use crate::contrast::evidence::{CueKind, Polarity};
use crate::contrast::own_words::{opens_unattributed_quote, speaks_for_itself};
use crate::contrast::toward::{read_with, InSentence};
use crate::targets::coref::{add_references, quoted_spans};
use crate::targets::entities::find_entities;
use crate::targets::entities::Entity;
use crate::targets::shared::names_subject;

/// How a side of an opinion pair is read (no person's cases).
fn opinion(side: usize) -> SideReading {
    SideReading { side, min_words: 3, person_cases: false }
}

fn entities(article: &Article) -> ArticleEntities {
    let mut e = find_entities(article);
    add_references(article, &mut e);
    e
}

#[test]
fn shared_people_become_targets_with_lexicon_stances() {
    let map = TopicMap::new(&Config::default_config()).unwrap();
    let left = Article::parse(
        "l",
        "Title: L\n\nSenator John Harlow gave a brilliant, courageous speech on the budget.\n\n\
         Harlow has long been admired by voters in his state.\n",
    );
    let right = Article::parse(
        "r",
        "Title: R\n\nSen. Harlow gave a reckless and dishonest speech on the budget.\n\n\
         Critics said Harlow was wrong about the budget figures.\n",
    );
    let (le, re) = (entities(&left), entities(&right));
    let mut table = TargetTable::from_map(&map);
    let derived = add_shared_targets(&map, &mut table, [&le, &re], &|_| true);
    let harlow = derived.iter().find(|d| table[d.id].name.contains("Harlow")).expect("Harlow is shared");
    assert!(table[harlow.id].is_derived());
    let author = |_: SentenceId| Voice::author();
    let lc = claims_with_derived(&left, Vec::new(), &le, &derived, opinion(0), &author);
    let rc = claims_with_derived(&right, Vec::new(), &re, &derived, opinion(1), &author);
    let stance = |claims: &[Claim]| claims.iter().find_map(|c| c.stance_on(harlow.id)).map(|s| s.stance);
    assert_eq!(stance(&lc), Some(0), "positive on the left: {lc:?}");
    assert_eq!(stance(&rc), Some(1), "negative on the right: {rc:?}");
    let claim = rc.iter().find(|c| c.stance_on(harlow.id).is_some()).unwrap();
    let evidence = lexicon_evidence(&right, claim, &re, harlow, 1, 1.0).unwrap();
    let text = right.sentence_text(claim.at);
    let words: Vec<&str> = evidence.supporting().map(|c| &text[c.span.clone()]).collect();
    assert!(words.contains(&"reckless") && words.contains(&"dishonest"), "{words:?}");
    assert_eq!(evidence.stance.unwrap().polarity, Some(Polarity::Negative));
}

#[test]
fn a_targets_own_words_are_not_a_stance_toward_it() {
    let trump = Entity {
        key: "donald trump".into(),
        name: "Donald Trump".into(),
        aliases: vec!["Trump".into(), "Mr. Trump".into()],
        kind: EntityKind::Person,
        titles: Vec::new(),
        gender: None,
    };
    assert!(speaks_for_itself(&trump, &Voice::of_speaker(Some("Trump"))));
    assert!(speaks_for_itself(&trump, &Voice::of_speaker(Some("Donald Trump"))));
    assert!(!speaks_for_itself(&trump, &Voice::of_speaker(Some("Barack Obama"))));
    assert!(!speaks_for_itself(&trump, &Voice::author()));
}

fn person(name: &str, surname: &str) -> Entity {
    Entity {
        key: fold(name),
        name: name.into(),
        aliases: vec![surname.into()],
        kind: EntityKind::Person,
        titles: Vec::new(),
        gender: None,
    }
}

/// The reading toward the words `mentions` of `text`, voiced by `speaker`.
fn reading(text: &str, mentions: &[&str], speaker: &str, entity: &Entity) -> Option<StanceReading> {
    let ranges: Vec<Range<usize>> =
        mentions.iter().map(|m| text.find(m).map(|at| at..at + m.len()).unwrap()).collect();
    let own = own_words(entity, &Voice::of_speaker(Some(speaker)), text, &ranges);
    read_with(text, &InSentence { ranges: &ranges, others: &[], party: true, subject: &[], own })
        .map(|(r, _)| r)
}

/// The stance of [`reading`].
fn own_reading(text: &str, mentions: &[&str], speaker: &str, entity: &Entity) -> Option<usize> {
    reading(text, mentions, speaker, entity).map(|r| r.stance)
}

#[test]
fn a_targets_own_words_count_only_for_how_the_writer_frames_them() {
    let trump = person("Donald Trump", "Trump");
    // The quotation is the target's own mood, not a stance toward them.
    let quote = "“I am really not sure he was born here, it is terrible,” Trump said.";
    assert_eq!(own_reading(quote, &["Trump"], "Trump", &trump), None);
    // The frame around it is the writer's.
    let beck = person("Glenn Beck", "Beck");
    let cheered = "“I’m addicted to spending,” Beck said, drawing cheers and applause from the crowd.";
    assert_eq!(own_reading(cheered, &["Beck"], "Beck", &beck), Some(0));
    // A report without quotation marks counts its reporting verbs only.
    let akin = person("Todd Akin", "Akin");
    let report = "Akin claimed he would help the party win a great victory.";
    assert_eq!(own_reading(report, &["Akin", "he"], "Akin", &akin), Some(1));
    let wins = "Akin said he would help the party win a great victory.";
    assert_eq!(own_reading(wins, &["Akin", "he"], "Akin", &akin), None);
    // Reported words before a quotation are still the target's own.
    let before = "Trump said that if the terrible fight goes on, “I think Obama will be blamed.”";
    assert_eq!(own_reading(before, &["Trump"], "Trump", &trump), None);
}

/// Whether [`reading`] rests on framing alone.
fn framed_reading(text: &str, mentions: &[&str], speaker: &str, entity: &Entity) -> Option<bool> {
    reading(text, mentions, speaker, entity).map(|r| r.framed)
}

#[test]
fn a_reading_is_framed_only_by_the_verb_that_reports_the_targets_words() {
    let whitcomb = person("Dana Whitcomb", "Whitcomb");
    let insisted = "“Those savings are not reaching the patient,” Whitcomb insisted.";
    assert_eq!(framed_reading(insisted, &["Whitcomb"], "Whitcomb", &whitcomb), Some(true));
    let carrow = person("Denise Carrow", "Carrow");
    let aside = "Carrow, a Democrat, insisted the move was not defunding anything.";
    assert_eq!(framed_reading(aside, &["Carrow"], "Carrow", &carrow), Some(true));
    // A verdict of the writer's own on the speaking is no framing alone.
    let falsely = "“Those savings are not reaching the patient,” Whitcomb falsely insisted.";
    assert_eq!(framed_reading(falsely, &["Whitcomb"], "Whitcomb", &whitcomb), Some(false));
    // A verb in what they say is someone else's: the party's admitting, not Beck's.
    let beck = person("Glenn Beck", "Beck");
    let party = "Beck said at the rally in the capital that the party had to admit it had a problem.";
    assert_ne!(framed_reading(party, &["Beck"], "Beck", &beck), Some(true));
}

#[test]
fn a_verdict_adverb_on_the_targets_own_words_is_the_writers() {
    let whitaker = person("Tom Whitaker", "Whitaker");
    let right = "Tom Whitaker rightly warned in December that the money would have been better spent.";
    assert_eq!(own_reading(right, &["Tom Whitaker"], "Tom Whitaker", &whitaker), Some(0));
    let wrong = "Tom Whitaker falsely said in December that the money would have been better spent.";
    assert_eq!(own_reading(wrong, &["Tom Whitaker"], "Tom Whitaker", &whitaker), Some(1));
    // Without the adverb, what he said is his, not a stance toward him.
    let plain = "Tom Whitaker said in December that the money would have been better spent.";
    assert_eq!(own_reading(plain, &["Tom Whitaker"], "Tom Whitaker", &whitaker), None);
}

#[test]
fn a_quotation_about_the_target_is_read_whoever_speaks() {
    // The voice reads "he said" as Akin speaking; the quotation calls him "he".
    let akin = person("Todd Akin", "Akin");
    let text = "\"What he said is just flat wrong and wildly offensive,\" McConnell said.";
    assert_eq!(own_reading(text, &["he"], "Akin", &akin), Some(1));
}

#[test]
fn map_topics_that_speak_keep_their_names_over_entities() {
    let map = TopicMap::new(&Config::default_config()).unwrap();
    let text = "Title: T\n\nPrime Minister Benjamin Netanyahu appeared in an advert on Monday.\n\n\
                Netanyahu spoke about the advert in Washington.\n\n\
                Critics said Netanyahu should stay out of the campaign.\n";
    let (a, b) = (Article::parse("a", text), Article::parse("b", text));
    let names = |speaks: &dyn Fn(usize) -> bool| {
        let mut table = TargetTable::from_map(&map);
        let derived = add_shared_targets(&map, &mut table, [&entities(&a), &entities(&b)], speaks);
        derived.iter().map(|d| table[d.id].name.clone()).collect::<Vec<_>>()
    };
    // "Netanyahu" is a term of the "israel" topic: when the topic takes stances in the pair,
    // the name is left to it…
    assert!(names(&|_| true).iter().all(|n| !n.contains("Netanyahu")), "{:?}", names(&|_| true));
    // …when it says nothing about the pair, the pair reads the name itself.
    assert!(names(&|_| false).iter().any(|n| n.contains("Netanyahu")), "{:?}", names(&|_| false));
}

#[test]
fn what_a_groups_officer_says_is_the_groups_own_words() {
    let aarp = Entity {
        key: "aarp".into(),
        name: "AARP".into(),
        aliases: Vec::new(),
        kind: EntityKind::Group,
        titles: Vec::new(),
        gender: None,
    };
    let speaking = |text: &str, speaker: &str| {
        let at = text.find("AARP").unwrap();
        let mention: Vec<Range<usize>> = std::iter::once(at..at + 4).collect();
        own_words(&aarp, &Voice::of_speaker(Some(speaker)), text, &mention)
    };
    assert!(speaking("AARP CEO Barry Rand called the report “misleading.”", "Barry Rand"));
    assert!(speaking("“The report is misleading,” an AARP spokesman said.", "AARP spokesman"));
    // Someone else who names the group speaks about it.
    assert!(!speaking("Max Richtman said it was tragic that AARP would play along.", "Max Richtman"));
    assert!(!speaking("“AARP has abandoned seniors,” said Max Richtman of the committee.", "Max Richtman"));
}

#[test]
fn framing_verbs_count_for_the_person_a_pronoun_or_description_refers_to() {
    let map = TopicMap::new(&Config::default_config()).unwrap();
    let left = Article::parse(
        "l",
        "Title: L\n\nSenator John Harlow spoke on the budget on Monday.\n\n\
         The Ohio Republican complained about the plan. Later he boasted about his record.\n",
    );
    let right = Article::parse("r", "Title: R\n\nSen. John Harlow praised the budget plan on Monday.\n");
    let (le, re) = (entities(&left), entities(&right));
    let mut table = TargetTable::from_map(&map);
    let derived = add_shared_targets(&map, &mut table, [&le, &re], &|_| true);
    let harlow = derived.iter().find(|d| table[d.id].name.contains("Harlow")).expect("Harlow is shared");
    let author = |_: SentenceId| Voice::author();
    let claims = claims_with_derived(&left, Vec::new(), &le, &derived, opinion(0), &author);
    let on_harlow: Vec<&Claim> = claims.iter().filter(|c| c.stance_on(harlow.id).is_some()).collect();
    for sentence in 0..2 {
        let claim = on_harlow.iter().find(|c| c.at == SentenceId { passage: 1, sentence });
        let claim = claim.unwrap_or_else(|| panic!("sentence {sentence} is read for Harlow: {claims:?}"));
        assert_eq!(claim.stance_on(harlow.id).map(|s| s.stance), Some(1), "negative");
        let evidence = lexicon_evidence(&left, claim, &le, harlow, 0, 1.0).unwrap();
        assert!(evidence.cues.iter().any(|c| c.kind == CueKind::Framing), "{:?}", evidence.cues);
    }
}

#[test]
fn the_word_both_articles_name_their_subject_by_is_no_cue() {
    let map = TopicMap::new(&Config::default_config()).unwrap();
    // "ban" is a negative word in the opinion lexicon, but here it is the policy both report.
    let left = Article::parse(
        "l",
        "Title: L\n\nThe ban began in March.\n\nIn a survey by the Ridge Teachers Association, most teachers wanted the ban kept.\n",
    );
    let right = Article::parse(
        "r",
        "Title: R\n\nThe ban began in March.\n\nIn the Ridge Teachers Association's own survey, few teachers wanted the ban kept.\n",
    );
    let (le, re) = (entities(&left), entities(&right));
    let mut table = TargetTable::from_map(&map);
    let derived = add_shared_targets(&map, &mut table, [&le, &re], &|_| true);
    let union =
        derived.iter().find(|d| table[d.id].name.contains("Teachers Association")).expect("shared group");
    assert_eq!(&*union.subject_words, ["ban".to_string()]);
    let author = |_: SentenceId| Voice::author();
    for (article, e, side) in [(&left, &le, 0), (&right, &re, 1)] {
        let claims = claims_with_derived(article, Vec::new(), e, &derived, opinion(side), &author);
        assert!(claims.iter().all(|c| c.stance_on(union.id).is_none()), "{claims:?}");
    }
    assert!(names_subject("bans", &union.subject_words) && names_subject("Ban", &union.subject_words));
    assert!(!names_subject("banned", &union.subject_words));
}

#[test]
fn a_long_quotation_after_the_target_as_subject_is_its_own_words() {
    let speaker = Voice { kind: VoiceKind::Speaker, speaker: None };
    let s = "Carlos Mendez, the union's president, called the signing \"a good day for every family in the state.\"";
    let name = 0.."Carlos Mendez".len();
    assert!(opens_unattributed_quote(&speaker, s, std::slice::from_ref(&name), &quoted_spans(s)));
    // A scare quote of a word or two is no speech; a target named after the quotation, or
    // after someone else, did not say it; a named speaker is read by the voice itself.
    let s = "Etheridge defended his support of the \"Obama Agenda\" at length.";
    assert!(!opens_unattributed_quote(&speaker, s, std::slice::from_ref(&(0..9)), &quoted_spans(s)));
    let s = "Critics called it \"a bad day for every family in the state,\" blaming Mendez.";
    let at = s.find("Mendez").unwrap();
    assert!(!opens_unattributed_quote(&speaker, s, std::slice::from_ref(&(at..at + 6)), &quoted_spans(s)));
    let s = "Then Mendez called it \"a good day for every family in the state.\"";
    assert!(!opens_unattributed_quote(&speaker, s, std::slice::from_ref(&(5..11)), &quoted_spans(s)));
    let named = Voice { kind: VoiceKind::Speaker, speaker: Some("Mendez".into()) };
    let s = "Mendez called it \"a good day for every family in the state.\"";
    assert!(!opens_unattributed_quote(&named, s, std::slice::from_ref(&(0..6)), &quoted_spans(s)));
}

#[test]
fn a_short_sentence_opening_with_the_target_is_a_verdict_on_it() {
    let he = |text: &str| {
        let at = text.find("He").unwrap();
        short_verdict(text, std::slice::from_ref(&(at..at + 2)))
    };
    assert!(he("He is wrong about that."));
    assert!(he("He simply lied."));
    // Too short, or the target not what it opens with.
    assert!(!he("He lied."));
    assert!(!he("Not so, He said."));
}

#[test]
fn on_news_the_person_a_story_is_about_has_cases_read_from_who_speaks() {
    let map = TopicMap::new(&Config::default_config()).unwrap();
    let text = "Title: T\n\nGov. Brad Hollister vetoed the state budget on Friday.\n\n\
         \"This budget spends money the state does not have,\" Hollister said at a news conference.\n\n\
         Marcus Bell, a Democrat from Reno, said Hollister had walked away from a deal the two sides made in May.\n";
    let left = Article::parse("l", text);
    let right = Article::parse("r", text);
    let (le, re) = (entities(&left), entities(&right));
    let mut table = TargetTable::from_map(&map);
    let derived = add_shared_targets(&map, &mut table, [&le, &re], &|_| true);
    let hollister = derived.iter().find(|d| d.reads_stance).expect("a central target");
    assert!(table[hollister.id].name.contains("Hollister"), "{}", table[hollister.id].name);
    let voices = [(1, "Hollister"), (2, "Marcus Bell")];
    let voice_at = |at: SentenceId| {
        voices.iter().find(|(p, _)| at.passage == *p).map_or_else(Voice::author, |(_, who)| Voice {
            kind: VoiceKind::Speaker,
            speaker: Some(who.to_string()),
        })
    };
    let cases = |news: bool| -> Vec<(usize, usize)> {
        claims_with_derived(
            &left,
            Vec::new(),
            &le,
            &derived,
            SideReading { side: 0, min_words: 3, person_cases: news },
            &voice_at,
        )
        .iter()
        .filter_map(|c| c.stance_on(hollister.id).filter(|s| s.by_voice).map(|s| (c.at.passage, s.stance)))
        .collect()
    };
    // His own words are his case; the majority leader's, where he is named, the case against.
    assert_eq!(cases(true), vec![(1, 0), (2, 1)]);
    // In opinion writing the author's words carry the stance: no case is read for a person.
    assert_eq!(cases(false), Vec::new());
}

#[test]
fn what_a_groups_spokesman_reports_it_said_is_its_own_words() {
    let group = Entity {
        key: "climate reckoning".into(),
        name: "Climate Reckoning".into(),
        aliases: Vec::new(),
        kind: EntityKind::Group,
        titles: Vec::new(),
        gender: None,
    };
    // "regretted", "delay", "not … apologize" are the group's own mood, not the writer's
    // stance toward it.
    let text = "Jonah Whitley, a spokesman for Climate Reckoning, said the group regretted the delay but would not apologize for the protest.";
    assert_eq!(own_reading(text, &["Climate Reckoning"], "Jonah Whitley", &group), None);
}

#[test]
fn a_map_topic_without_stance_lists_is_read_as_the_target_found_in_the_pair() {
    // As `topics suggest` writes a story's people: named and coloured, stance lists commented.
    let silent =
        "[[topics]]\nname = \"Councillor Reyes\"\ncolor = \"green\"\nterms = [\"Dana Reyes\", \"Reyes\"]\n";
    let argued = format!("{silent}[topics.stances]\npositive = [\"praised\"]\nnegative = [\"faulted\"]\n");
    let text = "Title: T\n\nCouncil member Dana Reyes proposed the parking plan on Monday.\n\n\
                Reyes said the plan would help shop owners.\n\nCritics said Reyes ignored the residents.\n";
    let (a, b) = (Article::parse("a", text), Article::parse("b", text));
    let table_with = |toml: &str| {
        let map = TopicMap::new(&Config::from_user_text("map.toml", toml).unwrap()).unwrap();
        let topic = TargetId::of_topic(map.index_of("Councillor Reyes").expect("the topic"));
        let mut table = TargetTable::from_map(&map);
        let derived = add_shared_targets(&map, &mut table, [&entities(&a), &entities(&b)], &|_| false);
        (table, topic, derived.iter().map(|d| d.id).collect::<Vec<_>>())
    };
    let (table, topic, derived) = table_with(silent);
    let reyes = table[topic].merged_into.expect("the silent topic is merged into the person");
    assert!(derived.contains(&reyes) && table[reyes].is_derived());
    // The map's name and colour, and one entry where lists show the topic, in its place.
    assert_eq!(table[reyes].name, "Councillor Reyes");
    assert_eq!(table[reyes].color, table[topic].color);
    let listed: Vec<&str> = table.listed().map(|t| t.name.as_str()).collect();
    assert_eq!(listed.iter().filter(|n| **n == "Councillor Reyes").count(), 1, "{listed:?}");
    assert_eq!(listed.iter().position(|n| *n == "Councillor Reyes"), Some(topic.index()), "{listed:?}");
    // A topic with stance lists is read by them, and keeps its own entry.
    let (table, topic, _) = table_with(&argued);
    assert_eq!(table[topic].merged_into, None);
}

#[test]
fn a_silent_topic_stands_for_one_target_only() {
    // One topic naming two people both articles discuss: the first takes its name, the second
    // keeps its own, and each is listed once.
    let map = "[[topics]]\nname = \"The Reyes family\"\ncolor = \"green\"\nterms = [\"Reyes\"]\n";
    let map = TopicMap::new(&Config::from_user_text("map.toml", map).unwrap()).unwrap();
    let text = "Title: T\n\nDana Reyes and Luis Reyes opened the bakery on Monday.\n\n\
                Dana Reyes said the rent had doubled.\n\nLuis Reyes said the city had helped.\n";
    let (a, b) = (Article::parse("a", text), Article::parse("b", text));
    let mut table = TargetTable::from_map(&map);
    add_shared_targets(&map, &mut table, [&entities(&a), &entities(&b)], &|_| false);
    let listed: Vec<&str> = table.listed().map(|t| t.name.as_str()).collect();
    let mut unique = listed.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), listed.len(), "{listed:?}");
    assert!(listed.contains(&"The Reyes family"), "{listed:?}");
}
