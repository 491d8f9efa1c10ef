//! The header of a text article and the names it falls back on. In: the file's lines (and its
//! name), then its passages. Out: the metadata fields with the line the body starts at, dates
//! as dates, which passage is the title of a file without a header, and a readable title for
//! an untitled file.

use std::path::Path;

use super::MAX_HEADING_WORDS;

/// Header keys recognised in the optional metadata block at the top of a file.
const META_KEYS: &[&str] = &["title", "source", "author", "byline", "published", "date", "url"];
/// A title line with a header block under it is at most this many words long.
const MAX_TITLE_WORDS: usize = 25;
/// Words of the first passage that name a file whose own name is generated.
const FALLBACK_TITLE_WORDS: usize = 8;

/// The header of a file: `Key: value` lines (or `Published …` / `By …`) at the very top,
/// ended by a blank line, or right under a title line (`Title`, then the header lines, then the
/// body). The fields and the line the body starts at; no fields when there is no such header.
pub(super) fn header_block(lines: &[&str]) -> (Vec<(String, String)>, usize) {
    let first = lines.iter().position(|l| !l.trim().is_empty()).unwrap_or(lines.len());
    let end = lines[first..].iter().position(|l| l.trim().is_empty()).map_or(lines.len(), |n| first + n);
    let top: Option<Vec<_>> = lines[first..end].iter().map(|l| header_line(l)).collect();
    if let Some(fields) = top.filter(|f| !f.is_empty()) {
        return (fields, end);
    }
    // A title line, then header lines up to a blank line or the first line that is not one.
    let Some(title) = lines.get(first).map(|l| l.trim()) else { return (Vec::new(), 0) };
    let title_words = title.split_whitespace().count();
    if title_words > MAX_TITLE_WORDS
        || title.starts_with('#') && title.trim_start_matches('#').trim().is_empty()
    {
        return (Vec::new(), 0);
    }
    let fields: Vec<_> = lines[first + 1..].iter().map_while(|l| header_line(l)).collect();
    if fields.is_empty() {
        return (Vec::new(), 0);
    }
    let title = title.trim_start_matches('#').trim().to_string();
    let body = first + 1 + fields.len();
    (std::iter::once(("title".to_string(), title)).chain(fields).collect(), body)
}

/// One header line as `(key, value)`: `Key: value` with a known key, or the `Published …`,
/// `Updated …` and `By …` lines news sites print under a headline.
fn header_line(line: &str) -> Option<(String, String)> {
    let line = line.trim();
    if let Some((key, value)) = line.split_once(':') {
        let key = key.trim().to_ascii_lowercase();
        if META_KEYS.contains(&key.as_str()) && !value.trim().is_empty() {
            return Some((key, value.trim().to_string()));
        }
    }
    let (word, rest) = line.split_once(char::is_whitespace)?;
    let rest = rest.trim();
    let short = rest.split_whitespace().count() <= 8 && !rest.ends_with(['.', '!', '?']);
    match word.to_ascii_lowercase().as_str() {
        "published" | "updated" | "posted" if short && rest.chars().any(|c| c.is_ascii_digit()) => {
            let date = rest.strip_prefix("on ").unwrap_or(rest);
            Some(("published".to_string(), date.trim().to_string()))
        }
        "by" if short && rest.chars().next().is_some_and(char::is_uppercase) => {
            Some(("author".to_string(), rest.to_string()))
        }
        _ => None,
    }
}

/// A date as a reader wants it: `2025-04-28T09:30:00Z` (or with an offset) as `2025-04-28`;
/// anything else as written.
pub fn display_date(value: &str) -> String {
    let value = value.trim();
    let bytes = value.as_bytes();
    let is_iso_day = bytes.len() >= 10
        && bytes[..10]
            .iter()
            .enumerate()
            .all(|(i, b)| if i == 4 || i == 7 { *b == b'-' } else { b.is_ascii_digit() });
    if is_iso_day && (bytes.len() == 10 || matches!(bytes[10], b'T' | b't' | b' ')) {
        value[..10].to_string()
    } else {
        value.to_string()
    }
}

/// A name to show for a file without a title: its file name, unless that reads like a
/// generated one (a long run of hex digits), then the first words of its first passage.
pub(super) fn fallback_title(name: &str, first_text: Option<&str>) -> String {
    let stem = Path::new(name).file_stem().map_or(name.to_string(), |s| s.to_string_lossy().into_owned());
    let longest_hex_run = stem.split(|c: char| !c.is_ascii_hexdigit()).map(str::len).max().unwrap_or(0);
    let generated = longest_hex_run >= 8 && stem.chars().any(|c| c.is_ascii_digit());
    match first_text.filter(|t| generated && !t.trim().is_empty()) {
        Some(text) => {
            let words: Vec<&str> = text.split_whitespace().collect();
            let cut = words.len().min(FALLBACK_TITLE_WORDS);
            let mut title = words[..cut].join(" ");
            if cut < words.len() {
                title = title.trim_end_matches([',', ';', ':', '.']).to_string() + "…";
            }
            title
        }
        None => stem,
    }
}

