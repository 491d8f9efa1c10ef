//! What the words around a number say about it besides what it counts: the currency written
//! before it ("$140", "£3bn"), whether it is a bound ("at most 4,000", "as many as 21,000",
//! "more than 400") and the period it is given per ("a year", "an hour").
//!
//! In: the folded tokens of one sentence (and the text before a number). Out: a currency name,
//! a [`Bound`], a rate — read by `figures` into each [`super::Figure`].

/// Whether a figure is given as a value or as a bound on one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// "about 4,000", "60 percent".
    Value,
    /// "at least 400", "more than 3,000", "400 or more".
    AtLeast,
    /// "at most 4,000", "as many as 21,000", "up to 20 percent".
    AtMost,
}

/// Currency symbols written before a number, and the unit each makes.
const CURRENCY_SYMBOLS: &[(char, &str)] = &[('$', "dollar"), ('£', "pound"), ('€', "euro"), ('¥', "yen")];
/// Units that are money, with the plural a reader sees ("different figures (dollars)").
const CURRENCIES: &[(&str, &str)] =
    &[("dollar", "dollars"), ("pound", "pounds"), ("euro", "euros"), ("yen", "yen")];
/// Scales written into a money figure ("£3bn", "$140m", "€2.3tn").
const SCALE_SUFFIXES: &[(&str, f64)] =
    &[("k", 1e3), ("m", 1e6), ("mn", 1e6), ("bn", 1e9), ("b", 1e9), ("tn", 1e12), ("trn", 1e12)];

/// Words before a number that make it a bound, longest first so "no more than" is not read as
/// "more than". A hedge ("about") may stand between the bound and the number.
const BOUNDS_BEFORE: &[(&[&str], Bound)] = &[
    (&["no", "more", "than"], Bound::AtMost),
    (&["no", "fewer", "than"], Bound::AtLeast),
    (&["no", "less", "than"], Bound::AtLeast),
    (&["in", "excess", "of"], Bound::AtLeast),
    (&["as", "many", "as"], Bound::AtMost),
    (&["as", "much", "as"], Bound::AtMost),
    (&["as", "high", "as"], Bound::AtMost),
    (&["as", "long", "as"], Bound::AtMost),
    (&["a", "maximum", "of"], Bound::AtMost),
    (&["a", "minimum", "of"], Bound::AtLeast),
    (&["at", "least"], Bound::AtLeast),
    (&["more", "than"], Bound::AtLeast),
    (&["greater", "than"], Bound::AtLeast),
    (&["upwards", "of"], Bound::AtLeast),
    (&["at", "most"], Bound::AtMost),
    (&["up", "to"], Bound::AtMost),
    (&["fewer", "than"], Bound::AtMost),
    (&["less", "than"], Bound::AtMost),
    (&["over"], Bound::AtLeast),
    (&["above"], Bound::AtLeast),
    (&["exceeding"], Bound::AtLeast),
    (&["under"], Bound::AtMost),
    (&["below"], Bound::AtMost),
];
/// Words after a figure that make it a bound ("4,000 jobs at most", "400 or more").
const BOUNDS_AFTER: &[(&[&str], Bound)] = &[
    (&["at", "the", "most"], Bound::AtMost),
    (&["at", "most"], Bound::AtMost),
    (&["or", "fewer"], Bound::AtMost),
    (&["or", "less"], Bound::AtMost),
    (&["at", "least"], Bound::AtLeast),
    (&["or", "more"], Bound::AtLeast),
];
/// Hedges that may stand between a bound and its number ("up to about 4,000").
const HEDGES: &[&str] = &["about", "around", "roughly", "some", "approximately", "nearly", "almost"];
/// Words that introduce a rate ("a year", "per hour", "each month").
const RATE_WORDS: &[&str] = &["a", "an", "per", "each", "every"];
const PERIODS: &[&str] = &["hour", "day", "week", "month", "year"];
/// Single words after a figure that give its period ("a £12 daily charge", "$5m annually").
const PERIOD_WORDS: &[(&str, &str)] = &[
    ("hourly", "an hour"),
    ("daily", "a day"),
    ("weekly", "a week"),
    ("monthly", "a month"),
    ("yearly", "a year"),
    ("annual", "a year"),
    ("annually", "a year"),
];

/// The currency whose symbol is written right before `at` ("$140" → "dollar"), with the
/// symbol's length in bytes.
pub(crate) fn currency_before(text: &str, at: usize) -> Option<(&'static str, usize)> {
    let symbol = text[..at].chars().next_back()?;
    CURRENCY_SYMBOLS.iter().find(|(s, _)| *s == symbol).map(|(_, name)| (*name, symbol.len_utf8()))
}

/// Units of measure, which do not say what is measured ("40 percent" of what, "275
/// kilograms" of what): the words right around such a figure must. A unit that is not one
/// names the things counted ("4,000 jobs", "3,000 centrifuges").
const MEASURES: &[&str] = &[
    "percent",
    "date",
    "count",
    "point",
    "degree",
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "month",
    "year",
    "decade",
    "gram",
    "kilogram",
    "ton",
    "tonne",
    "pound",
    "ounce",
    "meter",
    "metre",
    "kilometer",
    "kilometre",
    "mile",
    "foot",
    "feet",
    "inch",
    "acre",
    "hectare",
    "liter",
    "litre",
    "gallon",
    "barrel",
];

