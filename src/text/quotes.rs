//! Quotations in a sentence: spans in quotation marks of at least three words.
//!
//! In: a sentence. Out: byte ranges of the quoted words. Shared by the contrast engine (quotes
//! rendered differently) and the voice reader (a quoted sentence is a speaker's); and a
//! quotation's text without an editor's bracketed insertions.

use std::ops::Range;

/// Spans in quotation marks of at least three words (shorter ones are scare quotes), as byte
/// ranges of `text`, trimmed of the spaces inside the marks.
pub fn find_quotes(text: &str) -> Vec<Range<usize>> {
    quotes_of_at_least(text, 3)
}

/// Spans in quotation marks of one word or more: what a verb of saying introduces is speech
/// however short ("conceded that the talks had been “difficult”"); the caller knows whether one
/// does.
pub fn find_all_quotes(text: &str) -> Vec<Range<usize>> {
    quotes_of_at_least(text, 1)
}

fn quotes_of_at_least(text: &str, min_words: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    // Most sentences quote nothing: one vectorised pass for the last bytes of the opening marks
    // (`"`, `“` = E2 80 9C, `«` = C2 AB) spares them the three searches below.
    if memchr::memchr3(b'"', 0x9c, 0xab, text.as_bytes()).is_none() {
        return out;
    }
    for (open, close) in [('“', '”'), ('"', '"'), ('«', '»')] {
        let mut from = 0;
        while let Some(start) = text[from..].find(open).map(|i| from + i + open.len_utf8()) {
            let Some(end) = text[start..].find(close).map(|i| start + i) else { break };
            let inner = &text[start..end];
            let lead = inner.len() - inner.trim_start().len();
            let trimmed = inner.trim();
            if trimmed.split_whitespace().take(min_words).count() >= min_words {
                out.push(start + lead..start + lead + trimmed.len());
            }
            from = end + close.len_utf8();
        }
    }
    out
}

/// The text without bracketed insertions ("[President Barack] Obama's war"), but for an
/// elision mark in brackets ("we will […] sign it"), which stays one, and with a spaced
/// elision (". . .") written as one mark. A "[" never closed is no insertion: it and the rest
/// of the text are kept (dropping them had emptied a quotation with a stray bracket).
pub fn without_brackets(text: &str) -> String {
    let text = text.replace(". . .", "…");
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    let mut inserted = String::new();
    // Everything from the outermost open "[" on, as written, in case it is never closed.
    let mut pending = String::new();
    for c in text.chars() {
        if depth > 0 {
            pending.push(c);
        }
        match c {
            '[' => {
                if depth == 0 {
                    pending.push(c);
                }
                depth += 1;
            }
            ']' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    if matches!(inserted.trim(), "…" | "...") {
                        out.push('…');
                    }
                    inserted.clear();
                    pending.clear();
                }
            }
            ']' => {}
            _ if depth == 0 => out.push(c),
            _ => inserted.push(c),
        }
    }
    out.push_str(&pending);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_spans_slice_the_quoted_words() {
        let text = "He called talks “ not wise, not prudent” and a \"trap\" in \"plain sight of all\".";
        let spans: Vec<&str> = find_quotes(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(spans, vec!["not wise, not prudent", "plain sight of all"]);
    }

    #[test]
    fn text_without_opening_marks_has_no_quotes() {
        for quoted in [
            "He said “three quoted words” here.",
            "He said \"three quoted words\".",
            "Il a dit « trois mots cités ».",
        ] {
            assert_eq!(find_quotes(quoted).len(), 1, "{quoted}");
        }
        assert!(find_quotes("Plain words, ’apostrophes’, » closers ” and nothing quoted at all.").is_empty());
    }

    #[test]
    fn all_quotes_include_the_short_ones() {
        let text = "He conceded that the talks had been “difficult” and the gaps “still wide.”";
        let spans: Vec<&str> = find_all_quotes(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(spans, ["difficult", "still wide."]);
        assert!(find_quotes(text).is_empty());
    }

    #[test]
    fn unclosed_quotes_are_not_quotes() {
        assert!(find_quotes("He said “this never closes and goes on").is_empty());
    }
}
