#!/usr/bin/env python3
"""Checks the peer BERT (peer_bert.py) against HF transformers' own outputs stored in
../shared/golden/bert-tiny (golden_model.json: hidden states of every layer, the last hidden
state, the pooler output, attention probabilities, and the logits of the sequence-classification,
token-classification and QA checkpoints), at the non-padded positions, to 1e-5 (max |diff|).

  check_golden.py [--golden DIR] [--atol 1e-5]

Exit status: 0 all match; 1 a mismatch (each one printed); 77 skipped (no torch in this Python,
or no golden folder), with the reason on stderr, which CTest reports as SKIPPED.
"""
import argparse
import json
import os
import sys

SKIP = 77


def default_golden_dir():
    shared = os.environ.get("XLFUSE_SHARED_DIR") or os.path.join(os.path.dirname(__file__), "../../../shared")
    return os.path.join(shared, "golden/bert-tiny")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--golden", default=default_golden_dir(), help="the bert-tiny golden folder")
    ap.add_argument("--atol", type=float, default=1e-5, help="largest allowed |peer - HF|")
    args = ap.parse_args()
    try:
        import torch  # noqa: F401
    except ImportError:
        print(f"SKIPPED: {sys.executable} cannot import torch (Debian: apt-get install python3-torch "
              "python3-numpy; `bash scripts/install_deps.sh --peer`)", file=sys.stderr)
        return SKIP
    golden_json = os.path.join(args.golden, "golden_model.json")
    if not os.path.isfile(golden_json):
        print(f"SKIPPED: no {golden_json} (set XLFUSE_SHARED_DIR to the shared folder)", file=sys.stderr)
        return SKIP

    import torch
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import peer_bert as pb
    from safetensors_file import SafetensorsFile

    torch.set_num_threads(1)
    with open(golden_json) as f:
        g = json.load(f)
    ids = torch.tensor(g["inputs"]["input_ids"])
    types = torch.tensor(g["inputs"]["token_type_ids"])
    mask = torch.tensor(g["inputs"]["attention_mask"])
    real = mask.bool()  # [B, T]
    failures, checked = [], 0

    def compare(what, got, expected, positions):
        """positions: a bool mask broadcast over got's leading dims, selecting the compared entries."""
        nonlocal checked
        expected = torch.as_tensor(expected, dtype=torch.float32)
        if list(got.shape) != list(expected.shape):
            failures.append(f"{what}: shape {list(got.shape)}, golden {list(expected.shape)}")
            return
        diff = (got.detach().float() - expected).abs()
        if positions is not None:
            diff = diff[positions]
        worst = diff.max().item() if diff.numel() else 0.0
        checked += 1
        status = "ok" if worst <= args.atol else "MISMATCH"
        print(f"{status:8} {what:34} max |diff| {worst:.2e}")
        if worst > args.atol:
            failures.append(f"{what}: max |diff| {worst:.3e} > {args.atol:g}")

    def load(folder, model):
        st = SafetensorsFile(os.path.join(args.golden, folder, "model.safetensors"))
        pb.load_weights(model, st, strict_heads=True)
        return model.eval()

    c = pb.Config.load(os.path.join(args.golden, "bert_model/config.json"))
    with torch.no_grad():
        m = load("bert_model", pb.BertModel(c, add_pooler=True))
        last, pooled, states, attentions = m(ids, mask, types, keep_all=True)
        gm = g["bert_model"]
        for i, h in enumerate(states):
            compare(f"bert_model.hidden_states[{i}]", h, gm["hidden_states"][i], real)
        compare("bert_model.last_hidden_state", last, gm["last_hidden_state"], real)
        compare("bert_model.pooler_output", pooled, gm["pooler_output"], None)
        for i, a in enumerate(attentions):
            # [B, H, T, T]: real query rows (keys at padded positions get ~0 in both).
            compare(f"bert_model.attentions[{i}]", a.permute(0, 2, 1, 3),
                    torch.tensor(gm["attentions"][i]).permute(0, 2, 1, 3), real)

        seq = load("bert_seqcls", pb.BertForSequenceClassification(c, g["bert_seqcls"]["num_labels"]))
        compare("bert_seqcls.logits", seq(ids, mask, types), g["bert_seqcls"]["logits"], None)
        tok = load("bert_tokcls", pb.BertForTokenClassification(c, g["bert_tokcls"]["num_labels"]))
        compare("bert_tokcls.logits", tok(ids, mask, types)[1], g["bert_tokcls"]["logits"], real)
        qa = load("bert_qa", pb.BertForQuestionAnswering(c))
        start, end = qa(ids, mask, types)
        compare("bert_qa.start_logits", start, g["bert_qa"]["start_logits"], real)
        compare("bert_qa.end_logits", end, g["bert_qa"]["end_logits"], real)

    if failures:
        print(f"check_golden: {len(failures)} of {checked} comparisons differ from HF's goldens:", file=sys.stderr)
        for f in failures:
            print("  " + f, file=sys.stderr)
        return 1
    print(f"check_golden: the peer matches HF's goldens ({checked} comparisons, atol {args.atol:g})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
