#!/usr/bin/env bash
# Rebuilds examples/data/intermediate-mini, the demo study's English intermediate-task data, from
# the project's shared data folder (../shared/data):
#   ud/UD_English-EWT/en_ewt-ud-train.conllu  UD English-EWT dev sentences 1201-2001 (ud-deprel training;
#                                             sentences 1-1200 are the demo's UD-POS training set)
#   ud/UD_English-EWT/en_ewt-ud-dev.conllu    UD English-EWT test sentences 601-900 (ud-deprel dev; 1-600
#                                             are the demo's UD-POS dev and English test sets)
#   siqa/socialIQa_v1.4_trn.jsonl             SocialIQA v1.4 dev items 1-1000 (siqa training)
#   siqa/socialIQa_v1.4_dev.jsonl             SocialIQA v1.4 dev items 1001-1300 (siqa dev)
# CoNLL-U sentences are copied whole (comments, multiword tokens and all).
#
#   bash examples/data/make_intermediate_mini.sh [SHARED_DATA_DIR]
set -euo pipefail
cd "$(dirname "$0")"
SHARED=${1:-../../../shared/data}
OUT=intermediate-mini
mkdir -p "$OUT/ud/UD_English-EWT" "$OUT/siqa"

# sentences FILE FIRST LAST: CoNLL-U sentences FIRST..LAST (1-based), each ended by a blank line.
sentences() {
  awk -v first="$2" -v last="$3" '
    { buf = buf $0 "\n" }
    /^$/ { n++; if (n >= first && n <= last) printf "%s", buf; buf = ""; if (n >= last) exit }
  ' "$1"
}
EWT="$SHARED/ud/UD_English-EWT"
sentences "$EWT/en_ewt-ud-dev.conllu" 1201 2001 > "$OUT/ud/UD_English-EWT/en_ewt-ud-train.conllu"
sentences "$EWT/en_ewt-ud-test.conllu" 601 900 > "$OUT/ud/UD_English-EWT/en_ewt-ud-dev.conllu"
cp "$EWT/LICENSE.txt" "$OUT/ud/UD_English-EWT/LICENSE.txt"

SIQA="$SHARED/xtreme/siqa"
sed -n '1,1000p' "$SIQA/socialIQa_v1.4_dev.jsonl" > "$OUT/siqa/socialIQa_v1.4_trn.jsonl"
sed -n '1001,1300p' "$SIQA/socialIQa_v1.4_dev.jsonl" > "$OUT/siqa/socialIQa_v1.4_dev.jsonl"
cp "$SIQA/LICENCE-CC-BY-4.txt" "$OUT/siqa/LICENCE-CC-BY-4.txt"

for f in "$OUT"/ud/UD_English-EWT/*.conllu; do echo "$f: $(grep -c '^$' "$f") sentences"; done
wc -l "$OUT"/siqa/*.jsonl
