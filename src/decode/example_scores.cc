// Per-example rows of a task's headline metric. See example_scores.h.
//
// Each branch mirrors the matching branch of score_predictions (scoring.cc) and calls the same
// eval/ functions per example, so that the column sums give the official value; only the order of
// the floating-point sums may differ (dataset order here, id order in some official loops).
#include "xlfuse/decode/example_scores.h"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>
#include <type_traits>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/decode/scoring.h"
#include "xlfuse/eval/accuracy.h"
#include "xlfuse/eval/mlqa.h"
#include "xlfuse/eval/python_string.h"
#include "xlfuse/eval/retrieval.h"
#include "xlfuse/eval/seqeval.h"
#include "xlfuse/eval/squad.h"

namespace xlfuse::decode {

namespace {

// Appends one Mean row.
void add_mean_row(ExampleScores& out, double value) {
  out.values.push_back(value);
  out.values.push_back(1.0);
}

// The index of the sentence holding flattened offset `offset`, given each sentence's first offset
// (seqeval flattens the sentences with one 'O' after each, so a chunk starting inside sentence s
// belongs to s).
size_t sentence_of(const std::vector<size_t>& starts, size_t offset) {
  auto it = std::upper_bound(starts.begin(), starts.end(), offset);
  return it == starts.begin() ? 0 : static_cast<size_t>(it - starts.begin()) - 1;
}

std::vector<size_t> sentence_starts(const std::vector<std::vector<std::string>>& sentences) {
  std::vector<size_t> starts;
  starts.reserve(sentences.size());
  size_t offset = 0;
  for (const auto& s : sentences) {
    starts.push_back(offset);
    offset += s.size() + 1;
  }
  return starts;
}

// seqeval (legacy scheme, as score_predictions) per sentence: the chunks of the whole flattened
// dataset are computed once, exactly as seqeval_scores does, and each is attributed to the
// sentence it starts in, so the per-sentence counts always add up to seqeval's totals (also for
// sentences of different lengths, where seqeval's offsets shift).
void tagging_rows(const std::vector<std::vector<std::string>>& gold, const std::vector<std::vector<std::string>>& pred,
                  const std::string& where, ExampleScores& out) {
  for (size_t s = 0; s < gold.size(); ++s)
    if (gold[s].size() != pred[s].size()) {
      XLFUSE_LOG_WARN("[decode] {}: sentence {} has {} gold tags but {} predicted tags; scoring like seqeval 0.0.12 "
                      "anyway (chunk offsets shift)",
                      where, s + 1, gold[s].size(), pred[s].size());
      break;
    }
  std::vector<eval::Chunk> gold_chunks = eval::get_entities(gold, eval::SeqevalScheme::Legacy);
  std::vector<eval::Chunk> pred_chunks = eval::get_entities(pred, eval::SeqevalScheme::Legacy);
  const std::vector<size_t> gold_starts = sentence_starts(gold);
  const std::vector<size_t> pred_starts = sentence_starts(pred);
  out.values.assign(gold.size() * 3, 0.0);
  for (const auto& c : gold_chunks) out.values[sentence_of(gold_starts, c.begin) * 3 + 2] += 1;
  for (const auto& c : pred_chunks) out.values[sentence_of(pred_starts, c.begin) * 3 + 1] += 1;
  // Correct chunks: the intersection seqeval_scores computes (each chunk occurs once per list).
  std::sort(gold_chunks.begin(), gold_chunks.end());
  std::sort(pred_chunks.begin(), pred_chunks.end());
  size_t a = 0, b = 0;
  while (a < gold_chunks.size() && b < pred_chunks.size()) {
    if (gold_chunks[a] == pred_chunks[b]) {
      out.values[sentence_of(gold_starts, gold_chunks[a].begin) * 3] += 1;
      ++a;
      ++b;
    } else if (gold_chunks[a] < pred_chunks[b]) {
      ++a;
    } else {
      ++b;
    }
  }
}

// The ranking of `id`, or none (a query without prediction scores 0, as the official scripts).
const std::vector<std::string>& ranking_of(const Predictions& p, const std::string& id) {
  static const std::vector<std::string> none;
  auto it = p.rankings.find(id);
  return it == p.rankings.end() ? none : it->second;
}

// The official retrieval scores key queries by id, so a repeated id would be scored once there
// but twice here: refuse it.
void check_unique_query(std::set<std::string>& seen, const std::string& id, const std::string& where) {
  if (!seen.insert(id).second)
    throw FormatError(fmt::format("{}: query id '{}' appears more than once (per-query rows need unique ids; the "
                                  "official script keys queries by id)",
                                  where, id));
}

}  // namespace

double ExampleScores::metric_of(const std::vector<double>& sums) const {
  if (size() == 0) throw std::invalid_argument(fmt::format("per-example scores ({}): no rows to score", metric));
  const size_t expected = kind == Kind::F1 ? 3 : 2;
  if (width != expected || sums.size() != width)
    throw std::invalid_argument(fmt::format("per-example scores ({}): {} sums for rows of width {}, expected {}",
                                            metric, sums.size(), width, expected));
  if (kind == Kind::Mean) return sums[1] > 0 ? sums[0] / sums[1] * 100 : 0.0;
  // seqeval's order of operations (eval::prf_from_counts): P and R first, then their harmonic mean.
  const double p = sums[1] > 0 ? sums[0] / sums[1] : 0.0;
  const double r = sums[2] > 0 ? sums[0] / sums[2] : 0.0;
  return p + r > 0 ? 2 * p * r / (p + r) * 100 : 0.0;
}

double ExampleScores::total() const {
  std::vector<double> sums(width, 0.0);
  for (size_t i = 0; i < values.size(); ++i) sums[i % width] += values[i];
  return metric_of(sums);
}

ExampleScores example_scores(const data::TaskInfo& task, const data::Dataset& dataset, const Predictions& p,
                             const std::vector<const data::Dataset*>& pool) {
  const std::string where = fmt::format("{} {}-{}", task.name, dataset.split, dataset.lang);
  if (!dataset.labelled)
    throw FormatError(fmt::format("{} has no labels to score against ({})", where, fmt::join(dataset.files, ", ")));
  const eval::TaskInfo scoring = scoring_task(task);
  if (scoring.metric == eval::TaskMetric::Bucc)
    throw ConfigError(fmt::format("{}: BUCC 2018 F1 has no per-example scores (pairs are mined and thresholded over "
                                  "the whole corpus); compare BUCC systems on their corpus-level F1",
                                  where));
  ExampleScores out;
  out.metric = headline_metric(task);
  auto size_check = [&](size_t predicted, size_t gold, const char* unit) {
    if (predicted != gold)
      throw std::invalid_argument(fmt::format("{}: {} predicted {} for {} gold {}", where, predicted, unit, gold, unit));
  };
  std::visit(
      [&](const auto& examples) {
        using T = std::decay_t<decltype(examples)>;
        if constexpr (std::is_same_v<T, std::vector<data::PairExample>>) {
          size_check(p.lines.size(), examples.size(), "lines");
          // Both sides stripped, as score_predictions (and evaluate.py's read_label) does.
          for (size_t i = 0; i < examples.size(); ++i)
            add_mean_row(out, eval::py::strip(p.lines[i]) == eval::py::strip(examples[i].label.value_or("")) ? 1 : 0);
        } else if constexpr (std::is_same_v<T, std::vector<data::MultipleChoiceExample>>) {
          size_check(p.choices.size(), examples.size(), "choices");
          for (size_t i = 0; i < examples.size(); ++i) {
            const nlohmann::json gold = examples[i].label ? nlohmann::json(*examples[i].label) : nlohmann::json(nullptr);
            add_mean_row(out, eval::python_json_equal(nlohmann::json(p.choices[i]), gold) ? 1 : 0);
          }
        } else if constexpr (std::is_same_v<T, std::vector<data::TaggingExample>>) {
          out.kind = ExampleScores::Kind::F1;
          out.width = 3;
          size_check(p.tags.size(), examples.size(), "sentences");
          std::vector<std::vector<std::string>> gold;
          gold.reserve(examples.size());
          for (const auto& e : examples) gold.push_back(e.tags);
          tagging_rows(gold, p.tags, where, out);
        } else if constexpr (std::is_same_v<T, std::vector<data::QaExample>>) {
          const bool mlqa = scoring.metric == eval::TaskMetric::Mlqa;
          // MLQA normalises by the answer (context) language: "de-en" = context de.
          const std::string lang = dataset.lang.substr(0, dataset.lang.find('-'));
          if (mlqa && !eval::is_mlqa_language(lang))
            throw ConfigError(fmt::format("{}: MLQA answer language '{}' is not one evaluate_mlqa.py knows "
                                          "(en es de ar hi vi zh)",
                                          where, lang));
          for (const auto& e : examples) {
            auto it = p.answers.find(e.id);
            if (it == p.answers.end()) {  // unanswered: 0, but it counts (evaluate_qa)
              add_mean_row(out, 0.0);
              continue;
            }
            if (e.answers.empty()) throw FormatError(fmt::format("{}: question '{}' has no gold answer", where, e.id));
            double best = 0;
            for (size_t k = 0; k < e.answers.size(); ++k) {
              const double f = mlqa ? eval::mlqa_f1(it->second, e.answers[k].text, lang)
                                    : eval::squad_f1(it->second, e.answers[k].text);
              if (k == 0 || f > best) best = f;
            }
            add_mean_row(out, best);
          }
        } else if constexpr (std::is_same_v<T, data::BitextExample>) {
          // Tatoeba (BUCC was refused above): gold line = index of the English sentence; the
          // lines are compared unstripped, as score_predictions does.
          std::map<std::string, size_t> target_index;
          for (size_t i = 0; i < examples.target.size(); ++i) target_index[examples.target[i].id] = i;
          std::map<std::string, std::string> gold_of;
          for (const auto& [src, tgt] : examples.gold) {
            auto it = target_index.find(tgt);
            if (it == target_index.end())
              throw FormatError(fmt::format("{}: gold target id '{}' is not an English sentence id", where, tgt));
            gold_of[src] = std::to_string(it->second);
          }
          size_check(p.lines.size(), examples.source.size(), "lines");
          for (size_t i = 0; i < examples.source.size(); ++i) {
            auto it = gold_of.find(examples.source[i].id);
            add_mean_row(out, p.lines[i] == (it == gold_of.end() ? std::string() : it->second) ? 1 : 0);
          }
        } else if constexpr (std::is_same_v<T, data::LareqaExample>) {
          // Relevant: the candidates sharing the question's xling_id, in `pool` (every language,
          // as score_lareqa_pool) or, without a pool, in this dataset (as score_predictions).
          std::map<std::string, std::set<std::string>> relevant_of;
          auto add_candidates = [&](const data::LareqaExample& ex) {
            for (const auto& c : ex.candidates)
              for (const auto& x : c.xling_ids) relevant_of[x].insert(c.uid);
          };
          if (pool.empty()) {
            add_candidates(examples);
          } else {
            for (const data::Dataset* d : pool) {
              const auto* ex = d ? std::get_if<data::LareqaExample>(&d->examples) : nullptr;
              if (!ex) throw std::invalid_argument(fmt::format("{}: a LAReQA pool entry is not a LAReQA dataset", where));
              add_candidates(*ex);
            }
          }
          std::set<std::string> seen;
          for (const auto& q : examples.questions) {
            check_unique_query(seen, q.uid, where);
            auto it = relevant_of.find(q.xling_id);
            static const std::set<std::string> none;  // average_precision_at_k refuses it, as the official loop
            add_mean_row(out, eval::average_precision_at_k(it == relevant_of.end() ? none : it->second,
                                                           ranking_of(p, q.uid)));
          }
        } else {
          static_assert(std::is_same_v<T, data::MewslixExample>);
          std::set<std::string> seen;
          for (const auto& m : examples.mentions) {
            check_unique_query(seen, m.example_id, where);
            add_mean_row(out, eval::reciprocal_rank_at_k(eval::py::strip(m.entity_id), ranking_of(p, m.example_id)));
          }
        }
      },
      dataset.examples);
  return out;
}

}  // namespace xlfuse::decode
