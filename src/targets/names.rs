//! Folding the name forms of one article into entities, and looking a written form up again.
//!
//! In: the name candidates found by `entities` (one per distinct key, with counts, titles and
//! context). Out: entities with aliases, and the mentions pointing at them. Merges are hash
//! lookups: an acronym into the name whose initials it spells ("IAEA", "U.S."), a lone surname
//! into the one full name that ends with it ("Khamenei" → "Ali Khamenei").

use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

use super::entity::{head_kind, ArticleEntities, Entity, EntityKind, Gender, Mention, MentionVia};
use super::first_names::first_name_gender;
use super::lexicon::{canonical_title, is_business_head, is_title_word};
use crate::article::SentenceId;

/// One distinct name key before merging.
#[derive(Debug, Clone, Default)]
pub(crate) struct Candidate {
    pub key: String,
    pub words: usize,
    pub count: usize,
    /// Name forms as written, without titles, with counts.
    pub forms: HashMap<String, usize>,
    /// Forms with a title ("President Obama"), with counts.
    pub surfaces: HashMap<String, usize>,
    pub titles: Vec<String>,
    pub gender: Option<Gender>,
    pub acronym: bool,
    /// "the Obama administration": a group named after a person.
    pub org: bool,
    /// Times it stood before an organisation's part ("Chick-fil-A president", "… restaurants").
    pub organisation_parts: usize,
    /// Of those, times the words around it said it is a group ("a group called …").
    pub named_group: usize,
    pub after_the: usize,
    pub after_preposition: usize,
    /// Times it stood right before a lower-case word ("Iranian people").
    pub before_lowercase: usize,
}

/// Endings of nationality, direction and faith adjectives ("Iranian", "European", "American",
/// "Chinese", "British", "Western", "Islamic", "Catholic").
const ADJECTIVE_ENDINGS: &[&str] = &["ian", "ean", "can", "ese", "ish", "ern", "ic"];

impl Candidate {
    pub fn new(key: String, words: usize) -> Self {
        Candidate { key, words, ..Candidate::default() }
    }

    /// A capitalised adjective ("Iranian officials", "Western sanctions"): it qualifies what
    /// follows and is not a target of its own; the plural ("Iranians") is a group and stays.
    pub fn is_adjective(&self) -> bool {
        self.words == 1
            && !self.acronym
            && self.titles.is_empty()
            && ADJECTIVE_ENDINGS.iter().any(|e| self.key.ends_with(e))
            && self.before_lowercase * 2 > self.count
    }

    /// Looks like a person's full name: two to four plain words, not an organisation or a
    /// place, not usually "the …".
    fn person_like(&self) -> bool {
        !self.acronym
            && !self.org
            && (2..=4).contains(&self.words)
            && head_kind(&self.key).is_none()
            && self.after_the * 2 <= self.count
            // "Castlebrook Health" is no Mr. Health: "Health officials" are not its people.
            && !company_name(&self.key)
    }
}

/// Where a candidate was named.
#[derive(Debug, Clone)]
pub(crate) struct Occurrence {
    pub candidate: usize,
    pub at: SentenceId,
    pub range: Range<usize>,
}

/// Words left out of an acronym's initials ("Joint Comprehensive Plan of Action" → JCPOA keeps
/// "of"; "Department of Justice" → DOJ keeps it too, so both spellings are tried).
const MINOR_WORDS: &[&str] = &["of", "the", "and", "for", "de", "on"];

