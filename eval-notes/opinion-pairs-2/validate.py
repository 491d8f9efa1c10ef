#!/usr/bin/env python3
"""Checks every snippet of the expected files lies verbatim within one sentence of its article."""
import tomllib, glob, os, re
import sys
D=os.path.dirname(os.path.abspath(__file__)); bad=0; n=0
for f in sorted(glob.glob(D+"/*.expected.toml")):
    name=os.path.basename(f).split(".")[0]
    arts=[open(f"{D}/{name}_{i}.md").read() for i in (1,2)]
    for body in arts:
        lines=body.splitlines(); assert lines[0].startswith("# ") and re.match(r"\*By .+\*$", lines[2]), name
    data=tomllib.load(open(f,"rb"))
    for sec in ("contrast","agreement"):
        for e in data.get(sec,[]):
            for side,art in (("left",arts[0]),("right",arts[1])):
                n+=1; s=e[side]
                if s not in art or re.search(r'[.!?]["”]?\s+["“]?[A-Z]', s):
                    bad+=1; print("BAD",name,sec,side,s)
print(n,"snippets checked,",bad,"bad")
