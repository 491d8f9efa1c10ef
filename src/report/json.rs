//! The JSON report: a stable contract for scripts (documented in the README).
//!
//! Text keeps its original characters; control characters are escaped by JSON itself, and
//! bidi controls and C1 controls, which JSON allows raw, are escaped as `\uXXXX` too so the
//! output is safe to print on a terminal.
//!
//! The report is streamed to a writer as it is serialized (at 10 MB per side it is tens of MB,
//! so building it as one string would double the memory it takes); `render_json` writes it to a
//! buffer for callers that want the string.

use std::io::{self, Write};

use serde::{Serialize, Serializer};

use super::{agreement_reason_of, reason_of};
use crate::article::SentenceId;
use crate::compare::{Comparison, Side};
use crate::contrast::evidence::{CueKind, Polarity, SideEvidence, TopicFrom, VoiceKind};
use crate::diff::DiffSegment;
use crate::report::reason::fact_reason;
use crate::report::terminal_safe::write_terminal_safe_json;
use crate::targets::entity::EntityKind;
use crate::targets::table::{Origin, TargetId};

#[derive(Serialize)]
struct Report<'a> {
    left: ArticleJson<'a>,
    right: ArticleJson<'a>,
    topics: Vec<TopicJson>,
    alignment: Rows<'a>,
    contrasts: Vec<ContrastJson<'a>>,
    agreements: Vec<AgreementJson<'a>>,
    /// Figures both articles give for the same thing and words both write.
    facts: Vec<PairJson<'a>>,
    consensus: ConsensusJson<'a>,
}

/// Where the two articles lean on the targets both take a stance on.
#[derive(Serialize)]
struct ConsensusJson<'a> {
    mostly_agree: bool,
    agree: Vec<LeanJson<'a>>,
    disagree: Vec<LeanJson<'a>>,
}

#[derive(Serialize)]
struct LeanJson<'a> {
    target: &'a str,
    left: &'a str,
    right: &'a str,
}

#[derive(Serialize)]
struct ArticleJson<'a> {
    path: &'a str,
    title: &'a str,
    source: Option<&'a str>,
    author: Option<&'a str>,
    published: Option<&'a str>,
    words: usize,
    passages: usize,
    /// The share of its body sentences that quote or report someone (a news report tells
    /// most of its story through others).
    reported_share: f64,
    warnings: &'a [String],
}

#[derive(Serialize)]
struct TopicJson {
    name: String,
    /// "map" for a topic of the topic map, "derived" for one found in both articles.
    origin: &'static str,
    left_passages: Vec<usize>,
    right_passages: Vec<usize>,
}

#[derive(Serialize)]
struct RowJson<'a> {
    topic: &'a str,
    left: Vec<usize>,
    right: Vec<usize>,
}

/// The alignment rows, serialized one at a time as they are written (a report can hold
/// hundreds of thousands of them).
struct Rows<'a>(&'a Comparison);

impl Serialize for Rows<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let c = self.0;
        serializer.collect_seq(c.alignment.iter().map(|r| RowJson {
            topic: c.targets[r.target].name.as_str(),
            left: r.left.into_iter().collect(),
            right: r.right.into_iter().collect(),
        }))
    }
}

#[derive(Serialize)]
struct SentenceJson<'a> {
    passage: usize,
    sentence: usize,
    text: &'a str,
    /// What this side rests on; absent only where no evidence applies.
    evidence: Option<EvidenceJson<'a>>,
}

/// The target a contrast or agreement is about.
#[derive(Serialize)]
struct TargetJson<'a> {
    id: u32,
    name: &'a str,
    label: String,
    aliases: &'a [String],
    /// "map" for a topic of the topic map, "derived" for one found in the articles.
    origin: &'static str,
    /// What a derived target is: "person", "group", "place", "phrase", "subject" or "other";
    /// null for a map topic (added in the twenty-third session).
    kind: Option<&'static str>,
}

#[derive(Serialize)]
struct VoiceJson<'a> {
    kind: VoiceKind,
    speaker: Option<&'a str>,
}

#[derive(Serialize)]
struct SpanJson<'a> {
    /// Byte offsets into the sentence's UTF-8 text.
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct CueJson<'a> {
    kind: CueKind,
    start: usize,
    end: usize,
    text: &'a str,
    weight: f64,
    negated_by: Option<SpanJson<'a>>,
    supports: bool,
}

