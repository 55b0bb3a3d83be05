// Predictions -> leaderboard files and official scores. See scoring.h.
#include "xlfuse/decode/scoring.h"

#include <algorithm>
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

namespace xlfuse::decode {

namespace {

// MLQA's answer language: the context language ("de-en" = context de, question en).
std::string answer_language(const std::string& lang) { return lang.substr(0, lang.find('-')); }

}  // namespace

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

}  // namespace xlfuse::decode
