#pragma once
// The members' outputs on their task's English dev data (data::english_dev) and the zero-shot
// choices made from them: each member's English dev score (the best member of a comparison is
// chosen by it) and the weights of WeightSource. Never target-language labels.
#include <string>
#include <vector>

#include "xlfuse/data/task_registry.h"
#include "xlfuse/decode/raw_context.h"
#include "xlfuse/ensemble/combiners.h"
#include "xlfuse/ensemble/members.h"
#include "xlfuse/ensemble/weights.h"

namespace xlfuse::ensemble {

struct EnglishDev {
  // Which data; empty when the task has no English dev data (then nothing below is filled).
  data::DataRef ref;
  // Per member, its outputs on it.
  std::vector<io::RawOutputs> outputs;
  // The dataset and features (rebuilt from the first member's metadata).
  decode::DecodeInputs inputs;
  // Per member, the headline metric on it.
  std::vector<double> member_scores;
};

// Reads MEMBER/raw/{dev task}/{dev split}-en.safetensors of every member (agreeing as `agreement`
// asks) and scores each. IoError naming a missing file and the `xlfuse predict` that writes it.
EnglishDev load_english_dev(const std::vector<MemberRef>& members, const data::TaskInfo& task,
                            const std::string& data_dir, Agreement agreement);

// The headline metric of combined outputs on the English dev data.
double english_dev_score(const EnglishDev& dev, const io::RawOutputs& outputs, const decode::DecodeOptions& decode);

// The weights `source` gives, for the combiner `combiner`. Uniform: empty (combiners' default).
// ConfigError when the source needs English dev data the task does not have, or (fitted) output
// kinds without label probabilities (QA, retrieval).
std::vector<double> choose_weights(WeightSource source, const EnglishDev& dev, const CombinerEntry& combiner,
                                   size_t members);

}  // namespace xlfuse::ensemble
