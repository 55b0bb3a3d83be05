#!/usr/bin/env bash
# The bundled example (`make demo`): a real, small study end to end, and its baselines.
#   1. a small multilingual encoder, made here once and cached in $OUT (no pretrained weights can
#      be downloaded here): mBERT's vocabulary restricted to the tokens of the bundled text
#      (`xlfuse vocab restrict`), random init, then translation-LM pretraining on bundled parallel
#      text (English-German/Spanish/Chinese, `xlfuse pretrain --parallel`) plus masked LM on
#      Finnish text; and, as a baseline, the same model pretrained for as many updates on the
#      English side only;
#   2. the study `examples/demo.toml` (`xlfuse run`): English intermediate tasks (none, ud-deprel,
#      siqa) -> English UD-POS -> zero-shot predictions in de/es/fi/zh -> ensembles -> report;
#   3. the baselines with the same UD-POS recipe: the English-only encoder, and the majority class;
#   4. the comparison table, and where the HTML report is.
# MODEL=/path/to/bert-base-multilingual-cased runs the study on a real checkpoint instead (step 1
# and the English-only baseline are skipped). DEMO_OUT (default build/demo) moves the outputs;
# DEMO_STEPS sets the pretraining updates, DEMO_THREADS the compute threads. Everything made is reused on a rerun.
set -euo pipefail
cd "$(dirname "$0")/.."

XLFUSE=${1:-build/bin/xlfuse}
OUT=${DEMO_OUT:-build/demo}
MODEL=${MODEL:-}
STEPS=${DEMO_STEPS:-1000}
# One thread: the small model gains little from more, and on a machine that other jobs keep busy
# two OpenMP threads were measured ~10x slower than one (7.7 against 71 examples/s). 0 = all cores.
THREADS=${DEMO_THREADS:-1}
DATA=examples/data
TEXT=$DATA/pretrain-text
POS_DATA=$DATA/xtreme-mini
LANGS=en,de,es,fi,zh
start=$(date +%s)
mkdir -p "$OUT"

cat <<'EOF'
== xlfuse demo
   The encoder made here is SMALL (4 layers, hidden size 64, pretrained for minutes on ~40k
   bundled sentences): its scores show the pipeline and how far translation-LM pretraining
   carries English UD-POS to other languages at this scale, not mBERT's numbers. The real study needs mBERT (or XLM-R) and a GPU: see docs/study.md and
   MODEL=/path/to/bert-base-multilingual-cased make demo.
EOF

echo "== xlfuse env"
"$XLFUSE" env

# pretrain NAME ARGS...: one pretraining from the random encoder, resumable, skipped when done.
pretrain() {
  local name=$1
  shift
  if [ ! -f "$OUT/$name/model.safetensors" ]; then
    "$XLFUSE" pretrain --init "$OUT/random-encoder" --out "$OUT/$name" "$@" --batch-size 32 --max-steps "$STEPS" \
      --lr 2e-3 --warmup-ratio 0.05 --mlm-probability 0.15 --seed 42 --save-every 250 --resume-if-present \
      --progress lines --threads "$THREADS"
  fi
}

