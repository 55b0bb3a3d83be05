#!/usr/bin/env bash
# Rebuilds examples/data/pretrain-text (the demo encoder's pretraining text) from the project's
# shared data folder (../shared/data): line-aligned English, German, Spanish and Chinese
# translations for translation-LM pretraining (`parallel.{en,de,es,zh}`: line i of each file is
# the same sentence; `xnli-test.{en,de}`), and Finnish monolingual text (`fi.txt`).
# None of it is scored by the demo (which scores UD-POS test sentences and retrieves XQuAD
# questions 1-300):
#   - parallel.*: XNLI dev premises and hypotheses and PAWS-X dev sentences 1 and 2 (both
#     parallel line by line across languages), then XQuAD questions 301-1190 (same order in every
#     language); a row repeated in all four languages is kept once;
#   - xnli-test.*: XNLI test premises and hypotheses (en and de only in the shared folder);
#   - Finnish: the Finnish side of XTREME's Tatoeba fi-en (its English side is sorted, so not
#     aligned: used as plain text) and the sentences of UD Finnish-TDT dev (`# text =` lines).
# Whitespace runs are collapsed to one space; a row with an empty side is dropped.
#
#   bash examples/data/make_pretrain_text.sh [SHARED_DATA_DIR]
set -euo pipefail
cd "$(dirname "$0")"
SHARED=${1:-../../../shared/data}
OUT=pretrain-text
mkdir -p "$OUT"
python3 - "$SHARED" "$OUT" <<'PY'
import json, sys
shared, out = sys.argv[1], sys.argv[2]
x = f"{shared}/xtreme"

def tsv(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f]

def questions(lang):
    with open(f"{x}/xquad/xquad.{lang}.json", encoding="utf-8") as f:
        data = json.load(f)["data"]
    return [q["question"] for a in data for p in a["paragraphs"] for q in p["qas"]]

def clean(s):
    return " ".join(s.split())

langs = ["en", "de", "es", "zh"]
def write(name, rows, columns):
    for i, lang in enumerate(columns):
        with open(f"{out}/{name}.{lang}", "w", encoding="utf-8") as f:
            for r in rows:
                f.write(r[i] + "\n")
    print(f"{name}: {len(rows)} lines in {', '.join(columns)}")

def collect(sources, columns):
    rows, seen = [], set()
    for files, fields in sources:
        tables = [tsv(path) for path in files]
        assert len({len(t) for t in tables}) == 1, files
        for parts in zip(*tables):
            for c in fields:
                row = tuple(clean(p[c]) for p in parts)
                if all(row) and row not in seen:
                    seen.add(row)
                    rows.append(row)
    return rows

# Four-way parallel: XNLI dev, PAWS-X dev, XQuAD questions 301-1190.
rows = collect([([f"{x}/xnli/dev-{l}.tsv" for l in langs], (0, 1))], langs)
print(f"parallel.*: lines 1-{len(rows)} XNLI dev")
first = len(rows) + 1
rows = collect([([f"{x}/xnli/dev-{l}.tsv" for l in langs], (0, 1)),
                ([f"{x}/pawsx/dev-{l}.tsv" for l in langs], (0, 1))], langs)
print(f"parallel.*: lines {first}-{len(rows)} PAWS-X dev")
first = len(rows) + 1
qs = [questions(l) for l in langs]
assert all(len(q) == 1190 for q in qs)
seen = set(rows)
for row in zip(*[q[300:] for q in qs]):
    row = tuple(clean(r) for r in row)
    if all(row) and row not in seen:
        seen.add(row)
        rows.append(row)
print(f"parallel.*: lines {first}-{len(rows)} XQuAD questions 301-1190")
write("parallel", rows, langs)
# English-German only: XNLI test (the shared folder has no other language of it).
write("xnli-test", collect([([f"{x}/xnli/test-en.tsv", f"{x}/xnli/test-de.tsv"], (0, 1))], ["en", "de"]),
      ["en", "de"])

fi = [clean(l) for l in open(f"{x}/tatoeba/fi-en.fi", encoding="utf-8")]
for line in open(f"{shared}/ud/UD_Finnish-TDT/fi_tdt-ud-dev.conllu", encoding="utf-8"):
    if line.startswith("# text = "):
        fi.append(clean(line[len("# text = "):]))
fi = [l for l in fi if l]
with open(f"{out}/fi.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(fi) + "\n")
print(f"fi: {len(fi)} lines")
PY
cp "$SHARED/ud/UD_Finnish-TDT/LICENSE.txt" "$OUT/LICENSE.UD_Finnish-TDT.txt"
wc -l "$OUT"/*.{en,de,es,zh} "$OUT/fi.txt"
