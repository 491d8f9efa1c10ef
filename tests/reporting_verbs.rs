//! The default map's reporting verbs: news writing attributes with "added", "noted",
//! "explained", "pointed out" as often as with "said", and a sentence attributed that way is
//! the speaker's view, not the author's (issue 14, "Whose claim it is").

use counterpoint::analysis::analyse;
use counterpoint::article::Article;
use counterpoint::config::Config;
use counterpoint::contrast::evidence::{Voice, VoiceKind};
use counterpoint::topics::TopicMap;

fn voice_of(sentence: &str) -> Voice {
    let config = Config::default_config();
    let map = TopicMap::new(&config).unwrap();
    let article =
        Article::parse("a", &format!("Title: T\n\nThe talks resumed on Monday in Oman.\n\n{sentence}\n"));
    let analysis = analyse(&article, &map, config.analysis.min_claim_words);
    let at = analysis.sentence_words.last().expect("a body sentence").0;
    analysis.voice_at(at)
}

#[test]
fn common_reporting_verbs_attribute_the_sentence() {
    for verb in ["added", "noted", "explained", "pointed out", "cautioned", "predicted"] {
        let sentence = format!("Sanctions relief would only reward the regime, Senator Jane Smith {verb}.");
        let voice = voice_of(&sentence);
        assert_eq!(voice.kind, VoiceKind::Reported, "{sentence}");
        assert!(voice.speaker.as_deref().is_some_and(|s| s.contains("Smith")), "{sentence}: {voice:?}");
        let quoted = format!("“Sanctions relief would only reward the regime,” Senator Jane Smith {verb}.");
        assert_eq!(voice_of(&quoted).kind, VoiceKind::Speaker, "{quoted}");
    }
}

#[test]
fn a_sentence_without_one_is_the_authors() {
    assert!(voice_of("Sanctions relief would only reward the regime and its guards.").is_author());
}
