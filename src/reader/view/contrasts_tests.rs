//! The contrasts list and `n`/`N` with the topic filter on: both keep to the topic the panes
//! show, on the bundled pair at 80x24 through ratatui's TestBackend.

use ratatui::backend::TestBackend;
use ratatui::Terminal;

use crate::keymap::Action;
use crate::reader::app::Overlay;
use crate::reader::app_tests::app;
use crate::reader::draw;
use crate::reader::overlay::ListEntry;
use crate::targets::table::TargetId;

fn screen(app: &crate::reader::app::App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(app.area.width, app.area.height)).unwrap();
    terminal.draw(|frame| draw(frame, app)).unwrap();
    let buffer = terminal.backend().buffer();
    let width = usize::from(buffer.area.width);
    let cells: Vec<&str> = buffer.content().iter().map(|c| c.symbol()).collect();
    cells.chunks(width).map(|row| row.concat().trim_end().to_string()).collect::<Vec<_>>().join("\n")
}

/// A topic of the bundled pair with some of its contrasts but not all, and the pair.
fn topic_with_some_contrasts() -> (crate::reader::app::App, TargetId, Vec<usize>) {
    let app = app();
    let contrasts = &app.comparison.contrasts;
    let topic = app
        .comparison
        .targets
        .ids()
        .find(|&t| {
            let n = contrasts.iter().filter(|c| c.target == Some(t)).count();
            n >= 2 && n < contrasts.len()
        })
        .expect("the demo pair has a topic with some of its contrasts");
    let on: Vec<usize> = (0..contrasts.len()).filter(|&i| contrasts[i].target == Some(topic)).collect();
    (app, topic, on)
}

#[test]
fn the_list_shows_only_the_filtered_topics_contrasts_with_their_numbers() {
    let (mut app, topic, on) = topic_with_some_contrasts();
    let all = app.comparison.contrasts.len();
    app.topic = Some(topic);
    app.update(Action::ToggleContrasts);
    let shown = app.shown_contrasts();
    assert_eq!(shown, on);
    assert!(app.list_entries().iter().all(|e| match *e {
        ListEntry::Contrast(i) => app.comparison.contrasts[i].target == Some(topic),
        ListEntry::Agreement(i) => app.comparison.agreements[i].target == topic,
        ListEntry::Fact(i) => app.comparison.facts[i].target == Some(topic),
    }));
    let text = screen(&app);
    let label = app.comparison.targets[topic].label();
    assert!(text.contains(&format!("Contrasts on {label} ({} of {all})", on.len())), "{text}");
    // Numbered as in the whole list, so "◆ 3/14" in the reason box still names the same one.
    let number = format!(" {} ", on[1] + 1);
    assert!(text.lines().any(|l| l.contains(&number) && l.contains(&label)), "{text}");
    // Enter on the second line selects the second contrast on the topic.
    app.update(Action::ScrollDown);
    app.handle(crate::reader::input::Input::Confirm);
    assert_eq!(app.selected, Some(on[1]));
    assert_eq!(app.topic, Some(topic));
}

#[test]
fn next_and_previous_contrast_keep_to_the_filtered_topic() {
    let (mut app, topic, on) = topic_with_some_contrasts();
    app.topic = Some(topic);
    let mut seen = Vec::new();
    for _ in 0..on.len() {
        app.update(Action::NextContrast);
        seen.push(app.selected.unwrap());
    }
    assert_eq!(seen, on);
    assert_eq!(app.topic, Some(topic), "the filter stays on");
    app.update(Action::NextContrast);
    assert_eq!(app.selected, on.last().copied());
    assert!(app.message.as_ref().is_some_and(|m| m.text.contains("last")));
    app.update(Action::PrevContrast);
    assert_eq!(app.selected, Some(on[on.len() - 2]));
    // The list opens on the selected contrast's line.
    app.update(Action::ToggleContrasts);
    assert_eq!(app.overlay, Some(Overlay::Contrasts { cursor: on.len() - 2 }));
}

#[test]
fn a_topic_with_no_contrast_says_so_in_the_list_and_on_n() {
    let mut app = app();
    let quiet = app
        .comparison
        .targets
        .ids()
        .find(|&t| !app.comparison.contrasts.iter().any(|c| c.target == Some(t)))
        .expect("a topic of the demo pair with no contrast");
    app.topic = Some(quiet);
    app.update(Action::NextContrast);
    assert_eq!(app.selected, None);
    let label = app.comparison.targets[quiet].label();
    assert!(app.message.as_ref().is_some_and(|m| m.text.contains(&format!("no contrasts on {label}"))));
    app.update(Action::ToggleContrasts);
    let text = screen(&app);
    assert!(text.contains(&format!("No contrasts on {label}")), "{text}");
}
