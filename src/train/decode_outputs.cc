// Raw outputs -> leaderboard-shaped predictions -> official scores. See decode_outputs.h.
#include "xlfuse/train/decode_outputs.h"

#include <algorithm>
#include <set>
#include <stdexcept>
#include <type_traits>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/eval/accuracy.h"
#include "xlfuse/eval/mlqa.h"
#include "xlfuse/eval/python_string.h"
#include "xlfuse/eval/retrieval.h"
#include "xlfuse/eval/seqeval.h"
#include "xlfuse/eval/squad.h"
#include "xlfuse/eval/submission.h"
#include "xlfuse/model/similarity_search.h"

namespace xlfuse::train {

namespace {

// The embeddings of one side (window 0 = queries, 1 = candidates), rows in example order.
model::EmbeddingMatrix side_matrix(const RawOutputs& raw, int64_t side, size_t expected_rows, const char* what) {
  model::EmbeddingMatrix m;
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
std::map<std::string, std::vector<std::string>> rank(const model::EmbeddingMatrix& queries,
                                                     const model::EmbeddingMatrix& candidates,
                                                     const std::vector<std::string>& query_ids,
                                                     const std::vector<std::string>& candidate_ids) {
  std::map<std::string, std::vector<std::string>> out;
  if (queries.rows == 0) return out;
  if (candidates.rows == 0) throw FormatError("retrieval: there are no candidates to rank");
  const int64_t k = std::min<int64_t>(static_cast<int64_t>(eval::kRetrievalTopK), candidates.rows);
  const model::Neighbours nn = model::cosine_top_k(queries, candidates, k);
  for (size_t q = 0; q < query_ids.size(); ++q) {
    auto& ranked = out[query_ids[q]];
    for (int64_t c : nn.index[q]) ranked.push_back(candidate_ids[static_cast<size_t>(c)]);
  }
  return out;
}

Predictions decode_retrieval(const data::TaskInfo& task, const data::Dataset& dataset, const RawOutputs& raw,
                             const DecodeOptions& options) {
  Predictions p;
  if (raw.kind != RawOutputKind::Embeddings)
    throw std::invalid_argument(fmt::format("task '{}' needs embeddings, the raw outputs hold {}", task.name,
                                            to_string(raw.kind)));
  if (const auto* bitext = std::get_if<data::BitextExample>(&dataset.examples)) {
    const auto queries = side_matrix(raw, 0, bitext->source.size(), "source sentence");
    const auto candidates = side_matrix(raw, 1, bitext->target.size(), "English sentence");
    if (queries.rows == 0) return p;
    if (task.name == "tatoeba") {
      const model::Neighbours nn = model::cosine_top_k(queries, candidates, 1);
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

void check_kind(const data::TaskInfo& task, const RawOutputs& raw, RawOutputKind want) {
  if (raw.kind != want)
    throw std::invalid_argument(fmt::format("task '{}' needs {} outputs, the raw outputs hold {}", task.name,
                                            to_string(want), to_string(raw.kind)));
}

// MLQA's answer language: the context language ("de-en" = context de, question en).
std::string answer_language(const std::string& lang) { return lang.substr(0, lang.find('-')); }

}  // namespace

std::vector<Predictions> decode_lareqa_pool(const std::vector<const data::Dataset*>& datasets,
                                            const std::vector<const RawOutputs*>& raws) {
  if (datasets.size() != raws.size())
    throw std::invalid_argument(fmt::format("{} datasets but {} raw outputs", datasets.size(), raws.size()));
  model::EmbeddingMatrix pool;
  std::vector<std::string> pool_ids;
  std::vector<model::EmbeddingMatrix> questions;
  for (size_t d = 0; d < datasets.size(); ++d) {
    const auto& ex = std::get<data::LareqaExample>(datasets[d]->examples);
    questions.push_back(side_matrix(*raws[d], 0, ex.questions.size(), "question"));
    const model::EmbeddingMatrix c = side_matrix(*raws[d], 1, ex.candidates.size(), "candidate");
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

eval::MetricValues score_lareqa_pool(const data::Dataset& dataset, const std::vector<const data::Dataset*>& pool,
                                     const Predictions& predictions) {
  std::map<std::string, std::vector<std::string>> relevant_of;  // xling_id -> candidate uids, all languages
  for (const data::Dataset* d : pool)
    for (const auto& c : std::get<data::LareqaExample>(d->examples).candidates)
      for (const auto& x : c.xling_ids) relevant_of[x].push_back(c.uid);
  std::map<std::string, std::vector<std::string>> gold;
  for (const auto& q : std::get<data::LareqaExample>(dataset.examples).questions) gold[q.uid] = relevant_of[q.xling_id];
  return {{eval::kMapAt20, eval::lareqa_map_at_k(gold, predictions.rankings).value}};
}

std::vector<MinedPair> mine_bitext(const std::vector<float>& source, size_t source_rows,
                                   const std::vector<float>& target, size_t target_rows, size_t dim, int neighbours) {
  if (neighbours < 1) throw ConfigError(fmt::format("bucc_neighbours: expected at least 1, got {}", neighbours));
  if (source.size() != source_rows * dim || target.size() != target_rows * dim)
    throw std::invalid_argument("mine_bitext: matrix sizes do not match rows x dim");
  std::vector<MinedPair> out;
  if (source_rows == 0 || target_rows == 0) return out;
  const model::EmbeddingMatrix x{static_cast<int64_t>(source_rows), static_cast<int64_t>(dim), source};
  const model::EmbeddingMatrix y{static_cast<int64_t>(target_rows), static_cast<int64_t>(dim), target};
  const model::Neighbours fwd = model::cosine_top_k(x, y, std::min<int64_t>(neighbours, y.rows));
  const model::Neighbours bwd = model::cosine_top_k(y, x, std::min<int64_t>(neighbours, x.rows));
  auto mean = [](const std::vector<float>& v) {
    double s = 0;
    for (float f : v) s += f;
    return s / static_cast<double>(v.size());
  };
  std::vector<double> x2y(source_rows), y2x(target_rows);
  for (size_t i = 0; i < source_rows; ++i) x2y[i] = mean(fwd.score[i]);
  for (size_t j = 0; j < target_rows; ++j) y2x[j] = mean(bwd.score[j]);
  // Best candidate of each sentence by ratio margin (the first of equal scores, as numpy argmax).
  std::vector<MinedPair> candidates;
  candidates.reserve(source_rows + target_rows);
  for (size_t i = 0; i < source_rows; ++i) {
    MinedPair best{-1e300, i, 0};
    for (size_t n = 0; n < fwd.index[i].size(); ++n) {
      const auto j = static_cast<size_t>(fwd.index[i][n]);
      const double score = fwd.score[i][n] / ((x2y[i] + y2x[j]) / 2);
      if (score > best.score) best = {score, i, j};
    }
    candidates.push_back(best);
  }
  for (size_t j = 0; j < target_rows; ++j) {
    MinedPair best{-1e300, 0, j};
    for (size_t n = 0; n < bwd.index[j].size(); ++n) {
      const auto i = static_cast<size_t>(bwd.index[j][n]);
      const double score = bwd.score[j][n] / ((y2x[j] + x2y[i]) / 2);
      if (score > best.score) best = {score, i, j};
    }
    candidates.push_back(best);
  }
  // Best first (stable, like a stable argsort of -scores), each sentence used once.
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const MinedPair& a, const MinedPair& b) { return a.score > b.score; });
  std::vector<char> seen_source(source_rows, 0), seen_target(target_rows, 0);
  for (const auto& c : candidates) {
    if (seen_source[c.source] || seen_target[c.target]) continue;
    seen_source[c.source] = seen_target[c.target] = 1;
    if (c.score > 0) out.push_back(c);
  }
  return out;
}

double bucc_optimize_threshold(const std::vector<std::pair<std::string, double>>& candidates,
                               const std::set<std::string>& gold) {
  std::vector<std::pair<std::string, double>> items = candidates;
  std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  double best_f1 = 0, threshold = 0;
  size_t correct = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    correct += gold.count(items[i].first);
    if (correct == 0) continue;
    const double precision = static_cast<double>(correct) / static_cast<double>(i + 1);
    const double recall = static_cast<double>(correct) / static_cast<double>(gold.size());
    const double f1 = 2 * precision * recall / (precision + recall);
    if (f1 > best_f1) {
      best_f1 = f1;
      // Midway to the next candidate (the last one: its own score, keeping it).
      threshold = i + 1 < items.size() ? (items[i].second + items[i + 1].second) / 2 : items[i].second;
    }
  }
  return threshold;
}

size_t Predictions::count() const {
  return lines.size() + tags.size() + answers.size() + choices.size() + rankings.size();
}

Predictions decode_outputs(const data::TaskInfo& task, const data::Dataset& dataset,
                           const std::vector<data::Feature>& features, const RawOutputs& raw,
                           const DecodeOptions& options) {
  raw.validate();
  if (raw.size() != features.size())
    throw std::invalid_argument(
        fmt::format("raw outputs hold {} features, the dataset gives {}", raw.size(), features.size()));
  for (size_t i = 0; i < features.size(); ++i)
    if (raw.example_index[i] != features[i].example_index || raw.window[i] != features[i].window ||
        raw.choice[i] != features[i].choice || raw.lengths[i] != static_cast<int64_t>(features[i].length()))
      throw std::invalid_argument(fmt::format(
          "raw outputs: feature {} is (example {}, window {}, choice {}, {} tokens) but the data gives (example {}, "
          "window {}, choice {}, {} tokens): outputs of other data or another max_seq_length",
          i, raw.example_index[i], raw.window[i], raw.choice[i], raw.lengths[i], features[i].example_index,
          features[i].window, features[i].choice, features[i].length()));
  Predictions p;
  std::visit(
      [&](const auto& examples) {
        using T = std::decay_t<decltype(examples)>;
        if constexpr (std::is_same_v<T, std::vector<data::PairExample>>) {
          check_kind(task, raw, RawOutputKind::Classification);
          std::vector<std::vector<float>> rows(examples.size());
          for (size_t i = 0; i < raw.size(); ++i) {
            const auto e = static_cast<size_t>(raw.example_index[i]);
            if (e >= rows.size() || !rows[e].empty())
              throw std::invalid_argument(fmt::format("raw outputs: feature {} has example index {}", i, e));
            rows[e] = raw.logits[i];
          }
          p.lines = data::decode_classification(rows, raw.meta.labels);
        } else if constexpr (std::is_same_v<T, std::vector<data::MultipleChoiceExample>>) {
          check_kind(task, raw, RawOutputKind::MultipleChoice);
          std::vector<float> scores;
          scores.reserve(raw.size());
          for (const auto& row : raw.logits) scores.push_back(row.at(0));
          for (int32_t c : data::decode_multiple_choice(features, scores, examples.size())) p.choices.push_back(c);
        } else if constexpr (std::is_same_v<T, std::vector<data::TaggingExample>>) {
          check_kind(task, raw, RawOutputKind::Tagging);
          p.tags = data::decode_tagging(examples, features, raw.logits, raw.meta.labels);
        } else if constexpr (std::is_same_v<T, std::vector<data::QaExample>>) {
          check_kind(task, raw, RawOutputKind::Qa);
          for (const auto& pred : data::decode_qa(examples, features, raw.start_logits, raw.end_logits, options.qa))
            p.answers[pred.id] = pred.text;
        } else {
          p = decode_retrieval(task, dataset, raw, options);
        }
      },
      dataset.examples);
  return p;
}

eval::TaskInfo scoring_task(const data::TaskInfo& task) {
  if (const eval::TaskInfo* t = eval::find_task(task.name)) return *t;
  eval::TaskInfo t;
  t.name = task.name;
  switch (task.kind) {
    case data::TaskKind::Classification:
      t.metric = eval::TaskMetric::Accuracy;
      t.extension = "tsv";
      break;
    case data::TaskKind::MultipleChoice:
      t.metric = eval::TaskMetric::JsonAccuracy;
      t.extension = "jsonl";
      break;
    case data::TaskKind::Tagging:
      t.metric = eval::TaskMetric::Seqeval;
      t.extension = "tsv";
      break;
    case data::TaskKind::Qa:
      t.metric = task.metric == "mlqa_em_f1" ? eval::TaskMetric::Mlqa : eval::TaskMetric::Squad;
      t.extension = "json";
      break;
    case data::TaskKind::Retrieval:
      throw ConfigError(fmt::format("task '{}': no scoring is defined for this retrieval task", task.name));
  }
  return t;
}

std::string headline_metric(const data::TaskInfo& task) {
  switch (scoring_task(task).metric) {
    case eval::TaskMetric::Accuracy:
    case eval::TaskMetric::JsonAccuracy:
      return eval::kAccuracy;
    case eval::TaskMetric::MewslixMrr:
    case eval::TaskMetric::LareqaMap:
      return eval::kMapAt20;
    default:
      return eval::kF1;
  }
}

void write_predictions(const std::string& path, const data::TaskInfo& task, const Predictions& p) {
  switch (scoring_task(task).metric) {
    case eval::TaskMetric::Accuracy:
    case eval::TaskMetric::Bucc:
      eval::write_label_lines(path, p.lines);
      return;
    case eval::TaskMetric::JsonAccuracy:
      eval::write_xcopa_predictions(path, p.choices);
      return;
    case eval::TaskMetric::Seqeval:
      eval::write_tag_file(path, p.tags);
      return;
    case eval::TaskMetric::Squad:
    case eval::TaskMetric::Mlqa:
      eval::write_qa_predictions(path, p.answers);
      return;
    case eval::TaskMetric::MewslixMrr:
    case eval::TaskMetric::LareqaMap:
      eval::write_ranking_json(path, p.rankings);
      return;
  }
}

eval::MetricValues score_predictions(const data::TaskInfo& task, const data::Dataset& dataset, const Predictions& p) {
  if (!dataset.labelled)
    throw FormatError(fmt::format("{} {}-{} has no labels to score against ({})", task.name, dataset.split, dataset.lang,
                                  fmt::join(dataset.files, ", ")));
  const eval::TaskInfo scoring = scoring_task(task);
  auto size_check = [&](size_t predicted, size_t gold, const char* unit) {
    if (predicted != gold)
      throw std::invalid_argument(fmt::format("{} {}-{}: {} predicted {} for {} gold {}", task.name, dataset.split,
                                              dataset.lang, predicted, unit, gold, unit));
  };
  return std::visit(
      [&](const auto& examples) -> eval::MetricValues {
        using T = std::decay_t<decltype(examples)>;
        if constexpr (std::is_same_v<T, std::vector<data::PairExample>>) {
          std::vector<std::string> gold, pred;
          for (const auto& e : examples) gold.push_back(eval::py::strip(e.label.value_or("")));
          for (const auto& l : p.lines) pred.push_back(eval::py::strip(l));  // as read_label_lines does
          size_check(pred.size(), gold.size(), "lines");
          return {{eval::kAccuracy, eval::accuracy(gold, pred)}};
        } else if constexpr (std::is_same_v<T, std::vector<data::MultipleChoiceExample>>) {
          std::vector<nlohmann::json> gold, pred;
          for (const auto& e : examples) gold.push_back(e.label ? nlohmann::json(*e.label) : nlohmann::json(nullptr));
          for (int c : p.choices) pred.push_back(c);
          size_check(pred.size(), gold.size(), "choices");
          return {{eval::kAccuracy, eval::json_accuracy(gold, pred)}};
        } else if constexpr (std::is_same_v<T, std::vector<data::TaggingExample>>) {
          std::vector<std::vector<std::string>> gold;
          for (const auto& e : examples) gold.push_back(e.tags);
          size_check(p.tags.size(), gold.size(), "sentences");
          const eval::PrfScores s = eval::seqeval_scores(gold, p.tags, eval::SeqevalScheme::Legacy);
          return {{eval::kF1, s.f1}, {eval::kPrecision, s.precision}, {eval::kRecall, s.recall}};
        } else if constexpr (std::is_same_v<T, std::vector<data::QaExample>>) {
          std::vector<eval::QaQuestion> questions;
          for (const auto& e : examples) {
            eval::QaQuestion q;
            q.id = e.id;
            for (const auto& a : e.answers) q.answers.push_back(a.text);
            questions.push_back(std::move(q));
          }
          const eval::QaScores s = scoring.metric == eval::TaskMetric::Mlqa
                                       ? eval::mlqa_evaluate(questions, p.answers, answer_language(dataset.lang))
                                       : eval::squad_evaluate(questions, p.answers);
          return {{eval::kExactMatch, s.exact_match}, {eval::kF1, s.f1}};
        } else if constexpr (std::is_same_v<T, data::BitextExample>) {
          if (scoring.metric == eval::TaskMetric::Bucc) {
            std::vector<std::string> gold;
            for (const auto& [s, t] : examples.gold) gold.push_back(s + "\t" + t);
            const eval::PrfScores s = eval::bucc_scores(gold, p.lines);
            return {{eval::kF1, s.f1}, {eval::kPrecision, s.precision}, {eval::kRecall, s.recall}};
          }
          // Tatoeba: the gold line of source i is the index of its English sentence.
          std::map<std::string, size_t> target_index;
          for (size_t i = 0; i < examples.target.size(); ++i) target_index[examples.target[i].id] = i;
          std::map<std::string, std::string> gold_of;
          for (const auto& [src, tgt] : examples.gold) {
            auto it = target_index.find(tgt);
            if (it == target_index.end())
              throw FormatError(fmt::format("{}: gold target id '{}' is not an English sentence id", task.name, tgt));
            gold_of[src] = std::to_string(it->second);
          }
          std::vector<std::string> gold;
          for (const auto& s : examples.source) gold.push_back(gold_of.count(s.id) ? gold_of[s.id] : std::string());
          size_check(p.lines.size(), gold.size(), "lines");
          return {{eval::kAccuracy, eval::accuracy(gold, p.lines)}};
        } else if constexpr (std::is_same_v<T, data::LareqaExample>) {
          std::map<std::string, std::vector<std::string>> gold;
          for (const auto& q : examples.questions) {
            auto& relevant = gold[q.uid];
            for (const auto& c : examples.candidates)
              if (std::find(c.xling_ids.begin(), c.xling_ids.end(), q.xling_id) != c.xling_ids.end())
                relevant.push_back(c.uid);
          }
          return {{eval::kMapAt20, eval::lareqa_map_at_k(gold, p.rankings).value}};
        } else {
          std::map<std::string, std::vector<std::string>> gold;
          for (const auto& m : examples.mentions) gold[m.example_id] = {m.entity_id};
          return {{eval::kMapAt20, eval::mewslix_mrr_at_k(gold, p.rankings).value}};
        }
      },
      dataset.examples);
}

}  // namespace xlfuse::train
