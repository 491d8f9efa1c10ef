//! Tests of the refusals before parsing: pages nested too deep, with more elements than any
//! article holds, or with hostile attributes are refused with a message, before the parser
//! builds a tree (moved from `tests.rs`, which passed 400 lines).

use super::*;

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
