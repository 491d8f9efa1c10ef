//! counterpoint: read two articles side by side, aligned by topic, with their contradictions
//! highlighted.
//!
//! The data flows one way:
//!
//! ```text
//! file bytes ─► Article ─► ArticleAnalysis ─► Comparison ─────────┬─► report (text / markdown / json)
//!  (text::decode, (article:   (analysis: topic   (compare: targets, │   rendering reasons from evidence
//!   html,          passages,   terms; contrast:   similarity index,  └─► reader (TUI)
//!   clutter)       sentences)  claims, voices,    align, contrast
//!                              stance, figures,   stages → contrasts
//!                              quotes)            with evidence)
//! ```
//!
//! Everything up to `Comparison` is terminal-free engine code; `reader` is the only module that
//! touches the terminal, and `report` only formats strings.

pub mod align;
pub mod analysis;
pub mod article;
pub mod bundled;
pub mod clutter;
pub mod color;
pub mod compare;
pub mod config;
pub mod contrast;
pub mod corpus;
pub mod diff;
pub mod exports;
pub mod gapped;
pub mod html;
pub mod keymap;
pub mod lexicon;
pub mod matcher;
pub mod reader;
pub mod report;
pub mod session;
pub mod similarity;
pub mod state;
pub mod suggest;
pub mod targets;
pub mod text;
pub mod topics;
pub mod words;
