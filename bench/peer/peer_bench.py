#!/usr/bin/env python3
"""The peer's side of the comparison (run_peer_bench.py runs it): one row of the table on the
batches of the shared batch file, in a fresh process, printing one JSON line with the real
tokens/s and the process's peak RSS, as xlfuse_peer_row does for xlfuse.

  peer_bench.py --model DIR --batches FILE --row ROW [--threads N] [--profile TRACE.json]

ROW: infer_padded128 | infer_bucketed (BertForTokenClassification, eval, inference_mode, logits
to float) | train_padded128 | train_bucketed (train mode, dropout 0.1; per batch: forward + loss,
backward, clip_grad_norm_(1.0), torch.optim.AdamW step at lr 2e-5, model.zero_grad(), as HF's
Trainer does on PyTorch 1.13) | pretrain (BertForMaskedLM, logits at every position as HF; the
same update). The model folder holds a bare encoder; the head is new (HF's init, seed 42). The
first batch runs once untimed (warm-up), then every batch is timed once. fp32 only. --profile
runs the timed pass under torch's legacy autograd profiler (the one xlfuse_peer_row --profile
uses) and writes its chrome trace.
"""
import argparse
import contextlib
import json
import os
import resource
import sys
import time

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch_file  # noqa: E402
import peer_bert as pb  # noqa: E402
from safetensors_file import SafetensorsFile  # noqa: E402

UDPOS_LABELS = 17


def rss_mib():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", required=True)
    ap.add_argument("--batches", required=True)
    ap.add_argument("--row", required=True, choices=batch_file.SETS)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--profile", default="", help="write a chrome trace of the timed pass here")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.set_num_interop_threads(args.threads)
    training = not args.row.startswith("infer_")
    batches = batch_file.read_set(args.batches, args.row)

    start_rss = rss_mib()
    c = pb.Config.load(os.path.join(args.model, "config.json"))
    torch.manual_seed(42)
    m = pb.BertForMaskedLM(c) if args.row == "pretrain" else pb.BertForTokenClassification(c, UDPOS_LABELS)
    pb.init_weights(m, seed=42)
    pb.load_weights(m, SafetensorsFile(os.path.join(args.model, "model.safetensors")), strict_heads=False)
    model_rss = rss_mib()

    loss_sum = 0.0
    profiler = torch.autograd.profiler.profile(use_kineto=False) if args.profile else contextlib.nullcontext()
    if not training:
        m.eval()

        def run(batch_list):
            with torch.inference_mode():
                for b in batch_list:
                    logits = m(b["input_ids"], b["attention_mask"], b["token_type_ids"])[1].float().contiguous()
                    assert logits.numel() > 0

        run(batches[:1])
        with profiler:
            t0 = time.perf_counter()
            run(batches)
            seconds = time.perf_counter() - t0
    else:
        m.train()
        no_decay = ("bias", "LayerNorm.weight")
        params = list(m.named_parameters())
        groups = [{"params": [p for n, p in params if not any(x in n for x in no_decay)], "weight_decay": 0.0},
                  {"params": [p for n, p in params if any(x in n for x in no_decay)], "weight_decay": 0.0}]
        optimizer = torch.optim.AdamW(groups, lr=2e-5, eps=1e-8)

        def update(b):
            loss = m(b["input_ids"], b["attention_mask"], b["token_type_ids"], labels=b["labels"])[0]
            loss.backward()
            torch.nn.utils.clip_grad_norm_(m.parameters(), 1.0)
            optimizer.step()
            m.zero_grad()
            return loss.item()

        update(batches[0])
        with profiler:
            t0 = time.perf_counter()
            for b in batches:
                loss_sum += update(b)
            seconds = time.perf_counter() - t0

    if args.profile:
        profiler.export_chrome_trace(args.profile)
    real = sum(int(b["attention_mask"].sum()) for b in batches)
    print(json.dumps({
        "system": "peer", "row": args.row, "precision": "fp32", "threads": args.threads, "profiled": bool(args.profile),
        "batches": len(batches),
        "real_tokens": real, "seconds": seconds, "tok_s": real / seconds, "loss_sum": loss_sum,
        "start_rss_mib": start_rss, "model_rss_mib": model_rss,
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0,
    }), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
