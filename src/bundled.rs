//! The demo articles, compiled in so `counterpoint` works from any directory.

/// `(path as written in config.toml, contents)` of each bundled article.
pub const BUNDLED_ARTICLES: &[(&str, &str)] = &[
    (
        "articles/diplomacy-helps-civil-society.md",
        include_str!("../articles/diplomacy-helps-civil-society.md"),
    ),
    ("articles/talks-lifeline-for-regime.md", include_str!("../articles/talks-lifeline-for-regime.md")),
    (
        "articles/sanctions-hurt-ordinary-iranians.md",
        include_str!("../articles/sanctions-hurt-ordinary-iranians.md"),
    ),
    ("articles/israel-security-view.md", include_str!("../articles/israel-security-view.md")),
];

/// The bundled copy of an article path, if it is one of ours.
pub fn bundled(path: &str) -> Option<&'static str> {
    let normal = path.trim_start_matches("./");
    BUNDLED_ARTICLES.iter().find(|(p, _)| *p == normal).map(|(_, text)| *text)
}
