#include "xlfuse/core/json_fields.h"

#include <algorithm>
#include <limits>

#include <fmt/format.h>

#include "xlfuse/core/error.h"

namespace xlfuse {

std::string describe_json_value(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::null: return "null";
    case nlohmann::json::value_t::array: return "array";
    case nlohmann::json::value_t::object: return "object";
    default: return fmt::format("{} {}", value.type_name(), value.dump());
  }
}

JsonFields::JsonFields(const nlohmann::json& json, std::string path) : json_(json), path_(std::move(path)) {
  if (!json_.is_object())
    throw ConfigError(fmt::format("{}expected a JSON object, found {}", path_.empty() ? "" : path_ + ": ",
                                  describe_json_value(json_)));
}

std::string JsonFields::path_of(const char* key) const { return path_.empty() ? key : path_ + "." + key; }

const nlohmann::json* JsonFields::find(const char* key) {
  known_.emplace_back(key);
  auto it = json_.find(key);
  return it == json_.end() ? nullptr : &*it;
}

void JsonFields::fail(const std::string& where, const std::string& expected, const nlohmann::json& found) {
  throw ConfigError(fmt::format("{}: expected {}, found {}", where, expected, describe_json_value(found)));
}

std::string JsonFields::join(const std::vector<std::string>& names) { return fmt::format("{}", fmt::join(names, ", ")); }

// JSON integers arrive as int64 (negative, or built from a signed C++ value) or uint64; both are
// checked against T's range so that nothing wraps around.
template <typename T>
T JsonFields::integer(const nlohmann::json& j, const std::string& where) {
  if (!j.is_number_integer()) fail(where, "an integer", j);
  constexpr bool is_unsigned = std::is_unsigned_v<T>;
  const std::string range = is_unsigned ? "a non-negative integer"
                                        : fmt::format("an integer in [{}, {}]", std::numeric_limits<T>::min(),
                                                      std::numeric_limits<T>::max());
  if (j.is_number_unsigned()) {
    const uint64_t u = j.get<uint64_t>();
    if (u > static_cast<uint64_t>(std::numeric_limits<T>::max())) fail(where, range, j);
    return static_cast<T>(u);
  }
  const int64_t i = j.get<int64_t>();
  if (is_unsigned ? i < 0 : (i < static_cast<int64_t>(std::numeric_limits<T>::min()) ||
                             i > static_cast<int64_t>(std::numeric_limits<T>::max())))
    fail(where, range, j);
  return static_cast<T>(i);
}

template <typename T>
void JsonFields::read_integer(const char* key, T* value) {
  if (const nlohmann::json* j = find(key)) *value = integer<T>(*j, path_of(key));
}

template <typename T>
void JsonFields::read_integer_list(const char* key, std::vector<T>* value) {
  const nlohmann::json* j = find(key);
  if (j == nullptr) return;
  if (!j->is_array()) fail(path_of(key), "an array of integers", *j);
  std::vector<T> out;
  for (size_t i = 0; i < j->size(); ++i) out.push_back(integer<T>((*j)[i], fmt::format("{}[{}]", path_of(key), i)));
  *value = std::move(out);
}

void JsonFields::read(const char* key, bool* value) {
  const nlohmann::json* j = find(key);
  if (j == nullptr) return;
  if (!j->is_boolean()) fail(path_of(key), "a boolean", *j);
  *value = j->get<bool>();
}

void JsonFields::read(const char* key, int32_t* value) { read_integer(key, value); }
void JsonFields::read(const char* key, int64_t* value) { read_integer(key, value); }
void JsonFields::read(const char* key, uint64_t* value) { read_integer(key, value); }

void JsonFields::read(const char* key, double* value) {
  const nlohmann::json* j = find(key);
  if (j == nullptr) return;
  if (!j->is_number()) fail(path_of(key), "a number", *j);
  *value = j->get<double>();
}

void JsonFields::read(const char* key, std::string* value) {
  const nlohmann::json* j = find(key);
  if (j == nullptr) return;
  if (!j->is_string()) fail(path_of(key), "a string", *j);
  *value = j->get<std::string>();
}

void JsonFields::read(const char* key, std::vector<std::string>* value) {
  const nlohmann::json* j = find(key);
  if (j == nullptr) return;
  if (!j->is_array()) fail(path_of(key), "an array of strings", *j);
  std::vector<std::string> out;
  for (size_t i = 0; i < j->size(); ++i) {
    if (!(*j)[i].is_string()) fail(fmt::format("{}[{}]", path_of(key), i), "a string", (*j)[i]);
    out.push_back((*j)[i].get<std::string>());
  }
  *value = std::move(out);
}

void JsonFields::read(const char* key, std::vector<int32_t>* value) { read_integer_list(key, value); }
void JsonFields::read(const char* key, std::vector<int64_t>* value) { read_integer_list(key, value); }

void JsonFields::reject_unknown_keys() const {
  for (const auto& [key, value] : json_.items()) {
    if (std::find(known_.begin(), known_.end(), key) != known_.end()) continue;
    std::vector<std::string> known = known_;
    std::sort(known.begin(), known.end());
    throw ConfigError(fmt::format("{}: unknown key; the known keys{} are: {}", path_of(key.c_str()),
                                  path_.empty() ? "" : " of " + path_, join(known)));
  }
}

}  // namespace xlfuse
