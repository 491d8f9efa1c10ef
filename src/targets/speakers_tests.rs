use super::*;
use crate::config::Config;
use crate::topics::TopicMap;

pub(crate) fn map() -> TopicMap {
    TopicMap::new(&Config::default_config()).unwrap()
}

/// The voice of every sentence of `body`, as (kind, speaker).
pub(crate) fn read(body: &str) -> Vec<(VoiceKind, Option<String>)> {
    let a = Article::parse("t", &format!("Title: T\n\n{body}\n"));
    voices(&a, &map().attribution).into_iter().map(|(_, v)| (v.kind, v.speaker)).collect()
}

pub(crate) fn one(body: &str) -> (VoiceKind, Option<String>) {
    read(body).remove(0)
}

pub(crate) fn said(kind: VoiceKind, who: &str) -> (VoiceKind, Option<String>) {
    (kind, Some(who.to_string()))
}

#[test]
fn the_authors_own_claim_has_no_speaker() {
    assert_eq!(one("The deal failed to curb the program."), (VoiceKind::Author, None));
}

#[test]
fn names_titles_and_groups_speak() {
    assert_eq!(
        one("Ali Khamenei declared that talks were unwise."),
        said(VoiceKind::Reported, "Ali Khamenei")
    );
    assert_eq!(one("Talks are useful, said Abbas Araghchi."), said(VoiceKind::Reported, "Abbas Araghchi"));
    assert_eq!(
        one("According to Narges Mohammadi, sanctions hurt."),
        said(VoiceKind::Reported, "Narges Mohammadi")
    );
    assert_eq!(one("Sen. John McCain said the plan was reckless."), said(VoiceKind::Reported, "John McCain"));
    assert_eq!(one("The senator said the plan was reckless."), said(VoiceKind::Reported, "the senator"));
    assert_eq!(
        one("Iranian officials warn that the talks may fail."),
        said(VoiceKind::Reported, "Iranian officials")
    );
}

#[test]
fn a_writing_that_speaks_is_the_speaker_not_the_reporter_nor_a_person_beside_it() {
    assert_eq!(
        one("“Your budget reflects the values of Ayn Rand,” says the letter, which the faculty signed."),
        said(VoiceKind::Quoted, "the letter")
    );
    assert_eq!(
        one("The report says the contract was improperly awarded."),
        said(VoiceKind::Reported, "the report")
    );
    assert_eq!(one("The ad says: “Obama has cut Medicare.”"), said(VoiceKind::Quoted, "the ad"));
    // A writing that is what a person did is no speaker ("signed the letter").
    assert_eq!(one("Ninety professors signed the letter."), (VoiceKind::Author, None));
    let got = one("“Ridership fell sharply,” the officials who wrote the report said on Monday.");
    assert_ne!(got.1.as_deref(), Some("the report"));
    assert_eq!(one("But the report says the fares were too high."), said(VoiceKind::Reported, "the report"));
}

#[test]
fn an_adverb_or_conjunction_is_never_the_speaker() {
    assert_eq!(one("Unfortunately, Khamenei said no to the offer."), said(VoiceKind::Reported, "Khamenei"));
    assert_eq!(one("But Akbarin said the talks were a trap."), said(VoiceKind::Reported, "Akbarin"));
    assert_eq!(one("Unfortunately, the talks failed."), (VoiceKind::Author, None));
    // Capitalised mid-sentence, an "-ly" word is a name.
    assert_eq!(
        one("“There is more than enough money,” Hollister spokeswoman Kelly Marsh said."),
        said(VoiceKind::Quoted, "Kelly Marsh")
    );
}

#[test]
fn a_possessive_with_a_speech_noun_attributes() {
    let text = "Users resurfaced Supreme Leader Ali Khamenei’s former declaration that talks with the \
                United States were “not wise, not prudent, and not dignified.”";
    assert_eq!(one(text), said(VoiceKind::Quoted, "Ali Khamenei"));
    assert_eq!(
        one("Obama's statement drew sharp criticism from allies."),
        said(VoiceKind::Reported, "Obama")
    );
}

