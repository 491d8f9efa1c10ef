//! Finds the web clutter that comes along when an article is copied from a page: share and
//! follow prompts, newsletter blurbs, photo credits, breadcrumbs, glued-together button labels
//! and the teasers for other articles that trail the real one.
//!
//! Clutter is judged by shape and wording, never by a list of known lines: a short block with a
//! promotional phrase, a line wholly in brackets, a "Section | Subsection" breadcrumb, a short
//! all-caps label, or words run together where two buttons met ("readingShow"). Once such a
//! block appears past the middle of the text and no real body (three substantive paragraphs in
//! a row, headings and pull quotes between them allowed) follows it, everything from there on
//! is the page's tail, not the article, unless it is a lone box with only article paragraphs
//! after it (a newsletter sign-up before the last paragraphs).

use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

use crate::text::fold::fold;
use crate::text::spaces::count_words;

/// Phrases that, in a short block, mark it as page furniture rather than article text.
const PROMO_PHRASES: &[&str] = &[
    "follow us",
    "newsletter",
    "sign up",
    "keep reading",
    "read more",
    "show less",
    "show more",
    "click here",
    "related:",
    "related articles",
    "related stories",
    "most popular",
    "most read",
    "photo credit",
    "image credit",
    "photo by",
    "getty images",
    "all rights reserved",
    "share this",
    "share on",
    "privacy policy",
    "use cookies",
    "uses cookies",
    "use of cookies",
    "accept cookies",
    "accept all cookies",
    "cookie policy",
    "cookie settings",
    "terms of use",
    "download the app",
    "listen to this article",
    "min read",
    "don't miss",
    "don’t miss",
    "follow on",
];

/// Words that are page furniture only as a label opening a short block ("Advertisement",
/// "Sponsored content", "Recommended for you", "Donate now", "Copyright 2025 …"): in a sentence
/// they are news ("The measure, sponsored by Sen. Ana Ruiz, passed", "the panel recommended a
/// raise", "The Yankees donated …"), and a block they swallowed took the article with it.
const LABEL_PHRASES: &[&str] = &[
    "advertisement",
    "sponsored",
    "recommended",
    "donate",
    "copyright",
    "cookie",
    "subscribe",
    "sign in",
    "log in",
    "join our",
    "support our",
];
/// A block longer than this (in words) is no label.
const MAX_LABEL_WORDS: usize = 12;

/// An automaton of [`PROMO_PHRASES`]: one pass over a block instead of a substring search per
/// phrase.
fn promo_phrases() -> &'static AhoCorasick {
    static PROMO: OnceLock<AhoCorasick> = OnceLock::new();
    PROMO.get_or_init(|| AhoCorasick::new(PROMO_PHRASES).expect("a few short phrases build"))
}

/// Whether a promotional phrase stands in the folded block as words of their own ("sign up",
/// not "design update"; "subscribe", not "subscribers").
fn has_promo_phrase(folded: &str) -> bool {
    let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    promo_phrases().find_overlapping_iter(folded).any(|m| {
        !letter(folded[..m.start()].chars().next_back()) && !letter(folded[m.end()..].chars().next())
    })
}

/// Whether a short block opens with a label phrase ("Sponsored content", "Please donate",
/// "© Copyright 2025").
fn opens_with_label(folded: &str, words: usize) -> bool {
    let start = folded.trim_start_matches(|c: char| !c.is_alphanumeric());
    let start = start.strip_prefix("please ").unwrap_or(start);
    words <= MAX_LABEL_WORDS
        && LABEL_PHRASES
            .iter()
            .any(|p| start.strip_prefix(p).is_some_and(|rest| !rest.starts_with(char::is_alphanumeric)))
}

/// Short labels that are clutter when they stand alone.
const LABEL_WORDS: &[&str] =
    &["latest", "trending", "share", "tweet", "email", "print", "comments", "menu", "search", "home"];

/// Blocks longer than this (in words) are body text even if a promo phrase occurs in them.
const MAX_PROMO_WORDS: usize = 45;
/// A paragraph this long, ending like a sentence, counts as substantive body text.
const SUBSTANTIVE_WORDS: usize = 25;

/// For each block, whether it is clutter.
pub fn mark_clutter(blocks: &[&str]) -> Vec<bool> {
    // Each block's words are counted once (vectorised), for the block rules and the tail rule.
    let words: Vec<usize> = blocks.iter().map(|b| count_words(b)).collect();
    let mut clutter: Vec<bool> = blocks.iter().zip(&words).map(|(b, &n)| is_clutter_counted(b, n)).collect();
    if let Some(start) = trailing_tail_start(blocks, &words, &clutter) {
        clutter[start..].iter_mut().for_each(|c| *c = true);
    }
    clutter
}

