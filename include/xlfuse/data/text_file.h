#pragma once
// Line-oriented reading shared by the readers: whole-file loading, numbered lines, tab-separated
// records with optional CSV quoting (Python csv.writer(delimiter='\t')), JSON/JSONL with
// file:line in every error.
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace xlfuse::data {

// The whole file (a leading UTF-8 BOM removed). IoError naming the path when it cannot be read.
std::string read_text_file(const std::filesystem::path& path);

// Iterates the lines of a loaded file: no line terminators ("\n", "\r\n"), 1-based numbers.
class LineCursor {
 public:
  explicit LineCursor(std::string_view text) : text_(text) {}
  // Next line into *line; false at the end.
  bool next(std::string_view* line);
  size_t line_number() const { return line_no_; }  // of the line last returned

 private:
  std::string_view text_;
  size_t pos_ = 0;
  size_t line_no_ = 0;
};

// Splits on '\t' (no quoting).
std::vector<std::string_view> split_tabs(std::string_view line);

// One tab-separated record and the line it starts on.
struct TsvRecord {
  size_t line = 0;
  std::vector<std::string> fields;
};

// Reads all non-blank records. With `csv_quoting`, a field that starts with '"' is quoted: it
// ends at the next '"' not doubled, may contain tabs and newlines, and "" stands for '"' (Python
// csv.reader's defaults, which read what csv.writer(delimiter='\t') wrote). An unterminated
// quote is a FormatError "path:line: unterminated quoted field".
std::vector<TsvRecord> read_tsv_records(const std::filesystem::path& path, bool csv_quoting);

// Parses one JSON value from `text`, which starts on line `first_line` of `path`; a syntax error
// becomes FormatError "path:line: invalid JSON: ...".
nlohmann::json parse_json(const std::string& text, const std::filesystem::path& path,
                          size_t first_line = 1);

// One JSONL object per non-blank line: calls fn(object, line number). Errors carry path:line.
template <typename Fn>
void for_each_jsonl(const std::filesystem::path& path, Fn&& fn);

// Field access with "path:line: missing field 'x'" / "field 'x' must be a string" messages.
const nlohmann::json& json_field(const nlohmann::json& object, const char* key,
                                 const std::string& where);
std::string json_string(const nlohmann::json& object, const char* key, const std::string& where);
// A string, or an integer written as its decimal text (labels stored either way).
std::string json_label(const nlohmann::json& object, const char* key, const std::string& where);
int64_t json_int(const nlohmann::json& object, const char* key, const std::string& where);

// "path:line".
std::string where(const std::filesystem::path& path, size_t line);

// Substring [start, end) counted in code points of valid UTF-8 text; FormatError if out of range.
std::string substr_code_points(std::string_view text, int64_t start, int64_t end,
                               const std::string& where);
size_t code_point_count(std::string_view text);

[[noreturn]] void throw_not_object(const std::string& where);

// ---- implementation of the template ----
template <typename Fn>
void for_each_jsonl(const std::filesystem::path& path, Fn&& fn) {
  const std::string text = read_text_file(path);
  LineCursor cursor(text);
  std::string_view line;
  while (cursor.next(&line)) {
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    nlohmann::json object = parse_json(std::string(line), path, cursor.line_number());
    if (!object.is_object()) throw_not_object(where(path, cursor.line_number()));
    fn(object, cursor.line_number());
  }
}

}  // namespace xlfuse::data
