#pragma once
// `xlfuse soup`: weight averaging of fine-tuned models ("model soups", Wortsman et al. 2022; and
// checkpoint averaging within one run, Schmidt et al. 2023, "Free Lunch"). Ingredients must share
// the architecture (every tensor name and shape), the head and labels, the vocabulary and the
// pretrained root checkpoint (their chains of --init folders end in the same model). The soup is
// a normal model folder, loadable by `predict` and by HF, whose xlfuse.json names its ingredients:
//   extra.soup = {"method": "uniform" | "greedy", "ingredients": [folders], "weights": [...],
//                 "english_dev": {"task", "split", "scores": [...], "soup": score}}   (greedy)
//
//   uniform  every ingredient's weights averaged
//   greedy   ingredients sorted by English dev score, each added to the soup when the soup's English
//            dev score does not fall (Wortsman et al.'s greedy soup); needs --task's English dev
//            data (data::english_dev) in --data. Zero-shot: never target-language labels.
#include <string>
#include <vector>

namespace xlfuse::pipeline {

struct SoupOptions {
  // Model folders, comma-separated (at least two).
  std::string members;
  // Or: a run trained with --keep-snapshots; its OUT/snapshots/step-* folders are the members.
  std::string snapshots_of;
  // Greedy soup on English dev (else uniform).
  bool greedy = false;
  // Data folder (greedy: the English dev data of the members' task).
  std::string data_dir;
  // Output model folder.
  std::string out_dir;
  // Compute threads (greedy evaluation; 0 = all cores).
  int threads = 0;
  // Where to compute (greedy evaluation): "cpu", "cuda" or "cuda:N" (runtime/device.h).
  std::string device = "cpu";
  void validate() const;  // ConfigError naming the field
};

struct SoupResult {
  // The folders averaged (greedy: the kept ones), in soup order.
  std::vector<std::string> ingredients;
  // Greedy: every candidate's English dev score, in the order tried, and the soup's.
  std::vector<double> english_dev_scores;
  double soup_english_dev = 0.0;
  std::string out_dir;
};

SoupResult run_soup(const SoupOptions& options);

}  // namespace xlfuse::pipeline
