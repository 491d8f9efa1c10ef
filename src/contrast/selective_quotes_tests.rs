use crate::compare::{compare_texts, Comparison, Side};
use crate::contrast::evidence::CueKind;
use crate::contrast::{Contrast, ContrastKind, Detail};

fn remarks(c: &Comparison) -> Vec<&Contrast> {
    c.contrasts.iter().filter(|x| matches!(x.detail, Detail::Remarks { .. })).collect()
}

/// An op-ed: the author's own argument around the given quoted sentences (few enough that the
/// piece does not read as a news report).
fn op_ed(stance: &str, quoted: &[&str]) -> String {
    let mut text = String::from(
        "The council will vote next month on a plan to put parking meters on Harbor Street.\n\n\
         Councilmember Dana Okafor wrote the plan after two years of complaints from shop owners.\n\n",
    );
    text.push_str(&format!(
        "I think the meters are {stance} for the street and for the people who shop there.\n\n"
    ));
    for q in quoted {
        text.push_str(q);
        text.push_str("\n\n");
    }
    text.push_str(
        "The street has changed a great deal since the mill closed and the new flats went up.\n\n\
         Most of the shops open at nine and close at six, and the buses stop at the corner.\n\n\
         Residents will have their say at the hearing before the vote in the town hall.\n\n\
         The hearing drew a larger crowd than any meeting on the budget this year.\n\n\
         Parking on the side streets is free, and it will stay free under the plan.\n\n\
         The library and the post office share the lot behind the old cinema.\n\n\
         Delivery vans double-park there most mornings, and nobody seems to mind.\n\n\
         The town tried a permit scheme once, a decade ago, and dropped it within a year.\n\n\
         Whatever the council decides, the street deserves a plan that lasts more than a year.",
    );
    text
}

const LEFT_REMARK: &str = "“This is about the people who cannot find a space at lunchtime,” Okafor said.";
const RIGHT_REMARK: &str =
    "“Nobody is going to be ticketed for stopping five minutes at the bakery,” Okafor said.";

#[test]
fn one_person_quoted_with_different_remarks_is_listed_once() {
    let c = compare_texts(&op_ed("a good idea", &[LEFT_REMARK]), &op_ed("a bad idea", &[RIGHT_REMARK]));
    let found = remarks(&c);
    assert_eq!(found.len(), 1, "{:?}", c.contrasts);
    let r = found[0];
    assert_eq!(r.kind, ContrastKind::Quote);
    // Each side's evidence is its quotation, in the speaker's voice.
    for (side, at, evidence) in [(Side::Left, r.left, &r.evidence[0]), (Side::Right, r.right, &r.evidence[1])]
    {
        let sentence = c.sentence(side, at);
        assert_eq!(evidence.cues[0].kind, CueKind::Quote);
        assert!(sentence[evidence.cues[0].span.clone()].contains("Nobody") == (side == Side::Right));
        assert_eq!(evidence.voice.speaker.as_deref(), Some("Okafor"));
    }
    let why = crate::report::reason::contrast_reason(&c.targets, c.articles(), r);
    // The person's full name, as the article first gives it.
    assert!(
        why.starts_with("Councilmember Dana Okafor quoted with different remarks: left “This is about"),
        "{why}"
    );
    assert!(
        why.contains("right “Nobody is going to be ticketed for stopping five minutes at the bakery”"),
        "{why}"
    );
    assert!(why.ends_with("(each article picks its own)"), "{why}");
}

#[test]
fn the_same_remark_quoted_by_both_is_not_a_choice() {
    // Both draw on the same words (one in part): a rendering for `quote_pairs`, or nothing.
    let both = format!("{LEFT_REMARK} “{}”", "We will review the meters after a year,");
    let c = compare_texts(&op_ed("a good idea", &[LEFT_REMARK]), &op_ed("a bad idea", &[&both]));
    assert!(remarks(&c).is_empty(), "{:?}", c.contrasts);
}

