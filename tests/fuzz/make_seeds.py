#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets other than the safetensors ones (make_corpus.py):
corpus_{config_json,vocab,tokenizer,raw_outputs,task_readers,score_folder}/. Seeds are the
test fixtures of tests/data (written for this repository), the example vocabulary
(examples/data/mbert-vocab, Apache-2.0), a few lines of the public benchmark data in ../shared/data
(XTREME: PAWS-X, Tatoeba; see DATA_NOTICE.md), cut to a few KB, and hand-made raw-output files.
The byte-0 tables below are the ones fuzz_task_readers and fuzz_score_folder print at start-up;
update them when the registries change. Run from anywhere: python3 tests/fuzz/make_seeds.py"""
import hashlib
import json
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.environ.get("XLFUSE_SHARED_DIR", os.path.join(ROOT, "..", "shared"))
DATA = os.path.join(ROOT, "tests", "data", "data")
SEP = b"\n@@@@\n"
MAX_SEED = 4096

# fuzz_task_readers: byte 0 -> reader (in the order the target prints).
READERS = ["bucc", "commonsenseqa", "conll_tags", "conllu_deprel", "conllu_upos", "copa", "cosmosqa", "hellaswag",
           "lareqa", "mewslix", "nli", "pair_tsv", "qqp", "siqa", "squad", "tatoeba"]
# fuzz_score_folder: byte 0 -> task (in the order the target prints).
SCORE_TASKS = ["xnli", "xcopa", "udpos", "panx", "xquad", "mlqa", "tydiqa", "tatoeba", "mewslix", "lareqa", "pawsx",
               "bucc2018"]


def read(path, limit=MAX_SEED):
    with open(path, "rb") as f:
        data = f.read()
    if len(data) > limit:  # cut at a line end
        cut = data.rfind(b"\n", 0, limit)
        data = data[:cut + 1 if cut > 0 else limit]
    return data


def write(corpus, data):
    folder = os.path.join(HERE, "corpus_" + corpus)
    os.makedirs(folder, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def shared(*parts):
    path = os.path.join(SHARED, *parts)
    if not os.path.exists(path):
        print(f"make_seeds: {path} missing, seed skipped", file=sys.stderr)
        return None
    return path


def config_json():
    write("config_json", read(os.path.join(ROOT, "tests", "data", "tiny_bert", "config.json")))
    p = shared("golden", "xlmr-tiny", "model", "config.json")
    if p:
        write("config_json", read(p))
    write("config_json", b"{}")
    write("config_json", b'{"hidden_size": 30, "num_attention_heads": 4}')


def vocab():
    write("vocab", read(os.path.join(ROOT, "tests", "data", "text", "vocab_small.txt")))
    write("vocab", read(os.path.join(ROOT, "tests", "data", "tiny_bert", "vocab.txt")))
    full = read(os.path.join(ROOT, "examples", "data", "mbert-vocab", "vocab.txt"), 1 << 30).split(b"\n")
    write("vocab", b"\n".join(full[:120] + full[5000:5100] + full[100000:100100]) + b"\n")
    write("vocab", b"[PAD]\r\n[UNK]\r\n[CLS]\r\n[SEP]\r\n[MASK]\r\nab\r\n##c\r\n")


def tokenizer():
    texts = [b"Hello, world! Don't stop.", b"\xe4\xb8\xad\xe6\x96\x87 mixed \xc3\xa9t\xc3\xa9 caf\xc3\xa9",
             b"  tabs\tand\nnew lines\r\n", b"[CLS] [SEP] [MASK] [UNK] <s> </s>"]
    for lang in ["de", "ja", "zh", "ar", "hi", "th", "ru", "ko", "he", "ta"]:
        p = shared("data", "xtreme", "tatoeba", f"{lang}-en.{lang}")
        if p:
            texts.append(b"\n".join(read(p, 600).split(b"\n")[:3]))
    p = shared("data", "xtreme", "pawsx", "dev-en.tsv")
    if p:
        texts.append(read(p, 800))
    for i, text in enumerate(texts):
        for control in (i % 3, 3 * 4 + i % 3):  # no limit / max_length 7
            write("tokenizer", bytes([control]) + text)
            write("tokenizer", bytes([control]) + text + SEP + texts[(i + 1) % len(texts)])


SIZES = {"F32": 4, "I64": 8}


def safetensors(tensors, metadata):
    header, data = {}, b""
    for name, dtype, shape, raw in tensors:
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [len(data), len(data) + len(raw)]}
        data += raw
    header["__metadata__"] = metadata
    text = json.dumps(header, separators=(",", ":"), sort_keys=True).encode()
    text += b" " * (-len(text) % 8)
    return struct.pack("<Q", len(text)) + text + data


def raw_outputs():
    def i64(values):
        return struct.pack(f"<{len(values)}q", *values)

    def f32(values):
        return struct.pack(f"<{len(values)}f", *values)

    def meta(kind, labels):
        return {"format": "xlfuse.raw_outputs", "format_version": "1", "output": kind, "model_hash": "0123456789abcdef",
                "vocab_hash": "fedcba9876543210", "task": "xnli", "split": "test", "lang": "de", "labels": "\n".join(labels),
                "head_kind": "classification", "fusion": "", "xlfuse_version": "0.1.0", "pooling": "cls"}

    n = 2
    base = [("example_index", "I64", [n], i64([0, 1])), ("window", "I64", [n], i64([0, 0])),
            ("choice", "I64", [n], i64([0, 0])), ("lengths", "I64", [n], i64([3, 2]))]
    labels = ["contradiction", "entailment", "neutral"]
    write("raw_outputs", safetensors(base + [("logits", "F32", [n, 3], f32(range(6)))], meta("classification", labels)))
    write("raw_outputs", safetensors(base + [("logits", "F32", [n], f32([0.5, -1]))], meta("multiple_choice", [])))
    write("raw_outputs", safetensors(base + [("logits", "F32", [n, 3, 2], f32(range(12)))], meta("tagging", ["O", "B-PER"])))
    write("raw_outputs", safetensors(base + [("start_logits", "F32", [n, 3], f32(range(6))),
                                             ("end_logits", "F32", [n, 3], f32(range(6)))], meta("qa", [])))
    write("raw_outputs", safetensors(base + [("embeddings", "F32", [n, 4], f32(range(8)))], meta("embeddings", [])))


def task_readers():
    def seed(reader, byte1, *parts):
        if reader not in READERS:
            print(f"make_seeds: reader {reader} not in the table", file=sys.stderr)
            return
        write("task_readers", bytes([READERS.index(reader), byte1]) + SEP.join(parts))

    TSV, JSONL, JSON, CONLLU = 0x00, 0x10, 0x20, 0x30
    d = lambda *p: read(os.path.join(DATA, *p))  # noqa: E731
    b = lambda name: read(os.path.join(DATA, "broken", name))  # noqa: E731
    seed("pair_tsv", TSV, d("xnli", "dev-en.tsv"))
    seed("pair_tsv", TSV, d("pawsx", "test-en.tsv"))
    seed("pair_tsv", TSV, b("pawsx_unterminated_quote.tsv"))
    seed("nli", JSONL, d("mnli", "multinli_1.0_dev_matched.jsonl"))
    seed("nli", JSONL, d("anli", "R1", "dev.jsonl"))
    seed("nli", TSV, d("mnli", "train.tsv"))
    seed("qqp", TSV, d("qqp", "dev.tsv"))
    seed("copa", JSONL, d("xcopa", "val-en.jsonl"))
    seed("siqa", JSONL, d("siqa", "train.jsonl"), d("siqa", "train-labels.lst"))
    seed("siqa", JSONL, d("siqa", "socialIQa_v1.4_dev.jsonl"))
    seed("commonsenseqa", JSONL, d("commonsenseqa", "dev_rand_split.jsonl"))
    seed("hellaswag", JSONL, d("hellaswag", "hellaswag_val.jsonl"))
    seed("cosmosqa", JSONL, d("cosmosqa", "valid.jsonl"))
    seed("conll_tags", TSV, d("udpos", "train-en.tsv"))
    seed("conll_tags", TSV, d("panx", "dev-en.tsv"))
    seed("conllu_upos", CONLLU, d("ud", "UD_English-Tiny", "en_tiny-ud-dev.conllu"))
    seed("conllu_deprel", CONLLU, d("ud", "UD_English-Mini", "en_mini-ud-dev.conllu"))
    seed("squad", JSON, d("squad", "dev-v1.1.json"))
    seed("squad", JSON, d("squad2", "dev-v2.0.json"))
    seed("squad", JSON, d("mlqa", "MLQA_V1", "dev", "dev-context-en-question-de.json"))
    seed("tatoeba", TSV, d("tatoeba", "de-en.de"), d("tatoeba", "de-en.en"))
    seed("bucc", TSV, d("bucc2018", "de-en.dev.de"), d("bucc2018", "de-en.dev.en"), d("bucc2018", "de-en.dev.gold"))
    seed("lareqa", JSON, d("lareqa", "xquad-r", "en.json"))
    seed("lareqa", JSON, b("lareqa_break_out_of_range.json"))
    seed("mewslix", JSONL, d("mewslix", "wikipedia_pairs-dev.jsonl"))
    seed("mewslix", JSONL, d("mewslix", "wikinews_mentions", "dev-en.jsonl"), d("mewslix", "candidate_set_entities.jsonl"),
         d("mewslix", "wikinews_labels", "dev-en.json"))
    seed("mewslix", JSONL, b("mewslix_bad_span.jsonl"), d("mewslix", "candidate_set_entities.jsonl"))


def score_folder():
    def seed(task, byte1, pred, label, folder=False):
        if task not in SCORE_TASKS:
            print(f"make_seeds: task {task} not in the table", file=sys.stderr)
            return
        write("score_folder", bytes([SCORE_TASKS.index(task) | (0x80 if folder else 0), byte1]) + pred + SEP + label)

    nli = b"entailment\nneutral\ncontradiction\n"
    seed("xnli", 0, nli, b"entailment\ncontradiction\ncontradiction\n")
    seed("xnli", 0, nli, nli, folder=True)
    seed("pawsx", 0, b"0\n1\n1\n", b"0\n1\n0\n")
    seed("tatoeba", 0, b"0\n2\n1\n", b"0\n1\n2\n")
    seed("udpos", 0, b"The\tDET\ncat\tNOUN\n\nRuns\tVERB\n", b"The\tDET\ncat\tNOUN\n\nRuns\tNOUN\n")
    seed("panx", 0x80, b"B-PER\nI-PER\nO\n\nB-LOC\n", b"B-PER\nO\nO\n\nB-LOC\n", folder=True)
    seed("bucc2018", 0, b"de-1\ten-1\nde-2\ten-3\n", b"de-1\ten-1\nde-2\ten-2\n")
    seed("xcopa", 0, b'{"label": 0}\n{"label": 1}\n', b'{"label": 0, "idx": 0}\n{"label": 0, "idx": 1}\n')
    qa_label = read(os.path.join(DATA, "xquad", "xquad.en.json"))
    seed("xquad", 0, b'{"q1": "Denver Broncos", "q2": ""}', qa_label)
    seed("mlqa", 0, b'{"q1": "the answer"}', read(os.path.join(DATA, "mlqa", "MLQA_V1", "dev", "dev-context-en-question-en.json")))
    seed("tydiqa", 0, b'{"q1": "x"}', read(os.path.join(DATA, "tydiqa", "tydiqa.goldp.sw.dev.json")))
    seed("mewslix", 0, b'{"en-1": ["Q1", "Q2"], "en-2": ["Q3"]}', read(os.path.join(DATA, "mewslix", "wikinews_labels", "dev-en.json")))
    seed("lareqa", 0, b'{"q1": ["c1", "c2"]}', b'{"q1": ["c2"]}')


def main():
    for fn in (config_json, vocab, tokenizer, raw_outputs, task_readers, score_folder):
        fn()


if __name__ == "__main__":
    main()
