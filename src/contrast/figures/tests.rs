//! Tests of reading figures from sentences (digits, money, dates, bounds, context).

use super::*;

fn figures(text: &str) -> Vec<(String, f64, String)> {
    find_figures(SentenceId { passage: 0, sentence: 0 }, text)
        .into_iter()
        .map(|f| (f.unit, f.value, f.shown))
        .collect()
}

#[test]
fn percentages_counts_and_dates() {
    assert_eq!(
        figures(
            "Iran enriched uranium to 60% and runs 3,000 centrifuges since April 12, says a 2025 report."
        ),
        vec![
            ("percent".to_string(), 60.0, "60%".to_string()),
            ("centrifuge".to_string(), 3000.0, "3,000 centrifuges".to_string()),
            ("date".to_string(), 412.0, "April 12".to_string()),
        ]
    );
    assert_eq!(figures("Inflation near 32 percent")[0].1, 32.0);
    assert_eq!(figures("on 19 April 2025")[0], ("date".to_string(), 419.0, "19 April".to_string()));
    assert_eq!(figures("about $6 billion dollars")[0].1, 6e9);
}

#[test]
fn dates_and_names_with_digits_are_not_quantities() {
    // "19" counts hijackers only if "Sept. 11" is read as the date it is.
    let left = figures("Fifteen of the 19 Sept. 11 hijackers were Saudi citizens.");
    assert_eq!(left, vec![("date".to_string(), 911.0, "Sept. 11".to_string())]);
    let right = figures("Fifteen of the 19 hijackers on 9/11 were Saudi citizens.");
    assert_eq!(right, vec![("hijacker".to_string(), 19.0, "19 hijackers".to_string())]);
    assert!(figures("The council passed Resolution 2231 in a vote.").is_empty());
    assert!(figures("The plane, Flight 370, vanished with 239 people aboard.").iter().all(|f| f.1 == 239.0));
    // A number opening the sentence is still a figure.
    assert_eq!(figures("300 protesters gathered.")[0].1, 300.0);
}

#[test]
fn money_is_read_in_its_currency_with_its_scale() {
    assert_eq!(
        figures("The levy would raise about $140 million a year."),
        vec![("dollar".to_string(), 1.4e8, "$140 million".to_string())]
    );
    assert_eq!(figures("It will cost £3bn in all.")[0], ("pound".to_string(), 3e9, "£3bn".to_string()));
    assert_eq!(
        figures("a fund of €2.3 billion for ports")[0],
        ("euro".to_string(), 2.3e9, "€2.3 billion".to_string())
    );
    assert_eq!(
        figures("about 140 million dollars in fees")[0],
        ("dollar".to_string(), 1.4e8, "140 million dollars".to_string())
    );
    let f = &find_figures(SentenceId { passage: 0, sentence: 0 }, "Fares bring in $85 million per year.")[0];
    assert_eq!(f.per.as_deref(), Some("a year"));
}

#[test]
fn a_word_describing_the_counted_thing_is_not_its_unit() {
    assert_eq!(
        figures("Iran runs around 3,000 advanced centrifuges at Natanz.")[0],
        ("centrifuge".to_string(), 3000.0, "3,000 advanced centrifuges".to_string())
    );
    assert_eq!(figures("About 200 injured were treated.")[0].0, "injured");
    assert_eq!(figures("It hired 2 million skilled workers.")[0].0, "worker");
    assert_eq!(figures("300 protesters gathered.")[0].0, "protester");
}

#[test]
fn articles_and_determiners_are_never_units() {
    for text in [
        "Sales reached 140 million a year.",
        "The ferry carries 300 an hour.",
        "It costs 12 per visit.",
        "They ate 40 each day.",
        "He read 2 the first week.",
    ] {
        for (unit, _, shown) in figures(text) {
            assert!(!["a", "an", "the", "per", "each"].contains(&unit.as_str()), "{text}: {unit}");
            assert!(!shown.ends_with(" a") && !shown.ends_with(" per"), "{text}: {shown}");
        }
    }
    assert_eq!(figures("Sales reached 140 million a year.")[0].0, "count");
}

#[test]
fn bounds_are_read_and_shown_with_the_figure() {
    let read = |text: &str| {
        let f = find_figures(SentenceId { passage: 0, sentence: 0 }, text).remove(0);
        (f.bound, f.shown)
    };
    assert_eq!(
        read("It could eliminate as many as 18,000 posts."),
        (Bound::AtMost, "as many as 18,000 posts".into())
    );
    assert_eq!(read("It would cut 3,000 posts at most."), (Bound::AtMost, "3,000 posts at most".into()));
    assert_eq!(read("More than 400 people came."), (Bound::AtLeast, "More than 400 people".into()));
    assert_eq!(read("About 400 people came."), (Bound::Value, "400 people".into()));
}

#[test]
fn counted_things_take_the_whole_sentence_as_context_and_measures_do_not() {
    let context = |text: &str| find_figures(SentenceId { passage: 0, sentence: 0 }, text).remove(0).context;
    let text =
        "The harbour authority forecast in its spring review that the new terminal could add 900 jobs.";
    assert_eq!(context(text).weight_of("harbour"), Some(context::SENTENCE_WEIGHT), "{:?}", context(text));
    let text =
        "The harbour authority forecast in its spring review that the new terminal could add 9 percent.";
    assert!(!context(text).iter().any(|(w, _)| w == "harbour"), "{:?}", context(text));
}

#[test]
fn context_describes_the_figure() {
    let f = &find_figures(
        SentenceId { passage: 0, sentence: 0 },
        "Inflation is running above 40 percent this year.",
    )[0];
    assert_eq!(f.context.weight_of("inflation"), Some(2.0), "{:?}", f.context);
}

