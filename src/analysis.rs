//! Everything the engine learns from one article on its own: topic mentions per passage, the
//! claims its sentences make, who is speaking, what it quotes and the figures it gives.
//!
//! In: an [`Article`] and the topic map. Out: an [`ArticleAnalysis`], made once per article;
//! comparing two articles (see `compare`) only combines results. The per-sentence readings are
//! the contrast engine's first stages (`contrast::claims`, `voice`, `quotes`, `figures`).

use std::ops::Range;

use crate::article::{Article, SentenceId};
use crate::contrast::claims::{claim_from_cues, claim_in_context, Claim, CuedSentence};
use crate::contrast::evidence::Voice;
use crate::contrast::figures::{find_figures_folded, Figure};
use crate::contrast::quotes::{find_quotes, put_to_speaker, Quote};
use crate::matcher::PhraseHit;
use crate::targets::entities::ArticleEntities;
use crate::targets::read_article;
use crate::targets::speakers::VoiceKind as ReadVoiceKind;
use crate::text::fold::fold;
use crate::text::quotes::find_all_quotes;
use crate::topics::{PassageHits, TopicMap};
use crate::words::{folded_content_words, WordList};

/// The analysis of one article.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ArticleAnalysis {
    /// Topic term hits per passage, as ranges into the passage text (none for clutter).
    pub passage_terms: Vec<Vec<PhraseHit>>,
    pub claims: Vec<Claim>,
    pub quotes: Vec<Quote>,
    pub figures: Vec<Figure>,
    /// Content words of every body sentence, for similarity, in sentence order.
    pub sentence_words: Vec<(SentenceId, WordList)>,
    /// The people, organisations, places and phrases it discusses, with every mention
    /// (pronouns and role nouns resolved).
    pub entities: ArticleEntities,
    /// The voice of every body sentence that is not the author's own, in sentence order.
    pub voices: Vec<(SentenceId, Voice)>,
}

impl ArticleAnalysis {
    /// The claim a sentence makes, if any (claims are in sentence order).
    pub fn claim_at(&self, at: SentenceId) -> Option<&Claim> {
        self.claims.binary_search_by_key(&at, |c| c.at).ok().map(|i| &self.claims[i])
    }

    /// Whose voice a body sentence is.
    pub fn voice_at(&self, at: SentenceId) -> Voice {
        self.voices
            .binary_search_by_key(&at, |(id, _)| *id)
            .map_or_else(|_| Voice::author(), |i| self.voices[i].1.clone())
    }

    /// The content words of a body sentence.
    pub fn words_of(&self, at: SentenceId) -> Option<&WordList> {
        self.sentence_words.binary_search_by_key(&at, |(id, _)| *id).ok().map(|i| &self.sentence_words[i].1)
    }

    /// Topic mention counts of a passage.
    pub fn passage_topics(&self, passage: usize) -> Vec<(usize, usize)> {
        let mut counts: Vec<(usize, usize)> = Vec::new();
        for hit in &self.passage_terms[passage] {
            match counts.iter_mut().find(|(t, _)| *t == hit.owner) {
                Some((_, n)) => *n += 1,
                None => counts.push((hit.owner, 1)),
            }
        }
        counts
    }
}

/// A claim in the voice its sentence was read in: a view the writer refutes holds the opposite
/// stance, and a label others give is their judgement, not a stance the article takes.
fn voiced(mut claim: Claim, read: Option<&crate::targets::speakers::Voice>, map: &TopicMap) -> Claim {
    let Some(read) = read else { return claim };
    claim.voice = Voice::from(read);
    match (read.kind, read.cue.clone()) {
        (ReadVoiceKind::Refuted, Some(framing)) => {
            claim.refute(framing, |t| map.topics[t.index()].stances.len());
        }
        // Neither a label others give nor a point the writer grants before turning from it is
        // where the article stands.
        (ReadVoiceKind::Labelled | ReadVoiceKind::Conceded, _) => claim.stances.clear(),
        _ => {}
    }
    claim
}

/// Sentences an article needs on a topic before a sentence that names no topic is read as one
/// on it from its cues alone.
const IMPLIED_MIN_SENTENCES: usize = 5;

