//! Who speaks for which group: the people an article introduces as a group's officers. What an
//! officer says is the group's own case, which is how news on an agency, a union or a company
//! slants it as much as through any word of praise or blame: one report lets the agency's
//! director explain, the other quotes the tenants it evicts (see `contrast::sides`).
//!
//! An officer is read from the words between a person's name and a group's:
//! - the group, then only office words: "AARP CEO Barry Rand", "the agency's general manager,
//!   Kevin Osei";
//! - the name, then an office of the group: "Tamika Ortiz, president of Library Employees
//!   Local 418", "Ana Ruiz, a spokeswoman for the department", "Gregory Amsel, the authority's
//!   executive director";
//! - a title that is a word of the group's name: "Sheriff Wade Hollister" of the "Ashby County
//!   Sheriff's Office";
//! - an office with no group at all ("Director Lena Marchetti said …", "Superintendent Roger
//!   Tillman"): the officer of the group the article is most about, unless some other group is
//!   named as theirs.
//!
//! In: one article and its entities with pronouns and role nouns resolved. Out: the (person,
//! group) pairs, stored with the entities. One pass over the mentions.

use std::ops::Range;

use super::entity::{Affiliations, ArticleEntities, EntityKind, Mention, MentionVia};
use super::lexicon::{is_group_head, is_place_head};
use crate::article::Article;
use crate::text::fold::fold;

/// Nouns an office ends in ("executive director", "press secretary"): a "longtime critic of
/// the union" or "a member of the board" holds no office that speaks for it.
#[rustfmt::skip]
pub(crate) const OFFICES: &[&str] = &[
    "president", "director", "head", "chair", "chairman", "chairwoman", "chairperson", "spokesman",
    "spokeswoman", "spokesperson", "leader", "chief", "executive", "officer", "founder",
    "secretary", "treasurer", "organizer", "organiser", "manager", "counsel", "coordinator",
    "governor", "commissioner", "superintendent", "dean", "provost", "chancellor", "principal",
    "administrator", "steward", "minister", "ceo", "spokespeople", "lawyer", "attorney",
];

/// Words an office may carry before its noun ("general manager", "deputy press secretary").
#[rustfmt::skip]
const OFFICE_MODIFIERS: &[&str] = &[
    "general", "executive", "deputy", "assistant", "vice", "press", "board", "lead", "senior",
    "managing", "interim", "acting", "chief", "communications", "operating", "financial",
    "national", "regional", "state", "its", "the", "a", "an",
];

/// The offices that make someone named by office alone the voice of the group a story is
/// about ("Director Lena Marchetti said"). A president, a governor or a commissioner by title
/// alone ("President Obama", "Commissioner Beth Calloway") holds an office of their own.
#[rustfmt::skip]
const SPOKESPERSON_OFFICES: &[&str] = &[
    "director", "manager", "spokesman", "spokeswoman", "spokesperson", "superintendent", "chair",
    "chairman", "chairwoman", "chairperson", "ceo", "administrator",
];

/// Heads of bodies of members or advocates: a union, a coalition, a foundation.
const MEMBERS_BODIES: &[&str] = &[
    "union",
    "coalition",
    "association",
    "foundation",
    "alliance",
    "federation",
    "society",
    "league",
    "council",
    "club",
    "caucus",
    "party",
];

/// The bodies that govern an institution: "the board's chair" in a story on a college speaks
/// for the college, where "the council's finance chair" in a story on an authority does not.
const GOVERNING_BODIES: &[&str] = &["board", "trustees", "regents"];

/// Bytes a person's name, an office and a group's name may span together.
const MAX_DESCRIPTION: usize = 160;
/// Words an office may take, its modifiers included ("executive director" is two).
const OFFICE_WORDS: usize = 4;

/// Titles that name a calling rather than a group's office, even when a group is named after
/// them ("Justice Elena Kagan" is no officer of the "Department of Justice").
const NOT_GROUP_TITLES: &[&str] = &["justice", "judge"];

/// Reads the article's officers into `entities.affiliations`.
pub fn add_affiliations(article: &Article, entities: &mut ArticleEntities) {
    entities.affiliations = affiliations(article, entities);
}