#[test]
fn emphasized_intoned_and_insisted_attribute() {
    assert_eq!(one("Mohammadi emphasized that war is no answer."), said(VoiceKind::Reported, "Mohammadi"));
    assert_eq!(
        one("In 2018, Khamenei had theatrically intoned, “there will be no war, nor will we negotiate.”"),
        said(VoiceKind::Quoted, "Khamenei")
    );
    assert_eq!(one("Araghchi insisted the program is peaceful."), said(VoiceKind::Reported, "Araghchi"));
}

#[test]
fn he_said_is_the_last_named_speaker_and_quotes_run_on() {
    let got = read(
        "Narges Mohammadi spoke from prison. “Sanctions hurt ordinary people every day. \
         They have lost everything,” she said. He said nothing new.",
    );
    assert_eq!(got[1], said(VoiceKind::Quoted, "Narges Mohammadi"), "{got:?}");
    assert_eq!(got[2].0, VoiceKind::Quoted, "{got:?}");
}

#[test]
fn she_is_the_person_last_named_not_an_organisation() {
    let got = read(
        "Narges Mohammadi spoke from prison last week. Mohammadi also condemned the Islamic Republic \
         and its courts. On sanctions, she warned: “People have suffered enough.”",
    );
    assert_eq!(got[2].1.as_deref(), Some("Narges Mohammadi"), "{got:?}");
    // A person named later in a sentence that is not about the last one takes over.
    let got =
        read("Narges Mohammadi spoke. Then the envoy met Abbas Araghchi in Oman. He said talks would go on.");
    assert_eq!(got[2].1.as_deref(), Some("Abbas Araghchi"), "{got:?}");
}

#[test]
fn words_of_saying_inside_a_quotation_are_not_its_attribution() {
    assert_eq!(
        one("“What he said is just flat wrong,” McConnell said on Monday."),
        (VoiceKind::Quoted, Some("McConnell".into()))
    );
    // The one told is the listener.
    assert_ne!(
        one("The senior cleric told Abe that he was not interested in talks.").1.as_deref(),
        Some("Abe")
    );
    let romney = "Romney said in a statement: “Todd Akin’s comments were offensive and wrong.”";
    assert_eq!(one(romney).1.as_deref(), Some("Romney"));
}

#[test]
fn a_parenthetical_between_dashes_is_not_the_speaker() {
    let text = "The government and the Israel Defense Forces—led by Lieutenant General Eyal Zamir—maintain \
                that concessions will embolden the IRGC.";
    assert_eq!(one(text), (VoiceKind::Reported, Some("Israel Defense Forces".into())));
    assert_eq!(
        one("Eyal Zamir—the army chief—maintains that the talks will fail.").1.as_deref(),
        Some("Eyal Zamir")
    );
}

#[test]
fn cues_lie_inside_the_sentence() {
    let a = Article::parse("t", "Title: T\n\nKhamenei’s declaration stood. Critics argue it failed.\n");
    for (at, v) in voices(&a, &map().attribution) {
        let s = a.passages[at.passage].sentence(at.sentence);
        if let Some(cue) = v.cue {
            assert!(s.get(cue.clone()).is_some(), "{cue:?} in {s:?}");
        }
    }
}

#[test]
fn he_said_and_the_senator_said_are_spoken_by_whom_coref_resolves() {
    // The subject of the sentence before, not the last name in it.
    let got = read("Barack Obama met John McCain in Ohio. “We will win,” he said.");
    assert_eq!(got[1], said(VoiceKind::Quoted, "Barack Obama"), "{got:?}");
    let got = read("Sen. John McCain spoke in Ohio.\n\nReporters waited. “We will win,” the senator said.");
    assert_eq!(got[2], said(VoiceKind::Quoted, "John McCain"), "{got:?}");
    // Nobody to refer to: the words stay as written.
    assert_eq!(one("The senator said the plan was reckless."), said(VoiceKind::Reported, "the senator"));
}

