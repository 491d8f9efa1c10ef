import re, sys, tomllib, glob, os
os.chdir('/work/blind12op')
def body(path):
    lines = open(path, encoding='utf-8').read().splitlines()
    assert lines[0].startswith('# '), path
    return '\n'.join(lines[1:])
def naive(t):
    parts = re.split(r'\. |\? |! |\n', t)
    return [p for p in parts if p.strip()]
def strict(t):
    parts = re.split(r'(?<=[.?!])["\u201d]?\s+|\n', t)
    return [p for p in parts if p and p.strip()]
ok = True
for exp in sorted(glob.glob('*.expected.toml')):
    name = exp[:-len('.expected.toml')]
    d = tomllib.load(open(exp, 'rb'))
    texts = {'left': body(f'{name}_1.md'), 'right': body(f'{name}_2.md')}
    for side in ('1','2'):
        n = len(strict(body(f'{name}_{side}.md')))
        if not 12 <= n <= 25: ok=False; print('SENTENCE COUNT', name, side, n)
        print(f'{name}_{side}.md: {n} sentences')
    for sec in ('contrast','agreement'):
        for e in d.get(sec, []):
            if sec=='contrast': assert e['kind'] in ('stance','figure','quote'), e
            assert e.get('topic')
            for side in ('left','right'):
                s = e[side]
                if len(s) < 8 or '\n' in s: ok=False; print('BAD LEN', name, s)
                for fn in (naive, strict):
                    hits = [x for x in fn(texts[side]) if s in x]
                    if not hits: ok=False; print('NOT IN ONE SENTENCE', fn.__name__, name, side, repr(s))
    print(name, 'contrasts', len(d.get('contrast',[])), 'agreements', len(d.get('agreement',[])))
print('ALL OK' if ok else 'FAILURES')
