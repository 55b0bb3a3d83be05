// Where the files of a task are in XTREME's download/ layout, and reading them. See task_files.h.
#include "xlfuse/data/task_files.h"

#include <algorithm>
#include <regex>
#include <stdexcept>

#include <fmt/format.h>

#include "xlfuse/core/error.h"

namespace xlfuse::data {
namespace fs = std::filesystem;
namespace {

std::string regex_escape(const std::string& s) {
  static const std::string specials = R"(\^$.|?*+()[]{}/)";
  std::string out;
  for (char c : s) {
    if (specials.find(c) != std::string::npos) out += '\\';
    out += c;
  }
  return out;
}

struct CompiledLayout {
  std::regex re;
  int split_group = 0, lang_group = 0, qlang_group = 0;
};

CompiledLayout compile(const std::string& pattern) {
  CompiledLayout c;
  std::string re;
  int group = 0;
  size_t i = 0;
  std::string literal;
  auto flush = [&] {
    re += regex_escape(literal);
    literal.clear();
  };
  while (i < pattern.size()) {
    auto take = [&](const char* ph, int* slot, const char* cls) {
      const size_t n = std::char_traits<char>::length(ph);
      if (pattern.compare(i, n, ph) != 0) return false;
      flush();
      if (*slot == 0) {
        *slot = ++group;
        re += cls;
      } else {
        re += "\\" + std::to_string(*slot);
      }
      i += n;
      return true;
    };
    if (take("{split}", &c.split_group, "([A-Za-z0-9_]+)") || take("{lang}", &c.lang_group, "([A-Za-z0-9]+)") ||
        take("{qlang}", &c.qlang_group, "([A-Za-z0-9]+)"))
      continue;
    if (pattern[i] == '*') {
      flush();
      re += "[^/]*";
      ++i;
      continue;
    }
    literal += pattern[i++];
  }
  flush();
  c.re = std::regex(re, std::regex::ECMAScript | std::regex::optimize);
  return c;
}

std::string canonical_split(const FileLayout& l, const std::string& in_file) {
  for (const auto& [canon, name] : l.split_names)
    if (name == in_file) return canon;
  return in_file;
}

std::string file_split(const FileLayout& l, const std::string& canon) {
  for (const auto& [c, name] : l.split_names)
    if (c == canon) return name;
  return canon;
}

// Replaces the placeholders of a companion pattern.
std::string format_pattern(std::string pattern, const std::string& split, const std::string& lang,
                           const std::string& qlang) {
  auto replace_all = [&](const std::string& ph, const std::string& value) {
    for (size_t p = pattern.find(ph); p != std::string::npos; p = pattern.find(ph, p + value.size()))
      pattern.replace(p, ph.size(), value);
  };
  replace_all("{split}", split);
  replace_all("{lang}", lang);
  replace_all("{qlang}", qlang);
  return pattern;
}

std::vector<std::string> list_files(const fs::path& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  fs::recursive_directory_iterator it(dir, fs::directory_options::follow_directory_symlink, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    if (it.depth() >= 3) it.disable_recursion_pending();
    if (it->is_regular_file(ec)) out.push_back(fs::relative(it->path(), dir, ec).generic_string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

size_t split_rank(const TaskInfo& task, const std::string& split) {
  auto it = std::find(task.splits.begin(), task.splits.end(), split);
  return static_cast<size_t>(it - task.splits.begin());
}

}  // namespace

fs::path task_dir(const fs::path& data_dir, const TaskInfo& task) { return data_dir / task.folder; }

std::vector<std::string> expected_paths(const TaskInfo& task, const std::string& split,
                                        const std::string& lang) {
  std::vector<std::string> out;
  for (const auto& l : task.layouts) {
    if (!l.fixed_split.empty() && l.fixed_split != split) continue;
    if (!l.fixed_lang.empty() && l.fixed_lang != lang) continue;
    if (!l.splits.empty() && std::find(l.splits.begin(), l.splits.end(), split) == l.splits.end()) continue;
    std::string clang = lang, qlang = lang;
    if (auto dash = lang.find('-'); dash != std::string::npos) {
      clang = lang.substr(0, dash);
      qlang = lang.substr(dash + 1);
    }
    std::string files = format_pattern(l.pattern, file_split(l, split), clang, qlang);
    for (const auto& [role, pattern] : l.companions)
      files += " + " + format_pattern(pattern, file_split(l, split), clang, qlang);
    out.push_back(std::move(files));
  }
  return out;
}

std::vector<DataFiles> available(const fs::path& data_dir, const TaskInfo& task,
                                 std::vector<std::string>* incomplete) {
  const fs::path dir = task_dir(data_dir, task);
  const std::vector<std::string> files = list_files(dir);
  std::vector<DataFiles> out;
  auto find_entry = [&](const std::string& split, const std::string& lang) -> DataFiles* {
    for (auto& d : out)
      if (d.split == split && d.lang == lang) return &d;
    return nullptr;
  };
  std::vector<std::pair<std::string, std::string>> claimed;  // (split, lang) owned by an earlier layout
  for (const auto& layout : task.layouts) {
    const CompiledLayout c = compile(layout.pattern);
    std::vector<std::pair<std::string, std::string>> mine;
    for (const auto& rel : files) {
      std::smatch m;
      if (!std::regex_match(rel, m, c.re)) continue;
      const std::string raw_split = c.split_group ? m[c.split_group].str() : layout.fixed_split;
      const std::string clang = c.lang_group ? m[c.lang_group].str() : layout.fixed_lang;
      const std::string qlang = c.qlang_group ? m[c.qlang_group].str() : clang;
      const std::string split = canonical_split(layout, raw_split);
      if (!layout.splits.empty() && std::find(layout.splits.begin(), layout.splits.end(), split) == layout.splits.end())
        continue;
      const std::string lang = qlang == clang ? clang : clang + "-" + qlang;
      const auto key = std::make_pair(split, lang);
      if (std::find(claimed.begin(), claimed.end(), key) != claimed.end()) continue;
      std::map<std::string, fs::path> extra;
      std::vector<std::string> missing;
      for (const auto& [role, pattern] : layout.companions) {
        const std::string p = format_pattern(pattern, raw_split, clang, qlang);
        std::error_code ec;
        if (fs::is_regular_file(dir / p, ec)) extra[role] = dir / p;
        else missing.push_back((dir / p).string());
      }
      if (!missing.empty()) {
        if (incomplete)
          incomplete->push_back(fmt::format("{} {}-{}: {} present but missing {}", task.name, split, lang,
                                            (dir / rel).string(), fmt::join(missing, ", ")));
        continue;
      }
      for (const auto& [role, pattern] : layout.optional) {
        const std::string p = format_pattern(pattern, raw_split, clang, qlang);
        std::error_code ec;
        if (fs::is_regular_file(dir / p, ec)) extra[role] = dir / p;
      }
      DataFiles* entry = find_entry(split, lang);
      if (!entry) {
        out.push_back(DataFiles{split, lang, {}, {}});
        entry = &out.back();
        mine.push_back(key);
      }
      entry->main.push_back(dir / rel);
      for (auto& [role, p] : extra) entry->extra[role] = p;
    }
    claimed.insert(claimed.end(), mine.begin(), mine.end());
  }
  std::sort(out.begin(), out.end(), [&](const DataFiles& a, const DataFiles& b) {
    const size_t ra = split_rank(task, a.split), rb = split_rank(task, b.split);
    if (ra != rb) return ra < rb;
    if (a.split != b.split) return a.split < b.split;
    return a.lang < b.lang;
  });
  return out;
}

DataFiles locate(const fs::path& data_dir, const TaskInfo& task, const std::string& split,
                 const std::string& lang) {
  std::vector<std::string> incomplete;
  std::vector<DataFiles> all = available(data_dir, task, &incomplete);
  for (auto& d : all)
    if (d.split == split && d.lang == lang) return d;
  std::vector<std::string> expected;
  for (const auto& p : expected_paths(task, split, lang)) expected.push_back(p);
  std::vector<std::string> present;
  for (const auto& d : all) present.push_back(d.split + "/" + d.lang);
  std::string msg = fmt::format(
      "task '{}': no data for split '{}', language '{}' under {}; expected {}", task.name, split, lang,
      task_dir(data_dir, task).string(),
      expected.empty() ? std::string("nothing: no layout of this task has that split/language")
                       : fmt::format("{}", fmt::join(expected, " or ")));
  if (!incomplete.empty()) msg += fmt::format("; incomplete: {}", fmt::join(incomplete, "; "));
  msg += present.empty() ? fmt::format("; nothing of this task found under {}", task_dir(data_dir, task).string())
                         : fmt::format("; present: {}", fmt::join(present, ", "));
  throw IoError(msg);
}

Dataset read_task(const fs::path& data_dir, const std::string& task_name, const std::string& split,
                  const std::string& lang) {
  const TaskInfo& task = task_info(task_name);
  return reader(task.reader)(task, locate(data_dir, task, split, lang));
}

}  // namespace xlfuse::data
