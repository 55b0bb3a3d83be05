// Reading and checking the members of an output ensemble. See members.h.
#include "xlfuse/ensemble/members.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "xlfuse/core/error.h"

namespace xlfuse::ensemble {

namespace fs = std::filesystem;

namespace {

fs::path raw_file(const MemberRef& m, const std::string& task, const std::string& split, const std::string& lang) {
  return fs::path(m.folder) / "raw" / task / fmt::format("{}-{}.safetensors", split, lang);
}

std::string trimmed(std::string s) {
  s.erase(0, s.find_first_not_of(" \t"));
  s.erase(s.find_last_not_of(" \t") + 1);
  return s;
}

// "the same" for two arrays of ids, or where they first differ.
template <typename T>
std::string first_difference(const std::vector<T>& a, const std::vector<T>& b) {
  if (a.size() != b.size()) return fmt::format("{} vs {} entries", a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) return fmt::format("entry {}: {} vs {}", i, a[i], b[i]);
  return "";
}

// A folder's path without "." parts or a trailing separator, to tell repeats apart.
std::string normal_folder(const std::string& folder) {
  fs::path p = fs::path(folder).lexically_normal();
  if (p.filename().empty()) p = p.parent_path();
  return p.string();
}

std::set<int64_t> example_set(const io::RawOutputs& r) { return {r.example_index.begin(), r.example_index.end()}; }

}  // namespace

std::vector<MemberRef> parse_member_list(const std::string& spec) {
  std::vector<MemberRef> out;
  std::set<std::string> names, folders;
  std::istringstream in(spec);
  std::string item;
  while (std::getline(in, item, ',')) {
    item = trimmed(item);
    if (item.empty()) continue;
    MemberRef m;
    const size_t eq = item.find('=');
    if (eq != std::string::npos) {
      m.name = trimmed(item.substr(0, eq));
      m.folder = trimmed(item.substr(eq + 1));
    } else {
      m.folder = item;
      m.name = fs::path(normal_folder(item)).filename().string();
    }
    if (m.name.empty() || m.folder.empty())
      throw ConfigError(fmt::format("members: expected FOLDER or NAME=FOLDER, got '{}'", item));
    if (!names.insert(m.name).second)
      throw ConfigError(fmt::format("members: the name '{}' is given twice (use NAME=FOLDER to tell them apart)", m.name));
    if (!folders.insert(normal_folder(m.folder)).second)
      throw ConfigError(fmt::format("members: the folder '{}' is given twice", m.folder));
    out.push_back(std::move(m));
  }
  if (out.size() < 2)
    throw ConfigError(fmt::format("members: an ensemble needs at least two members, got {} in '{}'", out.size(), spec));
  return out;
}

std::vector<std::string> common_languages(const std::vector<MemberRef>& members, const std::string& task,
                                          const std::string& split) {
  std::vector<std::string> common;
  for (size_t i = 0; i < members.size(); ++i) {
    const fs::path dir = fs::path(members[i].folder) / "raw" / task;
    std::vector<std::string> langs;
    std::error_code ec;
    if (fs::is_directory(dir, ec))
      for (const auto& entry : fs::directory_iterator(dir)) {
        const std::string name = entry.path().filename().string();
        const std::string prefix = split + "-", suffix = ".safetensors";
        if (name.size() > prefix.size() + suffix.size() && name.rfind(prefix, 0) == 0 &&
            name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
          langs.push_back(name.substr(prefix.size(), name.size() - prefix.size() - suffix.size()));
      }
    std::sort(langs.begin(), langs.end());
    if (i == 0) {
      common = langs;
    } else {
      std::vector<std::string> both;
      std::set_intersection(common.begin(), common.end(), langs.begin(), langs.end(), std::back_inserter(both));
      common = std::move(both);
    }
  }
  return common;
}

std::string choose_split(const std::vector<MemberRef>& members, const std::string& task,
                         const std::vector<std::string>& task_splits, const std::string& given) {
  if (!given.empty()) return given;
  std::vector<std::string> order = {"test"};
  order.insert(order.end(), task_splits.begin(), task_splits.end());
  for (const auto& s : order)
    if (!common_languages(members, task, s).empty()) return s;
  // Name the members without any outputs of the task: the usual cause is a member for another task.
  std::vector<std::string> lacking;
  for (const auto& m : members) {
    std::error_code ec;
    const fs::path dir = fs::path(m.folder) / "raw" / task;
    if (!fs::is_directory(dir, ec) || fs::directory_iterator(dir, ec) == fs::directory_iterator())
      lacking.push_back(fmt::format("member '{}' ({})", m.name, m.folder));
  }
  if (!lacking.empty() && lacking.size() < members.size())
    throw IoError(fmt::format("{} {} no raw outputs of task '{}' (expected {}/raw/{}/<split>-<lang>.safetensors, "
                              "written by xlfuse predict --task {})",
                              fmt::join(lacking, ", "), lacking.size() == 1 ? "has" : "have", task, "MEMBER", task,
                              task));
  throw IoError(fmt::format("no member folder holds raw outputs of task '{}' for any split (expected "
                            "MEMBER/raw/{}/<split>-<lang>.safetensors, written by xlfuse predict)",
                            task, task));
}

std::vector<std::string> choose_languages(const std::vector<MemberRef>& members, const std::string& task,
                                          const std::string& split, const std::string& spec) {
  const std::vector<std::string> available = common_languages(members, task, split);
  std::vector<std::string> langs;
  if (spec == "all") {
    langs = available;
  } else {
    std::istringstream in(spec);
    std::string item;
    while (std::getline(in, item, ',')) {
      item = trimmed(item);
      if (item.empty()) continue;
      if (std::find(available.begin(), available.end(), item) == available.end())
        throw IoError(fmt::format("langs: not every member has raw outputs of {} {}-{} (all members have: {})", task,
                                  split, item, fmt::join(available, " ")));
      langs.push_back(item);
    }
  }
  if (langs.empty()) throw IoError(fmt::format("no language that every member has for {} {}", task, split));
  return langs;
}

std::vector<io::RawOutputs> load_member_outputs(const std::vector<MemberRef>& members, const std::string& task,
                                                const std::string& split, const std::string& lang,
                                                Agreement agreement) {
  std::vector<io::RawOutputs> out;
  for (const auto& m : members) {
    const fs::path path = raw_file(m, task, split, lang);
    if (!fs::is_regular_file(path))
      throw IoError(fmt::format("member '{}': {} not found (predict {} {}-{} into {} first)", m.name, path.string(),
                                task, split, lang, m.folder));
    io::RawOutputsMeta expected;
    expected.task = task;
    expected.split = split;
    expected.lang = lang;
    if (!out.empty()) {
      expected.labels = out.front().meta.labels;
      expected.head_kind = out.front().meta.head_kind;
      if (agreement == Agreement::SameFeatures) expected.vocab_hash = out.front().meta.vocab_hash;
    }
    try {
      out.push_back(io::read_raw_outputs(path.string(), expected));
    } catch (const ConfigError& e) {
      throw ConfigError(fmt::format("member '{}' disagrees with member '{}': {}", m.name, members.front().name, e.what()));
    }
    const io::RawOutputs& first = out.front();
    const io::RawOutputs& r = out.back();
    auto refuse = [&](const std::string& field, const std::string& how) {
      throw ConfigError(fmt::format("member '{}' ({}) disagrees with member '{}' in {}: {}", m.name, path.string(),
                                    members.front().name, field, how));
    };
    if (r.kind != first.kind) refuse("output kind", fmt::format("{} vs {}", to_string(r.kind), to_string(first.kind)));
    if (agreement == Agreement::SameFeatures) {
      for (const auto& [field, a, b] : {std::tuple{"example_index", &r.example_index, &first.example_index},
                                        std::tuple{"window", &r.window, &first.window},
                                        std::tuple{"choice", &r.choice, &first.choice},
                                        std::tuple{"lengths", &r.lengths, &first.lengths}})
        if (const std::string d = first_difference(*a, *b); !d.empty())
          refuse(field, d + " (same tokenizer, max_seq_length and data needed to average per feature)");
    } else if (r.kind == io::RawOutputKind::Embeddings) {
      for (const auto& [field, a, b] : {std::tuple{"example_index", &r.example_index, &first.example_index},
                                        std::tuple{"window", &r.window, &first.window}})
        if (const std::string d = first_difference(*a, *b); !d.empty()) refuse(field, d);
    } else if (example_set(r) != example_set(first)) {
      refuse("examples", fmt::format("{} vs {} distinct examples", example_set(r).size(), example_set(first).size()));
    }
  }
  return out;
}

}  // namespace xlfuse::ensemble
