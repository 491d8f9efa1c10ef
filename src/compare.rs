//! A comparison of two articles: both analysed, their targets in one table, their passages
//! aligned by target, and the contrasts and agreements between them. Built once per pair;
//! every view reads from it.

use crate::align::{align, Row};
use crate::analysis::{analyse, ArticleAnalysis};
use crate::article::{Article, SentenceId};
use crate::config::AnalysisSettings;
use crate::contrast::caution;
use crate::contrast::claims::Claim;
use crate::contrast::derived::{
    add_shared_targets, claims_with_derived, passages_mentioning, DerivedTarget, SideReading,
};
use crate::contrast::input::{Pair, SideInput};
use crate::contrast::{find_contrasts, Agreement, Consensus, Contrast, Findings, SharedFact};
use crate::similarity::{SideWords, SimilarityIndex};
use crate::targets::table::{TargetId, TargetTable};
use crate::topics::TopicMap;

pub use crate::article::Side;

mod map_fit;
use map_fit::MapFit;

/// One article with what the engine learnt from it.
#[derive(Debug, Clone)]
pub struct Analysed {
    pub article: Article,
    pub analysis: ArticleAnalysis,
}

impl Analysed {
    /// The side as the contrast stages read it, with its claims for this pair.
    fn input<'a>(&'a self, claims: &'a [Claim]) -> SideInput<'a> {
        SideInput {
            article: &self.article,
            claims,
            quotes: &self.analysis.quotes,
            figures: &self.analysis.figures,
            entities: &self.analysis.entities,
            passage_terms: &self.analysis.passage_terms,
            voices: &self.analysis.voices,
        }
    }

    fn words(&self) -> SideWords<'_> {
        SideWords { sentences: &self.analysis.sentence_words, passages: self.article.passages.len() }
    }
}

/// Everything the reports and the reader show.
#[derive(Debug, Clone)]
pub struct Comparison {
    /// Each article with its analysis. After [`compare_analysed`] the analysis's claims are
    /// this pair's (the map claims and the stances on the targets found in the pair), and its
    /// sentence words are gone (the similarity index was built from them).
    pub left: Analysed,
    pub right: Analysed,
    /// What the two articles talk about: map topics first, in map order, then the targets
    /// found in the pair.
    pub targets: TargetTable,
    /// Per found target, the passages of each side that mention it.
    derived_passages: Vec<(TargetId, [Vec<usize>; 2])>,
    pub alignment: Vec<Row>,
    /// Highest score first.
    pub contrasts: Vec<Contrast>,
    pub agreements: Vec<Agreement>,
    /// Figures both articles give for the same thing, best supported first.
    pub facts: Vec<SharedFact>,
    /// Where each article leans on the targets both take a stance on.
    pub consensus: Consensus,
    /// The share of each side's body sentences that quote or report someone, left first.
    reported_shares: [f32; 2],
}

impl Comparison {
    pub fn side(&self, side: Side) -> &Analysed {
        match side {
            Side::Left => &self.left,
            Side::Right => &self.right,
        }
    }

    /// The text of a sentence on one side.
    pub fn sentence(&self, side: Side, at: SentenceId) -> &str {
        self.side(side).article.sentence_text(at)
    }

    /// The share of each side's body sentences that quote or report someone, left first.
    pub fn reported_shares(&self) -> [f32; 2] {
        self.reported_shares
    }

    /// The caution a contrast carries, if any: weak evidence, whose case, framing, below the bar.
    pub fn caution(&self, x: &Contrast) -> Option<&'static str> {
        let derived = x.target.is_some_and(|t| self.targets[t].is_derived());
        let news = caution::reads_as_news(self.reported_shares());
        caution::caution_of(news, x.kind, derived, x.below_bar, &x.evidence)
    }

    /// Both articles, left first (as the reason renderer takes them).
    pub fn articles(&self) -> [&Article; 2] {
        [&self.left.article, &self.right.article]
    }

    /// Passages of one side that discuss `target`, in article order.
    pub fn passages_on(&self, side: Side, target: TargetId) -> Vec<usize> {
        if let Some((_, passages)) = self.derived_passages.iter().find(|(id, _)| *id == target) {
            return passages[side.index()].clone();
        }
        let analysed = self.side(side);
        let mut passages = crate::align::passages_on(&analysed.analysis, &analysed.article, target.index());
        passages.sort_unstable();
        passages
    }

    /// The target's label, or "general" for contrasts not tied to one.
    pub fn target_label(&self, target: Option<TargetId>) -> String {
        self.targets.label_of(target)
    }

    /// What a contrast is about, as a list heading shows it: its target, else for a quotation
    /// the person quoted ("Ruth Abernathy"), for a denial or a rebuttal the words in dispute
    /// ("“a permit is no different …”"), for figures what they count ("dollars a day: child,
    /// per"), else "general".
    pub fn contrast_label(&self, contrast: &crate::contrast::Contrast) -> String {
        use crate::contrast::Detail;
        let speaker = || {
            (contrast.kind == crate::contrast::ContrastKind::Quote)
                .then(|| contrast.evidence.iter().find_map(|e| e.voice.speaker.clone()))
                .flatten()
        };
        let disputed = || match &contrast.detail {
            Detail::Denial { words, .. } | Detail::Rebuttal { words, .. } => Some(disputed_words(words)),
            Detail::Matter { words } => Some(disputed_words(&words.join(", "))),
            Detail::Calls { on, .. } => Some(disputed_words(on)),
            Detail::Figures { unit, shared_context, .. } => {
                // Who gives the figure ("according to …") is context, but names nothing counted.
                let what: Vec<&str> = shared_context
                    .iter()
                    .map(String::as_str)
                    .filter(|w| !matches!(*w, "according" | "said" | "says"))
                    .take(2)
                    .collect();
                Some(if what.is_empty() { unit.clone() } else { format!("{unit}: {}", what.join(", ")) })
            }
            _ => None,
        };
        match contrast.target {
            Some(_) => self.target_label(contrast.target),
            None => speaker().or_else(disputed).unwrap_or_else(|| self.target_label(None)),
        }
    }
}

