//! Tests of the merged config: the default's topics and keys, a user file laid over it, and
//! errors that land on the right `file:line:col`. Kept apart so `mod.rs` stays within the
//! project's 400-line limit.

use super::layer::line_column;
use super::*;
use crate::matcher::MAX_PHRASE_BYTES;

fn user(text: &str) -> Result<Config, ConfigError> {
    Config::from_user_text("my.toml", text)
}

#[test]
fn default_config_has_the_required_topics() {
    let config = Config::default_config();
    let names: Vec<&str> = config.topics.iter().map(|t| t.name.as_str()).collect();
    for required in ["jcpoa", "sanctions", "civil_society", "israel"] {
        assert!(names.contains(&required), "{required} missing from {names:?}");
    }
    assert!(config.topics.iter().all(|t| t.stances.len() >= 2));
    assert!(!config.cues.negation.is_empty());
    assert!(!config.keymap.keys_for(Action::Quit).is_empty());
}

#[test]
fn user_topic_is_added_and_same_name_replaces() {
    let before = Config::default_config().topics.len();
    let config = user(
        "[[topics]]\nname = \"oil\"\ncolor = \"red\"\nterms = [\"oil\", \"crude\"]\n\n\
         [[topics]]\nname = \"israel\"\ncolor = \"blue\"\nterms = [\"Israel\"]\n",
    )
    .unwrap();
    assert_eq!(config.topics.len(), before + 1);
    let israel = config.topics.iter().find(|t| t.name == "israel").unwrap();
    assert_eq!(israel.terms, vec!["Israel"]);
    assert!(config.topics.iter().any(|t| t.name == "sanctions"));
}

#[test]
fn one_key_can_be_rebound() {
    let config = user("[keys]\nscroll_down = [\"e\"]\n").unwrap();
    let e: KeySpec = "e".parse().unwrap();
    let j: KeySpec = "j".parse().unwrap();
    assert_eq!(config.keymap.action_for(&e), Some(Action::ScrollDown));
    assert_eq!(config.keymap.action_for(&j), None);
    assert!(!config.keymap.keys_for(Action::ScrollUp).is_empty());
}

fn error(text: &str) -> ConfigError {
    user(text).expect_err("config should be rejected")
}

#[test]
fn syntax_errors_have_line_and_column() {
    let e = error("[reader]\nsync = tru\n");
    assert_eq!((e.line, e.file.as_str()), (2, "my.toml"));
    assert!(e.to_string().starts_with("my.toml:2:"), "{e}");
}

#[test]
fn a_topic_weight_is_a_share_and_defaults_to_one() {
    let topic = "[[topics]]\nname = \"x\"\ncolor = \"red\"\nterms = [\"x\"]\n";
    let weight_of = |extra: &str| {
        let config = user(&format!("{topic}{extra}")).expect("accepted");
        config.topics.iter().find(|t| t.name == "x").map(|t| t.weight)
    };
    assert_eq!(weight_of(""), Some(1.0));
    assert_eq!(weight_of("weight = 0.5\n"), Some(0.5));
    assert_eq!(weight_of("weight = 1\n"), Some(1.0));
    for bad in ["weight = 0\n", "weight = 1.5\n", "weight = -0.2\n"] {
        let e = error(&format!("{topic}{bad}"));
        assert_eq!((e.line, e.column), (5, 10), "{bad}: {e}");
        assert!(e.message.contains("above 0 and at most 1"), "{e}");
    }
    let e = error(&format!("{topic}weight = \"high\"\n"));
    assert_eq!(e.line, 5, "{e}");
}

#[test]
fn semantic_errors_point_at_the_value() {
    let e = error("[[topics]]\nname = \"x\"\ncolor = \"purplish\"\nterms = [\"x\"]\n");
    assert_eq!((e.line, e.column), (3, 9));
    assert!(e.message.contains("unknown colour"));

    let e = error("[[topics]]\nname = \"x\"\ncolor = \"red\"\nterms = []\n");
    assert_eq!(e.line, 4);
    assert!(e.message.contains("no terms"));

    let e = error("[[topics]]\nname = \"x\"\ncolor = \"red\"\nterms = [\"a\"]\n[topics.stances]\nfor = []\n");
    assert_eq!(e.line, 6);
    assert!(e.message.contains("no cue phrases"));

    let e = error("[[topics]]\nname = \"x\"\ncolor = \"red\"\nterms = [\"a\"]\n[[topics]]\nname = \"X\"\ncolor = \"red\"\nterms = [\"b\"]\n");
    assert_eq!(e.line, 6);
    assert!(e.message.contains("defined twice"));

    let e = error("[[topics]]\nname = \"x\"\ncolor = \"red\"\nterms = [\"a*b\"]\n");
    assert!(e.message.contains('*'));
}

#[test]
fn unknown_keys_wrong_types_and_bad_key_names() {
    let e = error("[reader]\nsink = true\n");
    assert_eq!(e.line, 2);
    assert!(e.message.contains("unknown field"), "{e}");

    let e = error("[reader]\nsync = \"yes\"\n");
    assert_eq!(e.line, 2);

    let e = error("[keys]\nscroll_down = [\"Hyper-j\"]\n");
    assert_eq!((e.line, e.column), (2, 16));
    assert!(e.message.contains("unknown key name"));

    let e = error("[keys]\nfly = [\"j\"]\n");
    assert_eq!(e.line, 2);
}

#[test]
fn phrase_lists_too_large_together_point_at_the_list_that_tips_them_over() {
    let big = |c: char| format!("\"{}\"", c.to_string().repeat(600_000));
    // Two topics' terms, each within the limit alone.
    let text = format!(
        "[[topics]]\nname = \"a\"\ncolor = \"red\"\nterms = [{}]\n\n\
         [[topics]]\nname = \"b\"\ncolor = \"red\"\nterms = [{}]\n",
        big('a'),
        big('b')
    );
    let e = error(&text);
    assert_eq!((e.file.as_str(), e.line, e.column), ("my.toml", 9, 9), "{}", e.message);
    assert!(e.message.contains("terms of all topics"), "{}", e.message);
    assert!(e.message.contains(&format!("limit of {MAX_PHRASE_BYTES} bytes")), "{}", e.message);
    // Stance cues of two topics.
    let text = format!(
        "[[topics]]\nname = \"a\"\ncolor = \"red\"\nterms = [\"a\"]\n[topics.stances]\nfor = [{}]\n\
         [[topics]]\nname = \"b\"\ncolor = \"red\"\nterms = [\"b\"]\n[topics.stances]\nfor = [{}]\n",
        big('a'),
        big('b')
    );
    let e = error(&text);
    assert_eq!((e.line, e.column), (12, 7), "{}", e.message);
    assert!(e.message.contains("stance cues of all topics"), "{}", e.message);
    // Replacing a topic replaces its lists in the count: one big list is fine.
    let one = format!("[[topics]]\nname = \"sanctions\"\ncolor = \"red\"\nterms = [{}]\n", big('s'));
    let config = user(&one).unwrap();
    crate::topics::TopicMap::new(&config).unwrap();
}

#[test]
fn line_column_counts_characters() {
    assert_eq!(line_column("ab\nçd", 5), (2, 2));
    assert_eq!(line_column("", 0), (1, 1));
}
