// `xlfuse ensemble search` as the command runs it (ensemble::run_search: reading the members'
// raw outputs, rebuilding the features, the search, the files): 8 members with SYNTHETIC logits
// (as bench_ensemble_search: a shared difficulty, here wider so that ensembles stay imperfect, the
// member's own noise, a margin on the gold label; one member scores ~72 F1 on UD-POS and ~66 %
// on XNLI, all eight ~96 and ~75) on the REAL features (mBERT vocabulary, max_seq_length 128) of ../shared/data/xtreme:
// udpos, English dev and the test sets of $XLFUSE_BENCH_SEARCH_LANGS (default ar,es,fi,fr,ja,zh);
// xnli, the 15 dev sets (English dev chooses, the 14 others are the targets). Per task two cases:
// the full-output path (SearchOptions::label_path = false, decode +
// score of every subset, what the command did before) and the label path (what it does now); the
// label path's search.json and search.md must equal the full path's byte for byte (checked).
// $XLFUSE_BENCH_SEARCH_DIR keeps the member folders there (written once, reused), to time the
// command itself on them:
//   XLFUSE_BENCH_SEARCH_DIR=/tmp/search-members taskset -c 1 build/bench/bench_ensemble_search_cli
//   taskset -c 1 build/bin/xlfuse ensemble search --members $(cat /tmp/search-members/members.txt)
//       --task udpos --split test --langs ar,es,fi,fr,ja,zh --data ../shared/data/xtreme --out OUT
//   (xnli: --task xnli --split dev --langs ar,bg,de,el,es,fr,hi,ru,sw,th,tr,ur,vi,zh)
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include "xlfuse/core/rng.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/decode/raw_context.h"
#include "xlfuse/ensemble/run_search.h"
#include "xlfuse/io/raw_outputs.h"
#include "xlfuse/text/tokenizer.h"

