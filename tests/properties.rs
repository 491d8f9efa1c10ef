//! Properties of the engine and the reports on any input (proptest): nothing panics, sanitized
//! text never holds a control or bidi character, sentence ranges are always valid, and reports
//! are safe to print and fit their width.
//!
//! Case counts are kept modest so the suite stays fast; `scripts/fuzz` runs the same entry
//! points for minutes with coverage guidance.

use std::sync::OnceLock;

use counterpoint::article::{Article, MAX_PASSAGE_BYTES};
use counterpoint::compare::{compare, Comparison, Side};
use counterpoint::config::Config;
use counterpoint::report::{render, Format};
use counterpoint::text::sanitize::{is_dangerous, visible, visible_multiline};
use counterpoint::text::sentences::split_sentences;
use counterpoint::topics::TopicMap;
use proptest::prelude::*;
use unicode_width::UnicodeWidthChar;

fn engine() -> &'static (Config, TopicMap) {
    static ENGINE: OnceLock<(Config, TopicMap)> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let config = Config::default_config();
        let map = TopicMap::new(&config).unwrap();
        (config, map)
    })
}

fn compare_texts(left: &str, right: &str) -> Comparison {
    let (config, map) = engine();
    compare(Article::parse("left.md", left), Article::parse("right.md", right), map, &config.analysis)
}

/// Characters that stress the engine: sentence punctuation of several scripts, quotes, line
/// breaks, every kind of control, bidi controls, joiners, combining marks, case oddities.
fn tricky_char() -> impl Strategy<Value = char> {
    prop_oneof![
        6 => proptest::char::range('a', 'z'),
        2 => proptest::char::range('A', 'Z'),
        4 => Just(' '),
        2 => prop::sample::select(vec![
            '.', '!', '?', '…', '。', '！', '？', '؟', '۔', '"', '“', '”', '\'', '’', '(', ')', '«',
            '»', '「', '」', '#', '-', '*', '>', ':', ';', '|', '%', ',', '0', '7', '$',
        ]),
        2 => prop::sample::select(vec!['\n', '\n', '\n', '\r', '\t']),
        1 => proptest::char::range('\u{0}', '\u{1f}'),
        1 => proptest::char::range('\u{7f}', '\u{9f}'),
        1 => prop::sample::select(vec![
            '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}',
            '\u{2068}', '\u{2069}', '\u{200e}', '\u{200f}', '\u{61c}', '\u{200d}', '\u{200c}',
            '\u{fe0f}', '\u{301}', '\u{feff}', '\u{fffd}', '\u{a0}', '\u{3000}', '\u{2028}', 'İ',
            'ß', 'ﬁ', 'Σ', 'ǅ', '中', '文', 'ب', 'ש', '👨', '🇮',
        ]),
        1 => any::<char>(),
    ]
}

/// Words the default topic map and cue lists react to, so that analysis goes deep.
const VOCABULARY: &[&str] = &[
    "sanctions",
    "Sanctions",
    "hurt",
    "ordinary Iranians",
    "pressure",
    "working",
    "devastated",
    "leverage",
    "not",
    "never",
    "but",
    "however",
    "may",
    "reportedly",
    "said",
    "according to",
    "critics argue",
    "talks",
    "nuclear deal",
    "JCPOA",
    "Israel",
    "war",
    "human rights",
    "civil society",
    "lifeline",
    "diplomacy",
    ", when done right,",
    "creates space for engagement",
    "a country paralyzed by",
    "fuel inflation",
    "brought no relief",
    "touted",
    "little",
    "few",
    "the ban",
    "He is wrong",
    "60 percent",
    "3,000 centrifuges",
    "April 12",
    "$6 billion",
    "U.S.",
    "Gen.",
    "Title:",
    "Source:",
    "“",
    "”",
    "\"",
    "Follow us",
    "LATEST",
    "##",
    "- ",
    "\n\n",
    "\n",
];

