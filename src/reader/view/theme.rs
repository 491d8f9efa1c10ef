//! How things look: topic colours mapped to what the terminal can show, and the styles of text,
//! marks and chrome in colour and in monochrome (where glyphs, bold, underline and reverse
//! carry the meaning alone).

use ratatui::style::{Color, Modifier, Style};

use crate::color::Color as TopicColor;
use crate::config::{ColorChoice, Config};

/// Facts about a piece of text that decide its style; combined with `|`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Attrs(pub u8);

impl Attrs {
    pub const TERM: Attrs = Attrs(1);
    pub const CONTRAST: Attrs = Attrs(2);
    pub const SELECTED: Attrs = Attrs(4);
    pub const MATCH: Attrs = Attrs(8);
    pub const CURRENT: Attrs = Attrs(16);
    pub const HEADING: Attrs = Attrs(32);
    pub const CLUTTER: Attrs = Attrs(64);
    /// A cue word of the selected contrast: the evidence it rests on.
    pub const CUE: Attrs = Attrs(128);

    pub fn has(self, other: Attrs) -> bool {
        self.0 & other.0 == other.0
    }
}

impl std::ops::BitOr for Attrs {
    type Output = Attrs;
    fn bitor(self, rhs: Attrs) -> Attrs {
        Attrs(self.0 | rhs.0)
    }
}

impl std::ops::BitOrAssign for Attrs {
    fn bitor_assign(&mut self, rhs: Attrs) {
        self.0 |= rhs.0;
    }
}

/// What colours the terminal gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Palette {
    /// No colour at all (`NO_COLOR`, `--color never`).
    Mono,
    /// The 16 ANSI colours and the 256-colour cube; `#rrggbb` maps to the nearest index.
    Indexed,
    /// Only the 16 ANSI colours (`TERM=linux`, `vt100`, `*-16color`…): everything else maps to
    /// the nearest of them.
    Ansi16,
    /// 24-bit colour.
    TrueColor,
}

/// The reader's styles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub palette: Palette,
}

impl Theme {
    pub const fn new(palette: Palette) -> Theme {
        Theme { palette }
    }

    /// The theme for this terminal: `--color`, `NO_COLOR`, `TERM=dumb`, `COLORTERM` and the
    /// config's `truecolor` setting decide.
    pub fn detect(choice: ColorChoice, config: &Config) -> Theme {
        let env = |name: &str| std::env::var(name).unwrap_or_default();
        let mono = match choice {
            ColorChoice::Never => true,
            ColorChoice::Always => false,
            ColorChoice::Auto => !env("NO_COLOR").is_empty() || env("TERM") == "dumb",
        };
        let colorterm = env("COLORTERM").to_ascii_lowercase();
        let truecolor = config.reader.truecolor || colorterm == "truecolor" || colorterm == "24bit";
        Theme::new(match (mono, truecolor, is_16_colour_term(&env("TERM"))) {
            (true, _, _) => Palette::Mono,
            (false, true, _) => Palette::TrueColor,
            (false, false, true) => Palette::Ansi16,
            (false, false, false) => Palette::Indexed,
        })
    }

    pub fn is_color(&self) -> bool {
        self.palette != Palette::Mono
    }

    /// A topic's colour as the terminal can show it (`None` in monochrome).
    pub fn topic(&self, color: TopicColor) -> Option<Color> {
        match (self.palette, color) {
            (Palette::Mono, _) => None,
            (_, TopicColor::Ansi(i)) => Some(ansi(i)),
            (Palette::Indexed | Palette::TrueColor, TopicColor::Indexed(i)) => Some(Color::Indexed(i)),
            (Palette::TrueColor, TopicColor::Rgb(r, g, b)) => Some(Color::Rgb(r, g, b)),
            (Palette::Indexed, TopicColor::Rgb(r, g, b)) => Some(Color::Indexed(nearest_256(r, g, b))),
            (Palette::Ansi16, TopicColor::Indexed(i)) => {
                let (r, g, b) = rgb_of_256(i);
                Some(ansi(nearest_16(r, g, b)))
            }
            (Palette::Ansi16, TopicColor::Rgb(r, g, b)) => Some(ansi(nearest_16(r, g, b))),
        }
    }

