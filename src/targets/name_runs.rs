//! The first two passes of entity finding over an article's body sentences: how each word is
//! written (`word_case`), then the capitalised runs that are names (titles separated, sentence
//! openers dropped) and the lower-case word pairs that recur ("maximum pressure").
//!
//! In: the body's [`BodyTokens`]. Out: [`NameRuns`] — name candidates with counts, titles and
//! context, every occurrence, and the phrases chosen as targets; `entities` merges them.

use rustc_hash::FxHashMap as HashMap;

use super::body::{BodyTokens, Sentence, SentenceBuffer};
use super::entity::Gender;
use super::first_names::first_name_gender;
use super::group_signs::{names_a_group, says_body};
use super::lexicon::{
    canonical_title, completes_title, is_calendar, is_function_word, is_group_head, is_ly_adverb,
    is_participle, is_place_head, is_title_word, title_gender,
};
use super::name_joins::{joins_run, possessive_joins};
use super::name_words::{is_never_name, is_party_word, opens_a_name, takes_number};
use super::names::{count_form, Candidate, Occurrence};
use super::phrases::{Known, PhraseCounter};
use super::subject_nouns::subject_nouns;
use super::tokens::Token;
use super::word_case::{subject_words, word_case, WordCase};
use crate::article::SentenceId;

/// Nouns that, after a name, make "the Obama administration" a group of its own.
const ORG_AFTER_NAME: &[&str] = &["administration", "campaign", "government", "regime"];
/// Prepositions before a name that say it is a place ("in Tehran").
const PLACE_PREPOSITIONS: &[&str] =
    &["in", "from", "to", "at", "across", "throughout", "near", "into", "outside", "inside"];

/// What the name-run pass found: candidate names with their occurrences, and the recurring
/// lower-case phrases chosen as targets (most frequent first).
pub(super) struct NameRuns {
    pub candidates: Vec<Candidate>,
    pub occurrences: Vec<Occurrence>,
    pub phrases: Vec<String>,
    /// See [`subject_words`].
    pub subject_words: Vec<String>,
    /// See [`subject_nouns`]: each noun's forms, most used first.
    pub subject_nouns: Vec<Vec<String>>,
}

/// Reads the body twice: word case first, then name runs and phrase counts.
pub(super) fn find_name_runs(body: &BodyTokens) -> NameRuns {
    let mut buffer = SentenceBuffer::default();
    let case = word_case(body, &mut buffer);
    let mut finder = NameFinder {
        case: &case,
        candidates: Vec::new(),
        by_key: HashMap::default(),
        occurrences: Vec::new(),
        phrases: PhraseCounter::default(),
    };
    for i in 0..body.len() {
        finder.sentence(&body.sentence(i, &mut buffer));
    }
    let phrases = finder.phrases.chosen();
    NameRuns {
        candidates: finder.candidates,
        occurrences: finder.occurrences,
        phrases,
        subject_words: subject_words(&case),
        subject_nouns: subject_nouns(&case),
    }
}

struct NameFinder<'a> {
    case: &'a HashMap<String, WordCase>,
    candidates: Vec<Candidate>,
    by_key: HashMap<String, usize>,
    occurrences: Vec<Occurrence>,
    phrases: PhraseCounter,
}

