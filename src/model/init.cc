#include "xlfuse/model/init.h"

#include <filesystem>

#include <fmt/format.h>
#include <torch/torch.h>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/io/atomic_file.h"
#include "xlfuse/model/bert.h"
#include "xlfuse/model/checkpoint.h"
#include "xlfuse/model/model_folder_writer.h"
#include "xlfuse/text/tokenizer.h"

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
  // RoBERTa's position table has padding_idx = pad_token_id too.
  if (io::uses_roberta_positions(model->config().model_type) && pad >= 0 &&
      pad < model->config().max_position_embeddings)
    model->embeddings->position_embeddings->weight[pad].zero_();
}

void RandomModelOptions::validate() const {
  if (vocab_path.empty())
    throw ConfigError("vocab_path: a tokenizer file (vocab.txt or sentencepiece.bpe.model) is required");
  if (out_dir.empty()) throw ConfigError("out_dir: an output directory is required");
  config.validate();
}

void create_random_model_dir(const RandomModelOptions& options) {
  options.validate();
  const auto tokenizer = text::load_tokenizer_file(options.vocab_path);
  io::BertConfig config = options.config;
  const bool wordpiece = tokenizer->kind() == text::TokenizerKind::WordPiece;
  if (wordpiece != (config.model_type == io::ModelType::Bert))
    throw ConfigError(fmt::format("vocab_path: {} is a {} tokenizer, which does not go with model_type \"{}\" ({} "
                                  "takes a WordPiece vocab.txt, xlm-roberta a sentencepiece model)",
                                  options.vocab_path, text::to_string(tokenizer->kind()),
                                  io::to_string(config.model_type), io::to_string(io::ModelType::Bert)));
  config.vocab_size = static_cast<int64_t>(tokenizer->vocab_size());
  config.pad_token_id = std::max<int32_t>(0, tokenizer->specials().pad);
  config.validate();

  fs::create_directories(options.out_dir);
  const std::string weights = (fs::path(options.out_dir) / "model.safetensors").string();
  if (fs::exists(weights))
    throw IoError(fmt::format("{} already exists: refusing to overwrite a model (choose another --out)", weights));

  BertModel model(config, options.add_pooler);
  init_bert_weights(model, config.initializer_range, options.seed);
  io::write_bert_config((fs::path(options.out_dir) / "config.json").string(), config);
  io::write_file_atomic((fs::path(options.out_dir) / default_tokenizer_file_name(config.model_type)).string(),
                        io::read_file(options.vocab_path));
  save_encoder_weights(model, weights, {{"format", "pt"}, {"xlfuse_init_seed", std::to_string(options.seed)}});
  XLFUSE_LOG_INFO("[init-model] wrote {} (hidden {}, {} layers, vocab {}, seed {})", options.out_dir,
                  config.hidden_size, config.num_hidden_layers, config.vocab_size, options.seed);
}

}  // namespace xlfuse::model
