//! The suggested topics as a commented TOML map, ready for `--config` or to paste into
//! config.toml: topics with their terms, the evidence for them, and stance cue lists built
//! from the words the articles used toward each target, written as comments so the general
//! reading applies unless the user turns a topic's lists on.
//!
//! In: [`SuggestedTopic`]s. Out: TOML text that `Config::from_user_text` accepts.

use std::fmt::Write;

use super::hints::Hint;
use super::SuggestedTopic;
use crate::color::NAMED_COLORS;
use crate::targets::entities::EntityKind;

/// `s` as a TOML basic string: quotes, backslashes and every control character escaped.
pub(crate) fn toml_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn kind_label(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Group => "group",
        EntityKind::Place => "place",
        EntityKind::Phrase => "phrase",
        EntityKind::Subject => "subject",
        EntityKind::Other => "name",
    }
}

fn cue_list(hints: &[Hint]) -> String {
    hints.iter().map(|h| toml_string(&h.word)).collect::<Vec<_>>().join(", ")
}

fn evidence(hints: &[Hint]) -> String {
    hints.iter().map(|h| format!("{} ×{}", h.word, h.count)).collect::<Vec<_>>().join(", ")
}

/// The suggestions as a TOML map ready to use with `--config` or to paste into config.toml.
pub fn render_suggestions(topics: &[SuggestedTopic], article_count: usize) -> String {
    let mut out = String::new();
    let _ =
        writeln!(out, "# Topics suggested by `counterpoint topics suggest` from {article_count} article(s):");
    let _ =
        writeln!(out, "# the people, groups, places, phrases and things argued over that several of them");
    let _ = writeln!(out, "# discuss, most central first.");
    let _ = writeln!(out, "# Stances are the evaluative words the articles used toward each topic (from the");
    let _ =
        writeln!(out, "# opinion lexicon), written as comments: without them a person or a group is read");
    let _ = writeln!(
        out,
        "# as with no map, which finds more; uncomment a topic's two lists to read it from those"
    );
    let _ =
        writeln!(out, "# words instead (two stances of a topic oppose each other). Rename, merge or drop");
    let _ =
        writeln!(out, "# topics and cues freely. Use it with `counterpoint --config THIS_FILE compare A B`.");
    if topics.is_empty() {
        let _ = writeln!(out, "# No target was named by two articles: give more (or longer) articles.");
    }
    for (i, topic) in topics.iter().enumerate() {
        let _ = writeln!(out, "\n[[topics]]\nname = {}", toml_string(&topic.name));
        let _ = writeln!(
            out,
            "color = {}",
            toml_string(NAMED_COLORS[1 + i % 6 + if i % 12 >= 6 { 8 } else { 0 }])
        );
        let terms: Vec<String> = topic.terms.iter().map(|t| toml_string(&t.pattern)).collect();
        let _ = writeln!(out, "terms = [{}]", terms.join(", "));
        let _ = writeln!(
            out,
            "# {}: named in {} article(s), {} mention(s) with pronouns and roles",
            kind_label(topic.kind),
            topic.articles,
            topic.mentions
        );
        let both = !topic.positive.is_empty() && !topic.negative.is_empty();
        if both {
            // Written as comments: a person or a group without stance lists is read as with no
            // map (the lexicon on the clause that holds them, harm done to them not counted as
            // blame, their own words left out), rules flat cue lists lose. BASIL dev with
            // suggested maps: 3 of 38 annotated slants found with every list active, 7 with the
            // phrases' lists active, 11 with all of them commented out (EVALUATION.md).
            let _ = writeln!(out, "# seen toward it: {}", evidence(&topic.positive));
            let _ = writeln!(out, "# seen against it: {}", evidence(&topic.negative));
            let _ = writeln!(
                out,
                "# Read without lists, as with no map; to read its stance from these words instead:"
            );
            let _ = writeln!(out, "# [topics.stances]");
            let _ = writeln!(out, "# positive = [{}]", cue_list(&topic.positive));
            let _ = writeln!(out, "# negative = [{}]", cue_list(&topic.negative));
        } else {
            let (seen, side) = if topic.positive.is_empty() {
                (&topic.negative, "against")
            } else {
                (&topic.positive, "toward")
            };
            if !seen.is_empty() {
                let _ = writeln!(out, "# seen {side} it: {}", evidence(seen));
            }
            let _ = writeln!(
                out,
                "# The articles lean one way or not at all; to read stances, give both lists cue words:"
            );
            let _ = writeln!(out, "# [topics.stances]");
            let _ = writeln!(out, "# positive = [{}]", cue_list(&topic.positive));
            let _ = writeln!(out, "# negative = [{}]", cue_list(&topic.negative));
        }
    }
    out
}
