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

#[test]
fn deeply_nested_pages_are_refused_before_parsing() {
    let nested = |open: &str, close: &str, n: usize| {
        format!("<html><body><p>Text.</p>{}<p>deep</p>{}</body></html>", open.repeat(n), close.repeat(n))
    };
    for (what, page) in [
        ("10,000 divs", nested("<div>", "</div>", 10_000)),
        ("50,000 divs", nested("<div>", "</div>", 50_000)),
        ("unclosed spans", nested("<span>", "", 20_000)),
        ("self-closed divs, which HTML leaves open", nested("<div/>", "", 5_000)),
        ("unclosed formatting", (0..5_000).map(|i| format!("<b id={i}>x")).collect()),
        ("misnested spans", nested("<span><div></span>", "", 5_000)),
        ("nested tables", nested("<table><tr><td>", "", 1_000)),
        ("through SVG", nested("<svg><foreignObject><div>", "", 5_000)),
    ] {
        let err = article_from_html("page.html", &page).expect_err(what);
        assert!(
            err.contains("more than 256 levels deep") && err.contains("save the article as text"),
            "{what}: {err}"
        );
        assert!(!err.contains('\n'));
    }
    // Just within the limit, the page is read.
    assert!(article_from_html("page.html", &nested("<div>", "</div>", 250)).is_ok());
}

#[test]
fn pages_with_more_elements_than_any_article_are_refused() {
    let page =
        format!("<html><body><p>Sanctions hurt.</p><p>{}</p></body></html>", "<b>x</b>".repeat(300_000));
    let err = article_from_html("page.html", &page).unwrap_err();
    assert!(
        err.contains(&format!("more than {MAX_ELEMENTS} elements, far more than an article page needs")),
        "{err}"
    );
    // A long article's worth of paragraphs is read.
    let page = format!(
        "<html><body><article>{}</article></body></html>",
        "<p>Sanctions hurt ordinary Iranians.</p>".repeat(20_000)
    );
    assert!(article_from_html("page.html", &page).is_ok());
}

#[test]
fn pages_that_make_far_more_elements_than_they_hold_are_refused() {
    // Each formatting element left open is reopened in every block: 200 of them (within the
    // depth limit) and then 10,000 short paragraphs would make two million elements from 85 KB.
    let open: String = (0..200).map(|i| format!("<i class={i}>")).collect();
    let page = format!("<html><body><p>{open}{}</body></html>", "</p><p>x".repeat(10_000));
    let err = article_from_html("page.html", &page).unwrap_err();
    assert!(err.contains(&format!("more than {} elements", max_elements(page.len()))), "{err}");
    assert!(err.contains("save the article as text") && !err.contains('\n'), "{err}");
    // The same paragraphs without the open formatting are read.
    let page = format!("<html><body><p>{}</body></html>", "</p><p>Sanctions hurt.".repeat(10_000));
    assert!(article_from_html("page.html", &page).is_ok());
}

#[test]
fn nesting_follows_the_parsers_rules() {
    // Depths as html5ever builds them (counted without <html> and <body>, and without
    // elements that hold no others: void elements and raw text).
    for (html, depth) in [
        ("<div><div><p>x</div></div>", 3),
        ("<p>a<p>b<p>c", 1),
        ("<ul><li>a<li>b<li>c</ul>", 2),
        ("<table><tr><td>a<td>b</table>", 4),
        ("<div><!-- <div><div> --><script>\"<div><div>\"</script><style>div{}</style></div>", 1),
        ("<svg><path/><path/><g><path/></g></svg>", 2),
        ("<div/><div/>", 2),
        ("<br><img src=x><hr><input>", 0),
        ("<p><b>x<p>y<p>z", 2),
        ("<p><b id=1>x<p><b id=2>x<p><b id=3>x", 4),
        ("<b><div>x</b>y</div>", 2),
        ("<span><div></span><span><div></span>", 4),
        ("<form><li>a</form><form><li>b</form>", 2),
        ("<table><div><table><tr><td>x</table>", 4),
        ("<div title=\"a>b\"><div class='x>'></div></div>", 2),
        ("<script><!--<script></script><div><div>--></script><div>", 1),
        ("<svg><foreignObject><div/><div/></foreignObject></svg>", 4),
        ("<select><option>a<option>b</select>", 2),
        ("<dl><dt>a<dd>b<dt>c<dd>d</dl>", 2),
        ("<h1>a<h2>b<h3>c", 1),
        ("<a href=1>x<a href=2>y<a href=3>z", 1),
        ("<math><mi><div><div></div></div></mi></math>", 4),
    ] {
        assert_eq!(nesting::deepest(html, 100), depth, "{html}");
    }
}

