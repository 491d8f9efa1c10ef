//! Turns the bytes of a file into text, or refuses them with a reason a person understands.
//!
//! Real files arrive as UTF-8 with or without a BOM, as UTF-16 saved by Windows tools, with
//! stray invalid bytes, or as something that is not text at all. Text is decoded leniently
//! (invalid bytes become U+FFFD, with a warning); non-text is refused outright.

use thiserror::Error;

/// How far into a file we look for a NUL byte, the same heuristic git and ripgrep use.
const BINARY_SNIFF_BYTES: usize = 64 * 1024;

/// File signatures of common binary formats people pass by mistake.
const BINARY_SIGNATURES: &[(&[u8], &str)] = &[
    (b"%PDF-", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (or .docx/.epub)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ", "xz archive"),
];

/// Why a file could not be read as text.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum DecodeError {
    #[error("the file is empty")]
    Empty,
    #[error("the file holds only whitespace")]
    Blank,
    #[error("this looks like a binary file ({0}), not an article")]
    Binary(String),
    #[error(
        "the file is {size} bytes, over the limit of {limit} bytes (raise `max_file_bytes` in the config)"
    )]
    TooLarge { size: u64, limit: u64 },
    /// The file reported a size within the limit but held more (a device, a growing file).
    #[error("the file holds more than the limit of {limit} bytes (raise `max_file_bytes` in the config)")]
    Grew { limit: u64 },
}

/// Decoded text and anything the reader should be told about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub warnings: Vec<String>,
}

/// Decodes a whole file. Line endings are normalised to `\n` (CRLF and lone CR alike).
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut warnings = Vec::new();
    let text = if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        lossy_utf8(rest, &mut warnings)
    } else if let Some(rest) = bytes.strip_prefix(b"\xff\xfe") {
        utf16(rest, u16::from_le_bytes, &mut warnings)
    } else if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        utf16(rest, u16::from_be_bytes, &mut warnings)
    } else {
        if let Some(kind) = binary_kind(bytes) {
            return Err(DecodeError::Binary(kind));
        }
        lossy_utf8(bytes, &mut warnings)
    };
    let text = normalise_newlines(text);
    if text.trim().is_empty() {
        return Err(DecodeError::Blank);
    }
    Ok(Decoded { text, warnings })
}

fn binary_kind(bytes: &[u8]) -> Option<String> {
    if let Some((_, name)) = BINARY_SIGNATURES.iter().find(|(sig, _)| bytes.starts_with(sig)) {
        return Some((*name).to_string());
    }
    let head = &bytes[..bytes.len().min(BINARY_SNIFF_BYTES)];
    head.contains(&0).then(|| "it contains NUL bytes".to_string())
}

fn lossy_utf8(bytes: &[u8], warnings: &mut Vec<String>) -> String {
    // Valid text (nearly all of it) is checked by the standard validator, several times faster
    // than the lossy decoder's chunk-by-chunk walk; only invalid text is decoded lossily.
    if let Ok(text) = std::str::from_utf8(bytes) {
        return text.to_string();
    }
    match String::from_utf8_lossy(bytes) {
        std::borrow::Cow::Borrowed(text) => text.to_string(),
        std::borrow::Cow::Owned(text) => {
            let replaced = text.matches('\u{fffd}').count();
            warnings.push(format!("invalid UTF-8: {replaced} byte sequence(s) shown as \u{fffd}"));
            text
        }
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16, warnings: &mut Vec<String>) -> String {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let text: String = char::decode_utf16(units).map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER)).collect();
    if bytes.len() % 2 == 1 || text.contains(char::REPLACEMENT_CHARACTER) {
        warnings.push("invalid UTF-16: some characters shown as \u{fffd}".to_string());
    }
    text
}

fn normalise_newlines(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_utf8_passes_through() {
        let d = decode("Iran – talks".as_bytes()).unwrap();
        assert_eq!(d.text, "Iran – talks");
        assert!(d.warnings.is_empty());
    }

    #[test]
    fn utf8_bom_is_dropped() {
        assert_eq!(decode(b"\xef\xbb\xbfHello").unwrap().text, "Hello");
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut le = vec![0xff, 0xfe];
        le.extend("Hé\r\nx".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le).unwrap().text, "Hé\nx");
        let mut be = vec![0xfe, 0xff];
        be.extend("Hi".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&be).unwrap().text, "Hi");
    }

    #[test]
    fn invalid_utf8_is_replaced_with_a_warning() {
        let d = decode(b"ab\xffcd").unwrap();
        assert_eq!(d.text, "ab\u{fffd}cd");
        assert_eq!(d.warnings.len(), 1);
        assert!(d.warnings[0].contains("invalid UTF-8"));
    }

    #[test]
    fn binary_is_refused() {
        assert!(matches!(decode(b"abc\0def"), Err(DecodeError::Binary(_))));
        assert!(matches!(decode(b"%PDF-1.7 ..."), Err(DecodeError::Binary(_))));
    }

    #[test]
    fn empty_and_blank_are_refused() {
        assert_eq!(decode(b""), Err(DecodeError::Empty));
        assert_eq!(decode(b" \n\t\r\n"), Err(DecodeError::Blank));
    }

    #[test]
    fn crlf_and_lone_cr_become_lf() {
        assert_eq!(decode(b"a\r\nb\rc").unwrap().text, "a\nb\nc");
    }
}
