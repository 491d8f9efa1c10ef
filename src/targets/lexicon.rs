//! Closed word classes of English that the target finder needs: function words (which never
//! start a name), calendar words, titles, the head nouns of organisations and the nouns of
//! speech. These are grammar, not subject vocabulary: none of them names a topic.

/// Function words, pronouns and frequent sentence-opening adverbs: a capitalised one at the
/// start of a sentence is never the start of a name ("But Akbarin", "The White House").
use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

#[rustfmt::skip]
const FUNCTION_WORDS: &[&str] = &[
    "a", "about", "above", "after", "again", "against", "all", "also", "although", "am", "among",
    "an", "and", "another", "any", "are", "as", "at", "be", "because", "been", "before", "being",
    "below", "besides", "between", "both", "but", "by", "can", "could", "despite", "did", "do",
    "does", "during", "each", "either", "else", "even", "ever", "every", "few", "for", "from",
    "further", "had", "has", "have", "he", "her", "here", "hers", "him", "his", "how", "however",
    "i", "if", "in", "indeed", "instead", "into", "is", "it", "its", "just", "last", "later",
    "less", "like", "many", "may", "meanwhile", "might", "more", "moreover", "most", "much", "must",
    "my", "neither", "never", "next", "no", "nor", "not", "now", "of", "off", "often", "on", "once",
    "one", "only", "or", "other", "our", "out", "over", "perhaps", "rather", "same", "several",
    "she", "should", "since", "so", "some", "still", "such", "than", "that", "the", "their", "them",
    "then", "there", "these", "they", "this", "those", "though", "through", "thus", "to", "too",
    "under", "unless", "until", "up", "upon", "us", "very", "was", "we", "were", "what", "whatever",
    "when", "where", "whereas", "whether", "which", "while", "who", "whom", "whose", "why", "will",
    "with", "within", "without", "would", "yet", "you", "your", "yes", "according", "asked", "said",
    "says", "first", "second", "third", "new", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "today", "tonight", "yesterday", "tomorrow", "here's", "it's", "that's",
    "there's", "what's", "let", "let's", "we're", "they're", "i'm", "don't", "isn't", "in",
    "following", "amid", "along", "across", "around", "behind", "beyond", "toward", "towards",
    "whilst", "nevertheless", "nonetheless", "furthermore", "overall", 
    "dear", "oh", "ok", "okay", "well", "thanks", "please", "inside", "outside", "beneath",
    "beside", "except", "via", "per", "unlike", "regarding", "concerning", "onto", "everyone",
    "everybody", "nobody", "someone", "anyone", "whoever",
];

/// Weekdays and months (abbreviations only where they cannot be a word: "Sun", "Mar" can).
#[rustfmt::skip]
const CALENDAR: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "apr", "jun", "jul", "aug", "sept", "oct", "nov", "dec",
];

/// Words too common in reporting to make a salient phrase ("told reporters", "last year").
#[rustfmt::skip]
const PHRASE_STOP: &[&str] = &[
    "said", "says", "told", "reporters", "added", "including", "according", "percent", "year",
    "years", "week", "weeks", "month", "months", "day", "days", "time", "times", "ago", "later",
    "earlier", "statement", "interview", "asked", "going", "think", "know", "want", "wants", "make",
    "made", "get", "got", "take", "took", "come", "came", "way", "thing", "things", "lot", "really",
    "something", "anything", "nothing", "everything", "someone", "anyone", "people's", "don't",
    "didn't", "doesn't",
];

