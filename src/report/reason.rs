//! The reason of a contrast or agreement, rendered from its evidence: the stance read on each
//! side with the cues that counted, whose voice each side is, the figures or quotations
//! compared. Every printer (text, Markdown, JSON's `reason`, the reader) shows this rendering;
//! the evidence itself stays data.

use crate::article::Article;
use crate::compare::{Comparison, Side};
use crate::contrast::evidence::{cue_text, CueKind, SideEvidence, TopicFrom, Voice, VoiceKind};
use crate::contrast::sides::is_critics;
use crate::contrast::{Agreement, Contrast, Detail, SharedFact};
use crate::corpus::{Overview, PairRank};
use crate::targets::entity::EntityKind;
use crate::targets::table::{Target, TargetTable};

/// The reason, starting with the target for stance contrasts ("sanctions: left says …").
pub fn contrast_reason(targets: &TargetTable, articles: [&Article; 2], c: &Contrast) -> String {
    let summary = contrast_summary_on(targets, articles, c);
    // A claim on a matter names its matter here; views with a heading show it there.
    let summary = match &c.detail {
        Detail::Matter { words } => format!("on \"{}\": {summary}", words.join(", ")),
        _ => summary,
    };
    match (&c.detail, c.target) {
        (
            Detail::Stance
            | Detail::Denial { .. }
            | Detail::Rebuttal { .. }
            | Detail::Matter { .. }
            | Detail::Calls { .. },
            Some(target),
        ) => {
            format!("{}: {summary}", targets.label_of(Some(target)))
        }
        _ => summary,
    }
}

/// The reason without the target's name (for views that show the target beside it).
pub fn contrast_summary(articles: [&Article; 2], c: &Contrast) -> String {
    summary_about(articles, c, None)
}

/// The same, worded for what the target is: whose case a quotation makes toward a person is
/// "their own case", not "its".
pub fn contrast_summary_on(targets: &TargetTable, articles: [&Article; 2], c: &Contrast) -> String {
    let person = c.target.and_then(|t| targets.get(t)).filter(|t| t.kind == Some(EntityKind::Person));
    summary_about(articles, c, person)
}

/// `person`: the person the contrast is about, when it is about one.
fn summary_about(articles: [&Article; 2], c: &Contrast, person: Option<&Target>) -> String {
    let sentences = [articles[0].sentence_text(c.left), articles[1].sentence_text(c.right)];
    let side = |i: usize| match case_summary(sentences[i], &c.evidence[i], person) {
        Some(case) => case,
        None => side_summary(sentences[i], &c.evidence[i]),
    };
    match &c.detail {
        // Two cases read from who speaks name their speakers already.
        Detail::Stance
            if c.evidence.iter().zip(sentences).all(|(e, s)| case_summary(s, e, person).is_some()) =>
        {
            format!("left {}; right {}", side(0), side(1))
        }
        Detail::Stance => format!(
            "left {}; right {} ({})",
            side(0),
            side(1),
            voice_note(&c.evidence[0].voice, &c.evidence[1].voice),
        ),
        Detail::Figures { unit, shown, shared_context } => {
            let what = if unit == "date" { "dates".to_string() } else { format!("figures ({unit})") };
            format!(
                "different {what} for the same thing: left \"{}\", right \"{}\" (shared context: {})",
                shown[0],
                shown[1],
                shared_context.join(", ")
            )
        }
        Detail::Denial { words, denied_on_left } => {
            let (says, denies) = if *denied_on_left { ("right", "left") } else { ("left", "right") };
            format!(
                "{says} says \"{words}\"; {denies} denies it (\"not … {words}\") ({})",
                voice_note(&c.evidence[0].voice, &c.evidence[1].voice)
            )
        }
        Detail::Rebuttal { words, rebutted_on_left } => {
            let (says, rebuts) = if *rebutted_on_left { ("right", "left") } else { ("left", "right") };
            format!(
                "{says} says \"{words}\"; {rebuts} sets it up to rebut it ({})",
                voice_note(&c.evidence[0].voice, &c.evidence[1].voice)
            )
        }
        Detail::Matter { .. } => format!(
            "left {}; right {} ({})",
            matter_summary(sentences[0], &c.evidence[0]),
            matter_summary(sentences[1], &c.evidence[1]),
            voice_note(&c.evidence[0].voice, &c.evidence[1].voice),
        ),
        Detail::Calls { calls, .. } => format!(
            "what each calls for: left \"{}\"; right \"{}\" ({})",
            calls[0],
            calls[1],
            voice_note(&c.evidence[0].voice, &c.evidence[1].voice)
        ),
        // Not one statement in other words but two: say so, so no one looks for a misquotation.
        Detail::Remarks { speaker, text } => format!(
            "{speaker} quoted with different remarks: left “{}”; right “{}” (each article picks its own)",
            text[0], text[1]
        ),
        Detail::Quotes { speaker, text, .. } => {
            // With no speaker found on either side the two may be two people's words: say so
            // rather than claim one source.
            let who = speaker.as_deref().unwrap_or("words with no speaker found on either side,");
            // A part quoted word for word is not another wording: say which side cut it.
            match crate::contrast::quote_pairs::part_quoted_on_left(&text[0], &text[1]) {
                Some(left) => {
                    let side = if left { "left" } else { "right" };
                    format!("{who} quoted in part on the {side}: “{}” vs “{}”", text[0], text[1])
                }
                None => format!("{who} quoted in different words: “{}” vs “{}”", text[0], text[1]),
            }
        }
    }
}

