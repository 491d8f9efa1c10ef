#!/usr/bin/env python3
"""Checks a set of invented events in BASIL's layout against the layout and the brief the sets
institution-events-4 and news-events-5 were written to.

    validate_events.py SET_DIR YEAR     (each set's validate.py calls it with its own)


- every file parses; article / annotation / span / article-level keys are exactly BASIL's, in
  basil-dev's order;
- file names are <triplet-uuid>_<n>.json with 1 = nyt, 2 = fox, 3 = hpo, and each article has
  its <triplet-uuid>_<n>_ann.json with the same uuid and triplet-uuid;
- each article: 10-12 paragraphs, 20-24 sentences, 380-550 words; 7-10 annotated spans; a YEAR
  date; nyt uses curly quotes and apostrophes only, fox and hpo straight ones only; no
  abbreviation with an internal full stop, except "Mr."/"Ms."/"Mrs." before a name in nyt, and
  never inside a span;
- each span: `txt` is exactly sentence[start:end] of one and only one sentence (BASIL encodes a
  span's position as character offsets inside its sentence, with no sentence index), it is at
  least 8 characters (basil-eval.py ignores shorter spans), and, after basil-eval.py's own
  normalisation, it is held by that sentence only; enumerated fields take BASIL's values;
- three outlets per triplet, and every outlet pair (fox-hpo, fox-nyt, nyt-hpo) has an annotated
  opposite slant on a shared target, counted both by target and, as basil-eval.py counts GOLD,
  by sentence pair;
- no sentence shares a run of 8 words with a BASIL dev text (if ../../../shared is present).
Exit status 0 only when everything passes."""
import collections, glob, itertools, json, os, re, sys

if len(sys.argv) != 3 or not sys.argv[2].isdigit():
    sys.exit("usage: validate_events.py SET_DIR YEAR")
HERE, YEAR = os.path.abspath(sys.argv[1]), sys.argv[2]
SLOT = {"1": "nyt", "2": "fox", "3": "hpo"}
ART_ORDER = ["title", "keywords", "date", "uuid", "url", "main-entities", "word-count", "source",
             "main-event", "triplet-uuid", "body-paragraphs"]
ANN_ORDER = ["article-level-annotations", "phrase-level-annotations", "triplet-uuid", "uuid"]
SPAN_ORDER = ["aim", "bias", "end", "id", "indirect-ally-opponent-sentiment", "indirect-target-name",
              "notes", "polarity", "quote", "speaker", "start", "target", "txt"]
ART_KEYS, ANN_KEYS, SPAN_KEYS = set(ART_ORDER), set(ANN_ORDER), set(SPAN_ORDER)
CURLY = "\u201c\u201d\u2018\u2019"
PAIRS = [("fox", "hpo"), ("fox", "nyt"), ("nyt", "hpo")]
errors = []


def err(msg):
    errors.append(msg)


def norm(s):  # as in ../shared/eval/basil-eval.py
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(s.replace("\u2014", "-").replace("\u2013", "-").split()).lower()


def holds(sentence, spans):  # as in basil-eval.py
    s = norm(sentence)
    return {(t, p) for (txt, t, p) in spans if txt and (txt in s or (len(s) > 20 and s in txt))}


def load(path):
    try:
        with open(path) as f:
            return json.load(f)
    except Exception as e:  # noqa: BLE001
        err(f"{path}: does not parse: {e}")
        return None


