#!/usr/bin/env python3
"""Pairwise merge precision and recall of people, organisations and places across the
articles of the dev corpus built as one graph.

Method. The gold files have no ids across articles, so gold identity is built from
their names: two gold entities of different articles are one when they have the same
type and either the same canonical name, or the canonical name of one is a name of two
or more words among the other's aliases (a gold file stating that both names are its
entity), compared as graph::name_slug does (case, dots, apostrophes, commas, a leading
"the" and spacing do not matter), closed transitively; and a gold entity whose canonical
name is one word ("Putin") joins the one gold entity of a longer name that has that word
among its names, when the gold files give the word to exactly one such entity (a word
that two full names share, "Biden", joins nothing: it is the ambiguity under test). This
under-links spelling variants that no one article gives together ("Joe X" / "Joseph R.
X"), so the precision printed is a lower bound; --errors lists every disagreement for a
reader to judge.

Each gold entity is then found in the graph: the node of its type that names its article
(subjectOf) and has its canonical name or one of its aliases among its names (the
canonical name first). Over every pair of found gold entities of one type from two
different articles: gold-same vs predicted-same (one node). Precision = pairs predicted
same that are gold same / pairs predicted same; recall = / pairs gold same. Gold entities
not found (missed or mistyped by recognition) are counted apart and left out.

usage: scripts/score_merges.py [--errors] [NEWSGRAPH] [DEV_DIR]
  NEWSGRAPH defaults to build/tools/newsgraph, DEV_DIR to ../shared/corpus/dev.
"""
import glob
import itertools
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict

args = [a for a in sys.argv[1:] if a != '--errors']
show_errors = '--errors' in sys.argv[1:]
newsgraph = args[0] if len(args) > 0 else 'build/tools/newsgraph'
dev = args[1] if len(args) > 1 else '../shared/corpus/dev'
if not os.path.isdir(dev):
    print('SKIP score_merges: %s not found' % dev)
    sys.exit(77)


def slug(name):
    s = name.strip()
    if s[:4].lower() == 'the ':
        s = s[4:]
    s = s.replace('\u2019', '').replace("'", '').replace('.', '')
    s = re.sub(r'[\s,_-]+', '-', s.lower()).strip('-')
    return s


# Gold entities: (article, type, canonical, names).
gold = []
for path in sorted(glob.glob(os.path.join(dev, '*.gold.json'))):
    article = os.path.basename(path)[:-len('.gold.json')]
    for e in json.load(open(path, encoding='utf-8'))['entities']:
        names = [e['name']] + e.get('aliases', [])
        gold.append((article, e['type'], e['name'], names))

parent = list(range(len(gold)))


def find(i):
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


by_canonical = defaultdict(list)
for i, (art, typ, name, names) in enumerate(gold):
    by_canonical[(typ, slug(name))].append(i)
for group in by_canonical.values():
    for j in group[1:]:
        parent[find(j)] = find(group[0])
for i, (art, typ, name, names) in enumerate(gold):
    for a in names[1:]:
        s = slug(a)
        if '-' in s:
            for j in by_canonical.get((typ, s), []):
                parent[find(j)] = find(i)

# A name of one word ("Putin", "DPRK") joins the gold entities whose canonical name is
# that word to the one gold entity of a longer canonical name that has it among its
# names, where the gold files give it to exactly one such entity (after the links above).
one_word = defaultdict(set)
for i, (art, typ, name, names) in enumerate(gold):
    for n in names:
        if '-' not in slug(n):
            one_word[(typ, slug(n))].add(i)
for (typ, w), members in sorted(one_word.items()):
    full = {find(i) for i in members if '-' in slug(gold[i][2])}
    if len(full) != 1:
        continue
    root = full.pop()
    for i in members:
        if '-' not in slug(gold[i][2]):
            parent[find(i)] = find(root)

# The graph of the whole dev corpus.
with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, 'dev.jsonld')
    subprocess.run([newsgraph, 'build', '--no-snapshot', dev, '-o', out], check=True,
                   stdout=subprocess.DEVNULL)
    graph = json.load(open(out, encoding='utf-8'))['@graph']
articles = {n['@id']: n['identifier'] for n in graph if n.get('@type') == 'Article'}
nodes = {}  # (type, article, name slug) -> [node ids]
node_name = {}
for n in graph:
    if n.get('@type') not in ('Person', 'Organization', 'Place'):
        continue
    alt = n.get('alternateName') or []
    names = [n['name']] + (alt if isinstance(alt, list) else [alt])
    subj = n.get('subjectOf') or []
    subj = subj if isinstance(subj, list) else [subj]
    node_name[n['@id']] = n['name']
    for s in subj:
        art = articles.get(s if isinstance(s, str) else s.get('@id'))
        for name in names:
            nodes.setdefault((n['@type'], art, slug(name)), []).append(n['@id'])

predicted = {}
for i, (art, typ, name, names) in enumerate(gold):
    for name_ in names:
        hit = nodes.get((typ, art, slug(name_)))
        if hit:
            predicted[i] = sorted(hit)[0]
            break

print('gold entities %d in %d articles, found in the graph %d (%.1f%%)'
      % (len(gold), len({g[0] for g in gold}), len(predicted), 100.0 * len(predicted) / max(1, len(gold))))
print('%-13s %10s %10s %10s %7s %7s %7s' % ('type', 'gold pairs', 'pred pairs', 'both', 'P', 'R', 'F1'))
false_merges = defaultdict(set)
splits = defaultdict(set)
totals = [0, 0, 0]
for typ in ('Person', 'Organization', 'Place'):
    ids = [i for i in predicted if gold[i][1] == typ]
    gp = pp = both = 0
    for i, j in itertools.combinations(ids, 2):
        if gold[i][0] == gold[j][0]:
            continue
        g = find(i) == find(j)
        p = predicted[i] == predicted[j]
        gp += g
        pp += p
        both += g and p
        if p and not g:
            false_merges[predicted[i]].update({(gold[i][0], gold[i][2]), (gold[j][0], gold[j][2])})
        if g and not p:
            splits[find(i)].update({(gold[i][0], gold[i][2], node_name[predicted[i]]),
                                    (gold[j][0], gold[j][2], node_name[predicted[j]])})
    prec = both / pp if pp else 1.0
    rec = both / gp if gp else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print('%-13s %10d %10d %10d %7.2f %7.2f %7.2f' % (typ, gp, pp, both, 100 * prec, 100 * rec, 100 * f1))
    totals = [totals[0] + gp, totals[1] + pp, totals[2] + both]
gp, pp, both = totals
prec = both / pp if pp else 1.0
rec = both / gp if gp else 1.0
print('%-13s %10d %10d %10d %7.2f %7.2f %7.2f'
      % ('all', gp, pp, both, 100 * prec, 100 * rec, 100 * (2 * prec * rec / (prec + rec) if prec + rec else 0)))
if show_errors:
    print('\nmerged, gold apart (node: gold names by article):')
    for node, members in sorted(false_merges.items()):
        print('  %s: %s' % (node_name[node], '; '.join('%s %s' % m for m in sorted(members))))
    print('\nsplit, gold one (gold name in article -> node):')
    for _, members in sorted(splits.items(), key=lambda kv: sorted(kv[1])):
        print('  ' + '; '.join('%s %s -> %s' % m for m in sorted(members)))