/// Words of a title that stands before a name ("Supreme Leader Ali Khamenei", "Sen. McCain").
#[rustfmt::skip]
const TITLE_WORDS: &[&str] = &[
    "president", "vice", "leader", "speaker", "minister", "secretary", "senator", "sen", "rep",
    "representative", "gov", "governor", "mr", "mrs", "ms", "miss", "dr", "gen", "lt", "col",
    "capt", "sgt", "adm", "maj", "ayatollah", "sheriff", "judge", "justice", "chairman",
    "chairwoman", "mayor", "congressman", "congresswoman", "ambassador", "chancellor", "pope",
    "king", "queen", "prince", "princess", "sheikh", "rev", "reverend", "commissioner", "attorney",
    "prof", "professor", "pres", "amb", "hon", "sir", "dame", "lord", "lady", "premier", "emir",
    "sultan", "cardinal", "bishop", "rabbi", "imam", "candidate", "nominee", "spokesman",
    "spokeswoman", "director", "chief", "lieutenant", "colonel", "admiral", "sergeant", "captain",
    "commander", "auditor", "editor", "ceo", "counsel", "co-chairman", "co-chairwoman", "treasurer",
    "superintendent", "comptroller", "trustee", "regent", "clerk", "manager", "chair",
    "chairperson",
];

/// Head nouns that make a name an organisation or a body ("Republican National Committee").
#[rustfmt::skip]
const GROUP_HEADS: &[&str] = &[
    "committee", "party", "administration", "campaign", "department", "agency", "council",
    "congress", "senate", "house", "court", "association", "union", "organization", "organisation",
    "institute", "foundation", "times", "news", "post", "journal", "network", "inc", "corp",
    "company", "bank", "university", "church", "ministry", "commission", "army", "forces", "guard",
    "corps", "group", "coalition", "fund", "board", "office", "bureau", "service", "services",
    "center", "centre", "press", "club", "team", "movement", "front", "alliance", "federation",
    "society", "government", "regime", "parliament", "assembly", "navy", "police", "school",
    "college", "hospital", "caucus", "republicans", "democrats", "international", "co", "llc",
    "ltd", "authority", "utility", "utilities", "library", "guild", "league",
];

/// The last word of a business's name ("Harvest Foods", "Pell Pharmaceuticals"): a company when
/// a word that is no common first name stands before it ("Ann Stores" is a cashier).
#[rustfmt::skip]
const BUSINESS_HEADS: &[&str] = &[
    "foods", "markets", "supermarkets", "stores", "brands", "holdings", "industries", "motors",
    "airlines", "pharmaceuticals", "technologies", "laboratories", "labs", "enterprises",
    "insurance", "logistics", "power", "energy", "electric", "health", "healthcare", "bank",
    "media", "partners", "capital",
];

/// Head nouns of places ("Kansas City", "Tahrir Square").
#[rustfmt::skip]
const PLACE_HEADS: &[&str] = &[
    "city", "county", "state", "states", "river", "island", "islands", "street", "avenue", "square",
    "province", "district", "valley", "mountains", "sea", "ocean", "gulf", "bay", "lake", "coast",
    "peninsula", "strait", "region", "republic", "kingdom", "east", "west", "north", "south",
    "park", "heights", "boulevard", "road", "township", "borough",
];

/// Nouns of saying: with a possessive they name the speaker ("Khamenei's declaration that…").
#[rustfmt::skip]
const SPEECH_NOUNS: &[&str] = &[
    "declaration", "statement", "statements", "remark", "remarks", "comment", "comments", "claim",
    "claims", "assertion", "warning", "warnings", "argument", "insistence", "words", "speech",
    "address", "announcement", "testimony", "view", "views", "position", "call", "criticism",
    "accusation", "accusations", "tweet", "tweets", "pledge", "promise", "vow", "denial",
    "admission", "message", "letter", "op-ed", "interview", "response", "reply", "rhetoric",
    "slogan", "message", "threat", "threats", "boast", "complaint", "charge", "charges",
    "allegation", "allegations", "quip",
];

