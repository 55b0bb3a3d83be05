#include "xlfuse/eval/squad.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/eval/python_string.h"

namespace xlfuse::eval {
namespace {

const std::vector<std::u32string>& english_articles() {
  static const std::vector<std::u32string> words = {U"a", U"an", U"the"};
  return words;
}

std::string join_tokens(const std::vector<std::u32string>& tokens) {
  std::u32string out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i) out.push_back(U' ');
    out += tokens[i];
  }
  return py::encode(out);
}

const nlohmann::json& field(const nlohmann::json& obj, const char* key, const std::string& where) {
  if (!obj.is_object()) throw FormatError(fmt::format("{}: expected a JSON object with \"{}\", got {}", where, key, obj.type_name()));
  auto it = obj.find(key);
  if (it == obj.end()) throw FormatError(fmt::format("{}: missing field \"{}\"", where, key));
  return *it;
}

const nlohmann::json& array_field(const nlohmann::json& obj, const char* key, const std::string& where) {
  const auto& v = field(obj, key, where);
  if (!v.is_array()) throw FormatError(fmt::format("{}: field \"{}\" must be an array, got {}", where, key, v.type_name()));
  return v;
}

}  // namespace

std::string squad_normalize_answer(std::string_view text) {
  std::u32string s = py::lower(py::decode(text));
  s.erase(std::remove_if(s.begin(), s.end(), [](char32_t c) { return py::is_ascii_punctuation(c); }), s.end());
  s = py::replace_whole_words(s, english_articles(), U" ");
  return join_tokens(py::split(std::u32string_view(s)));
}

double squad_exact_match(std::string_view prediction, std::string_view gold) {
  return squad_normalize_answer(prediction) == squad_normalize_answer(gold) ? 1.0 : 0.0;
}

double token_f1(const std::vector<std::string>& prediction_tokens, const std::vector<std::string>& gold_tokens) {
  std::unordered_map<std::string, long> counts;
  for (const auto& t : gold_tokens) ++counts[t];
  long same = 0;
  for (const auto& t : prediction_tokens) {
    auto it = counts.find(t);
    if (it != counts.end() && it->second > 0) {
      --it->second;
      ++same;
    }
  }
  if (same == 0) return 0.0;
  double precision = 1.0 * static_cast<double>(same) / static_cast<double>(prediction_tokens.size());
  double recall = 1.0 * static_cast<double>(same) / static_cast<double>(gold_tokens.size());
  return (2 * precision * recall) / (precision + recall);
}

double squad_f1(std::string_view prediction, std::string_view gold) {
  return token_f1(py::split(squad_normalize_answer(prediction)), py::split(squad_normalize_answer(gold)));
}

std::vector<QaQuestion> squad_questions(const nlohmann::json& data, const std::string& where) {
  if (!data.is_array()) throw FormatError(fmt::format("{}: expected the SQuAD \"data\" array of articles, got {}", where, data.type_name()));
  std::vector<QaQuestion> out;
  for (size_t a = 0; a < data.size(); ++a) {
    std::string wa = fmt::format("{}: data[{}]", where, a);
    const auto& paragraphs = array_field(data[a], "paragraphs", wa);
    for (size_t p = 0; p < paragraphs.size(); ++p) {
      std::string wp = fmt::format("{}.paragraphs[{}]", wa, p);
      const auto& qas = array_field(paragraphs[p], "qas", wp);
      for (size_t q = 0; q < qas.size(); ++q) {
        std::string wq = fmt::format("{}.qas[{}]", wp, q);
        const auto& id = field(qas[q], "id", wq);
        if (!id.is_string()) throw FormatError(fmt::format("{}: \"id\" must be a string, got {}", wq, id.dump()));
        QaQuestion question;
        question.id = id.get<std::string>();
        const auto& answers = array_field(qas[q], "answers", wq);
        for (size_t k = 0; k < answers.size(); ++k) {
          const auto& t = field(answers[k], "text", fmt::format("{}.answers[{}]", wq, k));
          if (!t.is_string()) throw FormatError(fmt::format("{}.answers[{}]: \"text\" must be a string", wq, k));
          question.answers.push_back(t.get<std::string>());
        }
        out.push_back(std::move(question));
      }
    }
  }
  return out;
}

QaScores evaluate_qa(const std::vector<QaQuestion>& questions, const std::map<std::string, std::string>& predictions,
                     const AnswerMetric& em, const AnswerMetric& f1) {
  if (questions.empty()) throw std::invalid_argument("QA evaluation: the dataset has no question (evaluate.py divides by zero)");
  QaScores s;
  double em_sum = 0, f1_sum = 0;
  for (const auto& q : questions) {
    ++s.n_questions;
    auto it = predictions.find(q.id);
    if (it == predictions.end()) {
      ++s.n_unanswered;
      continue;
    }
    if (q.answers.empty()) throw FormatError(fmt::format("question '{}' has no gold answer", q.id));
    double best_em = 0, best_f1 = 0;
    for (size_t k = 0; k < q.answers.size(); ++k) {
      double e = em(it->second, q.answers[k]);
      double f = f1(it->second, q.answers[k]);
      if (k == 0 || e > best_em) best_em = e;
      if (k == 0 || f > best_f1) best_f1 = f;
    }
    em_sum += best_em;
    f1_sum += best_f1;
  }
  s.exact_match = 100.0 * em_sum / static_cast<double>(s.n_questions);
  s.f1 = 100.0 * f1_sum / static_cast<double>(s.n_questions);
  return s;
}

QaScores squad_evaluate(const std::vector<QaQuestion>& questions, const std::map<std::string, std::string>& predictions) {
  return evaluate_qa(questions, predictions, squad_exact_match, squad_f1);
}

}  // namespace xlfuse::eval
