//! The engine on hand-written article pairs whose contrasts were decided in advance by the
//! person who wrote them (tests/fixtures/pairs/*.expected.toml). Each was first run as it came;
//! where a miss was later read to make a general rule, EVALUATION.md says so. The tests hold
//! the engine to what it finds now and to listing little the writers did not put down.

mod common;

use std::path::Path;

use common::*;
use counterpoint::article::Article;
use counterpoint::compare::{compare, Side};
use counterpoint::config::Config;
use counterpoint::contrast::ContrastKind;
use counterpoint::topics::TopicMap;

#[test]
fn opposing_sanctions_stances_are_found() {
    let (hits, total, report) = recall("sanctions_stance");
    assert!(hits >= 1, "found {hits} of {total} expected contrasts; reported:\n{report}");
}

#[test]
fn negated_cues_flip_the_stance() {
    let (hits, total, report) = recall("negation");
    assert!(hits >= 2, "found {hits} of {total} expected contrasts; reported:\n{report}");
}

#[test]
fn different_figures_and_dates_are_found() {
    let (hits, total, report) = recall("numbers_dates");
    assert!(hits >= 3, "found {hits} of {total} expected contrasts; reported:\n{report}");
}

#[test]
fn differently_worded_quotes_are_found_with_a_diff() {
    let (c, expected) = fixture("quote_variants");
    let hits = expected.contrast.iter().filter(|e| found(&c, e)).count();
    assert!(hits >= 2, "found {hits} of {}; reported:\n{}", expected.contrast.len(), describe(&c));
    assert!(c.contrasts.iter().filter(|x| x.kind == ContrastKind::Quote).all(|x| x.diff.is_some()));
}

#[test]
fn articles_that_agree_yield_no_strong_contrast() {
    let (c, expected) = fixture("agreement_only");
    assert!(expected.contrast.is_empty());
    let strong: Vec<_> = c.contrasts.iter().filter(|x| x.score >= 0.5).collect();
    assert!(strong.is_empty(), "unexpected contrasts:\n{}", describe(&c));
}

#[test]
fn a_view_the_writer_refutes_or_concedes_is_read_as_the_writer_holds() {
    let (hits, total, report) = recall("voices");
    assert!(hits >= 3, "found {hits} of {total} expected contrasts; reported:\n{report}");
    // Neither refuted view is listed as the writer's own case for pressure or for the talks.
    let (c, _) = fixture("voices");
    for x in &c.contrasts {
        let left = c.sentence(Side::Left, x.left);
        let reason = counterpoint::report::reason::contrast_reason(&c.targets, c.articles(), x);
        assert!(!(left.starts_with("To suggest") && reason.contains("left says pressure")), "{reason}");
    }
}

#[test]
fn articles_on_the_same_side_say_so_and_list_no_stray_difference() {
    let (c, expected) = fixture("same_side");
    assert!(expected.contrast.is_empty());
    assert!(c.consensus.mostly_agree_on_map(&c.targets), "{:?}", c.consensus);
    // One passing mention of Israel each, from different angles, is no disagreement of the
    // authors: neither sentence is where its article settles on Israel.
    let stances: Vec<_> = c.contrasts.iter().filter(|x| x.kind == ContrastKind::Stance).collect();
    assert!(stances.is_empty(), "unexpected contrasts:\n{}", describe(&c));
    assert!(!c.agreements.is_empty(), "the shared case against sanctions is an agreement");
}

#[test]
fn expected_agreements_share_a_topic_in_the_alignment() {
    for case in ["sanctions_stance", "agreement_only", "numbers_dates", "same_side"] {
        let (c, expected) = fixture(case);
        for e in &expected.agreement {
            let topic = c
                .targets
                .iter()
                .find(|t| t.name == e.topic)
                .map(|t| t.id)
                .unwrap_or_else(|| panic!("unknown topic {}", e.topic));
            assert!(
                !c.passages_on(Side::Left, topic).is_empty() && !c.passages_on(Side::Right, topic).is_empty(),
                "{case}: both sides should discuss {}",
                e.topic
            );
        }
    }
}