STUDY=examples/demo.toml
if [ -z "$MODEL" ]; then
  if [ ! -f "$OUT/vocab/vocab.txt" ]; then
    echo "== xlfuse vocab restrict: mBERT's vocabulary cut to the tokens of the bundled text"
    # Every text the demo tokenizes: pretraining text, task data (UD-POS words, the intermediate
    # tasks' sentences and SocialIQA's lines), the retrieval questions.
    grep -h '^# text = ' "$DATA"/intermediate-mini/ud/*/*.conllu | sed 's/^# text = //' > "$OUT/intermediate-text.txt"
    texts=$(ls "$TEXT"/parallel.* "$TEXT"/xnli-test.* "$TEXT"/fi.txt "$DATA"/xquad-questions/{de,en,es,zh}.txt \
      "$DATA"/intermediate-mini/siqa/*.jsonl "$OUT/intermediate-text.txt" | paste -sd,)
    "$XLFUSE" vocab restrict --vocab "$DATA/mbert-vocab/vocab.txt" --text "$texts" \
      --words "$(ls "$POS_DATA"/udpos/*.tsv | paste -sd,)" --out "$OUT/vocab"
  fi
  if [ ! -f "$OUT/random-encoder/model.safetensors" ]; then
    echo "== xlfuse init-model (random weights, restricted mBERT vocabulary)"
    "$XLFUSE" init-model --vocab "$OUT/vocab/vocab.txt" --out "$OUT/random-encoder" --hidden-size 64 --layers 4 \
      --heads 4 --intermediate-size 256 --max-position 128 --seed 42 --threads "$THREADS"
  fi
  echo "== xlfuse pretrain: translation LM (en-de, en-es, en-zh line pairs) + masked LM (Finnish), $STEPS updates"
  P=$TEXT/parallel
  pretrain encoder-multilingual --parallel "$P.en:$P.de,$P.en:$P.es,$P.en:$P.zh,$TEXT/xnli-test.en:$TEXT/xnli-test.de" \
    --text "$TEXT/fi.txt" --max-seq-length 128
  # Blocks of 64 tokens: about as long as a translation pair, so each update sees as much text.
  echo "== xlfuse pretrain (baseline): masked LM on the English side only, $STEPS updates"
  pretrain encoder-english --text "$P.en,$TEXT/xnli-test.en" --max-seq-length 64
  ENCODER=$OUT/encoder-multilingual
else
  ENCODER=$MODEL
fi

# The study file's paths point at build/demo; other places get a copy with their own paths.
if [ "$OUT" != build/demo ] || [ -n "$MODEL" ]; then
  abs() { (cd "$(dirname "$1")" && echo "$PWD/$(basename "$1")"); }
  sed -e "s|^encoder = .*|encoder = \"$(abs "$ENCODER")\"|" -e "s|^out_dir = .*|out_dir = \"$(abs "$OUT")/study\"|" \
    -e "s|^data_dir = \"data/xtreme-mini\"|data_dir = \"$PWD/$POS_DATA\"|" \
    -e "s|^data_dir = \"data/intermediate-mini\"|data_dir = \"$PWD/$DATA/intermediate-mini\"|" \
    examples/demo.toml > "$OUT/demo.toml"
  STUDY=$OUT/demo.toml
fi

echo "== xlfuse run $STUDY: intermediate tasks -> UD-POS -> zero-shot de/es/fi/zh -> ensembles -> report"
"$XLFUSE" run "$STUDY" --progress lines --threads "$THREADS"

# Baselines, with the UD-POS recipe of the study's [targets.train] (seed 1).
if [ -z "$MODEL" ]; then
  run=$OUT/baseline-english-only
  if [ ! -f "$run/model/model.safetensors" ]; then
    echo "== baseline: the same UD-POS recipe on the English-only encoder"
    "$XLFUSE" train --task udpos --init "$OUT/encoder-english" --data "$POS_DATA" --out "$run/model" --epochs 10 \
      --lr 3e-4 --batch-size 32 --eval-every 100 --seed 1 --progress lines --threads "$THREADS"
  fi
  rm -rf "$run/predictions"
  "$XLFUSE" predict --model "$run/model" --task udpos --split test --langs "$LANGS" --data "$POS_DATA" \
    --out "$run/predictions" --log-level warning --threads "$THREADS" > /dev/null
fi
echo "== baseline: the majority class of English UD-POS training, for every word"
majority=$(awk -F'\t' 'NF == 2 { n[$2]++ } END { for (t in n) if (n[t] > best) { best = n[t]; tag = t } print tag }' \
  "$POS_DATA/udpos/train-en.tsv")
rm -rf "$OUT/baseline-majority" && mkdir -p "$OUT/baseline-majority/udpos"
for lang in ${LANGS//,/ }; do
  awk -v tag="$majority" '{ print (NF ? tag : "") }' "$POS_DATA/udpos/test-$lang.tsv" \
    > "$OUT/baseline-majority/udpos/test-$lang.tsv"
done

# f1 per language of a prediction folder, by the official metric (`xlfuse score`).
scores() {
  "$XLFUSE" score --predictions "$1" --labels "$POS_DATA" --log-level error 2>/dev/null |
    awk -v langs="$LANGS" 'BEGIN { n = split(langs, l, ",") } $1 in want { f[$1] = $2 }
      BEGIN { for (i = 1; i <= n; i++) want[l[i]] = 1 }
      END { for (i = 1; i <= n; i++) printf " %7s", (l[i] in f ? f[l[i]] : "-") }'
}
# Token accuracy per language of a prediction folder (one tag per line, aligned with the labels).
accuracy() {
  local lang
  for lang in ${LANGS//,/ }; do
    if [ -f "$1/udpos/test-$lang.tsv" ]; then
      paste "$1/udpos/test-$lang.tsv" "$POS_DATA/udpos/test-$lang.tsv" |
        awk -F'\t' 'NF == 3 { n++; c += ($1 == $3) } END { printf " %7.2f", n ? 100 * c / n : 0 }'
    else
      printf " %7s" "-"
    fi
  done
}
row() { printf "%-46s%s  |%s\n" "$1" "$(scores "$2")" "$(accuracy "$2")"; }

report_dir=$(readlink -f "$OUT/study/report" 2>/dev/null || echo "$OUT/study/report")
echo
echo "== UD-POS, zero-shot from English (en: in-language), test sentences of examples/data/xtreme-mini"
echo "   F1 by the official metric (seqeval, as XTREME scores UD-POS) | token accuracy"
header() { local lang; for lang in ${LANGS//,/ }; do printf " %7s" "$lang"; done; }
printf "%-46s%s  |%s\n" "system" "$(header)" "$(header)"
for dir in "$OUT"/study/study/predict/udpos.*; do
  [ -d "$dir/predictions" ] || continue
  name=$(basename "$dir"); name=${name%-*}
  row "member  $name" "$dir/predictions"
done
for dir in "$OUT"/study/study/ensemble/udpos.*; do
  [ -d "$dir/ensemble" ] || continue
  name=$(basename "$dir"); name=${name%-*}
  row "ensemble ${name#udpos.by-intermediate.}" "$dir/ensemble"
done
if [ -z "$MODEL" ]; then
  row "baseline English-only encoder (udpos.none)" "$OUT/baseline-english-only/predictions"
fi
row "baseline majority class ($majority)" "$OUT/baseline-majority"
echo
echo "members: UD-POS models fine-tuned from each intermediate task (none = the encoder itself);"
echo "ensembles: their mean probabilities (weights uniform or chosen on English dev)."
echo "The official F1 chunks runs of equal tags, so a constant tagger scores near 0 there; its token"
echo "accuracy is the share of the majority tag."
if [ -z "$MODEL" ]; then
  echo "The encoder is SMALL and trained here for minutes: the real study needs mBERT or XLM-R on a GPU."
fi
echo "report: $report_dir/report.html (and report.md, report.csv, results.sqlite beside it)"
echo "demo wall time: $(( $(date +%s) - start )) s"