#[test]
fn a_description_next_to_the_verb_speaks_for_whom_it_describes() {
    let got = read("Glenn Beck spoke at CPAC. All we heard, the Fox News host said, was talk.");
    assert_eq!(got[1].1.as_deref(), Some("Glenn Beck"), "{got:?}");
    let got = read("Gov. Rick Perry spoke in Iowa. “We will win,” said the Texas governor.");
    assert_eq!(got[1].1.as_deref(), Some("Rick Perry"), "{got:?}");
    // Not where the verb has its subject before it: the description is then what was said.
    let got = read(
        "The Bay Ferry Authority raised fares. Riders who packed the hearing said the authority chose to burden commuters.",
    );
    assert_eq!(got[1], said(VoiceKind::Reported, "riders"), "{got:?}");
    let got = read(
        "The Bay Ferry Authority raised fares. The crowd that packed the hearing said the authority chose to burden commuters.",
    );
    assert_ne!(got[1].1.as_deref(), Some("Bay Ferry Authority"), "{got:?}");
    // A pronoun there is most often the speaker again.
    let got = read("Rep. Anthony Weiner spoke. The congressman, asked about the photograph by a crowd of reporters in the hallway of his office building, denied it but said he could not be sure.");
    assert_eq!(got[1].1.as_deref(), Some("Anthony Weiner"), "{got:?}");
    // A long relative clause after a name: the name speaks, not the last place in the clause.
    let got = one("Dan Senor, who served under the Bush administration as chief spokesman in Iraq and has been a major booster of efforts to escalate the military presence in Afghanistan, noted that the committee had praised the surge.");
    assert_eq!(got, said(VoiceKind::Reported, "Dan Senor"));
    // A group or a name that is another's object is not who speaks.
    for body in [
        "The hospital that employs the nurses said the unit would close.",
        "Lawyers for the tenants said the filing was late.",
        "A spokesman for the students said the vote was fair.",
    ] {
        let got = one(body);
        assert!(!matches!(got.1.as_deref(), Some("nurses" | "tenants" | "students")), "{body}: {got:?}");
    }
    let got = one("Officials who met with tenants who had complained said the firm had been honest.");
    assert_eq!(got, said(VoiceKind::Reported, "officials"));
    let got = one("Critics of Mayor Tom Park, who took office in January, said the plan would fail.");
    assert_ne!(got.1.as_deref(), Some("Tom Park"), "{got:?}");
    // An office in lower case between the verb and the name is no speaker; the name is.
    assert_eq!(
        one("\"We are not trying to evict anyone,\" said board chair Patricia Oyelaran."),
        said(VoiceKind::Quoted, "Patricia Oyelaran")
    );
    assert_eq!(
        one("\"The routes ran empty,\" said authority spokeswoman Ana Ruiz."),
        said(VoiceKind::Quoted, "Ana Ruiz")
    );
    // An officer of the group after the preposition speaks for it.
    assert_eq!(
        one("A spokeswoman for the Harbor City Transit Authority said the routes ran empty."),
        said(VoiceKind::Reported, "Harbor City Transit Authority")
    );
    // With no comma, the critics still speak, not the mayor they speak of.
    assert_eq!(
        one("Critics of Mayor Tom Park said the plan would fail."),
        said(VoiceKind::Reported, "critics")
    );
    // Nor an agency named by a role noun that coref resolves ("the agency" for the authority).
    let a = Article::parse(
        "t",
        "Title: T\n\nThe Harbor City Transit Authority cut eleven routes.\n\n\
         Critics of the agency say it has been slow to rein in costs.\n",
    );
    let (voices, _) = crate::targets::read_article(&a, &map().attribution);
    let speakers: Vec<Option<String>> = voices.into_iter().map(|(_, v)| v.speaker).collect();
    assert_eq!(speakers, vec![None, Some("critics".to_string())]);
    let a = Article::parse(
        "t",
        "Title: T\n\nThe Harbor City Transit Authority cut eleven routes.\n\n\
         A spokeswoman for the authority said the routes ran empty.\n",
    );
    let (voices, _) = crate::targets::read_article(&a, &map().attribution);
    let speakers: Vec<Option<String>> = voices.into_iter().map(|(_, v)| v.speaker).collect();
    assert_eq!(speakers, vec![None, Some("Harbor City Transit Authority".to_string())]);
    // A relative clause between a group and its verb: the group speaks.
    assert_eq!(
        one("Parents who spoke at the meeting said the change came too fast."),
        said(VoiceKind::Reported, "parents")
    );
}

