#pragma once
// Strict, typed access to the fields of a JSON document read from a file: every error names the
// file, the field's path inside the document ("languages.de.delta.low"), what was expected and
// what was found. The readers of the study's files (scores.json, xlfuse.json, ensemble.json,
// sweep.json) all go through this, so their messages look alike.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace xlfuse::report {

// Parses a JSON file. IoError when it cannot be read, FormatError "FILE: invalid JSON: ..." when
// it does not parse.
nlohmann::json read_json_file(const std::string& path);

// A view of one JSON value (the root or a nested one) that knows where it came from. The viewed
// value must outlive the view.
class JsonFields {
 public:
  // `path` is the dotted location of `value` in the file ("" for the root).
  JsonFields(const nlohmann::json& value, std::string file, std::string path = "");

  const nlohmann::json& value() const { return *value_; }
  const std::string& file() const { return file_; }
  // "field \"a.b\"" (or "the document" for the root): how messages name a location.
  std::string where(const std::string& key = "") const;

  // The value must be a JSON object (FormatError otherwise).
  void require_object() const;
  bool has(const std::string& key) const;

  // Required fields of the given type; FormatError when absent or of another type.
  std::string string(const std::string& key) const;
  double number(const std::string& key) const;
  int64_t integer(const std::string& key) const;
  bool boolean(const std::string& key) const;
  std::vector<std::string> strings(const std::string& key) const;  // an array of strings
  JsonFields object(const std::string& key) const;
  std::vector<JsonFields> array(const std::string& key) const;  // elements as views ("key.0", ...)

  // Optional fields: the fallback when absent; a present field of another type is an error.
  std::string string_or(const std::string& key, const std::string& fallback) const;
  std::optional<int64_t> optional_integer(const std::string& key) const;
  // A number, or null (JSON has no NaN; writers use null for "no value").
  std::optional<double> number_or_null(const std::string& key) const;

  // The members of an object value as (key, view) pairs, in the document's (sorted) key order.
  std::vector<std::pair<std::string, JsonFields>> items() const;

  // Throws FormatError "FILE: field "PATH.key": expected WHAT, found ...".
  [[noreturn]] void fail(const std::string& key, const std::string& expected) const;

 private:
  const nlohmann::json& field(const std::string& key, const std::string& expected) const;
  std::string child_path(const std::string& key) const;

  const nlohmann::json* value_;
  std::string file_;
  std::string path_;
};

}  // namespace xlfuse::report
