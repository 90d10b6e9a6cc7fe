#!/usr/bin/env bash
# What each rule pass of the entity recognizer brings: the ALL F1 of `newsgraph ner
# --rules --eval` on CoNLL-2003 testa, GMB and UNER EWT dev with all passes, then with
# each pass left out (--skip-passes), one line a pass. Needs ../shared/data/ner.
# usage: scripts/ner_ablation.sh [NEWSGRAPH]   (default build/tools/newsgraph)
set -euo pipefail
cd "$(dirname "$0")/.."
NG="${1:-build/tools/newsgraph}"
S=../shared/data/ner
if [ ! -d "$S" ]; then echo "SKIP ner_ablation: $S not found"; exit 0; fi
f1() { "$NG" ner "$@" --rules --eval | awk '/^ALL/{print $7}'; }
row() {
  printf "%-36s %7s %7s %7s\n" "$1" "$(f1 --conll $S/conll2003/eng.testa "${@:2}")" \
    "$(f1 --gmb $S/gmb/ner_dataset.csv "${@:2}")" "$(f1 --uner $S/uner_en/en_ewt-ud-dev.iob2 "${@:2}")"
}
printf "%-36s %7s %7s %7s\n" pass conll gmb uner
row "(all)"
for p in $(grep -o '{"[a-z_]*", &Rules::' lib/ner/recognizer.cpp | cut -d'"' -f2); do
  row "-$p" --skip-passes "$p"
done
