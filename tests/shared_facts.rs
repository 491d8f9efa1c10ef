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
