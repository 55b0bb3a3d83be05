#pragma once
// SQuAD v1.1 exact match and F1 (XTREME's third_party/evaluate_squad.py), used for XQuAD and
// TyDiQA-GoldP in every language. Normalisation: str.lower(), remove the 32 ASCII punctuation
// characters, replace the whole words a/an/the (\b of Python's re, Unicode word characters) by a
// space, then collapse whitespace (str.split + ' '.join).
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace xlfuse::eval {

struct QaScores {
  double exact_match = 0;  // x100, averaged over every question of the dataset
  double f1 = 0;           // x100
  size_t n_questions = 0;
  size_t n_unanswered = 0;  // questions without a prediction (they score 0)
};

std::string squad_normalize_answer(std::string_view text);
// 1.0 / 0.0 after normalisation.
double squad_exact_match(std::string_view prediction, std::string_view gold);
// Token-bag F1 in [0, 1]; 0 when no token is shared (also when both normalise to nothing).
double squad_f1(std::string_view prediction, std::string_view gold);

// Token-bag F1 of two token lists (shared by SQuAD and MLQA).
double token_f1(const std::vector<std::string>& prediction_tokens, const std::vector<std::string>& gold_tokens);

// One question of a SQuAD-format dataset: its id and gold answer texts in file order.
struct QaQuestion {
  std::string id;
  std::vector<std::string> answers;
};
// The questions of a SQuAD-format dataset's "data" array (articles -> paragraphs -> qas), in
// order. `where` names the file in errors (FormatError for a missing field or wrong type).
std::vector<QaQuestion> squad_questions(const nlohmann::json& data, const std::string& where);

// The loop both official QA scripts share: per question the max of each metric over its gold
// answers (Python's max(): the first of equal values), summed in order, 100 * sum / #questions.
using AnswerMetric = std::function<double(std::string_view prediction, std::string_view gold)>;
QaScores evaluate_qa(const std::vector<QaQuestion>& questions, const std::map<std::string, std::string>& predictions,
                     const AnswerMetric& em, const AnswerMetric& f1);

// evaluate_squad.evaluate(dataset, predictions): max over gold answers per question; a question
// without a prediction scores 0 but counts. Throws FormatError for a question with no answer
// (Python's max() of an empty list) and std::invalid_argument for a dataset without questions.
QaScores squad_evaluate(const std::vector<QaQuestion>& questions, const std::map<std::string, std::string>& predictions);

}  // namespace xlfuse::eval