/// Two op-eds in everyday newspaper words, not the map's: the engine finds few of the five
/// contrasts a reader would flag (EVALUATION.md: its cue lists and the lexicon miss "giving
/// Tehran exactly what it needs", "finally biting"). What it does list must be one of the
/// writer's disagreements: the deal's record ("kept Iran's stockpile … under 300 kilograms"
/// against "never stopped Iran from building the know-how").
#[test]
fn plain_words_list_nothing_a_reader_would_not_flag() {
    let (_, total, report) = recall("plain_words");
    assert_eq!(total, 5);
    assert_eq!(unflagged("plain_words"), Vec::<String>::new(), "listed:\n{report}");
}

/// Two op-eds written by a helper who never saw the engine, its map or its word lists, with
/// the eight contrasts a reader would flag decided before running it: the engine finds the
/// stockpile figures and the sanctions' record (EVALUATION.md records what it misses and why). Everything it lists must
/// be one of the eight disagreements: the core one (a capped, inspected programme against
/// Witkoff's "eliminate its nuclear enrichment") is listed through sentences other than the
/// two the writer chose.
#[test]
fn a_pair_written_blind_gets_its_figures_and_nothing_wrong() {
    let (hits, total, report) = recall("blind");
    assert_eq!(total, 8);
    assert!(hits >= 2, "found {hits} of {total}; reported:\n{report}");
    assert_eq!(unflagged("blind"), Vec::<String>::new(), "listed:\n{report}");
}

/// Held-out pairs on subjects no topic map covers (a congestion charge, a minimum wage, a new
/// library), written blind by a helper with their contrasts. With no config the engine finds
/// their differing figures and the statement quoted in two wordings; their stance contrasts
/// (a plan argued for and against in everyday words) are mostly missed, see EVALUATION.md.
#[test]
fn a_new_subject_gets_its_figures_and_quotes_with_no_config() {
    for (case, figures_and_quotes) in [("newsubject_transit", 3), ("newsubject_wage", 3)] {
        let (c, expected) = fixture(case);
        let report = describe(&c);
        let found_here = expected
            .contrast
            .iter()
            .filter(|e| matches!(e.kind.as_deref(), Some("number" | "quote")) && found(&c, e))
            .count();
        assert!(found_here >= figures_and_quotes, "{case}: found {found_here}; reported:\n{report}");
        assert!(c.contrasts.iter().filter(|x| x.kind == ContrastKind::Quote).all(|x| x.diff.is_some()));
    }
    // What is listed besides the writer's contrasts: at most the transit pair's one weak reading
    // (the mayor's candour praised against her plan called "the wrong question"), and on the
    // wage pair the union president's words given plainly ("called the signing 'a good day'")
    // against the same man's words framed with "claimed": the framing the writer did not list.
    let wage = unflagged("newsubject_wage");
    assert!(
        wage.iter().all(|r| r.contains("Carlos Mendez speaks for it") && r.contains("\"claimed\""))
            && wage.len() <= 1,
        "{wage:?}"
    );
    assert!(unflagged("newsubject_transit").len() <= 1, "{:?}", unflagged("newsubject_transit"));
}

