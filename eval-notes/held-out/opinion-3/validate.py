#!/usr/bin/env python3
"""Check the opinion-3 held-out fixtures in this directory (stdlib only).

Adapted from eval-notes/opinion-pairs/validate.py for this set's article
format. For every CASE.expected.toml:
  * the TOML parses, has the expected first line, fields and kinds
    (stance, number, quote);
  * CASE_1.md and CASE_2.md exist, start with a "# Title" line, a blank line,
    a "*By Name, role*" byline and a blank line, then plain prose paragraphs
    (one line each, no headings, lists or bold), ASCII-only, 550-800 words
    of body text;
  * every left/right snippet is 6-20 words and is a substring of exactly one
    sentence of its article (left from CASE_1.md, right from CASE_2.md).

Sentences are split on . ? ! followed by whitespace or end of text, after
normalising whitespace. The check is run twice: once with exactly that rule,
and once also splitting after a closing quote that follows . ? ! (so a snippet
must not straddle a quoted sentence boundary either way).

Opposed pairs must have 5-9 contrasts with at least one number and one quote
contrast; the same-side pair 0-3 contrasts; every pair 2-4 agreements.

Exit status is 0 when everything passes, 1 otherwise.
"""

import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OPPOSED = ["rankedchoice", "rightturn", "bagfee", "chickens"]
SAME_SIDE = ["museum"]
CASES = OPPOSED + SAME_SIDE
KINDS = {"stance", "number", "quote"}
TITLE_RE = re.compile(r"^# \S.*\S$")
BYLINE_RE = re.compile(r"^\*By [^*,]+, [^*]+\*$")

errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


def split_plain(text):
    # . ? ! followed by whitespace or end of text
    return [s for s in re.split(r"(?<=[.?!])(?:\s+|$)", text) if s.strip()]


def split_quotes(text):
    # additionally split after a closing quote that follows . ? !
    parts = re.split(r"(?<=[.?!])\s+|(?<=[.?!][\"'])\s+", text)
    return [s for s in parts if s.strip()]


def load_article(path):
    if not path.exists():
        err(f"{path.name}: missing")
        return None
    raw = path.read_text(encoding="utf-8")
    try:
        raw.encode("ascii")
    except UnicodeEncodeError as e:
        err(f"{path.name}: non-ASCII character at offset {e.start}")
    lines = raw.split("\n")
    if len(lines) < 6:
        err(f"{path.name}: too short")
        return None
    if not TITLE_RE.match(lines[0]):
        err(f"{path.name}: line 1 should be '# Title': {lines[0]!r}")
    if lines[1] != "":
        err(f"{path.name}: line 2 must be blank")
    if not BYLINE_RE.match(lines[2]):
        err(f"{path.name}: line 3 should be '*By Name, role*': {lines[2]!r}")
    if lines[3] != "":
        err(f"{path.name}: line 4 must be blank")
    body = "\n".join(lines[4:])
    paras = [p for p in re.split(r"\n\s*\n", body.strip()) if p.strip()]
    for p in paras:
        first = p.lstrip()
        if first.startswith("#") or re.match(r"^([-*+]|\d+[.)])\s", first):
            err(f"{path.name}: paragraph looks like markdown heading/list: {first[:40]!r}")
        if "*" in p or "__" in p:
            err(f"{path.name}: emphasis markup found in body")
        if "\n" in p.strip():
            err(f"{path.name}: paragraph spans several lines: {first[:40]!r}")
    words = len(body.split())
    if not 550 <= words <= 800:
        err(f"{path.name}: body has {words} words (want 550-800)")
    text = norm(body)
    for s in split_quotes(text):
        if s[0].islower():
            print(f"WARNING: {path.name}: sentence starts lowercase (abbreviation?): {s[:50]!r}")
    return {"text": text, "words": words,
            "plain": [norm(s) for s in split_plain(text)],
            "quotes": [norm(s) for s in split_quotes(text)]}


