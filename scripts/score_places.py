#!/usr/bin/env python3
"""Meeting places on the dev corpus, a figure graph_score.py does not give.

For each gold meeting with a place whose participants (two or more of them) a predicted
meeting shares, counts whether one such predicted meeting names the gold place (by
canonical name or alias), names none, or names another; and counts predicted places on
gold meetings that have none.

usage: scripts/score_places.py [NEWSGRAPH] [DEV_DIR]
  NEWSGRAPH defaults to build/tools/newsgraph, DEV_DIR to ../shared/corpus/dev.
"""
import glob
import json
import os
import subprocess
import sys

newsgraph = sys.argv[1] if len(sys.argv) > 1 else 'build/tools/newsgraph'
dev = sys.argv[2] if len(sys.argv) > 2 else '../shared/corpus/dev'
if not os.path.isdir(dev):
    print('SKIP score_places: %s not found' % dev)
    sys.exit(77)

found = right = none = wrong = extra = 0
for gold_path in sorted(glob.glob(os.path.join(dev, '*.gold.json'))):
    stem = os.path.basename(gold_path)[:-len('.gold.json')]
    gold = json.load(open(gold_path, encoding='utf-8'))
    alias = {}
    for e in gold['entities']:
        for n in [e['name']] + e.get('aliases', []):
            alias[n.lower()] = e['name']
    out = subprocess.run([newsgraph, 'annotate', '--layers', 'entities,events', os.path.join(dev, stem + '.txt')],
                         capture_output=True, text=True, check=True).stdout
    pred = []
    for line in out.splitlines():
        f = line.split('\t')
        if len(f) > 6 and f[0] == 'V' and f[1] == 'Meeting':
            who = set(alias.get(w.split(':')[0].lower(), w.split(':')[0]) for w in f[6][len('who='):].split('|'))
            place = f[5][len('place='):]
            pred.append((who, alias.get(place.lower(), place)))
    for m in gold['meetings']:
        cands = [p for p in pred if len(p[0] & set(m['participants'])) >= 2]
        if not cands:
            continue
        places = [c[1] for c in cands]
        if not m.get('place'):
            extra += any(places)
            continue
        found += 1
        if m['place'] in places:
            right += 1
        elif not any(places):
            none += 1
        else:
            wrong += 1
print('gold meetings with a place, found: %d; place right %d, none %d, another %d' % (found, right, none, wrong))
print('gold meetings without a place, found with one: %d' % extra)
