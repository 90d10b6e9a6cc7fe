#!/usr/bin/env python3
"""Copies of CoNLL-U sentences with their people's names made news-shaped.

Usage: augment_names.py TREEBANK.conllu [--seed N] [--copies N] [--data DIR] > OUT.conllu

For each sentence of TREEBANK with a person's name in it (a PROPN that heads a name: a
first name of the gazetteer with `flat` parts after it, or a PROPN with a title as its
`nmod:desc`, "Mr. Bush"; as nsubj, obj, iobj, obl, nmod, appos or conj), writes COPIES
copies in which each such name (with its title) is replaced by a longer one of the
shapes news uses: 1-2 given names and 1-2 surnames, after a title of data/name_titles.tsv
(70%; a demonym or country may stand before it), or followed by the title as an
apposition ("X, the foreign minister of Y,"; 15%), or alone. The trees follow EWT's own
conventions for such material (title nmod:desc of the name's first word, the other name
words flat under it, "Prime"/"Foreign" amod of "Minister", "of State" nmod of
"Secretary", a demonym amod and a country compound of the title). Only the augmented
copies are written; `cat` them after the treebank to train on both.

Word lists come from data/ only: given names from the gazetteer's first_name entries,
surnames from its one-word, capitalised city names that are no first name, country or
demonym, demonyms and countries from its demonym and country entries. The same input,
seed and data give the same bytes.
"""
import argparse
import os
import random
import re
import sys

ARG_RELS = {"nsubj", "obj", "iobj", "obl", "nmod", "appos", "conj"}


def read_conllu(path):
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if cur:
                    sents.append(cur)
                cur = []
            else:
                cur.append(line)
    if cur:
        sents.append(cur)
    return sents


