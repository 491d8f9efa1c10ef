//! Any text as a user's config.toml: accepted (and then its topic map compiles), or refused
//! with an error that names the file and a line inside it. Never a panic.
#![no_main]

use counterpoint::config::Config;
use counterpoint::topics::TopicMap;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match Config::from_user_text("fuzz.toml", text) {
        Ok(config) => {
            // A config that loads must also compile into matchers.
            TopicMap::new(&config).expect("a valid config builds its topic map");
        }
        Err(e) => {
            assert_eq!(e.file, "fuzz.toml");
            let lines = text.split('\n').count();
            assert!(e.line <= lines, "line {} of {lines}", e.line);
            assert!(e.line == 0 || e.column >= 1, "{e}");
            assert!(e.to_string().starts_with("fuzz.toml"), "{e}");
        }
    }
});
