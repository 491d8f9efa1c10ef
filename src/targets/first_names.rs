//! A person's likely gender from a common first name, for "he" and "she" when no title says it
//! ("Sarah Palin" is not "he", "Paul Ryan" is not "she").
//!
//! In: a first name. Out: [`Gender`] when the name is a common one given overwhelmingly to one
//! sex. The lists are a small hand-kept selection of the most common given names in the US
//! Social Security Administration's baby-name counts (public domain, a work of the US
//! government: <https://www.ssa.gov/oact/babynames/>), births of about 1930–2000, the ages of
//! the people news reports name. Names given often to both sexes ("Jordan", "Kelly", "Dana",
//! "Lee", "Chris", "Kim") are left out: a wrong gender would bar the right referent, no
//! gender only leaves the choice to the other rules.

use super::entity::Gender;

#[rustfmt::skip]
const FEMALE: &[&str] = &[
    "abigail", "alice", "alicia", "allison", "amanda", "amber", "amy", "andrea", "angela", "ann",
    "anna", "anne", "annie", "april", "arlene", "ashley", "barbara", "betty", "beverly", "bonnie",
    "brenda", "brittany", "carla", "carmen", "carol", "carolyn", "catherine", "cheryl", "christina",
    "christine", "cindy", "claire", "connie", "crystal", "cynthia", "daisy", "danielle", "darlene",
    "debbie", "deborah", "debra", "denise", "diana", "diane", "donna", "doris", "dorothy", "edith",
    "eileen", "elaine", "eleanor", "elizabeth", "ellen", "emily", "emma", "erica", "erin", "esther",
    "evelyn", "florence", "frances", "gail", "gina", "gladys", "gloria", "grace", "hannah",
    "heather", "helen", "hillary", "holly", "irene", "jacqueline", "jane", "janet", "janice",
    "jennifer", "jessica", "jill", "joan", "joann", "joanne", "josephine", "joyce", "judith", "judy",
    "julia", "julie", "karen", "katherine", "kathleen", "kathryn", "kathy", "katie", "kristen",
    "laura", "lauren", "linda", "lisa", "lois", "loretta", "lori", "louise", "lucy", "madeleine",
    "margaret", "maria", "marie", "marilyn", "martha", "mary", "maxine", "megan", "melanie",
    "melissa", "michele", "michelle", "mildred", "monica", "nancy", "natalie", "nicole", "nikki",
    "norma", "olivia", "pamela", "patricia", "paula", "peggy", "phyllis", "rachel", "rebecca",
    "regina", "rita", "roberta", "rosa", "rose", "ruth", "samantha", "sandra", "sara", "sarah",
    "sharon", "sheila", "shirley", "sonia", "sophia", "stephanie", "susan", "suzanne", "sylvia",
    "tammy", "teresa", "theresa", "tiffany", "tina", "valerie", "vanessa", "victoria", "virginia",
    "wanda", "wendy", "yvonne",
];

#[rustfmt::skip]
const MALE: &[&str] = &[
    "aaron", "adam", "alan", "albert", "alexander", "allen", "andrew", "anthony", "arnold", "arthur",
    "barry", "ben", "benjamin", "bernard", "bill", "billy", "bob", "bobby", "brad", "bradley",
    "brandon", "brian", "bruce", "bryan", "carl", "charles", "chuck", "clarence", "craig", "curtis",
    "dan", "daniel", "danny", "darrell", "david", "dennis", "dick", "don", "donald", "douglas",
    "duncan", "earl", "edward", "eric", "ernest", "eugene", "frank", "fred", "frederick", "gary",
    "george", "gerald", "glenn", "gordon", "greg", "gregory", "harold", "harry", "henry", "herbert",
    "howard", "jack", "jacob", "james", "jason", "jeff", "jeffrey", "jeremy", "jerry", "jim",
    "jimmy", "joe", "joel", "john", "johnny", "jon", "jonathan", "joseph", "joshua", "juan", "justin",
    "keith", "ken", "kenneth", "kevin", "larry", "lawrence", "leonard", "louis", "mark", "martin",
    "matt", "matthew", "michael", "mike", "mitch", "mitchell", "mitt", "nathan", "neil", "newt",
    "nicholas", "patrick", "paul", "peter", "philip", "phillip", "ralph", "randy", "ray", "raymond",
    "richard", "rick", "ricky", "rob", "robert", "roger", "ron", "ronald", "roy", "russell", "ryan",
    "samuel", "scott", "sean", "stanley", "stephen", "steve", "steven", "ted", "thomas", "tim",
    "timothy", "todd", "tom", "tommy", "tony", "victor", "walter", "wayne", "william", "willie",
];

/// The gender a common first name is given to, if overwhelmingly one.
pub(crate) fn first_name_gender(name: &str) -> Option<Gender> {
    let name = name.to_lowercase();
    if FEMALE.binary_search(&name.as_str()).is_ok() {
        Some(Gender::Female)
    } else if MALE.binary_search(&name.as_str()).is_ok() {
        Some(Gender::Male)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_first_names_say_the_gender() {
        assert_eq!(first_name_gender("Sarah"), Some(Gender::Female));
        assert_eq!(first_name_gender("michele"), Some(Gender::Female));
        assert_eq!(first_name_gender("Paul"), Some(Gender::Male));
        assert_eq!(first_name_gender("Mitt"), Some(Gender::Male));
    }

    #[test]
    fn names_given_to_both_and_unknown_names_say_nothing() {
        for name in ["Jordan", "Kelly", "Dana", "Chris", "Narges", "Obama", ""] {
            assert_eq!(first_name_gender(name), None, "{name}");
        }
    }

    #[test]
    fn the_lists_are_sorted_lower_case_and_disjoint() {
        for list in [FEMALE, MALE] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "sorted for binary search");
            assert!(list.iter().all(|n| n.chars().all(|c| c.is_ascii_lowercase())));
        }
        assert!(FEMALE.iter().all(|n| MALE.binary_search(n).is_err()));
    }
}
