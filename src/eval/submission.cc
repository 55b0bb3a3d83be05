#include "xlfuse/eval/submission.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/eval/python_string.h"
#include "xlfuse/eval/xtreme_score.h"

namespace xlfuse::eval {
namespace fs = std::filesystem;
namespace {

std::string read_whole_file(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) throw IoError(fmt::format("{}: no such file", path));
  if (fs::is_directory(path, ec)) throw IoError(fmt::format("{}: is a directory, expected a file", path));
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(fmt::format("{}: cannot open for reading: {}", path, std::strerror(errno)));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw IoError(fmt::format("{}: read error", path));
  return ss.str();
}

// The file's lines, each checked to be UTF-8 (Python would raise UnicodeDecodeError).
std::vector<std::string> read_checked_lines(const std::string& path) {
  std::vector<std::string> lines = py::split_lines(read_whole_file(path));
  for (size_t i = 0; i < lines.size(); ++i) {
    try {
      py::decode(lines[i]);
    } catch (const FormatError& e) {
      throw FormatError(fmt::format("{}:{}: {}", path, i + 1, e.what()));
    }
  }
  return lines;
}

nlohmann::json parse_json_file(const std::string& path) {
  std::string text = read_whole_file(path);
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception& e) {  // parse_error, or out_of_range.406 (number too large)
    throw FormatError(fmt::format("{}: invalid JSON: {}", path, e.what()));
  }
}

void check_item(const std::string& item, const std::string& what) {
  if (item.find_first_of("\r\n") != std::string::npos)
    throw std::invalid_argument(fmt::format("{} contains a line break: '{}'", what, item));
}

}  // namespace

std::vector<std::string> read_label_lines(const std::string& path) {
  std::vector<std::string> lines = read_checked_lines(path);
  for (auto& l : lines) l = py::strip(l);
  return lines;
}

std::vector<std::vector<std::string>> read_tag_file(const std::string& path) {
  std::vector<std::vector<std::string>> sentences;
  std::vector<std::string> current;
  bool open = false;
  for (const auto& raw : read_checked_lines(path)) {
    std::string line = py::strip(raw);
    if (line.empty()) {
      sentences.push_back(std::move(current));
      current.clear();
      open = false;
      continue;
    }
    size_t tab = line.rfind('\t');
    if (tab != std::string::npos) line = py::strip(std::string_view(line).substr(tab + 1));
    current.push_back(std::move(line));
    open = true;
  }
  if (open) sentences.push_back(std::move(current));
  return sentences;
}

std::map<std::string, std::string> read_qa_predictions(const std::string& path) {
  nlohmann::json j = parse_json_file(path);
  if (!j.is_object())
    throw FormatError(fmt::format("{}: expected a JSON object {{question_id: answer_text}}, got {}", path, j.type_name()));
  std::map<std::string, std::string> out;
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (!it.value().is_string())
      throw FormatError(fmt::format("{}: the answer for question '{}' must be a string, got {}", path, it.key(), it.value().dump()));
    out[it.key()] = it.value().get<std::string>();
  }
  return out;
}

std::vector<QaQuestion> read_qa_labels(const std::string& path) {
  nlohmann::json j = parse_json_file(path);
  if (j.is_object() && j.contains("data")) return squad_questions(j["data"], path);
  if (j.is_array()) return squad_questions(j, path);
  throw FormatError(fmt::format("{}: expected a SQuAD-format dataset (an object with a \"data\" array of articles), got {}", path,
                                j.is_object() ? "an object without \"data\"" : j.type_name()));
}

std::vector<nlohmann::json> read_xcopa_labels(const std::string& path) {
  std::vector<nlohmann::json> out;
  std::vector<std::string> lines = read_checked_lines(path);
  for (size_t i = 0; i < lines.size(); ++i) {
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(lines[i]);
    } catch (const nlohmann::json::exception& e) {  // parse_error, or out_of_range.406 (number too large)
      throw FormatError(fmt::format("{}:{}: expected a JSON object {{\"label\": 0 or 1}}, got '{}' ({})", path, i + 1, lines[i], e.what()));
    }
    if (!j.is_object() || !j.contains("label"))
      throw FormatError(fmt::format("{}:{}: expected a JSON object with a \"label\" field, got {}", path, i + 1, lines[i]));
    out.push_back(j["label"]);
  }
  return out;
}

