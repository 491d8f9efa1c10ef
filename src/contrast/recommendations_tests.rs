use super::*;
use crate::compare::{compare_texts, Comparison};

fn at() -> SentenceId {
    SentenceId { passage: 0, sentence: 0 }
}

/// The call of a sentence as (words, direction), if any.
fn call(text: &str) -> Option<(&str, Direction)> {
    call_in(at(), text).map(|c| (&text[c.span], c.direction))
}

#[test]
fn a_verb_of_decision_after_a_modal_is_a_call() {
    assert_eq!(call("The board should vote yes on May 20."), Some(("should vote yes", Direction::For)));
    assert_eq!(
        call("The council should reject the ordinance on June 3."),
        Some(("should reject", Direction::Against))
    );
    assert_eq!(
        call("Lawmakers ought to repeal it this spring."),
        Some(("ought to repeal", Direction::Against))
    );
    assert_eq!(call("The county needs to adopt the plan now."), Some(("needs to adopt", Direction::For)));
    assert_eq!(call("I urge the board to approve it."), Some(("to approve", Direction::For)));
    assert_eq!(call("Vote no on March 12."), Some(("Vote no", Direction::Against)));
    assert_eq!(call("Reject this plan before it costs us more."), Some(("Reject", Direction::Against)));
    // An aside between commas after the modal.
    assert_eq!(
        call("The council should, in my view, approve the ordinance on June 3."),
        Some(("should, in my view, approve", Direction::For))
    );
    assert_eq!(
        call("The board should, after years of delay, finally reject it."),
        Some(("should, after years of delay, finally reject", Direction::Against))
    );
    // How the decision is taken is not what it is on.
    let object = |t: &str| call_in(at(), t).map(|c| c.object).unwrap_or_default();
    assert_eq!(
        object("The council should, for the sake of the fleet, reject the ordinance outright."),
        ["ordinance"]
    );
    assert_eq!(object("The council should approve the ordinance without changes."), ["ordinance"]);
    // A comma that closes no short aside leaves the modal alone.
    assert_eq!(call("Voters should, as the mayor has said many times since the spring began, vote."), None);
}

#[test]
fn a_negation_before_the_verb_turns_the_call() {
    let c = call_in(at(), "The council should not approve the garage sale.").unwrap();
    assert_eq!(c.direction, Direction::Against);
    assert_eq!(c.negation.map(|n| n.len()), Some(3));
    assert_eq!(
        call("Voters must never accept a fee like this."),
        Some(("must never accept", Direction::Against))
    );
}

#[test]
fn other_sentences_make_no_call() {
    for text in [
        // No verb of decision, or one that is no decision here.
        "The council should think harder before it acts.",
        "The board should back off and listen.",
        "The city should pass the savings on to riders.",
        "The need for housing is real.",
        // A sentence opening with a noun, not an order.
        "Back in 2019, the council tried a permit scheme.",
        "Support for the plan has grown since the spring.",
        // A condition, a question.
        "If the council should reject the plan, the builder will walk away.",
        "Should the council reject the plan?",
        "Why should the board approve a plan nobody has costed?",
        // Passive and other verbs are not read; "pass on" declines.
        "The plan must be rejected.",
        "The council should pass on this ordinance and start over.",
        // Someone else's call, or one set up to be rebutted.
        "The harbor master believes the council should reject the ordinance, but he is wrong.",
        "According to the fishermen, the council should reject the ordinance.",
        "Some will say the council should vote no on the ordinance.",
        "Those who say we should reject the ordinance have not read it.",
        "What the council should approve is a summer shuttle, not the ordinance.",
    ] {
        assert_eq!(call(text), None, "{text}");
    }
}

/// Two op-eds on one proposal, each ending with its call (few enough quotations that neither
/// reads as a news report).
fn op_ed(call: &str) -> String {
    format!(
        "The council will decide in June whether to require yearly inspections of rental flats.\n\n\
         The proposal would cover about 9,000 units across the city and charge landlords a fee.\n\n\
         Tenants on the east side have complained about mould and broken heating for years.\n\n\
         Landlords say most buildings are well kept and that the fee will be passed on in rent.\n\n\
         The city already inspects a building whenever a tenant files a complaint.\n\n\
         The question is whether that is enough.\n\n\
         {call}"
    )
}

fn calls(c: &Comparison) -> Vec<&crate::contrast::Contrast> {
    c.contrasts.iter().filter(|x| matches!(x.detail, Detail::Calls { .. })).collect()
}

#[test]
fn opposite_calls_on_one_thing_are_a_contrast() {
    let c = compare_texts(
        &op_ed("The council should pass the ordinance on June 3."),
        &op_ed("The council should reject the ordinance on June 3 and fix the complaint system instead."),
    );
    let found = calls(&c);
    assert_eq!(found.len(), 1, "{:?}", c.contrasts);
    let x = found[0];
    assert_eq!(x.kind, ContrastKind::Stance);
    let why = crate::report::reason::contrast_summary(c.articles(), x);
    assert_eq!(
        why,
        "what each calls for: left \"should pass\"; right \"should reject\" (both in the authors' own voice)"
    );
    assert_eq!(x.evidence[0].cues[0].kind, CueKind::Call);
    assert_eq!(&c.sentence(Side::Right, x.right)[x.evidence[1].cues[0].span.clone()], "should reject");
    // Headed by what the decision is on, not by who makes it.
    assert_eq!(c.contrast_label(x), "“ordinance”");
}

#[test]
fn i_think_is_the_authors_own_call() {
    assert_eq!(
        call("I believe the council should reject the ordinance."),
        Some(("should reject", Direction::Against))
    );
}

#[test]
fn the_same_call_on_one_thing_is_a_fact_both_report() {
    let c = compare_texts(
        &op_ed("The council should pass the ordinance on July 9."),
        &op_ed("The council should pass it on July 9, and not a day later."),
    );
    assert!(calls(&c).is_empty(), "{:?}", c.contrasts);
    let fact = c.facts.iter().find(|f| f.kind_label() == "call").expect("a call both make");
    let why = crate::report::reason::fact_reason(c.articles(), fact);
    assert_eq!(why, "both call for the same on \"July 9\": left \"should pass\", right \"should pass\"");
}

#[test]
fn the_day_of_the_vote_says_two_calls_are_on_one_decision() {
    let c = compare_texts(&op_ed("The board should vote yes on May 20."), &op_ed("Vote no on May 20."));
    assert_eq!(calls(&c).len(), 1, "{:?}", c.contrasts);
}

#[test]
fn calls_the_same_way_on_different_things_or_by_others_are_no_contrast() {
    let pairs = [
        // The same call.
        ("The council should pass the ordinance.", "The council must adopt the ordinance without delay."),
        // Opposite calls on different things: only who decides is shared.
        (
            "The council should approve the inspection budget.",
            "The council should reject any new fee on landlords.",
        ),
        // Someone else's call, reported.
        (
            "The council should pass the ordinance.",
            "Landlords told the council it should reject the ordinance.",
        ),
    ];
    for (left, right) in pairs {
        let c = compare_texts(&op_ed(left), &op_ed(right));
        assert!(calls(&c).is_empty(), "{left} | {right}: {:?}", c.contrasts);
    }
}