/// Merges candidates into entities; returns the entities (in candidate order of their root)
/// and the mentions of every occurrence.
pub(crate) fn merge_candidates(
    candidates: Vec<Candidate>,
    occurrences: Vec<Occurrence>,
) -> (Vec<Entity>, Vec<Mention>) {
    let mut root: Vec<usize> = (0..candidates.len()).collect();
    let mut initials: HashMap<String, Vec<usize>> = HashMap::default();
    let mut surnames: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut first_names: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut business_firsts: HashMap<&str, Vec<usize>> = HashMap::default();
    for (i, c) in candidates.iter().enumerate() {
        if let Some((first, _)) = c.key.split_once(' ').filter(|_| company_name(&c.key)) {
            business_firsts.entry(first).or_default().push(i);
        }
        if c.words >= 2 {
            let words: Vec<&str> = c.key.split(' ').collect();
            let all: String = words.iter().filter_map(|w| w.chars().next()).collect();
            let major: String =
                words.iter().filter(|w| !MINOR_WORDS.contains(w)).filter_map(|w| w.chars().next()).collect();
            initials.entry(all.clone()).or_default().push(i);
            if major != all {
                initials.entry(major).or_default().push(i);
            }
        }
        if c.person_like() {
            if let Some(last) = c.key.rsplit(' ').next() {
                surnames.entry(last).or_default().push(i);
            }
            if let Some((first, _)) = c.key.split_once(' ').filter(|(first, _)| !is_title_word(first)) {
                first_names.entry(first).or_default().push(i);
            }
        }
    }
    let mut merged_surname = vec![false; candidates.len()];
    // Only by the last word: a sentence's first word alone can pass for a first name ("Climate
    // activists …" and "Climate Reckoning").
    let mut merged_by_surname = vec![false; candidates.len()];
    for (i, c) in candidates.iter().enumerate() {
        if c.words != 1 {
            continue;
        }
        let by_surname = (!c.acronym)
            .then(|| surnames.get(c.key.as_str()).and_then(|v| dominant(v, &candidates)))
            .flatten();
        let target = if c.acronym {
            initials.get(c.key.as_str()).and_then(|v| dominant(v, &candidates))
        } else {
            by_surname.or_else(|| {
                // A first name alone ("Dale stood up for …") is the one person of that first
                // name, when it is named no more often than they are and never as a place.
                first_names
                    .get(c.key.as_str())
                    .and_then(|v| dominant(v, &candidates))
                    .filter(|&t| c.after_preposition == 0 && c.count <= candidates[t].count)
                    // A company by its first word ("Tillman" for "Tillman Motors", "Acme" for
                    // "Acme Corp."), as news names it after the first time.
                    .or_else(|| business_firsts.get(c.key.as_str()).and_then(|v| dominant(v, &candidates)))
            })
        };
        if let Some(t) = target {
            root[i] = t;
            merged_surname[t] |= !c.acronym;
            merged_by_surname[t] |= by_surname.is_some();
        }
    }
    // One entity per root, numbered in candidate order.
    let mut entity_of = vec![usize::MAX; candidates.len()];
    let mut roots: Vec<usize> = Vec::new();
    for i in 0..candidates.len() {
        if root[i] == i {
            entity_of[i] = roots.len();
            roots.push(i);
        }
    }
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); roots.len()];
    for i in 0..candidates.len() {
        entity_of[i] = entity_of[root[i]];
        members[entity_of[i]].push(i);
    }
    let entities = roots
        .iter()
        .zip(&members)
        .map(|(&r, group)| build_entity(&candidates, r, group, [merged_surname[r], merged_by_surname[r]]))
        .collect();
    let mentions = occurrences
        .into_iter()
        .map(|o| Mention {
            entity: entity_of[o.candidate],
            at: o.at,
            range: o.range,
            via: if root[o.candidate] == o.candidate { MentionVia::Name } else { MentionVia::Alias },
        })
        .collect();
    (entities, mentions)
}

/// The one candidate a surname or acronym stands for: the only one, or one named at least twice
/// as often as any other (else it is ambiguous and stays apart).
fn dominant(list: &[usize], candidates: &[Candidate]) -> Option<usize> {
    let mut sorted: Vec<usize> = list.to_vec();
    sorted.sort_by_key(|&i| std::cmp::Reverse(candidates[i].count));
    match sorted.as_slice() {
        [one] => Some(*one),
        [first, second, ..] if candidates[*first].count >= 2 * candidates[*second].count => Some(*first),
        _ => None,
    }
}

