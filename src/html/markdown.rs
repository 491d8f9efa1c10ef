//! The Markdown that extraction writes, made plain text in one linear pass.

use std::collections::HashMap;

/// The Markdown that extraction writes, made plain for reading: `[text](url)` becomes `text`,
/// images `![alt](src)` go, strong emphasis marks (`**`, `__`) go, and backslash escapes
/// (`\[`, `\*`, `Monday\_night`) become the
/// characters they protect, so an escaped bracket is text and never starts a link. Code spans
/// and fenced code blocks are kept as written: a backslash there is part of the code.
///
/// An escaped `#` that starts a line keeps its backslash: without it the line would be read as a
/// heading ("#MeToo began…" would lose its `#` and become one).
pub(super) fn markdown_to_text(md: &str) -> String {
    MarkdownScan::new(md).run().0
}

/// Whether the run of `run` `*` or `_` at `at` opens or closes strong emphasis (`**bold**`):
/// text on one side of it and a space, punctuation or the line's end on the other, as
/// CommonMark's flanking rules say; a run inside a word or between spaces is text.
fn is_emphasis_mark(b: &[u8], at: usize, run: usize) -> bool {
    let before = at.checked_sub(1).map(|i| b[i]);
    let after = b.get(at + run).copied();
    let open_side = |c: Option<u8>| c.is_none_or(|c| c.is_ascii_whitespace() || c.is_ascii_punctuation());
    let text = |c: Option<u8>| c.is_some_and(|c| !c.is_ascii_whitespace());
    let opens = text(after) && open_side(before);
    let closes = text(before) && open_side(after);
    opens || closes
}

/// One pass over the Markdown, left to right. Every question that looks ahead of the current
/// position (where does this link's `)` close, where does this code span end) is answered from
/// a table built beforehand in one pass, or by a scan whose answer is kept and reused: the
/// positions asked about only grow, so no stretch of text is scanned twice, and a line of
/// 200,000 unmatched `[` or `[x](` costs no more than any other text of its length.
pub(super) struct MarkdownScan<'a> {
    md: &'a str,
    /// For each `(` just after a `]`, the `)` that closes it on the same line, by position.
    tails: Vec<(usize, usize)>,
    next_tail: usize,
    /// The start of every run of backticks, by the run's length, with how many of them lie
    /// behind the scan.
    ticks: HashMap<usize, (Vec<usize>, usize)>,
    line_end: Ahead,
    blank: Ahead,
    angle: Ahead,
    quote: Ahead,
    /// The start of the current line's text, once looked for.
    indent: Option<(usize, usize)>,
    /// Bytes looked at, in all passes: the measure of work the tests check.
    steps: usize,
}

/// A `[` or `![` that may open a link or an image.
struct Opener {
    /// Where it was written in the output.
    at: usize,
    image: bool,
    /// How many link brackets were marked for removal before it.
    dropped: usize,
}

/// "Where is the next byte of this kind at or after `from`?", with the last answer kept: asked
/// again from inside the stretch already scanned, the answer is the same.
#[derive(Default)]
struct Ahead {
    last: Option<(usize, usize)>,
}

impl Ahead {
    /// The position of the first byte at or after `from` for which `stop` holds, or the end of
    /// `b`; with `escapes`, a byte after a backslash (`\"`) is skipped as escaped.
    fn find(
        &mut self,
        b: &[u8],
        from: usize,
        escapes: bool,
        stop: impl Fn(u8) -> bool,
        steps: &mut usize,
    ) -> usize {
        if let Some((start, found)) = self.last {
            if (start..=found).contains(&from) {
                return found;
            }
        }
        let mut i = from;
        while i < b.len() {
            *steps += 1;
            if escapes && b[i] == b'\\' && b.get(i + 1).is_some_and(u8::is_ascii_punctuation) {
                i += 2;
                continue;
            }
            if stop(b[i]) {
                break;
            }
            i += 1;
        }
        let found = i.min(b.len());
        self.last = Some((from, found));
        found
    }
}