events = collections.defaultdict(dict)   # triplet -> source -> (article, annotation)
n_sent = n_para = n_span = 0
tally = collections.Counter()
ranges = collections.defaultdict(list)
for path in sorted(glob.glob(os.path.join(HERE, "articles", "*", "*.json"))):
    name = os.path.basename(path)
    m = re.fullmatch(r"([0-9a-f-]{36})_([123])\.json", name)
    if not m:
        err(f"{name}: name is not <triplet-uuid>_<1|2|3>.json"); continue
    tu, slot = m.groups()
    a = load(path)
    if a is None:
        continue
    if set(a) != ART_KEYS:
        err(f"{name}: article keys {sorted(set(a) ^ ART_KEYS)} differ from BASIL's")
    elif list(a) != ART_ORDER:
        err(f"{name}: article keys are not in basil-dev's order")
    if a.get("triplet-uuid") != tu:
        err(f"{name}: triplet-uuid {a.get('triplet-uuid')} does not match the file name")
    if a.get("source") != SLOT[slot]:
        err(f"{name}: source {a.get('source')!r}, expected {SLOT[slot]!r} for slot {slot}")
    if not re.fullmatch(YEAR + r"-\d\d-\d\d", str(a.get("date"))):
        err(f"{name}: date {a.get('date')!r} is not a {YEAR} date")
    paras = a.get("body-paragraphs")
    if not (isinstance(paras, list) and all(isinstance(p, list) and p and all(isinstance(s, str) and s.strip()
                                                                              for s in p) for p in paras)):
        err(f"{name}: body-paragraphs is not a list of non-empty lists of sentences"); continue
    sents = [s for p in paras for s in p]
    n_sent += len(sents); n_para += len(paras)
    words = sum(len(s.split()) for s in sents)
    ranges["paragraphs"].append(len(paras)); ranges["sentences"].append(len(sents)); ranges["words"].append(words)
    if not 10 <= len(paras) <= 12:
        err(f"{name}: {len(paras)} paragraphs (want 10-12)")
    if not 20 <= len(sents) <= 24:
        err(f"{name}: {len(sents)} sentences (want 20-24)")
    if not 380 <= words <= 550:
        err(f"{name}: {words} words (want 380-550)")
    if a.get("word-count") != words:
        err(f"{name}: word-count does not match the body")
    for s in [a.get("title", "")] + sents:
        if a.get("source") == "nyt":
            if '"' in s or "'" in s:
                err(f"{name}: straight quote or apostrophe in an nyt text: {s[:60]}")
        elif any(c in s for c in CURLY):
            err(f"{name}: curly quote in a {a.get('source')} text: {s[:60]}")
    for s in sents:
        if re.search(r"\b(Dr|St|Sen|Rep|Gov|Gen|Lt|Jr|Sr|Inc|Co|Corp|No|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.\s", s) \
                or re.search(r"[A-Za-z]\.[A-Za-z]\.", s):
            err(f"{name}: abbreviation that a sentence splitter may cut: {s[:60]}")
        for m in re.finditer(r"\b(Mr|Mrs|Ms)\.", s):
            if a.get("source") != "nyt" or not re.match(r"\s[A-Z][a-z]", s[m.end():]):
                err(f"{name}: honorific {m.group(0)!r} outside an nyt name: {s[:60]}")
    apath = os.path.join(HERE, "annotations", os.path.basename(os.path.dirname(path)), f"{tu}_{slot}_ann.json")
    if not os.path.exists(apath):
        err(f"{name}: no annotation file {os.path.basename(apath)}"); continue
    an = load(apath)
    if an is None:
        continue
    if set(an) != ANN_KEYS:
        err(f"{os.path.basename(apath)}: annotation keys differ from BASIL's")
    elif list(an) != ANN_ORDER:
        err(f"{os.path.basename(apath)}: annotation keys are not in basil-dev's order")
    if an.get("uuid") != a.get("uuid") or an.get("triplet-uuid") != tu:
        err(f"{os.path.basename(apath)}: uuid/triplet-uuid do not match the article")
    ala = an.get("article-level-annotations", {})
    if ala.get("relative_stance") != {"nyt": "center", "fox": "conservative", "hpo": "liberal"}.get(a.get("source")):
        err(f"{os.path.basename(apath)}: relative_stance {ala.get('relative_stance')!r}")
    ak = list(ala)
    if not (len(ak) == 5 and ak[0].startswith("author_feeling_") and ak[1:4] == ["author_feeling_main_event", "notes",
            "relative_stance"] and ak[4] == "you_feeling_" + ak[0][len("author_feeling_"):]):
        err(f"{os.path.basename(apath)}: article-level keys {ak} differ from basil-dev's")
    for k in ak:
        if k.startswith(("author_feeling", "you_feeling")) and ala[k] not in ("pos", "neg", "neu"):
            err(f"{os.path.basename(apath)}: {k} = {ala[k]!r}")
    pla = an.get("phrase-level-annotations", [])
    n_span += len(pla)
    ranges["spans"].append(len(pla))
    if not 7 <= len(pla) <= 10:
        err(f"{os.path.basename(apath)}: {len(pla)} spans (want 7-10)")
    ids = [x.get("id") for x in pla]
    if len(set(ids)) != len(ids):
        err(f"{os.path.basename(apath)}: duplicate span ids")
    normed = []
    for x in pla:
        where = f"{os.path.basename(apath)} {x.get('id')}"
        if set(x) != SPAN_KEYS:
            err(f"{where}: span keys {sorted(set(x) ^ SPAN_KEYS)} differ from BASIL's"); continue
        if list(x) != SPAN_ORDER:
            err(f"{where}: span keys are not in basil-dev's order")
        if re.search(r"\b(Mr|Mrs|Ms)\.", x["txt"]):
            err(f"{where}: span contains an honorific with a full stop")
        txt, st, en = x["txt"], x["start"], x["end"]
        at = [i for i, s in enumerate(sents) if isinstance(st, int) and isinstance(en, int) and s[st:en] == txt]
        if len(at) != 1:
            err(f"{where}: txt is sentence[start:end] of {len(at)} sentences (want exactly 1): {txt!r}")
        elif sents[at[0]].count(txt) != 1:
            err(f"{where}: txt occurs more than once in its sentence")
        if len(txt) < 8:
            err(f"{where}: txt shorter than 8 characters (basil-eval.py ignores it)")
        if x["polarity"] not in ("pos", "neg"): err(f"{where}: polarity {x['polarity']!r}")
        if x["bias"] not in ("inf", "lex"): err(f"{where}: bias {x['bias']!r}")
        if x["aim"] not in ("dir", "ind_pro", "ind_anti", "ind_general"): err(f"{where}: aim {x['aim']!r}")
        if x["quote"] not in ("yes", "no"): err(f"{where}: quote {x['quote']!r}")
        if (x["quote"] == "yes") != bool(x["speaker"]):
            err(f"{where}: speaker must be set exactly when quote is yes")
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", x["target"]): err(f"{where}: target {x['target']!r}")
        n = norm(txt).strip(' "\'.,')
        held = [i for i, s in enumerate(sents) if n in norm(s)]
        if at and held != at:
            err(f"{where}: after basil-eval normalisation the span is held by sentences {held}, not {at}")
        normed.append((n, x["target"], x["polarity"]))
        tally[x["polarity"]] += 1; tally[x["bias"]] += 1; tally["quote"] += x["quote"] == "yes"
    events[tu][a["source"]] = (a, an, sents, normed)

