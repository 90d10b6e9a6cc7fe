#!/usr/bin/env python3
"""Writes the dev corpus repeated to a given size, with people's names varied per copy.

Copy k of each article ../shared/corpus/dev/NNN.txt becomes OUT/kKKKKK/KKKKKK-NNN.txt (its own
article id), in which
every word of a person's name (the words of the gold file's Person names and aliases that
start with a capital and are not titles: 'Biden', 'Xi', 'Jinping'; see TITLES below) gets
the suffix of copy k ('Biden' -> 'Bidenqa'), so each copy's people are new people to the
graph while places, organisations and the sentences around them stay as they were. The
graph then grows with the input as an archive's does (new people, the same places).
Copy 0 is the corpus unchanged. Stops after the copy that reaches SIZE bytes.

usage: bench/make_corpus.py SIZE_MB OUT_DIR [SHARED]   (SHARED default ../shared)
Prints the number of articles and bytes written. Exits 77 without the dev corpus.
"""
import json
import os
import re
import sys

# Words of gold aliases that are titles or honorifics, not names: left as they are.
TITLES = {"President", "Prime", "Minister", "Secretary", "General", "Chancellor", "King", "Queen", "Prince",
          "Sheikh", "Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady", "Senator", "Sen", "Rep", "Gov", "Governor",
          "Vice", "Foreign", "Defense", "Defence", "State", "Premier", "Chairman", "Leader", "Ambassador",
          "Envoy", "Special", "Deputy", "Crown", "Emir", "Pope", "Saint", "St", "Jr", "Sr", "The", "Mayor",
          "First", "Lady", "Director", "Commissioner", "Admiral", "Colonel", "Captain", "Judge", "Justice"}


def suffix(k):
    """A pronounceable suffix that names copy k (k >= 1): 'qa', 'qe', ..., 'qaba', ..."""
    consonants, vowels = "bdfgklmnprstvz", "aeiou"
    out = "q"
    while True:
        k, v = divmod(k - 1, len(vowels))
        out += vowels[v]
        if k == 0:
            return out
        k, c = divmod(k - 1, len(consonants))
        out += consonants[c]
        if k == 0:
            return out


def person_words(gold_path):
    with open(gold_path, encoding="utf-8") as f:
        gold = json.load(f)
    words = set()
    for e in gold.get("entities", []):
        if e.get("type") != "Person":
            continue
        for name in [e.get("name", "")] + e.get("aliases", []):
            for w in re.findall(r"[^\W\d_][\w'-]*", name):
                if w[0].isupper() and w.rstrip(".") not in TITLES and len(w) >= 2:
                    words.add(w)
    return words


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    size = int(float(sys.argv[1]) * 1e6)
    out = sys.argv[2]
    shared = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(__file__), "..", "..", "shared")
    dev = os.path.join(shared, "corpus", "dev")
    if not os.path.isdir(dev):
        print(f"SKIP make_corpus: {dev} not found")
        sys.exit(77)
    articles = []
    for name in sorted(os.listdir(dev)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(dev, name), encoding="utf-8") as f:
            text = f.read()
        gold = os.path.join(dev, name[:-4] + ".gold.json")
        words = person_words(gold) if os.path.exists(gold) else set()
        # Longest first, whole words only.
        pattern = re.compile(r"(?<![\w])(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?![\w])") if words else None
        articles.append((name, text, pattern))
    written = count = 0
    k = 0
    while written < size:
        folder = os.path.join(out, f"k{k:06d}")
        os.makedirs(folder, exist_ok=True)
        tail = suffix(k) if k else ""
        for name, text, pattern in articles:
            varied = pattern.sub(lambda m: m.group(1) + tail, text) if (pattern and tail) else text
            data = varied.encode("utf-8")
            with open(os.path.join(folder, f"{k:06d}-{name}"), "wb") as f:
                f.write(data)
            written += len(data)
            count += 1
        k += 1
    print(f"{count} articles ({k} copies of {len(articles)}), {written} bytes in {out}")


if __name__ == "__main__":
    main()
