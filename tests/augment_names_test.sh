#!/bin/bash
# scripts/augment_names.py (news-shaped names for parser training, models/README.md):
# copies only of sentences with a person's name; the name's first word keeps the old
# head and relation, its other words are flat under it, a title is nmod:desc of it; the
# output is a treebank newsgraph reads; the same seed gives the same bytes.
set -euo pipefail
NG="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%s\n' \
  '# sent_id = t1' '# text = Mr. Smith met Anna Berg in Paris.' \
  $'1\tMr.\tMr.\tPROPN\tNNP\tNumber=Sing\t2\tnmod:desc\t_\t_' \
  $'2\tSmith\tSmith\tPROPN\tNNP\tNumber=Sing\t3\tnsubj\t_\t_' \
  $'3\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_' \
  $'4\tAnna\tAnna\tPROPN\tNNP\tNumber=Sing\t3\tobj\t_\t_' \
  $'5\tBerg\tBerg\tPROPN\tNNP\tNumber=Sing\t4\tflat\t_\t_' \
  $'6\tin\tin\tADP\tIN\t_\t7\tcase\t_\t_' \
  $'7\tParis\tParis\tPROPN\tNNP\tNumber=Sing\t3\tobl\t_\tSpaceAfter=No' \
  $'8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_' '' \
  '# sent_id = t2' '# text = Paris is big.' \
  $'1\tParis\tParis\tPROPN\tNNP\tNumber=Sing\t3\tnsubj\t_\t_' \
  $'2\tis\tbe\tAUX\tVBZ\t_\t3\tcop\t_\t_' \
  $'3\tbig\tbig\tADJ\tJJ\t_\t0\troot\t_\tSpaceAfter=No' \
  $'4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_' '' > "$tmp/in.conllu"
python3 scripts/augment_names.py "$tmp/in.conllu" --seed 7 --copies 20 > "$tmp/a.conllu"
python3 scripts/augment_names.py "$tmp/in.conllu" --seed 7 --copies 20 > "$tmp/b.conllu"
python3 scripts/augment_names.py "$tmp/in.conllu" --seed 8 --copies 20 > "$tmp/c.conllu"
cmp -s "$tmp/a.conllu" "$tmp/b.conllu"
if cmp -s "$tmp/a.conllu" "$tmp/c.conllu"; then echo "seed ignored"; exit 1; fi
test "$(grep -c '^# sent_id = t1-names$' "$tmp/a.conllu")" = 20
if grep -q '^# sent_id = t2' "$tmp/a.conllu"; then echo 'copy without a name'; exit 1; fi
python3 - "$tmp/a.conllu" <<'PY'
import sys
sents = [b.split("\n") for b in open(sys.argv[1]).read().strip().split("\n\n")]
titled = appos = 0
for s in sents:
    w = [l.split("\t") for l in s if not l.startswith("#")]
    form = {int(x[0]): x for x in w}
    met = next(x for x in w if x[1] == "met")
    subj = [x for x in w if x[6] == met[0] and x[7] == "nsubj"]
    obj = [x for x in w if x[6] == met[0] and x[7] == "obj"]
    assert len(subj) == 1 and len(obj) == 1, s
    for name in subj + obj:
        assert name[3] == "PROPN" and name[1][0].isupper(), s
        flat = [x for x in w if x[6] == name[0] and x[7] == "flat"]
        assert 1 <= len(flat) <= 3, s
        assert all(int(f[0]) == int(name[0]) + i + 1 and f[3] == "PROPN" for i, f in enumerate(flat)), s
        assert "Smith" not in name[1] and "Anna" != name[1], s
        for d in (x for x in w if x[6] == name[0] and x[7] == "nmod:desc"):
            assert int(d[0]) < int(name[0]) and d[3] == "PROPN", s
            titled += 1
        appos += sum(1 for x in w if x[6] == name[0] and x[7] == "appos")
    assert any(x[1] == "Paris" and x[7] == "obl" and x[6] == met[0] for x in w), s
assert titled >= 10 and appos >= 1, (titled, appos)
PY
# newsgraph reads the copies as a treebank: every word scored.
"$NG" parse --conllu "$tmp/a.conllu" --eval > "$tmp/eval.txt" 2>&1
grep -q UAS "$tmp/eval.txt"
