#include "xlfuse/model/similarity_search.h"

#include <stdexcept>

#include <fmt/format.h>
#include <torch/torch.h>

#include "xlfuse/core/error.h"
#include "xlfuse/io/safetensors.h"

namespace xlfuse::model {

EmbeddingMatrix read_embeddings(const std::string& path, const std::string& tensor) {
  auto file = io::SafetensorsFile::open(path);
  const io::TensorInfo* info = file.find(tensor);
  if (!info) throw FormatError(fmt::format("{}: no tensor '{}' (expected the output of xlfuse embed)", path, tensor));
  if (info->shape.size() != 2)
    throw FormatError(fmt::format("{}: tensor '{}' must be 2-D [rows, dim], got {} dimensions", path, tensor,
                                  info->shape.size()));
  EmbeddingMatrix m;
  m.rows = info->shape[0];
  m.dim = info->shape[1];
  m.values.resize(static_cast<size_t>(m.rows * m.dim));
  file.read_f32(*info, m.values.data());
  return m;
}

Neighbours cosine_top_k(const EmbeddingMatrix& queries, const EmbeddingMatrix& candidates, int64_t k) {
  if (queries.dim != candidates.dim)
    throw std::invalid_argument(fmt::format("queries have dimension {}, candidates {}", queries.dim, candidates.dim));
  if (k < 1 || k > candidates.rows)
    throw std::invalid_argument(fmt::format("k must be in [1, {}] (the number of candidates), got {}", candidates.rows, k));
  torch::NoGradGuard no_grad;
  auto as_tensor = [](const EmbeddingMatrix& m) {
    auto t = torch::from_blob(const_cast<float*>(m.values.data()), {m.rows, m.dim}, torch::kFloat32);
    // Zero vectors stay zero instead of becoming NaN.
    return t / t.norm(2, {1}, true).clamp_min(1e-12);
  };
  const torch::Tensor q = as_tensor(queries);
  const torch::Tensor c = as_tensor(candidates);
  Neighbours out;
  out.index.resize(queries.rows);
  out.score.resize(queries.rows);
  // Chunks of queries bound the similarity matrix's memory for large candidate sets (BUCC).
  const int64_t chunk = std::max<int64_t>(1, (int64_t{1} << 26) / std::max<int64_t>(1, candidates.rows));
  for (int64_t begin = 0; begin < queries.rows; begin += chunk) {
    const int64_t end = std::min(queries.rows, begin + chunk);
    torch::Tensor sim = torch::mm(q.slice(0, begin, end), c.t());
    // A stable descending sort keeps the lower index first among equal scores.
    auto sorted = torch::sort(sim, /*stable=*/true, /*dim=*/1, /*descending=*/true);
    torch::Tensor values = std::get<0>(sorted).slice(1, 0, k).contiguous();
    torch::Tensor indices = std::get<1>(sorted).slice(1, 0, k).contiguous();
    auto v = values.accessor<float, 2>();
    auto ix = indices.accessor<int64_t, 2>();
    for (int64_t r = 0; r < end - begin; ++r) {
      for (int64_t j = 0; j < k; ++j) {
        out.index[begin + r].push_back(ix[r][j]);
        out.score[begin + r].push_back(v[r][j]);
      }
    }
  }
  return out;
}

double top1_accuracy(const Neighbours& neighbours, const std::vector<int64_t>& gold) {
  if (gold.size() != neighbours.index.size())
    throw std::invalid_argument(fmt::format("{} gold indices for {} queries", gold.size(), neighbours.index.size()));
  if (gold.empty()) return 0.0;
  size_t correct = 0;
  for (size_t i = 0; i < gold.size(); ++i) correct += neighbours.index[i].front() == gold[i];
  return 100.0 * static_cast<double>(correct) / static_cast<double>(gold.size());
}

}  // namespace xlfuse::model
