#include "xlfuse/model/checkpoint.h"

#include <filesystem>
#include <set>
#include <unordered_map>

#include <fmt/format.h>
#include <torch/torch.h>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/model/bert.h"
#include "xlfuse/model/checkpoint_names.h"

namespace xlfuse::model {
namespace fs = std::filesystem;

const std::vector<std::string> kTaskHeadPrefixes = {"classifier.", "qa_outputs.", "logit_scale"};

namespace {

constexpr size_t kMaxListed = 10;

bool starts_with(const std::string& s, const std::string& prefix) {
  return !prefix.empty() && s.compare(0, prefix.size(), prefix) == 0;
}

bool starts_with_any(const std::string& s, const std::vector<std::string>& prefixes) {
  for (const auto& p : prefixes)
    if (starts_with(s, p)) return true;
  return false;
}

bool is_float_dtype(io::DType d) {
  return d == io::DType::F32 || d == io::DType::F16 || d == io::DType::BF16 || d == io::DType::F64;
}

}  // namespace

std::string join_first(const std::vector<std::string>& items, size_t max_items, const std::string& sep) {
  std::string out;
  for (size_t i = 0; i < items.size() && i < max_items; ++i) {
    if (i) out += sep;
    out += items[i];
  }
  if (items.size() > max_items) out += fmt::format("{}... and {} more", sep, items.size() - max_items);
  return out;
}

LoadOptions in_family_naming(const LoadOptions& options, io::ModelType type) {
  if (type == io::ModelType::Bert) return options;
  const std::string bert_head = pretraining_head_prefix(io::ModelType::Bert);
  const auto rules = checkpoint_name_rules(type);
  auto translate = [&](const std::string& prefix) {
    if (prefix == bert_head) return pretraining_head_prefix(type);
    return to_checkpoint_name(prefix, rules);
  };
  LoadOptions out = options;
  out.strip_prefix = translate(options.strip_prefix);
  for (auto* list : {&out.ignore_prefixes, &out.extra_ignore_prefixes, &out.optional_prefixes, &out.unused_ok_prefixes})
    for (auto& prefix : *list) prefix = translate(prefix);
  return out;
}

std::string family_mismatch_hint(const io::SafetensorsFile& file, io::ModelType type) {
  const std::string probe = "embeddings.word_embeddings.weight";
  if (file.find(encoder_prefix(type) + probe) != nullptr) return "";
  for (const auto& [other, name] : io::model_type_names()) {
    if (encoder_prefix(other) == encoder_prefix(type) || file.find(encoder_prefix(other) + probe) == nullptr) continue;
    return fmt::format(" (the checkpoint's encoder is named '{}*', a {} checkpoint, but config.json has model_type "
                       "\"{}\", whose encoder is '{}*')",
                       encoder_prefix(other), other == io::ModelType::Bert ? "BERT" : "RoBERTa/XLM-R",
                       io::to_string(type), encoder_prefix(type));
  }
  return "";
}

std::string shape_to_string(const std::vector<int64_t>& shape) { return fmt::format("[{}]", fmt::join(shape, ", ")); }

std::vector<ParameterSpec> encoder_parameter_specs(const io::BertConfig& c, bool add_pooler) {
  const int64_t e = c.hidden_size, f = c.intermediate_size;
  std::vector<ParameterSpec> specs = {
      {"embeddings.word_embeddings.weight", {c.vocab_size, e}},
      {"embeddings.position_embeddings.weight", {c.max_position_embeddings, e}},
      {"embeddings.token_type_embeddings.weight", {c.type_vocab_size, e}},
      {"embeddings.LayerNorm.weight", {e}},
      {"embeddings.LayerNorm.bias", {e}},
  };
  for (int64_t l = 0; l < c.num_hidden_layers; ++l) {
    const std::string p = fmt::format("encoder.layer.{}.", l);
    for (const char* name : {"attention.self.query", "attention.self.key", "attention.self.value"}) {
      specs.push_back({p + name + ".weight", {e, e}});
      specs.push_back({p + name + ".bias", {e}});
    }
    specs.push_back({p + "attention.output.dense.weight", {e, e}});
    specs.push_back({p + "attention.output.dense.bias", {e}});
    specs.push_back({p + "attention.output.LayerNorm.weight", {e}});
    specs.push_back({p + "attention.output.LayerNorm.bias", {e}});
    specs.push_back({p + "intermediate.dense.weight", {f, e}});
    specs.push_back({p + "intermediate.dense.bias", {f}});
    specs.push_back({p + "output.dense.weight", {e, f}});
    specs.push_back({p + "output.dense.bias", {e}});
    specs.push_back({p + "output.LayerNorm.weight", {e}});
    specs.push_back({p + "output.LayerNorm.bias", {e}});
  }
  if (add_pooler) {
    specs.push_back({"pooler.dense.weight", {e, e}});
    specs.push_back({"pooler.dense.bias", {e}});
  }
  return specs;
}

LoadReport plan_encoder_load(const std::vector<ParameterSpec>& expected, const io::SafetensorsFile& file,
                             const LoadOptions& options,
                             std::vector<std::pair<std::string, const io::TensorInfo*>>* matches) {
  LoadReport report;
  report.source = file.path();
  for (const auto& t : file.tensors())
    if (starts_with(t.name, options.strip_prefix)) report.prefix_stripped = true;

  // Checkpoint tensors by their name after stripping the prefix.
  std::unordered_map<std::string, const io::TensorInfo*> by_name;
  std::vector<std::string> order;  // stripped names in file order
  for (const auto& t : file.tensors()) {
    std::string name = report.prefix_stripped && starts_with(t.name, options.strip_prefix)
                           ? t.name.substr(options.strip_prefix.size())
                           : t.name;
    auto [it, inserted] = by_name.emplace(name, &t);
    if (!inserted) {
      report.problems.push_back(
          fmt::format("tensor '{}' appears twice (as '{}' and '{}')", name, it->second->name, t.name));
      continue;
    }
    order.push_back(name);
  }

  std::set<std::string> used;
  std::set<std::string> model_names;
  std::vector<std::string> missing;
  for (const auto& spec : expected) {
    model_names.insert(spec.name);
    auto it = by_name.find(spec.name);
    if (it == by_name.end()) {
      if (starts_with_any(spec.name, options.optional_prefixes))
        report.missing_optional.push_back(spec.name);
      else
        missing.push_back("'" + spec.name + "'");
      continue;
    }
    used.insert(spec.name);
    const io::TensorInfo& info = *it->second;
    if (!is_float_dtype(info.dtype)) {
      report.problems.push_back(fmt::format("tensor '{}' has dtype {}, expected a floating-point dtype (F32, F16, BF16, F64)",
                                            spec.name, io::to_string(info.dtype)));
      continue;
    }
    if (info.shape != spec.shape) {
      report.problems.push_back(fmt::format("tensor '{}' has wrong shape: expected {}, got {}", spec.name,
                                            shape_to_string(spec.shape), shape_to_string(info.shape)));
      continue;
    }
    if (matches) matches->emplace_back(spec.name, &info);
    ++report.loaded;
    report.loaded_numel += info.numel();
    if (info.dtype != io::DType::F32) ++report.converted;
  }

  // One problem for all missing tensors: "tensor 'a' not found, and 2 more: 'b', 'c'".
  if (!missing.empty()) {
    std::string line = fmt::format("tensor {} not found", missing[0]);
    if (missing.size() > 1) {
      const std::vector<std::string> rest(missing.begin() + 1, missing.end());
      line += fmt::format(", and {} more: {}", rest.size(), join_first(rest, kMaxListed - 1, ", "));
    }
    report.problems.insert(report.problems.begin(), line);
  }

  std::vector<std::string> leftover;
  for (const auto& name : order) {
    if (used.count(name)) continue;
    if (starts_with_any(name, options.ignore_prefixes)) {
      report.ignored.push_back(name);
    } else if (starts_with_any(name, options.extra_ignore_prefixes) ||
               (starts_with_any(name, options.unused_ok_prefixes) && !model_names.count(name))) {
      report.ignored_reported.push_back(name);
    } else {
      leftover.push_back(name);
    }
  }
  if (!leftover.empty())
    report.problems.push_back(fmt::format("{} unused tensor(s) in the checkpoint: {}", leftover.size(),
                                          join_first(leftover, kMaxListed, ", ")));
  return report;
}

LoadReport load_encoder_weights(BertModel& model, const io::SafetensorsFile& file, const LoadOptions& base) {
  const io::ModelType type = model->config().model_type;
  const LoadOptions options = in_family_naming(base, type);
  std::vector<ParameterSpec> expected;
  std::unordered_map<std::string, torch::Tensor> params;
  for (const auto& item : model->named_parameters(/*recurse=*/true)) {
    expected.push_back({item.key(), item.value().sizes().vec()});
    params.emplace(item.key(), item.value());
  }
  std::vector<std::pair<std::string, const io::TensorInfo*>> matches;
  LoadReport report = plan_encoder_load(expected, file, options, &matches);
  if (!report.problems.empty())
    throw CheckpointError(fmt::format("cannot load the encoder from {}: {}{}", file.path(),
                                      join_first(report.problems, kMaxListed, "; "), family_mismatch_hint(file, type)));

  torch::NoGradGuard no_grad;
  for (const auto& [name, info] : matches) {
    torch::Tensor& param = params.at(name);
    if (param.device().is_cpu() && param.scalar_type() == torch::kFloat && param.is_contiguous()) {
      file.read_f32(*info, param.data_ptr<float>());  // straight into the parameter's storage
    } else {
      auto tmp = torch::empty(param.sizes(), torch::kFloat);
      file.read_f32(*info, tmp.data_ptr<float>());
      param.copy_(tmp);
    }
  }
  XLFUSE_LOG_INFO("[checkpoint] loaded {} tensors ({} values, {} converted to F32) from {}", report.loaded,
                  report.loaded_numel, report.converted, file.path());
  if (!report.ignored.empty())
    XLFUSE_LOG_DEBUG("[checkpoint] ignored {} pretraining tensor(s): {}", report.ignored.size(),
                     join_first(report.ignored, kMaxListed, ", "));
  if (!report.ignored_reported.empty())
    XLFUSE_LOG_INFO("[checkpoint] ignored {} tensor(s) not part of the encoder: {}", report.ignored_reported.size(),
                    join_first(report.ignored_reported, kMaxListed, ", "));
  if (!report.missing_optional.empty())
    XLFUSE_LOG_WARN("[checkpoint] {} optional tensor(s) not in {}, left as initialised: {}",
                    report.missing_optional.size(), file.path(), join_first(report.missing_optional, kMaxListed, ", "));
  return report;
}

void save_encoder_weights(const BertModel& model, const std::string& path,
                          const std::map<std::string, std::string>& metadata, const std::string& prefix) {
  std::vector<torch::Tensor> keep;
  std::vector<io::TensorToWrite> tensors;
  const auto named = model->named_parameters(/*recurse=*/true);
  keep.reserve(named.size());
  for (const auto& item : named) {
    keep.push_back(item.value().detach().to(torch::kCPU, torch::kFloat).contiguous());
    tensors.push_back({prefix + item.key(), keep.back().sizes().vec(), keep.back().data_ptr<float>()});
  }
  io::write_safetensors(path, tensors, metadata);
}

BertModel load_bert_model(const std::string& dir, const ModelDirOptions& options, LoadReport* report) {
  const fs::path root(dir);
  if (!fs::is_directory(root)) throw IoError(fmt::format("model directory '{}' does not exist", dir));
  const fs::path config_path = root / "config.json";
  const fs::path weights_path = root / "model.safetensors";
  if (!fs::exists(config_path)) throw IoError(fmt::format("model directory '{}' has no config.json", dir));
  if (!fs::exists(weights_path)) {
    std::string hint = fs::exists(root / "pytorch_model.bin")
                           ? " (it has pytorch_model.bin: convert it to safetensors first)"
                           : "";
    throw IoError(fmt::format("model directory '{}' has no model.safetensors{}", dir, hint));
  }
  const io::BertConfig config = io::read_bert_config(config_path.string());
  const io::SafetensorsFile file = io::SafetensorsFile::open(weights_path.string());

  LoadOptions load = options.load;  // BERT's naming; load_encoder_weights translates it
  if (options.ignore_task_heads)
    load.extra_ignore_prefixes.insert(load.extra_ignore_prefixes.end(), kTaskHeadPrefixes.begin(),
                                      kTaskHeadPrefixes.end());
  const std::string prefix = in_family_naming(load, config.model_type).strip_prefix;
  bool add_pooler = options.pooler == 1;
  if (options.pooler < 0)
    add_pooler = file.find("pooler.dense.weight") != nullptr ||
                 (!prefix.empty() && file.find(prefix + "pooler.dense.weight") != nullptr);
  BertModel model(config, add_pooler);
  LoadReport r = load_encoder_weights(model, file, load);
  model->eval();
  if (report) *report = std::move(r);
  return model;
}

}  // namespace xlfuse::model