fn affiliations(article: &Article, entities: &ArticleEntities) -> Affiliations {
    let kind = |e: usize| entities.entities[e].kind;
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    // People named by an office alone, with the group word their description gives, if any
    // ("the board's chair": "board").
    let mut unattached: Vec<(usize, Option<String>)> = Vec::new();
    let mut at = 0;
    while at < entities.mentions.len() {
        let sentence = entities.mentions[at].at;
        let n = entities.mentions[at..].iter().take_while(|m| m.at == sentence).count();
        let here = &entities.mentions[at..at + n];
        at += n;
        let text = article.sentence_text(sentence);
        let named = |via: MentionVia| matches!(via, MentionVia::Name | MentionVia::Alias);
        // The groups by where they start, so each name looks only at those near it.
        let mut groups: Vec<&Mention> = here.iter().filter(|g| kind(g.entity) == EntityKind::Group).collect();
        groups.sort_by_key(|g| g.range.start);
        for person in here.iter().filter(|p| kind(p.entity) == EntityKind::Person && named(p.via)) {
            let mut attached = false;
            let from = groups.partition_point(|g| g.range.start + MAX_DESCRIPTION < person.range.start);
            let to = groups.partition_point(|g| g.range.start <= person.range.end + MAX_DESCRIPTION);
            for group in groups.get(from..to).unwrap_or_default() {
                if officer_of(text, &person.range, &group.range) {
                    attached = true;
                    if !pairs.contains(&(person.entity, group.entity)) {
                        pairs.push((person.entity, group.entity));
                    }
                }
            }
            let titled = entities.entities[person.entity]
                .titles
                .iter()
                .any(|t| SPOKESPERSON_OFFICES.contains(&t.as_str()));
            if attached {
                continue;
            }
            // "Director Kim Sato of the Dale County bus system": the office is of what follows.
            let of_another = text[person.range.end..].trim_start_matches(',').trim_start().starts_with("of ");
            if of_another {
                continue;
            }
            if let Some(word) = office_after(text, person.range.end) {
                unattached.push((person.entity, word));
            } else if let Some(word) = office_before(text, person.range.start) {
                unattached.push((person.entity, word));
            } else if titled {
                unattached.push((person.entity, None));
            }
        }
    }
    // Each group's name folded once, with its words and those before any "of".
    let groups: Vec<GroupName> = entities
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityKind::Group)
        .map(|(index, e)| GroupName::new(index, &e.name))
        .collect();
    // A title that is a word of the group's name, before any "of" ("Chancellor" of the
    // "Chancellor Academy Trust", not "Justice" of the "Department of Justice"), or that holds
    // the group's name ("aarp ceo" of "AARP CEO Barry Rand").
    for (p, person) in entities.entities.iter().enumerate().filter(|(_, e)| !e.titles.is_empty()) {
        for group in &groups {
            let shared = person.titles.iter().any(|t| {
                (!NOT_GROUP_TITLES.contains(&t.as_str()) && group.head.iter().any(|w| w == t))
                    || t.strip_prefix(group.name.as_str()).is_some_and(|rest| rest.starts_with(' '))
                    || field_office(t, group)
            });
            if shared && !pairs.contains(&(p, group.index)) {
                pairs.push((p, group.index));
            }
        }
    }
    // An officer named by office alone speaks for the group their description names by a word
    // of its name ("the department's director"), else for the group the article is most about:
    // the one referred to most often, "the library" included, the first named of equals.
    let main = entities.main_group(|_| true);
    let main_group = groups.iter().find(|g| Some(g.index) == main);
    for (p, word) in unattached {
        if pairs.iter().any(|&(q, _)| q == p) {
            continue;
        }
        // A group word that names none of the article's groups ("the council's finance chair"
        // in a story about an authority) is another group's office.
        // A governing body named by its common noun ("Gregory Amundsen, the board's chair") is
        // the main group's own when no group of the article holds that word.
        let group = match &word {
            Some(w) => groups.iter().find(|g| g.words.contains(w)).or_else(|| {
                main_group.filter(|g| GOVERNING_BODIES.contains(&w.as_str()) && !members_body(g))
            }),
            None => main_group,
        };
        if let Some(group) = group {
            pairs.push((p, group.index));
        }
    }
    Affiliations::new(pairs)
}

/// A group's name as the officer rules compare it.
struct GroupName {
    index: usize,
    /// Folded: "ashby county sheriff's office".
    name: String,
    /// Its words, possessives trimmed.
    words: Vec<String>,
    /// The words before any "of" ("department" of "department of justice").
    head: Vec<String>,
}

impl GroupName {
    fn new(index: usize, name: &str) -> GroupName {
        let name = fold(name);
        let split = |s: &str| -> Vec<String> {
            s.split_whitespace()
                .map(|w| w.trim_end_matches("'s").trim_end_matches("’s").to_string())
                .collect()
        };
        let head = split(name.split(" of ").next().unwrap_or_default());
        GroupName { index, words: split(&name), head, name }
    }
}