/// The title of a file without a header, as an index into its passages: the first line before
/// the body that reads like a headline (five words or more not ending in a full stop, and no
/// longer than a heading unless it opens the file; or ending in ? or !), else the first
/// non-clutter line.
pub(super) fn pick_title(blocks: &[&str], clutter: &[bool]) -> Option<usize> {
    let body_start = blocks
        .iter()
        .position(|r| r.split_whitespace().count() >= 25 && r.trim_end().ends_with(['.', '!', '?', '"', '”']))
        .unwrap_or(blocks.len());
    let first_line = (0..body_start).find(|&i| !clutter[i]);
    // A headline is looked for past the first line to pass over a tag line ("Iran talks")
    // pasted above it. A line ending in a full stop is a sentence (a short article's first
    // paragraph, a standfirst), not a headline to prefer over a short title before it; nor is
    // a line longer than a heading may be, which after a short line is the standfirst some
    // writers end without a full stop ("Tariffs bite", then "How a tax on imports reached
    // the shelves of a small-town hardware store").
    let headline = (0..body_start).find(|&i| {
        let words = blocks[i].split_whitespace().count();
        let text = blocks[i].trim_end();
        let headline_length = words >= 5 && (words <= MAX_HEADING_WORDS || Some(i) == first_line);
        !clutter[i] && words <= 25 && (headline_length && !text.ends_with('.') || text.ends_with(['?', '!']))
    });
    // Without a headline-like line, the first non-clutter line is the title if it is short;
    // a file that opens straight into body text has no title line at all, nor has a file of
    // one sentence (taken as its title, it would leave nothing to compare).
    let lone_sentence =
        |i: usize| blocks[i].trim_end().ends_with('.') && (i + 1..blocks.len()).all(|later| clutter[later]);
    headline.or_else(|| {
        (0..body_start)
            .find(|&i| !clutter[i] && blocks[i].split_whitespace().count() <= 25)
            .filter(|&i| !lone_sentence(i))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::tests::kinds;
    use crate::article::{Article, PassageKind};

    #[test]
    fn a_header_under_the_title_line_is_metadata_not_body() {
        let a = Article::parse(
            "a.txt",
            "Talks resume in Muscat\nPublished 28 April 2025\nSource: Test Wire\nAuthor: Jane Doe\n\nBody text here. More.\n",
        );
        assert_eq!(a.meta.title, "Talks resume in Muscat");
        assert_eq!(a.meta.published.as_deref(), Some("28 April 2025"));
        assert_eq!(a.meta.source.as_deref(), Some("Test Wire"));
        assert_eq!(a.meta.author.as_deref(), Some("Jane Doe"));
        assert_eq!(a.passages.len(), 1);
        assert_eq!(a.passages[0].text, "Body text here. More.");
        // A body paragraph that starts with "By" is not a byline.
        let b = Article::parse(
            "b.txt",
            "Title here\nBy the end of the week the talks had stalled, officials said.\n",
        );
        assert!(b.meta.author.is_none());
    }

    #[test]
    fn dates_show_as_dates() {
        assert_eq!(display_date("2025-04-28T09:30:00Z"), "2025-04-28");
        assert_eq!(display_date("2025-04-28 09:30"), "2025-04-28");
        assert_eq!(display_date("2025-04-28"), "2025-04-28");
        assert_eq!(display_date("28 April 2025"), "28 April 2025");
        let a =
            Article::parse("a.md", "Title: T\nPublished: 2025-04-28T09:30:00+02:00\n\nBody text. More.\n");
        assert_eq!(a.meta.published.as_deref(), Some("2025-04-28"));
    }

    #[test]
    fn an_untitled_file_with_a_generated_name_is_named_by_its_first_words() {
        let body = "In recent weeks, Iranian opposition activists have mounted a public campaign across social media, pleading with officials to stop the talks now. The outpouring reflects deep-seated concern among regime opponents.";
        let a = Article::parse("seeds/002_2101130d8a959df4.txt", body);
        assert_eq!(a.meta.title, "In recent weeks, Iranian opposition activists have mounted…");
        let b = Article::parse("notes/talks.txt", body);
        assert_eq!(b.meta.title, "talks");
    }

    /// A Markdown title stays the title, though a line after it reads more like a headline (a
    /// sentence left without its full stop); nothing before that line is taken for clutter
    /// (the line itself reads as a heading of the body).
    #[test]
    fn a_markdown_title_is_not_lost_to_an_unfinished_sentence() {
        let a = Article::parse(
            "a.md",
            "# Keep the Lot Free\n\nThe harbor lot has been free for forty years, and it should stay so.\n\n\
             The council should approve the ordinance on June 3\n\nFishermen park there before dawn.\n",
        );
        assert_eq!(a.meta.title, "Keep the Lot Free");
        assert_eq!(kinds(&a), vec![PassageKind::Paragraph, PassageKind::Heading, PassageKind::Paragraph]);
    }

    /// A short title stays the title: a sentence after it (a short article's first paragraph,
    /// a standfirst ending in a full stop) is no headline to prefer over it.
    #[test]
    fn a_short_title_is_not_lost_to_the_first_sentence() {
        let short = Article::parse(
            "a.txt",
            "Pressure Works\n\nSanctions hurt the regime, a view shared by many economists in Tehran.\n\nThe talks in Oman are a lifeline for the regime.\n",
        );
        assert_eq!(short.meta.title, "Pressure Works");
        assert_eq!(kinds(&short), vec![PassageKind::Paragraph, PassageKind::Paragraph]);
        let body = "For six years the maximum pressure campaign has squeezed the regime in Tehran, cut its oil revenue by half, and forced it back to the negotiating table this spring.";
        let dek = Article::parse(
            "b.txt",
            &format!("Pressure Works\n\nThe case for keeping sanctions on Tehran.\n\n{body}\n"),
        );
        assert_eq!(dek.meta.title, "Pressure Works");
        // A tag line before a headline is still passed over for the headline.
        let tagged = Article::parse(
            "c.txt",
            &format!("Iran talks\n\nShould sanctions stay while Tehran negotiates?\n\n{body}\n"),
        );
        assert_eq!(tagged.meta.title, "Should sanctions stay while Tehran negotiates?");
    }

    #[test]
    fn first_line_is_the_title_without_header() {
        let a = Article::parse(
            "a.txt",
            "Iran’s Civil Society May Be its Best Hope\nA first paragraph that is long enough.\n",
        );
        assert_eq!(a.meta.title, "Iran’s Civil Society May Be its Best Hope");
        assert_eq!(a.passages.len(), 1);
    }

    #[test]
    fn leading_clutter_and_tag_lines_before_the_headline() {
        let body = "As the United States and Iran cautiously return to the negotiating table, a familiar question resurfaces about human rights and diplomacy in the region.";
        let text = format!("Follow us on social\n\nSteve Witkoff Iran talks\n\nShould human rights derail US-Iran talks?\n\nAnalysis | Middle East\n\n{body}\n");
        let a = Article::parse("a", &text);
        assert_eq!(a.meta.title, "Should human rights derail US-Iran talks?");
        assert_eq!(
            kinds(&a),
            vec![PassageKind::Clutter, PassageKind::Clutter, PassageKind::Clutter, PassageKind::Paragraph]
        );
    }

    #[test]
    fn a_file_that_opens_with_body_text_keeps_it() {
        let body = "Iranian opposition activists have mounted a public campaign across social media, pleading with the administration to end renewed engagement with Tehran, which they see as a betrayal of their struggle.";
        let a = Article::parse("notes/002.txt", &format!("{body}\nShort Heading Here\n{body}\n"));
        assert_eq!(a.meta.title, "002");
        assert_eq!(kinds(&a), vec![PassageKind::Paragraph, PassageKind::Heading, PassageKind::Paragraph]);
    }

    /// A standfirst written without a full stop is longer than a headline: it does not take
    /// the place of the short title above it, and stays in the article as its first paragraph.
    #[test]
    fn a_standfirst_without_a_full_stop_does_not_take_a_short_titles_place() {
        let dek = "How a tax on imports reached the shelves of a small-town hardware store";
        let body = "Prices at Miller's Hardware rose by a fifth this spring, and the owner blames the new duties on steel and aluminium imports.";
        let text = format!("Tariffs bite\n\n{dek}\n\n{body}\n\nHer suppliers raised their prices twice.\n");
        let a = Article::parse("tariffs.md", &text);
        assert_eq!(a.meta.title, "Tariffs bite");
        assert_eq!(kinds(&a), vec![PassageKind::Paragraph; 3]);
        assert_eq!(a.passages[0].text, dek);
        // A headline's length after a tag line is still the headline.
        let tagged =
            Article::parse("b.md", &format!("Trade\n\nSmall shops count the cost of tariffs\n\n{body}\n"));
        assert_eq!(tagged.meta.title, "Small shops count the cost of tariffs");
        // And a long line opening the file is its title, as before.
        let long = Article::parse("c.md", &format!("{dek}\n\n{body}\n"));
        assert_eq!(long.meta.title, dek);
    }

    /// A file of one sentence is a (very short) article, not a title with nothing under it:
    /// taking the sentence as the title would leave no text to compare.
    #[test]
    fn a_lone_sentence_is_the_body_not_the_title() {
        let one = Article::parse("notes/red.txt", "Sanctions hurt ordinary Iranians badly, they said.\n");
        assert_eq!(one.meta.title, "red");
        assert_eq!(kinds(&one), vec![PassageKind::Paragraph]);
        assert!(one.has_body_text());
        // After clutter too; and a short title line alone is still a title.
        let cluttered = Article::parse("red.txt", "Follow us on social\n\nSanctions hurt, they said.\n");
        assert_eq!(kinds(&cluttered), vec![PassageKind::Clutter, PassageKind::Paragraph]);
        assert_eq!(Article::parse("a.md", "Tariffs bite\n").meta.title, "Tariffs bite");
    }
}
