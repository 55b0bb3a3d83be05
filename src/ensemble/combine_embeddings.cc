// Combined retrieval embeddings. See combine_embeddings.h.
#include "xlfuse/ensemble/combine_embeddings.h"

#include <cmath>
#include <stdexcept>

#include <fmt/format.h>

#include "xlfuse/ensemble/combined_outputs.h"

namespace xlfuse::ensemble {

io::RawOutputs combine_embeddings(const std::vector<const io::RawOutputs*>& members, const std::vector<double>& weights,
                                  bool unit_norm, const std::string& method) {
  if (members.front()->kind != io::RawOutputKind::Embeddings)
    throw std::invalid_argument(fmt::format("combine_embeddings: {} outputs", to_string(members.front()->kind)));
  io::RawOutputs out = combined_skeleton(members, weights, method);
  out.embeddings.resize(out.size());
  const double members_count = static_cast<double>(members.size());
  for (size_t f = 0; f < out.size(); ++f) {
    std::vector<float>& row = out.embeddings[f];
    for (size_t m = 0; m < members.size(); ++m) {
      const std::vector<float>& e = members[m]->embeddings[f];
      double norm = 0;
      for (float v : e) norm += static_cast<double>(v) * v;
      norm = std::max(std::sqrt(norm), 1e-12);  // a zero vector stays zero
      const double scale = std::sqrt(weights[m] * (unit_norm ? 1.0 : members_count)) / norm;
      for (float v : e) row.push_back(static_cast<float>(v * scale));
    }
  }
  return out;
}

}  // namespace xlfuse::ensemble