/// Article-like text with hostile characters mixed in.
fn tricky_text(max_tokens: usize) -> impl Strategy<Value = String> {
    let token = prop_oneof![
        3 => prop::sample::select(VOCABULARY).prop_map(|w| format!("{w} ")),
        2 => prop::collection::vec(tricky_char(), 1..8).prop_map(|cs| cs.into_iter().collect::<String>()),
    ];
    prop::collection::vec(token, 0..max_tokens).prop_map(|tokens| tokens.concat())
}

/// Any text at all: tricky article-like text or arbitrary Unicode.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![3 => tricky_text(160), 1 => any::<String>()]
}

/// Terminal columns of a line, one code point at a time as terminals count them.
fn columns(line: &str) -> usize {
    line.chars().map(|c| c.width().unwrap_or(0)).sum()
}

fn assert_terminal_safe(what: &str, out: &str) -> Result<(), TestCaseError> {
    let raw = out.chars().find(|&c| c != '\n' && (c == '\t' || is_dangerous(c)));
    prop_assert!(raw.is_none(), "{} holds a raw {:?}: {:?}", what, raw, out);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// Analysis and every report survive any pair of texts; text and Markdown never hold a raw
    /// control or bidi character, the JSON parses, and text lines fit the width.
    #[test]
    fn analysis_and_reports_never_panic(left in any_text(), right in any_text(), width in 60usize..140) {
        let c = compare_texts(&left, &right);
        for format in [Format::Text, Format::Markdown, Format::Json] {
            let out = render(&c, format, width);
            assert_terminal_safe(&format!("{format:?}"), &out)?;
            if format == Format::Json {
                let parsed: Result<serde_json::Value, _> = serde_json::from_str(&out);
                prop_assert!(parsed.is_ok(), "JSON does not parse: {}", out);
            }
        }
        let text = render(&c, Format::Text, width);
        for line in text.lines() {
            prop_assert!(columns(line) <= width, "a {}-column line at width {}: {:?}", columns(line), width, line);
        }
    }

    /// Every cue, negation and quotation span of every contrast and agreement lies inside its
    /// sentence, on character boundaries.
    #[test]
    fn evidence_spans_lie_inside_their_sentence(left in any_text(), right in any_text()) {
        let c = compare_texts(&left, &right);
        let sides = c.contrasts.iter().flat_map(|x| [(Side::Left, x.left, &x.evidence[0]), (Side::Right, x.right, &x.evidence[1])]);
        let agreeing = c.agreements.iter().flat_map(|x| [(Side::Left, x.left, &x.evidence[0]), (Side::Right, x.right, &x.evidence[1])]);
        for (side, at, evidence) in sides.chain(agreeing) {
            let sentence = c.sentence(side, at);
            for cue in &evidence.cues {
                for span in std::iter::once(&cue.span).chain(cue.negated_by.as_ref()) {
                    prop_assert!(span.start < span.end && span.end <= sentence.len(), "{span:?} in {sentence:?}");
                    prop_assert!(sentence.is_char_boundary(span.start) && sentence.is_char_boundary(span.end));
                }
            }
        }
    }

    /// Sanitized text holds no control (tabs included) or bidi character, and sanitizing it
    /// again changes nothing.
    #[test]
    fn visible_text_has_no_control_or_bidi_character(text in any_text()) {
        let shown = visible(&text);
        prop_assert!(!shown.chars().any(|c| c == '\t' || is_dangerous(c)), "{:?}", shown);
        prop_assert_eq!(visible(&shown), shown.clone());
        let lines = visible_multiline(&text);
        prop_assert!(!lines.chars().any(|c| c != '\n' && (c == '\t' || is_dangerous(c))), "{:?}", lines);
        prop_assert_eq!(lines.matches('\n').count(), text.matches('\n').count());
        // Nothing is dropped: text without dangerous characters or tabs comes back unchanged.
        if !text.chars().any(|c| c == '\t' || is_dangerous(c)) {
            prop_assert_eq!(shown.as_ref(), text.as_str());
        }
    }

    /// Sentence ranges are non-empty, trimmed, on character boundaries, in order and disjoint.
    #[test]
    fn sentence_ranges_are_valid(text in any_text()) {
        check_sentences(&text, &split_sentences(&text))?;
    }

    /// The same for every passage of a parsed article, which also stays under the size cap and
    /// holds no carriage return.
    #[test]
    fn parsed_passages_are_well_formed(text in any_text()) {
        let article = Article::parse("a.md", &text);
        for p in &article.passages {
            prop_assert!(p.text.len() <= MAX_PASSAGE_BYTES);
            prop_assert!(!p.text.trim().is_empty());
            prop_assert!(!p.text.contains('\r'));
            check_sentences(&p.text, &p.sentences)?;
        }
    }

    /// Any bytes at all: decoded or refused, never a panic; decoded text has LF line endings.
    #[test]
    fn from_bytes_never_panics(
        prefix in prop::sample::select(vec![&b""[..], b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"Title: "]),
        body in prop::collection::vec(any::<u8>(), 0..2048),
    ) {
        let bytes = [prefix, &body[..]].concat();
        if let Ok(article) = Article::from_bytes("bytes.bin", &bytes) {
            prop_assert!(!article.meta.title.contains('\r'));
            for p in &article.passages {
                prop_assert!(!p.text.contains('\r'));
                check_sentences(&p.text, &p.sentences)?;
            }
        }
    }

    /// Saved pages of any tag soup (nesting, unclosed formatting, comments, raw text, foreign
    /// content, Markdown-looking brackets and escapes): an article or a one-line refusal, never
    /// a panic.
    #[test]
    fn any_saved_page_is_read_or_refused(
        tokens in prop::collection::vec(prop::sample::select(vec![
            "<div>", "</div>", "<p>", "</p>", "<b>", "</b>", "<i class=x>", "<br>", "<li>", "<table><tr><td>",
            "</table>", "<!--", "-->", "<script>", "</script>", "<svg>", "</svg>", "<div/>", "<article>",
            "</article>", "[", "](", ")", "![", "\\", "\\[", "`", "# ", "\n", "Sanctions hurt ordinary Iranians. ",
            "The talks resumed in Oman on Saturday, officials said. ", "\u{1b}[31m", "\u{202e}",
        ]), 0..400),
    ) {
        let page = format!("<html><head><title>T</title></head><body>{}</body></html>", tokens.concat());
        match counterpoint::html::article_from_html("page.html", &page) {
            Ok(article) => {
                for p in &article.passages {
                    check_sentences(&p.text, &p.sentences)?;
                }
            }
            Err(message) => prop_assert!(!message.is_empty() && !message.contains('\n')),
        }
    }

    /// Long lines in any script are cut into passages under the cap, losing no word.
    #[test]
    fn long_lines_are_cut_into_bounded_passages(
        piece in prop::sample::select(vec!["word ", "Sanctions hurt. ", "制裁伤害了普通人。", "中", "a\u{301}", "👨\u{200d}👩\u{200d}👧", "ש ", "x"]),
        repeat in 1000usize..12000,
    ) {
        let text = format!("Title: T\n\n{}\n", piece.repeat(repeat));
        let article = Article::parse("long.md", &text);
        let kept: String = article.passages.iter().map(|p| p.text.replace(' ', "")).collect();
        prop_assert_eq!(kept, piece.repeat(repeat).replace(' ', ""));
        for p in &article.passages {
            prop_assert!(p.text.len() <= MAX_PASSAGE_BYTES);
        }
    }
}

fn check_sentences(text: &str, ranges: &[std::ops::Range<usize>]) -> Result<(), TestCaseError> {
    let mut previous_end = 0;
    for r in ranges {
        prop_assert!(r.start < r.end && r.end <= text.len(), "{:?} out of bounds in {:?}", r, text);
        prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end), "{:?} in {:?}", r, text);
        prop_assert!(r.start >= previous_end, "{:?} overlaps the previous sentence in {:?}", r, text);
        let sentence = &text[r.clone()];
        prop_assert_eq!(sentence.trim(), sentence);
        previous_end = r.end;
    }
    Ok(())
}
