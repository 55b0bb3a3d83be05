#include "xlfuse/model/init.h"

#include <filesystem>

#include <fmt/format.h>
#include <torch/torch.h>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/io/atomic_file.h"
#include "xlfuse/model/bert.h"
#include "xlfuse/model/checkpoint.h"
#include "xlfuse/text/vocab.h"

namespace xlfuse::model {
namespace fs = std::filesystem;

namespace {
bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
}  // namespace

void init_bert_weights(BertModel& model, double initializer_range, uint64_t seed) {
  torch::NoGradGuard no_grad;
  torch::manual_seed(seed);
  for (auto& item : model->named_parameters()) {
    const std::string& name = item.key();
    torch::Tensor p = item.value();
    if (name.find("LayerNorm.weight") != std::string::npos) {
      p.fill_(1.0);
    } else if (ends_with(name, ".bias")) {
      p.zero_();
    } else {
      p.normal_(0.0, initializer_range);
    }
  }
  const int64_t pad = model->config().pad_token_id;
  if (pad >= 0 && pad < model->config().vocab_size) model->embeddings->word_embeddings->weight[pad].zero_();
}

void RandomModelOptions::validate() const {
  if (vocab_path.empty()) throw ConfigError("vocab_path: a vocab.txt is required");
  if (out_dir.empty()) throw ConfigError("out_dir: an output directory is required");
  config.validate();
}

void create_random_model_dir(const RandomModelOptions& options) {
  options.validate();
  auto vocab = text::Vocab::load(options.vocab_path);
  io::BertConfig config = options.config;
  config.vocab_size = static_cast<int64_t>(vocab.size());
  config.pad_token_id = std::max<int32_t>(0, vocab.pad_id());
  config.validate();

  fs::create_directories(options.out_dir);
  const std::string weights = (fs::path(options.out_dir) / "model.safetensors").string();
  if (fs::exists(weights))
    throw IoError(fmt::format("{} already exists: refusing to overwrite a model (choose another --out)", weights));

  BertModel model(config, options.add_pooler);
  init_bert_weights(model, config.initializer_range, options.seed);
  io::write_bert_config((fs::path(options.out_dir) / "config.json").string(), config);
  io::write_file_atomic((fs::path(options.out_dir) / "vocab.txt").string(), io::read_file(options.vocab_path));
  save_encoder_weights(model, weights, {{"format", "pt"}, {"xlfuse_init_seed", std::to_string(options.seed)}});
  XLFUSE_LOG_INFO("[init-model] wrote {} (hidden {}, {} layers, vocab {}, seed {})", options.out_dir,
                  config.hidden_size, config.num_hidden_layers, config.vocab_size, options.seed);
}

}  // namespace xlfuse::model