/// Analyses one article with a topic map.
pub fn analyse(article: &Article, map: &TopicMap, min_claim_words: usize) -> ArticleAnalysis {
    let mut out = ArticleAnalysis {
        passage_terms: Vec::with_capacity(article.passages.len()),
        sentence_words: Vec::with_capacity(article.passages.iter().map(|p| p.sentences.len()).sum()),
        ..ArticleAnalysis::default()
    };
    // Whose voice each body sentence is, in sentence order (read over the whole article, since
    // a quotation or a rebuttal runs across sentences).
    let (voices, entities) = read_article(article, &map.attribution);
    let mut voice_at = voices.iter().peekable();
    // The topics the previous body sentence named, for a sentence that names none.
    let mut topics_before: Vec<usize> = Vec::new();
    // Sentences naming each topic, and claims a sentence's cues imply on a topic it does not name.
    let mut sentences_on = vec![0usize; map.topics.len()];
    let mut implied: Vec<Claim> = Vec::new();
    for (pi, passage) in article.passages.iter().enumerate() {
        if !passage.is_body() && passage.kind != crate::article::PassageKind::Heading {
            out.passage_terms.push(Vec::new());
            continue;
        }
        let folded = fold(&passage.text);
        // Terms of the passage and stance cues of each body sentence, in one pass.
        let sentences = if passage.is_body() { &passage.sentences[..] } else { &[] };
        let PassageHits { terms, cues } = map.read_passage(&folded, sentences);
        if passage.is_body() {
            let by_sentence = TermsBySentence::new(&terms);
            for (si, range) in passage.sentences.iter().enumerate() {
                let at = SentenceId { passage: pi, sentence: si };
                let text = &passage.text[range.clone()];
                let sentence_folded = &folded[range.clone()];
                let local = by_sentence.within(range);
                while voice_at.next_if(|(v, _)| *v < at).is_some() {}
                let read = voice_at.next_if(|(v, _)| *v == at).map(|(_, v)| v);
                let voice = read.map_or_else(Voice::author, Voice::from);
                // A quotation of a word or two is a scare quote, unless a verb of saying
                // introduces it: "Araghchi conceded that the talks had been “difficult”".
                let said_at = read.filter(|v| v.speaker.is_some()).and_then(|v| v.cue.clone());
                let quoted = match said_at {
                    Some(ref cue) => find_all_quotes(text)
                        .into_iter()
                        .filter(|q| q.start >= cue.end || text[q.clone()].split_whitespace().nth(2).is_some())
                        .collect(),
                    None => find_quotes(text),
                };
                out.quotes.extend(quoted.into_iter().map(|range| Quote {
                    at,
                    text: text[range.clone()].to_string(),
                    // A speaker carried from the quotation before is whose words these are, but
                    // two of one person's remarks paired on it were two statements: on BASIL dev,
                    // five of seven such pairs, judged (EVALUATION.md, twenty-third session).
                    speaker: voice.speaker.clone().filter(|_| {
                        !read.is_some_and(|v| v.carried)
                            && !said_at.as_ref().is_some_and(|cue| put_to_speaker(text, &range, cue))
                    }),
                    range,
                }));
                out.figures.extend(find_figures_folded(at, text, sentence_folded));
                let sentence = CuedSentence { at, text, folded: sentence_folded, cues: &cues[si] };
                let found = claim_in_context(map, sentence, &local, &topics_before, min_claim_words);
                match found {
                    Some(claim) => out.claims.push(voiced(claim, read, map)),
                    // Kept below only if the article discusses the topic its cues imply.
                    None if local.is_empty() => implied.extend(
                        claim_from_cues(map, sentence, min_claim_words).map(|claim| voiced(claim, read, map)),
                    ),
                    None => {}
                }
                topics_before.clear();
                topics_before.extend(local.iter().map(|h| h.owner));
                topics_before.sort_unstable();
                topics_before.dedup();
                for &topic in &topics_before {
                    sentences_on[topic] += 1;
                }
                if !voice.is_author() {
                    out.voices.push((at, voice));
                }
                out.sentence_words.push((at, folded_content_words(sentence_folded)));
            }
        }
        out.passage_terms.push(terms);
    }
    // A claim implied by its cues alone is kept in an article that names the topic often enough
    // to be about it: elsewhere the same two words are about something else.
    implied
        .retain(|c| c.targets.first().is_some_and(|(t, _)| sentences_on[t.index()] >= IMPLIED_MIN_SENTENCES));
    if !implied.is_empty() {
        out.claims.extend(implied);
        out.claims.sort_by_key(|c| c.at);
    }
    out.entities = entities;
    out.shrink_to_fit();
    out
}

