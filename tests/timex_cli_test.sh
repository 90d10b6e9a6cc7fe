#!/bin/bash
# newsgraph timex: TimeML in and out (file and directory), scorer, article mode.
set -euo pipefail
NG="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/in" "$tmp/out"
cat > "$tmp/in/doc1.tml" <<'TML'
<?xml version="1.0" ?>
<TimeML>
<DOCID>doc1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2026-01-22" temporalFunction="false" functionInDocument="CREATION_TIME">2026-01-22</TIMEX3></DCT>
<TEXT>
The envoys met Putin on Tuesday, January 20, and will meet him again next week.
Talks lasted three hours &amp; ended after 8 p.m. today.
</TEXT>
</TimeML>
TML
"$NG" timex --timeml "$tmp/in/doc1.tml" -o "$tmp/one.tml"
grep -q '<TIMEX3 tid="t1" type="DATE" value="2026-01-20">Tuesday, January 20</TIMEX3>' "$tmp/one.tml"
grep -q 'value="2026-W05">next week</TIMEX3>' "$tmp/one.tml"
grep -q 'type="DURATION" value="PT3H">three hours</TIMEX3> &amp; ended' "$tmp/one.tml"
grep -q 'type="TIME" value="2026-01-22T20:00">8 p.m.</TIMEX3>' "$tmp/one.tml"
# The text is unchanged: removing the inserted tags gives the input back.
diff <(sed -e 's/<TIMEX3 tid="t[1-9][0-9]*"[^>]*>//g' -e 's/<\/TIMEX3>//g' "$tmp/one.tml" | sed -n '/<TEXT>/,/<\/TEXT>/p') \
     <(sed -n '/<TEXT>/,/<\/TEXT>/p' "$tmp/in/doc1.tml")
# Directory in, directory out; the output scores 100 against itself.
"$NG" timex --timeml "$tmp/in" -o "$tmp/out"
test -f "$tmp/out/doc1.tml"
"$NG" timex --score "$tmp/out" "$tmp/out" | grep -q 'value_F1: 100.00'
# Deterministic output.
"$NG" timex --timeml "$tmp/in/doc1.tml" > "$tmp/again.tml"
cmp "$tmp/one.tml" "$tmp/again.tml"
# Bad input: a clear error naming the file, exit 1, no output file.
echo '<TimeML>no text</TimeML>' > "$tmp/bad.tml"
if "$NG" timex --timeml "$tmp/bad.tml" -o "$tmp/bad.out" 2> "$tmp/err"; then exit 1; else test $? -eq 1; fi
grep -q 'bad.tml' "$tmp/err"
test ! -e "$tmp/bad.out"
# Usage error: exit 2.
if "$NG" timex --timeml 2>/dev/null; then exit 1; else test $? -eq 2; fi
# Article mode.
printf 'Moscow, Thursday, 22 January 2026.\nThey met on Tuesday.\n' > "$tmp/a.txt"
"$NG" timex "$tmp/a.txt" | grep -q $'^DATE\t2026-01-20\t\t\t'
echo ok