/// Words for a group that speaks when no name is given ("critics argue").
#[rustfmt::skip]
const GROUP_SPEAKERS: &[&str] = &[
    "critics", "activists", "officials", "analysts", "experts", "dissidents", "diplomats",
    "supporters", "opponents", "observers", "hawks", "advocates", "proponents", "skeptics",
    "sceptics", "detractors", "defenders", "some", "many", "others", "they", "democrats",
    "republicans", "conservatives", "liberals", "economists", "lawmakers", "politicians",
    "commentators", "pundits", "researchers", "scholars", "protesters", "residents", "voters",
    "leaders",
];

/// The public an institution serves, who speak in news on its decisions ("Parents who spoke at
/// the meeting said", "Riders say …") — but who are as often what a sentence is about ("the
/// hospital that employs the nurses said"): speakers only as the sentence's opening subject or
/// before a relative clause.
#[rustfmt::skip]
const PUBLIC_GROUPS: &[&str] = &[
    "parents", "riders", "tenants", "patients", "students", "teachers", "workers", "nurses",
    "families", "commuters", "neighbors", "neighbours",
];

/// Writings that speak in news prose ("“…,” says the letter", "the audit found", "the ad
/// says"): their words are the document's, not the reporter's nor the person quoted beside it.
#[rustfmt::skip]
const DOCUMENT_SPEAKERS: &[&str] = &[
    "letter", "report", "audit", "study", "statement", "memo", "ad", "advertisement", "lawsuit",
    "complaint", "ruling", "opinion", "filing", "indictment", "survey", "poll", "analysis",
    "editorial", "petition", "resolution", "release", "review", "investigation", "order",
];

/// Head nouns of an organisation's name that stand for it after "the" ("the authority" for the
/// Clearwater Regional Water Authority, "the board" for the Board of Regents). Unlike the generic
/// group roles of `coref` ("the company"), they refer only to a name holding the same word: "the
/// board" with no board named is no group. Heads that are also everyday words of another sense
/// ("post", "news", "house", "press", "times") are left out.
#[rustfmt::skip]
const ORGANISATION_HEADS: &[&str] = &[
    "authority", "board", "university", "college", "school", "hospital", "office", "department",
    "commission", "council", "district", "union", "association", "coalition", "system",
    "institute", "foundation", "ministry", "bureau", "center", "centre", "fund", "bank",
    "corporation", "senate", "assembly", "parliament", "alliance", "federation", "society",
    "church", "caucus", "utility", "library",
];

/// A hash set per list, built on first use, so a lookup per token stays cheap on 10 MB.
macro_rules! word_set {
    ($name:ident, $list:ident) => {
        fn $name(word: &str) -> bool {
            static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
            SET.get_or_init(|| $list.iter().copied().collect()).contains(word)
        }
    };
}

word_set!(in_function_words, FUNCTION_WORDS);
word_set!(in_calendar, CALENDAR);

/// Function words and phrase stops in one set: [`is_phrase_stop`] is asked of nearly every
/// lower-case word of the body, and one lookup costs half of two.
fn in_phrase_stop_or_function_words(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| FUNCTION_WORDS.iter().chain(PHRASE_STOP).copied().collect()).contains(word)
}
word_set!(in_titles, TITLE_WORDS);
word_set!(in_group_heads, GROUP_HEADS);
word_set!(in_business_heads, BUSINESS_HEADS);
word_set!(in_place_heads, PLACE_HEADS);
word_set!(in_speech_nouns, SPEECH_NOUNS);
word_set!(in_group_speakers, GROUP_SPEAKERS);
word_set!(in_public_groups, PUBLIC_GROUPS);
word_set!(in_document_speakers, DOCUMENT_SPEAKERS);
word_set!(in_organisation_heads, ORGANISATION_HEADS);

/// `word` is folded (lower case) throughout.
pub(crate) fn is_function_word(word: &str) -> bool {
    in_function_words(word)
}

pub(crate) fn is_calendar(word: &str) -> bool {
    in_calendar(word.trim_end_matches('.'))
}