/// Whether a group is a body of members or advocates ("Castleford Nurses Union", "City
/// Council"): its board's chair is no chair of theirs.
fn members_body(group: &GroupName) -> bool {
    group.head.last().is_some_and(|h| MEMBERS_BODIES.contains(&h.as_str()))
}

/// A title of an office over a field the group's name holds ("Transportation Director Angela
/// Ferris" of the "Castleford Department of Transportation", "Board Chair Margaret Vance" of
/// the "State Board of Elections"). A place ("County Commissioner") is no such field.
fn field_office(title: &str, group: &GroupName) -> bool {
    let words: Vec<&str> = title.split(' ').collect();
    let Some((office, fields)) = words.split_last() else { return false };
    // A union or an advocacy group has no "Police Chief" or "Library Director" of its own (they
    // are the other side of its table), and a secretary or minister holds a nation's office.
    !members_body(group)
        && !matches!(*office, "secretary" | "minister")
        && OFFICES.contains(office)
        && fields
            .iter()
            .any(|w| !is_place_head(w) && !OFFICE_MODIFIERS.contains(w) && group.words.iter().any(|g| g == w))
}

/// Whether the words between a person's and a group's mention make the person its officer.
fn officer_of(text: &str, person: &Range<usize>, group: &Range<usize>) -> bool {
    // An office between two names is a few words: farther apart, they are not one description,
    // and a sentence with thousands of names is not read pair by pair at length.
    if group.end.max(person.end) - group.start.min(person.start) > MAX_DESCRIPTION {
        return false;
    }
    if group.end <= person.start {
        // "AARP CEO Barry Rand", "the authority's executive director, Gregory Amsel".
        let gap = &text[group.end..person.start];
        let gap = gap.strip_prefix("'s").or_else(|| gap.strip_prefix("’s")).unwrap_or(gap);
        // The office may be read as part of the name ("CEO Barry Rand").
        let lead: Vec<&str> = text[person.clone()]
            .split_whitespace()
            .take_while(|w| {
                let w = fold(w);
                OFFICES.contains(&w.as_str()) || OFFICE_MODIFIERS.contains(&w.as_str())
            })
            .collect();
        let office = format!("{} {}", gap.trim().trim_end_matches(','), lead.join(" "));
        return plain(gap) && office_words(&office).is_some_and(|n| n >= 1);
    }
    if person.end > group.start {
        return false;
    }
    let gap = &text[person.end..group.start];
    if !plain(gap) {
        return false;
    }
    // "Tamika Ortiz, president of Library Employees Local 418", "a spokeswoman for the board",
    // "director of operations at the authority" — but not "a lawyer for the authority's
    // tenants", whom the office serves.
    let possessor = text[group.end..].starts_with("'s") || text[group.end..].starts_with("’s");
    if let Some(office) = gap.strip_prefix(',').filter(|_| !possessor) {
        let office = office.trim_end();
        let office = office.strip_suffix(" the").unwrap_or(office);
        let office =
            ["of", "for", "at", "with"].iter().find_map(|p| office.strip_suffix(&format!(" {p}")[..]));
        if office.is_some_and(|o| office_words(office_head(o)).is_some_and(|n| n >= 1)) {
            return true;
        }
    }
    // "Gregory Amsel, the authority's executive director", "Robert F. Bauer, the White House
    // counsel", "Jonah Whitley, a Climate Reckoning spokesman".
    let after = head(&text[group.end..]);
    let after = after.strip_prefix("'s").or_else(|| after.strip_prefix("’s")).or(Some(after));
    let before_group = gap.trim_start_matches(',').trim();
    (before_group.is_empty() || matches!(fold(before_group).as_str(), "the" | "its" | "a" | "an"))
        && gap.starts_with(',')
        && after.is_some_and(|rest| {
            let office = rest.split([',', ';', '.']).next().unwrap_or_default();
            let office = office.split(" said").next().unwrap_or_default();
            office_words(office).is_some_and(|n| n >= 1)
        })
}

/// An office without the field it is of ("director" of "director of operations", "chief" of
/// "chief of staff"): at most two lower-case words after "of" or "for".
fn office_head(office: &str) -> &str {
    for joint in [" of ", " for "] {
        if let Some((head, field)) = office.split_once(joint) {
            let field: Vec<&str> = field.split_whitespace().collect();
            if (1..=2).contains(&field.len()) && field.iter().all(|w| w.starts_with(char::is_lowercase)) {
                return head;
            }
        }
    }
    office
}

