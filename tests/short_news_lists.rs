//! A short list between two news reports is followed by the strongest of what the bar kept
//! out, each marked as below the bar; opinion pairs, reports that agree more than they differ
//! and two sentences both report alike are never filled (`contrast::fill`).

mod common;

use counterpoint::compare::Side;
use counterpoint::contrast::caution;
use counterpoint::contrast::fill::FILL_TO;

#[test]
fn a_short_news_list_is_followed_below_the_bar_and_says_so() {
    let (c, _) = common::fixture("newsubject_wage");
    let below: Vec<bool> = c.contrasts.iter().map(|x| x.below_bar).collect();
    let first = below.iter().position(|&b| b).unwrap_or_else(|| panic!("nothing below the bar: {below:?}"));
    assert!(first > 0, "what passed the bar comes first");
    assert!(below[first..].iter().all(|&b| b), "and all below it after: {below:?}");
    assert!(c.contrasts.len() <= FILL_TO);
    assert!(c.contrasts.windows(2).all(|w| w[0].score >= w[1].score));
    for x in &c.contrasts {
        assert_eq!(c.caution(x) == Some(caution::BELOW_BAR), x.below_bar);
    }
}

#[test]
fn opinion_pairs_and_reports_that_mostly_agree_are_not_filled() {
    // Two news reports praising one library and park: one figure differs, the rest agrees.
    // And two op-eds: a short list between opinions is the finding.
    for case in ["newsubject_agree", "newsubject_transit", "heldout_oped", "same_side"] {
        let (c, _) = common::fixture(case);
        assert!(c.contrasts.iter().all(|x| !x.below_bar), "{case} was filled");
    }
}

#[test]
fn what_both_report_alike_is_never_listed_below_the_bar() {
    let (c, _) = common::fixture("eighth_news");
    // The list is short, and the strongest reading below the bar pairs the two openings,
    // which give the veto in the same words: the fact stands, the reading is not listed.
    let vetoed = "vetoed a bill that would have given free breakfast and lunch";
    let fact = c.facts.iter().find(|f| {
        c.sentence(Side::Left, f.left).contains(vetoed) && c.sentence(Side::Right, f.right).contains(vetoed)
    });
    let fact = fact.expect("both open with the veto in the same words");
    assert!(!c.contrasts.iter().any(|x| x.left == fact.left && x.right == fact.right));
}

/// Every printer says where the bar is, once, above the first contrast listed below it.
#[test]
fn the_text_and_markdown_reports_say_where_the_bar_is() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/pairs/");
    for format in ["text", "markdown"] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_counterpoint"))
            .env("XDG_CONFIG_HOME", std::env::temp_dir().join("counterpoint-tests-no-config"))
            .args(["compare", &format!("{dir}newsubject_wage_1.md"), &format!("{dir}newsubject_wage_2.md")])
            .args(["--format", format])
            .output()
            .expect("the binary runs");
        let report = String::from_utf8(out.stdout).expect("utf-8");
        assert_eq!(report.matches(caution::BELOW_BAR_HEADING).count(), 1, "{report}");
        let heading = report.find(caution::BELOW_BAR_HEADING).unwrap();
        let first_marked = report.find("caution: below the bar").expect("a filled contrast");
        let last_passed = report.rfind("caution: framing").expect("the framing contrast that passed");
        assert!(last_passed < heading && heading < first_marked, "{report}");
    }
}
