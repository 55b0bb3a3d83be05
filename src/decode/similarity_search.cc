#include "xlfuse/decode/similarity_search.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

#include <fmt/format.h>
#include <cblas.h>

#include "xlfuse/core/error.h"
#include "xlfuse/io/safetensors.h"

namespace xlfuse::decode {

EmbeddingMatrix read_embeddings(const std::string& path, const std::string& tensor) {
  auto file = io::SafetensorsFile::open(path);
  const io::TensorInfo* info = file.find(tensor);
  if (!info) throw FormatError(fmt::format("{}: no tensor '{}' (expected the output of xlfuse embed)", path, tensor));
  if (info->shape.size() != 2)
    throw FormatError(fmt::format("{}: tensor '{}' must be 2-D [rows, dim], got {} dimensions", path, tensor,
                                  info->shape.size()));
  EmbeddingMatrix m;
  m.metadata = file.metadata();
  m.rows = info->shape[0];
  m.dim = info->shape[1];
  m.values.resize(static_cast<size_t>(m.rows * m.dim));
  file.read_f32(*info, m.values.data());
  return m;
}

namespace {

// Rows scaled to unit L2 norm (zero rows stay zero instead of becoming NaN).
std::vector<float> normalised_rows(const EmbeddingMatrix& m) {
  std::vector<float> out(m.values);
  for (int64_t r = 0; r < m.rows; ++r) {
    float* row = out.data() + r * m.dim;
    double sum = 0.0;
    for (int64_t j = 0; j < m.dim; ++j) sum += static_cast<double>(row[j]) * row[j];
    const float norm = std::max(static_cast<float>(std::sqrt(sum)), 1e-12f);
    for (int64_t j = 0; j < m.dim; ++j) row[j] /= norm;
  }
  return out;
}

}  // namespace

Neighbours cosine_top_k(const EmbeddingMatrix& queries, const EmbeddingMatrix& candidates, int64_t k) {
  if (queries.dim != candidates.dim)
    throw std::invalid_argument(fmt::format("queries have dimension {}, candidates {}", queries.dim, candidates.dim));
  if (k < 1 || k > candidates.rows)
    throw std::invalid_argument(fmt::format("k must be in [1, {}] (the number of candidates), got {}", candidates.rows, k));
  const std::vector<float> q = normalised_rows(queries);
  const std::vector<float> c = normalised_rows(candidates);
  Neighbours out;
  out.index.resize(static_cast<size_t>(queries.rows));
  out.score.resize(static_cast<size_t>(queries.rows));
  // Chunks of queries bound the similarity matrix's memory for large candidate sets (BUCC).
  const int64_t n = candidates.rows;
  const int64_t chunk = std::max<int64_t>(1, (int64_t{1} << 26) / std::max<int64_t>(1, n));
  std::vector<float> sim;
  std::vector<int64_t> order(static_cast<size_t>(n));
  for (int64_t begin = 0; begin < queries.rows; begin += chunk) {
    const int64_t rows = std::min(queries.rows, begin + chunk) - begin;
    sim.assign(static_cast<size_t>(rows * n), 0.0f);
    // sim[rows, n] = q[begin:begin+rows] x c^T
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, static_cast<int>(rows), static_cast<int>(n),
                static_cast<int>(queries.dim), 1.0f, q.data() + begin * queries.dim, static_cast<int>(queries.dim),
                c.data(), static_cast<int>(queries.dim), 0.0f, sim.data(), static_cast<int>(n));
    for (int64_t r = 0; r < rows; ++r) {
      const float* s = sim.data() + r * n;
      std::iota(order.begin(), order.end(), int64_t{0});
      // Best first; the lower index first among equal scores (a stable descending sort).
      std::partial_sort(order.begin(), order.begin() + k, order.end(),
                        [s](int64_t a, int64_t b) { return s[a] > s[b] || (s[a] == s[b] && a < b); });
      auto& index = out.index[static_cast<size_t>(begin + r)];
      auto& score = out.score[static_cast<size_t>(begin + r)];
      for (int64_t j = 0; j < k; ++j) {
        index.push_back(order[static_cast<size_t>(j)]);
        score.push_back(s[order[static_cast<size_t>(j)]]);
      }
    }
  }
  return out;
}

const std::vector<std::string>& embedding_space_keys() {
  static const std::vector<std::string> keys = {"model_hash", "layer", "pool", "vocab_fingerprint", "lower_case"};
  return keys;
}

void check_same_embedding_space(const EmbeddingMatrix& a, const std::string& a_path, const EmbeddingMatrix& b,
                                const std::string& b_path) {
  if (a.dim != b.dim)
    throw ConfigError(fmt::format("{} holds {}-dimensional embeddings, {} {}-dimensional ones: not the same space",
                                  a_path, a.dim, b_path, b.dim));
  for (const auto& key : embedding_space_keys()) {
    auto ia = a.metadata.find(key), ib = b.metadata.find(key);
    if (ia == a.metadata.end() || ib == b.metadata.end())
      throw ConfigError(fmt::format("{} records no '{}': cannot tell whether its embeddings and {}'s come from the "
                                    "same model, layer and pooling (write both with xlfuse embed)",
                                    ia == a.metadata.end() ? a_path : b_path, key,
                                    ia == a.metadata.end() ? b_path : a_path));
    if (ia->second != ib->second)
      throw ConfigError(fmt::format("{} and {} differ in '{}' ({} vs {}): their embeddings are not comparable", a_path,
                                    b_path, key, ia->second, ib->second));
  }
}

double top1_accuracy(const Neighbours& neighbours, const std::vector<int64_t>& gold) {
  if (gold.size() != neighbours.index.size())
    throw std::invalid_argument(fmt::format("{} gold indices for {} queries", gold.size(), neighbours.index.size()));
  if (gold.empty()) throw std::invalid_argument("no queries: top-1 accuracy is undefined");
  size_t correct = 0;
  for (size_t i = 0; i < gold.size(); ++i) correct += neighbours.index[i].front() == gold[i];
  return 100.0 * static_cast<double>(correct) / static_cast<double>(gold.size());
}

}  // namespace xlfuse::decode
