//! Tests of `article`: parsing a text into its header, passages and sentences.

use super::*;

/// The kind of each passage, in order (shared with the title tests in `header`).
pub(super) fn kinds(a: &Article) -> Vec<PassageKind> {
    a.passages.iter().map(|p| p.kind).collect()
}

#[test]
fn header_block_is_metadata() {
    let a = Article::parse(
        "a.md",
        "Title: Talks resume\nSource: Test\nPublished: 2025-05-01\n\nBody text here. More.\n",
    );
    assert_eq!(a.meta.title, "Talks resume");
    assert_eq!(a.meta.source.as_deref(), Some("Test"));
    assert_eq!(a.meta.published.as_deref(), Some("2025-05-01"));
    assert_eq!(a.passages.len(), 1);
    assert_eq!(a.passages[0].sentences.len(), 2);
}

#[test]
fn hard_wrapped_lines_join_and_long_lines_stand_alone() {
    let wrapped = Article::parse(
        "a",
        "Title: T\n\nThis paragraph was wrapped\nat a short width by an editor.\n\nSecond one.\n",
    );
    assert_eq!(wrapped.passages.len(), 2);
    assert_eq!(wrapped.passages[0].text, "This paragraph was wrapped at a short width by an editor.");
    let long = "x ".repeat(60);
    let per_line = Article::parse("a", &format!("Title: T\n\n{long}.\nA Heading Here\n{long}.\n"));
    assert_eq!(kinds(&per_line), vec![PassageKind::Paragraph, PassageKind::Heading, PassageKind::Paragraph]);
}

#[test]
fn markdown_and_plain_headings() {
    let a = Article::parse(
        "a",
        "Title: T\n\n## What sanctions do\n\nBody sentence here.\n\nShort Plain Heading\n\nMore body.\n",
    );
    assert_eq!(
        kinds(&a),
        vec![PassageKind::Heading, PassageKind::Paragraph, PassageKind::Heading, PassageKind::Paragraph]
    );
    assert_eq!(a.passages[0].text, "What sanctions do");
}

#[test]
fn an_enormous_line_is_cut_into_bounded_passages() {
    let sentence = "Sanctions hurt ordinary Iranians in every province. ";
    let text = format!("Title: T\n\n{}\n", sentence.repeat(2000));
    let a = Article::parse("a", &text);
    assert!(a.passages.len() > 1);
    for p in &a.passages {
        assert!(p.text.len() <= MAX_PASSAGE_BYTES);
        assert!(p.text.ends_with('.'), "cut at a sentence end: {:?}", &p.text[p.text.len() - 20..]);
    }
    let words: usize = a.passages.iter().map(|p| p.text.split_whitespace().count()).sum();
    assert_eq!(words, 7 * 2000, "nothing lost");
    // No spaces at all (a run of emoji with ZWJ): cut between grapheme clusters.
    let family = "👨‍👩‍👧";
    let a = Article::parse("a", &format!("Title: T\n\n{}\n", family.repeat(3000)));
    assert!(a.passages.len() > 1);
    for p in &a.passages {
        assert!(p.text.len() <= MAX_PASSAGE_BYTES);
        assert_eq!(p.text.replace(family, ""), "", "no cluster torn apart");
    }
}

#[test]
fn a_bare_hash_line_is_not_an_empty_heading() {
    let a = Article::parse("a", "Title: T\n\n#\n\n###\nSanctions hurt.\n");
    assert!(a.passages.iter().all(|p| !p.text.is_empty()), "{:?}", a.passages);
    assert_eq!(a.passages[0].text, "#");
}

#[test]
fn body_text_is_a_paragraph_sentence_not_a_title_heading_or_clutter() {
    let has_body = |text: &str| Article::parse("a.md", text).has_body_text();
    assert!(!has_body("Tariffs bite\n"));
    assert!(!has_body("Title: Tariffs bite\nSource: Test Wire\n\n"));
    assert!(!has_body("Tariffs bite\n\nSubscribe\n\nShare this article\n"));
    assert!(!has_body("# Tariffs bite\n\n## What changed\n"));
    assert!(has_body("Tariffs bite\n\nPrices rose.\n"));
    assert!(has_body("Title: T\n\nPrices rose.\n"));
}

#[test]
fn word_count_excludes_clutter() {
    let a = Article::parse("a", "Title: T\n\nOne two three.\n\nFollow us on social\n");
    assert_eq!(a.word_count(), 3);
}

#[test]
fn from_bytes_reports_decoding_problems() {
    let a = Article::from_bytes("bad.txt", b"Title: T\n\nab\xffcd efg.\n").unwrap();
    assert_eq!(a.warnings.len(), 1);
    assert!(Article::from_bytes("bin", b"\0\0\0").is_err());
}
