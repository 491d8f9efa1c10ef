#!/usr/bin/env python3
"""Check the opinion-pairs-2 fixtures (stdlib only).

For every case: both articles have the exact three-line header, a blank line,
plain prose paragraphs (no markdown), 500-750 words of ASCII text; the
expected TOML parses; every left/right snippet is 6-20 words and a substring
of exactly one sentence of its article; counts per kind are within the brief.
"""
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = {
    # name: (opposed?)
    "curfew": True,
    "solarfarm": True,
    "cellphonesdriving": True,
    "schoolmerger": True,
    "pooltax": False,
}
SOURCE_LINE = "Source: Test fixture written for counterpoint"
SENT_END = re.compile(r"[.?!][\"']?(?=\s|$)")

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def split_sentences(body):
    sentences = []
    for para in re.split(r"\n\s*\n", body):
        para = norm(para)
        if not para:
            continue
        start = 0
        for m in SENT_END.finditer(para):
            sentences.append(para[start:m.end()].strip())
            start = m.end()
        rest = para[start:].strip()
        if rest:
            sentences.append(rest)
    return sentences


def load_article(path):
    if not path.exists():
        err(f"{path.name}: missing")
        return None
    raw = path.read_bytes()
    try:
        text = raw.decode("ascii")
    except UnicodeDecodeError as e:
        err(f"{path.name}: non-ASCII byte at {e.start}")
        text = raw.decode("utf-8", "replace")
    lines = text.split("\n")
    if len(lines) < 5:
        err(f"{path.name}: too short")
        return None
    if not re.fullmatch(r"Title: \S.*", lines[0]):
        err(f"{path.name}: bad Title line")
    if lines[1] != SOURCE_LINE:
        err(f"{path.name}: bad Source line")
    if not re.fullmatch(r"Date: 2026-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", lines[2]):
        err(f"{path.name}: bad Date line")
    if lines[3] != "":
        err(f"{path.name}: line 4 must be blank")
    body = "\n".join(lines[4:])
    if body.startswith("\n"):
        err(f"{path.name}: more than one blank line after header")
    for i, line in enumerate(lines[4:], start=5):
        s = line.lstrip()
        if re.match(r"(#|[-*+] |\d+[.)] |>)", s) or "**" in s or "__" in s:
            err(f"{path.name}:{i}: looks like markdown")
    words = len(body.split())
    if not 500 <= words <= 750:
        err(f"{path.name}: body has {words} words (want 500-750)")
    return split_sentences(body)


def check_snippet(label, snippet, sentences, fname):
    if not isinstance(snippet, str) or not snippet.strip():
        err(f"{label}: empty snippet")
        return
    n = len(snippet.split())
    if not 6 <= n <= 20:
        err(f"{label}: snippet has {n} words (want 6-20): {snippet!r}")
    s = norm(snippet)
    hits = sum(1 for sent in sentences if s in sent)
    if hits != 1:
        err(f"{label}: snippet found in {hits} sentences of {fname}: {snippet!r}")


def main():
    totals = {"number": 0, "quote": 0, "stance": 0, "agreement": 0}
    for case, opposed in CASES.items():
        left = load_article(HERE / f"{case}_1.md")
        right = load_article(HERE / f"{case}_2.md")
        tpath = HERE / f"{case}.expected.toml"
        try:
            data = tomllib.loads(tpath.read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(f"{tpath.name}: does not parse: {e}")
            continue
        first = tpath.read_text(encoding="utf-8").split("\n", 1)[0]
        want = (f"# What a careful reader would flag between {case}_1.md and "
                f"{case}_2.md (written blind)")
        if first != want:
            err(f"{tpath.name}: first line should be {want!r}")
        extra = set(data) - {"contrast", "agreement"}
        if extra:
            err(f"{tpath.name}: unexpected keys {sorted(extra)}")
        contrasts = data.get("contrast", [])
        agreements = data.get("agreement", [])
        kinds = {"number": 0, "quote": 0, "stance": 0}
        for i, c in enumerate(contrasts):
            label = f"{tpath.name} contrast[{i}]"
            for key in ("topic", "kind", "left", "right", "why"):
                if not isinstance(c.get(key), str) or not c.get(key).strip():
                    err(f"{label}: missing {key}")
            if set(c) - {"topic", "kind", "left", "right", "why"}:
                err(f"{label}: unexpected keys")
            kind = c.get("kind")
            if kind not in kinds:
                err(f"{label}: bad kind {kind!r}")
            else:
                kinds[kind] += 1
            if left is not None:
                check_snippet(label + ".left", c.get("left"), left, f"{case}_1.md")
            if right is not None:
                check_snippet(label + ".right", c.get("right"), right, f"{case}_2.md")
        for i, a in enumerate(agreements):
            label = f"{tpath.name} agreement[{i}]"
            for key in ("topic", "left", "right"):
                if not isinstance(a.get(key), str) or not a.get(key).strip():
                    err(f"{label}: missing {key}")
            if set(a) - {"topic", "left", "right"}:
                err(f"{label}: unexpected keys")
            if left is not None:
                check_snippet(label + ".left", a.get("left"), left, f"{case}_1.md")
            if right is not None:
                check_snippet(label + ".right", a.get("right"), right, f"{case}_2.md")
        n_c, n_a = len(contrasts), len(agreements)
        if opposed:
            if not 7 <= n_c <= 10:
                err(f"{case}: {n_c} contrasts (want 7-10)")
            if kinds["quote"] != 1:
                err(f"{case}: {kinds['quote']} quote contrasts (want 1)")
            if not 1 <= kinds["number"] <= 3:
                err(f"{case}: {kinds['number']} number contrasts (want about 2)")
            if n_a != 2:
                err(f"{case}: {n_a} agreements (want 2)")
        else:
            if not 0 <= n_c <= 2:
                err(f"{case}: {n_c} contrasts (want 0-2)")
            if not 3 <= n_a <= 4:
                err(f"{case}: {n_a} agreements (want 3-4)")
        for k, v in kinds.items():
            totals[k] += v
        totals["agreement"] += n_a
        print(f"{case}: {n_c} contrasts {kinds}, {n_a} agreements")
    print("totals:", totals)
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("OK: all checks pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
