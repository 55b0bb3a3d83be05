#pragma once
// Accuracy as XTREME's evaluate.py computes it (XNLI, PAWS-X, Tatoeba, XCOPA): the percentage of
// positions where prediction and label are equal, over the number of predictions.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace xlfuse::eval {

// 100 * (number of i with predictions[i] == labels[i]) / predictions.size(). The strings are
// compared exactly (callers strip lines first, as evaluate.py's read_label does).
// Throws std::invalid_argument when the sizes differ (naming both) or there is no prediction.
double accuracy(const std::vector<std::string>& labels, const std::vector<std::string>& predictions);

// Python's == on values produced by json.loads: numbers and booleans compare by value
// (true == 1 == 1.0), strings only with strings ("1" != 1), null == null, lists element-wise,
// objects by key set and values.
bool python_json_equal(const nlohmann::json& a, const nlohmann::json& b);

// accuracy() for XCOPA's parsed {"label": ...} values, compared with python_json_equal.
double json_accuracy(const std::vector<nlohmann::json>& labels, const std::vector<nlohmann::json>& predictions);

}  // namespace xlfuse::eval