#[test]
fn numbers_in_words_are_figures_like_digits() {
    let read = |text: &str| {
        let f = find_figures(SentenceId { passage: 0, sentence: 0 }, text).remove(0);
        (f.unit, f.value, f.bound, f.shown)
    };
    assert_eq!(
        read("The session lasted more than three hours, a source said."),
        ("hour".to_string(), 3.0, Bound::AtLeast, "more than three hours".to_string())
    );
    assert_eq!(
        read("Exports fell by half a million barrels a day."),
        ("barrel".to_string(), 5e5, Bound::Value, "half a million barrels".to_string())
    );
    assert_eq!(
        read("Nearly a dozen inspectors left Iran."),
        ("inspector".to_string(), 12.0, Bound::Value, "a dozen inspectors".to_string())
    );
    let f = &find_figures(SentenceId { passage: 0, sentence: 0 }, "It pays twenty dollars a day.")[0];
    assert_eq!(f.per.as_deref(), Some("a day"));
    // Digits and words in one sentence are both read, each once.
    assert_eq!(
        figures("Two rounds of talks freed 300 prisoners.")
            .into_iter()
            .map(|(unit, value, _)| (unit, value))
            .collect::<Vec<_>>(),
        vec![("round".to_string(), 2.0), ("prisoner".to_string(), 300.0)]
    );
}

#[test]
fn number_words_are_not_context() {
    let f =
        &find_figures(SentenceId { passage: 0, sentence: 0 }, "Fifteen of the 19 hijackers were Saudi.")[0];
    assert!(!f.context.iter().any(|(w, _)| w == "fifteen"), "{:?}", f.context);
}

#[test]
fn sentences_without_digits_or_number_words_have_no_figures() {
    assert!(figures("Someone often said nothing was done.").is_empty());
    assert!(figures("No one came; the one who did left after one day.").is_empty());
}

proptest::proptest! {
    /// Any text of number words, digits, units, capitals and punctuation: no panic, and each
    /// figure is shown as the text it spans.
    #[test]
    fn figures_of_any_text_are_spans_of_it(
        parts in proptest::collection::vec(
            "(one|Two|three|twenty-five|hundred|a|half|an|and|dozen|million|more|than|the|per|cent|hours|barrels|ago|of|or|Dollars|İ|É|9|1,5|\\$|%|“|—|-|:|\\.|,| )",
            0..24,
        )
    ) {
        for text in [parts.join(" "), parts.concat()] {
            for f in find_figures(SentenceId { passage: 0, sentence: 0 }, &text) {
                proptest::prop_assert_eq!(text.get(f.range.clone()), Some(f.shown.as_str()));
                proptest::prop_assert!(f.value.is_finite() && f.value > 0.0, "{:?}", f);
            }
        }
    }
}

#[test]
fn a_number_and_its_measure_in_one_word_read_as_digits_or_words() {
    assert_eq!(
        figures("He got a 10-year sentence."),
        vec![("year".to_string(), 10.0, "10-year".to_string())]
    );
    assert_eq!(
        figures("They held a two-hour meeting."),
        vec![("hour".to_string(), 2.0, "two-hour".to_string())]
    );
    assert!(figures("A 30-year-old man and a 2015-2016 season.").is_empty());
}

#[test]
fn shares_are_percentages_with_the_counted_thing_as_context() {
    let f = find_figures(
        SentenceId { passage: 0, sentence: 0 },
        "Organisers say a quarter of the parking permits are kept back until the evening before.",
    )
    .remove(0);
    assert_eq!((f.unit.as_str(), f.value, f.shown.as_str()), ("percent", 25.0, "a quarter"));
    assert!(f.context.weight_of("permit").is_some(), "{:?}", f.context);
    assert_eq!(f.context.weight_of("quarter"), None, "{:?}", f.context);
    assert_eq!(
        figures("Only one in ten parking permits is kept back for the night before."),
        vec![("percent".to_string(), 10.0, "one in ten".to_string())]
    );
    let f = find_figures(SentenceId { passage: 0, sentence: 0 }, "More than half of the rooms were empty.")
        .remove(0);
    assert_eq!((f.bound, f.shown.as_str()), (Bound::AtLeast, "More than half"));
    // A ratio in digits is one share, not a count of the things after it.
    assert_eq!(
        figures("1 in 5 voters stayed home."),
        vec![("percent".to_string(), 20.0, "1 in 5".to_string())]
    );
}

#[test]
fn an_hour_after_a_bound_or_hedge_is_one_hour() {
    let f = find_figures(
        SentenceId { passage: 0, sentence: 0 },
        "The longest waits at the gate were about an hour.",
    )
    .remove(0);
    assert_eq!((f.unit.as_str(), f.value, f.bound, f.shown.as_str()), ("hour", 1.0, Bound::Value, "an hour"));
    assert!(f.context.weight_of("gate").is_some(), "{:?}", f.context);
    assert_eq!(
        figures("Talks dragged on for more than a year."),
        vec![("year".to_string(), 1.0, "more than a year".to_string())]
    );
    for text in [
        "It costs $2 a day.",
        "They meet once a year.",
        "An hour later the gate opened.",
        "About a year ago it began.",
    ] {
        let units: Vec<String> = figures(text).into_iter().map(|(unit, ..)| unit).collect();
        assert!(units.iter().all(|u| !["hour", "day", "year"].contains(&u.as_str())), "{text}: {units:?}");
    }
    // The rate of a figure still reads its period.
    let f = &find_figures(SentenceId { passage: 0, sentence: 0 }, "It pays about $20 a day.")[0];
    assert_eq!((f.value, f.per.as_deref()), (20.0, Some("a day")));
}
