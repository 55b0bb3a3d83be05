#pragma once
// A TOML file as JSON, with the line and column of every value, so that the study file's checks
// (and the options structs' from_json, which read JSON) can say where a bad value is. Tables
// become objects, arrays arrays; integers stay integers and floats doubles (so "3.0" for an
// integer field is refused as it is in a JSON options file). Dates and times are refused: no
// study setting is one.
#include <cstdint>
#include <map>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

namespace xlfuse::pipeline {

struct TomlDocument {
  // The file's name in messages.
  std::string source_name;
  nlohmann::json root = nlohmann::json::object();
  // Value path ("targets.train.learning_rate", "intermediate[1].task", "seeds[0]") -> (line,
  // column), both from 1.
  std::map<std::string, std::pair<int64_t, int64_t>> positions;

  // "file:line:column" of `path`, or of its nearest enclosing value that has a position
  // ("intermediate[1].fusion.layer" -> "intermediate[1].fusion" -> ...); "file" when none has.
  std::string where(const std::string& path) const;
};

// ConfigError "file:line:column: TOML syntax error: <what toml++ says>" for text that is not
// TOML; ConfigError "file:line:column: <path>: ..." for a date or time.
TomlDocument parse_toml_document(const std::string& text, const std::string& source_name);

// The path of a member of `path` ("" = the top level): "a" + "b" -> "a.b".
std::string join_path(const std::string& path, const std::string& key);

}  // namespace xlfuse::pipeline
