//! Tests of `numbers`: which figures conflict, which are one fact, and which count the same thing.
use super::*;
use crate::contrast::figures::find_figures;

fn figure(text: &str) -> Figure {
    find_figures(SentenceId { passage: 0, sentence: 0 }, text).remove(0)
}

fn conflict(a: &str, b: &str) -> bool {
    conflicting(&figure(a), &figure(b))
}

#[test]
fn upper_bounds_far_apart_conflict() {
    assert!(conflict(
        "The plan could cut 3,000 posts at most.",
        "The plan could cut as many as 18,000 posts."
    ));
    assert!(conflict("It could cost up to 2,000 posts.", "It could cost up to 9,000 posts."));
}

#[test]
fn compatible_bounds_do_not_conflict() {
    assert!(!conflict("At least 400 people marched.", "More than 400 people marched."));
    assert!(!conflict("At least 400 people marched.", "More than 450 people marched."));
    assert!(!conflict("At least 400 people marched.", "Up to 500 people marched."));
    assert!(!conflict("As many as 500 people marched.", "About 450 people marched."));
}

#[test]
fn a_value_outside_a_bound_conflicts() {
    assert!(conflict("It holds roughly 275 kilograms.", "It holds more than 400 kilograms."));
    assert!(conflict("More than 400 people marched.", "At most 300 people marched."));
    assert!(conflict("About 2,000 people came.", "More than 3,000 people came."));
}

#[test]
fn one_figure_written_two_ways_does_not_conflict() {
    assert!(!conflict("He cut $716 billion from the fund.", "He took $700 billion from the fund."));
    assert!(!conflict("Inflation is 40 percent.", "Inflation is 40.2 percent."));
    assert!(conflict("Inflation is 40 percent.", "Inflation is 32 percent."));
}

#[test]
fn different_scales_and_periods_are_different_things() {
    assert!(!conflict("The scheme costs $700 billion.", "The scheme saves each family $600."));
    assert!(!conflict("The pass costs $20 a day.", "The pass costs $30 a week."));
    assert!(conflict("The pass costs $20 a day.", "The pass costs $30 a day."));
    assert!(conflict("The pass costs $20 a day.", "The pass costs $30."));
}

#[test]
fn figures_in_words_compare_as_their_values() {
    assert!(conflict("The session lasted more than three hours.", "The session lasted less than two hours."));
    assert!(!conflict("The session lasted three hours.", "The session lasted 3 hours."));
    assert!(!conflict("A dozen inspectors came.", "Twelve inspectors came."));
    assert!(!conflict("It sells half a million barrels.", "It sells 500,000 barrels."));
    assert!(!conflict("More than two rounds were held.", "Three rounds were held."));
    // A round figure in words is the precise one rounded: "two hundred" and "203".
    assert!(!conflict("Some two hundred people came.", "Exactly 203 people came."));
    assert!(conflict("Twenty inspectors came.", "Thirty inspectors came."));
}

#[test]
fn the_same_figure_written_two_ways_is_one_fact() {
    let same = |a: &str, b: &str| same_figure(&figure(a), &figure(b));
    assert!(same("Rents rose 30 percent.", "Rents rose by 30%."));
    assert!(same("He cut $716 billion from the fund.", "He took $700 billion from the fund."));
    assert!(same("At least 400 people marched.", "More than 400 people marched."));
    assert!(same("The talks began on April 12.", "The talks began on 12 April."));
    assert!(!same("Rents rose 30 percent.", "Rents rose 25 percent."));
    assert!(!same("At least 400 people marched.", "Up to 500 people marched."));
    assert!(!same("The pass costs $20 a day.", "The pass costs $20 a week."));
}

fn facts_between(left: &str, right: &str) -> Vec<String> {
    let c = crate::compare::compare_texts(left, right);
    c.facts
        .iter()
        .map(|f| {
            c.sentence(crate::compare::Side::Left, f.left)[f.evidence[0].cues[0].span.clone()].to_string()
        })
        .collect()
}