def check_snippet(where, snippet, art, artname):
    if not isinstance(snippet, str) or not snippet.strip():
        err(f"{where}: empty snippet")
        return
    n = len(snippet.split())
    if not 6 <= n <= 20:
        err(f"{where}: snippet has {n} words (want 6-20): {snippet!r}")
    s = norm(snippet)
    for mode in ("plain", "quotes"):
        hits = sum(1 for sent in art[mode] if s in sent)
        if hits != 1:
            err(f"{where}: snippet found in {hits} sentences of {artname} "
                f"(split mode {mode}): {snippet!r}")


def main():
    totals = Counter()
    for case in CASES:
        tpath = HERE / f"{case}.expected.toml"
        if not tpath.exists():
            err(f"{tpath.name}: missing")
            continue
        try:
            data = tomllib.loads(tpath.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as e:
            err(f"{tpath.name}: TOML parse error: {e}")
            continue
        first = tpath.read_text(encoding="utf-8").split("\n", 1)[0]
        want = (f"# What a careful reader would flag between {case}_1.md and "
                f"{case}_2.md (written blind)")
        if first != want:
            err(f"{tpath.name}: first line should be {want!r}")
        unknown = set(data) - {"contrast", "agreement"}
        if unknown:
            err(f"{tpath.name}: unexpected top-level keys {sorted(unknown)}")
        left = load_article(HERE / f"{case}_1.md")
        right = load_article(HERE / f"{case}_2.md")
        contrasts = data.get("contrast", [])
        agreements = data.get("agreement", [])
        kinds = Counter()
        for i, c in enumerate(contrasts, 1):
            where = f"{tpath.name} contrast {i}"
            keys = set(c)
            need = {"topic", "kind", "left", "right", "why"}
            if keys != need:
                err(f"{where}: keys {sorted(keys)} != {sorted(need)}")
            if c.get("kind") not in KINDS:
                err(f"{where}: bad kind {c.get('kind')!r}")
            kinds[c.get("kind")] += 1
            if left:
                check_snippet(where + " left", c.get("left"), left, f"{case}_1.md")
            if right:
                check_snippet(where + " right", c.get("right"), right, f"{case}_2.md")
        for i, a in enumerate(agreements, 1):
            where = f"{tpath.name} agreement {i}"
            keys = set(a)
            need = {"topic", "left", "right"}
            if keys != need:
                err(f"{where}: keys {sorted(keys)} != {sorted(need)}")
            if left:
                check_snippet(where + " left", a.get("left"), left, f"{case}_1.md")
            if right:
                check_snippet(where + " right", a.get("right"), right, f"{case}_2.md")
        if case in OPPOSED:
            if not 5 <= len(contrasts) <= 9:
                err(f"{tpath.name}: {len(contrasts)} contrasts (want 5-9)")
            if kinds["number"] < 1:
                err(f"{tpath.name}: no number contrast")
            if kinds["quote"] < 1:
                err(f"{tpath.name}: no quote contrast")
        else:
            if not 0 <= len(contrasts) <= 3:
                err(f"{tpath.name}: {len(contrasts)} contrasts (want 0-3)")
        if not 2 <= len(agreements) <= 4:
            err(f"{tpath.name}: {len(agreements)} agreements (want 2-4)")
        wl = left["words"] if left else "?"
        wr = right["words"] if right else "?"
        print(f"{case:13s} words {wl}/{wr}  contrasts {len(contrasts)} "
              f"(stance {kinds['stance']}, number {kinds['number']}, "
              f"quote {kinds['quote']})  agreements {len(agreements)}")
        totals.update(kinds)
        totals["contrasts"] += len(contrasts)
        totals["agreements"] += len(agreements)
    print(f"TOTAL contrasts {totals['contrasts']} (stance {totals['stance']}, "
          f"number {totals['number']}, quote {totals['quote']}), "
          f"agreements {totals['agreements']}")
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        return 1
    print("OK: all files parse and every snippet is in exactly one sentence")
    return 0


if __name__ == "__main__":
    sys.exit(main())