    fn fg(&self, color: Color) -> Style {
        if self.is_color() {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    /// Article text with the given facts; `topic` is the colour of a topic term.
    pub fn text(&self, attrs: Attrs, topic: Option<Color>) -> Style {
        let mut style = Style::new();
        if attrs.has(Attrs::HEADING) {
            style = style.add_modifier(Modifier::BOLD);
        }
        if attrs.has(Attrs::CLUTTER) {
            style = style.add_modifier(Modifier::DIM);
        }
        if attrs.has(Attrs::TERM) {
            style = match topic {
                Some(color) => style.fg(color),
                None => style.add_modifier(Modifier::BOLD),
            };
        }
        if attrs.has(Attrs::CONTRAST) {
            style = style.add_modifier(Modifier::UNDERLINED);
        }
        if attrs.has(Attrs::SELECTED) {
            style = style.add_modifier(Modifier::BOLD | Modifier::REVERSED);
        }
        if attrs.has(Attrs::CUE) {
            // Cut out of the reversed sentence, so the words that fired stand apart from both
            // the sentence and the topic terms; bold and underlined without colour.
            style =
                style.remove_modifier(Modifier::REVERSED).add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
            if self.is_color() {
                style = style.fg(Color::Black).bg(Color::LightMagenta);
            }
        }
        if attrs.has(Attrs::MATCH) {
            style = if self.is_color() {
                let bg = if attrs.has(Attrs::CURRENT) { Color::LightRed } else { Color::Yellow };
                style.fg(Color::Black).bg(bg).remove_modifier(Modifier::REVERSED)
            } else if attrs.has(Attrs::SELECTED) {
                style.remove_modifier(Modifier::REVERSED)
            } else {
                style.add_modifier(Modifier::REVERSED)
            };
            if attrs.has(Attrs::CURRENT) {
                style = style.add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
            }
        }
        style
    }

    /// The gutter glyph beside a line that holds a contrast sentence.
    pub fn gutter(&self, selected: bool) -> (&'static str, Style) {
        if selected {
            ("▶", self.fg(Color::LightRed).add_modifier(Modifier::BOLD))
        } else {
            ("▌", self.fg(Color::Red))
        }
    }

    pub fn title(&self, focused: bool) -> Style {
        let style = Style::new().add_modifier(Modifier::BOLD);
        if focused {
            style.add_modifier(Modifier::REVERSED)
        } else {
            style
        }
    }

    pub fn dim(&self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }

    pub fn gap(&self) -> Style {
        Style::new().add_modifier(Modifier::DIM | Modifier::ITALIC)
    }

    pub fn topic_header(&self, color: Option<Color>) -> Style {
        let style = Style::new().add_modifier(Modifier::BOLD);
        color.map_or(style, |c| style.fg(c))
    }

    pub fn status(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    pub fn error(&self) -> Style {
        if self.is_color() {
            Style::new().fg(Color::White).bg(Color::Red).add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }

    pub fn accent(&self) -> Style {
        self.fg(Color::LightRed).add_modifier(Modifier::BOLD)
    }

    pub fn cursor(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    pub fn deleted(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::CROSSED_OUT)
    }

    pub fn inserted(&self) -> Style {
        self.fg(Color::Green).add_modifier(Modifier::UNDERLINED)
    }
}

/// The 16 ANSI colours in their numbering (the order of `color::NAMED_COLORS`).
pub const ANSI_COLORS: [Color; 16] = [
    Color::Black,
    Color::Red,
    Color::Green,
    Color::Yellow,
    Color::Blue,
    Color::Magenta,
    Color::Cyan,
    Color::Gray,
    Color::DarkGray,
    Color::LightRed,
    Color::LightGreen,
    Color::LightYellow,
    Color::LightBlue,
    Color::LightMagenta,
    Color::LightCyan,
    Color::White,
];

fn ansi(i: u8) -> Color {
    ANSI_COLORS[usize::from(i) % 16]
}

/// Terminals that TERM says have only the 16 ANSI colours. Plain `xterm` is not among them:
/// every xterm in use today has 256.
pub fn is_16_colour_term(term: &str) -> bool {
    let term = term.to_ascii_lowercase();
    !term.contains("256")
        && (term.ends_with("-16color")
            || term.ends_with("-8color")
            || term == "xterm-color"
            || ["linux", "vt100", "vt102", "vt220", "ansi", "cons25", "screen"].contains(&term.as_str()))
}

/// The xterm RGB values of the 16 ANSI colours, in [`ansi`]'s order.
const ANSI_RGB: [(u8, u8, u8); 16] = [
    (0, 0, 0),
    (205, 0, 0),
    (0, 205, 0),
    (205, 205, 0),
    (0, 0, 238),
    (205, 0, 205),
    (0, 205, 205),
    (229, 229, 229),
    (127, 127, 127),
    (255, 0, 0),
    (0, 255, 0),
    (255, 255, 0),
    (92, 92, 255),
    (255, 0, 255),
    (0, 255, 255),
    (255, 255, 255),
];

/// The ANSI colour closest to an RGB colour.
pub fn nearest_16(r: u8, g: u8, b: u8) -> u8 {
    let d = |x: u8, y: u8| (i32::from(x) - i32::from(y)).pow(2);
    (0..16u8)
        .min_by_key(|&i| {
            let (x, y, z) = ANSI_RGB[usize::from(i)];
            d(x, r) + d(y, g) + d(z, b)
        })
        .unwrap_or(7)
}

/// The RGB value of a 256-colour index.
fn rgb_of_256(i: u8) -> (u8, u8, u8) {
    const LEVELS: [u8; 6] = [0, 95, 135, 175, 215, 255];
    match i {
        0..=15 => ANSI_RGB[usize::from(i)],
        16..=231 => {
            let n = usize::from(i - 16);
            (LEVELS[n / 36], LEVELS[(n / 6) % 6], LEVELS[n % 6])
        }
        _ => {
            let v = 8 + 10 * (i - 232);
            (v, v, v)
        }
    }
}

/// The xterm 256-colour index closest to an RGB colour (the 6×6×6 cube or the grey ramp).
pub fn nearest_256(r: u8, g: u8, b: u8) -> u8 {
    const LEVELS: [u8; 6] = [0, 95, 135, 175, 215, 255];
    let level =
        |v: u8| -> usize { (0..6).min_by_key(|&i| (i32::from(LEVELS[i]) - i32::from(v)).abs()).unwrap_or(0) };
    let dist = |(x, y, z): (u8, u8, u8)| -> i32 {
        let d = |a: u8, b: u8| (i32::from(a) - i32::from(b)).pow(2);
        d(x, r) + d(y, g) + d(z, b)
    };
    let (ri, gi, bi) = (level(r), level(g), level(b));
    let cube = (LEVELS[ri], LEVELS[gi], LEVELS[bi]);
    let cube_index = 16 + 36 * ri + 6 * gi + bi;
    let mean = (u32::from(r) + u32::from(g) + u32::from(b)) / 3;
    let grey_step = ((mean.saturating_sub(8) + 5) / 10).min(23) as u8;
    let grey = 8 + 10 * grey_step;
    if dist((grey, grey, grey)) < dist(cube) {
        232 + grey_step
    } else {
        cube_index as u8
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sixteen_colour_terminals_get_ansi_colours() {
        assert!(is_16_colour_term("linux"));
        assert!(is_16_colour_term("xterm-16color"));
        assert!(!is_16_colour_term("xterm-256color"));
        assert!(!is_16_colour_term("xterm"));
        let theme = Theme::new(Palette::Ansi16);
        assert_eq!(theme.topic(TopicColor::Rgb(250, 10, 10)), Some(Color::LightRed));
        assert_eq!(theme.topic(TopicColor::Indexed(46)), Some(Color::LightGreen));
        assert_eq!(theme.topic(TopicColor::Ansi(3)), Some(Color::Yellow));
        assert_eq!(rgb_of_256(196), (255, 0, 0));
        assert_eq!(rgb_of_256(244), (128, 128, 128));
    }

    #[test]
    fn rgb_maps_to_the_nearest_of_256() {
        assert_eq!(nearest_256(255, 0, 0), 196);
        assert_eq!(nearest_256(0, 0, 0), 16);
        assert_eq!(nearest_256(128, 128, 128), 244);
        assert_eq!(nearest_256(255, 136, 0), 208);
    }

    #[test]
    fn monochrome_keeps_marks_visible_without_colour() {
        let mono = Theme::new(Palette::Mono);
        assert_eq!(mono.topic(TopicColor::Ansi(3)), None);
        let contrast = mono.text(Attrs::CONTRAST, None);
        assert!(contrast.add_modifier.contains(Modifier::UNDERLINED));
        assert!(mono.text(Attrs::TERM, None).add_modifier.contains(Modifier::BOLD));
        let selected_match = mono.text(Attrs::SELECTED | Attrs::MATCH, None);
        assert!(!selected_match.add_modifier.contains(Modifier::REVERSED));
        assert_eq!(mono.text(Attrs::MATCH, None).fg, None);
    }

    #[test]
    fn colours_follow_the_palette() {
        let indexed = Theme::new(Palette::Indexed);
        assert_eq!(indexed.topic(TopicColor::Ansi(12)), Some(Color::LightBlue));
        assert_eq!(indexed.topic(TopicColor::Rgb(255, 0, 0)), Some(Color::Indexed(196)));
        let truecolor = Theme::new(Palette::TrueColor);
        assert_eq!(truecolor.topic(TopicColor::Rgb(1, 2, 3)), Some(Color::Rgb(1, 2, 3)));
    }
}
