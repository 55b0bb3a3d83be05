// TOML -> JSON with positions; see toml_document.h.
#include "xlfuse/pipeline/toml_document.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include "xlfuse/core/error.h"

namespace xlfuse::pipeline {
namespace {

std::pair<int64_t, int64_t> position_of(const toml::source_region& region) {
  return {static_cast<int64_t>(region.begin.line), static_cast<int64_t>(region.begin.column)};
}

class Converter {
 public:
  explicit Converter(TomlDocument* doc) : doc_(doc) {}

  nlohmann::json convert(const toml::node& node, const std::string& path) {
    // A position already there is the key's ("name = ..."), which messages point at.
    if (!path.empty() && node.source().begin.line > 0) doc_->positions.emplace(path, position_of(node.source()));
    switch (node.type()) {
      case toml::node_type::table: {
        nlohmann::json out = nlohmann::json::object();
        for (auto&& [key, value] : *node.as_table()) {
          const std::string child = join_path(path, std::string(key.str()));
          // A value is shown where its key is ("layer = 5", "pretrain = { ... }"); a [table]
          // header keeps the header's position.
          const bool header = value.is_table() && !value.as_table()->is_inline();
          if (key.source().begin.line > 0 && !header) doc_->positions.emplace(child, position_of(key.source()));
          out[std::string(key.str())] = convert(value, child);
        }
        return out;
      }
      case toml::node_type::array: {
        nlohmann::json out = nlohmann::json::array();
        const toml::array& array = *node.as_array();
        for (size_t i = 0; i < array.size(); ++i) out.push_back(convert(array[i], fmt::format("{}[{}]", path, i)));
        return out;
      }
      case toml::node_type::string: return node.as_string()->get();
      case toml::node_type::integer: return node.as_integer()->get();
      case toml::node_type::floating_point: return node.as_floating_point()->get();
      case toml::node_type::boolean: return node.as_boolean()->get();
      default:
        throw ConfigError(fmt::format("{}: {}: expected a string, number, boolean, array or table, found a date or time",
                                      doc_->where(path), path));
    }
  }

 private:
  TomlDocument* doc_;
};

}  // namespace

std::string join_path(const std::string& path, const std::string& key) { return path.empty() ? key : path + "." + key; }

std::string TomlDocument::where(const std::string& path) const {
  std::string p = path;
  while (!p.empty()) {
    if (auto it = positions.find(p); it != positions.end())
      return fmt::format("{}:{}:{}", source_name, it->second.first, it->second.second);
    // Drop the last member: "a.b[2].c" -> "a.b[2]" -> "a.b" -> "a".
    const size_t dot = p.find_last_of(".[");
    p = dot == std::string::npos ? std::string() : p.substr(0, dot);
  }
  return source_name;
}

TomlDocument parse_toml_document(const std::string& text, const std::string& source_name) {
  TomlDocument doc;
  doc.source_name = source_name;
  toml::table table;
  try {
    table = toml::parse(text, source_name);
  } catch (const toml::parse_error& e) {
    throw ConfigError(fmt::format("{}:{}:{}: TOML syntax error: {}", source_name, e.source().begin.line,
                                  e.source().begin.column, e.description()));
  }
  doc.root = Converter(&doc).convert(table, "");
  return doc;
}

}  // namespace xlfuse::pipeline