/// Words that make an office one no longer held ("a former director of").
const NOT_HELD: &[&str] = &["former", "ex", "onetime", "one-time", "retired", "past", "longtime"];

/// The number of office words in `words` if all of them are (a modifier alone is none), and the
/// last is an office's noun.
fn office_words(words: &str) -> Option<usize> {
    let written: Vec<&str> = words.split_whitespace().collect();
    let folded: Vec<String> = written.iter().map(|w| fold(w)).collect();
    let last = folded.last()?;
    // One lower-case word of the group's own business may stand before the office
    // ("transportation director", "parks superintendent"); a name may not.
    let unknown = folded
        .iter()
        .zip(&written)
        .filter(|(w, _)| !OFFICES.contains(&w.as_str()) && !OFFICE_MODIFIERS.contains(&w.as_str()))
        .map(|(_, written)| written)
        .collect::<Vec<_>>();
    // Another group's word makes it that group's office ("a union steward at the authority").
    let fits = unknown.len() <= 1
        && unknown.iter().all(|w| w.starts_with(char::is_lowercase) && !is_group_head(&fold(w)))
        && !folded.iter().any(|w| NOT_HELD.contains(&w.as_str()) || w.starts_with("ex-"));
    let n = folded.iter().filter(|w| !matches!(w.as_str(), "the" | "a" | "an" | "its")).count();
    (fits && OFFICES.contains(&last.as_str()) && n <= OFFICE_WORDS).then_some(n)
}

/// Whether the words right before a name are a spokesperson's office and nothing else of the
/// sentence ("Director Lena Marchetti said", "General manager Kevin Osei", "…, said board chair
/// Patricia Oyelaran", "Department director Lena Marchetti"): `Some` with the group word the
/// office names, if any.
fn office_before(text: &str, start: usize) -> Option<Option<String>> {
    let before = &text[..start];
    // The office and the one word before it are all that is read: a sentence of megabytes with
    // no comma costs no more per name than one of ten words.
    let words: Vec<String> = before
        .split_whitespace()
        .rev()
        .take(OFFICE_WORDS + 1)
        .take_while(|w| !w.ends_with([',', '"', '“', '”', ':']))
        .map(fold)
        .collect();
    let office = |w: &String| OFFICES.contains(&w.as_str()) || OFFICE_MODIFIERS.contains(&w.as_str());
    let n = words.iter().take(OFFICE_WORDS).take_while(|w| office(w) || is_group_head(w)).count();
    // A spokesperson's office, or any office of a body ("Board president Roger Tillman"; not
    // "President Obama").
    let of_body = words.get(1..n).unwrap_or_default().iter().any(|w| is_group_head(w));
    let noun = words.first()?;
    if !(SPOKESPERSON_OFFICES.contains(&noun.as_str()) || (OFFICES.contains(&noun.as_str()) && of_body)) {
        return None;
    }
    let clause_start = n == words.len()
        || words.get(n).is_some_and(|w| matches!(w.as_str(), "said" | "says" | "and" | "by" | "to"));
    clause_start.then(|| words[..n].iter().find(|w| is_group_head(w) && !office(w)).cloned())
}

/// Whether the words right after a name are an office of a group named by a common noun
/// ("Gregory Amsel, the authority's executive director", "Patricia Oyelaran, the board's
/// chair"): `Some` with that noun.
fn office_after(text: &str, end: usize) -> Option<Option<String>> {
    let rest = text[end..].strip_prefix(", ")?;
    let rest = rest.strip_prefix("the ").or_else(|| rest.strip_prefix("its "))?;
    let rest = head(rest);
    let description = rest.split([',', ';', '.', '"', '“']).next().unwrap_or_default();
    let description = description.split(" said").next().unwrap_or_default();
    let (owner, office) = description.split_once("'s ").or_else(|| description.split_once("’s "))?;
    let owner = fold(owner);
    (is_group_head(&owner) && office_words(office).is_some()).then_some(Some(owner))
}

/// The first [`MAX_DESCRIPTION`] bytes of `text` (at a character boundary): all a
/// description can take.
fn head(text: &str) -> &str {
    let mut end = text.len().min(MAX_DESCRIPTION);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// No quotation and no sentence break: a description, not what someone says.
fn plain(gap: &str) -> bool {
    !gap.contains(['"', '“', '”', ';', ':', '(', ')']) && !gap.contains(". ")
}

#[cfg(test)]
#[path = "affiliation_tests.rs"]
pub(crate) mod tests;