#[test]
fn a_quotation_after_a_colon_is_the_subjects() {
    let got = one("Biden was quick to retort: “With all due respect, that is malarkey.”");
    assert_eq!(got, said(VoiceKind::Quoted, "Biden"));
    // No quotation after the colon: no speaker.
    assert_eq!(one("Biden had one aim: to win the debate.").1, None);
}

#[test]
fn supporters_like_to_say_is_the_supporters_view() {
    let got =
        one("Supporters like to say that a permit is no different from booking a campsite, but it is not.");
    // Answered in the same sentence ("but it is not"): a view the writer refutes.
    assert_eq!(got, said(VoiceKind::Refuted, "supporters"));
    let got = one("Critics love to say that the deal expires in 2030.");
    assert_eq!(got.1.as_deref(), Some("critics"), "{got:?}");
}

#[test]
fn a_quotation_finishing_the_clause_after_a_colon_is_the_subjects() {
    let got = one("Superintendent Laura Benning put it simply at the meeting: the permits \"will keep the park open to everyone who plans ahead.\"");
    assert_eq!(got, said(VoiceKind::Quoted, "Laura Benning"));
    // A whole sentence between the colon and the quotation is no part of one clause.
    let got =
        one("Benning had one aim: to fill the lots. Critics called it \"a private club for early risers.\"");
    assert_ne!(got.1.as_deref(), Some("Benning"), "{got:?}");
    // The colon of a clock time opens no clause.
    let got = one("Mayor Ruth Calloway arrived at 9:15 with a banner \"no permits, no way.\"");
    assert_eq!(got.1, None, "{got:?}");
}

#[test]
fn a_participle_of_saying_after_a_comma_has_the_subject_of_the_sentence() {
    let got = one("Mr. Santorum did not back down, saying, “I think the record is bad.”");
    assert_eq!(got, said(VoiceKind::Quoted, "Santorum"));
}

#[test]
fn a_straight_quotation_runs_on_to_its_attribution() {
    let got = read(
        "Rick Perry spoke in Iowa.\n\n\"As president, I will end this war. And I will fight these attacks,\" \
         says Perry in the new ad.",
    );
    assert_eq!(got[1], said(VoiceKind::Quoted, "Perry"), "{got:?}");
    assert_eq!(got[2], said(VoiceKind::Quoted, "Perry"), "{got:?}");
}

#[test]
fn a_participle_of_saying_has_the_latest_person_before_it() {
    let got = one(
        "Asked whether he meant Mr. Obama, Mr. Santorum did not back down, saying, “I think the record is bad.”",
    );
    assert_eq!(got, said(VoiceKind::Quoted, "Santorum"));
}

#[test]
fn scare_quotes_are_not_speech() {
    let text = "Israeli hawks are trying to sabotage diplomacy by demanding a \"Libya model\" for Iran.";
    assert_eq!(one(text), (VoiceKind::Author, None));
}

#[test]
fn a_name_in_a_clause_before_the_speaker_is_not_the_speaker() {
    // A name after a preposition, in a relative clause, is no subject of "saying".
    let got = one("Ryan, who was raised on Social Security benefits after his father died, defended his budget, saying the concept is merely \"following through on policy\" that has support.");
    assert_eq!(got, said(VoiceKind::Quoted, "Ryan"));
    // "continued" reports speech only beside the quotation.
    let got = one("As the brawl over Medicare continued on Tuesday, the Obama campaign said that the plan “would end Medicare as we know it” and shift costs.");
    assert_ne!(got.1.as_deref(), Some("Medicare"), "{got:?}");
    let got = one("“We will keep going,” Smith continued.");
    assert_eq!(got, said(VoiceKind::Quoted, "Smith"));
}