/// The reason of a pair's strongest contrast in a corpus overview, as a teaser.
pub fn pair_teaser(o: &Overview, p: &PairRank) -> Option<String> {
    let (label, c) = p.top.as_ref()?;
    let articles = [&o.articles[p.left].article, &o.articles[p.right].article];
    let summary = contrast_summary(articles, c);
    Some(match c.detail {
        Detail::Stance => format!("{label}: {summary}"),
        _ => summary,
    })
}

/// Why a pair lists no contrast, so a reader can tell articles that agree from articles the
/// engine could not read: "the right article takes no stance the topic map's cues or the
/// opinion lexicon can read (12 of its sentences name a topic)".
pub fn why_none(c: &Comparison) -> String {
    if !c.agreements.is_empty() && c.consensus.mostly_agree_on_map(&c.targets) {
        return "the two articles mostly agree (see the agreements)".to_string();
    }
    let read = |side: Side| {
        let claims = &c.side(side).analysis.claims;
        (claims.iter().filter(|claim| !claim.stances.is_empty()).count(), claims.len())
    };
    let (left, right) = (read(Side::Left), read(Side::Right));
    // What both name beyond the map: the pair's own targets, central first.
    let shared: Vec<String> = c.targets.iter().filter(|t| t.is_derived()).map(|t| t.label()).collect();
    // "0 of its sentences name a topic" alone read as if the article named nothing both
    // discuss, when it names the institution of the story in every other sentence.
    let unread = |name: &str, (_, on_topic): (usize, usize)| match shared.is_empty() {
        true => format!(
            "the {name} article takes no stance the topic map's cues or the opinion lexicon can read \
             ({on_topic} of its sentences name a topic)"
        ),
        false => format!(
            "the {name} article takes no stance the topic map's cues or the opinion lexicon can read \
             ({on_topic} of its sentences name a topic of the map; what it says of {}, which both \
             discuss, holds no evaluative word, framing verb or deed toward them)",
            name_list(&shared)
        ),
    };
    match (left.0, right.0) {
        (0, 0) if left.1 + right.1 == 0 && shared.is_empty() => {
            "the two articles name no topic of the map and no one in common".to_string()
        }
        (0, 0) if left.1 + right.1 == 0 => format!(
            "the two articles name no topic of the map; of what both name ({}), neither says \
             anything the opinion lexicon reads as a stance, and no figure or quotation differs",
            name_list(&shared)
        ),
        (0, 0) => format!(
            "neither article takes a stance the topic map's cues or the opinion lexicon can read \
             ({} and {} of their sentences name a topic)",
            left.1, right.1
        ),
        (0, _) => unread("left", left),
        (_, 0) => unread("right", right),
        // The Overall line says they lean apart: the list must not seem to contradict it.
        _ if !c.consensus.disagree.is_empty() => {
            let apart: Vec<String> =
                c.consensus.disagree.iter().map(|(t, _)| c.targets[*t].label()).collect();
            let news = if crate::contrast::caution::reads_as_news(c.reported_shares()) {
                " (in news reports, a case read from whom one report quotes is not set against a \
                 lone evaluative word in the other)"
            } else {
                ""
            };
            format!(
                "they lean apart on {} overall, but no two of their sentences on it differ strongly \
                 enough to list{news}",
                name_list(&apart)
            )
        }
        _ => "where both articles take a stance on the same topic, it is the same one, or the two \
             sentences are too far apart in what they discuss"
            .to_string(),
    }
}

