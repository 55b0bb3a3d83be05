// Embeddings -> rankings, nearest sentences and mined pairs. See retrieval_decode.h.
#include "xlfuse/decode/retrieval_decode.h"

#include <algorithm>
#include <set>
#include <stdexcept>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/decode/bucc_mining.h"
#include "xlfuse/decode/similarity_search.h"
#include "xlfuse/eval/retrieval.h"

namespace xlfuse::decode {

namespace {

// The embeddings of one side (window 0 = queries, 1 = candidates), rows in example order.
EmbeddingMatrix side_matrix(const io::RawOutputs& raw, int64_t side, size_t expected_rows, const char* what) {
  EmbeddingMatrix m;
  m.rows = static_cast<int64_t>(expected_rows);
  std::vector<int> seen(expected_rows, 0);
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw.window[i] != side) continue;
    const auto& row = raw.embeddings[i];
    if (m.dim == 0) {
      m.dim = static_cast<int64_t>(row.size());
      m.values.assign(expected_rows * row.size(), 0.0f);
    }
    const int64_t e = raw.example_index[i];
    if (e < 0 || static_cast<size_t>(e) >= expected_rows || seen[static_cast<size_t>(e)]++)
      throw std::invalid_argument(
          fmt::format("raw outputs: {} feature {} has example index {} (expected each of 0..{} once)", what, i, e,
                      expected_rows == 0 ? 0 : expected_rows - 1));
    std::copy(row.begin(), row.end(), m.values.begin() + e * m.dim);
  }
  for (size_t e = 0; e < expected_rows; ++e)
    if (!seen[e]) throw std::invalid_argument(fmt::format("raw outputs: no embedding for {} {}", what, e));
  return m;
}

// Top-k candidate ids (k = min(20, candidates)) of every query.
std::map<std::string, std::vector<std::string>> rank(const EmbeddingMatrix& queries,
                                                     const EmbeddingMatrix& candidates,
                                                     const std::vector<std::string>& query_ids,
                                                     const std::vector<std::string>& candidate_ids) {
  std::map<std::string, std::vector<std::string>> out;
  if (queries.rows == 0) return out;
  if (candidates.rows == 0) throw FormatError("retrieval: there are no candidates to rank");
  const int64_t k = std::min<int64_t>(static_cast<int64_t>(eval::kRetrievalTopK), candidates.rows);
  const Neighbours nn = cosine_top_k(queries, candidates, k);
  for (size_t q = 0; q < query_ids.size(); ++q) {
    auto& ranked = out[query_ids[q]];
    for (int64_t c : nn.index[q]) ranked.push_back(candidate_ids[static_cast<size_t>(c)]);
  }
  return out;
}

}  // namespace

Predictions decode_retrieval(const data::TaskInfo& task, const data::Dataset& dataset, const io::RawOutputs& raw,
                             const DecodeOptions& options) {
  Predictions p;
  if (raw.kind != io::RawOutputKind::Embeddings)
    throw std::invalid_argument(fmt::format("task '{}' needs embeddings, the raw outputs hold {}", task.name,
                                            to_string(raw.kind)));
  if (const auto* bitext = std::get_if<data::BitextExample>(&dataset.examples)) {
    const auto queries = side_matrix(raw, 0, bitext->source.size(), "source sentence");
    const auto candidates = side_matrix(raw, 1, bitext->target.size(), "English sentence");
    if (queries.rows == 0) return p;
    if (task.name == "tatoeba") {
      const Neighbours nn = cosine_top_k(queries, candidates, 1);
      for (const auto& row : nn.index) p.lines.push_back(std::to_string(row.at(0)));
      return p;
    }
    // BUCC 2018: margin-based mining, cut at a threshold.
    const std::vector<MinedPair> mined =
        mine_bitext(queries.values, static_cast<size_t>(queries.rows), candidates.values,
                    static_cast<size_t>(candidates.rows), static_cast<size_t>(queries.dim), options.bucc_neighbours);
    std::vector<std::pair<std::string, double>> scored;
    for (const auto& m : mined)
      scored.emplace_back(bitext->source[m.source].id + "\t" + bitext->target[m.target].id, m.score);
    if (options.bucc_threshold) {
      p.bucc_threshold = *options.bucc_threshold;
    } else if (!bitext->gold.empty()) {
      std::set<std::string> gold;
      for (const auto& [s, t] : bitext->gold) gold.insert(s + "\t" + t);
      p.bucc_threshold = bucc_optimize_threshold(scored, gold);
    } else {
      throw ConfigError(fmt::format("{} {}-{}: BUCC mining needs a threshold, tuned on gold pairs (the dev split's "
                                    ".gold file), and this data has none",
                                    task.name, dataset.split, dataset.lang));
    }
    for (const auto& [pair, score] : scored)
      if (score >= p.bucc_threshold) p.lines.push_back(pair);
    return p;
  }
  if (const auto* lareqa = std::get_if<data::LareqaExample>(&dataset.examples)) {
    std::vector<std::string> qids, cids;
    for (const auto& q : lareqa->questions) qids.push_back(q.uid);
    for (const auto& c : lareqa->candidates) cids.push_back(c.uid);
    p.rankings = rank(side_matrix(raw, 0, qids.size(), "question"), side_matrix(raw, 1, cids.size(), "candidate"),
                      qids, cids);
    return p;
  }
  const auto& mewslix = std::get<data::MewslixExample>(dataset.examples);
  std::vector<std::string> qids, cids;
  for (const auto& m : mewslix.mentions) qids.push_back(m.example_id);
  for (const auto& e : mewslix.entities) cids.push_back(e.entity_id);
  p.rankings = rank(side_matrix(raw, 0, qids.size(), "mention"), side_matrix(raw, 1, cids.size(), "entity"), qids,
                    cids);
  return p;
}

std::vector<Predictions> decode_lareqa_pool(const std::vector<const data::Dataset*>& datasets,
                                            const std::vector<const io::RawOutputs*>& raws) {
  if (datasets.size() != raws.size())
    throw std::invalid_argument(fmt::format("{} datasets but {} raw outputs", datasets.size(), raws.size()));
  EmbeddingMatrix pool;
  std::vector<std::string> pool_ids;
  std::vector<EmbeddingMatrix> questions;
  for (size_t d = 0; d < datasets.size(); ++d) {
    const auto& ex = std::get<data::LareqaExample>(datasets[d]->examples);
    questions.push_back(side_matrix(*raws[d], 0, ex.questions.size(), "question"));
    const EmbeddingMatrix c = side_matrix(*raws[d], 1, ex.candidates.size(), "candidate");
    if (c.rows == 0) continue;
    if (pool.dim != 0 && c.dim != pool.dim)
      throw std::invalid_argument(fmt::format("LAReQA pool: embeddings of size {} and {}", pool.dim, c.dim));
    pool.dim = c.dim;
    pool.rows += c.rows;
    pool.values.insert(pool.values.end(), c.values.begin(), c.values.end());
    for (const auto& cand : ex.candidates) pool_ids.push_back(cand.uid);
  }
  std::vector<Predictions> out(datasets.size());
  for (size_t d = 0; d < datasets.size(); ++d) {
    std::vector<std::string> qids;
    for (const auto& q : std::get<data::LareqaExample>(datasets[d]->examples).questions) qids.push_back(q.uid);
    out[d].rankings = rank(questions[d], pool, qids, pool_ids);
  }
  return out;
}

}  // namespace xlfuse::decode
