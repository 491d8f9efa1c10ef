//! Tests of `contrast::quote_pairs`: which renderings of one statement pair (rewordings,
//! excerpts, echoes) and which two statements do not.

use super::*;

#[test]
fn quotes_pair_by_surname_and_compare_by_normalised_words() {
    assert_eq!(surname(&Some("Supreme Leader Ali Khamenei".into())).as_deref(), Some("khamenei"));
    assert_eq!(surname(&Some("Khamenei".into())), surname(&Some("Ali Khamenei".into())));
    assert_eq!(normalise_quote("Not wise, not  prudent!"), "not wise not prudent");
    let any = |_: &str| true;
    assert!(shares_content_word("intelligent, wise or honorable", "not wise, not prudent", any));
    assert!(!shares_content_word("intelligent, wise or honorable", "not wise, not prudent", |w| w != "wise"));
    assert!(!shares_content_word("I hope he can", "I want to see the birth certificate", any));
    assert!(!shares_content_word("I'm only interested in the oil", "I'm not convinced", any));
    let q = Quote {
        at: SentenceId { passage: 0, sentence: 0 },
        text: "not wise, not prudent".into(),
        range: 0..21,
        speaker: Some("Ali Khamenei".into()),
    };
    let keys = PreparedQuote::all(std::slice::from_ref(&q))[0].keys();
    assert!(keys.contains(&"wise".to_string()) && keys.iter().any(|k| k.ends_with("speaker khamenei")));
}

