//! Tests of `quote_change`: what a second rendering of a quotation changes.

use super::*;

#[test]
fn spelling_titles_inflections_and_brackets_change_nothing() {
    assert!(!says_something_else(
        "nobody knows what's happening, and now it looks like al-Qaddafi is going to beat the United States.",
        "nobody knows what's happening, and now it looks like Gadhafi is going to beat the United States."
    ));
    assert!(!says_something_else(
        "Sen. Reid respects that but thinks that the mosque should be built someplace else.",
        "Senator Reid respects that but thinks that the mosque should be built someplace else."
    ));
    assert!(!says_something_else("ending Medicare as we know it.", "would end Medicare as we know it"));
    assert!(!says_something_else(
        "you don't need to be in the pew every Sunday",
        "you don't need to be in the pews every Sunday"
    ));
    assert!(!says_something_else("[President Barack] Obama's war on religion", "Obama's war on religion"));
    assert!(!says_something_else("In God We Trust", "I trust in God,"));
}

#[test]
fn a_negation_a_figure_or_a_judgement_on_one_side_changes_what_was_said() {
    assert!(says_something_else(
        "To pass this bill in the next couple of weeks would materially increase the risk that the economy would stall out",
        "If they don't pass this bill in the next couple weeks it will materially increase the risk that the economy would stall out"
    ));
    assert!(says_something_else("we cut 300 jobs this year", "we cut 200 jobs this year"));
    assert!(says_something_else("we need more police", "we need less police"));
    assert!(says_something_else("the plan is a sensible step", "the plan is a reckless step"));
    assert!(says_something_else(
        "intelligent, wise or honorable",
        "not wise, not prudent, and not dignified"
    ));
}

#[test]
fn a_word_opening_a_sentence_of_the_quotation_is_no_name() {
    assert!(says_something_else(
        "The vote was close. Disaster followed.",
        "The vote was close. Success followed."
    ));
    // Initials and titles end with a full stop too: the name after them is still one.
    let met = |name: &str| format!("we met with {name} at the ranch and talked for an hour");
    assert_eq!(change_between(&met("George W. Bush"), &met("George W. Busch")), Change::Nothing);
    assert_eq!(change_between(&met("Sen. Reid"), &met("Sen. Ried")), Change::Nothing);
}

#[test]
fn other_content_words_are_the_same_statement_in_other_words() {
    assert_eq!(
        change_between("partisan attack dog organization.", "partisan political attack dog"),
        Change::Wording
    );
    assert_eq!(
        change_between(
            "AARP has not changed its position on Social Security.",
            "Stay tuned -- our position has not changed on Social Security,"
        ),
        Change::Wording
    );
    assert_eq!(
        change_between(
            "We are not seeking talks for the sake of talks",
            "We do not want negotiation merely for the sake of negotiation"
        ),
        Change::Wording
    );
    assert_eq!(change_between("Sen. Reid respects that", "Senator Reid respects that"), Change::Nothing);
    assert_eq!(change_between("that's really rare", "from doctors, that's really rare"), Change::Nothing);
}

#[test]
fn an_excerpt_changes_what_was_said_only_when_its_negation_or_condition_is_cut() {
    assert!(says_something_else("the talks are useless", "I am not saying the talks are useless"));
    assert!(says_something_else("we will win", "I cannot say we will win"));
    assert!(says_something_else("the plan works", "nobody thinks the plan works"));
    assert!(says_something_else("we will sign it", "we will sign it unless they cheat"));
    assert!(says_something_else(
        "cannot write a blank check",
        "the state cannot write a blank check for families who can afford to pack a lunch"
    ));
    assert!(!says_something_else("we will sign it", "we will sign it for the sake of our children"));
    assert!(!says_something_else(
        "the vice president very well knows ... the words don't come out of your mouth the right way.",
        "I think the vice president very well knows that sometimes the words don't come out of your mouth the right way."
    ));
    // A judgement, a figure or a condition further off left out is more of the statement.
    assert!(!says_something_else(
        "President Obama has said that he is determined to prevent Iran from getting nuclear weapons",
        "President Obama has said that he is determined to prevent Iran from getting nuclear weapons and I appreciate that"
    ));
    assert!(!says_something_else(
        "It seems to me first of all, from what I understand from doctors, that's really rare,",
        "From what I understand from doctors, that's really rare,"
    ));
    assert!(!says_something_else(
        "But there's a one-in-three chance we could lose,",
        "there is a two-in-three chance that we keep the House, but there's a one-in-three chance we could lose"
    ));
    assert!(!says_something_else(
        "materially increases the risk that this economy will stall out.",
        "If they don't pass this bill in the next couple weeks it will materially increase the risk that this economy will stall out"
    ));
}

