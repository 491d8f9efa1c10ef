use super::markdown::MarkdownScan;
use super::*;
use crate::article::PassageKind;

const PAGE: &str = r#"<!doctype html><html><head><title>Talks resume in Oman | Example News</title>
<meta name="author" content="Jane Reporter"><meta property="article:published_time" content="2025-04-12">
<meta property="og:site_name" content="Example News"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a></nav>
<article><h1>Talks resume in Oman</h1>
<p>Iranian and American negotiators met in Muscat on Saturday for the first round of indirect talks in years, with Omani officials carrying messages between the two delegations.</p>
<h2>Sanctions at the centre</h2>
<p>Tehran wants relief from the sanctions that have cut its oil exports, while Washington wants firm limits on uranium enrichment, according to <a href="/people/x">officials</a> briefed on the meeting.</p>
<p>Both sides described the session as constructive and agreed to meet again the following week in the same place.</p>
</article>
<footer>Follow us on social. Sign up for our newsletter.</footer></body></html>"#;

#[test]
fn extracts_body_title_and_metadata() {
    let article = article_from_html("page.html", PAGE).unwrap();
    assert!(article.meta.title.contains("Talks resume in Oman"), "{}", article.meta.title);
    assert_eq!(article.meta.author.as_deref(), Some("Jane Reporter"));
    assert_eq!(article.meta.published.as_deref(), Some("2025-04-12"));
    let body: Vec<&str> = article
        .passages
        .iter()
        .filter(|p| p.kind == PassageKind::Paragraph)
        .map(|p| p.text.as_str())
        .collect();
    assert!(body.iter().any(|p| p.starts_with("Iranian and American negotiators")), "{body:?}");
    assert!(
        body.iter().any(|p| p.contains("according to officials briefed")),
        "links keep their words: {body:?}"
    );
    assert!(!body.iter().any(|p| p.contains("Subscribe") || p.contains("newsletter")), "{body:?}");
    assert!(article
        .passages
        .iter()
        .any(|p| p.kind == PassageKind::Heading && p.text.contains("Sanctions at the centre")));
}

#[test]
fn a_page_without_an_article_is_an_error() {
    assert!(article_from_html("empty.html", "<html><body></body></html>").is_err());
}

#[test]
fn links_and_images_are_reduced_to_words() {
    assert_eq!(
        markdown_to_text("see [the report](http://x/y) ![chart](c.png) now [sic]"),
        "see the report  now [sic]"
    );
}

#[test]
fn escapes_become_the_characters_they_protect() {
    assert_eq!(
        markdown_to_text(
            r"he said \[sic\] that \*they\* left on Monday\_night \(at 9\) \#1 \<b\> a\|b 5\. x\~y"
        ),
        "he said [sic] that *they* left on Monday_night (at 9) #1 <b> a|b 5. x~y"
    );
    assert_eq!(markdown_to_text(r"a \\ b \`c\` d\-e"), r"a \ b `c` d-e");
    // A backslash before anything but ASCII punctuation is a backslash.
    assert_eq!(markdown_to_text(r"C:\Users\jane and \é"), r"C:\Users\jane and \é");
    assert_eq!(markdown_to_text("ends with \\"), "ends with \\");
}

#[test]
fn escaped_brackets_are_text_not_links() {
    assert_eq!(markdown_to_text(r"\[not a link\](http://x) here"), "[not a link](http://x) here");
    assert_eq!(markdown_to_text(r"[a \[b\] c](http://u) d"), "a [b] c d");
    assert_eq!(markdown_to_text(r"\![x](http://u) and Wow\![y](http://v)"), "!x and Wow!y");
}

#[test]
fn link_addresses_with_parentheses_spaces_and_titles() {
    for (md, text) in [
        ("[Mercury](https://en.wikipedia.org/wiki/Mercury_(planet)) rises", "Mercury rises"),
        ("[x](<http://a/b c)>) y", "x y"),
        ("[x](<http://a/\\<b\\>>) y", "x y"),
        ("[x](http://u \"T (1)\") y", "x y"),
        ("[x](http://u \"say \\\"hi\\\"\") y", "x y"),
        ("[x](<a b> \"t\") y", "x y"),
        ("[x]() y", "x y"),
        ("![a](x.png \"T\")b", "b"),
    ] {
        assert_eq!(markdown_to_text(md), text, "{md}");
    }
}

