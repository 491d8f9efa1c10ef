//! The corpus overview screen: a matrix of articles (rows) by topics (columns), each cell the
//! passages on the topic and the stance taken, in the topic's colour; below it the pairs,
//! strongest disagreement first, with a cursor; the selected pair's articles are marked L and R
//! in the matrix. Both parts scroll when the corpus is larger than the screen.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

use crate::corpus::{Cell, Overview};
use crate::keymap::Action;
use crate::text::sanitize::visible;

use super::{display_width, first_key, fit, put};
use crate::reader::app::{App, Corpus};
use crate::reader::layout::overview_layout;
use crate::report::reason::pair_teaser;
use crate::targets::table::TargetId;

/// Narrowest and widest a topic column gets.
const MIN_COLUMN: usize = 7;
const MAX_COLUMN: usize = 16;

pub(crate) fn render(app: &App, corpus: &Corpus, area: Rect, buf: &mut Buffer) {
    let o = &corpus.overview;
    let layout = overview_layout(area, (o.articles.len(), o.pairs.len()));
    let title = format!(" Corpus overview: {} articles, {} pairs", o.articles.len(), o.pairs.len());
    let width = usize::from(area.width);
    if !layout.title.is_empty() {
        put(buf, area.x, layout.title.y, &fit(&title, width), width, app.theme.title(false));
    }
    matrix(app, corpus, layout.matrix, buf);
    pairs(app, corpus, layout.list_header, layout.list, buf);
    detail(app, corpus, layout.detail, buf);
    status(app, corpus, layout.status, buf);
}

/// The selected pair's titles, then its top contrast wrapped over the rows left.
fn detail(app: &App, corpus: &Corpus, area: Rect, buf: &mut Buffer) {
    let o = &corpus.overview;
    let Some(p) = o.pairs.get(corpus.cursor).filter(|_| !area.is_empty()) else { return };
    let width = usize::from(area.width);
    let title = |i: usize| visible(&o.articles[i].article.meta.title).into_owned();
    let text =
        format!(" Enter reads [{}] {}  ↔  [{}] {}", p.left + 1, title(p.left), p.right + 1, title(p.right));
    put(buf, area.x, area.y, &fit(&text, width), width, app.theme.accent());
    let Some(reason) = pair_teaser(o, p) else { return };
    let options = textwrap::Options::new(width.saturating_sub(1).max(1))
        .initial_indent(" top: ")
        .subsequent_indent("      ");
    let reason = visible(&reason);
    let lines = textwrap::wrap(&reason, options);
    let rows = usize::from(area.height - 1);
    for (row, line) in lines.iter().take(rows).enumerate() {
        let last = row + 1 == rows && lines.len() > rows;
        let shown = if last { fit(&format!("{line} …"), width) } else { fit(line, width) };
        put(buf, area.x, area.y + 1 + row as u16, &shown, width, app.theme.dim());
    }
}

/// What a cell says: "3 harm", "2" (no clear stance) or "·" (the topic is not there).
fn cell_text(cell: &Cell) -> String {
    match (&cell.stance, cell.passages) {
        (_, 0) => "·".to_string(),
        (Some(stance), n) => format!("{n} {}", visible(stance)),
        (None, n) => n.to_string(),
    }
}

/// The columns of the matrix on a screen `width` wide: the title column's width, the topic
/// columns' width, and the range of topics shown.
fn columns(o: &Overview, width: usize, first: usize) -> (usize, usize, std::ops::Range<usize>) {
    let topics = o.targets.len();
    let title = if width >= 60 { (width / 5).clamp(12, 30) } else { (width / 3).max(4) };
    let room = width.saturating_sub(title);
    let column = (room / topics.max(1)).clamp(MIN_COLUMN, MAX_COLUMN);
    let shown = (room / column).min(topics);
    let first = first.min(topics - shown);
    (title, column, first..first + shown)
}

