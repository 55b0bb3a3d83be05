#pragma once
// `xlfuse pretrain` as a library call: masked-LM (continued) pretraining of a BERT encoder on
// plain text (BERT's recipe: 15 % of the tokens chosen, 80 % of those [MASK], 10 % random, 10 %
// kept; TrainOptions::mlm), writing a model folder loadable by `xlfuse train --init`.
//
//   RunPretrainingOptions o;
//   o.text_files = {"wiki.en.txt", "wiki.de.txt"}; o.init_dir = "mbert"; o.out_dir = "mbert-cont";
//   run_pretraining(o);
//
// Features: the text is tokenized line by line (blank lines skipped) and the sub-words are packed
// in file and line order into blocks of max_seq_length - 2, each becoming [CLS] block [SEP]
// (HF run_mlm's "group_texts" without line_by_line; the last block may be shorter). Lines longer
// than a block continue in the next one. Documents are not separated.
//
// Translation language modelling (TLM, XLM's objective): parallel_files names line-aligned file
// pairs "A.txt:B.txt"; each line pair becomes one block [CLS] a [SEP] b [SEP] with token_type_ids
// 0 then 1 (data/parallel_blocks.h), masked like the monolingual blocks and shuffled among them,
// so the model can use a word's translation to predict it. text_files, parallel_files or both.
//
// Output folder: config.json (architectures BertForMaskedLM), model.safetensors (bert.* without
// pooler + cls.predictions.*, HF's BertForMaskedLM names), vocab.txt, metrics.jsonl, run.json,
// checkpoints/. No xlfuse.json: the folder is a plain pretrained encoder.
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "xlfuse/train/trainer.h"

#include "xlfuse/model/precision.h"
#include "xlfuse/train/progress.h"

namespace xlfuse::train {

struct RunPretrainingOptions {
  // Plain-text files, one sentence or paragraph per line (UTF-8).
  std::vector<std::string> text_files;
  // Line-aligned parallel text for TLM: "A.txt:B.txt" per pair of files (line i of A translates
  // line i of B).
  std::vector<std::string> parallel_files;
  // Model folder to continue from (config.json, model.safetensors, vocab.txt or sentencepiece.bpe.model); its MLM head is
  // kept when it has one (cls.predictions.*), else a new one is initialised.
  std::string init_dir;
  // Or: a fresh, randomly initialised model from this config.json and vocab.txt.
  std::string config_path;
  std::string vocab_path;
  // Output model folder.
  std::string out_dir;
  // Tokens per block with [CLS] and [SEP].
  int max_seq_length = 128;
  // Passes over the blocks (used when max_steps is 0).
  int64_t epochs = 1;
  // Optimiser updates; > 0 overrides epochs.
  int64_t max_steps = 0;
  // Blocks per micro-batch and micro-batches per update.
  int64_t batch_size = 32;
  int64_t grad_accumulation = 1;
  // Peak learning rate (BERT's 1e-4), decoupled weight decay (0.01) and warm-up fraction.
  double learning_rate = 1e-4;
  double weight_decay = 0.01;
  double warmup_ratio = 0.06;
  // Fraction of tokens chosen for prediction.
  double mlm_probability = 0.15;
  // Seed of the initialisation, the sampler, the masking and dropout.
  uint64_t seed = 42;
  // Checkpoint every this many updates (0 = only at the end).
  int64_t save_every = 500;
  // Continue from out_dir/checkpoints (an error when there is none).
  bool resume = false;
  // Continue when out_dir/checkpoints holds a checkpoint, else start afresh.
  bool resume_if_present = false;
  // Lower-case and strip accents (uncased vocabularies).
  bool lower_case = false;
  // Compute threads (0 = all cores).
  int threads = 0;
  // "fp32" or "bf16".
  model::Precision precision = model::Precision::Float32;
  // Where to compute: "cpu", "cuda" or "cuda:N" (runtime/device.h).
  std::string device = "cpu";
  // auto | bar | lines | off.
  ProgressMode progress = ProgressMode::Auto;
  // Throws ConfigError naming the field.
  void validate() const;
};
// Canonical JSON (core/json_fields.h); from_json reads the keys present over *options.
nlohmann::json to_json(const RunPretrainingOptions& options);
void from_json(const nlohmann::json& json, RunPretrainingOptions* options, const std::string& path = "");

struct RunPretrainingResult {
  // Blocks (features) and real tokens trained on per epoch; of the blocks, parallel_blocks are
  // TLM line pairs.
  int64_t blocks = 0;
  int64_t parallel_blocks = 0;
  int64_t tokens = 0;
  TrainSummary summary;
  double seconds = 0.0;
};

// See the file comment. IoError naming missing files; ConfigError on bad options.
RunPretrainingResult run_pretraining(const RunPretrainingOptions& options);

}  // namespace xlfuse::train
