//! The status bar: view, focused side, sync, topic filter, position and contrast count on the
//! left; on the right a message, or hints for the most useful keys taken from the keymap.

use ratatui::buffer::Buffer;

use crate::config::View;
use crate::keymap::Action;
use crate::text::sanitize::visible;

use super::{display_width, first_key, fit, put};
use crate::reader::app::App;
use crate::reader::layout::Geometry;
use crate::reader::wrap::grapheme_width;
use crate::targets::table::TargetId;
use unicode_segmentation::UnicodeSegmentation;

/// Columns the topic under the cursor takes in the bar at most.
const TOPIC_IN_BAR: usize = 20;

/// The state part of the bar; `compact` for narrow screens.
fn summary(app: &App, g: &Geometry, compact: bool) -> String {
    let topic_name = |t: TargetId| visible(&app.comparison.targets[t].label()).into_owned();
    let mut parts = vec![match (app.view, compact) {
        (View::Read, _) => "READ".to_string(),
        (View::Aligned, false) => "ALIGNED".to_string(),
        (View::Aligned, true) => "ALIGN".to_string(),
    }];
    parts.push(if compact { app.focus.label()[..1].to_uppercase() } else { app.focus.label().to_string() });
    match app.view {
        View::Read => parts.push(if app.sync { "sync" } else { "no sync" }.to_string()),
        View::Aligned if !compact => {
            if let Some(t) = app.aligned_topic(g).filter(|_| app.topic.is_none()) {
                // A long name ("Clearwater Regional Water Authority") would push the contrast
                // count off an 80-column bar.
                parts.push(format!("in {}", fit(&topic_name(t), TOPIC_IN_BAR)));
            }
        }
        View::Aligned => {}
    }
    parts.push(match (app.topic, compact) {
        (Some(t), false) => format!("only {}", topic_name(t)),
        (Some(t), true) => fit(&topic_name(t), 10),
        (None, false) => "all topics".to_string(),
        (None, true) => "all".to_string(),
    });
    parts.push(app.position(g));
    let contrasts = app.comparison.contrasts.len();
    parts.push(match (app.selected, compact) {
        (Some(i), false) => format!("contrast {}/{contrasts}", i + 1),
        (Some(i), true) => format!("◆{}/{contrasts}", i + 1),
        (None, false) => format!("{contrasts} {}", if contrasts == 1 { "contrast" } else { "contrasts" }),
        (None, true) => format!("◆{contrasts}"),
    });
    if let Some(search) = &app.search {
        let query = visible(&search.query);
        parts.push(match search.current {
            Some(at) => {
                let first = app.side_of(crate::compare::Side::Left);
                format!("/{query} {}/{}", search.overall(first, at) + 1, search.total())
            }
            None => format!("/{query} ({})", search.total()),
        });
    }
    if compact {
        format!(" {} ", parts.join(" "))
    } else {
        format!(" {} ", parts.join(" │ "))
    }
}

/// The actions hinted now, most useful first: the way back only in a pair opened from the
/// corpus overview, the counterpart jump only in the Read view.
fn hinted(app: &App) -> Vec<Action> {
    let mut actions: Vec<(u8, Action)> = Action::ALL
        .iter()
        .filter(|&&a| a != Action::Overview || app.corpus.is_some())
        .filter(|&&a| a != Action::JumpCounterpart || app.view == View::Read)
        .filter_map(|&a| Some((a.hint_rank()?, a)))
        .collect();
    actions.sort_unstable();
    actions.into_iter().map(|(_, a)| a).collect()
}

pub(crate) fn render(app: &App, g: &Geometry, buf: &mut Buffer) {
    let area = g.status;
    if area.is_empty() {
        return;
    }
    let width = usize::from(area.width);
    let style = app.theme.status();
    buf.set_style(area, style);
    if let Some(prompt) = &app.prompt {
        let text = format!("/{}█", visible(prompt));
        // Keep the end of a long query in view.
        let shown = fit_tail(&text, width, &mut grapheme_width);
        put(buf, area.x, area.y, shown, width, style);
        return;
    }
    // A message needs the room more than the full summary does.
    let left = summary(app, g, width < 60 || (app.message.is_some() && width < 120));
    let left = fit(&left, width);
    let x = put(buf, area.x, area.y, &left, width, style);
    let room = width.saturating_sub(display_width(&left));

    if let Some(message) = &app.message {
        let text = fit(&format!(" {} ", message.text), room);
        let style = if message.error { app.theme.error() } else { style };
        put(buf, x, area.y, &text, room, style);
        return;
    }
    let mut hints: Vec<String> = Vec::new();
    let mut used = 0;
    for action in hinted(app) {
        let Some(key) = first_key(app, action) else { continue };
        let hint = format!("{} {}", visible(&key), action.hint());
        let w = display_width(&hint) + 2;
        if used + w > room {
            break;
        }
        used += w;
        hints.push(hint);
    }
    let text = format!("{} ", hints.join("  "));
    let hints_width = display_width(&text);
    if hints_width <= room && !hints.is_empty() {
        put(buf, area.right() - hints_width as u16, area.y, &text, hints_width, style);
    }
}

/// The longest end of `text` at most `width` columns wide, measuring each grapheme once with
/// `measure` and only as far back as fits: a pasted query thousands of characters long costs
/// a screen's width of work per frame, not its length squared.
pub(super) fn fit_tail<'a>(text: &'a str, width: usize, measure: &mut impl FnMut(&str) -> usize) -> &'a str {
    let mut used = 0;
    let mut start = text.len();
    for (at, grapheme) in text.grapheme_indices(true).rev() {
        used += measure(grapheme);
        if used > width {
            break;
        }
        start = at;
    }
    &text[start..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_prompt_is_trimmed_measuring_a_screen_width_not_the_query() {
        let query = format!("/{}█", "x".repeat(100_000));
        let mut measured = 0;
        let shown = fit_tail(&query, 80, &mut |g| {
            measured += 1;
            grapheme_width(g)
        });
        assert_eq!(shown, format!("{}█", "x".repeat(79)));
        // One grapheme past the width is looked at to know it does not fit.
        assert_eq!(measured, 81);
        assert_eq!(fit_tail("/ab", 10, &mut grapheme_width), "/ab");
        assert_eq!(fit_tail("/日本語", 5, &mut grapheme_width), "本語");
    }

    /// A pair with one contrast says "1 contrast", as the reports do, not "1 contrasts".
    #[test]
    fn the_contrast_count_agrees_with_its_number() {
        let mut app = crate::reader::app_tests::app();
        let g = app.geometry();
        assert!(summary(&app, &g, false).contains(&format!(" {} contrasts ", app.comparison.contrasts.len())));
        app.comparison.contrasts.truncate(1);
        let bar = summary(&app, &g, false);
        assert!(bar.contains(" 1 contrast "), "{bar}");
    }
}