/// Whether a unit is a measure (or money) rather than the things counted.
pub(crate) fn is_measure(unit: &str) -> bool {
    MEASURES.contains(&unit) || currency_plural(unit).is_some()
}

/// The plural of a unit that is money ("dollar" → "dollars"); `None` for other units.
pub(crate) fn currency_plural(unit: &str) -> Option<&'static str> {
    CURRENCIES.iter().find(|(one, _)| *one == unit).map(|(_, many)| *many)
}

/// A money figure with its scale written into it ("3bn" → 3e9, "140m" → 1.4e8).
pub(crate) fn parse_scaled(word: &str) -> Option<f64> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let (_, scale) = SCALE_SUFFIXES.iter().find(|(s, _)| *s == &word[digits.len()..])?;
    let valid = digits.starts_with(|c: char| c.is_ascii_digit())
        && digits.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.');
    valid.then(|| digits.replace(',', "").parse::<f64>().ok().map(|v| v * scale)).flatten()
}

/// Whether a folded word hedges the number after it ("about", "nearly").
pub(crate) fn is_hedge(word: &str) -> bool {
    HEDGES.contains(&word)
}

/// The bound the words around a figure make of it: `first` is the figure's first token,
/// `after` the first token after it.
pub(crate) fn bound_of(tokens: &[&str], first: usize, after: usize) -> (Bound, usize, usize) {
    let before_end = if first > 0 && HEDGES.contains(&tokens[first - 1]) { first - 1 } else { first };
    for (words, bound) in BOUNDS_BEFORE {
        if before_end >= words.len() && tokens[before_end - words.len()..before_end] == **words {
            return (*bound, words.len() + (first - before_end), 0);
        }
    }
    for (words, bound) in BOUNDS_AFTER {
        if tokens.get(after..after + words.len()).is_some_and(|t| t == *words) {
            return (*bound, 0, words.len());
        }
    }
    (Bound::Value, 0, 0)
}

/// The period a figure is given per ("a year", "an hour") when the words at `after` name one.
pub(crate) fn rate_at(tokens: &[&str], after: usize) -> Option<String> {
    if let Some((_, rate)) = PERIOD_WORDS.iter().find(|(word, _)| Some(word) == tokens.get(after)) {
        return Some(rate.to_string());
    }
    let (introducer, period) = (tokens.get(after)?, tokens.get(after + 1)?);
    let period = match *period {
        "annum" => "year",
        p => PERIODS.iter().find(|&&known| known == p)?,
    };
    RATE_WORDS.contains(introducer).then(|| format!("{} {period}", if period == "hour" { "an" } else { "a" }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<&str> {
        text.split(' ').collect()
    }

    #[test]
    fn money_reads_its_symbol_and_written_scale() {
        assert_eq!(currency_before("raise about $140 million", 13), Some(("dollar", 1)));
        assert_eq!(currency_before("cost £3bn", 7), Some(("pound", 2)));
        assert_eq!(currency_before("about 140", 6), None);
        assert_eq!(parse_scaled("3bn"), Some(3e9));
        assert_eq!(parse_scaled("2.3tn"), Some(2.3e12));
        assert_eq!(parse_scaled("140m"), Some(1.4e8));
        assert_eq!(parse_scaled("3rd"), None);
        assert_eq!(parse_scaled("bn"), None);
    }

    #[test]
    fn measures_do_not_say_what_is_counted() {
        for unit in ["percent", "dollar", "kilogram", "year", "date"] {
            assert!(is_measure(unit), "{unit}");
        }
        for unit in ["job", "worker", "centrifuge"] {
            assert!(!is_measure(unit), "{unit}");
        }
    }

    #[test]
    fn bounds_before_and_after_the_figure() {
        let t = tokens("could reduce employment by about 4,000 jobs at most");
        assert_eq!(bound_of(&t, 5, 7), (Bound::AtMost, 0, 2));
        let t = tokens("could eliminate as many as 21,000 jobs");
        assert_eq!(bound_of(&t, 5, 7), (Bound::AtMost, 3, 0));
        let t = tokens("no more than 400 people");
        assert_eq!(bound_of(&t, 3, 5), (Bound::AtMost, 3, 0));
        let t = tokens("more than 400 people");
        assert_eq!(bound_of(&t, 2, 4), (Bound::AtLeast, 2, 0));
        let t = tokens("up to about 20 percent");
        assert_eq!(bound_of(&t, 3, 5), (Bound::AtMost, 3, 0));
        let t = tokens("waited as long as three hours");
        assert_eq!(bound_of(&t, 4, 6), (Bound::AtMost, 3, 0));
        let t = tokens("about 2,000 visitors");
        assert_eq!(bound_of(&t, 1, 3), (Bound::Value, 0, 0));
    }

    #[test]
    fn rates_name_a_period() {
        assert_eq!(rate_at(&tokens("140 million a year"), 2), Some("a year".to_string()));
        assert_eq!(rate_at(&tokens("16 per hour"), 1), Some("an hour".to_string()));
        assert_eq!(rate_at(&tokens("2 percent per annum"), 2), Some("a year".to_string()));
        assert_eq!(rate_at(&tokens("a 12 daily charge"), 2), Some("a day".to_string()));
        assert_eq!(rate_at(&tokens("5m annually"), 1), Some("a year".to_string()));
        assert_eq!(rate_at(&tokens("140 million a piece"), 2), None);
        assert_eq!(rate_at(&tokens("140 million year"), 2), None);
    }
}