/// Words in dispute as a heading shows them: quoted, the first few only.
fn disputed_words(words: &str) -> String {
    const SHOWN: usize = 5;
    let all: Vec<&str> = words.split_whitespace().collect();
    let more = if all.len() > SHOWN { " …" } else { "" };
    format!("“{}{more}”", all[..all.len().min(SHOWN)].join(" "))
}

/// Analyses an article once, for use in any number of comparisons.
pub fn analyse_article(article: Article, map: &TopicMap, settings: &AnalysisSettings) -> Analysed {
    let analysis = analyse(&article, map, settings.min_claim_words);
    Analysed { article, analysis }
}

/// What relates two analysed articles: their target table (map topics and the targets found
/// in the pair), their similarity index, and each side's claims with the stances on the found
/// targets added.
struct Relation {
    /// How the map bears on the pair.
    fit: MapFit,
    /// Each side's share of sentences in others' voices, read once: the contrast stages ask
    /// whether a side is news, and every printer and redraw of the reader's list asks per
    /// contrast (`contrast::caution`).
    shares: [f32; 2],
    targets: TargetTable,
    index: SimilarityIndex,
    derived: Vec<DerivedTarget>,
    claims: [Vec<Claim>; 2],
}

impl Relation {
    /// `claims` are each side's map claims (the analyses' own, or a copy of them), extended
    /// with the stances on the targets the pair finds.
    fn new(
        left: &Analysed,
        right: &Analysed,
        claims: [Vec<Claim>; 2],
        fit: MapFit,
        map: &TopicMap,
        settings: &AnalysisSettings,
    ) -> Relation {
        let shares = [left, right].map(|side| caution::reported_share(&side.article, &side.analysis.voices));
        // On a subject the map argues, its stances name the positions; topics without stance
        // lists leave a news pair read as with no map.
        let person_cases = caution::reads_as_news(shares) && !fit.argues;
        let mut targets = TargetTable::from_map(map);
        let takes_stance = |claims: &[Claim], topic: usize| {
            let id = TargetId::of_topic(topic);
            claims.iter().any(|c| c.stance_on(id).is_some())
        };
        let speaks = |topic: usize| takes_stance(&claims[0], topic) && takes_stance(&claims[1], topic);
        let derived = add_shared_targets(
            map,
            &mut targets,
            [&left.analysis.entities, &right.analysis.entities],
            &speaks,
        );
        let claims_of = |side: &Analysed, claims: Vec<Claim>, index: usize| {
            let analysis = &side.analysis;
            claims_with_derived(
                &side.article,
                claims,
                &analysis.entities,
                &derived,
                SideReading { side: index, min_words: settings.min_claim_words, person_cases },
                &|at| analysis.voice_at(at),
            )
        };
        // Each side's claims read only that side; the similarity index is built meanwhile.
        // A silent topic merged into a target found in the pair is that target in every claim.
        let [left_base, right_base] = claims.map(|mut claims| {
            for claim in &mut claims {
                claim.targets.retain(|(t, _)| targets[*t].is_listed());
            }
            claims
        });
        let ((left_claims, index), right_claims) = both(
            || (claims_of(left, left_base, 0), SimilarityIndex::new(left.words(), right.words())),
            || claims_of(right, right_base, 1),
        );
        Relation { fit, shares, targets, index, derived, claims: [left_claims, right_claims] }
    }

    fn contrasts(
        &self,
        left: &Analysed,
        right: &Analysed,
        map: &TopicMap,
        settings: &AnalysisSettings,
    ) -> Findings {
        // Off the subject of the map's argued topics their terms say nothing of what two
        // passages discuss either: a map of the story's names, with no stance lists, relates
        // every two passages naming one person.
        let (mut left_input, mut right_input) = (left.input(&self.claims[0]), right.input(&self.claims[1]));
        if !self.fit.argues {
            (left_input.passage_terms, right_input.passage_terms) = (&[], &[]);
        }
        let pair = Pair {
            map,
            targets: &self.targets,
            index: &self.index,
            derived: &self.derived,
            news: caution::reads_as_news(self.shares),
            left: left_input,
            right: right_input,
        };
        find_contrasts(&pair, settings.contrasts_per_sentence)
    }