namespace {
namespace fs = std::filesystem;
using namespace xlfuse;

constexpr size_t kMembers = 8;

std::string env_or(const char* name, const std::string& fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::string(v) : fallback;
}

fs::path shared() { return fs::path(XLFUSE_DEFAULT_SHARED_DIR); }
// The source tree (XLFUSE_DEFAULT_SHARED_DIR is SOURCE/../shared), for the mBERT vocabulary.
fs::path source() { return shared().parent_path().parent_path(); }
std::string data_dir() { return (shared() / "data/xtreme").string(); }
std::string langs() { return env_or("XLFUSE_BENCH_SEARCH_LANGS", "ar,es,fi,fr,ja,zh"); }
// XNLI's dev sets but English (the English dev set is the selection set).
std::string xnli_langs() {
  std::string out;
  for (const std::string& lang : data::task_info("xnli").xtreme_langs)
    if (lang != "en") out += (out.empty() ? "" : ",") + lang;
  return out;
}

// Writes the members' outputs on one set (real features, synthetic logits).
void write_set(const fs::path& root, const std::string& task_name, const std::string& split, const std::string& lang) {
  const data::TaskInfo& task = data::task_info(task_name);
  const std::vector<std::string>& labels = task.labels;
  const bool tagging = task.kind == data::TaskKind::Tagging;
  io::RawOutputs r;
  r.kind = tagging ? io::RawOutputKind::Tagging : io::RawOutputKind::Classification;
  r.meta.task = task_name;
  r.meta.split = split;
  r.meta.lang = lang;
  r.meta.labels = labels;
  r.meta.head_kind = tagging ? "token_classification" : "sequence_classification";
  r.meta.extra = {{"model_dir", (root / "model").string()}, {"max_seq_length", "128"}};
  const decode::DecodeInputs in = decode::rebuild_decode_inputs(r, data_dir());
  for (const data::Feature& f : in.features) {
    r.example_index.push_back(f.example_index);
    r.window.push_back(f.window);
    r.choice.push_back(f.choice);
    r.lengths.push_back(static_cast<int64_t>(f.length()));
  }
  const uint64_t seed = std::hash<std::string>{}(task_name + split + lang);
  for (size_t m = 0; m < kMembers; ++m) {
    SplitMix64 common(seed), own(seed * 100 + m);
    r.logits.clear();
    for (const data::Feature& f : in.features) {
      const size_t units = tagging ? f.length() : 1;
      const double margin = tagging ? 3.5 : 1.5;  // XNLI: one member ~66 % accurate
      std::vector<float> row(units * labels.size());
      for (size_t p = 0; p < units; ++p) {
        const int32_t gold = !tagging ? f.label : p < f.token_labels.size() ? f.token_labels[p] : data::kIgnoreIndex;
        for (size_t l = 0; l < labels.size(); ++l) {
          const double difficulty = (common.uniform() * 2 - 1) * 1.6;  // wider than bench_ensemble_search: ensembles stay imperfect
          const double noise = (own.uniform() + own.uniform() - 1) * 2.5;
          row[p * labels.size() + l] =
              static_cast<float>(difficulty + noise + (gold >= 0 && l == static_cast<size_t>(gold) ? margin : 0.0));
        }
      }
      r.logits.push_back(std::move(row));
    }
    const fs::path file = root / fmt::format("m{}", m) / "raw" / task_name / fmt::format("{}-{}.safetensors", split, lang);
    fs::create_directories(file.parent_path());
    io::write_raw_outputs(file.string(), r);
  }
}

// The member folders (written on first use) and the --members list.
std::string members() {
  static std::string list;
  if (!list.empty()) return list;
  static const fs::path root = env_or("XLFUSE_BENCH_SEARCH_DIR", (fs::temp_directory_path() / "xlfuse-bench-search").string());
  std::string spec;
  for (size_t m = 0; m < kMembers; ++m) spec += fmt::format("{}m{}={}", m ? "," : "", m, (root / fmt::format("m{}", m)).string());
  const fs::path done = root / fmt::format("members-{}.txt", langs());
  if (!fs::exists(done)) {
    fs::create_directories(root / "model");
    fs::copy_file(source() / "examples/data/mbert-vocab/vocab.txt", root / "model" / text::kWordPieceVocabFile,
                  fs::copy_options::overwrite_existing);
    write_set(root, "udpos", "dev", "en");
    std::stringstream in(langs());
    for (std::string lang; std::getline(in, lang, ',');) write_set(root, "udpos", "test", lang);
    for (const std::string& lang : data::task_info("xnli").xtreme_langs)
      if (fs::exists(fs::path(data_dir()) / "xnli" / fmt::format("dev-{}.tsv", lang))) write_set(root, "xnli", "dev", lang);
    std::ofstream(done) << spec;
    std::ofstream(root / "members.txt") << spec;
  }
  list = spec;
  return list;
}

void search(benchmark::State& state, const std::string& task, bool label_path) {
  if (!fs::is_directory(fs::path(data_dir()) / "udpos") || !fs::is_directory(fs::path(data_dir()) / "xnli")) {
    state.SkipWithError("needs ../shared/data/xtreme/udpos and xnli");
    return;
  }
  ensemble::SearchOptions o;
  o.members = members();
  o.task = task;
  o.split = task == "udpos" ? "test" : "dev";
  o.langs = task == "udpos" ? langs() : xnli_langs();
  o.data_dir = data_dir();
  o.label_path = label_path;
  const fs::path out = fs::temp_directory_path() / ("xlfuse-bench-search-" + task + (label_path ? "-labels" : "-full"));
  o.out_dir = out.string();
  for (auto _ : state) ensemble::run_search(o);
  if (label_path) {
    auto read = [](const fs::path& p) {
      std::ifstream f(p, std::ios::binary);
      return std::string(std::istreambuf_iterator<char>(f), {});
    };
    const fs::path full = fs::temp_directory_path() / ("xlfuse-bench-search-" + task + "-full");
    for (const char* file : {"search.json", "search.md"})
      if (fs::exists(full / file) && read(full / file) != read(out / file))
        state.SkipWithError(fmt::format("{} differs between the label path and the full-output path", file).c_str());
  }
}

}  // namespace

int main(int argc, char** argv) {
  for (const char* task : {"udpos", "xnli"})
    for (bool label_path : {false, true})
      benchmark::RegisterBenchmark(
          fmt::format("bench_ensemble_search_cli/{}/{}", task, label_path ? "label_path" : "full_outputs").c_str(),
          [task, label_path](benchmark::State& s) { search(s, task, label_path); })
          ->Iterations(1)
          ->Unit(benchmark::kSecond)
          ->UseRealTime();
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
