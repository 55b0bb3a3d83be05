#!/usr/bin/env bash
# The bundled example (`make demo`), the study's main path on a small scale:
#   1. an encoder: MODEL=/path/to/bert-base-multilingual-cased, or else a small one made here
#      (random init with the real mBERT vocabulary, then a short masked-LM pretraining on the
#      bundled multilingual XQuAD questions: no pretrained weights can be downloaded here);
#   2. fine-tune it on English UD-POS (examples/data/xtreme-mini, real UD treebanks), once with the
#      last layer and once with DLFA layer fusion (AIF), the best English-dev checkpoint kept;
#   3. predict zero-shot on German, Spanish, Finnish and Chinese and score with the official metric;
#   4. Tatoeba-style retrieval of parallel XQuAD questions with mean-pooled embeddings.
# With the small encoder the scores measure the pipeline, not mBERT; with MODEL=... they are real.
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
  MODEL="$OUT/small-encoder"
  if [ ! -f "$MODEL/model.safetensors" ]; then
    echo "== xlfuse init-model (random weights, mBERT vocabulary)"
    "$XLFUSE" init-model --vocab examples/data/mbert-vocab/vocab.txt --out "$OUT/random-encoder" \
      --hidden-size 128 --layers 4 --heads 4 --intermediate-size 512 --seed 42
    echo "== xlfuse pretrain (masked LM on the bundled de/en/es/zh questions)"
    cat "$DATA"/*.txt > "$OUT/pretrain.txt"
    "$XLFUSE" pretrain --init "$OUT/random-encoder" --text "$OUT/pretrain.txt" --out "$MODEL" \
      --max-seq-length 64 --batch-size 16 --epochs 1 --lr 5e-4 --progress lines --save-every 0
  fi
fi
layers=$(grep -o '"num_hidden_layers": *[0-9]*' "$MODEL/config.json" | grep -o '[0-9]*$')

echo "== xlfuse inspect $MODEL"
"$XLFUSE" inspect "$MODEL"

echo "== xlfuse tokenize (first two German questions)"
head -n 2 "$DATA/de.txt" | "$XLFUSE" tokenize --vocab "$MODEL/vocab.txt"

# Fine-tune on English UD-POS, then zero-shot prediction on every other language of the folder.
POS_DATA=examples/data/xtreme-mini
TRAIN_FLAGS=(--task udpos --init "$MODEL" --data "$POS_DATA" --epochs 3 --lr 1e-3 --eval-every 40 --progress lines)
for fusion in last_layer aif; do
  run="$OUT/udpos-$fusion"
  extra=()
  [ "$fusion" = aif ] && extra=(--fusion aif --fusion-layer $(( layers / 2 )))
  if [ ! -f "$run/model.safetensors" ]; then
    echo "== xlfuse train udpos ($fusion)"
    "$XLFUSE" train "${TRAIN_FLAGS[@]}" "${extra[@]}" --out "$run"
  fi
  echo "== xlfuse predict udpos ($fusion): zero-shot from English"
  rm -rf "$run/predictions"
  "$XLFUSE" predict --model "$run" --task udpos --split test --langs en,de,es,fi,zh --data "$POS_DATA" \
    --out "$run/predictions"
done

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
echo "== done: models, predictions (OUT/udpos-*/predictions) and embeddings in $OUT"
