//! The status bar: view, focused side, sync, topic filter, position and contrast count on the
//! left; on the right a message, or hints for the most useful keys taken from the keymap.

use ratatui::buffer::Buffer;

use crate::config::View;
use crate::keymap::Action;
use crate::text::sanitize::visible;

use super::{display_width, first_key, fit, put};
use crate::reader::app::App;
use crate::reader::layout::Geometry;
use crate::targets::table::TargetId;

/// Hinted actions, most useful first; as many as fit are shown.
const HINTS: [Action; 8] = [
    Action::Help,
    Action::ToggleView,
    Action::ToggleContrasts,
    Action::NextContrast,
    Action::Search,
    Action::CycleTopic,
    Action::ToggleSync,
    Action::Quit,
];

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
                parts.push(format!("in {}", topic_name(t)));
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
        (None, false) => format!("{contrasts} contrasts"),
        (None, true) => format!("◆{contrasts}"),
    });
    if let Some(search) = &app.search {
        parts.push(format!("/{} ({})", visible(&search.query), search.total()));
    }
    if compact {
        format!(" {} ", parts.join(" "))
    } else {
        format!(" {} ", parts.join(" │ "))
    }
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
        let shown: String = {
            let mut s = text.clone();
            while display_width(&s) > width && !s.is_empty() {
                s.remove(0);
            }
            s
        };
        put(buf, area.x, area.y, &shown, width, style);
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
    // In a pair opened from the corpus overview, the way back comes right after help.
    let back = app.corpus.is_some().then_some(Action::Overview);
    for action in HINTS[..1].iter().copied().chain(back).chain(HINTS[1..].iter().copied()) {
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
