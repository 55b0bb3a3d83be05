#!/usr/bin/env python3
"""Writes the seed corpus for fuzz_safetensors_header: a few tiny, valid safetensors files built
by hand (no third-party library), covering every dtype, metadata, scalars and empty tensors.
Run from anywhere: python3 tests/fuzz/make_corpus.py"""
import json
import os
import struct

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus_safetensors")
SIZES = {"F64": 8, "F32": 4, "F16": 2, "BF16": 2, "I64": 8, "I32": 4, "I16": 2, "I8": 1,
         "U8": 1, "BOOL": 1}


def build(tensors, metadata=None):
    """tensors: list of (name, dtype, shape, raw bytes), stored in the given order."""
    header, data = {}, b""
    for name, dtype, shape, raw in tensors:
        n = SIZES[dtype]
        for d in shape:
            n *= d
        assert len(raw) == n, name
        header[name] = {"dtype": dtype, "shape": shape,
                        "data_offsets": [len(data), len(data) + len(raw)]}
        data += raw
    if metadata:
        header["__metadata__"] = metadata
    text = json.dumps(header, separators=(",", ":"), sort_keys=True).encode()
    text += b" " * (-len(text) % 8)
    return struct.pack("<Q", len(text)) + text + data


def main():
    os.makedirs(OUT, exist_ok=True)
    files = {
        "one_f32.safetensors": build(
            [("weight", "F32", [2, 2], struct.pack("<4f", 1.0, -2.0, 0.5, 3.25))],
            {"format": "pt"}),
        "all_dtypes.safetensors": build([
            ("a.f64", "F64", [1], struct.pack("<d", 0.1)),
            ("b.f32", "F32", [1], struct.pack("<f", 2.0)),
            ("c.f16", "F16", [3], struct.pack("<3H", 0x3C00, 0x0001, 0x7C00)),
            ("d.bf16", "BF16", [2], struct.pack("<2H", 0x3F80, 0x7FC0)),
            ("e.i64", "I64", [2], struct.pack("<2q", -1, 7)),
            ("f.i32", "I32", [1], struct.pack("<i", 5)),
            ("g.i16", "I16", [1], struct.pack("<h", -3)),
            ("h.i8", "I8", [1], struct.pack("<b", 4)),
            ("i.u8", "U8", [2], bytes([0, 255])),
            ("j.bool", "BOOL", [3], bytes([1, 0, 1])),
        ]),
        "scalar_and_empty.safetensors": build([
            ("empty", "F32", [0, 3], b""),
            ("scalar", "F32", [], struct.pack("<f", 42.0)),
        ], {"note": "scalar and zero-size tensors"}),
        "no_tensors.safetensors": build([]),
        "bert_like.safetensors": build([
            ("bert.embeddings.LayerNorm.bias", "F32", [4], struct.pack("<4f", 0, 0, 0, 0)),
            ("bert.embeddings.LayerNorm.weight", "F32", [4], struct.pack("<4f", 1, 1, 1, 1)),
            ("bert.embeddings.word_embeddings.weight", "BF16", [3, 4],
             struct.pack("<12H", *range(0x3F80, 0x3F80 + 12))),
            ("classifier.weight", "F16", [2, 4], struct.pack("<8H", *range(0x3C00, 0x3C08))),
        ], {"format": "pt"}),
    }
    for name, content in files.items():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(content)


if __name__ == "__main__":
    main()
