//! Quote echoes: whether a short quoted phrase renders a part of a longer quotation.
//!
//! In: two quotations' texts. Out: [`QuoteWords`], read once per quotation, and [`echoes`],
//! whether the phrase's telling words come back in the longer one in order and in more than
//! one place ("lost some continuity of knowledge" in "We have lost continuity of knowledge over
//! that material…"; "finally teaching rather than policing phones" in "…teachers are teaching
//! instead of policing"). Two statements on one subject share its terms ("Social Security",
//! "public education", a name): one run of words in common, or names, is not an echo —
//! unless the run is a phrase of its own ([`shares_phrase`]: "is not a cure-all, and some
//! families will struggle" and "is not a cure-all, but it is the best tool we have").

use crate::targets::is_phrase_stop;
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

/// Words in a row two quotations of one speaker must share, a telling word among them, to be
/// one statement cut two ways. A term of the subject is a word or two ("Social Security"); a
/// run of four with its function words is wording.
const PHRASE_WORDS: usize = 4;

/// Whether the two quotations share [`PHRASE_WORDS`] words in a row (function words included)
/// with a telling word among them that is not a word of reporting or opinion ("I think that it
/// is" is how people talk, not one statement). The work is the two word counts multiplied, up to
/// [`MAX_CELLS`].
pub(crate) fn shares_phrase(a: &QuoteWords, b: &QuoteWords) -> bool {
    let (n, m) = (a.lower.len(), b.lower.len());
    if n < PHRASE_WORDS || m < PHRASE_WORDS || (n + 1).saturating_mul(m + 1) > MAX_CELLS {
        return false;
    }
    // run[j]: how many words in a row end at a's word i and b's word j (one row kept).
    let mut run = vec![0usize; m + 1];
    for i in 0..n {
        for j in (0..m).rev() {
            run[j + 1] = if a.lower[i] == b.lower[j] { run[j] + 1 } else { 0 };
            let len = run[j + 1];
            let telling = |k: &Option<String>| k.as_deref().is_some_and(|k| !is_phrase_stop(k));
            if len >= PHRASE_WORDS && a.keys[i + 1 - len..=i].iter().any(telling) {
                return true;
            }
        }
    }
    false
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
    fn a_phrase_of_four_words_with_a_telling_one_is_shared_wording() {
        let phrase = |a: &str, b: &str| shares_phrase(&QuoteWords::new(a), &QuoteWords::new(b));
        assert!(phrase(
            "is not a cure-all, and some families will struggle with Fridays.",
            "is not a cure-all, but it is the best tool we have to keep good teachers,"
        ));
        // Function words alone, or a subject's term of two words, are no shared phrase.
        assert!(!phrase("I think that it is what we need", "I think that it is too late for them"));
        assert!(!phrase(
            "Social Security is not going away",
            "we will protect Social Security for our children"
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
