//! Contrasts on screen: the reason box for the selected contrast (why the two sentences may
//! disagree, and their word diff) and the list of all contrasts.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Clear, Widget};

use crate::contrast::caution::BELOW_BAR_HEADING;
use crate::contrast::fill::starts_below_bar;
use crate::diff::DiffOp;
use crate::keymap::Action;
use crate::report::reason::{agreement_reason, contrast_summary_on, fact_reason, why_none};
use crate::text::sanitize::visible;

use super::{display_width, fit, key_name, overlay_box, panel, put};
use crate::reader::app::App;
use crate::reader::overlay::ListEntry;

/// "◆ 2/14 stance · civil society: reason", wrapped over the box's rows, the diff on the last.
pub(crate) fn render_reason(app: &App, area: Rect, buf: &mut Buffer) {
    let Some((i, c)) = app.selected.and_then(|i| app.comparison.contrasts.get(i).map(|c| (i, c))) else {
        return;
    };
    if area.is_empty() {
        return;
    }
    let width = usize::from(area.width);
    let diff_rows = u16::from(c.diff.is_some() && area.height >= 3);
    let reason_rows = usize::from(area.height - diff_rows);
    let head = format!(
        "◆ {}/{} {} · {}: ",
        i + 1,
        app.comparison.contrasts.len(),
        c.kind.label(),
        visible(&app.comparison.contrast_label(c))
    );
    let text = format!("{head}{}", visible(&reason_text(app, c)));
    let lines = textwrap::wrap(&text, textwrap::Options::new(width.max(1)).break_words(true));
    for (row, line) in lines.iter().take(reason_rows).enumerate() {
        let last = row + 1 == reason_rows && lines.len() > reason_rows;
        let shown = if last { fit(&format!("{line} …"), width) } else { fit(line, width) };
        let y = area.y + row as u16;
        if row == 0 && shown.starts_with(&head) {
            let x = put(buf, area.x, y, &head, width, app.theme.accent());
            put(buf, x, y, &shown[head.len()..], width.saturating_sub(display_width(&head)), Style::new());
        } else {
            put(buf, area.x, y, &shown, width, Style::new());
        }
    }
    if diff_rows == 0 {
        return;
    }
    let Some(diff) = &c.diff else { return };
    let y = area.bottom() - 1;
    let mut x = put(buf, area.x, y, "  diff: ", width, app.theme.dim());
    for segment in diff {
        let room = usize::from(area.right().saturating_sub(x));
        if room == 0 {
            break;
        }
        let text = visible(&segment.text).into_owned();
        let (shown, style) = match segment.op {
            DiffOp::Equal => (text, Style::new()),
            DiffOp::Delete => (format!("[-{}-]", text.trim()) + &trailing(&text), app.theme.deleted()),
            DiffOp::Insert => (format!("{{+{}+}}", text.trim()) + &trailing(&text), app.theme.inserted()),
        };
        x = put(buf, x, y, &fit(&shown, room), room, style);
    }
}

/// The reason rendered from the contrast's evidence, without the target it is about (the views
/// show the target already).
fn reason_text(app: &App, c: &crate::contrast::Contrast) -> String {
    let summary = contrast_summary_on(&app.comparison.targets, app.comparison.articles(), c);
    match app.comparison.caution(c) {
        Some(caution) => format!("{summary} — {}", crate::contrast::caution::tag(caution)),
        None => summary,
    }
}

fn trailing(text: &str) -> String {
    if text.ends_with(' ') {
        " ".to_string()
    } else {
        String::new()
    }
}

/// One entry of the list: its wrapped rows, and the rows of a section heading drawn above it
/// (never under the cursor).
struct ListItem {
    heading: Vec<String>,
    lines: Vec<String>,
}

impl ListItem {
    fn rows(&self) -> usize {
        self.heading.len() + self.lines.len()
    }
}

