//! The reports of the real binary on article pairs: the JSON contract (targets, evidence, cue
//! spans, cautions, shared facts), text and Markdown reports with topics, contrasts, reasons
//! and facts both articles report, and the report's width from `--width` or `COLUMNS`.

use std::process::Output;

use serde_json::Value;

#[path = "support/binary.rs"]
mod binary;
#[path = "support/process.rs"]
mod process;
use binary::{bin, fixture, run};
use process::{stderr, stdout};

#[test]
fn json_report_follows_the_documented_contract() {
    let o = run(&[
        "compare",
        &fixture("sanctions_stance_1.md"),
        &fixture("sanctions_stance_2.md"),
        "--format",
        "json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    for side in ["left", "right"] {
        for key in ["path", "title", "words", "passages"] {
            assert!(v[side].get(key).is_some(), "{side}.{key} missing");
        }
    }
    let topics = v["topics"].as_array().unwrap();
    let sanctions = topics.iter().find(|t| t["name"] == "sanctions").unwrap();
    assert!(!sanctions["left_passages"].as_array().unwrap().is_empty());
    assert!(!sanctions["right_passages"].as_array().unwrap().is_empty());
    let rows = v["alignment"].as_array().unwrap();
    assert!(rows.iter().any(|r| r["topic"] == "sanctions"
        && r["left"].as_array().unwrap().len() == 1
        && r["right"].as_array().unwrap().len() == 1));
    let contrasts = v["contrasts"].as_array().unwrap();
    assert!(!contrasts.is_empty());
    let scores: Vec<f64> = contrasts.iter().map(|c| c["score"].as_f64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "contrasts sorted by score: {scores:?}");
    let top = contrasts
        .iter()
        .find(|c| c["topic"] == "sanctions" && c["kind"] == "stance")
        .expect("a sanctions stance contrast");
    assert!(top["left"]["text"].as_str().unwrap().contains("devastated ordinary Iranians"));
    assert!(top["reason"].as_str().unwrap().contains("harm"));
    assert!(top["left"]["passage"].is_u64());
    // The target object: which target, where it comes from.
    assert_eq!(top["target"]["name"], "sanctions");
    assert_eq!(top["target"]["origin"], "map");
    assert!(top["target"]["kind"].is_null(), "a map topic has no kind: {}", top["target"]);
    assert!(top["target"]["id"].is_u64());
    assert!(top["target"]["aliases"].as_array().is_some_and(|a| !a.is_empty()));
    // Each side's evidence: voice, stance, and cues whose byte spans slice the sentence to the
    // cue's text; the reason names the cues the evidence holds.
    for side in ["left", "right"] {
        let s = &top[side];
        let e = &s["evidence"];
        assert!(["author", "speaker", "reported", "rebutted"].contains(&e["voice"]["kind"].as_str().unwrap()));
        assert!(e["stance"].is_string(), "{side}: {e}");
        assert!(e["hedged"].is_boolean());
        assert_eq!(e["topic_from"], "named", "{side}: the sentence names sanctions");
        let text = s["text"].as_str().unwrap();
        let cues = e["cues"].as_array().unwrap();
        assert!(!cues.is_empty(), "{side} has cues");
        for cue in cues {
            let (start, end) =
                (cue["start"].as_u64().unwrap() as usize, cue["end"].as_u64().unwrap() as usize);
            assert_eq!(&text[start..end], cue["text"].as_str().unwrap());
            assert!(cue["weight"].is_f64() && cue["supports"].is_boolean() && cue["kind"] == "stance");
            if cue["supports"] == true {
                assert!(top["reason"].as_str().unwrap().contains(cue["text"].as_str().unwrap()));
            }
        }
    }
    assert_eq!(top["left"]["evidence"]["stance"], "harm");
    let agreements = v["agreements"].as_array().unwrap();
    for a in agreements {
        assert!(a["target"]["name"].is_string() && a["left"]["evidence"]["cues"].is_array());
    }
}

/// A subject no topic map was written for: the person both articles discuss becomes a derived
/// target, and opposite evaluations of her are a contrast whose evidence is the lexicon's.
#[test]
fn a_person_both_articles_judge_is_a_derived_target_with_lexicon_evidence() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/derived/");
    let o =
        run(&["compare", &format!("{dir}harbour_1.md"), &format!("{dir}harbour_2.md"), "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let topics = v["topics"].as_array().unwrap();
    assert!(topics.iter().any(|t| t["name"] == "Helena Lindqvist" && t["origin"] == "derived"), "{topics:?}");
    let top = &v["contrasts"][0];
    assert_eq!(top["target"]["name"], "Helena Lindqvist");
    assert_eq!(top["target"]["origin"], "derived");
    assert_eq!(top["target"]["kind"], "person");
    assert_eq!(top["left"]["evidence"]["polarity"], "positive");
    assert_eq!(top["right"]["evidence"]["polarity"], "negative");
    let cue_texts = |side: &str| -> Vec<String> {
        top[side]["evidence"]["cues"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["supports"] == true)
            .map(|c| c["text"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(cue_texts("left").contains(&"brilliant".to_string()), "{top}");
    assert!(cue_texts("right").contains(&"reckless".to_string()), "{top}");
    assert!(top["left"]["evidence"]["cues"].as_array().unwrap().iter().all(|c| c["kind"] != "stance"));
    assert!(v["consensus"]["mostly_agree"].is_boolean());
}

/// A stance read by the lexicon where a side is a news report carries a caution (a BASIL reader
/// judged 9 of 470 such contrasts correct); figures, quotations and map stances do not, and
/// an op-ed pair's lexicon stances do not either.
#[test]
fn lexicon_stances_in_news_reports_are_marked_weak_evidence() {
    let json = |case: &str| -> Value {
        let (l, r) = (fixture(&format!("{case}_1.md")), fixture(&format!("{case}_2.md")));
        let o = run(&["compare", &l, &r, "--format", "json"]);
        assert!(o.status.success(), "{}", stderr(&o));
        serde_json::from_str(&stdout(&o)).unwrap()
    };
    let news = json("newsubject_wage");
    for side in ["left", "right"] {
        let share = news[side]["reported_share"].as_f64().unwrap();
        assert!((0.3..=1.0).contains(&share), "{side}: {share}");
    }
    let contrasts = news["contrasts"].as_array().unwrap();
    let lexicon = |c: &Value| c["kind"] == "stance" && c["target"]["origin"] == "derived";
    assert!(contrasts.iter().any(lexicon), "{contrasts:?}");
    for c in contrasts {
        assert_eq!(c["caution"].is_string(), lexicon(c), "{c}");
    }
    let opinion = json("sanctions_stance");
    assert!(opinion["contrasts"].as_array().unwrap().iter().all(|c| c["caution"].is_null()));
    let text = |case: &str| {
        let (l, r) = (fixture(&format!("{case}_1.md")), fixture(&format!("{case}_2.md")));
        stdout(&run(&["compare", &l, &r, "--width", "80"]))
    };
    let news = text("newsubject_wage");
    assert!(
        news.contains("A news report is among these articles") && news.contains("caution: weak evidence")
    );
    let harbour = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/derived/");
    let o = run(&["compare", &format!("{harbour}harbour_1.md"), &format!("{harbour}harbour_2.md")]);
    assert!(!stdout(&o).contains("caution:"), "an op-ed pair's lexicon stance is not marked");
}

#[test]
fn json_evidence_marks_a_negated_cue_and_figure_spans() {
    let o = run(&["compare", &fixture("negation_1.md"), &fixture("negation_2.md"), "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let negated: Vec<&Value> = v["contrasts"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| [&c["left"], &c["right"]])
        .flat_map(|s| {
            s["evidence"]["cues"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|c| !c["negated_by"].is_null())
                .map(move |c| (s, c))
        })
        .map(|(s, c)| {
            let n = &c["negated_by"];
            let text = s["text"].as_str().unwrap();
            let (start, end) = (n["start"].as_u64().unwrap() as usize, n["end"].as_u64().unwrap() as usize);
            assert_eq!(&text[start..end], n["text"].as_str().unwrap());
            c
        })
        .collect();
    assert!(!negated.is_empty(), "a negated cue is marked: {}", stdout(&o));
    let o =
        run(&["compare", &fixture("numbers_dates_1.md"), &fixture("numbers_dates_2.md"), "--format", "json"]);
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let number =
        v["contrasts"].as_array().unwrap().iter().find(|c| c["kind"] == "number").expect("a number contrast");
    for side in ["left", "right"] {
        let cue = &number[side]["evidence"]["cues"][0];
        assert_eq!(cue["kind"], "figure");
        assert!(number["reason"].as_str().unwrap().contains(cue["text"].as_str().unwrap()));
    }
}

#[test]
fn text_and_markdown_reports_show_topics_contrasts_and_reasons() {
    let text =
        run(&["compare", &fixture("numbers_dates_1.md"), &fixture("numbers_dates_2.md"), "--width", "80"]);
    assert!(text.status.success());
    let out = stdout(&text);
    assert!(out.contains("[number]"), "{out}");
    assert!(out.contains("why: different figures (percent)"), "{out}");
    assert!(out.lines().all(|l| l.chars().count() <= 100), "lines stay near the width");
    let md = run(&[
        "compare",
        &fixture("quote_variants_1.md"),
        &fixture("quote_variants_2.md"),
        "--format",
        "markdown",
    ]);
    let out = stdout(&md);
    assert!(out.starts_with("# counterpoint"));
    assert!(out.contains("## Contrasts"));
    assert!(out.contains("**quote**"));
    assert!(out.contains("~~"), "quote diffs are shown: {out}");
}

#[test]
fn report_width_follows_the_flag_then_columns() {
    let args = ["compare", &fixture("sanctions_stance_1.md"), &fixture("sanctions_stance_2.md")];
    let widest = |o: &Output| stdout(o).lines().map(|l| l.chars().count()).max().unwrap_or(0);
    let narrow = bin().env("COLUMNS", "50").args(args).output().unwrap();
    assert!(widest(&narrow) <= 50, "COLUMNS=50 gave {}", widest(&narrow));
    let flag = bin().env("COLUMNS", "50").args(args).args(["--width", "100"]).output().unwrap();
    assert!(widest(&flag) > 50 && widest(&flag) <= 100, "--width wins over COLUMNS");
}

/// Two reports on one invented subject that judge its people in opposite terms.
/// A figure both articles give for the same thing is a shared fact in every format: in JSON
/// under `facts`, each side's one cue the figure itself, and in text and Markdown under
/// "Facts both report".
#[test]
fn figures_both_articles_give_are_listed_as_shared_facts() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/pairs/");
    let (l, r) = (format!("{dir}newsubject_wage_1.md"), format!("{dir}newsubject_wage_2.md"));
    let o = run(&["compare", &l, &r, "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let facts = v["facts"].as_array().unwrap();
    assert!(
        facts.iter().any(|f| f["reason"].as_str().unwrap().starts_with("both give \"$11.50\"")),
        "{facts:?}"
    );
    for f in facts {
        assert_eq!(f["kind"], "number");
        for side in ["left", "right"] {
            let cues = f[side]["evidence"]["cues"].as_array().unwrap();
            assert_eq!(cues.len(), 1);
            assert_eq!(cues[0]["kind"], "figure");
            let text = f[side]["text"].as_str().unwrap();
            let (start, end) =
                (cues[0]["start"].as_u64().unwrap() as usize, cues[0]["end"].as_u64().unwrap() as usize);
            assert_eq!(&text[start..end], cues[0]["text"].as_str().unwrap());
        }
    }
    for format in ["text", "markdown"] {
        let o = run(&["compare", &l, &r, "--format", format]);
        let out = stdout(&o);
        assert!(
            out.contains("Facts both report (") && out.contains("both give \"$11.50\""),
            "{format}:\n{out}"
        );
    }
}
