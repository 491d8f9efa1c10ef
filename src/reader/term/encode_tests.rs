//! The encoder's byte-level rules, each on small buffers.

use super::*;
use ratatui::layout::Rect;
use ratatui::style::Style;

fn sgr(from: Pen, to: Pen) -> String {
    let mut out = Vec::new();
    write_sgr(&mut out, &from, &to);
    String::from_utf8(out).unwrap()
}

#[test]
fn sgr_sends_only_what_changed() {
    let plain = Pen::default();
    let bold_red = Pen { fg: Color::Red, modifier: Modifier::BOLD, ..plain };
    assert_eq!(sgr(plain, bold_red), "\x1b[1;31m");
    assert_eq!(sgr(bold_red, Pen { fg: Color::Indexed(33), ..bold_red }), "\x1b[38;5;33m");
    assert_eq!(sgr(bold_red, plain), "\x1b[0m");
    let dim = Pen { modifier: Modifier::DIM, ..bold_red };
    assert_eq!(sgr(bold_red, dim), "\x1b[22;2m");
    assert_eq!(sgr(plain, Pen { bg: Color::DarkGray, ..plain }), "\x1b[100m");
    assert_eq!(sgr(plain, Pen { underline: Color::Rgb(1, 2, 3), ..plain }), "\x1b[58;2;1;2;3m");
}

#[test]
fn moves_take_the_shortest_way() {
    assert_eq!(move_sequence(None, 0, 0), "\x1b[H");
    assert_eq!(move_sequence(None, 9, 4), "\x1b[5;10H");
    assert_eq!(move_sequence(Some((3, 4)), 0, 4), "\r");
    assert_eq!(move_sequence(Some((3, 4)), 4, 4), "\x1b[C");
    assert_eq!(move_sequence(Some((30, 4)), 50, 4), "\x1b[20C");
    assert_eq!(move_sequence(Some((9, 2)), 9, 3), "\x1b[B");
    assert_eq!(move_sequence(Some((9, 2)), 0, 3), "\x1b[4H");
}

fn changes(from: &[&str], to: &[&str]) -> String {
    let (a, b) = (Buffer::with_lines(from.to_vec()), Buffer::with_lines(to.to_vec()));
    let mut out = Vec::new();
    let mut encoder = Encoder::new(a.area.width);
    write_changes(&mut encoder, &mut out, &a, &b);
    encoder.reset_pen(&mut out);
    String::from_utf8(out).unwrap()
}

#[test]
fn short_gaps_are_printed_over_and_tails_erased() {
    assert_eq!(changes(&["abcdef"], &["xbcyef"]), "\x1b[Hxbcy");
    assert_eq!(changes(&["abcdef", "abcdef"], &["abcdef", "ab    "]), "\x1b[2;3H\x1b[K");
    let long = "x".repeat(40);
    let cut = format!("{}{}y", " ".repeat(39), "");
    assert_eq!(changes(&[&long], &[&cut]), "\x1b[H\x1b[39X\x1b[39Cy");
}

#[test]
fn blanks_with_a_visible_style_are_drawn() {
    let mut to = Buffer::with_lines(["ab"]);
    to.set_style(Rect::new(1, 0, 1, 1), Style::new().bg(Color::Blue));
    to[(1, 0)].set_symbol(" ");
    let from = Buffer::with_lines(["ab"]);
    let mut out = Vec::new();
    write_changes(&mut Encoder::new(2), &mut out, &from, &to);
    assert_eq!(String::from_utf8(out).unwrap(), "\x1b[1;2H\x1b[44m ");
}

#[test]
fn the_half_a_wide_symbol_leaves_behind_is_rewritten_with_its_own_pen() {
    // An underlined "." over the left half of "🙏": the terminal blanks the right half with
    // the underline on, so that cell is written again, plain.
    let from = Buffer::with_lines(["🙏x"]);
    let mut to = Buffer::with_lines([". x"]);
    to.set_style(Rect::new(0, 0, 1, 1), Style::new().add_modifier(Modifier::UNDERLINED));
    let mut out = Vec::new();
    let mut encoder = Encoder::new(3);
    write_changes(&mut encoder, &mut out, &from, &to);
    assert_eq!(String::from_utf8(out).unwrap(), "\x1b[H\x1b[4m.\x1b[0m ");
}

#[test]
fn a_wide_symbol_over_the_left_half_of_another_rewrites_the_uncovered_right_half() {
    // An underlined "体" printed one column left of an old "体": its right half lands on the
    // old one's left half, and the terminal blanks the old right half with the underline on.
    let from = Buffer::with_lines(["a体"]);
    let mut to = Buffer::with_lines(["体 "]);
    to.set_style(Rect::new(0, 0, 2, 1), Style::new().add_modifier(Modifier::UNDERLINED));
    let mut out = Vec::new();
    let mut encoder = Encoder::new(3);
    write_changes(&mut encoder, &mut out, &from, &to);
    let sent = String::from_utf8(out).unwrap();
    assert!(sent.ends_with("\x1b[0m\x1b[K") || sent.ends_with("\x1b[0m "), "{sent:?}");
}
