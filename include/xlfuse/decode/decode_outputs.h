#pragma once
// Raw outputs -> predictions in the shape of the leaderboard files (scoring.h scores and writes
// them). Torch-free: ensembles decode their combined outputs with exactly this code.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "xlfuse/data/decode.h"
#include "xlfuse/data/example.h"
#include "xlfuse/data/feature.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/io/raw_outputs.h"

namespace xlfuse::decode {

// The predictions of one (task, split, language); only the member of the task's shape is used.
struct Predictions {
  // Classification: label names; Tatoeba: the predicted English line index; BUCC: "src\ttgt".
  std::vector<std::string> lines;
  // Tagging: one tag per word of every sentence.
  std::vector<std::vector<std::string>> tags;
  // QA: question id -> answer text.
  std::map<std::string, std::string> answers;
  // Multiple choice: the chosen index per example.
  std::vector<int> choices;
  // Mewsli-X / LAReQA: query id -> ranked candidate ids (at most eval::kRetrievalTopK).
  std::map<std::string, std::vector<std::string>> rankings;
  // BUCC 2018: the margin threshold the lines were cut at.
  double bucc_threshold = 0.0;
  // Entries the prediction file holds (lines, sentences, answers, ...).
  size_t count() const;
};

// How tag sequences are read from per-token scores: the argmax at every word (a single model's
// usual decoding), or the best sequence that is valid BIO (an I-X only after B-X or I-X) under the
// token log-probabilities, by Viterbi (data/decode.h). Tag sets without B-/I- tags decode alike.
enum class TagDecoding { Argmax, BioViterbi };

struct DecodeOptions {
  // Extractive QA decoding (n-best size, longest answer).
  data::QaDecodeOptions qa;
  // Tagging (see TagDecoding).
  TagDecoding tagging = TagDecoding::Argmax;
  // BUCC 2018 mining (XTREME's LASER-style mine_bitext: ratio margin over this many neighbours,
  // "max" retrieval). The pairs kept are those scoring >= the threshold: `bucc_threshold` when
  // set, else the one maximising F1 on the dataset's own gold (bucc_optimize, as XTREME does on
  // the dev split). No gold and no threshold -> ConfigError.
  int bucc_neighbours = 4;
  std::optional<double> bucc_threshold;
};

// Decodes `raw` (computed on `features` of `dataset`). std::invalid_argument / FormatError when
// the outputs do not fit the features or the dataset.
Predictions decode_outputs(const data::TaskInfo& task, const data::Dataset& dataset,
                           const std::vector<data::Feature>& features, const io::RawOutputs& raw,
                           const DecodeOptions& options = {});

}  // namespace xlfuse::decode