/// "A, B, C and 2 more": a list a line can hold.
fn name_list(names: &[String]) -> String {
    const SHOWN: usize = 3;
    match names.len() {
        0..=SHOWN => names.join(", "),
        n => format!("{} and {} more", names[..SHOWN].join(", "), n - SHOWN),
    }
}

/// "sanctions: both say harm".
pub fn agreement_reason(targets: &TargetTable, a: &Agreement) -> String {
    format!("{}: both say {}", targets.label_of(Some(a.target)), a.stance)
}

/// `both give "30 percent" for the same thing (shared context: rents, climbed)`: a shared fact.
/// The target the two sentences share is not named: what a figure counts is in its context,
/// and "Ruth Abernathy: both give $11.50" would read as a figure about her.
pub fn fact_reason(articles: [&Article; 2], f: &SharedFact) -> String {
    match &f.detail {
        Some(Detail::Quotes { speaker, text, .. }) => {
            let who = speaker.as_deref().unwrap_or("the same words");
            return format!("both quote {who}: “{}”", text.iter().max_by_key(|t| t.len()).map_or("", |t| t));
        }
        Some(Detail::Calls { calls, on }) => {
            return format!(
                "both call for the same on \"{on}\": left \"{}\", right \"{}\"",
                calls[0], calls[1]
            );
        }
        _ => {}
    }
    let Some(Detail::Figures { unit, shown, shared_context }) = &f.detail else {
        let words = |side: usize, at| {
            let sentence = articles[side].sentence_text(at);
            f.evidence[side].cues.first().and_then(|c| sentence.get(c.span.clone())).unwrap_or("")
        };
        let (left, right) = (words(0, f.left), words(1, f.right));
        let plain = |s: &str| s.to_lowercase().replace('’', "'");
        // The same statement with a word or two changed (`near_wording`) shows both wordings.
        if plain(left) != plain(right) {
            return format!("both write much the same: left \"{left}\", right \"{right}\"");
        }
        return format!("both write \"{left}\"");
    };
    let what = if unit == "date" { "date" } else { "figure" };
    let given = if shown[0].eq_ignore_ascii_case(&shown[1]) {
        format!("\"{}\"", shown[0])
    } else {
        format!("the same {what}: left \"{}\", right \"{}\"", shown[0], shown[1])
    };
    format!("both give {given} for the same thing (shared context: {})", shared_context.join(", "))
}

/// `says harm ("hurt", "not … lifeline", hedged)`: the stance and the cues that counted for it.
pub fn side_summary(sentence: &str, evidence: &SideEvidence) -> String {
    if let Some(case) = case_summary(sentence, evidence, None) {
        return case;
    }
    let cues: Vec<String> = evidence.supporting().map(|c| format!("\"{}\"", cue_text(sentence, c))).collect();
    let hedge = if evidence.hedged { ", hedged" } else { "" };
    let topic = match evidence.topic_from {
        TopicFrom::Named => "",
        TopicFrom::PreviousSentence => "; topic from the sentence before",
        TopicFrom::Cues => "; topic from its cues",
    };
    let stance = evidence.stance.as_ref().map_or("nothing clear", |s| s.name.as_str());
    // A stance read only from the verb that reports someone's words is the writer's framing of
    // them, not a judgement in the words: say so.
    if evidence.framing_only() {
        return format!("frames what is said with {} ({stance}{hedge}{topic})", cues.join(", "));
    }
    format!("says {stance} ({}{hedge}{topic})", cues.join(", "))
}