#[test]
fn linked_images_and_images_in_links() {
    assert_eq!(markdown_to_text("[![logo](l.png)](http://home) Home"), " Home");
    assert_eq!(markdown_to_text("[see ![i](p.png) here](http://u) now"), "see  here now");
    assert_eq!(markdown_to_text("![a [b](c) d](e.png)f"), "f");
}

#[test]
fn code_is_kept_as_written() {
    assert_eq!(markdown_to_text("use `a\\_b [x](y)` and c\\_d"), "use `a\\_b [x](y)` and c_d");
    assert_eq!(markdown_to_text("``a ` \\* b`` \\*"), "``a ` \\* b`` *");
    let fenced = "x\\_y\n```rust\nlet a = b\\_c; // [x](y)\n```\nz\\_w";
    assert_eq!(markdown_to_text(fenced), "x_y\n```rust\nlet a = b\\_c; // [x](y)\n```\nz_w");
    // An unclosed backtick is a backtick.
    assert_eq!(markdown_to_text("a ` b \\_ c"), "a ` b _ c");
}

#[test]
fn an_escaped_hash_that_starts_a_line_keeps_its_backslash() {
    assert_eq!(
        markdown_to_text("\\#MeToo began here\n  \\# not a heading\nissue \\#4"),
        "\\#MeToo began here\n  \\# not a heading\nissue #4"
    );
}

#[test]
fn unmatched_brackets_stay() {
    for md in ["[x](", "a ] b [ c", "[a\nb](u)", "[x] (u)", "![x]", "[x](<u)", "[x](<u> \"t)", "]("] {
        assert_eq!(markdown_to_text(md), md);
    }
}

/// The scan's work on hostile Markdown: within a few steps a byte, however the brackets,
/// parentheses and backticks are arranged (a scan that looked ahead from every `[` again
/// would take billions of steps on these).
fn steps(md: &str) -> (String, usize) {
    let (text, steps) = MarkdownScan::new(md).run();
    assert!(steps <= 10 * md.len() + 10, "{steps} steps for {} bytes", md.len());
    (text, steps)
}

#[test]
fn runs_of_brackets_without_links_take_linear_work() {
    let brackets = "[".repeat(200_000);
    assert_eq!(steps(&brackets).0, brackets);
    let unclosed = "[x](".repeat(200_000);
    assert_eq!(steps(&unclosed).0, unclosed);
    let escaped = "\\[".repeat(200_000);
    assert_eq!(steps(&escaped).0, "[".repeat(200_000));
}

#[test]
fn other_hostile_markdown_takes_linear_work() {
    let n = 100_000;
    let nested = format!("{}x{}", "[".repeat(n), "](u)".repeat(n));
    assert_eq!(steps(&nested).0, "x");
    let ticks: String = (1..600).map(|k| format!("{} ", "`".repeat(k))).collect();
    assert_eq!(steps(&ticks).0, ticks);
    for hostile in [
        "![".repeat(n),
        "](".repeat(n),
        "[x](<".repeat(n),
        "[x](u \"".repeat(n),
        "[x](((".repeat(n),
        format!("[x]({}", "(".repeat(n)),
        "[x](a b)".repeat(n),
        format!("{}{}", "[x](".repeat(n), ")".repeat(n)),
        "\n```\n".repeat(n),
    ] {
        steps(&hostile);
    }
}

#[test]
fn markdown_escapes_do_not_reach_the_article() {
    let page = PAGE.replace(
        "Both sides described",
        "He said [sic] that *they* met on Monday_night, <a href=\"/x\">a link</a> (and &lt;more&gt;). \
         Both sides described",
    );
    let article = article_from_html("page.html", &page).unwrap();
    let text: String = article.passages.iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join("\n");
    assert!(text.contains("He said [sic] that *they* met on Monday_night, a link (and <more>)."), "{text}");
    assert!(!text.contains('\\'), "{text}");
}

