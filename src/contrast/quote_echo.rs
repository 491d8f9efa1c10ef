//! Quote echoes: whether a short quoted phrase renders a part of a longer quotation.
//!
//! In: two quotations' texts. Out: [`QuoteWords`], read once per quotation, and [`echoes`],
//! whether the phrase's telling words come back in the longer one in order and in more than
//! one place ("lost some continuity of knowledge" in "We have lost continuity of knowledge over
//! that material…"; "finally teaching rather than policing phones" in "…teachers are teaching
//! instead of policing"). Two statements on one subject share its terms ("Social Security",
//! "public education", a name): one run of words in common, or names, is not an echo.

use crate::text::fold::words;
use crate::words::content_words;

/// Telling words the phrase must carry into the quotation, and the share of its own.
const ECHO_WORDS: usize = 2;
const ECHO_SHARE: f32 = 1.0 / 3.0;
/// The most telling-word pairs one comparison looks at: a phrase of a dozen words against a
/// quotation of some three hundred, so that a comparison costs about what the word overlap
/// computed for every candidate does. Two long quotations beyond it are read by their overlap
/// alone.
const MAX_CELLS: usize = 1 << 12;

/// A quotation's words as echoes are read: each word lower-cased, with its key when it is a
/// telling word (a content word of four letters or more, not a contraction such as "I'm", not
/// a capitalised name inside the quotation).
pub(crate) struct QuoteWords {
    lower: Vec<String>,
    keys: Vec<Option<String>>,
}

impl QuoteWords {
    pub(crate) fn new(text: &str) -> Self {
        let ranges = words(text);
        let mut lower = Vec::with_capacity(ranges.len());
        let mut keys = Vec::with_capacity(ranges.len());
        for (i, range) in ranges.into_iter().enumerate() {
            let word = &text[range];
            let name = i > 0 && word.starts_with(char::is_uppercase);
            let key = content_words(word)
                .pop()
                .filter(|w| !name && w.chars().count() >= 4 && !w.contains(['\'', '’']));
            lower.push(word.to_lowercase().replace('’', "'"));
            keys.push(key);
        }
        QuoteWords { lower, keys }
    }

    fn telling(&self) -> usize {
        self.keys.iter().flatten().count()
    }
}

/// Whether `phrase` echoes `quotation`: the longest run in order of telling words they share
/// holds at least [`ECHO_WORDS`] and [`ECHO_SHARE`] of the phrase's, in two anchors or more (two
/// shared words are in one anchor when the words between them are the same on both sides).
/// The work is the phrase's telling words times the quotation's, up to [`MAX_CELLS`].
pub(crate) fn echoes(phrase: &QuoteWords, quotation: &QuoteWords) -> bool {
    let matched = common_keys_in_order(phrase, quotation);
    if matched.len() < ECHO_WORDS || (matched.len() as f32) < ECHO_SHARE * phrase.telling() as f32 {
        return false;
    }
    let same_between = |(p1, q1): (usize, usize), (p2, q2): (usize, usize)| {
        phrase.lower[p1 + 1..p2] == quotation.lower[q1 + 1..q2]
    };
    matched.windows(2).any(|w| !same_between(w[0], w[1]))
}

/// Positions (in the phrase, in the quotation) of a longest common subsequence of telling keys.
fn common_keys_in_order(phrase: &QuoteWords, quotation: &QuoteWords) -> Vec<(usize, usize)> {
    let p: Vec<(usize, &str)> =
        phrase.keys.iter().enumerate().filter_map(|(i, k)| k.as_deref().map(|k| (i, k))).collect();
    let q: Vec<(usize, &str)> =
        quotation.keys.iter().enumerate().filter_map(|(i, k)| k.as_deref().map(|k| (i, k))).collect();
    if p.is_empty() || q.is_empty() || (p.len() + 1).saturating_mul(q.len() + 1) > MAX_CELLS {
        return Vec::new();
    }
    // lengths[i][j]: the longest common subsequence of p[i..] and q[j..].
    let width = q.len() + 1;
    let mut lengths = vec![0u16; (p.len() + 1) * width];
    for i in (0..p.len()).rev() {
        for j in (0..q.len()).rev() {
            lengths[i * width + j] = if p[i].1 == q[j].1 {
                lengths[(i + 1) * width + j + 1].saturating_add(1)
            } else {
                lengths[(i + 1) * width + j].max(lengths[i * width + j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < p.len() && j < q.len() {
        if p[i].1 == q[j].1 {
            out.push((p[i].0, q[j].0));
            i += 1;
            j += 1;
        } else if lengths[(i + 1) * width + j] >= lengths[i * width + j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn echo(phrase: &str, quotation: &str) -> bool {
        echoes(&QuoteWords::new(phrase), &QuoteWords::new(quotation))
    }

    #[test]
    fn a_phrase_reworded_from_a_longer_quotation_echoes_it() {
        let long = "We have lost continuity of knowledge over that material, and every week that passes makes it harder to rebuild,";
        assert!(echo("lost some continuity of knowledge", long));
        let long = "Our students are talking to each other again at lunch, and teachers are teaching instead of policing,";
        assert!(echo("finally teaching rather than policing phones", long));
        assert!(echo(
            "I know you’re under duress",
            "Mr. vice president, I know you're under a lot of duress to make up for lost ground"
        ));
    }

    #[test]
    fn one_shared_term_or_shared_names_are_not_an_echo() {
        let long = "I'm saying that local communities and parents should be the ones in control over public education, certainly not the federal government";
        assert!(!echo("public education should be a dynamic process that's locally run", long), "one run");
        // Shared words out of order are two sentences.
        assert!(!echo("I think the parent should be in charge", long));
        // Names are the subject, not the wording.
        let long = "The savings his ad attacks do not cut a single guaranteed Medicare benefit, and Mitt Romney embraced the very same savings";
        assert!(!echo("Mitt Romney’s Medicare ad is dishonest and hypocritical.", long));
        assert!(!echo("lost", "We have lost continuity"), "a single word");
        // Two long quotations are not compared word by word.
        let words =
            |n: usize, between: &str| (0..n).map(|i| format!("term{i} {between} ")).collect::<String>();
        assert!(echo(&words(60, "gap"), &words(60, "")));
        assert!(echo(&words(12, "gap"), &words(300, "")));
        assert!(!echo(&words(100, "gap"), &words(100, "")), "beyond the table's size");
    }

    #[test]
    fn telling_words_skip_stubs_contractions_and_inner_names() {
        let words = QuoteWords::new("Medicare is what I'm not cutting for Medicare");
        let keys: Vec<&str> = words.keys.iter().flatten().map(String::as_str).collect();
        assert_eq!(keys, ["medicare", "cutting"]);
    }
}