def load_lists(data):
    first, cities, countries, demonyms, block = [], [], [], [], set()
    with open(os.path.join(data, "gazetteer.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 2:
                continue
            phrase, cat = cols[0], cols[1]
            if cat == "first_name":
                first.append(phrase)
                block.add(phrase.lower())
            elif cat == "city":
                cities.append(phrase)
            elif cat == "country":
                block.add(phrase.lower())
                if re.fullmatch(r"[A-Z][a-z]{3,}|[A-Z]{2}", phrase):
                    countries.append(phrase)
            elif cat == "demonym":
                block.add(phrase.lower())
                if re.fullmatch(r"[A-Z][a-z]{3,}", phrase):
                    demonyms.append(phrase)
    dem = set(demonyms)
    demonyms = [d for d in demonyms if not (d.endswith("s") and d[:-1] in dem)]
    surnames = sorted({c for c in cities if re.fullmatch(r"[A-Z][a-z]{3,10}", c) and c.lower() not in block})
    titles = []
    with open(os.path.join(data, "name_titles.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            toks, prefix, appos = line.rstrip("\n").split("\t")
            parts = [t.split("|") for t in toks.split(" ")]
            titles.append(([(w, u, x, d, int(h)) for w, u, x, d, h in parts], prefix == "yes", appos == "yes"))
    return sorted(set(first)), surnames, sorted(set(countries)), sorted(set(demonyms)), titles


class Sentence:
    def __init__(self, lines):
        self.comments = [l for l in lines if l.startswith("#")]
        self.words, self.ranges = [], []  # words: 10 columns; ranges: (first, last, columns)
        for l in lines:
            if l.startswith("#"):
                continue
            c = l.split("\t")
            if "." in c[0]:
                continue  # empty nodes (enhanced graph only): dropped
            if "-" in c[0]:
                a, b = c[0].split("-")
                self.ranges.append((int(a), int(b), c))
            else:
                self.words.append(c)


def person_spans(s, first_names):
    """(start, head, end) 1-based word ids of each replaceable name, in order."""
    n = len(s.words)
    kids = {i: [] for i in range(n + 1)}
    for w in s.words:
        kids[int(w[6])].append(int(w[0]))
    spans = []
    for w in s.words:
        h = int(w[0])
        if w[3] != "PROPN" or w[7].split(":")[0] not in ARG_RELS:
            continue
        if not re.fullmatch(r"[A-Z][a-z]+", w[1]):
            continue
        flat = [k for k in kids[h] if s.words[k - 1][7] == "flat"]
        desc = [k for k in kids[h] if s.words[k - 1][7] == "nmod:desc" and k < h]
        is_person = (w[1].lower() in first_names and flat) or any(s.words[k - 1][3] == "PROPN" for k in desc)
        if not is_person:
            continue
        # flat parts: PROPN, contiguous after the head, without children of their own
        if any(k != h + i + 1 or s.words[k - 1][3] != "PROPN" or kids[k] for i, k in enumerate(sorted(flat))):
            continue
        end = h + len(flat)
        start = h
        if desc:
            # the title's subtree, contiguous and ending right before the name
            sub = set()
            todo = list(desc)
            while todo:
                k = todo.pop()
                sub.add(k)
                todo.extend(kids[k])
            if sorted(sub) != list(range(min(sub), h)):
                continue
            start = min(sub)
        inside = set(range(start, end + 1))
        # nothing outside depends on a word of the span other than the head
        if any(int(x[6]) in inside - {h} and int(x[0]) not in inside for x in s.words):
            continue
        if any(a <= end and b >= start for a, b, _ in s.ranges):
            continue
        spans.append((start, h, end))
    return spans


def word(form, upos, xpos, rel, head, misc="_"):
    feats = "Number=Sing" if upos in ("PROPN", "NOUN") and not xpos.endswith("S") else "_"
    if xpos.endswith("S") and upos in ("PROPN", "NOUN"):
        feats = "Number=Plur"
    if upos == "ADJ":
        feats = "Degree=Pos"
    if upos == "DET":
        feats = "Definite=Def|PronType=Art"
    return [None, form, form if upos == "PROPN" else form.lower(), upos, xpos, feats, head, rel, "_", misc]


def lower_title(toks):
    out = []
    for w, u, x, d, h in toks:
        if u == "PROPN":
            u, x = "NOUN", ("NNS" if x == "NNPS" else "NN")
        elif u == "ADJ":
            x = "JJ"
        out.append((w.lower() if not w.endswith(".") else w, u, x, d, h))
    return out


def make_name(rng, lists, rel, head_ref, last_misc, has_poss):
    """New words for one span: a list of (columns, local head) with local heads as
    ("L", i) (a word of this list), ("H",) (the original head's head) ."""
    first, surnames, countries, demonyms, titles = lists
    given = [rng.choice(first) for _ in range(1 if rng.random() < 0.55 else 2)]
    family = [rng.choice(surnames) for _ in range(1 if rng.random() < 0.8 else 2)]
    name = given + family
    r = rng.random()
    out = []
    mode = "title" if r < 0.7 else ("appos" if r < 0.85 and not has_poss else "bare")
    if mode == "title":
        toks, prefix, _ = rng.choice(titles)
        pre = []
        if prefix:
            p = rng.random()
            if p < 0.3:
                pre = [(rng.choice(demonyms), "ADJ", "JJ", "amod")]
            elif p < 0.42:
                pre = [(rng.choice(countries), "PROPN", "NNP", "compound")]
        thead = next(i for i, t in enumerate(toks) if t[4] == 0)
        base = len(pre)
        for f, u, x, d in pre:
            out.append((word(f, u, x, d, None), ("L", base + thead)))
        for w, u, x, d, h in toks:
            out.append((word(w, u, x, d, None), ("L", base + len(toks)) if h == 0 else ("L", base + h - 1)))
    name_at = len(out)
    for i, w in enumerate(name):
        out.append((word(w, "PROPN", "NNP", rel if i == 0 else "flat", None), ("H",) if i == 0 else ("L", name_at)))
    if mode == "appos":
        cands = [t for t in titles if t[2]]
        toks = cands[rng.randrange(len(cands))][0]
        if rng.random() < 0.6:
            toks = lower_title(toks)
        a0 = len(out)
        thead = next(i for i, t in enumerate(toks) if t[4] == 0)
        ahead = a0 + 2 + thead
        out.append((word(",", "PUNCT", ",", "punct", None), ("L", ahead)))
        out.append((word("the", "DET", "DT", "det", None), ("L", ahead)))
        for w, u, x, d, h in toks:
            if h == 0:
                out.append((word(w, u, x, "appos", None), ("L", name_at)))
            else:
                out.append((word(w, u, x, d, None), ("L", a0 + 2 + h - 1)))
        if not any(t[0] == "of" for t in toks):
            c = len(out)
            out.append((word("of", "ADP", "IN", "case", None), ("L", c + 1)))
            out.append((word(rng.choice(countries), "PROPN", "NNP", "nmod", None), ("L", ahead)))
        out.append((word(",", "PUNCT", ",", "punct", None), ("L", ahead)))
    out[-1][0][9] = last_misc
    return out


def augment(s, spans, rng, lists):
    old = s.words
    span_of = {}
    for sp in spans:
        for i in range(sp[0], sp[2] + 1):
            span_of[i] = sp
    new, newid = [], {}  # newid: old id -> new id (heads of kept words, span heads -> name's first word)
    pending = []  # (new word, local ref, span base index)
    i = 1
    while i <= len(old):
        if i in span_of:
            start, h, end = span_of[i]
            hw = old[h - 1]
            has_poss = any(int(x[6]) == h and x[7] == "case" and x[1] in ("'s", "'") for x in old)
            # after the span: punctuation or end of sentence -> no closing comma wanted,
            # but a closing comma before punctuation is harmless only for ',' itself
            next_w = old[end] if end < len(old) else None
            words = make_name(rng, lists, hw[7], None, old[end - 1][9], has_poss)
            if next_w is not None and next_w[3] == "PUNCT" and words[-1][0][1] == ",":
                words[-1][0][9] = old[end - 1][9]
                words.pop()
                words[-1][0][9] = old[end - 1][9]
            base = len(new)
            for w, ref in words:
                new.append(w)
                pending.append((w, ref, base, h))
            name_first = next(k for k, (w, ref) in enumerate(words) if ref == ("H",))
            newid[h] = base + name_first + 1
            i = end + 1
        else:
            w = list(old[i - 1])
            newid[i] = len(new) + 1
            new.append(w)
            pending.append((w, ("OLD", int(w[6])), None, None))
            i += 1
    for w, ref, base, h in pending:
        if ref[0] == "OLD":
            w[6] = str(newid[ref[1]]) if ref[1] else "0"
        elif ref[0] == "H":
            hh = int(old[h - 1][6])
            w[6] = str(newid[hh]) if hh else "0"
        else:
            w[6] = str(base + ref[1] + 1)
    for k, w in enumerate(new):
        w[0] = str(k + 1)
        w[8] = "_"
    ranges = [(newid[a], newid[b], c) for a, b, c in s.ranges]
    text = ""
    for k, w in enumerate(new):
        text += w[1]
        if "SpaceAfter=No" not in w[9] and k + 1 < len(new):
            text += " "
    lines = []
    for c in s.comments:
        if c.startswith("# text ="):
            lines.append("# text = " + text)
        elif c.startswith("# sent_id ="):
            lines.append(c + "-names")
        elif c.startswith("# newdoc") or c.startswith("# newpar"):
            continue
        else:
            lines.append(c)
    by_first = {a: (a, b, c) for a, b, c in ranges}
    for k, w in enumerate(new):
        if k + 1 in by_first:
            a, b, c = by_first[k + 1]
            lines.append("\t".join([f"{a}-{b}"] + c[1:]))
        lines.append("\t".join(w))
    return lines


def check(lines):
    """Each word has one head in range and the heads make a tree rooted at one word."""
    words = [l.split("\t") for l in lines if not l.startswith("#") and "-" not in l.split("\t")[0]]
    n = len(words)
    heads = [int(w[6]) for w in words]
    assert all(0 <= h <= n for h in heads), lines
    assert heads.count(0) >= 1, lines
    for i in range(1, n + 1):
        seen, k = set(), i
        while k:
            assert k not in seen, ("cycle", lines)
            seen.add(k)
            k = heads[k - 1]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("treebank")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--copies", type=int, default=1)
    ap.add_argument("--data", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data"))
    a = ap.parse_args()
    lists = load_lists(a.data)
    first_names = {f.lower() for f in lists[0]}
    rng = random.Random(a.seed)
    made = names = 0
    out = sys.stdout
    for lines in read_conllu(a.treebank):
        s = Sentence(lines)
        if any(len(w) != 10 or not w[6].isdigit() for w in s.words):
            continue
        spans = person_spans(s, first_names)
        if not spans:
            continue
        for _ in range(a.copies):
            new = augment(s, spans, rng, lists)
            check(new)
            out.write("\n".join(new) + "\n\n")
            made += 1
            names += len(spans)
    print(f"augment_names: {made} sentences, {names} names replaced", file=sys.stderr)


if __name__ == "__main__":
    main()
