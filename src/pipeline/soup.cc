// Weight averaging of fine-tuned models: uniform and greedy soups. See soup.h.
#include "xlfuse/pipeline/soup.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/data/task_files.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/io/atomic_file.h"
#include "xlfuse/io/raw_outputs.h"
#include "xlfuse/io/safetensors.h"
#include "xlfuse/model/fusion/fusion_options.h"
#include "xlfuse/model/model_dir.h"
#include "xlfuse/predict/evaluate.h"
#include "xlfuse/runtime/device.h"
#include "xlfuse/runtime/threads.h"
#include "xlfuse/model/model_folder_writer.h"
#include "xlfuse/text/tokenizer.h"

namespace xlfuse::pipeline {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct Ingredient {
  std::string dir;
  model::ModelInfo info;
  io::SafetensorsFile weights;
  model::TokenizerFileCopy vocab;  // vocab.txt or sentencepiece.bpe.model
  // The pretrained checkpoint the chain of --init folders starts from, and its fingerprint ("" when
  // the chain cannot be followed to an existing folder).
  std::string root;
  std::string root_hash;
};

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) {
    item.erase(0, item.find_first_not_of(" \t"));
    item.erase(item.find_last_not_of(" \t") + 1);
    if (!item.empty()) out.push_back(item);
  }
  return out;
}

// The run's snapshots, oldest first.
std::vector<std::string> snapshot_folders(const std::string& run) {
  const fs::path root = fs::path(run) / "snapshots";
  std::vector<std::pair<int64_t, std::string>> found;
  std::error_code ec;
  if (fs::is_directory(root, ec))
    for (const auto& e : fs::directory_iterator(root)) {
      const std::string name = e.path().filename().string();
      if (name.rfind("step-", 0) != 0) continue;
      try {
        found.emplace_back(std::stoll(name.substr(5)), e.path().string());
      } catch (const std::exception&) {
      }
    }
  std::sort(found.begin(), found.end());
  std::vector<std::string> out;
  for (const auto& [step, dir] : found) out.push_back(dir);
  if (out.size() < 2)
    throw IoError(fmt::format("{} holds {} snapshot(s); a soup needs two or more (train with --keep-snapshots N)",
                              root.string(), out.size()));
  return out;
}

Ingredient load_ingredient(const std::string& dir) {
  model::require_model_files(dir, "--members");
  if (!model::has_model_info(dir))
    throw IoError(fmt::format("{}/xlfuse.json not found: a soup averages fine-tuned models (xlfuse train)", dir));
  Ingredient in{dir, model::read_model_info(dir),
                io::SafetensorsFile::open((fs::path(dir) / "model.safetensors").string()),
                model::TokenizerFileCopy::read_from(dir), "", ""};
  // Follow the --init folders back to the pretrained checkpoint.
  std::string p = in.info.parent;
  for (int depth = 0; depth < 64 && !p.empty() && model::has_model_info(p); ++depth) p = model::read_model_info(p).parent;
  in.root = p;
  if (!p.empty() && fs::is_regular_file(fs::path(p) / "model.safetensors"))
    in.root_hash = io::file_fingerprint((fs::path(p) / "model.safetensors").string());
  return in;
}

