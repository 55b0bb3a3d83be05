#include "xlfuse/model/inspect.h"

#include <algorithm>
#include <filesystem>
#include <regex>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "xlfuse/core/error.h"
#include "xlfuse/data/text_file.h"
#include "xlfuse/model/checkpoint_names.h"
#include "xlfuse/model/model_dir.h"
#include "xlfuse/text/tokenizer.h"

namespace xlfuse::model {
namespace fs = std::filesystem;

namespace {

std::string human_count(int64_t n) {
  if (n >= 1000000000) return fmt::format("{:.2f}B", n / 1e9);
  if (n >= 1000000) return fmt::format("{:.1f}M", n / 1e6);
  if (n >= 1000) return fmt::format("{:.1f}K", n / 1e3);
  return std::to_string(n);
}

std::string list_first(const std::vector<std::string>& items, size_t max_items) {
  std::string out;
  for (size_t i = 0; i < items.size() && i < max_items; ++i) out += (i ? ", " : "") + items[i];
  if (items.size() > max_items) out += fmt::format(", ... and {} more", items.size() - max_items);
  return out;
}

}  // namespace

InspectReport inspect_model_dir(const std::string& dir) {
  InspectReport r;
  r.dir = dir;
  const fs::path root(dir);
  std::error_code ec;
  if (!fs::is_directory(root, ec)) {
    r.problems.push_back(fmt::format("'{}' is not a directory", dir));
    return r;
  }
  try {
    r.tokenizer_file = fs::path(text::tokenizer_file(dir)).filename().string();
  } catch (const IoError&) {
  }
  for (const auto& entry : fs::directory_iterator(root, ec)) {
    const std::string name = entry.path().filename().string();
    if (name != "config.json" && name != "model.safetensors" && name != r.tokenizer_file) r.other_files.push_back(name);
  }
  std::sort(r.other_files.begin(), r.other_files.end());

  const fs::path config_path = root / "config.json";
  if (!fs::exists(config_path)) {
    r.problems.push_back("no config.json");
  } else {
    try {
      r.config = io::read_bert_config(config_path.string());
    } catch (const std::exception& e) {
      r.problems.push_back(fmt::format("config.json: {}", e.what()));
    }
  }

  if (r.tokenizer_file.empty()) {
    r.warnings.push_back(fmt::format("no {} or {} (no tokenizer): commands that tokenize text (embed, train, "
                                     "predict) cannot use this folder",
                                     text::kWordPieceVocabFile, text::kSentencePieceModelFile));
  } else {
    try {
      r.vocab_size = static_cast<int64_t>(text::load_tokenizer(dir)->vocab_size());
    } catch (const std::exception& e) {
      r.problems.push_back(fmt::format("{}: {}", r.tokenizer_file, e.what()));
    }
  }
  const fs::path tok_config = root / "tokenizer_config.json";
  if (fs::exists(tok_config)) {
    try {
      auto j = nlohmann::json::parse(data::read_text_file(tok_config));
      if (j.contains("do_lower_case") && j["do_lower_case"].is_boolean()) r.do_lower_case = j["do_lower_case"].get<bool>();
    } catch (const std::exception& e) {
      r.warnings.push_back(fmt::format("tokenizer_config.json: {}", e.what()));
    }
  }

  const fs::path weights_path = root / "model.safetensors";
  if (!fs::exists(weights_path)) {
    r.problems.push_back(fs::exists(root / "pytorch_model.bin")
                             ? "no model.safetensors (there is a pytorch_model.bin: convert it to safetensors)"
                             : "no model.safetensors");
    return r;
  }
  try {
    const auto file = io::SafetensorsFile::open(weights_path.string());
    r.tensors = file.tensors();
    r.metadata = file.metadata();
    for (const auto& t : r.tensors) {
      r.total_values += t.numel();
      ++r.dtype_counts[io::to_string(t.dtype)];
    }
    const io::ModelType type = r.config ? r.config->model_type : io::ModelType::Bert;
    const LoadOptions load = in_family_naming(LoadOptions{}, type);
    r.has_pooler = file.find("pooler.dense.weight") || file.find(load.strip_prefix + "pooler.dense.weight");
    for (const std::string& prefix : {load.strip_prefix, std::string()}) {
      const io::TensorInfo* words = file.find(prefix + "embeddings.word_embeddings.weight");
      if (words != nullptr && !words->shape.empty()) {
        r.embedding_rows = words->shape[0];
        const std::string problem = vocabulary_mismatch(
            r.tokenizer_file, r.vocab_size,
            fmt::format("the word embeddings '{}' in model.safetensors", words->name), r.embedding_rows);
        if (r.vocab_size >= 0 && !problem.empty()) r.problems.push_back(problem);
        break;
      }
    }
    if (r.config) {
      LoadOptions options = load;
      options.extra_ignore_prefixes = kTaskHeadPrefixes;
      r.plan = plan_encoder_load(encoder_parameter_specs(*r.config, r.has_pooler), file, options);
      r.encoder_values = r.plan->loaded_numel;
      for (const auto& p : r.plan->problems) r.problems.push_back(p);
      if (!r.plan->problems.empty()) {
        const std::string hint = family_mismatch_hint(file, type);
        if (!hint.empty()) r.problems.push_back(hint.substr(2, hint.size() - 3));  // without " (" and ")"
      }
      if (r.plan->converted > 0)
        r.warnings.push_back(fmt::format("{} tensors are not F32 and will be converted on load", r.plan->converted));
    }
  } catch (const std::exception& e) {
    r.problems.push_back(fmt::format("model.safetensors: {}", e.what()));
  }
  if (r.embedding_rows < 0 && r.config && r.vocab_size >= 0) {
    const std::string problem =
        vocabulary_mismatch(r.tokenizer_file, r.vocab_size, "config.json vocab_size", r.config->vocab_size);
    if (!problem.empty()) r.problems.push_back(problem);
  }
  return r;
}

std::string format_inspect_report(const InspectReport& r, bool all_tensors) {
  std::ostringstream out;
  out << "model: " << r.dir << "\n";
  if (r.config) {
    const auto& c = *r.config;
    out << fmt::format(
        "config: model_type {}, hidden {}, layers {}, heads {}, intermediate {}, vocab {}, max positions {}, type vocab "
        "{}, pad id {}, act {}, layer_norm_eps {:g}, dropout {:g}/{:g}\n",
        io::to_string(c.model_type), c.hidden_size, c.num_hidden_layers, c.num_attention_heads, c.intermediate_size,
        c.vocab_size, c.max_position_embeddings, c.type_vocab_size, c.pad_token_id, c.hidden_act, c.layer_norm_eps,
        c.hidden_dropout_prob, c.attention_probs_dropout_prob);
    if (c.raw.contains("architectures")) out << "architectures: " << c.raw["architectures"].dump() << "\n";
    if (io::uses_roberta_positions(c.model_type))
      out << fmt::format("positions: RoBERTa's, from the input ids ({}, {}, ... for tokens, {} for padding): at most {} "
                         "tokens per sequence\n",
                         c.pad_token_id + 1, c.pad_token_id + 2, c.pad_token_id, c.max_sequence_length());
  }
  if (r.vocab_size >= 0) out << r.tokenizer_file << ": " << r.vocab_size << " tokens";
  if (r.do_lower_case) out << (r.vocab_size >= 0 ? ", " : "") << "do_lower_case=" << (*r.do_lower_case ? "true" : "false");
  if (r.vocab_size >= 0 || r.do_lower_case) out << "\n";
  if (!r.other_files.empty()) out << "other files: " << list_first(r.other_files, 20) << "\n";

  if (!r.tensors.empty()) {
    std::string dtypes;
    for (const auto& [d, n] : r.dtype_counts) dtypes += fmt::format("{}{} {}", dtypes.empty() ? "" : ", ", n, d);
    out << fmt::format("tensors: {} ({}), {} values ({})", r.tensors.size(), dtypes, r.total_values,
                       human_count(r.total_values));
    if (r.plan) out << fmt::format("; encoder {} ({})", r.encoder_values, human_count(r.encoder_values));
    out << (r.has_pooler ? ", with pooler" : ", no pooler") << "\n";
    if (!r.metadata.empty()) {
      std::vector<std::string> kv;
      for (const auto& [k, v] : r.metadata) kv.push_back(k + "=" + v);
      out << "metadata: " << list_first(kv, 10) << "\n";
    }
    // Group names that differ only in a ".layer.N." index, unless every tensor is asked for.
    static const std::regex layer_re(R"(^(.*\.layer\.)(\d+)(\..*)$)");
    struct Group {
      std::string head, tail, dtype, shape;
      std::vector<int64_t> indices;
      bool uniform = true;
    };
    std::vector<Group> groups;
    std::map<std::string, size_t> group_of;
    for (const auto& t : r.tensors) {
      const std::string dtype = io::to_string(t.dtype), shape = shape_to_string(t.shape);
      std::smatch m;
      if (!all_tensors && std::regex_match(t.name, m, layer_re)) {
        const std::string key = m[1].str() + "*" + m[3].str();
        auto it = group_of.find(key);
        if (it == group_of.end()) {
          group_of[key] = groups.size();
          groups.push_back({m[1].str(), m[3].str(), dtype, shape, {std::stoll(m[2].str())}, true});
        } else {
          Group& g = groups[it->second];
          g.indices.push_back(std::stoll(m[2].str()));
          if (g.dtype != dtype || g.shape != shape) g.uniform = false;
        }
        continue;
      }
      groups.push_back({t.name, "", dtype, shape, {}, true});
    }
    for (auto& g : groups) {
      if (g.indices.empty()) {
        out << fmt::format("  {:<60} {:<5} {}\n", g.head, g.dtype, g.shape);
        continue;
      }
      std::sort(g.indices.begin(), g.indices.end());
      const bool contiguous = g.indices.back() - g.indices.front() + 1 == static_cast<int64_t>(g.indices.size());
      const std::string range = g.indices.size() == 1 ? std::to_string(g.indices[0])
                                : contiguous ? fmt::format("{{{}..{}}}", g.indices.front(), g.indices.back())
                                             : fmt::format("{{{}}}", fmt::join(g.indices, ","));
      out << fmt::format("  {:<60} {:<5} {}{}\n", g.head + range + g.tail, g.dtype, g.shape,
                         g.uniform ? "" : " (differs between layers: use --all)");
    }
  }
  if (r.plan) {
    if (r.plan->prefix_stripped)
      out << fmt::format("prefix '{}' is stripped on load\n",
                         encoder_prefix(r.config ? r.config->model_type : io::ModelType::Bert));
    if (!r.plan->ignored.empty())
      out << fmt::format("ignored on load (pretraining heads): {}\n", list_first(r.plan->ignored, 10));
    if (!r.plan->ignored_reported.empty())
      out << fmt::format("ignored when loading the encoder (task heads): {}\n", list_first(r.plan->ignored_reported, 10));
  }
  for (const auto& w : r.warnings) out << "warning: " << w << "\n";
  if (r.problems.empty()) {
    out << "loadable: yes\n";
  } else {
    out << fmt::format("loadable: no, {} problem(s):\n", r.problems.size());
    for (size_t i = 0; i < r.problems.size() && i < 20; ++i) out << "  - " << r.problems[i] << "\n";
    if (r.problems.size() > 20) out << fmt::format("  ... and {} more\n", r.problems.size() - 20);
  }
  return out.str();
}

}  // namespace xlfuse::model