#[test]
fn a_parenthesis_or_a_description_before_the_name_is_not_the_speaker() {
    let got = one("House Speaker John Boehner (R-Ohio) admitted there's a \"1 in 3\" chance that the Republicans will lose.");
    assert_eq!(got.1.as_deref(), Some("John Boehner"), "{got:?}");
    let got = one("“This ad shows the remorse of many who are now disillusioned with his policies toward Israel,” the coalition's executive director, Matt Brooks, said in a statement.");
    assert_eq!(got.1.as_deref(), Some("Matt Brooks"), "{got:?}");
}

#[test]
fn a_quotation_standing_alone_after_a_named_one_is_the_same_speakers() {
    let got = read(
        "“Call it whatever you want,” union president Ray Kowalczyk said. “When your house is \
         broken into at 2 a.m., a social worker is not coming.”",
    );
    assert_eq!(got[1], said(VoiceKind::Quoted, "Ray Kowalczyk"), "{got:?}");
    let got = read("Anthony Reyes said the cuts went too far. \"We cannot absorb another one.\"");
    assert_eq!(got[1], said(VoiceKind::Quoted, "Anthony Reyes"), "{got:?}");
}

#[test]
fn a_quotation_alone_keeps_no_speaker_across_a_paragraph_or_after_the_writer() {
    let got = read("“We will appeal,” Ray Kowalczyk said.\n\n“Nobody asked us.”");
    assert_eq!(got[1], (VoiceKind::Quoted, None), "{got:?}");
    let got = read("The council met on Monday. “Nobody asked us.”");
    assert_eq!(got[1], (VoiceKind::Quoted, None), "{got:?}");
}

#[test]
fn an_officer_or_a_group_described_rather_than_named_speaks() {
    let got = read(
        "But the head of the city's largest police union said the cut would mean 120 fewer \
         officers. Advocates for low-income families said the fee would keep people out. A union \
         official said the budget was a mistake.",
    );
    assert_eq!(got[0], said(VoiceKind::Reported, "the head of the city's largest police union"), "{got:?}");
    assert_eq!(got[1], said(VoiceKind::Reported, "Advocates for low-income families"), "{got:?}");
    assert_eq!(got[2], said(VoiceKind::Reported, "A union official"), "{got:?}");
}

#[test]
fn a_dateline_of_short_words_is_where_not_who() {
    // "PINE" has four letters, as an acronym might: the two words in capitals are a place.
    assert_eq!(
        one("PINE HOLLOW — Castlebrook Health, one of the largest systems, said on Wednesday that it would close the unit."),
        said(VoiceKind::Reported, "Castlebrook Health")
    );
}

#[test]
fn a_writing_after_according_to_is_the_source_not_the_name_before_it() {
    // The appositive before "according to" is whom the filing is about, not who speaks.
    assert_eq!(
        one("Castlebrook paid its chief executive, Randall Shore, $7.8 million, according to its most recent tax filing."),
        (VoiceKind::Author, None)
    );
    assert_eq!(
        one("According to the county's filing, the unit lost money, Erin Maddox said."),
        said(VoiceKind::Reported, "Erin Maddox")
    );
    assert_eq!(
        one("The unit lost money, according to Erin Maddox."),
        said(VoiceKind::Reported, "Erin Maddox")
    );
}

#[test]
fn a_two_word_title_is_no_part_of_the_speakers_name() {
    assert_eq!(
        one("Ohio Attorney General Karen Stiles celebrated the decision, claiming the law makes it easy to vote."),
        said(VoiceKind::Reported, "Karen Stiles")
    );
}