// Refuses an ingredient that cannot be averaged with the first one, naming it and the difference.
void check_compatible(const Ingredient& first, const Ingredient& other) {
  auto refuse = [&](const std::string& what) {
    throw ConfigError(fmt::format("soup: {} cannot be averaged with {}: {}", other.dir, first.dir, what));
  };
  if (other.info.head_kind != first.info.head_kind)
    refuse(fmt::format("head {} vs {}", to_string(other.info.head_kind), to_string(first.info.head_kind)));
  if (other.info.labels != first.info.labels) refuse("the labels differ");
  if (model::fusion_to_json(other.info.fusion) != model::fusion_to_json(first.info.fusion))
    refuse(fmt::format("fusion {} vs {}", model::fusion_to_json(other.info.fusion).dump(),
                       model::fusion_to_json(first.info.fusion).dump()));
  if (other.vocab.name != first.vocab.name || other.vocab.bytes != first.vocab.bytes)
    refuse(fmt::format("the tokenizer file differs ({} against {})", other.vocab.name, first.vocab.name));
  if (!other.root_hash.empty() && !first.root_hash.empty() && other.root_hash != first.root_hash)
    refuse(fmt::format("they start from different pretrained checkpoints ({} vs {})", other.root, first.root));
  const auto& a = first.weights.tensors();
  const auto& b = other.weights.tensors();
  std::map<std::string, const io::TensorInfo*> by_name;
  for (const auto& t : a) by_name[t.name] = &t;
  if (a.size() != b.size()) refuse(fmt::format("{} tensors vs {}", b.size(), a.size()));
  for (const auto& t : b) {
    auto it = by_name.find(t.name);
    if (it == by_name.end()) refuse(fmt::format("tensor '{}' is not in {}", t.name, first.dir));
    if (it->second->shape != t.shape)
      refuse(fmt::format("tensor '{}' has shape [{}] vs [{}]", t.name, fmt::join(t.shape, ", "),
                         fmt::join(it->second->shape, ", ")));
  }
}

bool is_float(io::DType d) { return d == io::DType::F32 || d == io::DType::F16 || d == io::DType::BF16 || d == io::DType::F64; }

// Writes the weighted average of `parts` as a model folder at `dir` (integer tensors, e.g. batch
// norm step counters, are the first ingredient's).
void write_average(const std::vector<const Ingredient*>& parts, const std::vector<double>& weights, const fs::path& dir,
                   const json& soup_record) {
  const Ingredient& first = *parts.front();
  std::vector<std::vector<float>> floats;
  std::vector<std::vector<int64_t>> integers;
  std::vector<io::TensorToWrite> tensors;
  floats.reserve(first.weights.tensors().size());
  integers.reserve(first.weights.tensors().size());
  for (const auto& t : first.weights.tensors()) {
    if (!is_float(t.dtype)) {
      integers.push_back(first.weights.read_i64(t.name));
      tensors.push_back(io::TensorToWrite::i64(t.name, t.shape, integers.back().data()));
      continue;
    }
    std::vector<double> sum(static_cast<size_t>(t.numel()), 0.0);
    for (size_t k = 0; k < parts.size(); ++k) {
      const std::vector<float> v = parts[k]->weights.read_f32(t.name);
      for (size_t i = 0; i < v.size(); ++i) sum[i] += weights[k] * v[i];
    }
    floats.emplace_back(sum.begin(), sum.end());
    tensors.push_back(io::TensorToWrite::f32(t.name, t.shape, floats.back().data()));
  }
  fs::create_directories(dir);
  io::write_safetensors((dir / "model.safetensors").string(), tensors, first.weights.metadata());
  io::write_file_atomic((dir / "config.json").string(), io::read_file((fs::path(first.dir) / "config.json").string()));
  io::write_file_atomic((dir / first.vocab.name).string(), first.vocab.bytes);
  model::ModelInfo info = first.info;
  info.parent = first.root;
  bool same_chain = true;
  for (const Ingredient* p : parts) same_chain = same_chain && p->info.extra.value("chain", json()) == first.info.extra.value("chain", json());
  // Ingredients from different intermediate tasks: the soup's chain still ends with its task, as
  // every model's does (the report reads it so).
  if (!same_chain) info.extra["chain"] = json::array({"soup", info.task});
  info.extra["soup"] = soup_record;
  model::write_model_info(dir.string(), info);
}

std::vector<double> uniform(size_t n) { return std::vector<double>(n, 1.0 / static_cast<double>(n)); }

}  // namespace

void SoupOptions::validate() const {
  if (members.empty() == snapshots_of.empty())
    throw ConfigError("members: give either --members F1,F2,... or --snapshots RUN_DIR");
  if (out_dir.empty()) throw ConfigError("out_dir: an output folder is required");
  if (greedy && data_dir.empty()) throw ConfigError("data_dir: a greedy soup scores on English dev data: give --data");
  if (threads < 0) throw ConfigError(fmt::format("threads: expected >= 0 (0 = all cores), got {}", threads));
  runtime::check_device_name(device);
}