fn matrix(app: &App, corpus: &Corpus, area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let o = &corpus.overview;
    let width = usize::from(area.width);
    let (title_width, column, shown) = columns(o, width, corpus.column);
    let header = if shown.len() < o.targets.len() {
        format!("topics {}-{} of {} (h/l)", shown.start + 1, shown.end, o.targets.len())
    } else {
        "article".to_string()
    };
    put(buf, area.x, area.y, &fit(&header, title_width - 1), title_width, app.theme.dim());
    let x_of = |k: usize| area.x + (title_width + k * column) as u16;
    for (k, t) in shown.clone().enumerate() {
        let topic = &o.targets[TargetId::of_topic(t)];
        let style = app.theme.topic_header(app.theme.topic(topic.color));
        put(buf, x_of(k), area.y, &fit(&visible(&topic.label()), column - 1), column, style);
    }
    let rows = usize::from(area.height - 1);
    let n = o.articles.len();
    let selected = o.pairs.get(corpus.cursor).map(|p| (p.left, p.right));
    // Keep the selected pair's articles in view: the right one if it fits, the left one always.
    let mut first = 0;
    if let Some((l, r)) = selected {
        if r >= first + rows {
            first = r + 1 - rows;
        }
        if l < first {
            first = l;
        }
    }
    let first = first.min(n.saturating_sub(rows));
    let number_width = n.to_string().len();
    for (row, i) in (first..n).take(rows).enumerate() {
        let y = area.y + 1 + row as u16;
        let mark = match selected {
            Some((l, _)) if l == i => "L",
            Some((_, r)) if r == i => "R",
            _ => " ",
        };
        let title = visible(&o.articles[i].article.meta.title).into_owned();
        let label = fit(&format!("{:>number_width$} {title}", i + 1), title_width.saturating_sub(2));
        let marked = mark != " ";
        let x = put(buf, area.x, y, mark, 1, app.theme.accent());
        let style = if marked { Style::new().add_modifier(Modifier::BOLD) } else { Style::new() };
        put(buf, x, y, &label, title_width - 1, style);
        for (k, t) in shown.clone().enumerate() {
            let cell = &o.matrix[i][t];
            let text = fit(&cell_text(cell), column - 1);
            let style = match (
                cell.passages,
                &cell.stance,
                app.theme.topic(o.targets[TargetId::of_topic(t)].color),
            ) {
                (0, _, _) => app.theme.dim(),
                (_, None, _) => Style::new(),
                (_, Some(_), Some(color)) => Style::new().fg(color),
                (_, Some(_), None) => Style::new().add_modifier(Modifier::BOLD),
            };
            put(buf, x_of(k), y, &text, column, style);
        }
    }
}

fn pairs(app: &App, corpus: &Corpus, header: Rect, area: Rect, buf: &mut Buffer) {
    let o = &corpus.overview;
    let number_width = o.articles.len().to_string().len();
    let pair_width = 2 * (number_width + 2) + 4;
    let width = usize::from(header.width.max(area.width));
    if !header.is_empty() {
        let labels =
            format!("  {:<pair_width$}  {:>9}  {:>8}  top contrast", "pair", "contrasts", "strength");
        put(buf, header.x, header.y, &fit(&labels, width), width, app.theme.dim());
    }
    if area.is_empty() {
        return;
    }
    let n = o.pairs.len();
    if n == 0 {
        put(buf, area.x, area.y, &fit("  No pairs to compare.", width), width, app.theme.gap());
        return;
    }
    let rows = usize::from(area.height);
    let first = corpus.cursor.saturating_sub(rows - 1).min(n.saturating_sub(rows));
    for (row, (i, p)) in o.pairs.iter().enumerate().skip(first).take(rows).enumerate() {
        let y = area.y + row as u16;
        let mark = if corpus.opened == Some(i) { "•" } else { " " };
        let pair = format!("[{}] vs [{}]", p.left + 1, p.right + 1);
        let reason =
            pair_teaser(o, p).map_or_else(|| "no contrasts".to_string(), |r| visible(&r).into_owned());
        let line = format!(" {mark}{pair:<pair_width$}  {:>9}  {:>8.2}  {reason}", p.contrasts, p.strength);
        let style = if i == corpus.cursor { app.theme.cursor() } else { Style::new() };
        if i == corpus.cursor {
            buf.set_style(Rect::new(area.x, y, area.width, 1), style);
        }
        put(buf, area.x, y, &fit(&line, width), width, style);
    }
}

fn status(app: &App, corpus: &Corpus, area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let o = &corpus.overview;
    let width = usize::from(area.width);
    let style = app.theme.status();
    buf.set_style(area, style);
    let summary = if width >= 60 {
        format!(" OVERVIEW │ pair {}/{} │ {} articles ", corpus.cursor + 1, o.pairs.len(), o.articles.len())
    } else {
        format!(" OVERVIEW {}/{} ", corpus.cursor + 1, o.pairs.len())
    };
    let summary = fit(&summary, width);
    let x = put(buf, area.x, area.y, &summary, width, style);
    let room = width.saturating_sub(display_width(&summary));
    if let Some(message) = &app.message {
        let text = fit(&format!(" {} ", message.text), room);
        let style = if message.error { app.theme.error() } else { style };
        put(buf, x, area.y, &text, room, style);
        return;
    }
    let key = |a: Action| first_key(app, a).map(|k| visible(&k).into_owned());
    let mut hints = vec!["Enter open".to_string()];
    if let (Some(down), Some(up)) = (key(Action::ScrollDown), key(Action::ScrollUp)) {
        hints.push(format!("{down}/{up} move"));
    }
    let mut actions = vec![Action::Help, Action::Quit, Action::Export];
    if corpus.opened.is_some() {
        actions.insert(0, Action::Overview);
    }
    for action in actions {
        if let Some(k) = key(action) {
            let what = if action == Action::Overview { "back to pair" } else { action.hint() };
            hints.push(format!("{k} {what}"));
        }
    }
    let mut used = 0;
    let mut shown = Vec::new();
    for hint in hints {
        let w = display_width(&hint) + 2;
        if used + w > room {
            break;
        }
        used += w;
        shown.push(hint);
    }
    let text = format!("{} ", shown.join("  "));
    let hints_width = display_width(&text);
    if hints_width <= room && !shown.is_empty() {
        put(buf, area.right() - hints_width as u16, area.y, &text, hints_width, style);
    }
}
