//! The HTML parser's lists of elements, grouped by what the parser does with them.
//!
//! In: nothing, they are constants. Out: lower-case tag names, grouped as the tree-construction
//! rules of the HTML standard group them. Why apart: both the stack of open elements
//! ([`super::tree`]) and the rules for start and end tags ([`super::rules`]) look them up, and
//! side by side the lists are easier to check against the standard.

pub(super) const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input",
    "keygen", "link", "meta", "param", "source", "track", "wbr",
];
pub(super) const RAW_TEXT: &[&str] =
    &["iframe", "noembed", "noframes", "script", "style", "textarea", "title", "xmp"];
pub(super) const FORMATTING: &[&str] =
    &["a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"];
/// Elements that close an open `<p>`.
#[rustfmt::skip]
pub(super) const CLOSES_P: &[&str] = &[
    "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "hr", "li", "dd", "dt", "listing", "main", "menu", "nav", "ol", "p", "plaintext", "pre",
    "search", "section", "summary", "table", "ul", "xmp",
];
pub(super) const HEADINGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];
/// HTML's "special" elements: an end tag for another element does not close past them.
#[rustfmt::skip]
pub(super) const SPECIAL: &[&str] = &[
    "address", "applet", "article", "aside", "blockquote", "body", "button", "caption", "center",
    "colgroup", "dd", "details", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
    "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "html", "li", "listing",
    "main", "marquee", "menu", "nav", "noscript", "object", "ol", "p", "plaintext", "pre", "section",
    "select", "summary", "table", "tbody", "td", "template", "tfoot", "th", "thead", "tr", "ul",
];
/// Elements that bound a scope: an end tag does not reach an element below them (nor below
/// the SVG and MathML elements where HTML resumes).
pub(super) const SCOPE: &[&str] =
    &["applet", "caption", "html", "table", "td", "th", "marquee", "object", "select", "template"];
/// SVG and MathML elements in which HTML resumes.
pub(super) const SVG_INTEGRATION: &[&str] = &["foreignobject", "desc", "title"];
pub(super) const MATHML_INTEGRATION: &[&str] = &["mi", "mo", "mn", "ms", "mtext"];
/// HTML start tags that end SVG or MathML content.
#[rustfmt::skip]
pub(super) const BREAKOUT: &[&str] = &[
    "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed",
    "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta",
    "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table",
    "tt", "u", "ul", "var",
];
/// Elements after which formatting elements are not reopened.
pub(super) const MARKERS: &[&str] = &["applet", "caption", "marquee", "object", "td", "template", "th"];
/// Elements whose end tags the parser implies before closing an enclosing element.
pub(super) const IMPLIED_END: &[&str] =
    &["dd", "dt", "li", "option", "optgroup", "p", "rb", "rp", "rt", "rtc"];
pub(super) const TABLE_PARTS: &[&str] = &["caption", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr"];
/// Start tags before which the parser does not reopen formatting elements (it does so later,
/// inside them, when text comes).
#[rustfmt::skip]
pub(super) const NOT_INLINE: &[&str] = &[
    "address", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "caption",
    "center", "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6",
    "head", "header", "hgroup", "hr", "html", "iframe", "li", "link", "listing", "main", "menu", "meta",
    "nav", "noembed", "noframes", "ol", "p", "param", "plaintext", "pre", "rb", "rp", "rt", "rtc",
    "script", "search", "section", "source", "style", "summary", "table", "tbody", "td", "template",
    "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul",
];
