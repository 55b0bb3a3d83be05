"""A small safetensors reader for the peer (Debian 12 has no python3-safetensors).

Format: 8-byte little-endian header length N, N bytes of JSON {name: {dtype, shape,
data_offsets: [begin, end]}, "__metadata__": {str: str}}, then the data section. Each tensor is
read straight into a fresh torch tensor's memory (readinto), so loading a model holds one copy of
each weight and no second copy of the whole file.
"""
import json
import struct

import torch

_DTYPES = {
    "F64": torch.float64, "F32": torch.float32, "F16": torch.float16, "BF16": torch.bfloat16,
    "I64": torch.int64, "I32": torch.int32, "I16": torch.int16, "I8": torch.int8, "U8": torch.uint8,
    "BOOL": torch.bool,
}


class SafetensorsFile:
    def __init__(self, path):
        self.path = path
        with open(path, "rb") as f:
            raw = f.read(8)
            if len(raw) != 8:
                raise ValueError(f"{path}: shorter than the 8-byte header length")
            (n,) = struct.unpack("<Q", raw)
            if n > 100_000_000:
                raise ValueError(f"{path}: header length {n} exceeds 100 MB")
            header = json.loads(f.read(n))
        self.metadata = header.pop("__metadata__", {}) or {}
        self.data_start = 8 + n
        self.entries = header
        for name, e in header.items():
            if e["dtype"] not in _DTYPES:
                raise ValueError(f"{path}: tensor '{name}': unknown dtype {e['dtype']}")

    def names(self):
        return sorted(self.entries)

    def __contains__(self, name):
        return name in self.entries

    def shape(self, name):
        return list(self.entries[name]["shape"])

    def tensor(self, name):
        """The tensor `name` as a new torch tensor of its stored dtype and shape."""
        if name not in self.entries:
            raise KeyError(f"{self.path}: tensor '{name}' not found")
        e = self.entries[name]
        begin, end = e["data_offsets"]
        dtype = _DTYPES[e["dtype"]]
        out = torch.empty(e["shape"], dtype=dtype)
        nbytes = out.numel() * out.element_size()
        if end - begin != nbytes:
            raise ValueError(f"{self.path}: tensor '{name}': {end - begin} bytes for shape {e['shape']} "
                             f"{e['dtype']} (expected {nbytes})")
        if nbytes:
            # A uint8 view of the tensor's own memory (numpy has no bfloat16).
            target = out.view(torch.uint8)
            with open(self.path, "rb") as f:
                f.seek(self.data_start + begin)
                got = f.readinto(memoryview(target.reshape(-1).numpy()))
            if got != nbytes:
                raise ValueError(f"{self.path}: tensor '{name}': file ends after {got} of {nbytes} bytes")
        return out
