//! JSON that is safe to print on a terminal: JSON lets DEL, C1 and bidi controls through raw,
//! so a report printed to a terminal could carry an article's escape sequences. These are
//! written as `\uXXXX`, on the way through a streaming writer, so a report of tens of MB is
//! never held as one string.
//!
//! In: any `Serialize` value and a writer. Out: pretty JSON and a final newline, parsing to the
//! same value.

use std::io::{self, Write};

use serde::Serialize;

use crate::text::sanitize::is_dangerous;

/// Pretty JSON with the extra escaping that makes it safe to print on a terminal.
pub(crate) fn to_terminal_safe_json(value: &impl Serialize) -> String {
    let mut out = Vec::new();
    write_terminal_safe_json(value, &mut out).expect("writing to a Vec cannot fail");
    String::from_utf8(out).expect("the JSON writer only writes UTF-8")
}

/// Writes pretty JSON and a final newline to `out`, escaped as [`to_terminal_safe_json`] does.
pub(crate) fn write_terminal_safe_json(value: &impl Serialize, out: &mut impl Write) -> io::Result<()> {
    let mut safe = TerminalSafe::new(out);
    // serde_json writes a few bytes at a time; the escaping pass runs on large chunks.
    let mut buffered = io::BufWriter::with_capacity(64 * 1024, &mut safe);
    serde_json::to_writer_pretty(&mut buffered, value)?;
    buffered.write_all(b"\n")?;
    buffered.flush()?;
    drop(buffered);
    safe.finish()
}

/// Characters JSON permits raw but a terminal must not receive. C0 controls inside strings
/// are already escaped by serde_json; outside strings only the layout's newlines occur. DEL,
/// C1 and bidi controls are the ones JSON lets through raw.
fn unsafe_raw(c: char) -> bool {
    is_dangerous(c) && c >= '\u{7f}'
}

/// A writer that escapes [`unsafe_raw`] characters as `\uXXXX` on the way through. A character
/// split across two writes is held back until its last byte arrives.
struct TerminalSafe<'w, W: Write> {
    inner: &'w mut W,
    /// The first bytes of a character whose remaining bytes have not been written yet.
    pending: Vec<u8>,
}

impl<'w, W: Write> TerminalSafe<'w, W> {
    fn new(inner: &'w mut W) -> Self {
        TerminalSafe { inner, pending: Vec::new() }
    }

    /// Writes valid UTF-8, escaping the unsafe characters.
    fn write_text(&mut self, text: &str) -> io::Result<()> {
        let bytes = text.as_bytes();
        let (mut from, mut at) = (0, 0);
        while at < bytes.len() {
            // Every unsafe character is DEL or beyond ASCII: plain ASCII is skipped undecoded.
            if bytes[at] < 0x7f {
                at += 1;
                continue;
            }
            let c = text[at..].chars().next().expect("at is a character boundary");
            if unsafe_raw(c) {
                self.inner.write_all(&bytes[from..at])?;
                write!(self.inner, "\\u{:04x}", c as u32)?;
                from = at + c.len_utf8();
            }
            at += c.len_utf8();
        }
        self.inner.write_all(&bytes[from..])
    }

    /// Writes what `bytes` holds up to an incomplete character at its end, which it returns.
    fn write_bytes<'b>(&mut self, mut bytes: &'b [u8]) -> io::Result<&'b [u8]> {
        loop {
            match std::str::from_utf8(bytes) {
                Ok(text) => {
                    self.write_text(text)?;
                    return Ok(&[]);
                }
                Err(e) => {
                    let (valid, rest) = bytes.split_at(e.valid_up_to());
                    self.write_text(std::str::from_utf8(valid).expect("checked"))?;
                    match e.error_len() {
                        // Never produced by serde_json; passed through unchanged.
                        Some(bad) => {
                            self.inner.write_all(&rest[..bad])?;
                            bytes = &rest[bad..];
                        }
                        None => return Ok(rest),
                    }
                }
            }
        }
    }

    /// Writes any held-back bytes as they are and flushes.
    fn finish(&mut self) -> io::Result<()> {
        let pending = std::mem::take(&mut self.pending);
        self.inner.write_all(&pending)?;
        self.inner.flush()
    }
}

impl<W: Write> Write for TerminalSafe<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.pending.is_empty() {
            let rest = self.write_bytes(buf)?;
            self.pending.extend_from_slice(rest);
        } else {
            let mut joined = std::mem::take(&mut self.pending);
            joined.extend_from_slice(buf);
            let rest = self.write_bytes(&joined)?.to_vec();
            self.pending = rest;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// The escaping of [`TerminalSafe`] applied to a whole string (the form the report had
/// before it was streamed; kept to check the writer against).
#[cfg(test)]
pub(super) fn escape_terminal_unsafe(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if unsafe_raw(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bidi_and_c1_are_escaped_but_round_trip() {
        let raw = serde_json::to_string(&"a\u{202e}b\u{9b}c\u{1b}").unwrap();
        let escaped = escape_terminal_unsafe(&raw);
        assert!(!escaped.chars().any(is_dangerous), "{escaped}");
        assert_eq!(escape_terminal_unsafe("{\n  \"a\": 1\n}"), "{\n  \"a\": 1\n}");
        let back: String = serde_json::from_str(&escaped).unwrap();
        assert_eq!(back, "a\u{202e}b\u{9b}c\u{1b}");
    }

    /// Writes `text` through the escaping writer in pieces of `piece` bytes, splitting
    /// multi-byte characters wherever the pieces fall.
    fn streamed(text: &str, piece: usize) -> String {
        let mut out = Vec::new();
        let mut safe = TerminalSafe::new(&mut out);
        for chunk in text.as_bytes().chunks(piece) {
            safe.write_all(chunk).unwrap();
        }
        safe.finish().unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_streaming_writer_escapes_like_the_whole_string_form_at_any_split() {
        let text = "{\"a\": \"x\u{202e}y\u{9b}\u{7f}é—\u{1F600}\u{2066}z\"}\n";
        let whole = escape_terminal_unsafe(text);
        assert!(!whole.chars().any(unsafe_raw), "{whole}");
        for piece in 1..=text.len() {
            assert_eq!(streamed(text, piece), whole, "pieces of {piece} bytes");
        }
    }
}
