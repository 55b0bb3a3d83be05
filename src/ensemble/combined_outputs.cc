// The shared skeleton of combined outputs. See combined_outputs.h.
#include "xlfuse/ensemble/combined_outputs.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "xlfuse/core/fingerprint.h"

namespace xlfuse::ensemble {

io::RawOutputs combined_skeleton(const std::vector<const io::RawOutputs*>& members, const std::vector<double>& weights,
                                 const std::string& method) {
  const io::RawOutputs& first = *members.front();
  io::RawOutputs out;
  out.kind = first.kind;
  out.meta = first.meta;
  out.example_index = first.example_index;
  out.window = first.window;
  out.choice = first.choice;
  out.lengths = first.lengths;
  Fnv1a64 name;
  name.update("xlfuse.ensemble\n" + method);
  std::string hashes, weight_list;
  for (size_t m = 0; m < members.size(); ++m) {
    hashes += (m ? "," : "") + members[m]->meta.model_hash;
    weight_list += fmt::format("{}{:.17g}", m ? "," : "", weights[m]);
  }
  name.update("\n" + hashes + "\n" + weight_list);
  out.meta.model_hash = name.hex();
  out.meta.fusion = "";
  out.meta.extra["ensemble_method"] = method;
  out.meta.extra["ensemble_members"] = hashes;
  out.meta.extra["ensemble_weights"] = weight_list;
  return out;
}

void softmax(const float* values, size_t n, double* out) {
  double max = -std::numeric_limits<double>::infinity();
  for (size_t i = 0; i < n; ++i) max = std::max(max, static_cast<double>(values[i]));
  double sum = 0;
  for (size_t i = 0; i < n; ++i) sum += out[i] = std::exp(static_cast<double>(values[i]) - max);
  for (size_t i = 0; i < n; ++i) out[i] /= sum;
}

float log_probability(double p) {
  constexpr double kTiny = 1e-30;  // keeps log finite for an impossible label
  return static_cast<float>(std::log(std::max(p, kTiny)));
}

}  // namespace xlfuse::ensemble
