//! What a pair of articles talks about: the targets that claims, aligned rows and contrasts
//! refer to. Today they come from the topic map; targets found in the articles themselves
//! (people, organisations, policies both discuss) join the same table.

pub mod table;
