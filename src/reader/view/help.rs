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
    let topics = app.help_topics();
    let rows = help_rows(&app.config.keymap, &topics, app.showing_overview());
    // The legend's rows come last, one per topic: its colour where there is colour.
    // The strip shows the map's topics only: targets found in the pair have no legend line.
    let legend_from = rows.len() - topics.len();
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::analyse_article;
    use crate::config::Config;
    use crate::reader::app::Effect;
    use crate::reader::view::theme::{Palette, Theme};
    use crate::topics::TopicMap;

    /// The corpus overview of the four bundled articles.
    fn overview_app() -> App {
        let config = Config::default_config();
        let map = TopicMap::new(&config).unwrap();
        let analysed = crate::bundled::BUNDLED_ARTICLES
            .iter()
            .map(|(path, text)| {
                analyse_article(crate::article::Article::parse(path, text), &map, &config.analysis)
            })
            .collect();
        let overview = crate::corpus::overview(analysed, &map, &config.analysis, &|_, _| {});
        let mut app = App::with_overview(config, overview, Theme::new(Palette::Mono)).unwrap();
        app.resize(120, 40);
        app
    }

    fn shown(app: &App) -> String {
        let mut buf = Buffer::empty(app.area);
        render(app, 0, app.area, &mut buf);
        let area = buf.area;
        (area.top()..area.bottom())
            .map(|y| (area.left()..area.right()).map(|x| buf[(x, y)].symbol()).collect::<String>() + "\n")
            .collect()
    }

    /// Over the corpus overview the help says what the keys do there, and lists no pane key
    /// (topic filter, search, views), which does nothing on the overview.
    #[test]
    fn the_help_over_the_overview_lists_only_keys_that_work_there() {
        let app = overview_app();
        let help = shown(&app);
        for dead in ["cycle the topic filter", "search both panes", "switch Read / Aligned", "strip: "] {
            assert!(!help.contains(dead), "{dead:?} listed on the overview:\n{help}");
        }
        assert!(help.contains("next pair") && help.contains("read the selected pair"), "{help}");
        // Every action the help lists there does something, and every one it leaves out nothing.
        for action in Action::ALL {
            let listed = crate::reader::help::on_overview(action).is_some_and(|d| help.contains(d));
            let works = overview_app().update(action) != Effect::None;
            assert_eq!(listed, works, "{action:?}: listed {listed}, does something {works}");
        }
    }
}
