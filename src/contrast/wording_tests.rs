use super::*;

fn runs(left: &str, right: &str) -> Vec<(String, String)> {
    let parse = |name: &str, body: &str| Article::parse(name, &format!("Title: {name}\n\n{body}\n"));
    let (l, r) = (parse("a", left), parse("b", right));
    shared_runs(&l, &r)
        .into_iter()
        .filter(|run| run.fits(&SAME_WORDS))
        .map(|run| {
            (
                l.sentence_text(run.left)[run.spans[0].clone()].to_string(),
                r.sentence_text(run.right)[run.spans[1].clone()].to_string(),
            )
        })
        .collect()
}

#[test]
fn a_long_run_two_sentences_share_is_found_with_its_spans() {
    let found = runs(
        "Iran must never be allowed to build a nuclear weapon, and a deal is the quickest way there.",
        "Start where everyone agrees: Iran must never be allowed to build a nuclear weapon.",
    );
    assert_eq!(
        found,
        vec![(
            "Iran must never be allowed to build a nuclear weapon".to_string(),
            "Iran must never be allowed to build a nuclear weapon".to_string()
        )]
    );
    // Figures, hyphens and apostrophes stay inside their words.
    let found = runs(
        "The board approved the policy on a 6-1 vote in December, after a long debate.",
        "The policy, approved on a 6-1 vote in December, starts in the fall.",
    );
    assert_eq!(found.len(), 0, "six words is not enough: {found:?}");
}

fn denied(l: &Article, r: &Article) -> Vec<SharedRun> {
    shared_runs(l, r).into_iter().filter(|run| run.fits(&DENIED_WORDS)).collect()
}

#[test]
fn a_run_one_side_denies_is_a_denial_with_its_negation() {
    let parse = |name: &str, body: &str| Article::parse(name, &format!("Title: {name}\n\n{body}\n"));
    let l = parse("a", "But the June strikes set the program back by years, and we must keep it there.");
    let r = parse("b", "They did real damage, but they did not set the program back by years.");
    let found = denied(&l, &r);
    assert_eq!(found.len(), 1, "{found:?}");
    let (side, negation) = found[0].denial.clone().expect("a denial");
    assert_eq!((side, &r.sentence_text(found[0].right)[negation]), (1, "not"));
    assert_eq!(&l.sentence_text(found[0].left)[found[0].spans[0].clone()], "set the program back by years");
    // Said alike on both sides, or denied on both, it is no denial.
    let same = parse("c", "The strikes did not set the program back by years, officials said.");
    assert!(denied(&same, &r).is_empty());
    assert!(denied(&l, &parse("d", "The raids set the program back by years.")).is_empty());
    // A negation further back may negate something else.
    let far = parse("e", "They did not, in fact, set the program back by years.");
    assert!(denied(&l, &far).is_empty());
    // A run that ends on a word leading into what follows is shown without it.
    let risk = denied(
        &parse("h", "A deal that caps enrichment would reduce the risk of a regional war."),
        &parse("i", "A deal would not reduce the risk of war; it would merely postpone it."),
    );
    assert_eq!(risk.len(), 1, "{risk:?}");
    assert_eq!(risk[0].words, 4);
    let l = parse("h", "A deal that caps enrichment would reduce the risk of a regional war.");
    assert_eq!(&l.sentence_text(risk[0].left)[risk[0].spans[0].clone()], "reduce the risk");
    let other = parse("f", "Human rights should be woven into diplomacy.");
    let mean = parse("g", "This doesn't mean human rights should be sidelined.");
    assert!(denied(&other, &mean).is_empty());
}

#[test]
fn a_run_negated_on_one_side_only_is_not_shared() {
    assert!(runs(
        "We believe Iran must be allowed to build a civilian nuclear programme.",
        "Iran must never be allowed to build a civilian nuclear programme.",
    )
    .is_empty());
}

#[test]
fn short_words_and_stock_phrases_are_not_a_shared_fact() {
    assert!(runs(
        "And one of the things that we have to do is wait.",
        "It is one of the things that we have to do now."
    )
    .is_empty());
}

#[test]
fn a_person_introduced_alike_or_a_remark_quoted_alike_is_not_a_shared_fact() {
    assert!(runs(
        "Carlos Mendez, president of the State Federation of Labor, cheered the law.",
        "Carlos Mendez, president of the State Federation of Labor, said little.",
    )
    .is_empty());
    assert!(runs(
        "Whitlock said the state \"cannot write a blank check for families who can afford lunch.\"",
        "The governor claimed the state \"cannot write a blank check for families who can afford lunch.\"",
    )
    .is_empty());
}

#[test]
fn a_word_hashes_alike_in_any_case_and_with_either_apostrophe() {
    assert_eq!(word_hash("Don't"), word_hash("don’t"));
    assert_eq!(word_hash("NUCLEAR"), word_hash("nuclear"));
    assert_eq!(word_hash("Éire"), word_hash("éire"));
    assert_ne!(word_hash("deal"), word_hash("deals"));
}

#[test]
fn the_longest_run_is_measured() {
    let a: Vec<_> = words("a b c d e f g h");
    let b: Vec<_> = words("x c d e y a b c d e f z");
    assert_eq!(longest_common_run(&a, &b), (0, 5, 6));
}
