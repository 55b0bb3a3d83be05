#include "xlfuse/eval/accuracy.h"

#include <cmath>
#include <stdexcept>

#include <fmt/format.h>

namespace xlfuse::eval {
namespace {

void check_sizes(size_t n_labels, size_t n_predictions) {
  if (n_labels != n_predictions)
    throw std::invalid_argument(fmt::format("accuracy: {} predictions but {} labels", n_predictions, n_labels));
  if (n_predictions == 0) throw std::invalid_argument("accuracy: no predictions (evaluate.py divides by zero here)");
}

// Python compares int and float exactly; long double holds every 64-bit integer exactly on x86.
long double numeric_value(const nlohmann::json& j) {
  if (j.is_boolean()) return j.get<bool>() ? 1.0L : 0.0L;
  if (j.is_number_unsigned()) return static_cast<long double>(j.get<uint64_t>());
  if (j.is_number_integer()) return static_cast<long double>(j.get<int64_t>());
  return static_cast<long double>(j.get<double>());
}

}  // namespace

double accuracy(const std::vector<std::string>& labels, const std::vector<std::string>& predictions) {
  check_sizes(labels.size(), predictions.size());
  size_t correct = 0;
  for (size_t i = 0; i < predictions.size(); ++i) correct += predictions[i] == labels[i] ? 1 : 0;
  return static_cast<double>(correct) / static_cast<double>(predictions.size()) * 100;
}

bool python_json_equal(const nlohmann::json& a, const nlohmann::json& b) {
  auto numeric = [](const nlohmann::json& j) { return j.is_number() || j.is_boolean(); };
  if (numeric(a) && numeric(b)) {
    if (a.is_number_float() && std::isnan(a.get<double>())) return false;
    if (b.is_number_float() && std::isnan(b.get<double>())) return false;
    return numeric_value(a) == numeric_value(b);
  }
  if (a.is_null() || b.is_null()) return a.is_null() && b.is_null();
  if (a.is_string() || b.is_string()) return a.is_string() && b.is_string() && a.get_ref<const std::string&>() == b.get_ref<const std::string&>();
  if (a.is_array() && b.is_array()) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
      if (!python_json_equal(a[i], b[i])) return false;
    return true;
  }
  if (a.is_object() && b.is_object()) {
    if (a.size() != b.size()) return false;
    for (auto it = a.begin(); it != a.end(); ++it) {
      auto other = b.find(it.key());
      if (other == b.end() || !python_json_equal(it.value(), *other)) return false;
    }
    return true;
  }
  return false;
}

double json_accuracy(const std::vector<nlohmann::json>& labels, const std::vector<nlohmann::json>& predictions) {
  check_sizes(labels.size(), predictions.size());
  size_t correct = 0;
  for (size_t i = 0; i < predictions.size(); ++i) correct += python_json_equal(predictions[i], labels[i]) ? 1 : 0;
  return static_cast<double>(correct) / static_cast<double>(predictions.size()) * 100;
}

}  // namespace xlfuse::eval
