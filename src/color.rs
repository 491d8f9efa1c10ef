//! Colours as users name them in config.toml, independent of any terminal library.

use std::fmt;

/// The 16 ANSI colours, by the names people write.
pub const NAMED_COLORS: [&str; 16] = [
    "black",
    "red",
    "green",
    "yellow",
    "blue",
    "magenta",
    "cyan",
    "gray",
    "dark_gray",
    "light_red",
    "light_green",
    "light_yellow",
    "light_blue",
    "light_magenta",
    "light_cyan",
    "white",
];

/// A colour from the config: one of the 16 ANSI colours, a 256-colour index, or `#rrggbb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Color {
    /// Index into [`NAMED_COLORS`].
    Ansi(u8),
    Indexed(u8),
    Rgb(u8, u8, u8),
}

/// A colour name that is none of the accepted forms.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown colour \"{0}\": use a name ({names}), a number 0-255, or \"#rrggbb\"", names = NAMED_COLORS.join(", "))]
pub struct ColorError(pub String);

impl std::str::FromStr for Color {
    type Err = ColorError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || ColorError(s.to_string());
        let name = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        let name = match name.as_str() {
            "grey" => "gray".to_string(),
            "dark_grey" => "dark_gray".to_string(),
            _ => name,
        };
        if let Some(i) = NAMED_COLORS.iter().position(|n| *n == name) {
            return Ok(Color::Ansi(i as u8));
        }
        if let Some(hex) = name.strip_prefix('#') {
            if hex.len() == 6 && hex.chars().all(|c| c.is_ascii_hexdigit()) {
                let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).map_err(|_| err());
                return Ok(Color::Rgb(byte(0)?, byte(2)?, byte(4)?));
            }
            return Err(err());
        }
        name.parse::<u8>().map(Color::Indexed).map_err(|_| err())
    }
}

impl fmt::Display for Color {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Color::Ansi(i) => f.write_str(NAMED_COLORS[*i as usize]),
            Color::Indexed(i) => write!(f, "{i}"),
            Color::Rgb(r, g, b) => write!(f, "#{r:02x}{g:02x}{b:02x}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepted_forms() {
        assert_eq!("yellow".parse(), Ok(Color::Ansi(3)));
        assert_eq!("Light-Blue".parse(), Ok(Color::Ansi(12)));
        assert_eq!("grey".parse(), Ok(Color::Ansi(7)));
        assert_eq!("208".parse(), Ok(Color::Indexed(208)));
        assert_eq!("#FF8800".parse(), Ok(Color::Rgb(255, 136, 0)));
    }

    #[test]
    fn rejected_forms() {
        for bad in ["purplish", "256", "#12345", "#gggggg", ""] {
            assert!(bad.parse::<Color>().is_err(), "{bad}");
        }
    }
}
