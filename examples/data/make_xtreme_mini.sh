#!/usr/bin/env bash
# Rebuilds examples/data/xtreme-mini/udpos (the demo's UD-POS folder in XTREME's layout) from
# Universal Dependencies CoNLL-U treebanks licensed CC BY-SA 4.0 (the copies in ../shared/data/ud).
# Each output line is "word<TAB>UPOS" with a blank line between sentences, as XTREME's
# download/udpos files; multiword-token ranges (3-4) and empty nodes (8.1) are skipped, so the
# words are UD's syntactic words, as in XTREME's preprocessing.
#
#   bash examples/data/make_xtreme_mini.sh [UD_DIR]
set -euo pipefail
cd "$(dirname "$0")"
UD=${1:-../../../shared/data/ud}
OUT=xtreme-mini/udpos
mkdir -p "$OUT"

# convert FILE MAX_SENTENCES SKIP_SENTENCES > out.tsv
convert() {
  awk -F'\t' -v max="$2" -v skip="$3" '
    /^#/ { next }
    /^$/ { if (n > 0) { s++; if (s > skip) { printf "%s\n", buf; kept++ } } buf = ""; n = 0; if (kept >= max) exit; next }
    $1 ~ /[-.]/ { next }
    { buf = buf $2 "\t" $4 "\n"; n++ }
  ' "$1"
}

convert "$UD/UD_English-EWT/en_ewt-ud-dev.conllu" 1200 0 > "$OUT/train-en.tsv"
convert "$UD/UD_English-EWT/en_ewt-ud-test.conllu" 300 0 > "$OUT/dev-en.tsv"
convert "$UD/UD_English-EWT/en_ewt-ud-test.conllu" 300 300 > "$OUT/test-en.tsv"
convert "$UD/UD_German-GSD/de_gsd-ud-test.conllu" 300 0 > "$OUT/test-de.tsv"
convert "$UD/UD_Spanish-GSD/es_gsd-ud-test.conllu" 300 0 > "$OUT/test-es.tsv"
convert "$UD/UD_Finnish-TDT/fi_tdt-ud-test.conllu" 300 0 > "$OUT/test-fi.tsv"
convert "$UD/UD_Chinese-GSD/zh_gsd-ud-test.conllu" 300 0 > "$OUT/test-zh.tsv"
wc -l "$OUT"/*.tsv
