// run_pretraining: plain text -> packed [CLS] block [SEP] features -> masked-LM training -> model
// folder. See run_pretraining.h.
#include "xlfuse/train/run_pretraining.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <torch/version.h>

#include "xlfuse/core/error.h"
#include "xlfuse/distributed/world.h"
#include "xlfuse/core/log.h"
#include "xlfuse/core/run_record.h"
#include "xlfuse/data/mlm_blocks.h"
#include "xlfuse/data/parallel_blocks.h"
#include "xlfuse/io/atomic_file.h"
#include "xlfuse/io/hf_config.h"
#include "xlfuse/io/safetensors.h"
#include "xlfuse/model/model_dir.h"
#include "xlfuse/model/model_folder_writer.h"
#include "xlfuse/model/precision.h"
#include "xlfuse/runtime/threads.h"
#include "xlfuse/model/task_model.h"
#include "xlfuse/text/tokenizer.h"
#include "xlfuse/text/tokenizer.h"
#include "xlfuse/train/run_setup.h"
#include "xlfuse/runtime/device.h"

namespace xlfuse::train {

namespace fs = std::filesystem;

void RunPretrainingOptions::validate() const {
  if (text_files.empty() && parallel_files.empty())
    throw ConfigError("text_files / parallel_files: at least one plain-text file (--text) or pair of line-aligned "
                      "files (--parallel A:B) is needed");
  for (size_t i = 0; i < parallel_files.size(); ++i) {
    try {
      data::parse_parallel_spec(parallel_files[i]);
    } catch (const std::invalid_argument& e) {
      throw ConfigError(fmt::format("parallel_files[{}]: {}", i, e.what()));
    }
  }
  runtime::check_device_name(device);
  const bool from_init = !init_dir.empty();
  const bool from_config = !config_path.empty() || !vocab_path.empty();
  if (from_init == from_config)
    throw ConfigError("init_dir / config_path: give either --init DIR or both --config and --vocab");
  if (from_config && (config_path.empty() || vocab_path.empty()))
    throw ConfigError("config_path / vocab_path: a fresh model needs both --config and --vocab");
  if (out_dir.empty()) throw ConfigError("out_dir: must not be empty");
  if (max_seq_length < 3) throw ConfigError(fmt::format("max_seq_length: expected >= 3, got {}", max_seq_length));
  if (!parallel_files.empty() && max_seq_length < 5)
    throw ConfigError(fmt::format("max_seq_length: a translation pair needs >= 5 ([CLS] a [SEP] b [SEP]), got {}",
                                  max_seq_length));
  if (epochs <= 0 && max_steps <= 0)
    throw ConfigError(fmt::format("epochs: expected > 0 when max_steps is 0, got {}", epochs));
  if (max_steps < 0) throw ConfigError(fmt::format("max_steps: expected >= 0, got {}", max_steps));
  if (batch_size <= 0) throw ConfigError(fmt::format("batch_size: expected > 0, got {}", batch_size));
  if (grad_accumulation <= 0)
    throw ConfigError(fmt::format("grad_accumulation: expected > 0, got {}", grad_accumulation));
  if (!(learning_rate > 0.0)) throw ConfigError(fmt::format("learning_rate: expected > 0, got {}", learning_rate));
  if (weight_decay < 0.0) throw ConfigError(fmt::format("weight_decay: expected >= 0, got {}", weight_decay));
  if (!(warmup_ratio >= 0.0 && warmup_ratio < 1.0))
    throw ConfigError(fmt::format("warmup_ratio: expected in [0, 1), got {}", warmup_ratio));
  if (!(mlm_probability > 0.0 && mlm_probability < 1.0))
    throw ConfigError(fmt::format("mlm_probability: expected in (0, 1), got {}", mlm_probability));
  if (save_every < 0) throw ConfigError(fmt::format("save_every: expected >= 0, got {}", save_every));
  if (threads < 0) throw ConfigError(fmt::format("threads: expected >= 0 (0 = all cores), got {}", threads));
}

RunPretrainingResult run_pretraining(const RunPretrainingOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  options.validate();
  runtime::resolve_device(options.device);  // a GPU that is not there fails now, not after loading data
  RunRecord record = start_run_record("pretrain");
  RunPretrainingResult result;

  const fs::path out(options.out_dir);
  const bool from_init = !options.init_dir.empty();
  const fs::path config_path = from_init ? fs::path(options.init_dir) / "config.json" : fs::path(options.config_path);
  // The tokenizer: the --init folder's (vocab.txt or sentencepiece.bpe.model), or --vocab.
  const fs::path vocab_path =
      from_init ? fs::path(text::tokenizer_file(options.init_dir)) : fs::path(options.vocab_path);
  const fs::path weights_path = fs::path(options.init_dir) / "model.safetensors";
  if (from_init) {
    model::require_model_files(options.init_dir, "--init");
  } else {
    for (const fs::path& p : {config_path, vocab_path})
      if (!fs::is_regular_file(p)) throw IoError(fmt::format("{} not found", p.string()));
  }
  for (const auto& f : options.text_files)
    if (!fs::is_regular_file(f)) throw IoError(fmt::format("--text file not found: {}", f));
  for (const auto& spec : options.parallel_files) {
    const auto [a, b] = data::parse_parallel_spec(spec);
    for (const std::string& f : {a, b})
      if (!fs::is_regular_file(f)) throw IoError(fmt::format("--parallel {}: file not found: {}", spec, f));
  }
  check_output_folder(out, options.resume || options.resume_if_present);
  runtime::set_threads(options.threads);

  text::TokenizerOptions tok_options;
  tok_options.lower_case = options.lower_case;
  const std::unique_ptr<const text::Tokenizer> tokenizer_ptr =
      text::load_tokenizer_file(vocab_path.string(), tok_options);
  const text::Tokenizer& tokenizer = *tokenizer_ptr;
  const text::SpecialTokens& specials = tokenizer.specials();
  if (specials.mask < 0)
    throw FormatError(fmt::format("{}: no mask token ([MASK] / <mask>); masked-LM needs one", vocab_path.string()));
  io::BertConfig config = io::read_bert_config(config_path.string());
  if (from_init) model::check_tokenizer_fits_model(options.init_dir, tokenizer, config);
  if (!from_init && config.vocab_size != static_cast<int64_t>(tokenizer.vocab_size())) {
    XLFUSE_LOG_INFO("[pretrain] vocab_size {} of {} replaced by the vocabulary's {}", config.vocab_size,
                    config_path.string(), tokenizer.vocab_size());
    config.vocab_size = static_cast<int64_t>(tokenizer.vocab_size());
    config.raw["vocab_size"] = config.vocab_size;
  }
  if (options.max_seq_length > config.max_sequence_length())
    throw ConfigError(fmt::format("max_seq_length: {} exceeds the {} tokens the model's position table holds "
                                  "(max_position_embeddings {})",
                                  options.max_seq_length, config.max_sequence_length(),
                                  config.max_position_embeddings));

  if (!options.parallel_files.empty() && config.type_vocab_size <= specials.second_type_id)
    throw ConfigError(fmt::format("parallel_files: translation LM gives the second sentence token_type_id {}, but "
                                  "{} has type_vocab_size {}",
                                  specials.second_type_id, config_path.string(), config.type_vocab_size));

  // Packed blocks of max_seq_length - 2 sub-words, then one block per parallel line pair.
  TrainData data;
  if (!options.text_files.empty())
    data.features = data::pack_text_blocks(options.text_files, tokenizer, options.max_seq_length);
  if (!options.parallel_files.empty()) {
    data::ParallelPackStats stats;
    std::vector<data::Feature> pairs =
        data::pack_parallel_blocks(options.parallel_files, tokenizer, options.max_seq_length, &stats);
    XLFUSE_LOG_INFO("[pretrain] TLM: {} line pairs ({} cut to {} tokens, {} blank pairs skipped)", stats.pairs,
                    stats.truncated, options.max_seq_length, stats.skipped);
    result.parallel_blocks = static_cast<int64_t>(pairs.size());
    for (auto& f : pairs) {
      f.example_index = static_cast<int64_t>(data.features.size());
      data.features.push_back(std::move(f));
    }
  }
  for (const auto& f : data.features) result.tokens += static_cast<int64_t>(f.input_ids.size());
  result.blocks = static_cast<int64_t>(data.features.size());
  XLFUSE_LOG_INFO("[pretrain] {} blocks of up to {} tokens ({} of them TLM pairs; {} tokens)", result.blocks,
                  options.max_seq_length, result.parallel_blocks, result.tokens);

  model::TaskModelOptions model_options;
  model_options.seed = options.seed;
  model::TaskModel mlm = model::make_task_model(model::HeadKind::MaskedLm, config, 0, model_options);
  if (from_init) {
    const io::SafetensorsFile file = io::SafetensorsFile::open(weights_path.string());
    if (file.find("cls.predictions.bias") != nullptr || file.find("lm_head.bias") != nullptr) {
      const model::LoadReport report = model::load_task_weights(mlm, file);
      XLFUSE_LOG_INFO("[pretrain] continued from {} with its MLM head: {} tensors", weights_path.string(),
                      report.loaded);
    } else {
      const model::LoadReport report = model::load_task_encoder(mlm, file);
      XLFUSE_LOG_INFO("[pretrain] encoder from {} ({} tensors), new MLM head", weights_path.string(), report.loaded);
    }
  }

  TrainOptions t;
  t.epochs = options.epochs;
  t.max_steps = options.max_steps;
  t.batch_size = options.batch_size;
  t.grad_accumulation = options.grad_accumulation;
  t.learning_rate = options.learning_rate;
  t.weight_decay = options.weight_decay;
  t.warmup_ratio = options.warmup_ratio;
  t.seed = options.seed;
  t.pad_id = specials.pad >= 0 ? specials.pad : 0;
  t.eval_every = options.save_every;
  t.checkpoint_dir = (out / "checkpoints").string();
  t.resume = options.resume;
  t.resume_if_present = options.resume_if_present;
  t.metrics_path = (out / "metrics.jsonl").string();
  t.progress = options.progress;
  t.precision = options.precision;
  t.device = options.device;
  t.mlm.probability = options.mlm_probability;
  t.mlm.mask_id = specials.mask;
  t.mlm.vocab_size = config.vocab_size;
  t.mlm.special_ids = specials.ids();
  t.validate();

  fs::create_directories(out);
  record.config = {{"text_files", options.text_files},   {"parallel_files", options.parallel_files},
                   {"init", options.init_dir},
                   {"config", options.config_path},      {"vocab", options.vocab_path},
                   {"max_seq_length", options.max_seq_length}, {"epochs", options.epochs},
                   {"max_steps", options.max_steps},     {"batch_size", options.batch_size},
                   {"grad_accumulation", options.grad_accumulation}, {"learning_rate", options.learning_rate},
                   {"weight_decay", options.weight_decay}, {"warmup_ratio", options.warmup_ratio},
                   {"mlm_probability", options.mlm_probability}, {"mask_fraction", t.mlm.mask_fraction},
                   {"random_fraction", t.mlm.random_fraction}, {"save_every", options.save_every},
                   {"lower_case", options.lower_case},   {"precision", to_string(options.precision)}, {"device", options.device},
                   {"packing", "blocks of max_seq_length - 2 sub-words across lines; one TLM block "
                               "[CLS] a [SEP] b [SEP] per parallel line pair"}};
  record.seed = options.seed;
  record.libtorch_version = fmt::format("{}.{}.{}", TORCH_VERSION_MAJOR, TORCH_VERSION_MINOR, TORCH_VERSION_PATCH);
  record.threads = runtime::current_threads();
  if (distributed::is_writer()) write_run_record((out / "run.json").string(), record);

  const auto train_start = std::chrono::steady_clock::now();
  result.summary = train_task_model(mlm, data, t);
  record.timings["train_s"] = std::chrono::duration<double>(std::chrono::steady_clock::now() - train_start).count();

  // A plain HF folder (no xlfuse.json): an encoder for --init, with its MLM head.
  if (distributed::is_writer())
    model::write_model_folder(out.string(), mlm, config, model::TokenizerFileCopy::read_file(vocab_path.string()),
                              nullptr);

  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  record.timings["total_s"] = result.seconds;
  record.results = {{"blocks", result.blocks},
                    {"parallel_blocks", result.parallel_blocks},
                    {"tokens", result.tokens},
                    {"global_step", result.summary.global_step},
                    {"total_steps", result.summary.total_steps},
                    {"final_loss", result.summary.final_loss},
                    {"resumed_from", result.summary.resumed_from},
                    {"tokens_per_second", result.summary.tokens_per_second}};
  if (distributed::is_writer()) write_run_record((out / "run.json").string(), record);
  return result;
}

}  // namespace xlfuse::train