impl<'a> MarkdownScan<'a> {
    pub(super) fn new(md: &'a str) -> Self {
        let b = md.as_bytes();
        let mut steps = 0;
        // Parentheses are matched per line, and only a `(` right after `]` can start a link's
        // tail, so only those pairs are kept.
        let mut open: Vec<(usize, bool)> = Vec::new();
        let mut tails = Vec::new();
        let mut i = 0;
        while i < b.len() {
            steps += 1;
            match b[i] {
                b'\\' if b.get(i + 1).is_some_and(u8::is_ascii_punctuation) => i += 1,
                b'(' => open.push((i, i > 0 && b[i - 1] == b']')),
                b')' => {
                    if let Some((at, true)) = open.pop() {
                        tails.push((at, i));
                    }
                }
                b'\n' => open.clear(),
                _ => {}
            }
            i += 1;
        }
        tails.sort_unstable();
        let mut ticks: HashMap<usize, (Vec<usize>, usize)> = HashMap::new();
        let mut i = 0;
        while i < b.len() {
            steps += 1;
            if b[i] != b'`' {
                i += 1;
                continue;
            }
            let start = i;
            while i < b.len() && b[i] == b'`' {
                i += 1;
            }
            ticks.entry(i - start).or_default().0.push(start);
        }
        MarkdownScan {
            md,
            tails,
            next_tail: 0,
            ticks,
            line_end: Ahead::default(),
            blank: Ahead::default(),
            angle: Ahead::default(),
            quote: Ahead::default(),
            indent: None,
            steps,
        }
    }

    /// The plain text, and the number of steps it took.
    pub(super) fn run(mut self) -> (String, usize) {
        let (md, b) = (self.md, self.md.as_bytes());
        let mut out = String::with_capacity(md.len());
        // Positions in `out` of the `[` of each link made: removed at the end, in one pass.
        let mut dropped: Vec<usize> = Vec::new();
        let mut openers: Vec<Opener> = Vec::new();
        // `md[copied..i]` is still to be copied to `out`.
        let mut copied = 0;
        let mut line_start = 0;
        let mut i = 0;
        while i < b.len() {
            self.steps += 1;
            if i == line_start {
                if let Some(end) = self.fenced_block_end(i) {
                    i = end;
                    line_start = end;
                    continue;
                }
            }
            match b[i] {
                b'\n' => {
                    // A link's text never spans lines in what extraction writes.
                    openers.clear();
                    i += 1;
                    line_start = i;
                }
                b'\\' if b.get(i + 1).is_some_and(u8::is_ascii_punctuation) => {
                    if b[i + 1] != b'#' || self.line_text_start(line_start) != i {
                        out.push_str(&md[copied..i]);
                        copied = i + 1;
                    }
                    i += 2;
                }
                b'`' => {
                    let run = b[i..].iter().take_while(|&&c| c == b'`').count();
                    self.steps += run;
                    i = match self.code_span_end(i, run) {
                        Some(end) => end,
                        None => i + run,
                    };
                }
                b'!' | b'[' if b[i] == b'[' || b.get(i + 1) == Some(&b'[') => {
                    out.push_str(&md[copied..i]);
                    let image = b[i] == b'!';
                    openers.push(Opener { at: out.len(), image, dropped: dropped.len() });
                    let len = if image { 2 } else { 1 };
                    out.push_str(&md[i..i + len]);
                    i += len;
                    copied = i;
                }
                b']' => match openers.pop().and_then(|op| Some((op, self.link_tail_end(i + 1)?))) {
                    Some((op, end)) => {
                        out.push_str(&md[copied..i]);
                        if op.image {
                            out.truncate(op.at);
                            dropped.truncate(op.dropped);
                        } else {
                            dropped.push(op.at);
                        }
                        i = end;
                        copied = end;
                    }
                    None => i += 1,
                },
                b'*' | b'_' => {
                    let run = b[i..].iter().take_while(|&&c| c == b[i]).count();
                    self.steps += run;
                    if (2..=3).contains(&run) && is_emphasis_mark(b, i, run) {
                        out.push_str(&md[copied..i]);
                        copied = i + run;
                    }
                    i += run;
                }
                _ => i += 1,
            }
        }
        out.push_str(&md[copied..]);
        if dropped.is_empty() {
            return (out, self.steps);
        }
        dropped.sort_unstable();
        let mut text = String::with_capacity(out.len());
        let mut from = 0;
        for at in dropped {
            text.push_str(&out[from..at]);
            from = at + 1;
        }
        text.push_str(&out[from..]);
        (text, self.steps)
    }

