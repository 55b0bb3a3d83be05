#!/usr/bin/env bash
# The bundled example (`make demo`): Tatoeba-style retrieval of parallel XQuAD questions
# (de/es/zh -> en) with mean-pooled encoder embeddings.
#
# Without MODEL=... it uses a randomly initialised encoder with the real mBERT vocabulary (no
# pretrained weights can be downloaded here): its accuracy then measures only shared sub-words
# (names, numbers, cognates). With MODEL=/path/to/bert-base-multilingual-cased (HF folder with
# config.json, model.safetensors, vocab.txt) the same script measures mBERT, layer 8 being XTREME's
# choice for retrieval.
set -euo pipefail
cd "$(dirname "$0")/.."

XLFUSE=${1:-build/bin/xlfuse}
OUT=${DEMO_OUT:-build/demo}
DATA=examples/data/xquad-questions
MODEL=${MODEL:-}
mkdir -p "$OUT"

echo "== xlfuse env"
"$XLFUSE" env

if [ -z "$MODEL" ]; then
  MODEL="$OUT/random-encoder"
  if [ ! -f "$MODEL/model.safetensors" ]; then
    echo "== xlfuse init-model (random weights, mBERT vocabulary)"
    "$XLFUSE" init-model --vocab examples/data/mbert-vocab/vocab.txt --out "$MODEL" \
      --hidden-size 128 --layers 4 --heads 4 --intermediate-size 512 --seed 42
  fi
fi
layers=$(grep -o '"num_hidden_layers": *[0-9]*' "$MODEL/config.json" | grep -o '[0-9]*$')

echo "== xlfuse inspect $MODEL"
"$XLFUSE" inspect "$MODEL"

echo "== xlfuse tokenize (first two German questions)"
head -n 2 "$DATA/de.txt" | "$XLFUSE" tokenize --vocab "$MODEL/vocab.txt"

echo "== retrieval: $(wc -l < "$DATA/en.txt") questions, query language -> English, cosine nearest neighbour"
for layer in 0 $(( layers < 8 ? layers : 8 )); do
  "$XLFUSE" embed --model "$MODEL" --input "$DATA/en.txt" --layer "$layer" --pool mean --out "$OUT/en.L$layer.safetensors"
  for lang in de es zh; do
    "$XLFUSE" embed --model "$MODEL" --input "$DATA/$lang.txt" --layer "$layer" --pool mean --out "$OUT/$lang.L$layer.safetensors"
    printf "layer %-2s %s->en  " "$layer" "$lang"
    "$XLFUSE" retrieve --queries "$OUT/$lang.L$layer.safetensors" --candidates "$OUT/en.L$layer.safetensors" \
      --gold identity --out "$OUT/$lang-en.L$layer.pred"
  done
done
echo "== done: embeddings and predictions in $OUT"