/// Two pairs on the talks written blind in the seventh session, after the rules above were
/// made, and run once as they came (EVALUATION.md): the op-eds' figures and their case on
/// maximum pressure ("has plainly failed" against "is working"), the news reports' rial figures;
/// then, after rules made for those misses, the op-eds' case on the deal ("was working" against
/// "was a bad bargain") and both pairs' renderings of Araghchi's verdict on a round ("in a
/// constructive atmosphere" against "not bad"; "useful and more serious than before" against
/// "difficult").
/// The news pair listed two readings of "nuclear" against Netanyahu's demand to dismantle that
/// the writer did not put down, from the mere mention of inspectors (no longer a cue).
#[test]
fn pairs_written_blind_after_the_rules_get_their_figures_and_little_else() {
    let (hits, total, report) = recall("heldout_oped");
    assert_eq!(total, 9);
    assert!(hits >= 5, "found {hits} of {total}; reported:\n{report}");
    assert!(unflagged("heldout_oped").is_empty(), "{:?}", unflagged("heldout_oped"));
    let (hits, total, report) = recall("heldout_news");
    assert!(hits >= 2, "found {hits} of {total}; reported:\n{report}");
    assert!(unflagged("heldout_news").is_empty(), "{:?}", unflagged("heldout_news"));
}

/// A quotation rendered twice is headed by whom it quotes, not "general" (the governor is "the
/// governor" in one report). In news her own words are her case, so the quotation counts for
/// her as a target; where it counts for none, the speaker heads it (`selective_quotes`).
#[test]
fn a_quote_contrast_is_headed_by_the_person_quoted() {
    let (c, _) = fixture("newsubject_wage");
    let quote = c.contrasts.iter().find(|x| x.kind == ContrastKind::Quote).expect("the governor's line");
    assert!(quote.target.is_none_or(|t| c.targets[t].name == "Ruth Abernathy"), "{:?}", quote.target);
    assert_eq!(c.contrast_label(quote), "Ruth Abernathy");
    // A figure with no target is headed by what it counts ("dollars an hour: …").
    let figure = c.contrasts.iter().find(|x| x.kind == ContrastKind::Number && x.target.is_none());
    assert!(figure.is_none_or(|f| {
        let label = c.contrast_label(f);
        label != "general" && !label.is_empty()
    }));
}

/// One speaker's verdict on one occasion, rendered in two words that share nothing, is one
/// statement quoted differently; two longer quotes in like sentences are two statements.
#[test]
fn a_short_verdict_on_one_occasion_pairs_by_its_context() {
    let config = Config::default_config();
    let map = TopicMap::new(&config).unwrap();
    let pair = |left: &str, right: &str| {
        let article = |name: &str, body: &str| Article::parse(name, &format!("Title: T\n\n{body}\n"));
        compare(article("l.md", left), article("r.md", right), &map, &config.analysis)
    };
    let c = pair(
        "After the Rome round, Foreign Minister Abbas Araghchi told reporters the talks had been \"constructive\".",
        "After the Rome round, Foreign Minister Abbas Araghchi told reporters the talks had been \"not bad\".",
    );
    assert!(c.contrasts.iter().any(|x| x.kind == ContrastKind::Quote), "{}", describe(&c));
    let c = pair(
        "After the Rome round, Foreign Minister Abbas Araghchi told reporters \"we will keep every channel open to the Omanis\".",
        "After the Rome round, Foreign Minister Abbas Araghchi told reporters \"nobody should expect a signed text before summer\".",
    );
    assert!(!c.contrasts.iter().any(|x| x.kind == ContrastKind::Quote), "{}", describe(&c));
}

/// Two pairs written blind at the end of the seventh session and run once (EVALUATION.md): the
/// engine finds their differing figures and none of their stance contrasts. Listed besides the
/// writer's when run: the Iran pair's "No inspector has set foot in Fordow" read against the
/// other side's inspectors, twice (both sides state it; the writer lists it as an agreement);
/// inspectors are no stance cue since.
#[test]
fn the_last_pairs_written_blind_get_their_figures() {
    let (hits, total, report) = recall("final_iran");
    assert_eq!(total, 9);
    assert!(hits >= 2, "found {hits} of {total}; reported:\n{report}");
    assert!(unflagged("final_iran").is_empty(), "{:?}", unflagged("final_iran"));
    // After a rule made for its miss: Whitaker "has claimed, without offering evidence" against
    // "rightly warned".
    let (hits, total, report) = recall("final_newsubject");
    assert!(hits >= 4, "found {hits} of {total}; reported:\n{report}");
    assert!(unflagged("final_newsubject").is_empty(), "{:?}", unflagged("final_newsubject"));
}