impl ArticleAnalysis {
    /// Gives back the spare capacity the vectors grew into: the analysis lives as long as the
    /// comparison, and doubling leaves up to half of each vector unused (tens of MB at 10 MB).
    fn shrink_to_fit(&mut self) {
        self.claims.shrink_to_fit();
        self.quotes.shrink_to_fit();
        self.figures.shrink_to_fit();
        self.voices.shrink_to_fit();
        self.sentence_words.shrink_to_fit();
        self.entities.entities.shrink_to_fit();
        self.entities.mentions.shrink_to_fit();
    }
}

/// A passage's topic term hits, looked up by sentence: sorting them by where they end once makes
/// each sentence's lookup a binary search instead of a scan of the whole passage.
struct TermsBySentence<'a> {
    terms: &'a [PhraseHit],
    by_end: Vec<usize>,
}

impl<'a> TermsBySentence<'a> {
    fn new(terms: &'a [PhraseHit]) -> Self {
        let mut by_end: Vec<usize> = (0..terms.len()).collect();
        by_end.sort_by_key(|&i| terms[i].range.end);
        TermsBySentence { terms, by_end }
    }

    /// The hits inside `range`, relative to its start, in the order they were found.
    fn within(&self, range: &Range<usize>) -> Vec<PhraseHit> {
        let end_of = |i: &usize| self.terms[*i].range.end;
        let lo = self.by_end.partition_point(|i| end_of(i) <= range.start);
        let hi = self.by_end.partition_point(|i| end_of(i) <= range.end);
        let mut inside: Vec<usize> = self.by_end[lo..hi]
            .iter()
            .copied()
            .filter(|&i| self.terms[i].range.start >= range.start)
            .collect();
        inside.sort_unstable();
        inside
            .into_iter()
            .map(|i| {
                let h = &self.terms[i];
                PhraseHit { owner: h.owner, range: h.range.start - range.start..h.range.end - range.start }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn map() -> TopicMap {
        TopicMap::new(&Config::default_config()).unwrap()
    }

    #[test]
    fn terms_by_sentence_match_a_scan_of_the_passage_in_found_order() {
        let hit = |owner, start, end| PhraseHit { owner, range: start..end };
        // Overlapping and out-of-order hits, as overlapping matching and `*` suffixes give.
        let terms =
            vec![hit(0, 2, 9), hit(1, 0, 4), hit(2, 12, 15), hit(3, 10, 20), hit(4, 21, 25), hit(5, 19, 22)];
        let by_sentence = TermsBySentence::new(&terms);
        for range in [0..10, 10..21, 21..30, 0..30, 5..6] {
            let scanned: Vec<PhraseHit> = terms
                .iter()
                .filter(|h| h.range.start >= range.start && h.range.end <= range.end)
                .map(|h| hit(h.owner, h.range.start - range.start, h.range.end - range.start))
                .collect();
            assert_eq!(by_sentence.within(&range), scanned, "{range:?}");
        }
    }

    #[test]
    fn claims_skip_questions_and_clutter() {
        let article = Article::parse(
            "a",
            "Title: T\n\nDo sanctions hurt ordinary Iranians more than anyone? Sanctions hurt ordinary Iranians badly every day.\n\nFollow us on social for sanctions news\n",
        );
        let analysis = analyse(&article, &map(), 6);
        assert_eq!(analysis.claims.len(), 1);
        assert_eq!(analysis.claims[0].at, SentenceId { passage: 0, sentence: 1 });
        assert!(analysis.passage_terms[1].is_empty());
    }

    #[test]
    fn quotes_keep_their_span_and_speaker() {
        let article = Article::parse(
            "a",
            "Title: T\n\nAli Khamenei said negotiating was “not wise, not prudent” at all.\n",
        );
        let analysis = analyse(&article, &map(), 3);
        let q = &analysis.quotes[0];
        let sentence = article.sentence_text(q.at);
        assert_eq!(&sentence[q.range.clone()], "not wise, not prudent");
        assert_eq!(q.speaker.as_deref(), Some("Ali Khamenei"));
    }

    #[test]
    fn a_quotation_whose_speaker_is_carried_from_the_one_before_pairs_on_no_speaker() {
        let article = Article::parse(
            "a",
            "Title: T\n\n“We will appeal this ruling,” Ray Kowalczyk said. “Nobody asked the officers.”\n",
        );
        let analysis = analyse(&article, &map(), 3);
        let said: Vec<(&str, Option<&str>)> =
            analysis.quotes.iter().map(|q| (q.text.as_str(), q.speaker.as_deref())).collect();
        assert_eq!(
            said,
            [("We will appeal this ruling,", Some("Ray Kowalczyk")), ("Nobody asked the officers.", None)]
        );
        // The voice still says whose words they are.
        assert_eq!(
            analysis.voice_at(SentenceId { passage: 0, sentence: 1 }).speaker.as_deref(),
            Some("Ray Kowalczyk")
        );
    }

    #[test]
    fn a_question_put_to_a_speaker_is_not_theirs_but_the_answer_is() {
        let article = Article::parse(
            "a",
            "Title: T\n\nRep. Anthony Weiner spoke to reporters on Tuesday.\n\nAsked point-blank, \"Is that picture you?\" Weiner replied, \"You know I'm not going to talk about this anymore.\"\n",
        );
        let analysis = analyse(&article, &map(), 3);
        let said: Vec<(&str, Option<&str>)> =
            analysis.quotes.iter().map(|q| (q.text.as_str(), q.speaker.as_deref())).collect();
        assert_eq!(
            said,
            [
                ("Is that picture you?", None),
                ("You know I'm not going to talk about this anymore.", Some("Weiner"))
            ]
        );
    }

    #[test]
    fn a_refuted_view_holds_the_opposite_stance_with_its_framing_as_evidence() {
        use crate::contrast::claims::stance_evidence;
        use crate::targets::table::{TargetId, TargetTable};
        let map = map();
        let article = Article::parse(
            "a",
            "Title: T\n\nTo suggest that sanctions and isolation help the Iranian people is simply false.\n\n\
             Critics argue that sanctions hurt ordinary families; but they isolate the regime.\n",
        );
        let analysis = analyse(&article, &map, 6);
        let sanctions = TargetId::of_topic(map.index_of("sanctions").unwrap());
        let stance = |i: usize| {
            let reading = analysis.claims[i].stance_on(sanctions).expect("a stance");
            map.topics[sanctions.index()].stances[reading.stance].as_str()
        };
        // "help … is false": the writer holds that sanctions harm.
        assert_eq!(stance(0), "harm");
        let table = TargetTable::from_map(&map);
        let evidence = stance_evidence(&map, &table, &article, &analysis.claims[0], sanctions).unwrap();
        let sentence = article.sentence_text(analysis.claims[0].at);
        let cue = evidence.supporting().next().expect("a supporting cue");
        assert_eq!(&sentence[cue.span.clone()], "isolation");
        assert_eq!(&sentence[cue.negated_by.clone().unwrap()], "To suggest");
        // Answered within the sentence: the clause after "but" is the writer's, not flipped.
        assert_eq!(analysis.claims[1].refuted_by, None);
        assert_eq!(stance(1), "pressure");
        // A label others give is theirs: the sentence is on the talks but takes no stance.
        let label = Article::parse(
            "a",
            "Title: T\n\nDialogue with Washington has been branded, officially and repeatedly, as a betrayal of the revolution.\n",
        );
        let analysis = analyse(&label, &map, 6);
        assert_eq!(analysis.claims.len(), 1);
        assert!(analysis.claims[0].stances.is_empty(), "{:?}", analysis.claims[0]);
    }

    #[test]
    fn cues_alone_tie_a_sentence_to_a_topic_only_in_an_article_about_it() {
        let map = map();
        let line = "They are calling for de-escalation and peace.";
        let about_talks = format!(
            "Title: T\n\n{}The weather in Oman was mild all week.\n\n{line}\n",
            "The talks resumed in Oman this spring after a long pause. ".repeat(5)
        );
        let analysis = analyse(&Article::parse("a", &about_talks), &map, 6);
        let last = analysis.claims.last().expect("claims");
        assert_eq!(last.at, SentenceId { passage: 1, sentence: 0 });
        let talks = map.index_of("negotiations").unwrap();
        assert_eq!(map.topics[talks].stances[last.stances[0].1.stance], "engage");
        assert!(analysis.claims.windows(2).all(|w| w[0].at < w[1].at), "claims stay in order");
        // Two mentions are not enough for the article to be about the talks.
        let in_passing = format!(
            "Title: T\n\n{}The weather in Oman was mild all week.\n\n{line}\n",
            "The talks resumed in Oman this spring. ".repeat(2)
        );
        let analysis = analyse(&Article::parse("a", &in_passing), &map, 6);
        assert!(analysis.claims.iter().all(|c| c.at.passage == 0));
    }
}
