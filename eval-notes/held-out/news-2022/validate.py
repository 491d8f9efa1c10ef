#!/usr/bin/env python3
"""Check /work/blind12 against the layout of ../shared/eval/basil-dev (keys, sentence indexing,
span offsets) and check that every outlet pairing of every event holds an annotated opposite slant
on one shared target. Usage: python3 validate.py [BLIND_DIR] [BASIL_DEV_DIR]"""
import collections, glob, json, os, re, sys

BLIND = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
BASIL = sys.argv[2] if len(sys.argv) > 2 else '/work/shared/eval/basil-dev'
errors = []
def err(m): errors.append(m)

# reference key sets from basil-dev
ref_art, ref_ann, ref_span = set(), set(), set()
for f in glob.glob(f'{BASIL}/articles/*/*.json'):
    ref_art.add(frozenset(json.load(open(f))))
for f in glob.glob(f'{BASIL}/annotations/*/*.json'):
    d = json.load(open(f)); ref_ann.add(frozenset(d))
    for p in d['phrase-level-annotations']: ref_span.add(frozenset(p))
ref_src = {json.load(open(f))['source'] for f in glob.glob(f'{BASIL}/articles/*/*.json')}

def norm(s):  # same normalisation as basil-eval.py
    s = s.replace('\u2019', "'").replace('\u2018', "'").replace('\u201c', '"').replace('\u201d', '"')
    return ' '.join(s.replace('\u2014', '-').replace('\u2013', '-').split()).lower()

NUM = {'1': 'nyt', '2': 'fox', '3': 'hpo'}
arts, anns = {}, {}
for f in sorted(glob.glob(f'{BLIND}/articles/*/*.json')):
    try: a = json.load(open(f))
    except Exception as e: err(f'{f}: JSON {e}'); continue
    base = os.path.basename(f)[:-5]; tu, n = base.rsplit('_', 1)
    if frozenset(a) not in ref_art: err(f'{f}: article keys {sorted(a)} not a basil-dev key set')
    if a['source'] not in ref_src or a['source'] != NUM[n]: err(f'{f}: source {a["source"]!r} for _{n}')
    if a['triplet-uuid'] != tu: err(f'{f}: triplet-uuid mismatch')
    if not a['date'].startswith('2022-') or f.split(os.sep)[-2] != '2022': err(f'{f}: date/year')
    bp = a['body-paragraphs']
    if not (isinstance(bp, list) and all(isinstance(p, list) and p and all(isinstance(s, str) and s.strip() for s in p) for p in bp)):
        err(f'{f}: body-paragraphs not a list of lists of sentences')
    sents = [s for p in bp for s in p]
    if not 20 <= len(sents) <= 30: err(f'{f}: {len(sents)} sentences')
    if a['word-count'] != sum(len(s.split()) for s in sents): err(f'{f}: word-count')
    arts[a['uuid']] = (a, sents, f)
for f in sorted(glob.glob(f'{BLIND}/annotations/*/*.json')):
    try: d = json.load(open(f))
    except Exception as e: err(f'{f}: JSON {e}'); continue
    if frozenset(d) not in ref_ann: err(f'{f}: annotation keys {sorted(d)}')
    if d['uuid'] not in arts: err(f'{f}: no article with uuid {d["uuid"]}'); continue
    a, sents, af = arts[d['uuid']]
    if os.path.basename(f) != os.path.basename(af)[:-5] + '_ann.json': err(f'{f}: file name does not match {af}')
    if d['triplet-uuid'] != a['triplet-uuid']: err(f'{f}: triplet-uuid')
    al = d['article-level-annotations']
    for k in ('author_feeling_main_event', 'notes', 'relative_stance'):
        if k not in al: err(f'{f}: article-level key {k} missing')
    for k in al:
        if not (k in ('author_feeling_main_event', 'notes', 'relative_stance') or k.startswith(('author_feeling_', 'you_feeling_'))):
            err(f'{f}: odd article-level key {k}')
    spans = d['phrase-level-annotations']
    if not 4 <= len(spans) <= 8: err(f'{f}: {len(spans)} spans')
    for p in spans:
        if frozenset(p) not in ref_span: err(f'{f}: span keys {sorted(p)}')
        m = re.fullmatch(r'p(\d+)', p['id'])
        if not m or int(m.group(1)) >= len(sents): err(f'{f}: bad id {p["id"]}'); continue
        s = sents[int(m.group(1))]
        if s[p['start']:p['end']] != p['txt']: err(f'{f}: {p["id"]} slice != txt: {p["txt"][:40]!r}')
        if p['polarity'] not in ('pos', 'neg') or p['bias'] not in ('lex', 'inf') or p['quote'] not in ('yes', 'no') or p['aim'] != 'dir':
            err(f'{f}: bad field values in {p["id"]}')
        if (p['quote'] == 'yes') != bool(p['speaker']): err(f'{f}: quote/speaker mismatch {p["id"]}')
        if not re.fullmatch(r'[A-Za-z][A-Za-z_\-.]*', p['target']) or ' ' in p['target']: err(f'{f}: target {p["target"]!r}')
        t = norm(p['txt']).strip(' "\'.,')
        if not t or t not in norm(s): err(f'{f}: normalised txt not in its sentence {p["id"]}')
    anns[d['uuid']] = d

events = collections.defaultdict(dict)
for u, (a, sents, f) in arts.items():
    events[a['triplet-uuid']][a['source']] = u
    if u not in anns: err(f'{f}: no annotation file')
report = []
for tu, m in sorted(events.items()):
    if set(m) != {'nyt', 'fox', 'hpo'}: err(f'{tu}: outlets {sorted(m)}'); continue
    def pol(src):  # spans the scorer counts (txt of 8+ characters)
        return {(p['target'], p['polarity']) for p in anns[m[src]]['phrase-level-annotations'] if len(p['txt']) >= 8}
    line = [arts[m['nyt']][0]['main-event']]
    for l, r in (('fox', 'hpo'), ('fox', 'nyt'), ('nyt', 'hpo')):
        opp = sorted({t1 for (t1, p1) in pol(l) for (t2, p2) in pol(r) if t1 == t2 and p1 != p2})
        if not opp: err(f'{tu}: no opposite slant on a shared target for {l}-{r}')
        line.append(f'{l}-{r}: {",".join(opp) or "NONE"}')
    report.append(' | '.join(line))
for r in report: print(r)
print(f'{len(arts)} articles, {len(anns)} annotation files, {sum(len(d["phrase-level-annotations"]) for d in anns.values())} spans, {len(events)} events')
if errors:
    print('\n'.join('ERROR ' + e for e in errors)); sys.exit(1)
print('VALID')
