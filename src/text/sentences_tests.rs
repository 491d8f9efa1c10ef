//! Tests of `text::sentences`: the byte-offset splitter against the character-list one it
//! replaced, the stop candidates, and where sentences end around titles, initials, `U.S.`,
//! quotations and scripts without letter case.

use super::*;

// The splitter as first written, over a list of every character: the byte-offset one must
// give the same ranges.
/// Byte ranges of the sentences of `text`, trimmed of surrounding whitespace.
fn split_by_chars(text: &str) -> Vec<Range<usize>> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        if is_stop(c) {
            let mut end = i + 1;
            while end < chars.len() && (is_stop(chars[end].1) || CLOSERS.contains(&chars[end].1)) {
                end += 1;
            }
            let end_byte = chars.get(end).map_or(text.len(), |&(b, _)| b);
            if is_boundary_by_chars(text, &chars, i, end) {
                push_trimmed(text, start..end_byte, &mut sentences);
                start = end_byte;
            }
            i = end;
        } else {
            i += 1;
        }
    }
    push_trimmed(text, start..text.len(), &mut sentences);
    sentences
}

fn is_boundary_by_chars(text: &str, chars: &[(usize, char)], stop: usize, after: usize) -> bool {
    let Some(&(_, next)) = chars.get(after) else {
        return true;
    };
    if chars[stop..after].iter().any(|(_, c)| FULL_WIDTH_STOPS.contains(c)) {
        return true;
    }
    if !next.is_whitespace() {
        return false;
    }
    let next_word_start = chars[after..].iter().find(|(_, c)| !c.is_whitespace());
    let Some(&(next_byte, next_char)) = next_word_start else {
        return true;
    };
    // Which characters may open a sentence and what a full stop ends are shared rules; this
    // oracle checks the scanning over byte offsets, which is what changed.
    starts_like_sentence(next_char) && stop_ends_sentence(text, chars[stop].0, next_byte)
}

proptest::proptest! {
    #[test]
    fn byte_offsets_split_as_the_character_list_did(
        text in "[a-zA-Z0-9 .!?…\"'”’)“(«»。？！｡۔ \t\u{a0}é٣؟\u{2000}-\u{20ff}]{0,60}"
    ) {
        proptest::prop_assert_eq!(split_sentences(&text), split_by_chars(&text));
    }
}

#[test]
fn a_quoted_question_keeps_its_speaker_tag() {
    assert_eq!(
        split(
            "\"Will Iran let the inspectors back?\" Grossi asked on Monday. \"Yes!\" Abbas Araghchi replied."
        ),
        vec![
            "\"Will Iran let the inspectors back?\" Grossi asked on Monday.",
            "\"Yes!\" Abbas Araghchi replied."
        ]
    );
    assert_eq!(
        split("“Why now?” IAEA Director General Rafael Grossi asked."),
        vec!["“Why now?” IAEA Director General Rafael Grossi asked."]
    );
    // A quoted question followed by a new sentence, or a full stop in quotes, still ends one.
    assert_eq!(split("\"Why now?\" Grossi wants answers."), vec!["\"Why now?\"", "Grossi wants answers."]);
    assert_eq!(
        split("He asked \"why?\" The talks went on."),
        vec!["He asked \"why?\"", "The talks went on."]
    );
    assert_eq!(
        split("\"We are ready.\" Trump said the talks would go on."),
        vec!["\"We are ready.\"", "Trump said the talks would go on."]
    );
}

#[test]
fn the_candidates_are_the_bytes_that_may_start_a_stop() {
    let text = "Hi. Why?! “Yes…” she said؟ then۔ 文。！？｡ ok—fine.";
    let by_bytes: Vec<usize> = (0..text.len()).filter(|&i| may_start_stop(text.as_bytes()[i])).collect();
    assert_eq!(stop_candidates(text.as_bytes()), by_bytes);
}