/// One side of a claim on a matter: `denies it ("not … fix")` or `says "fix"` where the two
/// predicates share a word one side negates, else the lexicon's reading as for a stance.
fn matter_summary(sentence: &str, evidence: &SideEvidence) -> String {
    match evidence.cues.first().filter(|c| c.kind == CueKind::Wording) {
        Some(cue) if cue.negated_by.is_some() => format!("denies it (\"{}\")", cue_text(sentence, cue)),
        Some(cue) => format!("says \"{}\"", cue_text(sentence, cue)),
        None => side_summary(sentence, evidence),
    }
}

/// `gives its own case (Gregory Amsel speaks for it)`: a stance read from who speaks rather
/// than from any word (`contrast::sides`). Toward a person (`person`) it is their case:
/// `gives their own case (Dana Whitlock, in their own words)` where they speak themselves.
fn case_summary(sentence: &str, evidence: &SideEvidence, person: Option<&Target>) -> Option<String> {
    let cue = evidence.supporting().find(|c| c.kind == CueKind::Case)?;
    let who = evidence.voice.speaker.clone().unwrap_or_else(|| cue_text(sentence, cue));
    // "Port officials speak for it": a group of people named by a plural noun.
    let plural =
        who.rsplit(' ').next().is_some_and(|w| w.ends_with('s') && w.starts_with(char::is_lowercase));
    let (speaks, does) = if plural { ("speak", "do") } else { ("speaks", "does") };
    let (its, it) = if person.is_some() { ("their", "them") } else { ("its", "it") };
    Some(if cue.weight > 0.0 && person.is_some_and(|p| same_person(&who, p)) {
        format!("gives {its} own case ({who}, in {its} own words)")
    } else if cue.weight > 0.0 {
        format!("gives {its} own case ({who} {speaks} for {it})")
    } else if who.eq_ignore_ascii_case("critics") {
        format!("gives {its} critics' case")
    } else if is_critics(&who) {
        format!("gives {its} critics' case ({who})")
    } else {
        format!("gives another side's case ({who}, who {does} not speak for {it})")
    })
}

/// Whether a speaker as written ("Prescott", "Dr. Alan Prescott") is the person: the same
/// surname as the target's name or one of its aliases.
fn same_person(who: &str, person: &Target) -> bool {
    let surname = |name: &str| name.rsplit(' ').next().map(|w| w.trim_end_matches(['.', ',']).to_lowercase());
    let who = surname(who);
    who.is_some() && std::iter::once(&person.name).chain(&person.aliases).any(|n| surname(n) == who)
}

/// Whose claims the two sides are.
pub fn voice_note(left: &Voice, right: &Voice) -> String {
    fn reported(v: &Voice) -> Option<String> {
        let who = v.speaker.clone().unwrap_or_else(|| "a view".to_string());
        match v.kind {
            VoiceKind::Author => None,
            VoiceKind::Speaker | VoiceKind::Reported => Some(format!("reports {who}")),
            VoiceKind::Rebutted => {
                // "rebuts them", not "rebuts they": a speaker read as a pronoun is its object form.
                let whom = match who.to_lowercase().as_str() {
                    "they" => "them".to_string(),
                    "he" => "him".to_string(),
                    "she" => "her".to_string(),
                    "we" => "us".to_string(),
                    "i" => "me".to_string(),
                    _ => who,
                };
                Some(format!("rebuts {whom}"))
            }
        }
    }
    match (reported(left), reported(right)) {
        (None, None) => "both in the authors' own voice".to_string(),
        (Some(s), None) => format!("left {s}, right is the author's own claim"),
        (None, Some(s)) => format!("left is the author's own claim, right {s}"),
        (Some(x), Some(y)) => format!("left {x}, right {y}"),
    }
}

#[cfg(test)]
#[path = "reason_tests.rs"]
mod tests;
