#pragma once
// The subset search's fast path for scores that need only the decoded labels
// (SearchSet::score_labels): per unit (a classification row, a tagging token), the first index of
// the largest combined mean-prob value, for every subset, without writing the combined outputs.
//
// Same running sums as the combined outputs (running_sums.h), laid out for the argmax: the units
// are cut into blocks of kArgmaxLanes, each stored label-major, and a block runs a whole round of
// Gray-code steps while its sums and the members' contributions stay in the L1 cache (the
// full-output path streams every sum through memory once per subset). The labels of a round are
// kept for all its steps (kRoundSteps x units bytes). Torch-free.
#include <cstdint>
#include <vector>

#include "xlfuse/io/raw_outputs.h"

namespace xlfuse::ensemble {

class LabelSearch {
 public:
  // Gray-code steps per round: 256 x units bytes of labels (45 MB for the largest UD-POS test set).
  static constexpr uint32_t kRoundSteps = 256;

  // Starts the search of one set, before step 1, from the outputs of its members: classification or
  // tagging, the same features (checked by search_subsets), at most kMaxArgmaxLabels labels
  // (std::invalid_argument). The buffers of the previous set are reused: over many languages,
  // fresh memory (whose pages the kernel must clear) is touched only as the sets grow.
  void start(const std::vector<const io::RawOutputs*>& members);

  // Units per subset: the rows (classification) or tokens (tagging), feature after feature.
  size_t units() const { return units_; }

  // Runs Gray-code steps first .. first + count - 1 (numbered as gray_code numbers them, from 1),
  // which must follow the steps already run; count <= kRoundSteps.
  void run(uint32_t first, uint32_t count);

  // The labels of every unit after step (first + i) of the last run.
  void labels_after(uint32_t i, std::vector<uint8_t>& out) const;

 private:
  size_t members_ = 0, labels_ = 0, units_ = 0, blocks_ = 0;
  // Per member, its contributions in block layout: [block][label][lane].
  std::vector<std::vector<double>> contributions_;
  std::vector<double> hi_, lo_;  // the running sums, in the same layout
  uint32_t mask_ = 0;            // the subset after the steps run so far
  uint32_t next_step_ = 1;
  std::vector<uint8_t> round_labels_;  // [step of the round][block * lanes + lane]
};

}  // namespace xlfuse::ensemble
