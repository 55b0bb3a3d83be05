// Fingerprints of a study's inputs, remembered by (path, size, mtime). See input_fingerprints.h.
#include "xlfuse/pipeline/input_fingerprints.h"

#include <algorithm>
#include <utility>

#include <sys/stat.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "xlfuse/core/fingerprint.h"
#include "xlfuse/core/log.h"
#include "xlfuse/data/task_files.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/io/atomic_file.h"
#include "xlfuse/io/raw_outputs.h"
#include "xlfuse/text/tokenizer.h"

namespace xlfuse::pipeline {
namespace fs = std::filesystem;

InputFingerprints::InputFingerprints(fs::path memo_path) : memo_path_(std::move(memo_path)) {
  if (memo_path_.empty() || !fs::is_regular_file(memo_path_)) return;
  // A memo that cannot be read is only a lost shortcut: everything is hashed again.
  try {
    const nlohmann::json j = nlohmann::json::parse(io::read_file(memo_path_.string()));
    for (const auto& [path, e] : j.at("files").items())
      memo_[path] = Entry{e.at("size").get<int64_t>(), e.at("mtime_ns").get<int64_t>(), e.at("hash").get<std::string>()};
  } catch (const std::exception& e) {
    XLFUSE_LOG_WARN("[run] ignoring the fingerprint memo {}: {}", memo_path_.string(), e.what());
    memo_.clear();
  }
}

std::string InputFingerprints::file(const fs::path& path) {
  struct stat st {};
  const std::string abs = fs::absolute(path).lexically_normal().string();
  if (::stat(abs.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return "missing";
  const int64_t size = static_cast<int64_t>(st.st_size);
  const int64_t mtime_ns = static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
  auto it = memo_.find(abs);
  if (it != memo_.end() && it->second.size == size && it->second.mtime_ns == mtime_ns) return it->second.hash;
  const std::string hash = io::file_fingerprint(abs);
  memo_[abs] = Entry{size, mtime_ns, hash};
  changed_ = true;
  return hash;
}

std::string InputFingerprints::files(const fs::path& base, const std::vector<fs::path>& paths) {
  std::vector<std::pair<std::string, std::string>> named;
  for (const auto& p : paths) named.emplace_back(p.lexically_relative(base).generic_string(), file(p));
  std::sort(named.begin(), named.end());
  named.erase(std::unique(named.begin(), named.end()), named.end());
  Fnv1a64 h;
  for (const auto& [name, hash] : named) h.update(fmt::format("{}\t{}\n", name, hash));
  return h.hex();
}

std::string InputFingerprints::model_folder(const fs::path& dir) {
  // Whichever tokenizer file the folder holds (a folder with none fingerprints vocab.txt as missing).
  const fs::path spm = dir / text::kSentencePieceModelFile;
  const fs::path tokenizer = fs::exists(spm) ? spm : dir / text::kWordPieceVocabFile;
  return files(dir, {dir / "config.json", dir / "model.safetensors", tokenizer});
}

std::string InputFingerprints::task_data(const fs::path& data_dir, const std::string& task) {
  std::vector<fs::path> paths;
  for (const data::DataFiles& f : data::available(data_dir, data::task_info(task))) {
    paths.insert(paths.end(), f.main.begin(), f.main.end());
    for (const auto& [role, p] : f.extra) paths.push_back(p);
  }
  if (paths.empty()) return "none";
  return files(data_dir, paths);
}

void InputFingerprints::save() const {
  if (memo_path_.empty() || !changed_) return;
  nlohmann::json files = nlohmann::json::object();
  for (const auto& [path, e] : memo_) files[path] = {{"size", e.size}, {"mtime_ns", e.mtime_ns}, {"hash", e.hash}};
  fs::create_directories(memo_path_.parent_path());
  io::write_file_atomic(memo_path_.string(), nlohmann::json{{"files", files}}.dump(1) + "\n");
}

}  // namespace xlfuse::pipeline
