//! The terminal's screen stays right: every byte the reader writes through [`FrameBackend`]
//! is fed to a terminal emulator model (the `vt100` crate), whose screen must match a full
//! redraw after the first frame, after scripted keys in both views, after resizes, with wide
//! and combined characters, and after any keys at all (a property test).
//!
//! [`FrameBackend`]: counterpoint::reader::FrameBackend

#[path = "support/wire.rs"]
mod wire;

use counterpoint::article::Article;
use counterpoint::keymap::Action;
use counterpoint::reader::Input;
use proptest::prelude::*;
use wire::{compare_screen, Reader};

#[test]
fn the_first_frame_matches_a_full_redraw() {
    for (width, height) in [(120, 40), (80, 24), (200, 60), (30, 8)] {
        let reader = Reader::new(width, height, true);
        reader.assert_screen(&format!("{width}x{height}"));
    }
}

#[test]
fn scripted_keys_keep_the_screen_right_in_both_views() {
    use Action::*;
    let script = [
        ScrollDown,
        ScrollDown,
        HalfPageDown,
        ScrollUp,
        FocusNext,
        ScrollDown,
        NextContrast,
        NextContrast,
        Bottom,
        ScrollUp,
        Top,
        ToggleView,
        ScrollDown,
        ScrollDown,
        HalfPageDown,
        NextContrast,
        ScrollUp,
        Bottom,
        ScrollUp,
        Top,
        FocusNext,
        HalfPageUp,
        ToggleSync,
        ToggleView,
        ScrollDown,
        PageDown,
        PageUp,
        SwapSides,
        ScrollDown,
        WidenLeft,
        ScrollDown,
        Help,
        ScrollDown,
    ];
    for (width, height) in [(120, 40), (80, 24)] {
        for scroll_regions in [true, false] {
            let mut reader = Reader::new(width, height, scroll_regions);
            for (i, &action) in script.iter().enumerate() {
                reader.press(action);
                reader.assert_screen(&format!("{width}x{height} step {i} ({action:?})"));
            }
            reader.input(Input::Cancel);
            reader.assert_screen("after closing help");
        }
    }
}

#[test]
fn a_resize_redraws_everything_right() {
    let mut reader = Reader::new(120, 40, true);
    reader.press(Action::ToggleView);
    reader.press(Action::ScrollDown);
    for (width, height) in [(80, 24), (100, 30), (120, 40)] {
        reader.input(Input::Resize(width, height));
        reader.assert_screen(&format!("after a resize to {width}x{height}"));
        reader.press(Action::ScrollDown);
        reader.assert_screen(&format!("a scroll at {width}x{height}"));
    }
}

fn input() -> impl Strategy<Value = Input> {
    use Action::*;
    let action = prop::sample::select(vec![
        ScrollDown,
        ScrollDown,
        ScrollDown,
        ScrollUp,
        ScrollUp,
        HalfPageDown,
        HalfPageUp,
        PageDown,
        Top,
        Bottom,
        ToggleView,
        FocusNext,
        NextContrast,
        PrevContrast,
        ToggleSync,
        CycleTopic,
        NextTopicPassage,
        SwapSides,
        NarrowLeft,
        Help,
    ]);
    prop_oneof![
        12 => action.prop_map(Input::Action),
        1 => Just(Input::Cancel),
        1 => prop::sample::select(vec![(80, 24), (120, 40), (100, 30)])
            .prop_map(|(width, height)| Input::Resize(width, height)),
    ]
}

/// A pair with wide (CJK, emoji) and combined characters, on topics of the default map.
fn wide_pair() -> (Article, Article) {
    let left = "# 制裁と対話 — sanctions and talks\n\n\
        The talks in Muscat 🙂 went on. 日本語の記事では、制裁 (sanctions) が\
        市民を苦しめていると書かれている。\n\n\
        Critics say the sanctions work; café owners in Tehran disagree. Inflation is high.\n\n\
        交渉は続いている。The nuclear deal was not perfect, but it worked — 협상은 계속된다.\n\n\
        Human rights groups say diplomacy helps civil society and the talks must go on.\n";
    let right = "# Talks are a lifeline — 命綱\n\n\
        Sanctions worked: the rial collapsed 📉 and the regime came to the table. 制裁は効いた。\n\n\
        The talks throw the regime a lifeline; 対話は体制を救う. Diplomacy betrays dissidents.\n\n\
        The nuclear deal failed. Enrichment went on — ウラン濃縮は続いた — despite the deal.\n\n\
        Human rights activists 🙏 ask Washington to walk away from the talks.\n";
    let many = |text: &str| text.repeat(4);
    (Article::parse("left.md", &many(left)), Article::parse("right.md", &many(right)))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Whatever the keys, the terminal ends up showing what a full redraw shows.
    #[test]
    fn random_keys_keep_the_screen_right(
        inputs in prop::collection::vec(input(), 1..40),
        small in any::<bool>(),
        wide in any::<bool>(),
    ) {
        let (width, height) = if small { (80, 24) } else { (120, 40) };
        let mut reader = if wide {
            let (left, right) = wide_pair();
            Reader::with_pair(left, right, width, height, true)
        } else {
            Reader::new(width, height, true)
        };
        for (i, &input) in inputs.iter().enumerate() {
            reader.input(input);
            if let Err(diff) = compare_screen(reader.vt.screen(), &reader.expected()) {
                prop_assert!(false, "step {} ({:?}) of {:?}: {}", i, input, inputs, diff);
            }
        }
    }
}

#[test]
fn wide_characters_scroll_right() {
    let (left, right) = wide_pair();
    let mut reader = Reader::with_pair(left, right, 80, 24, true);
    reader.assert_screen("first frame");
    reader.press(Action::ToggleView);
    for action in [Action::ScrollDown; 10].into_iter().chain([Action::ScrollUp; 4]) {
        reader.press(action);
        reader.assert_screen(&format!("after {action:?}"));
    }
}