/// A pair on another subject than the map's leaves its topics out: "students" in two reports on
/// a school's phone ban is no sign of Iran's civil society. A pair on the talks keeps them.
#[test]
fn the_map_stays_out_of_a_pair_on_another_subject() {
    let on = |case: &str| {
        let (c, _) = fixture(case);
        let topic = c.targets.iter().find(|t| t.name == "civil_society").map(|t| t.id).unwrap();
        (c.passages_on(Side::Left, topic).len(), c.passages_on(Side::Right, topic).len())
    };
    assert_eq!(on("final_newsubject"), (0, 0));
    let (left, right) = on("final_iran");
    assert!(left + right > 0);
}

/// Two op-eds on a park's permits name no person or phrase in common as often as they argue over
/// "the permits": that noun is a target of the pair, with the passages each side gives it, and
/// the people's salience is measured as before (the councillor's contrast on the transit pair
/// had dropped under the report floor when a subject noun set the scale).
#[test]
fn the_plain_noun_two_op_eds_argue_over_is_a_target_with_passages_on_both_sides() {
    let (c, _) = fixture("tenth_oped_a");
    let permits = c.targets.iter().find(|t| t.name == "permits").expect("a permits target");
    assert!(permits.is_derived());
    assert!(
        c.passages_on(Side::Left, permits.id).len() >= 3 && c.passages_on(Side::Right, permits.id).len() >= 3
    );
    let (c, _) = fixture("newsubject_transit");
    assert!(c.targets.iter().any(|t| t.name == "charge"));
    assert!(c.contrasts.iter().any(|x| c.targets.label_of(x.target) == "Margaret Lund"), "{}", describe(&c));
}

#[test]
fn two_reports_of_one_opening_list_no_stance_difference() {
    let (c, expected) = fixture("newsubject_agree");
    assert!(expected.contrast.iter().all(|e| e.kind.as_deref() == Some("number")));
    let stances: Vec<_> = c.contrasts.iter().filter(|x| x.kind == ContrastKind::Stance).collect();
    assert!(stances.is_empty(), "unexpected contrasts:\n{}", describe(&c));
}

/// Claims keep only their stance readings; a reason reads the sentence again for its cues. The
/// second reading must be the first one, or a reason would name cues for another stance.
#[test]
fn explaining_a_stance_reads_it_as_the_analysis_did() {
    let config = Config::default_config();
    let map = TopicMap::new(&config).unwrap();
    let mut texts: Vec<(String, String)> = counterpoint::bundled::BUNDLED_ARTICLES
        .iter()
        .map(|(name, text)| (name.to_string(), text.to_string()))
        .collect();
    for entry in
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pairs")).unwrap()
    {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            texts.push((path.display().to_string(), std::fs::read_to_string(&path).unwrap()));
        }
    }
    let mut readings = 0;
    for (name, text) in &texts {
        let article = Article::parse(name, text);
        let analysis = counterpoint::analysis::analyse(&article, &map, config.analysis.min_claim_words);
        for claim in &analysis.claims {
            for (topic, reading) in &claim.stances {
                let explained =
                    counterpoint::contrast::claims::explain_stance(&map, &article, claim.at, topic.index())
                        .unwrap_or_else(|| panic!("{name} {:?}: no stance on a second reading", claim.at));
                // A view the writer refutes holds the opposite of what its cues read.
                let mut read_again = explained.reading;
                if claim.refuted_by.is_some() {
                    read_again.stance = 1 - read_again.stance;
                }
                assert_eq!(&read_again, reading, "{name} {:?}", claim.at);
                assert!(!explained.evidence.is_empty());
                readings += 1;
            }
        }
    }
    assert!(readings >= 50, "only {readings} readings checked");
}