SoupResult run_soup(const SoupOptions& options) {
  options.validate();
  runtime::resolve_device(options.device);  // a GPU that is not there fails now, not after loading data
  const std::vector<std::string> dirs = options.members.empty() ? snapshot_folders(options.snapshots_of)
                                                                : split_list(options.members);
  if (dirs.size() < 2)
    throw ConfigError(fmt::format("members: a soup needs two or more model folders, got {}", dirs.size()));
  if (fs::exists(fs::path(options.out_dir) / "model.safetensors"))
    throw IoError(fmt::format("refusing to overwrite {}/model.safetensors: choose another --out", options.out_dir));
  std::vector<Ingredient> all;
  for (const auto& d : dirs) all.push_back(load_ingredient(d));
  for (size_t i = 1; i < all.size(); ++i) check_compatible(all.front(), all[i]);

  SoupResult result;
  result.out_dir = options.out_dir;
  std::vector<const Ingredient*> chosen;
  json record{{"method", options.greedy ? "greedy" : "uniform"}};
  if (!options.greedy) {
    for (const auto& in : all) chosen.push_back(&in);
  } else {
    // Greedy soup on the English dev data of the ingredients' task.
    runtime::set_threads(options.threads);
    const data::DataRef dev = data::english_dev(all.front().info.task);
    if (dev.empty())
      throw ConfigError(fmt::format("soup: task '{}' has no English dev data to choose ingredients on",
                                    all.front().info.task));
    const data::Dataset dataset = data::read_task(options.data_dir, dev.task, dev.split, dev.lang);
    text::TokenizerOptions tokenizer_options;
    tokenizer_options.lower_case = all.front().info.lower_case;
    const std::unique_ptr<const text::Tokenizer> tokenizer = text::load_tokenizer(dirs.front(), tokenizer_options);
    predict::EvaluateOptions eval;
    eval.max_seq_length = static_cast<int>(all.front().info.max_seq_length);
    eval.device = options.device;
    auto score = [&](const std::string& dir) {
      model::TaskModel m = model::load_model_dir(dir);
      return predict::evaluate_model(m, dev.task, dataset, *tokenizer, eval).value;
    };
    std::vector<std::pair<double, const Ingredient*>> ranked;
    for (const auto& in : all) ranked.emplace_back(score(in.dir), &in);
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    chosen.push_back(ranked.front().second);
    double best = ranked.front().first;
    const fs::path trial = fs::path(options.out_dir) / ".trial-soup";
    for (size_t i = 1; i < ranked.size(); ++i) {
      std::vector<const Ingredient*> candidate = chosen;
      candidate.push_back(ranked[i].second);
      write_average(candidate, uniform(candidate.size()), trial, record);
      const double s = score(trial.string());
      XLFUSE_LOG_INFO("[soup] + {}: English dev {:.4f} (soup so far {:.4f}){}", ranked[i].second->dir, s, best,
                      s >= best ? ", kept" : "");
      if (s >= best) {
        chosen = candidate;
        best = s;
      }
    }
    fs::remove_all(trial);
    json scores = json::array();
    for (const auto& [s, in] : ranked) {
      scores.push_back({{"folder", in->dir}, {"score", s}});
      result.english_dev_scores.push_back(s);
    }
    result.soup_english_dev = best;
    record["english_dev"] = {{"task", dev.task}, {"split", dev.split}, {"candidates", scores}, {"soup", best}};
  }
  json ingredients = json::array();
  for (const Ingredient* in : chosen) {
    ingredients.push_back(in->dir);
    result.ingredients.push_back(in->dir);
  }
  record["ingredients"] = ingredients;
  record["weights"] = uniform(chosen.size());
  write_average(chosen, uniform(chosen.size()), options.out_dir, record);
  XLFUSE_LOG_INFO("[soup] {} of {} ingredient(s) -> {}", record["method"].get<std::string>(), chosen.size(),
                  options.out_dir);
  return result;
}

}  // namespace xlfuse::pipeline
