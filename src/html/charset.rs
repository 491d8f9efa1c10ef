//! Reading a saved page's bytes by the charset it declares. In: the file's bytes. Out: the
//! decoded text (as `text::decode` gives it), or why the bytes are not text.
//!
//! Pages saved from older sites declare `windows-1252` or `iso-8859-1` in a `<meta>` tag, and
//! reading them as UTF-8 turned every accented letter into U+FFFD (`Caf�`). A byte-order mark
//! wins, then a `<meta charset>` (or `http-equiv` content type) in the first 1024 bytes, as
//! browsers prescan; bytes that are valid UTF-8 whatever the label are read as UTF-8, as before.

use encoding_rs::{Encoding, UTF_8};

use crate::text::decode::{decode, DecodeError, Decoded};

/// How far into a page browsers look for a `<meta>` charset.
const PRESCAN_BYTES: usize = 1024;

/// Decodes a page by its BOM or declared charset, else as `text::decode` does.
pub fn decode_page(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    // Empty, binary and BOM-marked files are handled (and refused) the usual way.
    let checked = decode(bytes)?;
    if Encoding::for_bom(bytes).is_some() || std::str::from_utf8(bytes).is_ok() {
        return Ok(checked);
    }
    match declared_charset(bytes) {
        Some(encoding) if encoding != UTF_8 => {
            let (text, _, had_errors) = encoding.decode(bytes);
            let mut warnings = Vec::new();
            if had_errors {
                warnings.push(format!("bytes that are not {} were replaced with \u{FFFD}", encoding.name()));
            }
            let text = text.replace("\r\n", "\n").replace('\r', "\n");
            Ok(Decoded { text, warnings })
        }
        _ => Ok(checked),
    }
}

/// The charset a page's `<meta>` declares near its start, if encoding_rs knows the label.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(PRESCAN_BYTES)]).to_ascii_lowercase();
    let mut rest = head.as_str();
    while let Some(at) = rest.find("<meta") {
        rest = &rest[at + 5..];
        let tag = &rest[..rest.find('>').unwrap_or(rest.len())];
        if let Some(after) = tag.find("charset").map(|i| &tag[i + "charset".len()..]) {
            let value = after.trim_start().strip_prefix('=').map(str::trim_start).unwrap_or("");
            let label: String = value
                .trim_start_matches(['"', '\''])
                .chars()
                .take_while(|c| !matches!(c, '"' | '\'' | ';' | ' ' | '/' | '>'))
                .collect();
            if let Some(encoding) = Encoding::for_label(label.as_bytes()) {
                return Some(encoding);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_declared_charset() {
        let latin = b"<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\xe9 \x93quoted\x94</p></body></html>";
        assert!(decode_page(latin).unwrap().text.contains("Café “quoted”"));
        let http_equiv =
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>Caf\xe9</p>";
        assert!(decode_page(http_equiv).unwrap().text.contains("Café"));
        // Valid UTF-8 stays UTF-8 whatever the label says; no label, the usual lenient UTF-8.
        let utf8 = "<meta charset=\"windows-1252\"><p>Café</p>".as_bytes();
        assert!(decode_page(utf8).unwrap().text.contains("Café"));
        let unlabelled = decode_page(b"<p>Caf\xe9</p>").unwrap();
        assert!(unlabelled.text.contains('\u{FFFD}') && !unlabelled.warnings.is_empty());
        assert_eq!(decode_page(b""), Err(DecodeError::Empty));
    }
}