/// A fixture page decoded by its charset and read as an article.
fn fixture_page(name: &str, bytes: &[u8]) -> crate::article::Article {
    let decoded = super::charset::decode_page(bytes).unwrap();
    article_from_html(name, &decoded.text).unwrap()
}

/// The passage holding `words`, if the article kept it.
fn kept<'a>(article: &'a crate::article::Article, words: &str) -> Option<&'a crate::article::Passage> {
    article.passages.iter().find(|p| p.text.contains(words))
}

#[test]
fn real_page_shapes_keep_every_article_paragraph() {
    let pages: [(&str, &[u8]); 3] = [
        ("newsletter_mid.html", include_bytes!("../../tests/fixtures/pages/newsletter_mid.html")),
        ("pull_quote.html", include_bytes!("../../tests/fixtures/pages/pull_quote.html")),
        ("related_links.html", include_bytes!("../../tests/fixtures/pages/related_links.html")),
    ];
    for (name, bytes) in pages {
        let article = fixture_page(name, bytes);
        for words in [
            "voted on Tuesday to rebuild",
            "another winter of storms",
            "dredging the channel",
            "seven to four",
            "autumn mackerel season",
            "one berth open for the lifeboat",
            "reconsidered in the next budget round",
        ] {
            let passage = kept(&article, words).unwrap_or_else(|| panic!("{name}: lost \"{words}\""));
            assert_eq!(passage.kind, PassageKind::Paragraph, "{name}: \"{words}\" dimmed as clutter");
        }
        assert_eq!(article.meta.published.as_deref(), Some("2025-04-28"), "{name}: a date, not a timestamp");
        for furniture in ["Sign up for our newsletter", "Related stories", "Lifeboat crew honoured"] {
            assert!(
                kept(&article, furniture).is_none_or(|p| p.kind == PassageKind::Clutter),
                "{name}: \"{furniture}\" read as article text"
            );
        }
        assert!(article.passages.iter().all(|p| !p.text.contains("**")), "{name}: emphasis marks leaked");
    }
    let related =
        fixture_page("related_links.html", include_bytes!("../../tests/fixtures/pages/related_links.html"));
    let praised = kept(&related, "lifeboat crew").unwrap();
    assert!(
        praised.text.contains("the lifeboat crew for") && praised.text.contains("it called exemplary in")
    );
}

#[test]
fn pages_in_windows_1252_and_latin_1_read_as_declared() {
    for (name, bytes) in [
        ("windows_1252.html", &include_bytes!("../../tests/fixtures/pages/windows_1252.html")[..]),
        ("iso_8859_1.html", &include_bytes!("../../tests/fixtures/pages/iso_8859_1.html")[..]),
    ] {
        let article = fixture_page(name, bytes);
        assert_eq!(article.meta.title, "Café owners welcome the breakwater", "{name}");
        let first = kept(&article, "owners of the").unwrap();
        assert!(
            first.text.contains("Café du Port") && !first.text.contains('\u{FFFD}'),
            "{name}: {}",
            first.text
        );
    }
}

#[test]
fn strong_emphasis_marks_go_and_written_stars_stay() {
    let page = "<html><body><article><h1>Headline of the test page here</h1><p>This paragraph has <strong>bold words</strong> and <b>underlined</b> ones, 2 ** 3 stays and snake__case too, with enough words to be a body paragraph.</p></article></body></html>";
    let article = article_from_html("e.html", page).unwrap();
    let text = &kept(&article, "This paragraph").unwrap().text;
    assert!(text.contains("has bold words and underlined ones"), "{text}");
    assert!(text.contains("2 ** 3 stays and snake__case"), "{text}");
}

#[test]
fn emphasis_marks_go_from_markdown_but_escaped_and_spaced_stars_stay() {
    let text = super::markdown::markdown_to_text(
        "**Bold** and __strong__, a**b, 2 ** 3, \\*\\*kept\\*\\*, `**code**`",
    );
    assert_eq!(text, "Bold and strong, a**b, 2 ** 3, **kept**, `**code**`");
    // Linear work (the helper checks it) on runs of marks that open and close nothing.
    let stars = "a** ".repeat(100_000);
    assert_eq!(steps(&stars).0, "a ".repeat(100_000));
}