#[test]
fn a_negation_or_condition_cut_at_an_elision_mark_changes_what_was_said() {
    assert!(says_something_else("we will ... sign it", "we will not sign it"));
    assert!(says_something_else("we will … sign it", "we will never sign it"));
    assert!(says_something_else(
        "we will sign it … next year",
        "we will sign it unless they cheat, next year"
    ));
    // Words cut at the mark that qualify nothing leave it the same statement.
    assert!(!says_something_else("we will … sign it", "we will certainly sign it"));
}

#[test]
fn an_elision_mark_in_brackets_is_an_elision_mark() {
    assert_eq!(change_between("we will […] sign it", "we will certainly sign it"), Change::Nothing);
    assert_eq!(change_between("we will [...] sign it", "we will certainly sign it"), Change::Nothing);
    assert_eq!(change_between("we will [ … ] sign it", "we will not sign it"), Change::Claim);
}

#[test]
fn a_spaced_elision_mark_is_an_elision_mark() {
    assert_eq!(change_between("we will . . . sign it", "we will certainly sign it"), Change::Nothing);
    assert_eq!(change_between("we will . . . sign it", "we will not sign it"), Change::Claim);
}

#[test]
fn a_bracket_never_closed_is_kept_with_what_follows_it() {
    assert_eq!(without_brackets("we [will not sign it"), "we [will not sign it");
    assert_eq!(without_brackets("[the] deal [is] dead [or not"), " deal  dead [or not");
    // What follows a stray bracket still counts: here the negation.
    assert_eq!(change_between("the deal [is dead", "the deal [is not dead"), Change::Claim);
    assert_eq!(change_between("[President] Obama's war", "Obama's war"), Change::Nothing);
}

/// A quotation can run to thousands of words in hostile input, and this is read per
/// candidate pair: its cost must grow with the words, not with their product.
#[test]
fn long_quotations_are_compared_in_time_linear_in_their_words() {
    let n = 20_000;
    // Words of letters only (a digit would make a figure): "wbaaaz", "wbaabz", …
    let word = |tag: char, i: usize| {
        let letters: String = (0..4).map(|k| char::from(b'a' + (i / 26usize.pow(k) % 26) as u8)).collect();
        format!("{tag}{letters}z")
    };
    let distinct = |tag| (0..n).map(|i| word(tag, i)).collect::<Vec<_>>().join(" ");
    let start = std::time::Instant::now();
    assert_eq!(change_between(&distinct('w'), &distinct('v')), Change::Wording);
    // An excerpt whose every window almost matches: "alpha … alpha beta" in "alpha … alpha".
    let whole = vec!["alpha"; n].join(" ");
    let part = format!("{} beta", vec!["alpha"; n / 2].join(" "));
    assert_eq!(change_between(&part, &whole), Change::Wording);
    let took = start.elapsed();
    assert!(took < std::time::Duration::from_secs(3), "{took:?}");
}

#[test]
fn a_run_is_found_where_a_plain_search_finds_it() {
    let split = |t: &str| t.split(' ').map(String::from).collect::<Vec<_>>();
    for (words, run) in
        [("a a a b", "a a b"), ("a b a b c", "a b c"), ("a b", "b a"), ("a", "a a"), ("x a", "a")]
    {
        let (words, run) = (split(words), split(run));
        let words: Vec<&String> = words.iter().collect();
        let plain = words.windows(run.len()).position(|w| w.iter().copied().eq(run.iter()));
        assert_eq!(position_of_run(&words, &run), plain, "{words:?} {run:?}");
    }
}

#[test]
fn a_judgement_added_in_other_words_changes_what_was_said() {
    assert!(says_something_else(
        "President Obama has said that he is determined to prevent Iran from getting nuclear weapons,",
        "President Obama has said that he’s determined to prevent Iran from getting nuclear weapons and I appreciate that and I respect that,"
    ));
}

#[test]
fn a_name_with_its_particle_is_a_name() {
    // "al-Qaddafi" and "Gadhafi", "(Libyan strongman Muammar)" and "(… Moammar)": one remark
    // taken down by two reporters, nothing changed.
    assert_eq!(
        change_between(
            "nobody knows what's happening, and now it looks like (Libyan strongman Muammar) al-Qaddafi is going to beat the United States.",
            "nobody knows what's happening, and now it looks like (Libyan strongman Moammar) Gadhafi is going to beat the United States."
        ),
        Change::Nothing
    );
    assert_eq!(
        change_between("we met bin Salman in Riyadh", "we met Mohammed bin Salman in Riyadh"),
        Change::Nothing
    );
    // A lowercase word that is no particle still counts.
    assert_eq!(change_between("we met the al-Qaddafi clan", "we met the Gadhafi clan"), Change::Nothing);
    assert_ne!(change_between("the rally was calm", "the rally was orderly"), Change::Nothing);
}
