//! What the contrast engine finds: candidates while pairing, then contrasts and agreements with
//! their evidence.
//!
//! In: the pairing stages push [`Candidate`]s (cheap: sentences, target, score) into a
//! [`Shortlist`]. Out: after selection, each kept candidate becomes a [`Contrast`] carrying the
//! evidence of both sides; every printer renders its reason from that data.

use crate::article::SentenceId;
use crate::contrast::evidence::Evidence;
use crate::diff::DiffSegment;
use crate::targets::table::TargetId;

/// Candidates kept for selection (by raw score): plenty for any article, bounded for books.
const MAX_CANDIDATES: usize = 2000;

/// What kind of disagreement a contrast is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ContrastKind {
    /// Opposing stances on a target.
    Stance,
    /// Different figures or dates for the same thing.
    Number,
    /// The same source quoted in different words.
    Quote,
}

impl ContrastKind {
    pub fn label(self) -> &'static str {
        match self {
            ContrastKind::Stance => "stance",
            ContrastKind::Number => "number",
            ContrastKind::Quote => "quote",
        }
    }
}

/// What a contrast compares besides the stances: the two figures, or the two renderings of a
/// quotation.
#[derive(Debug, Clone, PartialEq)]
pub enum Detail {
    Stance,
    Figures {
        /// "percent", "centrifuge", or "date".
        unit: String,
        /// The figures as written on each side ("60%").
        shown: [String; 2],
        /// Content words both figures' contexts share, which make them the same thing.
        shared_context: Vec<String>,
    },
    Quotes {
        /// Who is quoted, as the articles name them ("Ali Khamenei", "Khamenei / Ali Khamenei").
        speaker: Option<String>,
        /// Whether both sides name the same speaker.
        same_speaker: bool,
        text: [String; 2],
    },
    /// One side writes what the other denies in the same words.
    Denial {
        /// The shared words as the asserting side writes them.
        words: String,
        /// Whether the left side is the one that denies.
        denied_on_left: bool,
    },
    /// One side asserts in its own voice what the other sets up as a view to rebut, in the
    /// same words ("A permit is no different from booking a campsite." against "Supporters like
    /// to say that a permit is no different from booking a campsite, but it is not.").
    Rebuttal {
        /// The shared words as the asserting side writes them.
        words: String,
        /// Whether the left side is the one that rebuts.
        rebutted_on_left: bool,
    },
    /// Two authors' claims on a matter both discuss, in general words, pointing in opposite
    /// directions ("The permits are fair" against "The permits will shut out …").
    Matter {
        /// The content words both sentences share, as the left side writes them.
        words: Vec<String>,
    },
    /// Two authors calling for opposite decisions ("should vote yes" against "should vote
    /// no": `recommendations`).
    Calls {
        /// Each side's call as written.
        calls: [String; 2],
        /// What the decision is on: a content word both hold after their calls, or the date.
        on: String,
    },
    /// One person quoted by each op-ed with a different remark (`selective_quotes`).
    Remarks {
        /// Who is quoted, as the fuller of the two names.
        speaker: String,
        text: [String; 2],
    },
}

/// A possible disagreement between a left and a right sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Contrast {
    pub target: Option<TargetId>,
    pub kind: ContrastKind,
    pub score: f32,
    pub left: SentenceId,
    pub right: SentenceId,
    /// What each side rests on, left first.
    pub evidence: Evidence,
    pub detail: Detail,
    /// Word diff when the two sentences (or quotes) are near-identical.
    pub diff: Option<Vec<DiffSegment>>,
    /// Listed below the bar, to fill a short list on news (`contrast::fill`).
    pub below_bar: bool,
}

/// Two claims on a target taking the same stance.
#[derive(Debug, Clone, PartialEq)]
pub struct Agreement {
    pub target: TargetId,
    /// The stance both take, by name.
    pub stance: String,
    pub score: f32,
    pub left: SentenceId,
    pub right: SentenceId,
    pub evidence: Evidence,
}

/// Which items of the two sides a candidate pairs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Stance,
    /// Indexes of the two figures.
    Figures(usize, usize),
    /// Indexes of the two quotes.
    Quotes(usize, usize),
    /// Index of the run of words one side writes and the other denies (`denials`).
    Denial(usize),
    /// Index of the run of words one side asserts and the other sets up to rebut (`denials`).
    Rebuttal(usize),
    /// Index of a view one side sets up to rebut and the other asserts in other words
    /// (`view_echoes`).
    ViewEcho(usize),
    /// Index of two authors' opposite claims on a matter both discuss (`matter_claims`).
    Matter(usize),
    /// Index of two authors' opposite calls on one decision (`recommendations`).
    Call(usize),
    /// Indexes of two different remarks of one person, one quoted by each op-ed
    /// (`selective_quotes`).
    Remarks(usize, usize),
}

/// A contrast found but not yet chosen: its evidence is read only if it is kept.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub target: Option<TargetId>,
    pub kind: ContrastKind,
    pub score: f32,
    pub left: SentenceId,
    pub right: SentenceId,
    pub source: Source,
}

/// The best candidates found so far. A 1 MB pair finds some 60,000 stance candidates, which
/// held all at once took more memory than the analysis of a side; only the best
/// `MAX_CANDIDATES` are ever selected from, so the list is cut back whenever it doubles.
#[derive(Default)]
pub struct Shortlist {
    items: Vec<Candidate>,
}

impl Shortlist {
    pub fn push(&mut self, candidate: Candidate) {
        self.items.push(candidate);
        if self.items.len() >= 2 * MAX_CANDIDATES {
            self.cut();
        }
    }

    /// Highest score first, ties by sentences; a stable sort keeps equal candidates in the order
    /// found, so cutting as we go keeps exactly what one sort of all of them would.
    fn cut(&mut self) {
        self.items
            .sort_by(|a, b| b.score.total_cmp(&a.score).then((a.left, a.right).cmp(&(b.left, b.right))));
        self.items.truncate(MAX_CANDIDATES);
    }

    /// The best `MAX_CANDIDATES`, in rank order.
    pub fn into_ranked(mut self) -> Vec<Candidate> {
        self.cut();
        self.items
    }
}
