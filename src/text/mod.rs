//! Text handling shared by the engine and the views: decoding, sanitizing, sentence splitting
//! and the folded form used for case-insensitive matching.

pub mod decode;
pub mod file;
pub mod fold;
pub mod quotes;
pub mod sanitize;
pub mod sentences;
pub mod spaces;
