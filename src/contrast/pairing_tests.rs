//! Tests of `pairing`: how a voice weighs, who the speaker of a claim is, and which two
//! speakers a case contrast is capped by.

use super::*;
use crate::article::SentenceId;
use crate::contrast::evidence::{TopicFrom, Voice};

fn said_by(kind: VoiceKind) -> Claim {
    Claim {
        at: SentenceId { passage: 0, sentence: 0 },
        targets: Vec::new(),
        stances: Vec::new(),
        voice: Voice { kind, speaker: Some("Narges Mohammadi".into()) },
        hedged: false,
        refuted_by: None,
        topic_from: TopicFrom::Named,
    }
}

fn target(name: &str, aliases: &[&str]) -> Target {
    Target {
        id: TargetId::of_topic(0),
        name: name.into(),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        origin: crate::targets::table::Origin::Derived,
        color: crate::color::Color::Indexed(1),
        stances: Vec::new(),
        salience: 1.0,
        kind: None,
        merged_into: None,
    }
}

#[test]
fn a_speaker_is_the_target_by_any_name_it_goes_by() {
    let quoted = said_by(VoiceKind::Speaker);
    assert!(speaker_is(&target("Narges Mohammadi", &[]), &quoted));
    assert!(speaker_is(&target("Nobel laureate", &["Mohammadi's"]), &quoted));
    assert!(!speaker_is(&target("Ali Khamenei", &["Khamenei"]), &quoted));
    assert!(!speaker_is(&target("Narges Mohammadi", &[]), &Claim { voice: Voice::author(), ..quoted }));
}

#[test]
fn a_quote_its_article_argues_too_counts_as_the_articles_claim() {
    let quoted = said_by(VoiceKind::Speaker);
    assert_eq!(voice_weight(&quoted, false), REPORTED_FACTOR);
    assert_eq!(voice_weight(&quoted, true), 1.0);
    assert_eq!(voice_weight(&said_by(VoiceKind::Author), false), 1.0);
    // A view answered within its sentence is never the article's, endorsed or not.
    assert_eq!(voice_weight(&said_by(VoiceKind::Rebutted), true), REBUTTED_FACTOR);
    let refuted = Claim { refuted_by: Some(0..10), ..said_by(VoiceKind::Rebutted) };
    assert_eq!(voice_weight(&refuted, false), REPORTED_FACTOR);
}

#[test]
fn a_target_speaking_by_two_names_is_one_speaker_of_its_cases() {
    // "Redfield said …" and "Redfield Health said …" against one critic are one pair of
    // speakers, capped as one: by the last word of each name they were two.
    let company = target("Redfield Health", &["Redfield"]);
    let by = |speaker: &str| Claim {
        voice: Voice { kind: VoiceKind::Speaker, speaker: Some(speaker.into()) },
        ..said_by(VoiceKind::Speaker)
    };
    let critic = by("Lena Cho");
    assert_eq!(
        speaker_pair(&company, &by("Redfield"), &critic),
        speaker_pair(&company, &by("Redfield Health"), &critic)
    );
    assert_eq!(
        speaker_pair(&company, &by("Paul Hendry"), &critic),
        ("hendry".to_string(), "cho".to_string())
    );
}