/// The list of contrasts: number, kind, target and the reason rendered from the evidence, each
/// wrapped over as many rows as it needs (both sides' stances stay readable at 80 columns),
/// with a cursor; then where both articles agree and the facts both report, which the cursor
/// reaches too (Enter shows their two sentences).
pub(crate) fn render_list(app: &App, cursor: usize, area: Rect, buf: &mut Buffer) {
    let c = &app.comparison;
    let n = c.contrasts.len();
    // The panel's inner width: the widest box an overlay may take, less its border.
    let inner_width = usize::from(overlay_box(area, area.width, area.height).width.saturating_sub(2)).max(1);
    let wrap = |text: &str, indent: &str| -> Vec<String> {
        let options = textwrap::Options::new(inner_width.max(8))
            .subsequent_indent(indent)
            .word_splitter(textwrap::WordSplitter::NoHyphenation)
            .break_words(true);
        textwrap::wrap(&visible(text), options).into_iter().map(|l| l.into_owned()).collect()
    };
    let keys = |a: Action| key_name(app, a);
    let entries = app.list_entries();
    let shown = entries.iter().filter(|e| matches!(e, ListEntry::Contrast(_))).count();
    let mut items: Vec<ListItem> = Vec::new();
    let (mut agreeing, mut facts) = (Vec::new(), Vec::new());
    for entry in entries {
        match entry {
            ListEntry::Contrast(i) => {
                // Where the contrasts that passed the bar end and those filling a short news
                // list begin (`contrast::fill`), the list says so.
                let heading = if starts_below_bar(&c.contrasts, i) {
                    wrap(&format!("── {BELOW_BAR_HEADING} ──"), "")
                } else {
                    Vec::new()
                };
                items.push(ListItem { heading, lines: list_item(app, i, &c.contrasts[i], n, inner_width) });
            }
            ListEntry::Agreement(k) => agreeing.push(agreement_reason(&c.targets, &c.agreements[k])),
            ListEntry::Fact(k) => facts.push(fact_reason(c.articles(), &c.facts[k])),
        }
    }
    let topic = app.topic.map(|t| visible(&c.targets[t].label()).into_owned());
    // With no contrast, the panel says why, so a reader can tell agreeing articles from
    // articles the engine could not read.
    let mut pending: Vec<String> = if n == 0 {
        wrap(&format!("No contrasts found: {}.", why_none(c)), "")
    } else if let (Some(topic), 0) = (&topic, shown) {
        wrap(&format!("No contrasts on {topic} ({} changes the topic filter).", keys(Action::CycleTopic)), "")
    } else {
        Vec::new()
    };
    for (title, reasons) in [("Where both agree", agreeing), ("Facts both report", facts)] {
        for (k, reason) in reasons.into_iter().enumerate() {
            let mut heading = std::mem::take(&mut pending);
            if k == 0 {
                heading.push(format!("── {title} ──"));
            }
            items.push(ListItem { heading, lines: wrap(&format!("  = {reason}"), "    ") });
        }
    }
    let total: usize = items.iter().map(ListItem::rows).sum::<usize>() + pending.len();
    let outer = overlay_box(area, area.width, (total.max(1) as u16).saturating_add(2));
    Clear.render(outer, buf);
    let footer = format!(
        " Enter jump · {}/{} move · {} close ",
        keys(Action::ScrollDown),
        keys(Action::ScrollUp),
        keys(Action::ToggleContrasts)
    );
    let title = match &topic {
        Some(topic) => format!(" Contrasts on {topic} ({shown} of {n}), strongest first "),
        None => format!(" Contrasts ({n}), strongest first "),
    };
    let Some(inner) = panel(buf, outer, &title, &footer) else {
        return;
    };
    let width = usize::from(inner.width);
    if items.is_empty() {
        for (row, line) in pending.iter().take(usize::from(inner.height)).enumerate() {
            put(buf, inner.x, inner.y + row as u16, &fit(line, width), width, app.theme.gap());
        }
        return;
    }
    let rows = usize::from(inner.height);
    // The first item shown: the cursor's item and as many before it as fit.
    let mut first = cursor.min(items.len() - 1);
    let mut used = items[first].rows();
    while first > 0 && used + items[first - 1].rows() <= rows {
        first -= 1;
        used += items[first].rows();
    }
    let mut y = inner.y;
    for (i, item) in items.iter().enumerate().skip(first) {
        let style = if i == cursor { app.theme.cursor() } else { Style::new() };
        let lines =
            item.heading.iter().map(|l| (l, app.theme.gap())).chain(item.lines.iter().map(|l| (l, style)));
        for (row, (line, line_style)) in lines.enumerate() {
            if y >= inner.bottom() {
                return;
            }
            if i == cursor && row >= item.heading.len() {
                buf.set_style(Rect::new(inner.x, y, inner.width, 1), style);
            }
            put(buf, inner.x, y, &fit(line, width), width, line_style);
            y += 1;
        }
    }
}

/// One contrast of the list as wrapped rows: `▶ 3 stance  sanctions: left says … ; right …`.
fn list_item(app: &App, i: usize, c: &crate::contrast::Contrast, n: usize, width: usize) -> Vec<String> {
    let mark = if app.selected == Some(i) { "▶" } else { " " };
    let number_width = n.to_string().len();
    let target = visible(&app.comparison.contrast_label(c)).into_owned();
    let head = if width >= 60 {
        format!("{mark}{:>number_width$} {:<6} {target}: ", i + 1, c.kind.label())
    } else {
        format!("{mark}{:>number_width$} {}: ", i + 1, fit(&target, 8))
    };
    let indent = " ".repeat(number_width + 2);
    let text = format!("{head}{}", visible(&reason_text(app, c)));
    let options = textwrap::Options::new(width.max(8))
        .subsequent_indent(&indent)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(true);
    textwrap::wrap(&text, options).into_iter().map(|l| l.into_owned()).collect()
}

#[cfg(test)]
#[path = "contrasts_tests.rs"]
mod tests;
