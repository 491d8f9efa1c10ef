//! Whose a quotation is when its own sentence names no one: a quotation opened before its
//! speaker is named takes the speaker named where it closes, and one standing alone after a
//! named one, in the same paragraph, is the same speaker's (marked `carried`).
//!
//! In: the voices of an article's body sentences, in order, and their texts. Out: the same
//! voices with those speakers filled in. Used by `speakers`.

use super::speakers::{Voice, VoiceKind};
use crate::article::SentenceId;

/// A quotation opened before its speaker is named ("“…” she said" in the next sentence) takes
/// the speaker named where it closes.
pub(super) fn fill_quote_speakers(out: &mut [(SentenceId, Voice)]) {
    for i in (0..out.len().saturating_sub(1)).rev() {
        let (head, tail) = out.split_at_mut(i + 1);
        let (at, voice) = &mut head[i];
        let (next_at, next) = &tail[0];
        if voice.kind == VoiceKind::Quoted
            && voice.speaker.is_none()
            && next.kind == VoiceKind::Quoted
            && next_at.passage == at.passage
        {
            voice.speaker.clone_from(&next.speaker);
        }
    }
}

/// A quotation that stands alone after one whose speaker is named, in the same paragraph, is
/// theirs: news writes "“Call it whatever you want,” Kowalczyk said. “When your house is broken
/// into at 2 a.m., a social worker is not coming.”" and means one speaker. So after their
/// reported words ("Reyes said the cuts went too far. “We cannot absorb another one.”").
pub(super) fn carry_quote_speakers(out: &mut [(SentenceId, Voice)], texts: &[&str]) {
    for i in 1..out.len() {
        let (head, tail) = out.split_at_mut(i);
        let (before_at, before) = &head[i - 1];
        let (at, voice) = &mut tail[0];
        if voice.kind == VoiceKind::Quoted
            && voice.speaker.is_none()
            && before_at.passage == at.passage
            && matches!(before.kind, VoiceKind::Quoted | VoiceKind::Reported)
            && texts[i].trim_start().starts_with(['"', '“'])
        {
            voice.speaker.clone_from(&before.speaker);
            voice.carried = true;
        }
    }
}
