//! Any bytes as a saved web page: the nesting guard, Readability extraction and the Markdown
//! clean-up. Must end in an article or a one-line refusal, never a panic, loop or blow-up.
#![no_main]

use counterpoint::html::article_from_html;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let page = String::from_utf8_lossy(data);
    match article_from_html("fuzz.html", &page) {
        Ok(article) => {
            for p in &article.passages {
                for r in &p.sentences {
                    assert!(p.text.is_char_boundary(r.start) && p.text.is_char_boundary(r.end));
                }
            }
        }
        Err(message) => assert!(!message.is_empty() && !message.contains('\n'), "{message:?}"),
    }
});
