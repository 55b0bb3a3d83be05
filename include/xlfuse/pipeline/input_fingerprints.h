#pragma once
// Content fingerprints of what a study reads from outside its own folder: the encoder, the data of
// each task, plain-text files. A step's cache key holds the fingerprints of its inputs, so editing
// a data file reruns the steps that read it and nothing else.
//
// A fingerprint is FNV-1a 64 of a file's bytes (io::file_fingerprint, as raw outputs name models);
// a set of files combines each file's name (relative to its folder, so that moving a data folder
// keeps the keys) with its fingerprint. Hashing gigabytes on every start would be slow, so the
// fingerprints are remembered in a memo file keyed by (absolute path, size, modification time): a
// file that changes gets a new size or time and is hashed again.
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace xlfuse::pipeline {

class InputFingerprints {
 public:
  // `memo_path` "" = remember nothing between runs.
  explicit InputFingerprints(std::filesystem::path memo_path = {});

  // 16 hex digits; "missing" for a file that does not exist.
  std::string file(const std::filesystem::path& path);
  // Of the files' names relative to `base` and their fingerprints, in sorted order.
  std::string files(const std::filesystem::path& base, const std::vector<std::filesystem::path>& paths);
  // Of a model folder's config.json, model.safetensors and tokenizer file.
  std::string model_folder(const std::filesystem::path& dir);
  // Of every file of `task` under `data_dir` (data::available: main, companion and optional files,
  // every split and language); "none" when the folder holds none of them.
  std::string task_data(const std::filesystem::path& data_dir, const std::string& task);

  // Writes the memo (atomically) when something was hashed; a no-op without a memo path.
  void save() const;

 private:
  struct Entry {
    int64_t size = 0;
    int64_t mtime_ns = 0;
    std::string hash;
  };
  std::filesystem::path memo_path_;
  std::map<std::string, Entry> memo_;
  bool changed_ = false;
};

}  // namespace xlfuse::pipeline
