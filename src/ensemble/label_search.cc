// Argmax labels of every subset from blocked running sums. See label_search.h.
#include "xlfuse/ensemble/label_search.h"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>

#include "xlfuse/ensemble/contributions.h"
#include "xlfuse/ensemble/running_sums.h"
#include "xlfuse/ensemble/subset_search.h"  // changed_member

namespace xlfuse::ensemble {

namespace {

int members_in(uint32_t mask) {
  int count = 0;
  for (; mask; mask &= mask - 1) ++count;
  return count;
}

}  // namespace

void LabelSearch::start(const std::vector<const io::RawOutputs*>& members) {
  const io::RawOutputs& first = *members.front();
  if (first.kind != io::RawOutputKind::Classification && first.kind != io::RawOutputKind::Tagging)
    throw std::invalid_argument(fmt::format(
        "subset search: scoring by labels needs classification or tagging outputs, got {}", to_string(first.kind)));
  labels_ = first.meta.labels.size();
  if (labels_ == 0 || labels_ > kMaxArgmaxLabels)
    throw std::invalid_argument(
        fmt::format("subset search: scoring by labels takes 1 to {} labels, got {}", kMaxArgmaxLabels, labels_));
  constexpr size_t W = kArgmaxLanes;
  members_ = members.size();
  units_ = 0;
  for (const auto& row : first.logits) units_ += row.size() / labels_;
  blocks_ = (units_ + W - 1) / W;
  mask_ = 0;
  next_step_ = 1;
  contributions_.resize(members_);
  std::vector<double> p(labels_);
  for (size_t m = 0; m < members_; ++m) {
    // The softmax of every unit (as member_contributions computes it), written in block layout.
    // The padding units of the last block get probability 1 on label 0: no ties, so they never
    // take the slow path; their labels are not returned.
    std::vector<double>& blocked = contributions_[m];
    blocked.assign(blocks_ * labels_ * W, 0.0);
    const io::RawOutputs* r = members[m];
    size_t u = 0;
    for (const auto& row : r->logits)
      for (size_t at = 0; at < row.size(); at += labels_, ++u) {
        softmax_to_double(row.data() + at, labels_, p.data());
        for (size_t l = 0; l < labels_; ++l) blocked[(u / W * labels_ + l) * W + u % W] = p[l];
      }
    for (; u < blocks_ * W; ++u) blocked[u / W * labels_ * W + u % W] = 1.0;
  }
  hi_.assign(blocks_ * labels_ * W, 0.0);
  lo_.assign(blocks_ * labels_ * W, 0.0);
}

void LabelSearch::run(uint32_t first, uint32_t count) {
  if (first != next_step_ || count > kRoundSteps)
    throw std::logic_error(fmt::format("LabelSearch::run: steps {} + {} do not follow step {}", first, count, next_step_));
  std::vector<SumStep> steps(count);
  for (uint32_t i = 0; i < count; ++i) {
    const int member = changed_member(first + i);
    const bool add = !(mask_ & (1u << member));
    mask_ ^= 1u << member;
    steps[i] = {static_cast<size_t>(member), add ? 1.0 : -1.0, 1.0 / static_cast<double>(members_in(mask_))};
  }
  next_step_ = first + count;
  constexpr size_t W = kArgmaxLanes;
  const size_t stride = blocks_ * W, block_values = labels_ * W;
  round_labels_.resize(static_cast<size_t>(count) * stride);
  std::vector<const double*> contributions(members_);
  for (size_t b = 0; b < blocks_; ++b) {
    for (size_t m = 0; m < members_; ++m) contributions[m] = contributions_[m].data() + b * block_values;
    add_and_argmax(contributions.data(), steps.data(), count, labels_, hi_.data() + b * block_values,
                   lo_.data() + b * block_values, round_labels_.data() + b * W, stride);
  }
}

void LabelSearch::labels_after(uint32_t i, std::vector<uint8_t>& out) const {
  const auto* row = round_labels_.data() + static_cast<size_t>(i) * blocks_ * kArgmaxLanes;
  out.assign(row, row + units_);
}

}  // namespace xlfuse::ensemble