/// A word that cannot be part of a salient lower-case phrase.
pub(crate) fn is_phrase_stop(word: &str) -> bool {
    word.len() < 3 || in_phrase_stop_or_function_words(word)
}

pub(crate) fn is_business_head(word: &str) -> bool {
    in_business_heads(word)
}

pub(crate) fn is_title_word(word: &str) -> bool {
    in_titles(word.trim_end_matches('.'))
}

/// Whether `word` completes the title word before it ("Attorney General", "Chief Executive"):
/// both words are the title, not the first the title and the second a name.
pub(crate) fn completes_title(before: &str, word: &str) -> bool {
    matches!(word, "general" | "executive") && is_title_word(before)
}

pub(crate) fn is_group_head(word: &str) -> bool {
    in_group_heads(word)
}

pub(crate) fn is_place_head(word: &str) -> bool {
    in_place_heads(word)
}

pub(crate) fn is_speech_noun(word: &str) -> bool {
    in_speech_nouns(word)
}

pub(crate) fn is_group_speaker(word: &str) -> bool {
    in_group_speakers(word)
}

/// One of the public an institution serves ("riders", "parents"): a speaker only where it
/// opens its sentence or a relative clause follows it; `word` folded.
pub(crate) fn is_public_group(word: &str) -> bool {
    in_public_groups(word)
}

/// A head noun that stands for the organisation named with it ("the authority"); `word` folded.
pub(crate) fn is_organisation_head(word: &str) -> bool {
    in_organisation_heads(word)
}

/// A writing that speaks after "the" ("says the letter"); `word` folded.
pub(crate) fn is_document_speaker(word: &str) -> bool {
    in_document_speakers(word)
}

/// A sentence adverb ("Unfortunately", "Clearly"): never a name nor a speaker.
pub(crate) fn is_ly_adverb(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ly")
}

/// A word that can never begin a name or be a speaker on its own.
pub(crate) fn is_opener(word: &str) -> bool {
    is_function_word(word) || is_ly_adverb(word)
}

/// `is_opener` for a word where it stands: an "-ly" word is an adverb only where a capital says
/// nothing (`initial`); capitalised mid-sentence it is a name ("spokeswoman Kelly Marsh",
/// "the Weekly Standard", "Italy").
pub(crate) fn is_opener_at(word: &str, initial: bool) -> bool {
    is_function_word(word) || initial && is_ly_adverb(word)
}

/// A verb form that opens a sentence ("Facing Khamenei's …", "Asked about …"): at the start of
/// a sentence it is a participle, not the first word of a name.
pub(crate) fn is_participle(word: &str) -> bool {
    word.len() > 5 && (word.ends_with("ing") || word.ends_with("ed"))
}

/// The canonical form of a title: abbreviations written out, so "Sen." and "Senator" agree.
pub(crate) fn canonical_title(title: &str) -> String {
    let words: Vec<&str> = title
        .split_whitespace()
        .map(|w| match w.trim_end_matches('.') {
            "sen" => "senator",
            "rep" | "representative" | "congresswoman" => "congressman",
            "gov" => "governor",
            "gen" => "general",
            "pres" => "president",
            "amb" => "ambassador",
            "prof" => "professor",
            "rev" => "reverend",
            "dr" => "doctor",
            other => other,
        })
        .collect();
    words.join(" ")
}

/// What a title says of a person's gender, for "he" and "she".
pub(crate) fn title_gender(title: &str) -> Option<bool> {
    let male = ["mr", "congressman", "king", "prince", "sir", "lord", "chairman", "spokesman", "sheikh"];
    let female = ["mrs", "ms", "miss", "queen", "princess", "dame", "lady", "chairwoman", "spokeswoman"];
    if title.split_whitespace().any(|w| male.contains(&w.trim_end_matches('.'))) {
        Some(true)
    } else if title.split_whitespace().any(|w| female.contains(&w.trim_end_matches('.'))) {
        Some(false)
    } else {
        None
    }
}
