// The set-up shared by the training commands. See run_setup.h.
#include "xlfuse/train/run_setup.h"

#include <system_error>

#include <fmt/format.h>
#include <torch/version.h>

#include "xlfuse/core/error.h"
#include "xlfuse/distributed/gather_outputs.h"
#include "xlfuse/io/atomic_file.h"
#include "xlfuse/model/model_folder_writer.h"
#include "xlfuse/runtime/threads.h"

namespace xlfuse::train {

namespace fs = std::filesystem;

namespace {

// The chain of tasks that made the starting folder: its own record, or its task, or nothing.
nlohmann::json parent_chain_of(const std::string& dir) {
  if (!model::has_model_info(dir)) return nlohmann::json::array();
  const model::ModelInfo parent = model::read_model_info(dir);
  if (parent.extra.contains("chain") && parent.extra["chain"].is_array()) return parent.extra["chain"];
  return nlohmann::json::array({parent.task});
}

}  // namespace

void check_output_folder(const fs::path& out, bool resume) {
  if (resume) return;
  const fs::path weights = out / "model.safetensors";
  if (fs::exists(weights))
    throw IoError(fmt::format("refusing to overwrite {}: it already exists (pass --resume to continue that run, "
                              "or choose another --out)",
                              weights.string()));
  const fs::path ckpt = out / "checkpoints";
  std::error_code ec;
  if (fs::is_directory(ckpt, ec) && !fs::is_empty(ckpt, ec))
    throw IoError(fmt::format("{} holds checkpoints of an earlier run: pass --resume to continue it, or remove "
                              "that folder (or choose another --out) to start afresh",
                              ckpt.string()));
}

RunSetup start_training_run(const RunStart& start) {
  model::require_model_files(start.init_dir, "--init");
  const fs::path init(start.init_dir);
  const fs::path out(start.out_dir);
  check_output_folder(out, start.resume);
  text::TokenizerOptions tokenizer_options;
  tokenizer_options.lower_case = start.lower_case;
  RunSetup s{out,
             init,
             io::read_bert_config((init / "config.json").string()),
             text::load_tokenizer(start.init_dir, tokenizer_options),
             model::TokenizerFileCopy::read_from(start.init_dir),
             start.lower_case,
             parent_chain_of(start.init_dir),
             start_run_record(start.command)};
  model::check_tokenizer_fits_model(start.init_dir, *s.tokenizer, s.config);
  s.pad_id = s.tokenizer->specials().pad >= 0 ? s.tokenizer->specials().pad : 0;
  runtime::set_threads(start.threads);
  return s;
}

predict::EvaluationShard evaluation_shard() {
  predict::EvaluationShard shard;
  distributed::World* world = distributed::World::current();
  if (world == nullptr) return shard;
  shard.part = world->rank();
  shard.parts = world->size();
  shard.gather = [world](io::RawOutputs mine) { return distributed::gather_raw_outputs(*world, mine); };
  return shard;
}

void RunSetup::create_output() const {
  if (distributed::is_writer()) fs::create_directories(out);
}

void RunSetup::write_model(const fs::path& dir, const model::TaskModel& model, model::ModelInfo info) const {
  if (!distributed::is_writer()) return;
  info.parent = init.string();
  info.lower_case = lower_case;
  model::write_model_folder(dir.string(), model, config, tokenizer_file, &info);
}

void RunSetup::write_record(const nlohmann::json& config_json, uint64_t seed) {
  if (!distributed::is_writer()) return;
  record.config = config_json;
  if (const distributed::World* world = distributed::World::current())
    record.config["data_parallel"] = {{"world_size", world->size()},
                                      {"backend", "gloo"},
                                      {"bucket_bytes", world->options().bucket_bytes},
                                      {"timeout_s", world->options().timeout.count()}};
  record.seed = seed;
  record.libtorch_version = fmt::format("{}.{}.{}", TORCH_VERSION_MAJOR, TORCH_VERSION_MINOR, TORCH_VERSION_PATCH);
  record.threads = runtime::current_threads();
  write_run_record((out / "run.json").string(), record);
}

}  // namespace xlfuse::train