impl NameFinder<'_> {
    fn sentence(&mut self, sentence: &Sentence) {
        let Sentence { at, text, folded, tokens, .. } = *sentence;
        let word = |t: &Token| &folded[t.base.clone()];
        let name_like = |t: &Token| {
            t.capitalised
                && (text[t.base.clone()].chars().count() > 1 || t.full.end > t.base.end)
                && !is_never_name(word(t))
        };
        let mut i = dateline_end(text, tokens);
        // Whether the token after the last pair counted may be in a phrase: as the first word
        // of the next pair it is asked again at once.
        let mut known: Known = None;
        while i < tokens.len() {
            if !name_like(&tokens[i]) || is_calendar(word(&tokens[i])) {
                self.phrases.count(at, tokens, folded, i, &mut known);
                i += 1;
                continue;
            }
            let slogan = slogan_end(text, folded, tokens, i);
            let mut end = slogan.unwrap_or(i + 1);
            while end < tokens.len() && slogan.is_none() {
                let prev = &tokens[end - 1];
                if prev.break_after
                    || prev.possessive && !possessive_joins(folded, tokens, end - 1, &name_like)
                {
                    break;
                }
                let t = &tokens[end];
                let connector =
                    matches!(word(t), "of" | "de" | "al" | "bin" | "van" | "von" | "da" | "del" | "la")
                        && !t.break_after
                        && tokens.get(end + 1).is_some_and(|n| name_like(n) && !is_calendar(word(n)))
                        || joins_run(folded, tokens, i, end, &name_like);
                if (name_like(t) && !is_calendar(word(t))) || connector {
                    end += 1;
                } else {
                    break;
                }
            }
            // "Route 62", "Transit Workers Union Local 418": the number is part of the name.
            if end < tokens.len()
                && !tokens[end - 1].break_after
                && takes_number(word(&tokens[end - 1]), &text[tokens[end].base.clone()])
            {
                end += 1;
            }
            // "Council member Rosa Delgado": the body is part of a title, not a name here.
            if super::speaker_after::member_title_at(folded, tokens, end - 1).is_none() {
                self.name_run(at, text, folded, tokens, i, end);
            }
            i = end;
        }
    }

    /// Turns the capitalised run `tokens[start..end]` into a candidate occurrence, after dropping
    /// sentence openers and separating titles.
    fn name_run(
        &mut self,
        at: SentenceId,
        text: &str,
        folded: &str,
        tokens: &[Token],
        start: usize,
        end: usize,
    ) {
        let word = |i: usize| &folded[tokens[i].base.clone()];
        let word_at = |i: usize| (i < end).then(|| word(i));
        let mut first = start;
        // A capital at the start of a sentence is no evidence of a name: keep the word only
        // when it is capitalised mid-sentence elsewhere, or starts a longer run and is never
        // written in lower case ("Barack Obama said" but not "Critics say", "But Akbarin").
        while first < end {
            let t = &tokens[first];
            let w = word(first);
            let case = self.case.get(w).copied().unwrap_or_default();
            // An all-capital "US" is not the pronoun; a title is kept for the title rule.
            let name_opener = end - first > 1 && opens_a_name(w);
            // An "-ly" word is an adverb where a capital says nothing, or alone before a comma
            // (after an abbreviation's dot: "said no. Unfortunately, …"); capitalised
            // mid-sentence it is a name ("the Weekly Standard", "Italy", "said Kelly Marsh").
            let adverb =
                is_ly_adverb(w) && (t.initial || case.lower > 0 || t.break_after && end - first == 1);
            let opener = !t.acronym
                && !is_title_word(w)
                && !name_opener
                && (is_function_word(w) || adverb || w == "the");
            // "Republican Mitt Romney": the party is said of the person, not part of the name.
            // So is "Republican Brent Haskins", whatever the first name: two or three plain
            // capitalised words after the party, with no body's or place's head among them
            // ("Republican National Committee", "Democratic Governors Association" keep it).
            let plain_name = |from: usize| {
                (2..=3).contains(&(end - from))
                    && (from..end).all(|i| {
                        let w = word(i);
                        !tokens[i].acronym
                            && !is_party_word(w)
                            && !is_title_word(w)
                            && !is_group_head(w)
                            && !is_place_head(w)
                            && !is_function_word(w)
                    })
            };
            let party_of_person = is_party_word(w)
                && first + 1 < end
                && (first_name_gender(word(first + 1)).is_some() || plain_name(first + 1));
            // A title before a name is a title even where capitals say nothing ("Congressman
            // Anthony Weiner broke his silence", though "the congressman" recurs in lower case).
            let titles_a_name = is_title_word(w) && end - first > 1;
            let doubtful = t.initial
                && !t.acronym
                && !titles_a_name
                && case.capitalised_mid == 0
                && (end - first == 1 || case.lower > 0 || is_participle(w))
                && !name_opener;
            if opener || doubtful || party_of_person {
                first += 1;
            } else {
                break;
            }
        }
        // "Hutchins, Republican of Oklahoma": a description, not a name.
        if first >= end || is_party_word(word(first)) && word_at(first + 1) == Some("of") {
            return;
        }
        // Titles: everything up to the last title word, when a name follows it. A possessive
        // inside the run is an office's name ("Ashby County Sheriff's Office"), not a title.
        let mut name_start = first;
        // Nor is a title word before a body's head noun ("Justice Department", "Mayor's
        // Council"): the office names the body.
        let office = (first..end - 1).any(|i| tokens[i].possessive) || is_group_head(word(end - 1));
        for i in (first..end).filter(|_| !office) {
            // "Attorney General Merrick Garland", "Chief Executive Patrick Doyle", "Council
            // Member Priya Nandakumar": the second word completes the title.
            let completes = i > first
                && (completes_title(word(i - 1), word(i))
                    || word(i) == "member" && is_group_head(word(i - 1)));
            let title_here = is_title_word(word(i)) || completes;
            if title_here && i + 1 < end {
                name_start = i + 1;
                // "Secretary of State Hillary Clinton": the "of …" belongs to the title.
                if word(i + 1) == "of" && i + 3 < end {
                    name_start = i + 3;
                }
            }
        }
        // "The Queen of Rage" is a name, not a queen called "of Rage".
        if name_start > first && word(name_start) == "of" {
            name_start = first;
        }
        // "Gov. Rick Perry of Texas", "Sheriff Joe Arpaio of Maricopa County", "Kyrsten Sinema
        // of Arizona": after a person's name (a title or a first name says it is one), "of …"
        // says where they come from and is not part of the name.
        // Or two plain words before "of" and an institution after it: "Nadia Feld of Ashford
        // University" is the economist, whatever her first name ("Bank of America" is none).
        let of_after_person = name_start > first
            || (name_start + 2..end).any(|i| word(i) == "of")
                && (first_name_gender(word(name_start)).is_some()
                    || person_of_institution(&word, name_start, end));
        let end = match of_after_person {
            true => (name_start + 1..end).find(|&i| word(i) == "of").unwrap_or(end),
            false => end,
        };
        let plain = |i: usize| !tokens[i].acronym && (is_function_word(word(i)) || is_title_word(word(i)));
        if (name_start..end).all(plain) {
            return;
        }
        // "Missouri Republican senators", "Senate Democratic leaders": a party word inside a
        // run says who someone is; only an organisation's own name keeps it ("Republican
        // National Committee", "Democratic Party").
        let party_inside = (name_start..end).any(|i| is_party_word(word(i)));
        if party_inside && end - name_start > 1 && !is_group_head(word(end - 1)) {
            return;
        }
        let title = (name_start > first).then(|| (first..name_start).map(word).collect::<Vec<_>>().join(" "));
        let single = end - name_start == 1;
        let last = &tokens[end - 1];
        if single && title.is_none() && !last.acronym {
            let w = word(name_start);
            let case = self.case.get(w).copied().unwrap_or_default();
            // A word written in lower case more often than capitalised is a generic word in
            // a headline-style capital ("Internet", "Web"), not a name.
            // "Democratic lawmakers", "a Republican" say who someone is, as "Iranian officials"
            // do: read as the party's members, they turned every verb those members said or
            // did into a stance on the party ("Democrats: negative ('disputed')").
            if case.lower > case.capitalised_mid || is_function_word(w) || is_party_word(w) {
                return;
            }
        }
        let mut key = name_key(folded, tokens, name_start, end);
        let mut range = tokens[first].base.start..last.base.end;
        let mut org = false;
        // "the Obama administration" is a group of its own, not Obama.
        if let Some(next) = tokens.get(end) {
            let noun = &folded[next.base.clone()];
            if title.is_none() && !last.break_after && !last.possessive && ORG_AFTER_NAME.contains(&noun) {
                key = format!("{key} {noun}");
                range.end = next.base.end;
                org = true;
            }
        }
        let before = start.checked_sub(1).map(word);
        // Borrowed: copied only the first time a candidate meets a form.
        let display = if org {
            &text[tokens[name_start].base.start..range.end]
        } else {
            &text[tokens[name_start].base.start..last.base.end]
        };
        let surface = &text[range.clone()];
        let index = match self.by_key.get(&key) {
            Some(&i) => i,
            None => {
                self.candidates.push(Candidate::new(key.clone(), end - name_start));
                self.by_key.insert(key, self.candidates.len() - 1);
                self.candidates.len() - 1
            }
        };
        let c = &mut self.candidates[index];
        c.count += 1;
        c.acronym |= single && last.acronym;
        c.org |= org;
        count_form(&mut c.forms, display);
        if surface != &text[tokens[name_start].base.start..range.end] {
            count_form(&mut c.surfaces, surface);
        }
        if let Some(title) = &title {
            if c.gender.is_none() {
                c.gender = title_gender(title).map(|male| if male { Gender::Male } else { Gender::Female });
            }
            let title = canonical_title(title);
            if !c.titles.contains(&title) {
                c.titles.push(title);
            }
        }
        if title.is_none() && says_body(folded, tokens, start, end) {
            c.organisation_parts += 1;
            if names_a_group(folded, tokens, start, end) {
                c.named_group += 1;
            }
        }
        let next_lower =
            tokens.get(end).is_some_and(|n| text[n.base.clone()].starts_with(char::is_lowercase));
        if next_lower && !last.break_after && !last.possessive {
            c.before_lowercase += 1;
        }
        match before {
            Some("the") => c.after_the += 1,
            Some(w) if PLACE_PREPOSITIONS.contains(&w) => c.after_preposition += 1,
            _ => {}
        }
        self.occurrences.push(Occurrence { candidate: index, at, range });
    }
}