#[test]
fn a_rounded_figure_is_a_shared_fact_only_on_ample_context() {
    let precise =
        "The county budget office said the payroll tax rate for small employers rose 2.1 percent this year.";
    let rounded =
        "The county budget office said the payroll tax rate for small employers rose 2 percent this year.";
    assert_eq!(facts_between(precise, rounded), vec!["2.1 percent"]);
    // Two shared words ("county", "rates") do not make a growth rate and a tax rate one figure.
    let growth = "The senators met the president on Friday.\n\nThe meeting lasted an hour.\n\n\
                  Both sides spoke of progress afterwards.\n\nOfficials expect county growth rates near 2.1 percent next year.";
    let taxes = "The speaker left the capital on Friday.\n\nHis aides said little about the talks.\n\n\
                 A vote is planned for next week.\n\nHe wanted a 2 percent increase in county tax rates on the wealthy.";
    assert!(facts_between(growth, taxes).is_empty());
    // The same value needs only the context a contrast needs.
    assert_eq!(
        facts_between(
            "Rents in Millbrook climbed 30 percent since 2019.",
            "Since 2019, rents in Millbrook climbed 30 percent."
        ),
        vec!["30 percent"]
    );
}

#[test]
fn the_same_day_or_two_figures_alike_need_half_the_context() {
    // The words around the same day ("change", "takes", "effect") are the articles' common
    // words, too little to make two figures one thing: the day says the rest.
    let (opening, other) = (
        "The district will end bus service for most high school students.\n\n\
         Parents packed the board meeting on Tuesday night.\n\n\
         Several asked how their children would cross the highway.\n\n\
         The superintendent said the savings would go to classroom aides.\n\n\
         The change takes some families by surprise, and its effect on attendance is unknown.\n\n",
        "Most teenagers in Easton will have to find their own way to school.\n\n\
         The board voted five to two after a long hearing.\n\n\
         Drivers have been scarce since the pandemic.\n\n\
         A union leader called the vote a mistake.\n\n",
    );
    assert_eq!(
        facts_between(
            &format!("{opening}The change takes effect when classes start on August 19."),
            &format!("{other}The change takes effect August 19.")
        ),
        vec!["August 19"]
    );
    // Two figures both sentences give, with one shared word between them.
    let facts = facts_between(
        &format!("{opening}Of the county's 1,400 budgeted positions, 212 positions are sitting empty."),
        &format!("{other}The county has 212 vacancies among its 1,400 positions."),
    );
    assert_eq!(facts.len(), 1, "{facts:?}");
}

#[test]
fn figures_in_sentences_that_write_the_same_words_count_the_same_thing() {
    let contrasts = |left: &str, right: &str| -> Vec<String> {
        let config = crate::config::Config::default_config();
        let map = crate::topics::TopicMap::new(&config).unwrap();
        let parse = |name: &str, body: &str| {
            crate::article::Article::parse(name, &format!("Title: {name}\n\n{body}\n"))
        };
        let c = crate::compare::compare(parse("a", left), parse("b", right), &map, &config.analysis);
        c.contrasts
            .iter()
            .filter(|x| x.kind == ContrastKind::Number)
            .map(|x| crate::report::reason::contrast_summary(c.articles(), x))
            .collect()
    };
    let found = contrasts(
        "It would have extended free meals to about 210,000 children whose families earn too much to qualify under the current federal program.",
        "It would extend free meals to roughly 140,000 students whose families earn too much to qualify under the current federal program.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("\"210,000 children\", right \"140,000 students\""), "{found:?}");
    // Without the shared words, children and students are not one count.
    assert!(contrasts(
        "The district serves about 210,000 children this year.",
        "Roughly 140,000 students took the test in May."
    )
    .is_empty());
}

#[test]
fn dates_are_compared_as_days() {
    assert!(conflict("The talks began on April 10.", "The talks began on April 12."));
    assert!(!conflict("The talks began on April 12.", "The talks began on 12 April."));
}

/// The number contrasts `compare` finds between two articles, as a reader sees them.
fn number_contrasts(left: &str, right: &str) -> Vec<String> {
    let c = crate::compare::compare_texts(left, right);
    c.contrasts
        .iter()
        .filter(|x| x.kind == ContrastKind::Number)
        .map(|x| crate::report::reason::contrast_summary(c.articles(), x))
        .collect()
}

/// Two short articles about a festival's parking, the figure in the last sentence of each.
fn festival(figure_sentence: &str) -> String {
    format!(
        "The harvest festival opened on Saturday in the valley.\n\nCrowds came from three counties.\n\n\
         Local traders welcomed the visitors.\n\n{figure_sentence}"
    )
}

