#include "xlfuse/data/text_file.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/text/unicode.h"

namespace xlfuse::data {
namespace fs = std::filesystem;

std::string where(const fs::path& path, size_t line) {
  return fmt::format("{}:{}", path.string(), line);
}

namespace {

// Every data file must be UTF-8: a bad byte is named here by file, line and column, not later by
// the example it ended up in (or not at all).
void check_utf8(const std::string& text, const fs::path& path) {
  size_t pos = 0;
  while (pos < text.size()) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const size_t start = pos;
    try {
      text::decode_utf8(text, &pos);
    } catch (const FormatError& e) {
      const size_t line = static_cast<size_t>(std::count(text.begin(), text.begin() + static_cast<long>(start), '\n')) + 1;
      const size_t line_start = start == 0 ? 0 : text.rfind('\n', start - 1);
      const size_t column = line_start == std::string::npos || start == 0 ? start + 1 : start - line_start;
      throw FormatError(fmt::format("{}:{}: {} (column {})", path.string(), line, e.what(), column));
    }
  }
}

}  // namespace

std::string read_text_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(fmt::format("cannot open {} for reading", path.string()));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw IoError(fmt::format("error while reading {}", path.string()));
  std::string text = std::move(ss).str();
  if (text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xEF &&
      static_cast<unsigned char>(text[1]) == 0xBB && static_cast<unsigned char>(text[2]) == 0xBF)
    text.erase(0, 3);
  check_utf8(text, path);
  return text;
}

bool LineCursor::next(std::string_view* line) {
  if (pos_ >= text_.size()) return false;
  size_t end = text_.find('\n', pos_);
  if (end == std::string_view::npos) end = text_.size();
  std::string_view l = text_.substr(pos_, end - pos_);
  if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
  pos_ = end + 1;
  ++line_no_;
  *line = l;
  return true;
}

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      fields.push_back(line.substr(start));
      return fields;
    }
    fields.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

std::vector<TsvRecord> read_tsv_records(const fs::path& path, bool csv_quoting) {
  const std::string text = read_text_file(path);
  std::vector<TsvRecord> records;
  if (!csv_quoting) {
    LineCursor cursor(text);
    std::string_view line;
    while (cursor.next(&line)) {
      if (line.empty()) continue;
      TsvRecord r;
      r.line = cursor.line_number();
      for (auto f : split_tabs(line)) r.fields.emplace_back(f);
      records.push_back(std::move(r));
    }
    return records;
  }
  // CSV-style: a small state machine over the whole text, so quoted fields may span lines.
  size_t i = 0, line = 1;
  const size_t n = text.size();
  while (i < n) {
    // Skip blank lines.
    if (text[i] == '\n') {
      ++i;
      ++line;
      continue;
    }
    if (text[i] == '\r' && i + 1 < n && text[i + 1] == '\n') {
      i += 2;
      ++line;
      continue;
    }
    TsvRecord r;
    r.line = line;
    bool end_of_record = false;
    while (!end_of_record) {
      std::string field;
      if (i < n && text[i] == '"') {
        const size_t open_line = line;
        ++i;
        bool closed = false;
        while (i < n) {
          char c = text[i];
          if (c == '"') {
            if (i + 1 < n && text[i + 1] == '"') {
              field += '"';
              i += 2;
              continue;
            }
            ++i;
            closed = true;
            break;
          }
          if (c == '\n') ++line;
          field += c;
          ++i;
        }
        if (!closed)
          throw FormatError(fmt::format("{}: unterminated quoted field (the quote opens on line {})",
                                        where(path, open_line), open_line));
      }
      // Unquoted part (or text after a closing quote, kept literally as Python's csv does).
      while (i < n && text[i] != '\t' && text[i] != '\n') {
        if (text[i] == '\r' && i + 1 < n && text[i + 1] == '\n') break;
        field += text[i];
        ++i;
      }
      r.fields.push_back(std::move(field));
      if (i >= n) {
        end_of_record = true;
      } else if (text[i] == '\t') {
        ++i;
      } else {  // '\n' or "\r\n"
        i += text[i] == '\r' ? 2 : 1;
        ++line;
        end_of_record = true;
      }
    }
    records.push_back(std::move(r));
  }
  return records;
}

nlohmann::json parse_json(const std::string& text, const fs::path& path, size_t first_line) {
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    size_t line = first_line;
    const size_t upto = std::min<size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size());
    for (size_t k = 0; k < upto; ++k)
      if (text[k] == '\n') ++line;
    std::string what = e.what();
    // nlohmann's message starts "[json.exception.parse_error.101] parse error at line ..."
    if (auto p = what.find("] "); p != std::string::npos) what = what.substr(p + 2);
    throw FormatError(fmt::format("{}: invalid JSON: {}", where(path, line), what));
  } catch (const nlohmann::json::exception& e) {
    // Not a syntax error but a value nlohmann cannot hold, e.g. out_of_range.406 (a number too large).
    throw FormatError(fmt::format("{}: invalid JSON: {}", where(path, first_line), e.what()));
  }
}

void throw_not_object(const std::string& at) {
  throw FormatError(fmt::format("{}: expected a JSON object on this line", at));
}

const nlohmann::json& json_field(const nlohmann::json& object, const char* key,
                                 const std::string& at) {
  auto it = object.find(key);
  if (it == object.end()) throw FormatError(fmt::format("{}: missing field '{}'", at, key));
  return *it;
}

std::string json_string(const nlohmann::json& object, const char* key, const std::string& at) {
  const auto& v = json_field(object, key, at);
  if (!v.is_string())
    throw FormatError(fmt::format("{}: field '{}' must be a string, got {}", at, key, v.type_name()));
  return v.get<std::string>();
}

std::string json_label(const nlohmann::json& object, const char* key, const std::string& at) {
  const auto& v = json_field(object, key, at);
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<int64_t>());
  throw FormatError(
      fmt::format("{}: field '{}' must be a string or an integer, got {}", at, key, v.type_name()));
}

int64_t json_int(const nlohmann::json& object, const char* key, const std::string& at) {
  const auto& v = json_field(object, key, at);
  if (!v.is_number_integer())
    throw FormatError(fmt::format("{}: field '{}' must be an integer, got {}", at, key, v.type_name()));
  return v.get<int64_t>();
}

namespace {
// Byte offset of code point `cp` (or text.size() when cp == count); npos when beyond the end.
size_t byte_offset_of(std::string_view text, int64_t cp) {
  size_t pos = 0;
  int64_t k = 0;
  while (k < cp) {
    if (pos >= text.size()) return std::string_view::npos;
    unsigned char c = static_cast<unsigned char>(text[pos]);
    pos += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    ++k;
  }
  return pos > text.size() ? std::string_view::npos : pos;
}
}  // namespace

size_t code_point_count(std::string_view text) {
  size_t n = 0;
  for (char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

std::string substr_code_points(std::string_view text, int64_t start, int64_t end,
                               const std::string& at) {
  size_t b = start < 0 ? std::string_view::npos : byte_offset_of(text, start);
  size_t e = end < start ? std::string_view::npos : byte_offset_of(text, end);
  if (b == std::string_view::npos || e == std::string_view::npos)
    throw FormatError(fmt::format("{}: span [{}, {}) is outside the text of {} characters", at,
                                  start, end, code_point_count(text)));
  return std::string(text.substr(b, e - b));
}

}  // namespace xlfuse::data
