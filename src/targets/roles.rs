//! Role nouns: the words that stand for a named person ("the senator") or organisation ("the
//! administration", "the agency") when an article refers back to them, and the key a person's
//! title is remembered by. `coref` resolves them; `subject_nouns` keeps them out of the things
//! argued over.

/// Role nouns that stand for a person who carries that title ("the senator" for "Sen. Smith").
#[rustfmt::skip]
pub(super) const PERSON_ROLES: &[&str] = &[
    "senator", "president", "congressman", "congresswoman", "governor", "sheriff", "mayor",
    "chairman", "chairwoman", "speaker", "secretary", "minister", "judge", "ayatollah",
    "ambassador", "leader", "chancellor", "premier", "representative",
];

/// Role nouns that stand for an organisation ("the administration", "the regime").
#[rustfmt::skip]
pub(super) const GROUP_ROLES: &[&str] = &[
    "administration", "regime", "government", "company", "campaign", "party", "committee",
    "organization", "organisation", "group", "firm", "agency", "network", "court", "chain",
];

/// The body that governs an institution, named by its common noun ("the board", "the
/// trustees"): where the article names no such body, the institution the story is about,
/// if it is of a kind a board governs.
pub(super) const GOVERNING_ROLES: &[&str] = &["board", "trustees", "regents", "commissioners"];
/// Words of a name that make it an institution a board of its own governs (a library system, a
/// college, a utility, an authority, a company), which a sheriff's office or a city department,
/// answerable to a council or to county commissioners, is not.
#[rustfmt::skip]
const BOARD_GOVERNED: &[&str] = &[
    "library", "libraries", "college", "university", "school", "schools", "district", "authority",
    "utility", "hospital", "health", "system", "museum", "port", "corporation", "corp", "inc",
    "company", "bank", "foundation", "trust", "institute",
];

/// Whether an organisation's key names an institution governed by a board of its own.
pub(super) fn board_governed(key: &str) -> bool {
    key.split(' ').any(|w| BOARD_GOVERNED.contains(&w))
}

/// Generic roles of an organisation that, with none in the paragraph, stand for the one the
/// article last named.
pub(super) const ORGANISATION_ROLES: &[&str] = &["agency"];
/// "The company", "the firm" with none in the paragraph: the last organisation named that is no
/// public body and no union ("Acme Corp", not the Federal Trade Commission that sued it).
pub(super) const COMPANY_ROLES: &[&str] = &["company", "firm", "chain"];
/// Words that make a name a public body or a body of members, which "the company" is not.
#[rustfmt::skip]
const NOT_A_COMPANY: &[&str] = &[
    "commission", "department", "agency", "administration", "court", "union", "council", "board",
    "authority", "committee", "ministry", "government", "congress", "senate", "house", "party",
    "association", "coalition", "federation", "office", "bureau", "police", "university",
    "school", "college", "church", "campaign", "army", "navy", "assembly", "parliament", "caucus",
    "guild", "league",
];
/// What a chain sells, the only words that may stand between "the" and "chain" for it to be a
/// company ("the grocery chain", not "the supply chain").
#[rustfmt::skip]
const CHAIN_TRADES: &[&str] = &[
    "grocery", "retail", "restaurant", "pharmacy", "supermarket", "drugstore", "store", "hotel",
    "coffee", "discount", "fast-food", "department-store", "clothing", "hardware",
];

/// Whether the modifier before the role noun `role` (none for "the X") keeps it a reference:
/// any, except for "chain", which needs a trade ("the grocery chain"; "workers cut the chain"
/// is no company).
pub(super) fn trade_modifier(role: &str, modifier: Option<&str>) -> bool {
    role != "chain" || modifier.is_some_and(|m| CHAIN_TRADES.contains(&m))
}

/// The key under which the last named company is remembered beside the roles.
pub(super) const LAST_COMPANY: &str = "\u{1}company";
/// The key under which the last named group that may be an agency is remembered.
pub(super) const LAST_AGENCY: &str = "\u{1}agency";

/// Whether an organisation's key names neither a public body nor a body of members, nor people
/// by what they are ("Democrats", "Americans", "Islamists").
pub(super) fn may_be_company(key: &str) -> bool {
    let people =
        !key.contains(' ') && (key.ends_with("ans") || key.ends_with("ists") || key.ends_with("crats"));
    !people && !key.split(' ').any(|w| NOT_A_COMPANY.contains(&w))
}
/// Words that make a name a body of members or a business, which "the agency" is not: a public
/// body's story names the union that argues with it, and "The agency said no operators would
/// be laid off" right after "Denise Carter, president of Transit Workers Union Local 418, said
/// the union would fight the change" is the transit authority speaking.
#[rustfmt::skip]
const NOT_AN_AGENCY: &[&str] = &[
    "union", "coalition", "association", "federation", "alliance", "league", "club", "caucus",
    "party", "society", "movement", "inc", "corp", "co", "llc", "ltd", "company", "guild",
];

/// Whether an organisation's key may be what "the agency" refers to.
pub(super) fn may_be_agency(key: &str) -> bool {
    !key.split(' ').any(|w| NOT_AN_AGENCY.contains(&w))
}

/// The key under which the last named group is remembered beside the roles.
pub(super) const LAST_GROUP: &str = "\u{1}group";

/// Whether a word is a role noun that stands for a named person or organisation.
pub(super) fn is_role_noun(word: &str) -> bool {
    PERSON_ROLES.contains(&word) || GROUP_ROLES.contains(&word)
}

/// The key a title is remembered by: its head noun ("senator" for "state senator"), or the
/// whole title for a deputy ("vice president"), who is not what the head names.
pub(super) fn role_key(title: &str) -> &str {
    if title.starts_with("vice ") {
        return title;
    }
    // "Health Secretary Dr. Alan Prescott": the honorific after the office is no role.
    let honorific = |w: &&str| matches!(*w, "doctor" | "mr" | "mrs" | "ms" | "miss");
    title.rsplit(' ').find(|w| !honorific(w)).unwrap_or(title)
}