#[test]
fn sloppy_but_flat_pages_are_not_deep() {
    let para = "Sanctions hurt ordinary Iranians, officials said.";
    let many = |unit: &str| unit.repeat(5_000);
    for (what, html) in [
        ("unclosed paragraphs", many(&format!("<p>{para}\n"))),
        ("unclosed list items", format!("<ul>{}</ul>", many(&format!("<li>{para}")))),
        ("unclosed cells and rows", format!("<table>{}</table>", many(&format!("<tr><td>{para}<td>x")))),
        ("unclosed fonts in paragraphs", many(&format!("<p><font face=Arial>{para}"))),
        ("misnested bold", many(&format!("<b><div>{para}</b></div>"))),
        ("misnested font and paragraph", many(&format!("<font size=2><p>{para}</font></p>"))),
        ("unclosed links", many(&format!("<a href=/x>{para}"))),
        ("forms around list items", many(&format!("<form><li>{para}</form>"))),
        ("stray end tags", many(&format!("</div></span></b><p>{para}</td>"))),
        ("inline SVG icons", many(&format!("<p><svg><g><path d=x/></g></svg>{para}</p>"))),
    ] {
        let depth = nesting::deepest(&format!("<html><body>{html}</body></html>"), MAX_NESTING);
        assert!(depth <= 6, "{what}: {depth}");
    }
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

#[test]
fn a_tag_with_thousands_of_attributes_is_refused_before_parsing() {
    // 400,000 distinct attributes on one tag took 104 s: the parser compares each attribute
    // with the ones before it.
    let attrs: String = (0..50_000).map(|i| format!(" a{i:x}")).collect();
    let page = format!("<html><body><p{attrs}>Sanctions hurt.</p></body></html>");
    let started = std::time::Instant::now();
    let err = article_from_html("page.html", &page).unwrap_err();
    assert!(err.contains("one tag 50000 attributes") && !err.contains('\n'), "{err}");
    assert!(started.elapsed() < std::time::Duration::from_secs(5), "{:?}", started.elapsed());
    // Many tags just under the per-tag limit add up the same way.
    let attrs: String = (0..MAX_ATTRIBUTES).map(|i| format!(" a{i:x}")).collect();
    let page = format!("<html><body>{}</body></html>", format!("<p{attrs}>x</p>").repeat(60));
    let err = article_from_html("page.html", &page).unwrap_err();
    assert!(err.contains("many tags hundreds of attributes"), "{err}");
    // Attributes as real pages carry them are read.
    let page = format!(
        "<html><body><article>{}</article></body></html>",
        "<p class=\"a\" id=\"b\" data-x=\"1\" style=\"c\">Sanctions hurt ordinary Iranians.</p>".repeat(200)
    );
    assert!(article_from_html("page.html", &page).is_ok());
}

#[test]
fn many_paragraphs_deep_down_are_refused_before_parsing() {
    // 200,000 paragraphs 36 deep is inside the depth and element limits, and took 15 s.
    let page = format!(
        "<html><body>{}{}</body></html>",
        "<div>".repeat(35),
        "<p>Sanctions hurt.</p>".repeat(200_000)
    );
    let started = std::time::Instant::now();
    let err = article_from_html("page.html", &page).unwrap_err();
    assert!(err.contains("levels deep, too much work") && !err.contains('\n'), "{err}");
    assert!(started.elapsed() < std::time::Duration::from_secs(10), "{:?}", started.elapsed());
    let shape = nesting::measure(&page, MAX_NESTING, usize::MAX);
    assert!(shape.ancestors >= 200_000 * 36, "{}", shape.ancestors);
}