fn quote_contrasts(left: &str, right: &str) -> Vec<[String; 2]> {
    let compared = crate::compare::compare_texts(left, right);
    compared
        .contrasts
        .iter()
        .filter_map(|c| match &c.detail {
            Detail::Quotes { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn a_phrase_of_a_longer_quotation_pairs_with_it() {
    let left = "Mayor Dana Whitfield spoke to the council about the city budget on Monday. \
                \"We have closed the budget gap without cutting a single bus route, and we did it a year early, \
                unless the state cuts our aid,\" Whitfield said.";
    let right = "Mayor Dana Whitfield told the council on Monday that the city budget had \
                 \"closed the gap without cutting any bus route, and more.\"";
    let found = quote_contrasts(left, right);
    assert!(found.iter().any(|[_, r]| r.starts_with("closed the gap")), "{found:?}");
    // Word for word, a part of the statement quoted for itself pairs too when the cut leaves
    // out what qualifies it ("unless …").
    let right = "Mayor Dana Whitfield told the council on Monday that the city budget was \
                 balanced \"a year early,\" Whitfield said.";
    let found = quote_contrasts(left, right);
    assert!(found.iter().any(|[_, r]| r.starts_with("a year early")), "{found:?}");
    // A part that keeps its meaning is the same statement, quoted alike: nothing to list.
    let right = "Mayor Dana Whitfield told the council on Monday that the city had \
                 \"closed the budget gap without cutting a single bus route,\" Whitfield said.";
    assert_eq!(quote_contrasts(left, right), Vec::<[String; 2]>::new());
}

#[test]
fn a_quotation_split_around_its_attribution_is_the_same_words() {
    let left = "\"The new fare plan is fair to riders who have no car, and it is fair to drivers,\" \
                Mayor Dana Whitfield told the board.";
    let right =
        "\"The new fare plan is fair to riders who have no car,\" Mayor Dana Whitfield told the board, \
                 \"and it is fair to drivers.\"";
    assert_eq!(quote_contrasts(left, right), Vec::<[String; 2]>::new());
}

#[test]
fn two_statements_sharing_a_term_do_not_pair() {
    let left = "\"I'm saying that riders and drivers should be the ones in charge of public transit, \
                certainly not a private company from out of state,\" Mayor Dana Whitfield said of the transit plan.";
    let right = "Mayor Dana Whitfield said of the transit plan that \"public transit should be a service that is run locally.\"";
    assert_eq!(quote_contrasts(left, right), Vec::<[String; 2]>::new());
}

#[test]
fn two_statements_sharing_only_function_words_do_not_pair() {
    // A third of their words in common ("it seems to me that the … has … to …"), on two
    // occasions: the words that tell are not the same.
    let left =
        "\"It seems to me that the council has done its job on the budget and has kept every promise,\" \
                Mayor Dana Whitfield said at the budget hearing.";
    let right =
        "\"It seems to me that the north side has waited too long for a park of its own to play in,\" \
                 Whitfield told parents at a school opening.";
    assert_eq!(quote_contrasts(left, right), Vec::<[String; 2]>::new());
}

#[test]
fn short_quotes_sharing_only_the_subject_of_both_articles_are_two_statements() {
    let story = "The board's decisions on school closures were announced on Monday. \
                 Parents criticised the decisions at a meeting. \
                 The decisions affect four schools in the district.";
    let left = format!(
        "{story} \"We never make our decisions in a hurry,\" Mayor Dana Whitfield said of the closures."
    );
    let right =
        format!("{story} \"The decisions follow the law,\" Mayor Dana Whitfield said of the closures.");
    assert_eq!(quote_contrasts(&left, &right), Vec::<[String; 2]>::new());
    // The same quotes sharing a word only they use are one statement.
    let left = left.replace("our decisions", "our rulings");
    let right = right.replace("The decisions follow", "The rulings follow");
    assert_eq!(quote_contrasts(&left, &right).len(), 1);
}

#[test]
fn words_told_without_quotation_marks_are_no_quotation() {
    // Reported speech is not paired with the speaker's quotation: reading every sentence's
    // reported words cost the 10 MB pair 0.09 s and 4 MB for one pair found on BASIL.
    let quoted = "\"I have not seen the council admit yet that the budget has a hole in it,\" \
                  Mayor Dana Whitfield said on Monday.";
    let told = "Mayor Dana Whitfield said on Monday that the council had to admit the budget had a hole, \
                which she had not seen it do.";
    assert_eq!(quote_contrasts(told, quoted), Vec::<[String; 2]>::new());
}

#[test]
fn a_plural_s_is_not_another_wording() {
    assert!(same_words("the radical environmentalist", "the radical environmentalists"));
    assert!(!same_words("not wise", "wise"));
    assert!(contains_words("positive and constructive", "constructive"));
    assert!(!contains_words("reconstructive surgery", "constructive"));
    assert_eq!(part_quoted_on_left("constructive", "positive and constructive,"), Some(true));
    assert_eq!(part_quoted_on_left("We are not going back, ever.", "not going back"), Some(false));
    assert_eq!(part_quoted_on_left("not wise", "neither wise nor prudent"), None);
}

#[test]
fn quotations_differing_only_in_function_words_are_quoted_alike() {
    let said = |q: &str| {
        format!("Sen. Dale Hutchins spoke through the night on the gun bill. {q} Hutchins said in the early morning.")
    };
    let alike = quote_contrasts(
        &said("\"Criminals do not fill out paperwork, and they never will.\""),
        &said("\"Criminals do not fill out the paperwork, and they never will.\""),
    );
    assert_eq!(alike, Vec::<[String; 2]>::new());
    // A negation, a figure, a word of opinion or another content word is a difference (the
    // last one a weaker one: see `quote_change`).
    for other in [
        "\"Criminals do fill out paperwork, and they never will.\"",
        "\"Criminals do not fill out paperwork, and 90 percent never will.\"",
        "\"Criminals do not fill out stupid paperwork, and they never will.\"",
        "\"Criminals do not fill out forms, and they never will.\"",
        // Words of direction or degree are stop words of content, not function words here.
        "\"Criminals do not fill out more paperwork, and they never will.\"",
    ] {
        let found = quote_contrasts(
            &said("\"Criminals do not fill out paperwork, and they never will.\""),
            &said(other),
        );
        assert_eq!(found.len(), 1, "{other}: {found:?}");
    }
}

#[test]
fn weighty_words_keep_negations_and_figures() {
    use crate::words::weighty_words;
    assert_eq!(weighty_words("do not fill out the paperwork"), weighty_words("do not fill out paperwork"));
    for [a, b] in [
        ["we need more police", "we need less police"],
        ["voted for the bill", "voted against the bill"],
        ["sign it before the election", "sign it after the election"],
        ["all of them voted", "only some of them voted"],
    ] {
        assert_ne!(weighty_words(a), weighty_words(b), "{a} / {b}");
    }
    assert_ne!(weighty_words("do not fill out paperwork"), weighty_words("do fill out paperwork"));
    assert_ne!(weighty_words("cost $28 million"), weighty_words("cost $34 million"));
    // The same words in another order may be another statement ("In God We Trust").
    assert_ne!(weighty_words("In God We Trust"), weighty_words("I trust in God"));
}