/// `merged` says whether a one-word name merged into it at all, and whether as its last word.
fn build_entity(candidates: &[Candidate], root: usize, members: &[usize], merged: [bool; 2]) -> Entity {
    let [merged_surname, merged_by_surname] = merged;
    let r = &candidates[root];
    let mut forms: HashMap<&str, usize> = HashMap::default();
    let mut titles: Vec<String> = Vec::new();
    let mut gender = None;
    let (mut count, mut after_preposition, mut organisation_parts, mut named_group) = (0, 0, 0, 0);
    for &m in members {
        let c = &candidates[m];
        for (form, n) in c.forms.iter().chain(&c.surfaces) {
            *forms.entry(form.as_str()).or_default() += n;
        }
        for t in &c.titles {
            if !titles.contains(t) {
                titles.push(t.clone());
            }
        }
        gender = gender.or(c.gender);
        count += c.count;
        after_preposition += c.after_preposition;
        organisation_parts += c.organisation_parts;
        named_group += c.named_group;
    }
    // The display name: the root's most frequent form, preferring normal case to ALL CAPS.
    let name = r
        .forms
        .iter()
        .max_by_key(|(form, n)| {
            (r.acronym || form.chars().any(char::is_lowercase), **n, std::cmp::Reverse(*form))
        })
        .map_or_else(|| r.key.clone(), |(f, _)| f.clone());
    let mut aliases: Vec<(&str, usize)> = forms.into_iter().filter(|(f, _)| *f != name).collect();
    aliases.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let aliases: Vec<String> = aliases.into_iter().take(12).map(|(f, _)| f.to_string()).collect();
    let plural = r.words == 1 && r.key.ends_with('s') && !r.key.ends_with("ss");
    let kind = if !titles.is_empty() && !r.org {
        EntityKind::Person
    } else if r.org {
        EntityKind::Group
    } else if let Some(kind) =
        // A place's head word in a group's name ("Save Linden Park") yields to words that say
        // it is a group ("a group called Save Linden Park").
        head_kind(&r.key).filter(|&k| {
            k != EntityKind::Place || !first_name_then_surname(&r.key) && named_group == 0
        })
    {
        kind
    } else if r.acronym
        || members.iter().any(|&m| candidates[m].acronym)
        || business_name(&r.key) && titles.is_empty() && gender.is_none()
    {
        EntityKind::Group
    } else if after_preposition * 2 > count {
        EntityKind::Place
    } else if organisation_parts > 0 && !merged_by_surname && !starts_with_first_name(&r.key) {
        // "a Climate Reckoning spokesman", "Sunrise Movement founder": a name before an office
        // is a body's, unless it is someone's ("Romney spokeswoman"), and someone named in full
        // is named again by surname.
        EntityKind::Group
    } else if merged_surname || r.person_like() {
        EntityKind::Person
    } else if plural || organisation_parts > 0 {
        EntityKind::Group
    } else {
        EntityKind::Other
    };
    // No title said it: a common first name does ("Sarah Palin" is no "he").
    let first_name = || r.key.split_once(' ').and_then(|(first, _)| first_name_gender(first));
    let gender = if kind == EntityKind::Person { gender.or_else(first_name) } else { gender };
    Entity { key: r.key.clone(), name, aliases, kind, titles, gender }
}

/// Whether a name opens with a common first name ("Jonah Whitley", not "Climate Reckoning").
fn starts_with_first_name(key: &str) -> bool {
    key.split(' ').next().is_some_and(|first| first_name_gender(first).is_some())
}

/// Whether a name is a common first name and one more word: a place's head word there is a
/// surname ("Grace Park", not "Fulton Park").
fn first_name_then_surname(key: &str) -> bool {
    key.split_once(' ').is_some_and(|(first, rest)| !rest.contains(' ') && first_name_gender(first).is_some())
}

/// Whether a name is a business's: a business word after a word that is no common first name
/// ("Harvest Foods", not "Ann Stores" nor "Markets").
fn business_name(key: &str) -> bool {
    let mut words = key.split(' ');
    let first = words.next().unwrap_or_default();
    key.rsplit(' ').next().is_some_and(is_business_head)
        && words.next().is_some()
        && first_name_gender(first).is_none()
}

