//! State tests of synced scrolling and the counterpart jump on the bundled articles (the
//! path itself is property-tested in `sync_path`).

use crate::compare::Side;
use crate::config::View;
use crate::keymap::Action;

use super::app::App;
use super::app_tests::{align_only, app, passages_of, set_top, top_line, tops};
use super::doc::index;

/// Presses `action` until the focused pane stops moving; the tops after each press.
fn walk(app: &mut App, action: Action) -> Vec<(usize, usize)> {
    let mut seen = vec![tops(app)];
    loop {
        app.update(action);
        let now = tops(app);
        if now == seen[seen.len() - 1] {
            return seen;
        }
        seen.push(now);
    }
}

#[test]
fn synced_scrolling_never_goes_back_and_ends_together() {
    for (width, height) in [(80, 24), (120, 40)] {
        for lead in [Side::Left, Side::Right] {
            let mut app = app();
            app.resize(width, height);
            assert!(app.sync);
            if lead == Side::Right {
                app.update(Action::FocusRight);
            }
            let ends = (passages_of(&app, Side::Left).1, passages_of(&app, Side::Right).1);
            let down = walk(&mut app, Action::ScrollDown);
            for step in down.windows(2) {
                assert!(
                    step[1].0 >= step[0].0 && step[1].1 >= step[0].1,
                    "{width}x{height} {lead:?}: {step:?}"
                );
            }
            assert_eq!(down.last(), Some(&ends), "{width}x{height} {lead:?}: both at their ends");
            let up = walk(&mut app, Action::ScrollUp);
            for step in up.windows(2) {
                assert!(
                    step[1].0 <= step[0].0 && step[1].1 <= step[0].1,
                    "{width}x{height} {lead:?}: {step:?}"
                );
            }
            assert_eq!(up.last(), Some(&(0, 0)));
        }
    }
}

#[test]
fn synced_scrolling_follows_the_pairs_in_order_and_skips_the_others() {
    let mut app = app();
    let ((left, left_end), (right, right_end)) =
        (passages_of(&app, Side::Left), passages_of(&app, Side::Right));
    // Left ¶3 answers right ¶9, out of the order of the rest: the path leaves it out.
    align_only(&mut app, &[(1, 1), (3, 9), (4, 2), (6, 4)]);
    assert!(left[6] < left_end && right[4] < right_end, "anchors inside both articles");
    let mut at_anchor = Vec::new();
    for (l, r) in walk(&mut app, Action::ScrollDown) {
        if [left[1], left[4], left[6]].contains(&l) {
            at_anchor.push(r);
        }
        assert_ne!((l, r), (left[3], right[9]));
    }
    assert_eq!(at_anchor, vec![right[1], right[2], right[4]]);
}

#[test]
fn between_two_anchors_the_other_pane_moves_in_proportion() {
    let mut app = app();
    let ((left, _), (right, _)) = (passages_of(&app, Side::Left), passages_of(&app, Side::Right));
    align_only(&mut app, &[(2, 1), (4, 5)]);
    let half = (left[2] + left[4]) / 2;
    set_top(&mut app, Side::Left, half - 1);
    app.update(Action::ScrollDown);
    let expected = right[1] + (half - left[2]) * (right[5] - right[1]) / (left[4] - left[2]);
    assert_eq!(tops(&app), (half, expected));
}

#[test]
fn the_counterpart_key_jumps_in_any_order_and_says_sync_is_off() {
    let mut app = app();
    let (left, _) = passages_of(&app, Side::Left);
    align_only(&mut app, &[(1, 1), (3, 9), (3, 5), (4, 2)]);
    set_top(&mut app, Side::Left, left[3]);
    app.update(Action::JumpCounterpart);
    let first = app.read_top[index(Side::Right)].passage;
    assert!([5, 9].contains(&first), "right at ¶{}", first + 1);
    assert!(!app.sync);
    let said = app.message.clone().unwrap().text;
    assert!(said.contains("¶4 faces") && said.contains("sync off"), "{said}");
    // Again: the other counterpart, then back to the first.
    app.update(Action::JumpCounterpart);
    let second = app.read_top[index(Side::Right)].passage;
    assert!([5, 9].contains(&second) && second != first);
    app.update(Action::JumpCounterpart);
    assert_eq!(app.read_top[index(Side::Right)].passage, first);
    // A passage with nothing aligned says so and moves nothing.
    set_top(&mut app, Side::Left, left[2]);
    let before = top_line(&app, Side::Right);
    app.update(Action::JumpCounterpart);
    assert_eq!(top_line(&app, Side::Right), before);
    assert!(app.message.clone().unwrap().text.contains("no aligned passage"));
    // Turning sync back on puts the right pane back on the path.
    app.update(Action::ToggleSync);
    assert!(app.sync);
    let on_path = top_line(&app, Side::Right);
    app.update(Action::ScrollDown);
    assert!(top_line(&app, Side::Right) >= on_path);
    // The Aligned view has counterparts side by side already.
    app.update(Action::ToggleView);
    assert_eq!(app.view, View::Aligned);
    app.update(Action::JumpCounterpart);
    assert!(app.message.clone().unwrap().text.contains("Aligned view"));
}

#[test]
fn without_sync_the_other_pane_stays_and_turning_it_on_syncs_at_once() {
    let mut app = app();
    app.update(Action::ToggleSync);
    app.update(Action::PageDown);
    app.update(Action::PageDown);
    assert_eq!(top_line(&app, Side::Right), 0);
    app.update(Action::ToggleSync);
    assert!(top_line(&app, Side::Right) > 0);
}