#[test]
fn shares_meet_shares_and_percentages_of_the_same_thing() {
    let quarter = festival("Organisers said a quarter of the parking permits are held back for latecomers.");
    let tenth = festival("Only one in ten parking permits is held back for latecomers, the council said.");
    let found = number_contrasts(&quarter, &tenth);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("a quarter") && found[0].contains("one in ten"), "{found:?}");
    let percent = festival("Only 10 percent of the parking permits are held back for latecomers.");
    assert_eq!(number_contrasts(&quarter, &percent).len(), 1);
    // The same share written two ways is no contrast; shares of other things are none either.
    let same = festival("Organisers said 25% of parking permits are held back for latecomers.");
    assert!(number_contrasts(&quarter, &same).is_empty());
    let other = festival("Only one in ten stalls sold out of cider by noon, the traders said.");
    assert!(number_contrasts(&quarter, &other).is_empty());
}

#[test]
fn about_an_hour_meets_three_hours_on_the_same_wait() {
    let long = festival("Cars waited as long as three hours at the entrance gate on Saturday.");
    let short = festival("The longest waits at the entrance gate were about an hour.");
    let found = number_contrasts(&long, &short);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("an hour") && found[0].contains("three hours"), "{found:?}");
    // "An hour later" is a time, not a wait.
    let later = festival("An hour later the entrance gate opened again for cars.");
    assert!(number_contrasts(&long, &later).is_empty());
}

