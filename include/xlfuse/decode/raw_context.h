#pragma once
// What decoding a stored raw-output file needs, rebuilt from its metadata and the data folder:
// the dataset and the features the model saw (the member's vocabulary, casing and
// max_seq_length, as `xlfuse predict` recorded them). Ensembles decode combined outputs with it,
// without running any model.
#include <string>
#include <vector>

#include "xlfuse/data/example.h"
#include "xlfuse/data/feature.h"
#include "xlfuse/io/raw_outputs.h"

namespace xlfuse::decode {

struct DecodeInputs {
  data::Dataset dataset;
  std::vector<data::Feature> features;
};

// Reads (meta.task, meta.split, meta.lang) from data_dir and featurises it with the tokenizer of
// meta.extra["model_dir"]'s tokenizer file (or `vocab_path` when given), checked against meta.vocab_hash.
// IoError naming a missing vocabulary or data file; ConfigError when the vocabulary's fingerprint
// differs from the one the outputs were computed with. The features are not checked against the
// outputs here (decode_outputs does that, naming the first differing feature).
DecodeInputs rebuild_decode_inputs(const io::RawOutputs& raw, const std::string& data_dir,
                                   const std::string& vocab_path = "");

}  // namespace xlfuse::decode
