#include "xlfuse/model/task_model.h"

#include <filesystem>
#include <set>
#include <unordered_map>

#include <fmt/format.h>
#include <torch/torch.h>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/model/checkpoint_names.h"
#include "xlfuse/model/heads/head_registry.h"
#include "xlfuse/model/init.h"

namespace xlfuse::model {
namespace fs = std::filesystem;

namespace {

constexpr size_t kMaxListed = 10;

// Copies checkpoint tensors into parameters (already matched and shape-checked).
void copy_matches(const io::SafetensorsFile& file,
                  const std::vector<std::pair<std::string, const io::TensorInfo*>>& matches,
                  std::unordered_map<std::string, torch::Tensor>& params) {
  torch::NoGradGuard no_grad;
  for (const auto& [name, info] : matches) {
    torch::Tensor& param = params.at(name);
    if (param.device().is_cpu() && param.scalar_type() == torch::kFloat && param.is_contiguous()) {
      file.read_f32(*info, param.data_ptr<float>());  // in place: keeps views (fused QKV) and ties intact
    } else {
      auto tmp = torch::empty(param.sizes(), torch::kFloat);
      file.read_f32(*info, tmp.data_ptr<float>());
      param.copy_(tmp);
    }
  }
}

// What a task checkpoint holds: every parameter, plus the representation's buffers (batch norm
// running statistics of layer fusion, stored as F32 like everything else; num_batches_tracked is
// exact up to 2^24).
std::vector<std::pair<std::string, torch::Tensor>> named_tensors(const TaskModel& model) {
  std::vector<std::pair<std::string, torch::Tensor>> out;
  for (const auto& item : model->named_parameters(/*recurse=*/true)) out.emplace_back(item.key(), item.value());
  for (const auto& item : model->named_buffers(/*recurse=*/true))
    if (item.key().rfind("representation.", 0) == 0) out.emplace_back(item.key(), item.value());
  return out;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
void TaskModelOptions::validate() const {
  if (head.classifier_dropout >= 1)
    throw ConfigError(fmt::format("head.classifier_dropout: expected a probability in [0, 1) (or negative for the "
                                  "config's value), got {}",
                                  head.classifier_dropout));
  if (!(head.logit_scale > 0))
    throw ConfigError(fmt::format("head.logit_scale: expected a positive number, got {}", head.logit_scale));
}

TaskModelImpl::TaskModelImpl(BertModel bert_, std::shared_ptr<TaskHeadImpl> head,
                             std::shared_ptr<RepresentationImpl> representation)
    : head_(std::move(head)), representation_(std::move(representation)) {
  if (bert_.is_empty()) throw std::invalid_argument("TaskModel: the encoder is missing");
  if (!head_) throw std::invalid_argument("TaskModel: the head is missing");
  if (!representation_) representation_ = make_default_representation(bert_->config());
  const int64_t hidden = bert_->config().hidden_size;
  if (head_->uses_pooler()) {
    if (!bert_->has_pooler())
      throw ConfigError(fmt::format("head '{}' pools the first token: the encoder needs a pooler (built without one)",
                                    head_->kind()));
    if (representation_->output_size() != hidden)
      throw ConfigError(fmt::format("head '{}' applies the pooler ({} x {}) to the representation, whose width is {} "
                                    "(representation '{}'): expected {}",
                                    head_->kind(), hidden, hidden, representation_->output_size(),
                                    representation_->kind(), hidden));
  }
  bert = register_module("bert", std::move(bert_));
  register_module("representation", representation_);
  // The head's modules and parameters go directly on the task model, under HF's names.
  std::set<std::string> taken = {"bert", "representation"};
  for (const auto& child : head_->named_children()) {
    if (!taken.insert(child.key()).second)
      throw std::invalid_argument(fmt::format("head '{}': module name '{}' is already taken", head_->kind(), child.key()));
    register_module(child.key(), child.value());
  }
  for (const auto& param : head_->named_parameters(/*recurse=*/false)) {
    if (!taken.insert(param.key()).second)
      throw std::invalid_argument(
          fmt::format("head '{}': parameter name '{}' is already taken", head_->kind(), param.key()));
    register_parameter(param.key(), param.value(), param.value().requires_grad());
  }
  for (const auto& buffer : head_->named_buffers(/*recurse=*/false)) {
    if (!taken.insert(buffer.key()).second)
      throw std::invalid_argument(fmt::format("head '{}': buffer name '{}' is already taken", head_->kind(), buffer.key()));
    register_buffer(buffer.key(), buffer.value());
  }
  head_->train(is_training());
}

void TaskModelImpl::train(bool on) {
  torch::nn::Module::train(on);
  head_->train(on);
}

Encoded TaskModelImpl::encode(const torch::Tensor& input_ids, const torch::Tensor& attention_mask,
                              const torch::Tensor& token_type_ids) {
  ForwardOptions options = representation_->encoder_options();
  options.pooled = false;  // pooling follows the representation (below)
  EncoderOutput encoder_output = bert->forward(input_ids, attention_mask, token_type_ids, options);
  Encoded encoded;
  encoded.states = representation_->forward(encoder_output, attention_mask);
  if (head_->uses_pooler()) encoded.pooled = bert->pooler->forward(encoded.states);
  return encoded;
}

TaskOutput TaskModelImpl::forward(const TaskInputs& inputs) {
  TORCH_CHECK(inputs.input_ids.defined(), "TaskModel: input_ids are missing");
  EncodeFn encode_fn = [this](const torch::Tensor& ids, const torch::Tensor& mask, const torch::Tensor& types) {
    return encode(ids, mask, types);
  };
  return head_->forward(encode_fn, inputs);
}

// ---------------------------------------------------------------------------------------------
TaskModel make_task_model(HeadKind head_kind, const io::BertConfig& config, int64_t num_labels,
                          const TaskModelOptions& options) {
  const HeadEntry& entry = find_head(head_kind);
  options.validate();
  config.validate();
  auto representation = options.representation ? options.representation : make_default_representation(config);
  BertModel bert(config, entry.uses_pooler);
  init_bert_weights(bert, config.initializer_range, options.seed);  // seeds torch's generator
  HeadContext context{config, num_labels, options.head, representation->output_size(), bert};
  std::shared_ptr<TaskHeadImpl> head = entry.create(context);
  head->init_weights(config.initializer_range);  // continues the seeded stream
  representation->init_weights(config.initializer_range);  // after the head: the head's draws stay HF's
  TaskModel model(bert, head, representation);
  XLFUSE_LOG_DEBUG("[model] built a {} model ({}), representation {}{}", head_kind, entry.hf_class,
                   representation->kind(), entry.uses_num_labels ? fmt::format(", {} labels", num_labels) : "");
  return model;
}

LoadReport load_task_weights(TaskModel& model, const io::SafetensorsFile& file) {
  // Parameters under the checkpoint names of the model's family (checkpoint_names.h).
  const io::ModelType type = model->config().model_type;
  const std::vector<NameRule> rules = checkpoint_name_rules(type, model->head_kind());
  std::vector<ParameterSpec> expected;
  std::unordered_map<std::string, torch::Tensor> params;
  for (const auto& item : named_tensors(model)) {
    const std::string name = to_checkpoint_name(item.first, rules);
    expected.push_back({name, item.second.sizes().vec()});
    params.emplace(name, item.second);
  }
  LoadOptions options;
  options.strip_prefix.clear();  // names are matched whole ("bert.embeddings...", "classifier.weight")
  options.ignore_prefixes.clear();
  for (const auto& prefix : model->head()->ignored_checkpoint_prefixes())
    options.ignore_prefixes.push_back(to_checkpoint_name(prefix, rules));
  for (const char* buffer : {kPositionIdsBuffer, kTokenTypeIdsBuffer})
    options.ignore_prefixes.push_back(to_checkpoint_name(std::string("bert.") + buffer, rules));
  options.optional_prefixes.clear();
  options.unused_ok_prefixes.clear();
  if (!model->bert->has_pooler()) options.unused_ok_prefixes.push_back(to_checkpoint_name("bert.pooler.", rules));

  std::vector<std::pair<std::string, const io::TensorInfo*>> matches;
  LoadReport report = plan_encoder_load(expected, file, options, &matches);
  if (!report.problems.empty()) {
    std::string hint = family_mismatch_hint(file, type);
    if (hint.empty() && file.find("embeddings.word_embeddings.weight") != nullptr)
      hint = fmt::format(
          " (this looks like a bare encoder checkpoint without '{}' names: load it with load_task_encoder)",
          encoder_prefix(type));
    throw CheckpointError(fmt::format("cannot load a {} model from {}: {}{}", model->head_kind(), file.path(),
                                      join_first(report.problems, kMaxListed, "; "), hint));
  }
  copy_matches(file, matches, params);
  XLFUSE_LOG_INFO("[checkpoint] loaded {} tensors ({} values) of a {} model from {}", report.loaded,
                  report.loaded_numel, model->head_kind(), file.path());
  if (!report.ignored_reported.empty())
    XLFUSE_LOG_INFO("[checkpoint] ignored {} tensor(s) the model has no use for: {}", report.ignored_reported.size(),
                    join_first(report.ignored_reported, kMaxListed, ", "));
  return report;
}

LoadReport load_task_encoder(TaskModel& model, const io::SafetensorsFile& file, const LoadOptions& base) {
  LoadOptions options = base;
  for (const auto& prefix : kTaskHeadPrefixes) options.extra_ignore_prefixes.push_back(prefix);
  options.extra_ignore_prefixes.push_back("logit_scale");  // the dual encoder's head
  try {
    return load_encoder_weights(model->bert, file, options);
  } catch (const CheckpointError& e) {
    throw CheckpointError(fmt::format("loading the encoder of a {} model: {}", model->head_kind(), e.what()));
  }
}

void save_task_weights(const TaskModel& model, const std::string& path,
                       const std::map<std::string, std::string>& metadata) {
  std::vector<torch::Tensor> keep;
  std::vector<io::TensorToWrite> tensors;
  const auto named = named_tensors(model);
  keep.reserve(named.size());
  const std::vector<NameRule> rules = checkpoint_name_rules(model->config().model_type, model->head_kind());
  for (const auto& [name, tensor] : named) {
    keep.push_back(tensor.detach().to(torch::kCPU, torch::kFloat).contiguous());
    tensors.push_back({to_checkpoint_name(name, rules), keep.back().sizes().vec(), keep.back().data_ptr<float>()});
  }
  io::write_safetensors(path, tensors, metadata);
}

TaskModel load_task_model(const std::string& dir, HeadKind head_kind, int64_t num_labels,
                          const TaskModelOptions& options, LoadReport* report) {
  const fs::path root(dir);
  const fs::path config_path = root / "config.json";
  const fs::path weights_path = root / "model.safetensors";
  if (!fs::is_directory(root)) throw IoError(fmt::format("model directory '{}' does not exist", dir));
  if (!fs::exists(config_path)) throw IoError(fmt::format("model directory '{}' has no config.json", dir));
  if (!fs::exists(weights_path)) throw IoError(fmt::format("model directory '{}' has no model.safetensors", dir));
  const io::BertConfig config = io::read_bert_config(config_path.string());
  if (num_labels < 0) {
    num_labels = 2;  // HF's PretrainedConfig default
    if (config.raw.is_object()) {
      auto it = config.raw.find("id2label");
      if (it != config.raw.end() && it->is_object() && !it->empty()) num_labels = static_cast<int64_t>(it->size());
    }
  }
  const io::SafetensorsFile file = io::SafetensorsFile::open(weights_path.string());
  TaskModel model = make_task_model(head_kind, config, num_labels, options);
  LoadReport r = load_task_weights(model, file);
  model->eval();
  if (report) *report = std::move(r);
  return model;
}

}  // namespace xlfuse::model