/// Whether one block, on its own, looks like page furniture.
pub fn is_clutter_block(block: &str) -> bool {
    is_clutter_counted(block, count_words(block))
}

/// [`is_clutter_block`] of a block of `words` words.
fn is_clutter_counted(block: &str, words: usize) -> bool {
    let text = block.trim();
    // Every rule below is about short blocks: folding a long paragraph is work thrown away on
    // every body paragraph.
    let longest_rule = MAX_PROMO_WORDS.max(8);
    if words == 0 {
        return false;
    }
    if words > longest_rule {
        return !text.contains(' ') && is_bare_url(text);
    }
    let folded = fold(text);
    let short = words <= MAX_PROMO_WORDS;
    if short && has_promo_phrase(&folded) || opens_with_label(&folded, words) {
        return true;
    }
    if text.starts_with('[') && text.ends_with(']') {
        return true;
    }
    if words <= 8 && text.contains(" | ") && !ends_like_sentence(text) {
        return true;
    }
    if words <= 3 && LABEL_WORDS.iter().any(|l| folded.trim_end_matches(':') == *l) {
        return true;
    }
    if words <= 4 {
        let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) && !is_acronym_heading(text) {
            return true;
        }
    }
    if words <= 6 && has_glued_words(text) {
        return true;
    }
    is_bare_url(text)
}

fn is_acronym_heading(text: &str) -> bool {
    // "JCPOA" or "IAEA REPORT" as a real heading is rare but possible; single short acronyms
    // of 2-5 letters are kept.
    text.split_whitespace().count() == 1 && (2..=5).contains(&text.chars().count())
}

/// "keep readingShow less": a lower-case letter directly followed by an upper-case one.
fn has_glued_words(text: &str) -> bool {
    text.split_whitespace().any(|word| {
        let chars: Vec<char> = word.chars().collect();
        chars.windows(2).enumerate().any(|(i, w)| {
            // "iPhone" or "McDonald" start with such a pair; glued labels have it mid-word.
            i >= 3 && w[0].is_lowercase() && w[1].is_uppercase()
        })
    })
}

fn is_bare_url(text: &str) -> bool {
    !text.contains(' ')
        && (text.starts_with("http://") || text.starts_with("https://") || text.starts_with("www."))
}

fn ends_like_sentence(text: &str) -> bool {
    text.trim_end_matches(['"', '”', '’', '\'', ')']).ends_with(['.', '!', '?'])
}

/// `words` is the block's word count, counted once by the caller.
fn is_substantive(block: &str, words: usize) -> bool {
    words >= SUBSTANTIVE_WORDS && ends_like_sentence(block.trim())
}