# outlets per triplet and opposite slants per outlet pair
n_target_pairs = n_sentence_pairs = 0
pair_rows = []
for tu, m in sorted(events.items()):
    if set(m) != {"nyt", "fox", "hpo"}:
        err(f"triplet {tu}: outlets {sorted(m)} (want nyt, fox, hpo)"); continue
    if len({m[s][0]["uuid"] for s in m}) != 3:
        err(f"triplet {tu}: article uuids are not distinct")
    for l, r in PAIRS:
        _, al, sl, nl = m[l]
        _, ar, sr, nr = m[r]
        pl = {(x["target"], x["polarity"]) for x in al["phrase-level-annotations"]}
        pr = {(x["target"], x["polarity"]) for x in ar["phrase-level-annotations"]}
        targets = sorted({t for (t, p) in pl for (t2, p2) in pr if t == t2 and p != p2})
        hl, hr = [holds(s, nl) for s in sl], [holds(s, nr) for s in sr]
        g = sum(any(t1 == t2 and p1 != p2 for (t1, p1) in x for (t2, p2) in y) for x in hl for y in hr)
        n_target_pairs += len(targets); n_sentence_pairs += g
        pair_rows.append((tu[:8], f"{l}-{r}", targets, g))
        if not targets or not g:
            err(f"triplet {tu} {l}-{r}: no annotated opposite slant on a shared target")

# no 8-word run shared with the BASIL dev texts
basil = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "eval", "basil-dev"))
copied = 0
if os.path.isdir(basil):
    def grams(text, k=8):
        w = re.findall(r"[a-z0-9$%']+", norm(text))
        return {tuple(w[i:i + k]) for i in range(len(w) - k + 1)}
    ref = set()
    for f in glob.glob(os.path.join(basil, "articles", "*", "*.json")):
        d = json.load(open(f))
        for p in d["body-paragraphs"]:
            for s in p:
                ref |= grams(s)
    for tu, m in events.items():
        for src, (_, _, sents, _) in m.items():
            for s in sents:
                if grams(s) & ref:
                    copied += 1; err(f"{tu} {src}: shares an 8-word run with BASIL: {s[:70]}")

print(f"triplets: {len(events)}   articles: {sum(len(m) for m in events.values())}   "
      f"paragraphs: {n_para}   sentences: {n_sent}   spans: {n_span}")
print("per article: " + ", ".join(f"{k} {min(v)}-{max(v)}" for k, v in ranges.items() if v))
print(f"spans: {tally['pos']} pos, {tally['neg']} neg; {tally['lex']} lex, {tally['inf']} inf; {tally['quote']} in quotes")
for row in pair_rows:
    print(f"  {row[0]} {row[1]:8s} opposite-slant targets: {', '.join(row[2]) or '-'}   GOLD sentence pairs: {row[3]}")
print(f"opposite slants: {n_target_pairs} (outlet pair, target) pairs; {n_sentence_pairs} GOLD sentence pairs "
      f"as basil-eval.py counts them")
thin = sorted(pair_rows, key=lambda r: (r[3], len(r[2])))[:4]
print("thinnest pairs: " + "; ".join(f"{r[0]} {r[1]} {r[3]} ({len(r[2])} target{'s' if len(r[2]) != 1 else ''})" for r in thin))
print(f"8-word runs shared with BASIL dev: {copied}" if os.path.isdir(basil) else "BASIL dev not found: copy check skipped")
if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: all checks pass")