    /// Where the first non-blank byte of the line starting at `line_start` is.
    fn line_text_start(&mut self, line_start: usize) -> usize {
        match self.indent {
            Some((start, at)) if start == line_start => at,
            _ => {
                let b = self.md.as_bytes();
                let mut at = line_start;
                while at < b.len() && matches!(b[at], b' ' | b'\t') {
                    self.steps += 1;
                    at += 1;
                }
                self.indent = Some((line_start, at));
                at
            }
        }
    }

    /// If the line at `start` opens a fenced code block (three or more backticks and no other
    /// backtick on the line), the end of the block: past its closing fence, or the end of the
    /// text when it has none.
    fn fenced_block_end(&mut self, start: usize) -> Option<usize> {
        let b = self.md.as_bytes();
        let fence_line = |at: usize, steps: &mut usize| -> (usize, usize) {
            let text = at + b[at..].iter().take_while(|&&c| c == b' ').count();
            let run = b[text..].iter().take_while(|&&c| c == b'`').count();
            *steps += text - at + run;
            (text, run)
        };
        let (text, run) = fence_line(start, &mut self.steps);
        if run < 3 {
            return None;
        }
        let end = self.line_end.find(b, text, false, |c| c == b'\n', &mut self.steps);
        if b[text + run..end].contains(&b'`') {
            return None;
        }
        let mut line = end + 1;
        while line < b.len() {
            let (text, closing) = fence_line(line, &mut self.steps);
            let end = b[text..].iter().position(|&c| c == b'\n').map_or(b.len(), |n| text + n);
            self.steps += end - text;
            if closing >= run && b[text + closing..end].iter().all(u8::is_ascii_whitespace) {
                return Some((end + 1).min(b.len()));
            }
            line = end + 1;
        }
        Some(b.len())
    }

    /// The end of the code span opened by the `run` backticks at `start`: past the next run of
    /// exactly as many backticks on the same line.
    fn code_span_end(&mut self, start: usize, run: usize) -> Option<usize> {
        let (starts, behind) = self.ticks.get_mut(&run)?;
        while *behind < starts.len() && starts[*behind] < start + run {
            self.steps += 1;
            *behind += 1;
        }
        let close = *starts.get(*behind)?;
        let b = self.md.as_bytes();
        let line_end = self.line_end.find(b, start, false, |c| c == b'\n', &mut self.steps);
        (close < line_end).then_some(close + run)
    }

    /// The end (past the `)`) of the link tail `(url)`, `(url "title")`, `(<url>)` or
    /// `(<url> "title")` starting at `at`, as extraction writes them.
    fn link_tail_end(&mut self, at: usize) -> Option<usize> {
        let b = self.md.as_bytes();
        if b.get(at) != Some(&b'(') {
            return None;
        }
        if b.get(at + 1) == Some(&b'<') {
            // Between `<` and `>` the address may hold spaces and unbalanced parentheses.
            let stops = |c| matches!(c, b'<' | b'>' | b'\n');
            let close = self.angle.find(b, at + 2, true, stops, &mut self.steps);
            if b.get(close) != Some(&b'>') {
                return None;
            }
            return match b.get(close + 1) {
                Some(b')') => Some(close + 2),
                Some(b' ') if b.get(close + 2) == Some(&b'"') => {
                    let stops = |c| matches!(c, b'"' | b'\n');
                    let end = self.quote.find(b, close + 3, true, stops, &mut self.steps);
                    (b.get(end) == Some(&b'"') && b.get(end + 1) == Some(&b')')).then_some(end + 2)
                }
                _ => None,
            };
        }
        while self.next_tail < self.tails.len() && self.tails[self.next_tail].0 < at {
            self.steps += 1;
            self.next_tail += 1;
        }
        let &(open, close) = self.tails.get(self.next_tail)?;
        if open != at {
            return None;
        }
        // A bare address has no spaces or control characters; after a space comes the title.
        let stops = |c: u8| c.is_ascii_whitespace() || c.is_ascii_control();
        let blank = self.blank.find(b, at + 1, false, stops, &mut self.steps);
        let titled =
            || b[blank] == b' ' && b[blank + 1] == b'"' && close >= blank + 3 && b[close - 1] == b'"';
        (blank >= close || titled()).then_some(close + 1)
    }
}
