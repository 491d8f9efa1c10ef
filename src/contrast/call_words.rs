//! The words that make an author's sentence a call on whoever decides ("should", "must",
//! "ought to"), what turns it or takes it back (a negation, a condition, someone else's verb of
//! saying), what ends the thing it acts on, and the verbs of decision for and against a
//! proposal. Split from `recommendations`, which reads the calls with them.
//!
//! In: nothing. Out: the word lists, small slices looked through by
//! `recommendations`.

/// Words that make what follows a call on whoever decides ("ought" and "need" only with
/// "to": "the need for" calls on no one).
pub(super) const MODALS: &[&str] = &["should", "must", "ought", "need", "needs"];
/// The same with their negation in one word.
pub(super) const NEGATED_MODALS: &[&str] = &["shouldn't", "shouldn’t", "mustn't", "mustn’t"];
/// Words that may stand between a modal and its verb: "to", a negation, adverbs of manner.
pub(super) const GAP_WORDS: &[&str] =
    &["to", "not", "never", "simply", "just", "also", "then", "now", "finally", "instead", "still", "firmly"];
/// Negations that turn the call, and verbs that do ("should refuse to approve").
pub(super) const NEGATIONS: &[&str] = &["not", "never", "refuse", "decline"];

/// Words before a call that make it a condition, a question or someone else's view: "If the
/// council should reject it, …", "What the council should approve is …", "Those who say we
/// should reject it …".
pub(super) const NOT_A_CALL: &[&str] =
    &["if", "unless", "whether", "when", "why", "how", "what", "who", "those", "anyone", "according"];
/// Verbs of saying and thinking before a call: the call is the one who says it, the author's
/// only after "I" or "we" ("I believe the council should …"; not "The harbor master believes
/// …", "Some will say …", "a reasonable person could think …").
pub(super) const SAYING: &[&str] = &[
    "say", "says", "said", "think", "thinks", "believe", "believes", "argue", "argues", "claim", "claims",
    "insist", "insists", "suggest", "suggests", "grant",
];
/// Words an order's verb is followed by: its object ("Reject this plan", "Pass the ordinance").
pub(super) const ORDER_OBJECTS: &[&str] = &["the", "this", "that", "these", "it", "them", "any", "a", "an"];
/// Words that end what a call acts on: "reject the ordinance | on June 3", "approve the bond |
/// for the good of the city", "reject any repeal | of the ordinance".
pub(super) const OBJECT_ENDS: &[&str] = &[
    "of",
    "to",
    "on",
    "for",
    "before",
    "until",
    "because",
    "that",
    "is",
    "are",
    "and",
    "or",
    "but",
    "so",
    "by",
    "at",
    "in",
    "with",
    "when",
    "if",
    "after",
    "while",
    "unless",
    "which",
    "who",
    "than",
    "instead",
    "rather",
    "from",
    "as",
    "without",
    // How the decision is taken, not what on: "reject the ordinance outright".
    "outright",
    "unchanged",
    "immediately",
    "quickly",
    "now",
    "today",
    "entirely",
];
/// Words of what a call acts on read at most.
pub(super) const OBJECT_WORDS: usize = 6;

/// Verbs of decision for the proposal, and the phrases with "vote" or "say". Not "back" ("back
/// off") nor "pass" before a particle ("pass it on to riders", "pass on this ordinance").
pub(super) const FOR: &[&str] =
    &["approve", "pass", "adopt", "accept", "support", "endorse", "ratify", "enact"];
/// Verbs of decision against it.
pub(super) const AGAINST: &[&str] =
    &["reject", "oppose", "scrap", "repeal", "veto", "kill", "block", "shelve", "abandon", "defeat", "drop"];