/// A figure written in words is read as digits are: the Muscat session "lasted more than three
/// hours" in one report and "less than two hours" in the other (heldout_news).
#[test]
fn figures_written_in_words_are_compared() {
    let (c, expected) = fixture("heldout_news");
    let session = expected.contrast.iter().find(|e| e.left.contains("three hours")).expect("the session");
    assert!(found(&c, session), "reported:\n{}", describe(&c));
}

/// Three pairs written blind in the eighth session and run once (EVALUATION.md): on the talks,
/// on a city's short-term rental ban, and two news reports of a governor's veto. The engine
/// finds their differing figures and the statements quoted twice, none of their stance
/// contrasts, and lists nothing the writers did not flag.
#[test]
fn the_eighth_sessions_blind_pairs_get_their_figures_and_quotes() {
    // Judged by a reader after the writer's list was made (twenty-second session, reading the
    // articles, no code): the governor's case against the advocates' and the critics', as the
    // writer's "Advocates slammed the veto …" against "Whitlock touted the veto …" — four of
    // the five contrasts with these reasons correct, one weak (her openness to a narrower bill
    // against the advocate's charge).
    let judged_since = [
        "Dana Whitlock: left gives another side's case (Janelle Okoro, who does not speak for them); \
         right gives their own case (Dana Whitlock, in their own words)",
        "Dana Whitlock: left gives another side's case (Janelle Okoro, who does not speak for them); \
         right gives their own case (Whitlock, in their own words)",
        "Dana Whitlock: left gives their critics' case; right gives their own case (Dana Whitlock, in their own words)",
    ];
    for (case, at_least) in [("eighth_iran", 3), ("eighth_newsubject", 3), ("eighth_news", 2)] {
        let (hits, total, report) = recall(case);
        assert_eq!(total, 9);
        assert!(hits >= at_least, "{case}: found {hits} of {total}; reported:\n{report}");
        let unflagged: Vec<String> =
            unflagged(case).into_iter().filter(|r| !judged_since.contains(&r.as_str())).collect();
        assert!(unflagged.is_empty(), "{case}: {unflagged:?}");
    }
}

/// Three pairs written blind in the ninth session and run once on the session's start and end
/// builds (EVALUATION.md: 8 of 29 both times, every stance contrast missed at the end as at the
/// start): a pair on Iran's oil sales to China, two op-eds on a town's speed cameras, two
/// reports of a hospital takeover. Read after that, the cameras pair's "Cameras change how
/// people drive." against "A camera does not change how people drive" became a denial.
#[test]
fn the_ninth_sessions_blind_pairs_get_their_figures_quotes_and_a_denial() {
    // Judged correct by a reader after the writer's list was made (sixteenth session): the
    // hospital board's case for the takeover against the nurses' union asking to reopen it, the
    // same kind of contrast as the writer's "Hendry said mothers would be safer …" against
    // "Nurses say the closure will put mothers and babies at greater risk."
    let judged_since =
        ["Carver Valley Hospital: left gives its own case (Anne Whitcomb speaks for it); right gives \
         another side's case (Tri-County Nurses Alliance, who does not speak for it)"];
    // Known cost (twenty-seventh session): with "Redfield" and "Redfield Health" one company,
    // its own case meets the economist's case from more of its sentences. Besides the flagged
    // prices contrast, at most three such pairings are listed that the writer did not flag
    // (read as talking past each other: the chief executive's pledge or the system's record
    // against her premiums warning); the same change found five more annotated slants on the
    // news dev set (EVALUATION.md). Anything else unflagged still fails.
    let known_cost =
        |r: &String| r.starts_with("Redfield Health: left gives its own case") && r.contains("Cho");
    for (case, expected, at_least, tolerated) in
        [("ninth_iran", 10, 3, 0), ("ninth_newsubject", 10, 4, 0), ("ninth_news", 9, 2, 3)]
    {
        let (hits, total, report) = recall(case);
        assert_eq!(total, expected);
        assert!(hits >= at_least, "{case}: found {hits} of {total}; reported:\n{report}");
        let unflagged: Vec<String> =
            unflagged(case).into_iter().filter(|r| !judged_since.contains(&r.as_str())).collect();
        let (cost, other): (Vec<String>, Vec<String>) = unflagged.into_iter().partition(known_cost);
        assert!(other.is_empty() && cost.len() <= tolerated, "{case}: {other:?} {cost:?}");
    }
}

