//! The target table of one comparison: every thing the two articles may take a stance on, with
//! an id, a display name, its aliases and where it comes from.
//!
//! In: the compiled topic map (and, later, targets derived from the pair). Out: a
//! [`TargetTable`] that claims, alignment rows, contrasts, agreements and the corpus overview
//! refer to by [`TargetId`]. Map topics come first, in map order, so a map topic's id is its
//! index in the map in every comparison made with that map.

use std::ops::Index;

use crate::color::Color;
use crate::targets::entity::EntityKind;
use crate::topics::TopicMap;

/// A target of one comparison (an index into its [`TargetTable`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct TargetId(pub u32);

impl TargetId {
    /// The id of the map's topic number `topic` (map topics head every table).
    pub fn of_topic(topic: usize) -> TargetId {
        TargetId(topic as u32)
    }

    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// Where a target comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A topic of the topic map (its index in the map).
    Map { topic: usize },
    /// Found in the two articles themselves: a person, organisation, place or phrase both
    /// discuss.
    Derived,
}

/// One thing the articles talk about.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub id: TargetId,
    /// The name as configured or found ("civil_society", "Ali Khamenei").
    pub name: String,
    /// Other forms that refer to it: a topic's terms, a person's surname and titles.
    pub aliases: Vec<String>,
    pub origin: Origin,
    pub color: Color,
    /// The stances the map names for a topic; "positive" and "negative" for a derived target,
    /// whose stance the opinion lexicon reads.
    pub stances: Vec<String>,
    /// How central the target is to both articles, 0–1 (1 for map topics).
    pub salience: f32,
    /// What a derived target is (a person, a group, a place…); none for a map topic.
    pub kind: Option<EntityKind>,
    /// For a map topic with no stance lists that names a person or group the pair found, the
    /// target found in the pair that stands in for it under its name and colour: the topic is
    /// then read, listed and aligned as that target, never twice.
    pub merged_into: Option<TargetId>,
}

impl Target {
    /// The name as people read it ("civil_society" → "civil society").
    pub fn label(&self) -> String {
        self.name.replace('_', " ")
    }

    pub fn is_derived(&self) -> bool {
        self.origin == Origin::Derived
    }

    /// Whether the target is listed in its own right (not merged into one found in the pair).
    pub fn is_listed(&self) -> bool {
        self.merged_into.is_none()
    }
}

/// The targets of one comparison, map topics first.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TargetTable {
    targets: Vec<Target>,
}

impl TargetTable {
    /// A table holding the map's topics, in map order.
    pub fn from_map(map: &TopicMap) -> TargetTable {
        let targets = map
            .topics
            .iter()
            .enumerate()
            .map(|(i, topic)| Target {
                id: TargetId::of_topic(i),
                name: topic.name.clone(),
                aliases: topic.terms.clone(),
                origin: Origin::Map { topic: i },
                color: topic.color,
                stances: topic.stances.clone(),
                salience: 1.0,
                kind: None,
                merged_into: None,
            })
            .collect();
        TargetTable { targets }
    }

    /// Adds a target found in the articles and returns its id.
    pub fn push_derived(
        &mut self,
        name: String,
        aliases: Vec<String>,
        color: Color,
        salience: f32,
        kind: Option<EntityKind>,
    ) -> TargetId {
        let id = TargetId(self.targets.len() as u32);
        let stances = vec!["positive".to_string(), "negative".to_string()];
        let origin = Origin::Derived;
        self.targets.push(Target {
            id,
            name,
            aliases,
            origin,
            color,
            stances,
            salience,
            kind,
            merged_into: None,
        });
        id
    }

    /// Marks map topic `topic` as stood in for by `by`, a target found in the pair.
    pub fn merge_topic(&mut self, topic: TargetId, by: TargetId) {
        self.targets[topic.index()].merged_into = Some(by);
    }

    pub fn len(&self) -> usize {
        self.targets.len()
    }

    pub fn is_empty(&self) -> bool {
        self.targets.is_empty()
    }

    pub fn get(&self, id: TargetId) -> Option<&Target> {
        self.targets.get(id.index())
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Target> {
        self.targets.iter()
    }

    pub fn ids(&self) -> impl Iterator<Item = TargetId> + '_ {
        self.targets.iter().map(|t| t.id)
    }

    /// The targets as lists show them: in table order, a map topic merged into a target found
    /// in the pair shown as that target in the topic's place (the map's order is the user's),
    /// and that target not again.
    pub fn listed(&self) -> impl Iterator<Item = &Target> + '_ {
        let stands_in = |id: TargetId| self.targets.iter().any(|t| t.merged_into == Some(id));
        self.targets.iter().filter_map(move |t| match t.merged_into {
            Some(by) => Some(&self[by]),
            None if stands_in(t.id) => None,
            None => Some(t),
        })
    }

    /// The target's label, or "general" for a contrast tied to none.
    pub fn label_of(&self, id: Option<TargetId>) -> String {
        id.and_then(|id| self.get(id)).map_or_else(|| "general".to_string(), Target::label)
    }
}

impl Index<TargetId> for TargetTable {
    type Output = Target;

    fn index(&self, id: TargetId) -> &Target {
        &self.targets[id.index()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    #[test]
    fn map_topics_keep_their_index_names_and_stances() {
        let map = TopicMap::new(&Config::default_config()).unwrap();
        let table = TargetTable::from_map(&map);
        assert_eq!(table.len(), map.topics.len());
        let sanctions = map.index_of("sanctions").unwrap();
        let target = &table[TargetId::of_topic(sanctions)];
        assert_eq!(target.name, "sanctions");
        assert_eq!(target.origin, Origin::Map { topic: sanctions });
        assert_eq!(target.stances, map.topics[sanctions].stances);
        assert!(target.aliases.iter().any(|a| a.starts_with("sanction")));
        assert!(!target.is_derived());
    }

    #[test]
    fn derived_targets_follow_the_map_and_label_as_written() {
        let map = TopicMap::new(&Config::default_config()).unwrap();
        let mut table = TargetTable::from_map(&map);
        let id =
            table.push_derived("Ali Khamenei".into(), vec!["Khamenei".into()], Color::Ansi(6), 0.5, None);
        assert_eq!(id.index(), map.topics.len());
        assert!(table[id].is_derived());
        assert_eq!(table.label_of(Some(id)), "Ali Khamenei");
        assert_eq!(table.label_of(None), "general");
    }
}