/// The canonical key of the name words `tokens[start..end]`: lower case, dots of acronyms
/// removed ("U.S." → "us"), curly apostrophes straightened.
fn name_key(folded: &str, tokens: &[Token], start: usize, end: usize) -> String {
    let mut key = String::new();
    for t in &tokens[start..end] {
        if !key.is_empty() {
            key.push(' ');
        }
        let w = &folded[t.base.clone()];
        if t.acronym {
            key.extend(w.chars().filter(|&c| c != '.'));
        } else {
            // Straightened only where there is a curly apostrophe: most words have none.
            if w.contains('’') {
                key.push_str(&w.replace('’', "'"));
            } else {
                key.push_str(w);
            }
        }
    }
    key
}

/// The tokens a dateline takes at the start of a sentence ("WASHINGTON —", "HARRISBURG, Pa.
/// —", or a sentence of its own "HARRISBURG, Pa."): a place in capitals said as where the report
/// was filed, no mention of it. 0 when there is none.
pub(super) fn dateline_end(text: &str, tokens: &[Token]) -> usize {
    let caps = tokens.iter().take_while(|t| t.acronym).count();
    let Some(last) = caps.checked_sub(1).map(|i| &tokens[i]) else { return 0 };
    // One short word in capitals may be an acronym ("NATO —"); two are a place ("PINE HOLLOW —").
    if caps == 1 && text[tokens[0].base.clone()].len() <= 4 || !tokens[0].initial {
        return 0;
    }
    let mut end = caps;
    let mut after = text[last.full.end..].trim_start();
    if let Some(state) = after.strip_prefix(',') {
        // A state or country abbreviation after the comma ("Pa.", "Calif.", "D.C.").
        match tokens.get(caps) {
            Some(t) if t.capitalised && t.full.end - t.base.start <= 6 => {
                end += 1;
                after = text[t.full.end..].trim_start_matches('.').trim_start();
            }
            _ => after = state,
        }
    }
    let closes = after.is_empty() || after.starts_with(['—', '–', '-']);
    if closes {
        end
    } else {
        0
    }
}