#[derive(Serialize)]
struct EvidenceJson<'a> {
    voice: VoiceJson<'a>,
    stance: Option<&'a str>,
    polarity: Option<Polarity>,
    strength: Option<f64>,
    hedged: bool,
    cues: Vec<CueJson<'a>>,
    topic_from: TopicFrom,
}

/// What a contrast and a fact both articles report hold alike: the target, the kind, the
/// score, the reason and the two sentences with their evidence.
#[derive(Serialize)]
struct PairJson<'a> {
    topic: Option<&'a str>,
    target: Option<TargetJson<'a>>,
    kind: &'static str,
    score: f64,
    reason: String,
    left: SentenceJson<'a>,
    right: SentenceJson<'a>,
}

#[derive(Serialize)]
struct ContrastJson<'a> {
    #[serde(flatten)]
    pair: PairJson<'a>,
    diff: Option<&'a [DiffSegment]>,
    /// Why the contrast is weak evidence, when it is (see `contrast::caution`).
    caution: Option<&'static str>,
}

#[derive(Serialize)]
struct AgreementJson<'a> {
    topic: &'a str,
    target: Option<TargetJson<'a>>,
    stance: &'a str,
    score: f64,
    reason: String,
    left: SentenceJson<'a>,
    right: SentenceJson<'a>,
}

fn article(c: &Comparison, side: Side) -> ArticleJson<'_> {
    let a = &c.side(side).article;
    ArticleJson {
        path: &a.name,
        title: &a.meta.title,
        source: a.meta.source.as_deref(),
        author: a.meta.author.as_deref(),
        published: a.meta.published.as_deref(),
        words: a.word_count(),
        passages: a.passages.len(),
        reported_share: round(c.reported_shares()[side.index()]),
        warnings: &a.warnings,
    }
}

fn sentence<'a>(
    c: &'a Comparison,
    side: Side,
    at: SentenceId,
    evidence: Option<&'a SideEvidence>,
) -> SentenceJson<'a> {
    let text = c.sentence(side, at);
    SentenceJson {
        passage: at.passage,
        sentence: at.sentence,
        text,
        evidence: evidence.map(|e| evidence_json(text, e)),
    }
}

fn target(c: &Comparison, id: Option<TargetId>) -> Option<TargetJson<'_>> {
    let t = c.targets.get(id?)?;
    Some(TargetJson {
        id: t.id.0,
        name: &t.name,
        label: t.label(),
        aliases: &t.aliases,
        origin: match t.origin {
            Origin::Map { .. } => "map",
            Origin::Derived => "derived",
        },
        kind: t.kind.map(EntityKind::name),
    })
}

fn evidence_json<'a>(text: &'a str, e: &'a SideEvidence) -> EvidenceJson<'a> {
    let slice = |r: &std::ops::Range<usize>| text.get(r.clone()).unwrap_or("");
    EvidenceJson {
        voice: VoiceJson { kind: e.voice.kind, speaker: e.voice.speaker.as_deref() },
        stance: e.stance.as_ref().map(|s| s.name.as_str()),
        polarity: e.stance.as_ref().and_then(|s| s.polarity),
        strength: e.stance.as_ref().map(|s| round(s.strength)),
        hedged: e.hedged,
        cues: e
            .cues
            .iter()
            .map(|cue| CueJson {
                kind: cue.kind,
                start: cue.span.start,
                end: cue.span.end,
                text: slice(&cue.span),
                weight: round(cue.weight),
                negated_by: cue.negated_by.as_ref().map(|n| SpanJson {
                    start: n.start,
                    end: n.end,
                    text: slice(n),
                }),
                supports: cue.supports,
            })
            .collect(),
        topic_from: e.topic_from,
    }
}

fn round(score: f32) -> f64 {
    (f64::from(score) * 1000.0).round() / 1000.0
}

/// Renders the comparison as pretty-printed JSON (passage indices are 0-based).
pub fn render_json(c: &Comparison) -> String {
    let mut out = Vec::new();
    write_json(c, &mut out).expect("writing to a Vec cannot fail");
    String::from_utf8(out).expect("the JSON writer only writes UTF-8")
}

/// Writes the comparison as pretty-printed JSON to `out` while it is serialized; the bytes are
/// the same as [`render_json`]'s.
pub fn write_json(c: &Comparison, out: &mut impl Write) -> io::Result<()> {
    write_terminal_safe_json(&report(c), out)
}

