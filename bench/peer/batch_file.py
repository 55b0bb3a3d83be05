"""Reads the batch file written by peer_export_batches (layout: batch_file.h): per set, a list of
batches, each a dict of [rows, width] int64 tensors input_ids, attention_mask, token_type_ids,
labels (-100 where no loss is taken)."""
import json

from safetensors_file import SafetensorsFile

SETS = ("infer_padded128", "infer_bucketed", "train_padded128", "train_bucketed", "pretrain")
FIELDS = ("input_ids", "attention_mask", "token_type_ids", "labels")
METADATA_KEY = "xlfuse_peer_batches"


def read_set(path, name):
    if name not in SETS:
        raise ValueError(f"unknown set '{name}' (known: {', '.join(SETS)})")
    st = SafetensorsFile(path)
    out = []
    while f"{name}.{len(out):03d}.input_ids" in st:
        i = len(out)
        out.append({field: st.tensor(f"{name}.{i:03d}.{field}") for field in FIELDS})
    if not out:
        raise ValueError(f"{path}: no batch of set '{name}'")
    return out


def describe(path):
    """The JSON description the exporter stored (sets, data source, vocabulary size)."""
    return json.loads(SafetensorsFile(path).metadata[METADATA_KEY])