    /// Per found target, the passages of each side that mention it.
    fn derived_passages(&self, left: &Analysed, right: &Analysed) -> Vec<(TargetId, [Vec<usize>; 2])> {
        self.derived
            .iter()
            .map(|d| {
                let on =
                    |side: &Analysed, i: usize| passages_mentioning(&side.analysis.entities, d.entity[i]);
                (d.id, [on(left, 0), on(right, 1)])
            })
            .collect()
    }
}

/// The contrasts and agreements of two analysed articles, without aligning their passages (for
/// ranking many pairs).
pub fn contrasts_between(
    left: &Analysed,
    right: &Analysed,
    map: &TopicMap,
    settings: &AnalysisSettings,
) -> (TargetTable, Vec<Contrast>, Vec<Agreement>) {
    let fit = MapFit::of(map, left, right);
    let claims = if fit.applies {
        [left.analysis.claims.clone(), right.analysis.claims.clone()]
    } else {
        [Vec::new(), Vec::new()]
    };
    let relation = Relation::new(left, right, claims, fit, map, settings);
    let Findings { contrasts, agreements, .. } = relation.contrasts(left, right, map, settings);
    (relation.targets, contrasts, agreements)
}

/// Compares two analysed articles.
pub fn compare_analysed(
    mut left: Analysed,
    mut right: Analysed,
    map: &TopicMap,
    settings: &AnalysisSettings,
) -> Comparison {
    // Two articles on another subject than the map's leave its topics out: a word of one topic
    // ("students", a civil-society term) in a story on a school's phone ban is no sign of it.
    let fit = MapFit::of(map, &left, &right);
    if !fit.applies {
        for side in [&mut left, &mut right] {
            side.analysis.passage_terms.iter_mut().for_each(Vec::clear);
            side.analysis.claims.clear();
        }
    }
    // The analyses are ours: their claims become the pair's (see `Comparison::left`) instead
    // of being copied.
    let claims = [std::mem::take(&mut left.analysis.claims), std::mem::take(&mut right.analysis.claims)];
    let relation = Relation::new(&left, &right, claims, fit, map, settings);
    // The sentences' words were kept for the similarity index, which now holds them: dropped
    // before the two heaviest stages run (13 MB at 10 MB per side).
    left.analysis.sentence_words = Vec::new();
    right.analysis.sentence_words = Vec::new();
    let derived_passages = relation.derived_passages(&left, &right);
    // Aligning passages and finding contrasts read the same inputs and not each other.
    let (alignment, Findings { contrasts, agreements, facts, consensus }) = both(
        || {
            let mut rows = align(
                map.topics.len(),
                (&left.article, &left.analysis),
                (&right.article, &right.analysis),
                &derived_passages,
                &relation.index,
            );
            rows.retain(|row| relation.targets[row.target].is_listed());
            rows
        },
        || relation.contrasts(&left, &right, map, settings),
    );
    let [left_claims, right_claims] = relation.claims;
    left.analysis.claims = left_claims;
    right.analysis.claims = right_claims;
    Comparison {
        left,
        right,
        reported_shares: relation.shares,
        targets: relation.targets,
        derived_passages,
        alignment,
        contrasts,
        agreements,
        facts,
        consensus,
    }
}

/// Analyses and compares two articles. The two analyses are independent, so the right one
/// runs on a second thread.
pub fn compare(left: Article, right: Article, map: &TopicMap, settings: &AnalysisSettings) -> Comparison {
    let (left, right) =
        both(|| analyse_article(left, map, settings), || analyse_article(right, map, settings));
    compare_analysed(left, right, map, settings)
}

/// Runs `a` here and `b` on a scoped thread, and returns both results; a panic in `b` is
/// passed on as it would have been on one thread.
pub(crate) fn both<A: Send, B: Send>(a: impl FnOnce() -> A + Send, b: impl FnOnce() -> B + Send) -> (A, B) {
    std::thread::scope(|scope| {
        let b = scope.spawn(b);
        let a = a();
        (a, b.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
    })
}

/// Two texts compared with the built-in map, each given a title line: what unit tests of the
/// contrast stages and the reports read their findings from.
#[cfg(test)]
pub(crate) fn compare_texts(left: &str, right: &str) -> Comparison {
    let config = crate::config::Config::default_config();
    let map = TopicMap::new(&config).expect("the built-in map");
    let parse = |name: &str, body: &str| Article::parse(name, &format!("Title: {name}\n\n{body}\n"));
    compare(parse("a", left), parse("b", right), &map, &config.analysis)
}

#[cfg(test)]
#[path = "compare_tests.rs"]
mod tests;
