//! Drawing the help panel laid out by [`crate::reader::help`].

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Clear, Widget};

use crate::keymap::Action;

use super::{display_width, fit, key_name, panel, put};
use crate::reader::app::App;
use crate::reader::help::{help_layout, help_rows, HelpLayout};

pub(crate) fn render(app: &App, scroll: usize, area: Rect, buf: &mut Buffer) {
    let rows = help_rows(&app.config.keymap, &app.topic_labels());
    // The legend's rows come last, one per topic: its colour where there is colour.
    // The strip shows the map's topics only: targets found in the pair have no legend line.
    let legend_from = rows.len() - app.comparison.targets.iter().filter(|t| !t.is_derived()).count();
    let HelpLayout { outer, keys_width, stacked, per_page } = help_layout(&rows, area);
    Clear.render(outer, buf);
    let first = scroll.min(rows.len().saturating_sub(per_page));
    let key = |a: Action| key_name(app, a);
    let footer = if rows.len() > per_page {
        format!(
            " {}/{} scroll · {} close · {}-{} of {} ",
            key(Action::ScrollDown),
            key(Action::ScrollUp),
            key(Action::Help),
            first + 1,
            (first + per_page).min(rows.len()),
            rows.len()
        )
    } else {
        format!(" {} close ", key(Action::Help))
    };
    let Some(inner) = panel(buf, outer, " Keys (from config.toml [keys]) ", &footer) else { return };
    let width = usize::from(inner.width);
    let mut y = inner.y;
    let block = "█".to_string();
    for (i, (keys, description)) in rows.iter().enumerate().skip(first).take(per_page) {
        if y >= inner.bottom() {
            break;
        }
        let colour = i.checked_sub(legend_from).and_then(|t| {
            app.theme.topic(app.comparison.targets[crate::targets::table::TargetId::of_topic(t)].color)
        });
        let (keys, key_style) = match colour {
            Some(colour) => (&block, Style::new().fg(colour)),
            None => (keys, app.theme.accent()),
        };
        if stacked {
            put(buf, inner.x + 1, y, &fit(keys, width.saturating_sub(1)), width, key_style);
            if y + 1 < inner.bottom() {
                put(buf, inner.x + 3, y + 1, &fit(description, width.saturating_sub(3)), width, Style::new());
            }
            y += 2;
            continue;
        }
        let keys = fit(keys, keys_width);
        let pad = keys_width.saturating_sub(display_width(&keys));
        let x = put(buf, inner.x + 1, y, &keys, width.saturating_sub(1), key_style);
        let x = x + pad as u16 + 2;
        let room = usize::from(inner.right().saturating_sub(x));
        put(buf, x, y, &fit(description, room), room, Style::new());
        y += 1;
    }
}