/// The first clutter block past the middle of the text that starts the page's trailing
/// teasers: no run of three substantive paragraphs follows it (headings and pull quotes between
/// paragraphs do not break a run, only clutter does), and it is not a lone box (a newsletter
/// sign-up, say) with nothing but article paragraphs after it.
fn trailing_tail_start(blocks: &[&str], words: &[usize], clutter: &[bool]) -> Option<usize> {
    let total: usize = words.iter().sum();
    // Per block i, computed once from the end so that each candidate is judged in constant
    // time (scanning ahead from every candidate was quadratic on pages with thousands of
    // blocks): a run of three substantive paragraphs starts at i or later; a clutter block is
    // at i or later; a substantive paragraph is at i or later.
    let n = blocks.len();
    let (mut body_from, mut clutter_from, mut substantive_from) =
        (vec![false; n + 1], vec![false; n + 1], vec![false; n + 1]);
    let mut run = 0;
    for i in (0..n).rev() {
        let substantive = !clutter[i] && is_substantive(blocks[i], words[i]);
        if clutter[i] {
            run = 0;
        } else if substantive {
            run += 1;
        }
        body_from[i] = body_from[i + 1] || run >= 3;
        clutter_from[i] = clutter_from[i + 1] || clutter[i];
        substantive_from[i] = substantive_from[i + 1] || substantive;
    }
    let mut seen = 0;
    for (i, count) in words.iter().enumerate() {
        let lone_box = !clutter_from[i + 1] && substantive_from[i + 1];
        if clutter[i] && seen * 2 >= total && !body_from[i + 1] && !lone_box {
            return Some(i);
        }
        seen += count;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_promo_phrase_counts_only_as_words_of_its_own() {
        for (text, found) in [
            ("please sign upstairs", false),
            ("design update", false),
            ("sign up today", true),
            ("don’t miss it", true),
            ("(photo by someone)", true),
            ("", false),
        ] {
            assert_eq!(has_promo_phrase(text), found, "{text:?}");
        }
        for phrase in PROMO_PHRASES {
            assert!(has_promo_phrase(&format!("a {phrase} b")), "{phrase}");
            assert!(!has_promo_phrase(&format!("a{phrase}b")), "{phrase}");
        }
    }

    #[test]
    fn a_sponsor_named_late_in_the_article_keeps_what_follows() {
        let body = "The state senate passed the bill on Tuesday after a long debate over its cost and reach.";
        let blocks = [
            body,
            body,
            body,
            "The measure, sponsored by Sen. Ana Ruiz, passed 30-9.",
            body,
            "Ruiz said she was pleased.",
        ];
        assert!(mark_clutter(&blocks).iter().all(|c| !c), "{:?}", mark_clutter(&blocks));
    }

    #[test]
    fn news_sentences_with_a_label_word_stay() {
        for line in [
            "The measure, sponsored by Sen. Ana Ruiz, passed 30-9.",
            "The Yankees donated money to the city.",
            "The panel recommended a 5 percent raise.",
            "Subscribers complained that the cookie recipe changed.",
        ] {
            assert!(!is_clutter_block(line), "{line}");
        }
        for line in [
            "We use cookies to improve your experience.",
            "This site uses cookies.",
            "Advertisement",
            "Sponsored content",
            "Recommended for you",
            "Please donate",
            "© Copyright 2025 The Associated Press.",
        ] {
            assert!(is_clutter_block(line), "{line}");
        }
    }

    #[test]
    fn promo_lines_are_clutter() {
        for line in [
            "Follow us on social",
            "keep readingShow less",
            "Top image credit: A man shakes hands with another man (Photo by Someone/Agency)",
            "[Jane Doe: Why the talks will fail]",
            "Analysis | Middle East",
            "LATEST",
            "Newsletter",
            "Subscribe now to our weekly round-up and don't miss a beat with our reporters.",
            "https://example.com/story",
        ] {
            assert!(is_clutter_block(line), "{line}");
        }
    }

    #[test]
    fn body_and_headings_are_not_clutter() {
        for line in [
            "Historical Context and Cycles of Engagement",
            "Conclusion",
            "JCPOA",
            "The talks resumed in Oman on April 12, and both sides called them constructive.",
            "Sanctions have hurt the middle class, according to economists who subscribe to no party line but have studied the rial's fall for years, and their data on prices, wages, rents and medicine shows the damage in more detail than any official report from the government has ever done.",
        ] {
            assert!(!is_clutter_block(line), "{line}");
        }
    }

    #[test]
    fn trailing_teasers_after_the_article_are_clutter() {
        let body = "This is a long and substantive paragraph of the article that goes on for a good many words so that it counts as real body text for the purposes of the test.";
        let teaser = "A teaser paragraph about some other story that is also long enough to look like body text when seen on its own, with many words in it.";
        let blocks = vec![
            body,
            body,
            body,
            body,
            "Top photo credit: someone",
            "Other headline",
            teaser,
            teaser,
            "keep readingShow less",
            "LATEST",
        ];
        let marks = mark_clutter(&blocks);
        assert_eq!(marks, vec![false, false, false, false, true, true, true, true, true, true]);
    }

    #[test]
    fn many_captions_in_the_second_half_stay_linear() {
        let body = "This is a long and substantive paragraph of the article that goes on for a good many words so that it counts as real body text for the purposes of the test.";
        let mut blocks = vec![body; 4000];
        for _ in 0..2000 {
            blocks.extend(["LATEST", body]);
        }
        blocks.extend([body, body, body]);
        let started = std::time::Instant::now();
        let marks = mark_clutter(&blocks);
        assert!(started.elapsed() < std::time::Duration::from_secs(5), "{:?}", started.elapsed());
        assert_eq!(marks.iter().filter(|c| **c).count(), 2000, "only the labels; the body follows");
    }

    #[test]
    fn a_newsletter_box_before_the_last_paragraphs_keeps_them() {
        let body = "This is a long and substantive paragraph of the article that goes on for a good many words so that it counts as real body text for the purposes of the test.";
        let quote = "“We will not be the ones to walk away,” one diplomat said.";
        let blocks =
            vec![body, body, body, body, "Sign up for our newsletter", body, "A Heading", body, quote, body];
        let marks = mark_clutter(&blocks);
        assert_eq!(marks, vec![false, false, false, false, true, false, false, false, false, false]);
        // A box with only article text after it, however short.
        let blocks = vec![body, body, body, "Sign up for our newsletter", body];
        assert_eq!(mark_clutter(&blocks), vec![false, false, false, true, false]);
    }

    #[test]
    fn a_caption_mid_article_does_not_swallow_the_rest() {
        let body = "This is a long and substantive paragraph of the article that goes on for a good many words so that it counts as real body text for the purposes of the test.";
        let blocks = vec![body, body, body, "Photo credit: someone", body, body, body];
        let marks = mark_clutter(&blocks);
        assert_eq!(marks.iter().filter(|c| **c).count(), 1);
    }
}
