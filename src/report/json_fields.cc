// Typed JSON field access with located errors. See json_fields.h.
#include "xlfuse/report/json_fields.h"

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/io/atomic_file.h"

namespace xlfuse::report {
namespace {

// What a message shows of a wrong value: its type and a short rendering.
std::string describe(const nlohmann::json* found) {
  if (!found) return "nothing";
  std::string text = found->dump();
  if (text.size() > 60) text = text.substr(0, 57) + "...";
  return fmt::format("{} {}", found->type_name(), text);
}

}  // namespace

nlohmann::json read_json_file(const std::string& path) {
  const std::string text = io::read_file(path);
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception& e) {  // parse_error, and out_of_range for numbers past a double
    throw FormatError(fmt::format("{}: invalid JSON: {}", path, e.what()));
  }
}

JsonFields::JsonFields(const nlohmann::json& value, std::string file, std::string path)
    : value_(&value), file_(std::move(file)), path_(std::move(path)) {}

std::string JsonFields::child_path(const std::string& key) const {
  if (key.empty()) return path_;
  return path_.empty() ? key : path_ + "." + key;
}

std::string JsonFields::where(const std::string& key) const {
  const std::string p = child_path(key);
  return p.empty() ? std::string("the document") : fmt::format("field \"{}\"", p);
}

void JsonFields::fail(const std::string& key, const std::string& expected) const {
  const nlohmann::json* found = nullptr;
  if (key.empty()) {
    found = value_;
  } else if (value_->is_object()) {
    auto it = value_->find(key);
    if (it != value_->end()) found = &*it;
  }
  throw FormatError(fmt::format("{}: {}: expected {}, found {}", file_, where(key), expected, describe(found)));
}

void JsonFields::require_object() const {
  if (!value_->is_object()) fail("", "an object");
}

bool JsonFields::has(const std::string& key) const { return value_->is_object() && value_->contains(key); }

const nlohmann::json& JsonFields::field(const std::string& key, const std::string& expected) const {
  require_object();
  auto it = value_->find(key);
  if (it == value_->end()) fail(key, expected);
  return *it;
}

std::string JsonFields::string(const std::string& key) const {
  const auto& v = field(key, "a string");
  if (!v.is_string()) fail(key, "a string");
  return v.get<std::string>();
}

double JsonFields::number(const std::string& key) const {
  const auto& v = field(key, "a number");
  if (!v.is_number()) fail(key, "a number");
  return v.get<double>();
}

int64_t JsonFields::integer(const std::string& key) const {
  const auto& v = field(key, "an integer");
  if (!v.is_number_integer()) fail(key, "an integer");
  return v.get<int64_t>();
}

bool JsonFields::boolean(const std::string& key) const {
  const auto& v = field(key, "true or false");
  if (!v.is_boolean()) fail(key, "true or false");
  return v.get<bool>();
}

std::vector<std::string> JsonFields::strings(const std::string& key) const {
  const auto& v = field(key, "an array of strings");
  if (!v.is_array()) fail(key, "an array of strings");
  std::vector<std::string> out;
  for (size_t i = 0; i < v.size(); ++i) {
    if (!v[i].is_string()) JsonFields(v, file_, child_path(key)).fail(std::to_string(i), "a string");
    out.push_back(v[i].get<std::string>());
  }
  return out;
}

JsonFields JsonFields::object(const std::string& key) const {
  const auto& v = field(key, "an object");
  if (!v.is_object()) fail(key, "an object");
  return JsonFields(v, file_, child_path(key));
}

std::vector<JsonFields> JsonFields::array(const std::string& key) const {
  const auto& v = field(key, "an array");
  if (!v.is_array()) fail(key, "an array");
  std::vector<JsonFields> out;
  const std::string base = child_path(key);
  for (size_t i = 0; i < v.size(); ++i) out.emplace_back(v[i], file_, base + "." + std::to_string(i));
  return out;
}

std::string JsonFields::string_or(const std::string& key, const std::string& fallback) const {
  return has(key) ? string(key) : fallback;
}

std::optional<int64_t> JsonFields::optional_integer(const std::string& key) const {
  if (!has(key)) return std::nullopt;
  return integer(key);
}

std::optional<double> JsonFields::number_or_null(const std::string& key) const {
  const auto& v = field(key, "a number or null");
  if (v.is_null()) return std::nullopt;
  if (!v.is_number()) fail(key, "a number or null");
  return v.get<double>();
}

std::vector<std::pair<std::string, JsonFields>> JsonFields::items() const {
  require_object();
  std::vector<std::pair<std::string, JsonFields>> out;
  for (auto it = value_->begin(); it != value_->end(); ++it)
    out.emplace_back(it.key(), JsonFields(it.value(), file_, child_path(it.key())));
  return out;
}

}  // namespace xlfuse::report