/// What one author writes and the other denies in the same words is found as a denial, with
/// the shared words as each side's evidence and the denying side's negation.
#[test]
fn a_denial_in_the_same_words_is_a_contrast() {
    for (case, snippet) in [
        ("final_iran", "set the program back by years"),
        ("ninth_newsubject", "Cameras change how people drive"),
        ("negation", "The talks are not a lifeline"),
    ] {
        let (c, expected) = fixture(case);
        let e = expected.contrast.iter().find(|e| e.left.contains(snippet)).expect("the writer's denial");
        let denial = c.contrasts.iter().find(|x| {
            matches!(x.detail, counterpoint::contrast::Detail::Denial { .. })
                && c.sentence(Side::Left, x.left).contains(&e.left)
                && c.sentence(Side::Right, x.right).contains(&e.right)
        });
        let denial = denial.unwrap_or_else(|| panic!("{case}: no denial; reported:\n{}", describe(&c)));
        let negations = denial.evidence.iter().filter(|side| side.cues[0].negated_by.is_some()).count();
        assert_eq!(negations, 1, "{case}: one side denies");
    }
}

/// Three pairs written blind in the tenth session (two opposed op-eds on a park's timed-entry
/// permits and on a four-day school week, two op-eds for a leaf-blower ban) and run once on
/// the session's start build before they were read (EVALUATION.md: 3 of 25). Read after that,
/// they gave the colon speaker rule, one speaker's shared phrase, shares as figures and
/// rebuttals; the four-day week pair's two stance contrasts on its superintendent are fair
/// readings the writer did not list.
#[test]
fn the_tenth_sessions_blind_pairs_get_their_rebuttals_quotes_and_shares() {
    for (case, expected, at_least, unflagged_at_most) in
        [("tenth_oped_a", 11, 4, 0), ("tenth_oped_b", 12, 3, 2), ("tenth_same_side", 2, 1, 0)]
    {
        let (hits, total, report) = recall(case);
        assert_eq!(total, expected);
        assert!(hits >= at_least, "{case}: found {hits} of {total}; reported:\n{report}");
        assert!(unflagged(case).len() <= unflagged_at_most, "{case}: {:?}", unflagged(case));
    }
    // What one op-ed asserts and the other sets up to knock down, in the same words.
    let (c, _) = fixture("tenth_oped_a");
    let rebuttals: Vec<bool> = c
        .contrasts
        .iter()
        .filter_map(|x| match x.detail {
            counterpoint::contrast::Detail::Rebuttal { rebutted_on_left, .. } => Some(rebutted_on_left),
            _ => None,
        })
        .collect();
    assert_eq!(rebuttals.len(), 2, "{}", describe(&c));
    assert!(rebuttals.contains(&true) && rebuttals.contains(&false));
    // And in other words: a view one side knocks down, the other asserts.
    for (case, view) in
        [("tenth_oped_b", "Supporters say families"), ("voices", "Critics argue that the talks")]
    {
        let (c, _) = fixture(case);
        let echo = c.contrasts.iter().any(|x| {
            matches!(x.detail, counterpoint::contrast::Detail::Rebuttal { rebutted_on_left: true, .. })
                && c.sentence(Side::Left, x.left).starts_with(view)
        });
        assert!(echo, "{case}: {}", describe(&c));
    }
}