/// The end of a slogan of three single capitalised words joined by commas and used as a modifier
/// ("the Woman, Life, Freedom uprising"): one name, not three. A list of names goes on ("Iran,
/// Iraq, Syria and Yemen", "Russia, Hungary, Argentina, Arab kingdoms, and North Korea").
fn slogan_end(text: &str, folded: &str, tokens: &[Token], start: usize) -> Option<usize> {
    let single = |t: &Token| t.capitalised && !t.acronym && !t.possessive;
    let comma_after = |t: &Token| text[t.full.end..].starts_with(',');
    let mut end = start;
    while tokens.get(end).is_some_and(|t| single(t) && comma_after(t)) {
        end += 1;
    }
    // Most runs are no list at all: this is asked at every capitalised word.
    if end - start != 2 || tokens[start].initial {
        return None;
    }
    tokens.get(end).filter(|t| single(t) && !t.break_after)?;
    let next = tokens.get(end + 1)?;
    let noun = !next.capitalised && !is_function_word(&folded[next.base.clone()]);
    // "Russia, Hungary, Argentina, Arab kingdoms, and North Korea" is a list going on.
    let list_goes_on = text[next.full.end..].starts_with(',')
        || tokens.get(end + 2).is_some_and(|t| matches!(&folded[t.base.clone()], "and" | "or"));
    (noun && !list_goes_on).then_some(end + 1)
}

/// Whether the run `name_start..end` reads "First Last of <institution>": two words before
/// "of" that name no body or place, and a body's head noun ending the run.
fn person_of_institution<'w>(word: &dyn Fn(usize) -> &'w str, name_start: usize, end: usize) -> bool {
    let plain = |i: usize| !is_group_head(word(i)) && !is_place_head(word(i)) && !is_title_word(word(i));
    end > name_start + 3
        && word(name_start + 2) == "of"
        && plain(name_start)
        && plain(name_start + 1)
        && is_group_head(word(end - 1))
}