fn report(c: &Comparison) -> Report<'_> {
    Report {
        left: article(c, Side::Left),
        right: article(c, Side::Right),
        topics: c
            .targets
            .listed()
            .map(|t| TopicJson {
                name: t.name.clone(),
                origin: if t.is_derived() { "derived" } else { "map" },
                left_passages: c.passages_on(Side::Left, t.id),
                right_passages: c.passages_on(Side::Right, t.id),
            })
            .collect(),
        alignment: Rows(c),
        contrasts: c
            .contrasts
            .iter()
            .map(|x| ContrastJson {
                pair: PairJson {
                    topic: x.target.and_then(|t| c.targets.get(t)).map(|t| t.name.as_str()),
                    target: target(c, x.target),
                    kind: x.kind.label(),
                    score: round(x.score),
                    reason: reason_of(c, x),
                    left: sentence(c, Side::Left, x.left, Some(&x.evidence[0])),
                    right: sentence(c, Side::Right, x.right, Some(&x.evidence[1])),
                },
                diff: x.diff.as_deref(),
                caution: c.caution(x),
            })
            .collect(),
        agreements: c
            .agreements
            .iter()
            .map(|a| AgreementJson {
                topic: &c.targets[a.target].name,
                target: target(c, Some(a.target)),
                stance: &a.stance,
                score: round(a.score),
                reason: agreement_reason_of(c, a),
                left: sentence(c, Side::Left, a.left, Some(&a.evidence[0])),
                right: sentence(c, Side::Right, a.right, Some(&a.evidence[1])),
            })
            .collect(),
        facts: c
            .facts
            .iter()
            .map(|f| PairJson {
                topic: f.target.and_then(|t| c.targets.get(t)).map(|t| t.name.as_str()),
                target: target(c, f.target),
                kind: f.kind_label(),
                score: round(f.score),
                reason: fact_reason(c.articles(), f),
                left: sentence(c, Side::Left, f.left, Some(&f.evidence[0])),
                right: sentence(c, Side::Right, f.right, Some(&f.evidence[1])),
            })
            .collect(),
        consensus: consensus(c),
    }
}

fn consensus(c: &Comparison) -> ConsensusJson<'_> {
    let name = |t: TargetId| c.targets[t].name.as_str();
    ConsensusJson {
        mostly_agree: c.consensus.mostly_agree_on_map(&c.targets),
        agree: c
            .consensus
            .agree
            .iter()
            .map(|(t, s)| LeanJson { target: name(*t), left: s, right: s })
            .collect(),
        disagree: c
            .consensus
            .disagree
            .iter()
            .map(|(t, [l, r])| LeanJson { target: name(*t), left: l, right: r })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::terminal_safe::escape_terminal_unsafe;
    use crate::text::sanitize::is_dangerous;

    #[test]
    fn a_streamed_report_equals_the_string_built_the_old_way() {
        use crate::article::Article;
        use crate::compare::compare;
        use crate::config::Config;
        use crate::topics::TopicMap;

        let config = Config::default_config();
        let map = TopicMap::new(&config).unwrap();
        let left = Article::parse(
            "l\u{202e}.md",
            "Title: L\u{9b}\n\nSanctions have devastated ordinary Iranians, \u{201c}badly\u{201d} said Ali.\n\n\
             Sanctions hurt the economy.\n",
        );
        let right = Article::parse(
            "r.md",
            "Title: R\n\nThe sanctions are working and have squeezed the regime\u{2067}.\n\nSanctions help.\n",
        );
        let c = compare(left, right, &map, &config.analysis);
        let mut streamed = Vec::new();
        write_json(&c, &mut streamed).unwrap();
        let streamed = String::from_utf8(streamed).unwrap();
        // The old form: the whole report serialized to a string, then escaped.
        let old = escape_terminal_unsafe(&serde_json::to_string_pretty(&report(&c)).unwrap()) + "\n";
        assert_eq!(streamed, old);
        assert_eq!(streamed, render_json(&c));
        assert!(!streamed.chars().any(|ch| ch != '\n' && is_dangerous(ch)), "{streamed}");
        let value: serde_json::Value = serde_json::from_str(&streamed).unwrap();
        assert_eq!(value["left"]["path"], "l\u{202e}.md");
        assert_eq!(value["alignment"].as_array().map(Vec::len), Some(c.alignment.len()));
    }
}