#[test]
fn labels_groups_and_unnamed_speakers_make_no_remark() {
    // A scare quote of a few words is no remark.
    let short_left = "Okafor calls the plan “a fair start.”";
    let short_right = "Okafor calls the meters “a modest step.”";
    let c = compare_texts(&op_ed("a good idea", &[short_left]), &op_ed("a bad idea", &[short_right]));
    assert!(remarks(&c).is_empty(), "{:?}", c.contrasts);
    // Words given to "officials" are no one person's.
    let left = "“The meters will pay for new lights within three years,” city officials said.";
    let right = "“We expect the first meters to be installed before the summer,” city officials said.";
    let c = compare_texts(&op_ed("a good idea", &[left]), &op_ed("a bad idea", &[right]));
    assert!(remarks(&c).is_empty(), "{:?}", c.contrasts);
}

#[test]
fn news_reports_quoting_one_person_differently_are_not_listed() {
    // Two reports of one event quote their sources at length, as a matter of course.
    let report = |remark: &str| {
        let mut text =
            String::from("The council voted on Tuesday to put parking meters on Harbor Street.\n\n");
        for i in 0..6 {
            text.push_str(&format!(
                "“We heard from shop owners on the street for years, {i} of them,” Okafor said.\n\n"
            ));
        }
        text.push_str(remark);
        text
    };
    let c = compare_texts(&report(LEFT_REMARK), &report(RIGHT_REMARK));
    assert!(remarks(&c).is_empty(), "{:?}", c.contrasts);
}

#[test]
fn at_most_two_people_a_pair() {
    let people = [("Okafor", "Dana"), ("Lindqvist", "Priya"), ("Moreau", "Alain")];
    let remarks_of = [
        [
            "Shop owners have waited long enough for someone to listen",
            "The buses will keep running whatever happens to the parking",
        ],
        [
            "The revenue will go straight into fixing the pavements",
            "I have never seen a hearing this full in twenty years",
        ],
        [
            "Visitors from the valley will simply drive to the mall instead",
            "We owe the fishermen a straight answer about the harbour lot",
        ],
    ];
    let side = |which: usize| -> Vec<String> {
        people
            .iter()
            .zip(&remarks_of)
            .map(|((last, first), said)| {
                format!("“{},” said {first} {last}, who spoke at the hearing.", said[which])
            })
            .collect()
    };
    let (left, right) = (side(0), side(1));
    let (left, right): (Vec<&str>, Vec<&str>) =
        (left.iter().map(String::as_str).collect(), right.iter().map(String::as_str).collect());
    let c = compare_texts(&op_ed("a good idea", &left), &op_ed("a bad idea", &right));
    let found: Vec<String> =
        remarks(&c).iter().map(|r| crate::report::reason::contrast_summary(c.articles(), r)).collect();
    assert_eq!(
        found.len(),
        2,
        "{found:?} {:?} {:?}",
        c.contrasts.len(),
        c.side(Side::Left).analysis.claims.len()
    );
}

#[test]
fn one_surname_for_two_people_is_no_one_persons_remarks() {
    let left = op_ed("a good idea", &[LEFT_REMARK]);
    let right =
        op_ed("a bad idea", &["Daniel Okafor, a trawler captain and no relation, spoke too.", RIGHT_REMARK]);
    let c = compare_texts(&left, &right);
    assert!(remarks(&c).is_empty(), "{:?}", c.contrasts);
}

#[test]
fn a_remark_edited_differently_is_one_remark_both_quote() {
    let left = "“Harbor Street is a public street, and it has been treated like a private driveway for far too long,” Okafor said.";
    let right = "“[The street] has been treated like a private driveway for far too long,” Okafor said.";
    let c = compare_texts(&op_ed("a good idea", &[left]), &op_ed("a bad idea", &[right]));
    assert!(remarks(&c).is_empty(), "{:?}", c.contrasts);
    // Both quote it: a fact both report, headed by the person.
    let fact = c.facts.iter().find(|f| f.kind_label() == "quote").expect("the remark both quote");
    let why = crate::report::reason::fact_reason(c.articles(), fact);
    assert!(
        why.starts_with("both quote Councilmember Dana Okafor: “Harbor Street is a public street"),
        "{why}"
    );
}