#[test]
fn every_stop_starts_with_a_byte_the_scan_stops_at() {
    for c in (0..=char::MAX as u32).filter_map(char::from_u32).filter(|&c| is_stop(c)) {
        let mut buf = [0; 4];
        assert!(may_start_stop(c.encode_utf8(&mut buf).as_bytes()[0]), "{c:?}");
    }
}

#[test]
fn byte_offsets_split_as_the_character_list_did_on_prose() {
    for text in [
        "Gen. Qassem Soleimani was killed in Jan. 2020 by Lt. Col. Smith. Dr. Lee agreed.",
        "He left the U.S. The talks resumed. “Why?” she asked. (It was late.) 3.5 percent… Done",
        "これは文です。次の文！終わり？ الجملة؟ التالية۔ next",
        "A. B. Smith said no. Mr. Jones said “yes.” Then he left.  ",
    ] {
        assert_eq!(split_sentences(text), split_by_chars(text), "{text:?}");
    }
}

fn split(text: &str) -> Vec<&str> {
    split_sentences(text).into_iter().map(|r| &text[r]).collect()
}

#[test]
fn simple_sentences() {
    assert_eq!(split("One here. Two there! Three? "), vec!["One here.", "Two there!", "Three?"]);
}

#[test]
fn titles_and_months_do_not_cut() {
    assert_eq!(
        split("Gen. Qassem Soleimani was killed in Jan. 2020 by order of Lt. Col. Smith. Dr. Lee agreed."),
        vec!["Gen. Qassem Soleimani was killed in Jan. 2020 by order of Lt. Col. Smith.", "Dr. Lee agreed."]
    );
}

#[test]
fn us_inside_and_at_the_end_of_a_sentence() {
    assert_eq!(
        split("The U.S. President spoke. Sanctions were imposed by the U.S. The talks resumed."),
        vec!["The U.S. President spoke.", "Sanctions were imposed by the U.S.", "The talks resumed."]
    );
}

#[test]
fn initials_and_decimals() {
    assert_eq!(
        split("Donald J. Trump said inflation hit 35.5 percent. It rose."),
        vec!["Donald J. Trump said inflation hit 35.5 percent.", "It rose."]
    );
}

#[test]
fn quotes_stay_with_their_sentence() {
    assert_eq!(
        split("He said: “Talks are not wise.” Others disagreed. “Why now?” she asked."),
        vec!["He said: “Talks are not wise.”", "Others disagreed.", "“Why now?” she asked."]
    );
}

#[test]
fn right_to_left_scripts_split_without_capitals() {
    assert_eq!(
        split("ألحقت العقوبات ضررا بالغا. يقول الاقتصاديون إن العبء يقع على الفقراء؟ نعم، بالتأكيد."),
        vec!["ألحقت العقوبات ضررا بالغا.", "يقول الاقتصاديون إن العبء يقع على الفقراء؟", "نعم، بالتأكيد."]
    );
    assert_eq!(
        split("הסנקציות פגעו באזרחים. כלכלנים מזהירים! האינפלציה עלתה."),
        vec!["הסנקציות פגעו באזרחים.", "כלכלנים מזהירים!", "האינפלציה עלתה."]
    );
    // Lower-case after a full stop still does not start a sentence.
    assert_eq!(split("see p. five here"), vec!["see p. five here"]);
}

#[test]
fn cjk_full_width_stops_need_no_space() {
    assert_eq!(
        split("制裁伤害了普通人。药店一半是空的！病人去黑市吗？「谈判是出路。」他说。"),
        vec!["制裁伤害了普通人。", "药店一半是空的！", "病人去黑市吗？", "「谈判是出路。」", "他说。"]
    );
}

#[test]
fn looking_ahead_stays_linear() {
    let text = format!("a{}", ". (".repeat(20_000));
    let started = std::time::Instant::now();
    let _ = split_sentences(&text);
    assert!(started.elapsed() < std::time::Duration::from_secs(5), "{:?}", started.elapsed());
}

#[test]
fn text_without_stop_is_one_sentence() {
    assert_eq!(split("  no full stop at all "), vec!["no full stop at all"]);
    assert!(split("   ").is_empty());
}