/// Whether a name is a company's, whose first word alone names it again: a business name or
/// one ending in a company's legal form ("Tillman Motors", "Acme Corp").
pub(super) fn company_name(key: &str) -> bool {
    const LEGAL_FORMS: &[&str] = &["inc", "corp", "corporation", "company", "co", "llc", "ltd"];
    business_name(key)
        || key.rsplit(' ').next().is_some_and(|last| LEGAL_FORMS.contains(&last.trim_end_matches('.')))
            && !starts_with_first_name(key)
}

/// The lookup form of a written name: folded, possessive and dots removed, straight apostrophes.
fn normalise(form: &str) -> String {
    let lower = crate::text::fold::fold(form.trim()).replace('’', "'");
    let lower = lower.strip_suffix("'s").unwrap_or(&lower);
    lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-').replace('.', ""))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Finds the entity a written form refers to: full name, alias, surname, title ("the Supreme
/// Leader", "the senator") or possessive ("Khamenei's"). Built once per article.
#[derive(Debug, Clone, Default)]
pub struct EntityLookup {
    forms: HashMap<String, usize>,
    surnames: HashMap<String, usize>,
    titles: HashMap<String, usize>,
    /// Whether each entity is a person's name: only those answer to a longer name's last word.
    people: Vec<bool>,
}

impl EntityLookup {
    pub fn new(entities: &ArticleEntities) -> Self {
        let mut lookup = EntityLookup {
            people: entities.entities.iter().map(|e| e.kind == EntityKind::Person).collect(),
            ..EntityLookup::default()
        };
        // Entities are sorted by mentions, so on a clash the most mentioned one keeps the form.
        for (i, e) in entities.entities.iter().enumerate() {
            lookup.forms.entry(e.key.clone()).or_insert(i);
            for alias in &e.aliases {
                lookup.forms.entry(normalise(alias)).or_insert(i);
            }
            if e.kind == EntityKind::Person && e.key.contains(' ') {
                if let Some(last) = e.key.rsplit(' ').next() {
                    lookup.surnames.entry(last.to_string()).or_insert(i);
                }
            }
            for t in &e.titles {
                lookup.titles.entry(t.clone()).or_insert(i);
                if let Some(last) = t.rsplit(' ').next() {
                    lookup.titles.entry(last.to_string()).or_insert(i);
                }
            }
        }
        lookup
    }

    /// The entity `form`, a name of the given kind, names, if any (`Other` when the kind is not
    /// known: a surname by itself may be any name's last word).
    pub fn find(&self, form: &str, kind: EntityKind) -> Option<usize> {
        let key = normalise(form);
        let key = key.strip_prefix("the ").unwrap_or(&key);
        if let Some(&i) = self.forms.get(key) {
            return Some(i);
        }
        let words: Vec<&str> = key.split(' ').collect();
        let title_end = words.iter().rposition(|w| is_title_word(w)).map_or(0, |i| i + 1);
        let name = words[title_end..].join(" ");
        if name.is_empty() {
            let title = canonical_title(&words.join(" "));
            return self.titles.get(&title).or_else(|| self.titles.get(title.rsplit(' ').next()?)).copied();
        }
        // A full name finds an article that only uses the surname, and the other way round. A
        // longer name's last word names the same only as a surname or a plural group: "Barack
        // Obama" is the "Obama" and "Congressional Republicans" the "Republicans" of an article
        // that never says more, but "White House" is not the "House".
        let last = name.rsplit(' ').next().filter(|_| name.contains(' '));
        let same_by_last = |i: &usize| {
            matches!(kind, EntityKind::Person | EntityKind::Other)
                || self.people[*i]
                || starts_with_first_name(&name)
                || last.is_some_and(|l| l.ends_with('s') && !l.ends_with("ss"))
        };
        self.forms
            .get(&name)
            .or_else(|| self.surnames.get(&name))
            .or_else(|| {
                last.and_then(|l| {
                    self.surnames.get(l).or_else(|| self.forms.get(l).filter(|i| same_by_last(i)))
                })
            })
            .copied()
    }
}

/// One more use of `form`, allocated only when it is new.
pub(super) fn count_form(forms: &mut HashMap<String, usize>, form: &str) {
    match forms.get_mut(form) {
        Some(n) => *n += 1,
        None => {
            forms.insert(form.to_string(), 1);
        }
    }
}
