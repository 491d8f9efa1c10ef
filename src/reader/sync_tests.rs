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

/// How far synced panes may drift from the path to move by the same lines.
fn slack(app: &App) -> usize {
    app.geometry().text_height() / 4
}

#[test]
fn synced_scrolling_follows_the_pairs_in_order_and_skips_the_others() {
    let mut app = app();
    let ((left, left_end), (right, right_end)) =
        (passages_of(&app, Side::Left), passages_of(&app, Side::Right));
    // Left ¶4 answers right ¶10, out of the order of the rest: the path leaves it out.
    align_only(&mut app, &[(1, 1), (3, 9), (4, 2), (6, 4)]);
    assert!(left[6] < left_end && right[4] < right_end, "anchors inside both articles");
    let slack = slack(&app);
    let near = |r: usize, line: usize| r.abs_diff(line) <= slack;
    let walked = walk(&mut app, Action::ScrollDown);
    for (l, r) in walked {
        for (a, b) in [(1, 1), (4, 2), (6, 4)] {
            if l == left[a] {
                assert!(
                    near(r, right[b]),
                    "left ¶{} at {l}: right at {r}, ¶{} at {}",
                    a + 1,
                    b + 1,
                    right[b]
                );
            }
        }
        if l == left[3] {
            assert!(r + slack < right[9], "the right pane went to the out-of-order counterpart");
        }
    }
}

#[test]
fn between_two_anchors_the_path_runs_in_proportion() {
    let mut app = app();
    let ((left, _), (right, _)) = (passages_of(&app, Side::Left), passages_of(&app, Side::Right));
    align_only(&mut app, &[(2, 1), (4, 5)]);
    let half = (left[2] + left[4]) / 2;
    set_top(&mut app, Side::Left, half);
    // Turning sync on puts the other pane on the path exactly.
    app.update(Action::ToggleSync);
    app.update(Action::ToggleSync);
    let expected = right[1] + (half - left[2]) * (right[5] - right[1]) / (left[4] - left[2]);
    assert_eq!(tops(&app), (half, expected));
    // From there a line of the left pane is a line of the right one while they keep close.
    app.update(Action::ScrollDown);
    assert_eq!(tops(&app), (half + 1, expected + 1));
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