#[test]
fn articles_on_different_subjects_need_more_than_one_shared_word_for_a_figure() {
    // A park's permits and a town's leaf blowers: "starting" alone is no shared measure.
    let filler = |topic: &str| {
        (0..8)
            .map(|i| format!("Paragraph {i} says more about {topic} and nothing else."))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let park = format!("{} Starting May 1, drivers will need a timed-entry permit.", filler("hiking"));
    let blowers =
        format!("{} Starting January 1, landscapers will switch to battery blowers.", filler("lawns"));
    let apart = number_contrasts(&park, &blowers);
    assert!(apart.is_empty(), "{apart:?}");
    // The same words in two articles about one subject (both name the park) are a contrast.
    let park_again = |date: &str| {
        format!(
            "{} Ridgeback National Park is busy. Starting {date}, drivers will need a permit.",
            filler("hiking")
        )
    };
    let together = number_contrasts(&park_again("May 1"), &park_again("June 1"));
    assert_eq!(together.len(), 1, "{together:?}");
    // Two snippets of a sentence each are too short to tell their subjects apart.
    let short = number_contrasts(
        "Starting May 1, drivers will need a timed-entry permit for the park.",
        "Starting January 1, drivers will need a timed-entry permit for the park.",
    );
    assert_eq!(short.len(), 1, "{short:?}");
}

#[test]
fn two_sentences_that_each_give_both_figures_do_not_differ_on_them() {
    let count = |left: &str, right: &str| {
        crate::compare::compare_texts(left, right)
            .contrasts
            .iter()
            .filter(|c| c.kind == ContrastKind::Number)
            .count()
    };
    let left = "In the poll, former Governor Ann Hale leads the would-be group of contenders with 21 \
                percent of party primary voters surveyed followed by Ortiz and former Senator Tom Bell \
                at 17 percent each.";
    let right = "A national poll released yesterday shows Ortiz tied for 2nd with Tom Bell in the 2012 \
                 party primary field at 17 percent (Ann Hale leads the pack at 21 percent).";
    assert_eq!(count(left, right), 0);
    // A sentence that gives another figure for the same thing still differs.
    let right = "A national poll released yesterday shows Ann Hale leading the would-be group of \
                 contenders with 25 percent of party primary voters.";
    assert!(count(left, right) >= 1);
}

#[test]
fn a_sentence_that_also_gives_the_other_figure_agrees_on_it() {
    let left = festival(
        "About $900,000 of the cost will come from a state grant, and the remaining $500,000 from the \
         town's parking fund.",
    );
    let right = festival("Half a million dollars of the cost will come from the town's parking fund.");
    let found = number_contrasts(&left, &right);
    assert!(found.is_empty(), "{found:?}");
    // Another figure for that part still differs.
    let right = festival("Two million dollars of the cost will come from the town's parking fund.");
    assert!(!number_contrasts(&left, &right).is_empty());
    // One of another unit is no agreement: "a single gate" is not "1 percent".
    let left = festival(
        "Fee rises were capped at 3 percent, and the wait for a single ticket stretched to about an hour.",
    );
    let right = festival("The council said it could not allow even 1 percent of a fee rise.");
    assert!(!number_contrasts(&left, &right).is_empty());
    // A bare number of the same value is that figure: the 2,300 is in both.
    let left = festival("About 2,300 of the town's 12,800 households owe back rent on their festival plots.");
    let right = festival("About 2,300 households owe back rent on their festival plots.");
    let found = number_contrasts(&left, &right);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn shared_words_say_what_a_figure_counts_only_beside_it() {
    // The run ("the nonprofit system that owns") stands far from "eight others" and "58 miles".
    let left = festival("Valley Health, the nonprofit system that owns the hospital and eight others, said the unit lost money.");
    let right = festival(
        "Valley Health, the nonprofit system that owns the hospital, will close the unit, leaving mothers 58 miles from a ward.",
    );
    let found = number_contrasts(&left, &right);
    assert!(found.is_empty(), "{found:?}");
    // What a figure counts may be told after an aside.
    let left = festival(
        "The state says 210,000 children, most of them in small towns, live in families that earn too much \
         to qualify for the free lunch program.",
    );
    let right = festival(
        "Advocates count roughly 140,000 students, most of them in small towns, who live in families that \
         earn too much to qualify for the free lunch program.",
    );
    assert_eq!(number_contrasts(&left, &right).len(), 1);
}

#[test]
fn digits_written_inside_a_longer_number_are_not_that_figure() {
    let other = "About 2,300 households owe rent.";
    let figure =
        find_figures(SentenceId { passage: 0, sentence: 0 }, other).into_iter().next().expect("a figure");
    assert!(writes_digits_of("Of 12,800 homes, 2,300 owe rent.", other, &figure));
    assert!(!writes_digits_of("Of 12,300 homes, most pay on time.", other, &figure));
    assert!(!writes_digits_of("The debt is 2,300,000 dollars.", other, &figure));
    assert!(writes_digits_of("It is 2,300.", other, &figure));
    // Written as another kind of figure, it is another figure.
    assert!(!writes_digits_of("4,100 households owe, an average of $2,300 each.", other, &figure));
    assert!(!writes_digits_of("Rents rose 2,300 percent.", other, &figure));
}

#[test]
fn a_name_both_discuss_is_not_enough_to_say_what_two_figures_measure() {
    let plant = |figure_sentence: &str| {
        format!(
            "# Bakery to close\n\n\
             On Monday, Brackwell Foods said it will close its bakery on Elm Street.\n\n\
             The company blamed the price of flour and the age of its ovens.\n\n\
             The union said the firm had promised to keep the ovens running.\n\n\
             Shop owners nearby worry about losing their morning trade.\n\n\
             The mayor asked the state for help with retraining.\n\n\
             Drivers who deliver to the shops fear longer routes from the next town.\n\n\
             A council meeting on the closing is set for next week.\n\n\
             Several workers said they had heard rumours since the spring.\n\n\
             The site could be sold for housing, a planner said.\n\n{figure_sentence}"
        )
    };
    // How long the town has made Brackwell's bread against how long one worker has packed it.
    let town = plant("The town has baked bread for Brackwell for 64 years.");
    let worker = plant("Mia Ruiz has packed loaves on the Brackwell line for 12 years.");
    let found = number_contrasts(&town, &worker);
    assert!(found.is_empty(), "{found:?}");
    // Both on how long the bakery has baked: a contrast, the name beside other shared words.
    let bakery = plant("The Elm Street bakery has baked bread for Brackwell for 12 years.");
    let town = plant("The Elm Street bakery has baked bread for Brackwell for 64 years.");
    assert_eq!(number_contrasts(&town, &bakery).len(), 1);
}

#[test]
fn figures_two_different_people_give_of_their_own_plans_measure_two_things() {
    let hale = festival("Mayor Ann Hale has cut $700,000 from the parks budget for the fair.");
    let reyes = festival("Councillor Tom Reyes would cut $300,000 from the parks budget for the fair.");
    let found = number_contrasts(&hale, &reyes);
    assert!(found.is_empty(), "{found:?}");
    // The same person's cut, given two ways, is a contrast.
    let hale_again = festival("Mayor Ann Hale has cut $300,000 from the parks budget for the fair.");
    assert_eq!(number_contrasts(&hale, &hale_again).len(), 1);
    // A source named before "say" or "report that" is not whose figure it is.
    let left = festival(
        "Inspectors from the Harlow Institute say the town cut $700,000 from the parks budget for the fair.",
    );
    let right =
        festival("Inspectors from the Corda Foundation report that the town cut $300,000 from the parks budget for the fair.");
    assert_eq!(number_contrasts(&left, &right).len(), 1);
}