std::map<std::string, std::vector<std::string>> read_ranking_json(const std::string& path) {
  nlohmann::json j = parse_json_file(path);
  if (!j.is_object()) throw FormatError(fmt::format("{}: expected a JSON object {{id: [ids ranked]}}, got {}", path, j.type_name()));
  std::map<std::string, std::vector<std::string>> out;
  for (auto it = j.begin(); it != j.end(); ++it) {
    const auto& v = it.value();
    if (!v.is_array()) throw FormatError(fmt::format("{}: the value for '{}' must be an array of ids, got {}", path, it.key(), v.dump()));
    std::vector<std::string> ids;
    for (const auto& e : v) {
      if (!e.is_string()) throw FormatError(fmt::format("{}: the ids for '{}' must be strings, found {}", path, it.key(), e.dump()));
      ids.push_back(e.get<std::string>());
    }
    out[it.key()] = std::move(ids);
  }
  return out;
}

std::string submission_path(const std::string& dir, std::string_view task, std::string_view lang) {
  const TaskInfo* info = find_task(task);
  if (!info) throw ConfigError(fmt::format("unknown task '{}' for the submission layout", task));
  return (fs::path(dir) / info->name / fmt::format("test-{}.{}", lang, info->extension)).string();
}

void write_text_atomic(const std::string& path, std::string_view content) {
  fs::path target(path);
  std::error_code ec;
  if (target.has_parent_path()) {
    fs::create_directories(target.parent_path(), ec);
    if (ec) throw IoError(fmt::format("{}: cannot create folder {}: {}", path, target.parent_path().string(), ec.message()));
  }
  std::string tmpl = (target.has_parent_path() ? target.parent_path() / ("." + target.filename().string() + ".tmpXXXXXX")
                                                : fs::path("." + target.filename().string() + ".tmpXXXXXX"))
                         .string();
  std::vector<char> name(tmpl.begin(), tmpl.end());
  name.push_back('\0');
  int fd = ::mkstemp(name.data());
  if (fd < 0) throw IoError(fmt::format("{}: cannot create a temporary file: {}", path, std::strerror(errno)));
  std::string tmp(name.data());
  auto fail = [&](const std::string& what) {
    int err = errno;
    ::close(fd);
    ::unlink(tmp.c_str());
    throw IoError(fmt::format("{}: {}: {}", path, what, std::strerror(err)));
  };
  size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail("write failed");
    }
    done += static_cast<size_t>(n);
  }
  if (::fchmod(fd, 0644) != 0) fail("chmod failed");
  if (::fsync(fd) != 0) fail("fsync failed");
  if (::close(fd) != 0) {
    int err = errno;
    ::unlink(tmp.c_str());
    throw IoError(fmt::format("{}: close failed: {}", path, std::strerror(err)));
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    int err = errno;
    ::unlink(tmp.c_str());
    throw IoError(fmt::format("{}: cannot rename the temporary file into place: {}", path, std::strerror(err)));
  }
}

void write_label_lines(const std::string& path, const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) {
    check_item(l, "label");
    out += l;
    out += '\n';
  }
  write_text_atomic(path, out);
}

void write_tag_file(const std::string& path, const std::vector<std::vector<std::string>>& sentences) {
  std::string out;
  for (const auto& s : sentences) {
    for (const auto& t : s) {
      check_item(t, "tag");
      if (py::strip(t).empty()) throw std::invalid_argument("empty tag: it would read back as a sentence break");
      out += t;
      out += '\n';
    }
    out += '\n';
  }
  write_text_atomic(path, out);
}

void write_qa_predictions(const std::string& path, const std::map<std::string, std::string>& answers) {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& [id, text] : answers) j[id] = text;
  write_text_atomic(path, j.dump(2) + "\n");
}

void write_xcopa_predictions(const std::string& path, const std::vector<int>& labels) {
  std::string out;
  for (int l : labels) out += nlohmann::json{{"label", l}}.dump() + "\n";
  write_text_atomic(path, out);
}

void write_ranking_json(const std::string& path, const std::map<std::string, std::vector<std::string>>& rankings) {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& [id, ids] : rankings) j[id] = ids;
  write_text_atomic(path, j.dump() + "\n");
}

}  // namespace xlfuse::eval
