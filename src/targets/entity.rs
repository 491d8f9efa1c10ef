//! What an entity is: the people, groups, places, phrases and argued-over nouns an article
//! discusses and each place it names them — the data `entities` finds, `names` merges, `coref`
//! extends and `shared` matches across two articles, kept apart from all of them so none
//! imports another back.

use std::ops::Range;

use super::lexicon::{is_group_head, is_place_head};
use crate::article::SentenceId;

/// A person's gender as a title states it ("Mr.", "Congresswoman") or a common first name does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    Male,
    Female,
}

/// What kind of thing an entity is, as far as its name and context tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntityKind {
    Person,
    /// An organisation, party, government body or group of people ("Republicans").
    Group,
    Place,
    /// A recurring lower-case phrase ("maximum pressure").
    Phrase,
    /// A lower-case noun the article keeps arguing over ("the permits"; see `subject_nouns`).
    Subject,
    Other,
}

impl EntityKind {
    /// The kind as the JSON report names it ("person", "group", …).
    pub fn name(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Group => "group",
            EntityKind::Place => "place",
            EntityKind::Phrase => "phrase",
            EntityKind::Subject => "subject",
            EntityKind::Other => "other",
        }
    }

    /// Found from lower-case words (a phrase, a subject noun) rather than from a name: matched
    /// across articles only with its own kind.
    pub fn is_lower_case(self) -> bool {
        matches!(self, EntityKind::Phrase | EntityKind::Subject)
    }
}

/// One thing the article talks about.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// Canonical form: lower case, titles and possessives removed ("barack obama").
    pub key: String,
    /// How to show it ("Barack Obama").
    pub name: String,
    /// Other forms seen in the article ("President Obama", "Obama", "Mr. Obama").
    pub aliases: Vec<String>,
    pub kind: EntityKind,
    /// Titles seen before the name, canonical ("president", "supreme leader", "senator").
    pub titles: Vec<String>,
    /// Gender when a title ("Mr.", "Congresswoman") or a common first name says it, for "he"
    /// and "she".
    pub gender: Option<Gender>,
}

/// How a mention refers to its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MentionVia {
    /// The canonical name itself.
    Name,
    /// Another form: surname, title form, acronym.
    Alias,
    /// "he", "she", "his", "her" (see `coref`).
    Pronoun,
    /// "the senator", "the administration" (see `coref`).
    RoleNoun,
}

/// One place an entity is referred to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub entity: usize,
    pub at: SentenceId,
    /// Bytes within the sentence text.
    pub range: Range<usize>,
    pub via: MentionVia,
}

/// Who speaks for which group: (person, group) pairs of entity indices (see `affiliation`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Affiliations {
    pairs: Vec<(usize, usize)>,
}

impl Affiliations {
    pub fn new(pairs: Vec<(usize, usize)>) -> Affiliations {
        Affiliations { pairs }
    }

    /// Whether `person` is read as an officer of `group`.
    pub fn speaks_for(&self, person: usize, group: usize) -> bool {
        self.pairs.contains(&(person, group))
    }

    /// The (person, group) pairs, in the order found.
    pub fn pairs(&self) -> &[(usize, usize)] {
        &self.pairs
    }

    /// Whether `person` is read as an officer of any group.
    pub fn has_office(&self, person: usize) -> bool {
        self.pairs.iter().any(|&(p, _)| p == person)
    }
}

/// The entities of one article and their mentions, sorted by sentence then position.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ArticleEntities {
    /// Most mentioned first.
    pub entities: Vec<Entity>,
    pub mentions: Vec<Mention>,
    /// The opinion lexicon's words the article uses as the name of a thing it reports ("the
    /// ban", "the war"), sorted.
    pub subject_words: Vec<String>,
    /// Who speaks for which group (see `affiliation`).
    pub affiliations: Affiliations,
}

impl ArticleEntities {
    /// The mentions in one sentence (mentions are sorted by sentence).
    pub fn mentions_in(&self, at: SentenceId) -> &[Mention] {
        let lo = self.mentions.partition_point(|m| m.at < at);
        // A sentence holds a few mentions: counted on from the first rather than found by a
        // second binary search over all of them (each step a cache miss on a long article).
        let n = self.mentions[lo..].iter().take_while(|m| m.at == at).count();
        &self.mentions[lo..lo + n]
    }

    /// How often each entity is referred to, by name or by a resolved reference.
    /// The group the article refers to most often: the story's institution. Of equals, the
    /// one named first (a report names its institution in its opening lines, a building or a
    /// branch of it later), or none if the article names no group.
    pub fn main_group(&self, among: impl Fn(usize) -> bool) -> Option<usize> {
        let counts = self.mention_counts();
        let mut first = vec![usize::MAX; self.entities.len()];
        for (i, m) in self.mentions.iter().enumerate() {
            first[m.entity] = first[m.entity].min(i);
        }
        (0..self.entities.len())
            .filter(|&e| self.entities[e].kind == EntityKind::Group && among(e))
            .max_by_key(|&e| (counts[e], std::cmp::Reverse(first[e])))
    }

    pub fn mention_counts(&self) -> Vec<usize> {
        let mut counts = vec![0usize; self.entities.len()];
        for m in &self.mentions {
            counts[m.entity] += 1;
        }
        counts
    }
}

/// Whether an entity's name ends in a word that marks a group or a place; in a name with "of"
/// the head stands before it ("Board of Regents", "Department of Justice", "Gulf of Oman").
pub(crate) fn head_kind(key: &str) -> Option<EntityKind> {
    let head = key.split_once(" of ").map_or(key, |(head, _)| head);
    let mut words = head.rsplit(' ');
    let last = words.next()?;
    // A numbered name ("Route 62", "Union Local 418") is kinded by the word the number follows.
    if last.bytes().all(|b| b.is_ascii_digit()) {
        return Some(match words.next()? {
            "local" => EntityKind::Group,
            "route" | "highway" | "interstate" | "district" | "precinct" | "ward" | "terminal" | "gate"
            | "pier" | "station" | "building" => EntityKind::Place,
            _ => EntityKind::Other,
        });
    }
    // A district that runs something is a body ("Ashby County School District", "Water
    // District"); a district alone is a place ("the Fifth District").
    let runs_something = matches!(last, "district" | "districts")
        && words.next().is_some_and(|w| {
            matches!(
                w,
                "school"
                    | "water"
                    | "sanitation"
                    | "park"
                    | "parks"
                    | "unified"
                    | "transit"
                    | "utility"
                    | "fire"
                    | "hospital"
            )
        });
    if is_group_head(last) || runs_something {
        Some(EntityKind::Group)
    } else if is_place_head(last) {
        Some(EntityKind::Place)
    } else {
        None
    }
}
