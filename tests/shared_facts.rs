//! Facts both articles report (figures both give, words both write), on the hand-written
//! fixture pairs whose writers put down what the two agree on.

mod common;

use common::*;
use counterpoint::compare::{Comparison, Side};

/// The expected agreements a shared fact reports: its two sentences hold the writer's snippets.
fn facts_found(c: &Comparison, expected: &Expected) -> usize {
    expected
        .agreement
        .iter()
        .filter(|e| {
            c.facts.iter().any(|f| {
                c.sentence(Side::Left, f.left).contains(&e.left)
                    && c.sentence(Side::Right, f.right).contains(&e.right)
            })
        })
        .count()
}

/// Figures both articles give for the same thing, and words both write, are reported as facts
/// they share, on pairs from opposite sides as much as on agreeing ones: what the writers put
/// down as agreements. A figure or a quotation the writers flagged as differing is never one.
#[test]
fn figures_both_articles_give_are_shared_facts() {
    for (case, at_least) in [
        ("eighth_newsubject", 1),
        ("newsubject_wage", 2),
        ("newsubject_transit", 1),
        ("heldout_news", 1),
        ("numbers_dates", 0),
        ("eighth_iran", 1),
        ("eighth_news", 2),
        ("final_newsubject", 2),
    ] {
        let (c, expected) = fixture(case);
        let hits = facts_found(&c, &expected);
        assert!(
            hits >= at_least,
            "{case}: {hits} expected agreements among the facts; reported:\n{}",
            describe(&c)
        );
        for f in &c.facts {
            for (side, at, evidence) in
                [(Side::Left, f.left, &f.evidence[0]), (Side::Right, f.right, &f.evidence[1])]
            {
                let span = evidence.cues[0].span.clone();
                assert!(!span.is_empty() && c.sentence(side, at).get(span).is_some(), "{case}: {f:?}");
            }
            // (Two sentences that argue opposite ways from one figure still share the figure.)
            let differs = expected.contrast.iter().filter(|e| e.kind.as_deref() != Some("stance")).any(|e| {
                c.sentence(Side::Left, f.left).contains(&e.left)
                    && c.sentence(Side::Right, f.right).contains(&e.right)
            });
            assert!(!differs, "{case}: a flagged difference reported as shared: {f:?}");
        }
    }
}

/// The same statement with a word or two changed ("described … as" for "called", "carrying"
/// for "shuttled") is a fact both report, shown with both wordings; a changed decision is not
/// ("should pass" beside "should reject" stays a contrast).
#[test]
fn the_same_statement_reworded_is_a_fact_with_both_wordings() {
    let (c, expected) = fixture("sanctions_stance");
    let reworded = ["Both sides described the first round", "Omani mediators carrying messages"];
    for words in reworded {
        let fact = c.facts.iter().find(|f| c.sentence(Side::Left, f.left).contains(words));
        let fact = fact.unwrap_or_else(|| panic!("no fact on {words:?}:\n{}", describe(&c)));
        assert_eq!(fact.kind_label(), "wording");
        let reason = counterpoint::report::reason::fact_reason(c.articles(), fact);
        assert!(reason.starts_with("both write much the same: left \""), "{reason}");
    }
    assert!(facts_found(&c, &expected) >= 2, "{}", describe(&c));

    let config = counterpoint::config::Config::default_config();
    let map = counterpoint::topics::TopicMap::new(&config).unwrap();
    let article = |name: &str, verb: &str| {
        let verb2 = if verb.contains("approved") { "raise" } else { "cut" };
        let body = format!(
            "# {name}\n\nThe harbor board met on Monday in the old customs hall.\n\n\
             In the end the harbor board {verb} the dredging contract for the channel.\n\n\
             The port would {verb2} the fee for every ship entering the northern channel next spring.\n"
        );
        counterpoint::article::Article::parse(name, &body)
    };
    let fact_on = |left: &str, right: &str| {
        let c =
            counterpoint::compare::compare(article("a", left), article("b", right), &map, &config.analysis);
        c.facts.iter().any(|f| c.sentence(Side::Left, f.left).contains("dredging"))
    };
    assert!(fact_on("quietly signed", "signed"), "a word more is the same statement");
    assert!(!fact_on("approved", "rejected"), "a changed decision is no shared fact");
    assert!(!fact_on("never signed", "signed"), "nor is a negation");
    // Nor are seven words in a row after a changed verb ("raise the fee for every ship …", "cut …").
    let c = counterpoint::compare::compare(
        article("a", "approved"),
        article("b", "signed"),
        &map,
        &config.analysis,
    );
    assert!(!c.facts.iter().any(|f| c.sentence(Side::Left, f.left).contains("every ship")));
}
