// run_training: English training data -> features -> task model(s) from an encoder -> trainer ->
// model folder(s). See run_training.h.
#include "xlfuse/train/run_training.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <system_error>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>
#include <torch/utils.h>
#include <torch/version.h>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/core/run_record.h"
#include "xlfuse/data/features.h"
#include "xlfuse/data/sentence_breaks.h"
#include "xlfuse/data/task_features.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/data/text_file.h"
#include "xlfuse/io/atomic_file.h"
#include "xlfuse/io/hf_config.h"
#include "xlfuse/io/safetensors.h"
#include "xlfuse/model/heads/head_registry.h"
#include "xlfuse/model/model_dir.h"
#include "xlfuse/model/precision.h"
#include "xlfuse/runtime/threads.h"
#include "xlfuse/model/task_model.h"
#include "xlfuse/text/tokenizer.h"
#include "xlfuse/text/vocab.h"
#include "xlfuse/train/multi_task.h"
#include "xlfuse/predict/evaluate.h"
#include "xlfuse/train/task_defaults.h"

namespace xlfuse::train {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

std::string libtorch_version() {
  return fmt::format("{}.{}.{}", TORCH_VERSION_MAJOR, TORCH_VERSION_MINOR, TORCH_VERSION_PATCH);
}

void require_file(const fs::path& path, const std::string& what) {
  if (!fs::is_regular_file(path))
    throw IoError(fmt::format("{} not found: {} (the --init folder needs config.json, model.safetensors and vocab.txt)",
                              what, path.string()));
}

std::vector<std::string> split_commas(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(s);
  while (std::getline(in, cur, ',')) {
    cur.erase(0, cur.find_first_not_of(" \t"));
    cur.erase(cur.find_last_not_of(" \t") + 1);
    if (!cur.empty()) out.push_back(cur);
  }
  return out;
}

// The labels a head names (classification and tagging); empty otherwise.
std::vector<std::string> head_labels(model::HeadKind head_kind, const data::TaskInfo& task) {
  if (model::find_head(head_kind).uses_num_labels) return task.labels;
  return {};
}

// Every option resolved for one task.
struct Resolved {
  TaskTrainingDefaults defaults;
  uint64_t seed = 42;
  int64_t epochs = 3;
  int64_t batch_size = 8;
  int64_t grad_accumulation = 1;
  double learning_rate = 2e-5;
  double weight_decay = 0.0;
  int64_t warmup_steps = 0;
  int max_seq_length = 128;
  int max_query_seq_length = 0;
  // QA windows: stride and question length (shrunk to fit short sequences).
  int doc_stride = 128;
  int max_query_length = 64;
  int64_t eval_every = 0;
  int64_t save_every = 0;
};

Resolved resolve(const RunTrainingOptions& o, const std::string& task) {
  Resolved r;
  r.defaults = task_training_defaults(task);
  const TaskTrainingDefaults& d = r.defaults;
  r.seed = o.seed >= 0 ? static_cast<uint64_t>(o.seed) : d.seed;
  r.epochs = o.epochs > 0 ? o.epochs : d.epochs;
  r.batch_size = o.batch_size > 0 ? o.batch_size : d.batch_size;
  r.grad_accumulation = o.grad_accumulation > 0 ? o.grad_accumulation : d.grad_accumulation;
  r.learning_rate = o.learning_rate > 0 ? o.learning_rate : d.learning_rate;
  r.weight_decay = o.weight_decay >= 0 ? o.weight_decay : d.weight_decay;
  r.warmup_steps = o.warmup_steps >= 0 ? o.warmup_steps : d.warmup_steps;
  r.max_seq_length = o.max_seq_length > 0 ? o.max_seq_length : d.max_seq_length;
  r.max_query_seq_length = d.max_query_seq_length > 0 ? std::min(d.max_query_seq_length, r.max_seq_length) : 0;
  r.doc_stride = d.doc_stride;
  r.max_query_length = d.max_query_length;
  r.eval_every = o.eval_every > 0 ? o.eval_every : d.eval_every;
  r.save_every = o.save_every > 0 ? o.save_every : (d.save_every > 0 ? d.save_every : r.eval_every);
  return r;
}

// A task default longer than the model's positions is capped to them (small models); an explicit
// --max-seq-length that does not fit is an error.
void fit_positions(Resolved* r, const RunTrainingOptions& o, const io::BertConfig& config, const std::string& where) {
  const int limit = static_cast<int>(config.max_position_embeddings);
  if (o.max_seq_length > 0 && o.max_seq_length > limit)
    throw ConfigError(fmt::format("max_seq_length: {} exceeds the model's max_position_embeddings {} ({}); pass a "
                                  "smaller --max-seq-length",
                                  o.max_seq_length, limit, where));
  if (r->max_seq_length > limit) {
    XLFUSE_LOG_INFO("[train] {}: max_seq_length {} capped to the model's {} positions", r->defaults.task,
                    r->max_seq_length, limit);
    r->max_seq_length = limit;
  }
  r->max_query_seq_length = std::min(r->max_query_seq_length, limit);
  // QA: keep room for a document after the question (run_squad would fail instead).
  r->max_query_length = std::min(r->max_query_length, r->max_seq_length / 2);
  r->doc_stride = std::min(r->doc_stride, r->max_seq_length - r->max_query_length - 3);
}

nlohmann::json to_json(const Resolved& r, const RunTrainingOptions& o) {
  return {{"task", r.defaults.task},
          {"train_task", r.defaults.train_task},
          {"train_split", r.defaults.train_split},
          {"train_lang", r.defaults.train_lang},
          {"dev_task", o.no_eval ? "" : r.defaults.dev_task},
          {"dev_split", o.no_eval ? "" : r.defaults.dev_split},
          {"head_kind", to_string(r.defaults.head_kind)},
          {"seed", r.seed},
          {"epochs", r.epochs},
          {"max_steps", o.max_steps},
          {"batch_size", r.batch_size},
          {"grad_accumulation", r.grad_accumulation},
          {"effective_batch_size", r.batch_size * r.grad_accumulation},
          {"learning_rate", r.learning_rate},
          {"weight_decay", r.weight_decay},
          {"warmup_steps", r.warmup_steps},
          {"warmup_ratio", o.warmup_ratio},
          {"max_seq_length", r.max_seq_length},
          {"max_query_seq_length", r.max_query_seq_length},
          {"doc_stride", r.doc_stride},
          {"max_query_length", r.max_query_length},
          {"max_grad_norm", o.max_grad_norm},
          {"eval_every", o.no_eval ? 0 : r.eval_every},
          {"save_every", r.save_every},
          {"early_stopping_patience", o.early_stopping_patience},
          {"lower_case", o.lower_case},
          {"precision", to_string(o.precision)},
          {"fusion", model::fusion_to_json(o.fusion)},
          {"init", o.init_dir},
          {"data", o.data_dir},
          {"mlm_text", o.mlm_text},
          {"adam_epsilon", 1e-8},
          {"defaults_source", r.defaults.source}};
}

// ---- training data per task ----

struct SlotData {
  std::string task;       // the task asked for
  model::HeadKind head_kind = model::HeadKind::SequenceClassification;
  std::vector<std::string> labels;  // of the head (classification, tagging)
  int64_t num_labels = 0;           // for make_task_model
  TrainData data;
};

data::Feature sentence_feature(const text::BertTokenizer& tokenizer, const std::string& text, int max_length,
                               int64_t index) {
  text::Encoding enc = tokenizer.encode(text, static_cast<size_t>(max_length));
  data::Feature f;
  f.input_ids = std::move(enc.ids);
  f.type_ids = std::move(enc.type_ids);
  f.example_index = index;
  return f;
}

std::string collapse_spaces(const std::string& s) {
  std::string out;
  bool space = true;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// LAReQA training pairs from SQuAD v1.1 as XTREME's processors/squad_retrieval.py builds them:
// the first answer's sentence (sb_sed breaks) + the paragraph, encoded as a pair; questions whose
// answer is not inside one sentence or cannot be recovered from the context are skipped.
TrainData lareqa_pairs(const data::Dataset& squad, const text::BertTokenizer& tokenizer, const Resolved& r) {
  const auto& examples = std::get<std::vector<data::QaExample>>(squad.examples);
  std::vector<data::PairExample> candidates;
  std::vector<data::Feature> queries;
  std::string cached_context;
  std::vector<std::pair<size_t, size_t>> breaks;
  int64_t skipped = 0;
  for (const data::QaExample& ex : examples) {
    if (ex.answers.empty()) {
      ++skipped;
      continue;
    }
    if (ex.context != cached_context) {
      cached_context = ex.context;
      breaks = data::infer_sentence_breaks(ex.context);
    }
    const data::QaAnswer& answer = ex.answers.front();
    size_t offset = 0;
    try {
      offset = data::char_to_byte_offset(ex.context, answer.answer_start);
    } catch (const std::out_of_range&) {
      ++skipped;
      continue;
    }
    std::optional<std::pair<size_t, size_t>> sentence;
    for (const auto& b : breaks)
      if (b.first <= offset && offset < b.second) {
        sentence = b;
        break;
      }
    const std::string span = ex.context.substr(offset, answer.text.size());
    if (!sentence || collapse_spaces(span).find(collapse_spaces(answer.text)) == std::string::npos) {
      ++skipped;
      continue;
    }
    data::PairExample pair;
    pair.id = ex.id;
    pair.text_a = ex.context.substr(sentence->first, sentence->second - sentence->first);
    pair.text_b = ex.context;
    candidates.push_back(std::move(pair));
    queries.push_back(sentence_feature(tokenizer, ex.question, r.max_query_seq_length,
                                       static_cast<int64_t>(queries.size())));
  }
  if (skipped > 0)
    XLFUSE_LOG_INFO("[train] lareqa: {} of {} SQuAD questions skipped (answer not inside one sentence)", skipped,
                    examples.size());
  TrainData out;
  data::PairFeatureOptions po;
  po.max_seq_length = r.max_seq_length;
  out.candidates = data::pair_features(candidates, tokenizer, {}, po);
  out.features = std::move(queries);
  return out;
}

// Mewsli-X wikipedia_pairs: mention-in-context query -> its entity's description.
TrainData mewslix_pairs(const data::Dataset& dataset, const text::BertTokenizer& tokenizer, const Resolved& r) {
  const auto& ex = std::get<data::MewslixExample>(dataset.examples);
  if (ex.mentions.size() != ex.entities.size())
    throw FormatError(fmt::format("{}: {} mentions but {} entities; wikipedia_pairs need one entity per mention",
                                  dataset.files.empty() ? "mewslix" : dataset.files.front(), ex.mentions.size(),
                                  ex.entities.size()));
  TrainData out;
  for (size_t i = 0; i < ex.mentions.size(); ++i) {
    out.features.push_back(sentence_feature(tokenizer, ex.mentions[i].query, r.max_query_seq_length, i));
    out.candidates.push_back(sentence_feature(tokenizer, ex.entities[i].text, r.max_seq_length, i));
  }
  return out;
}

data::Dataset read_training_split(const std::string& data_dir, const Resolved& r) {
  const TaskTrainingDefaults& d = r.defaults;
  try {
    return data::read_task(data_dir, d.train_task, d.train_split, d.train_lang);
  } catch (const IoError& e) {
    const std::string via =
        d.train_task == d.task ? "" : fmt::format(" (XTREME trains {} on {})", d.task, d.train_task);
    throw IoError(fmt::format("training data of task '{}'{}: {}", d.task, via, e.what()));
  }
}

SlotData load_slot(const std::string& data_dir, const Resolved& r, const text::BertTokenizer& tokenizer) {
  const TaskTrainingDefaults& d = r.defaults;
  SlotData slot;
  slot.task = d.task;
  slot.head_kind = d.head_kind;
  const data::TaskInfo& train_info = data::task_info(d.train_task);
  slot.labels = head_labels(d.head_kind, train_info);
  slot.num_labels = static_cast<int64_t>(train_info.labels.size());
  const data::Dataset dataset = read_training_split(data_dir, r);
  if (!dataset.labelled)
    throw FormatError(fmt::format("training data of task '{}' has no labels: {}", d.task,
                                  dataset.files.empty() ? std::string("?") : dataset.files.front()));

  if (d.head_kind == model::HeadKind::DualEncoder) {
    slot.data = d.task == "lareqa" ? lareqa_pairs(dataset, tokenizer, r) : mewslix_pairs(dataset, tokenizer, r);
  } else if (d.head_kind == model::HeadKind::QuestionAnswering) {
    data::QaFeatureOptions qo;
    qo.max_seq_length = r.max_seq_length;
    qo.doc_stride = r.doc_stride;
    qo.max_query_length = r.max_query_length;
    if (qo.doc_stride <= 0)
      throw ConfigError(fmt::format("max_seq_length: {} leaves no room for a document after a {}-token question",
                                    r.max_seq_length, r.max_query_length));
    slot.data.features = data::qa_features(std::get<std::vector<data::QaExample>>(dataset.examples), tokenizer, qo);
  } else {
    data::TaskFeatureOptions fo;
    fo.max_seq_length = r.max_seq_length;
    slot.data.features = data::make_task_features(train_info, dataset, tokenizer, fo);
    if (d.head_kind == model::HeadKind::MultipleChoice) {
      const auto& ex = std::get<std::vector<data::MultipleChoiceExample>>(dataset.examples);
      slot.data.choices = ex.empty() ? 0 : static_cast<int64_t>(ex.front().choices.size());
    }
  }
  if (slot.data.features.empty())
    throw FormatError(fmt::format("no training features for task '{}' from {}", d.task,
                                  dataset.files.empty() ? data_dir : dataset.files.front()));
  return slot;
}

// ---- writing model folders ----

struct FolderWriter {
  io::BertConfig config;  // of --init
  std::string vocab_text;
  std::string parent;
  nlohmann::json parent_chain = nlohmann::json::array();
  bool lower_case = false;
  int64_t max_seq_length = 0;
  uint64_t seed = 0;
  model::FusionOptions fusion;

  // config.json, model.safetensors, vocab.txt, xlfuse.json (each written atomically).
  void write(const fs::path& dir, const model::TaskModel& m, const std::string& task_name,
             const std::vector<std::string>& labels, const nlohmann::json& extra) const {
    fs::create_directories(dir);
    io::BertConfig out_config = config;
    const model::HeadKind kind = m->head_kind();
    out_config.raw["architectures"] = nlohmann::json::array({model::find_head(kind).hf_class});
    out_config.raw.erase("id2label");
    out_config.raw.erase("label2id");
    if (!labels.empty()) {
      nlohmann::json id2label = nlohmann::json::object();
      nlohmann::json label2id = nlohmann::json::object();
      for (size_t i = 0; i < labels.size(); ++i) {
        id2label[std::to_string(i)] = labels[i];
        label2id[labels[i]] = static_cast<int64_t>(i);
      }
      out_config.raw["id2label"] = id2label;
      out_config.raw["label2id"] = label2id;
    }
    io::write_bert_config((dir / "config.json").string(), out_config);
    save_task_weights(m, (dir / "model.safetensors").string(),
                      {{"format", "pt"}, {"task", task_name}, {"head_kind", to_string(kind)}});
    io::write_file_atomic((dir / "vocab.txt").string(), vocab_text);
    write_info(dir, kind, task_name, labels, extra);
  }

  void write_info(const fs::path& dir, model::HeadKind kind, const std::string& task_name,
                  const std::vector<std::string>& labels, const nlohmann::json& extra) const {
    model::ModelInfo info;
    info.task = task_name;
    info.head_kind = kind;
    info.labels = labels;
    info.fusion = fusion;
    info.parent = parent;
    info.seed = seed;
    info.max_seq_length = max_seq_length;
    info.lower_case = lower_case;
    info.extra = extra;
    model::write_model_info(dir.string(), info);
  }
};

// Refuses to clobber a finished model or to mix a fresh run with an earlier run's checkpoints.
void check_out_dir(const fs::path& out, bool resume) {
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

TrainOptions make_train_options(const RunTrainingOptions& o, const Resolved& r, const fs::path& out, int32_t pad_id,
                                bool evaluating) {
  TrainOptions t;
  t.epochs = r.epochs;
  t.max_steps = o.max_steps;
  t.stop_at_step = o.stop_at_step;
  t.batch_size = r.batch_size;
  t.grad_accumulation = r.grad_accumulation;
  t.learning_rate = r.learning_rate;
  t.weight_decay = r.weight_decay;
  t.warmup_steps = r.warmup_steps;
  t.warmup_ratio = o.warmup_ratio;
  t.max_grad_norm = o.max_grad_norm;
  t.seed = r.seed;
  t.pad_id = pad_id;
  // The trainer checkpoints at its evaluation interval: the dev interval when evaluating, else
  // the save interval (an EvalFn-less "evaluation" only saves).
  t.eval_every = evaluating ? r.eval_every : r.save_every;
  t.checkpoint_dir = (out / "checkpoints").string();
  t.resume = o.resume;
  t.early_stopping_patience = evaluating ? o.early_stopping_patience : 0;
  t.metrics_path = (out / "metrics.jsonl").string();
  t.progress = o.progress;
  t.precision = o.precision;
  t.greater_is_better = true;
  t.validate();
  return t;
}

nlohmann::json summary_json(const TrainSummary& s) {
  return {{"global_step", s.global_step},
          {"total_steps", s.total_steps},
          {"final_loss", s.final_loss},  // NaN is written as null
          {"has_best", s.has_best},
          {"best_metric", s.has_best ? nlohmann::json(s.best_metric) : nlohmann::json()},
          {"best_step", s.best_step},
          {"resumed_from", s.resumed_from},
          {"stopped_early", s.stopped_early},
          {"tokens_per_second", s.tokens_per_second},
          {"examples_per_second", s.examples_per_second}};
}

RunTrainingResult run_multi_task(const RunTrainingOptions& options, const std::vector<std::string>& tasks);

}  // namespace

void RunTrainingOptions::validate() const {
  if (task.empty()) throw ConfigError("task: must not be empty");
  if (init_dir.empty()) throw ConfigError("init_dir: must not be empty");
  if (data_dir.empty()) throw ConfigError("data_dir: must not be empty");
  if (out_dir.empty()) throw ConfigError("out_dir: must not be empty");
  if (epochs < 0) throw ConfigError(fmt::format("epochs: expected >= 0 (0 = task default), got {}", epochs));
  if (max_steps < 0) throw ConfigError(fmt::format("max_steps: expected >= 0, got {}", max_steps));
  if (batch_size < 0) throw ConfigError(fmt::format("batch_size: expected >= 0 (0 = task default), got {}", batch_size));
  if (grad_accumulation < 0)
    throw ConfigError(fmt::format("grad_accumulation: expected >= 0 (0 = task default), got {}", grad_accumulation));
  if (learning_rate < 0.0)
    throw ConfigError(fmt::format("learning_rate: expected > 0 (0 = task default), got {}", learning_rate));
  if (!(warmup_ratio >= 0.0 && warmup_ratio < 1.0))
    throw ConfigError(fmt::format("warmup_ratio: expected in [0, 1), got {}", warmup_ratio));
  if (max_seq_length < 0) throw ConfigError(fmt::format("max_seq_length: expected >= 0, got {}", max_seq_length));
  if (max_grad_norm < 0.0) throw ConfigError(fmt::format("max_grad_norm: expected >= 0, got {}", max_grad_norm));
  if (eval_every < 0) throw ConfigError(fmt::format("eval_every: expected >= 0 (0 = task default), got {}", eval_every));
  if (save_every < 0) throw ConfigError(fmt::format("save_every: expected >= 0 (0 = task default), got {}", save_every));
  if (early_stopping_patience < 0)
    throw ConfigError(fmt::format("early_stopping_patience: expected >= 0, got {}", early_stopping_patience));
  if (stop_at_step < 0) throw ConfigError(fmt::format("stop_at_step: expected >= 0, got {}", stop_at_step));
  if (threads < 0) throw ConfigError(fmt::format("threads: expected >= 0 (0 = all cores), got {}", threads));
  if (early_stopping_patience > 0 && no_eval)
    throw ConfigError("early_stopping_patience: needs evaluation, but no_eval is set");
}

model::HeadKind head_kind_for_task(const std::string& task) { return task_training_defaults(task).head_kind; }

nlohmann::json resolved_training_args(const RunTrainingOptions& options, const std::string& task) {
  return to_json(resolve(options, task), options);
}

RunTrainingResult run_training(const RunTrainingOptions& options) {
  options.validate();
  const std::vector<std::string> tasks = split_commas(options.task);
  if (tasks.empty()) throw ConfigError(fmt::format("task: no task name in '{}'", options.task));
  // Several tasks, or one task plus continued MLM: one shared encoder, one head per slot.
  if (tasks.size() > 1 || !options.mlm_text.empty()) return run_multi_task(options, tasks);

  const auto start = Clock::now();
  RunRecord record = start_run_record("train");
  RunTrainingResult result;
  Resolved r = resolve(options, tasks.front());  // unknown / untrainable task -> error here
  const TaskTrainingDefaults& d = r.defaults;
  result.head_kind = d.head_kind;

  const fs::path init(options.init_dir);
  const fs::path out(options.out_dir);
  const fs::path config_path = init / "config.json";
  const fs::path weights_path = init / "model.safetensors";
  const fs::path vocab_path = init / "vocab.txt";
  require_file(config_path, "config.json");
  require_file(weights_path, "model.safetensors");
  require_file(vocab_path, "vocab.txt");
  check_out_dir(out, options.resume);

  const io::BertConfig config = io::read_bert_config(config_path.string());
  fit_positions(&r, options, config, config_path.string());
  options.fusion.validate(config);  // before any data is read
  runtime::set_threads(options.threads);

  // Data: the English training split and, for selection, the English dev split.
  text::TokenizerOptions tok_options;
  tok_options.lower_case = options.lower_case;
  const text::BertTokenizer tokenizer(text::Vocab::load(vocab_path.string()), tok_options);
  SlotData slot = load_slot(options.data_dir, r, tokenizer);
  result.features = static_cast<int64_t>(slot.data.features.size());
  std::optional<data::Dataset> dev;
  if (!options.no_eval && !d.dev_split.empty()) {
    try {
      data::Dataset ds = data::read_task(options.data_dir, d.dev_task, d.dev_split, d.dev_lang);
      if (ds.labelled)
        dev = std::move(ds);
      else
        XLFUSE_LOG_WARN("[train] {} has no labels; no dev selection, the final weights are kept",
                        ds.files.empty() ? d.dev_task : ds.files.front());
    } catch (const IoError& e) {
      XLFUSE_LOG_WARN("[train] no English dev data for selection ({}); the final weights are kept", e.what());
    }
  }
  record.timings["data_s"] = seconds_since(start);

  // Model: the init folder's encoder under a freshly initialised head (and representation).
  model::TaskModelOptions model_options;
  model_options.seed = r.seed;
  torch::manual_seed(r.seed);  // a representation with weights initialises from torch's generator
  model_options.representation = model::make_representation(options.fusion, config);
  model::TaskModel task_model = model::make_task_model(d.head_kind, config, slot.num_labels, model_options);
  const model::LoadReport load =
      model::load_task_encoder(task_model, io::SafetensorsFile::open(weights_path.string()));
  XLFUSE_LOG_INFO("[train] encoder from {}: {} tensors", weights_path.string(), load.loaded);

  // Chaining: the parent's task chain, when it has one.
  FolderWriter writer;
  writer.config = config;
  writer.vocab_text = io::read_file(vocab_path.string());
  writer.parent = options.init_dir;
  writer.lower_case = options.lower_case;
  writer.max_seq_length = r.max_seq_length;
  writer.seed = r.seed;
  writer.fusion = options.fusion;
  if (model::has_model_info(options.init_dir)) {
    const model::ModelInfo parent = model::read_model_info(options.init_dir);
    if (parent.extra.contains("chain") && parent.extra["chain"].is_array())
      writer.parent_chain = parent.extra["chain"];
    else
      writer.parent_chain = nlohmann::json::array({parent.task});
  }
  nlohmann::json chain = writer.parent_chain;
  chain.push_back(d.task);

  const int32_t pad_id = tokenizer.vocab().pad_id() >= 0 ? tokenizer.vocab().pad_id() : 0;
  const TrainOptions train_options = make_train_options(options, r, out, pad_id, dev.has_value());
  const nlohmann::json args = to_json(r, options);
  fs::create_directories(out);
  std::error_code ec;
  if (!options.resume) fs::remove(out / "metrics.jsonl", ec);

  record.config = args;
  record.config["task_defaults"] = to_json(d);
  record.seed = r.seed;
  record.libtorch_version = libtorch_version();
  record.threads = runtime::current_threads();
  write_run_record((out / "run.json").string(), record);

  auto base_extra = [&]() {
    nlohmann::json extra = nlohmann::json::object();
    extra["training_args"] = args;
    extra["task_defaults"] = to_json(d);
    extra["chain"] = chain;
    extra["train_task"] = d.train_task;
    extra["train_split"] = d.train_split;
    extra["train_lang"] = d.train_lang;
    extra["features"] = result.features;
    return extra;
  };

  // Dev selection: score with the reporting metric, write every new best at once.
  predict::EvaluateOptions eval_options;
  eval_options.max_seq_length = r.max_seq_length;
  eval_options.batch_size = 32;  // XTREME's eval batch
  eval_options.precision = train_options.precision;
  EvalFn eval;
  NewBestFn on_new_best;
  std::string dev_metric;
  if (dev) {
    result.dev_metric = data::task_info(d.dev_task).metric;
    eval = [&](model::TaskModel& m) {
      const predict::Evaluation e = predict::evaluate_model(m, d.dev_task, *dev, tokenizer, eval_options);
      dev_metric = e.metric;
      return e.value;
    };
    on_new_best = [&](model::TaskModel& m, int64_t step, double metric) {
      nlohmann::json extra = base_extra();
      extra["best_metric"] = metric;
      extra["best_step"] = step;
      extra["dev_metric"] = dev_metric;
      extra["dev"] = {{"task", d.dev_task}, {"split", d.dev_split}, {"lang", d.dev_lang}};
      extra["global_step"] = step;
      writer.write(out, m, d.task, slot.labels, extra);
      XLFUSE_LOG_INFO("[train] step {}: new best {} {:.4f}; wrote {}", step, dev_metric, metric, out.string());
    };
  }

  const auto train_start = Clock::now();
  result.summary = train_task_model(task_model, slot.data, train_options, eval, on_new_best);
  record.timings["train_s"] = seconds_since(train_start);
  if (!dev_metric.empty()) result.dev_metric = dev_metric;

  nlohmann::json extra = base_extra();
  extra["global_step"] = result.summary.global_step;
  extra["total_steps"] = result.summary.total_steps;
  extra["final_loss"] = result.summary.final_loss;
  extra["stopped_early"] = result.summary.stopped_early;
  extra["resumed_from"] = result.summary.resumed_from;
  const bool finished = result.summary.global_step >= result.summary.total_steps || result.summary.stopped_early;
  if (dev && result.summary.has_best) {
    extra["best_metric"] = result.summary.best_metric;
    extra["best_step"] = result.summary.best_step;
    extra["dev_metric"] = result.dev_metric;
    extra["dev"] = {{"task", d.dev_task}, {"split", d.dev_split}, {"lang", d.dev_lang}};
    // The weights in OUT are the best's; only the description gains the run's end.
    if (fs::exists(out / "model.safetensors")) writer.write_info(out, d.head_kind, d.task, slot.labels, extra);
  } else if (finished || options.stop_at_step == 0) {
    writer.write(out, task_model, d.task, slot.labels, extra);
  }

  result.seconds = seconds_since(start);
  record.timings["total_s"] = result.seconds;
  record.results = summary_json(result.summary);
  record.results["features"] = result.features;
  record.results["dev_metric"] = result.dev_metric;
  write_run_record((out / "run.json").string(), record);
  return result;
}

namespace {

RunTrainingResult run_multi_task(const RunTrainingOptions& options, const std::vector<std::string>& tasks) {
  const auto start = Clock::now();
  RunRecord record = start_run_record("train");
  RunTrainingResult result;
  if (options.fusion.kind != model::FusionKind::LastLayer)
    throw ConfigError(fmt::format("fusion: multi-task training shares one encoder output; expected last_layer, "
                                  "got '{}'",
                                  options.fusion.kind));
  std::set<std::string> seen;
  for (const auto& t : tasks)
    if (!seen.insert(t).second) throw ConfigError(fmt::format("task: '{}' is listed twice in '{}'", t, options.task));

  // The first task's defaults drive the shared schedule; each slot keeps its own sequence length.
  std::vector<Resolved> resolved;
  for (const auto& t : tasks) resolved.push_back(resolve(options, t));
  const Resolved& first = resolved.front();
  result.head_kind = first.defaults.head_kind;

  const fs::path init(options.init_dir);
  const fs::path out(options.out_dir);
  require_file(init / "config.json", "config.json");
  require_file(init / "model.safetensors", "model.safetensors");
  require_file(init / "vocab.txt", "vocab.txt");
  check_out_dir(out, options.resume);
  const io::BertConfig config = io::read_bert_config((init / "config.json").string());
  for (auto& r : resolved) fit_positions(&r, options, config, (init / "config.json").string());
  runtime::set_threads(options.threads);

  text::TokenizerOptions tok_options;
  tok_options.lower_case = options.lower_case;
  const text::BertTokenizer tokenizer(text::Vocab::load((init / "vocab.txt").string()), tok_options);
  std::vector<SlotData> slots_data;
  for (const auto& r : resolved) {
    slots_data.push_back(load_slot(options.data_dir, r, tokenizer));
    result.features += static_cast<int64_t>(slots_data.back().data.features.size());
  }
  if (!options.mlm_text.empty()) {
    SlotData mlm;
    mlm.task = "mlm";
    mlm.head_kind = model::HeadKind::MaskedLm;
    const int len = first.max_seq_length;
    std::vector<int32_t> pending;
    auto flush = [&]() {
      data::Feature f;
      f.input_ids.push_back(tokenizer.vocab().cls_id());
      f.input_ids.insert(f.input_ids.end(), pending.begin(), pending.end());
      f.input_ids.push_back(tokenizer.vocab().sep_id());
      f.type_ids.assign(f.input_ids.size(), 0);
      f.example_index = static_cast<int64_t>(mlm.data.features.size());
      mlm.data.features.push_back(std::move(f));
      pending.clear();
    };
    for (const auto& file : options.mlm_text) {
      const std::string text = data::read_text_file(file);
      data::LineCursor cursor(text);
      std::string_view line;
      while (cursor.next(&line)) {
        const text::Encoding enc = tokenizer.encode(line);
        // [CLS] ... [SEP] of the line without its specials, packed into blocks of len - 2.
        for (size_t i = 1; i + 1 < enc.ids.size(); ++i) {
          pending.push_back(enc.ids[i]);
          if (static_cast<int>(pending.size()) == len - 2) flush();
        }
      }
    }
    if (!pending.empty()) flush();
    if (mlm.data.features.empty())
      throw FormatError(fmt::format("mlm_text: no tokens in {}", fmt::join(options.mlm_text, ", ")));
    result.features += static_cast<int64_t>(mlm.data.features.size());
    slots_data.push_back(std::move(mlm));
  }

  // One encoder (loaded from --init) shared by every head.
  model::TaskModelOptions model_options;
  model_options.seed = first.seed;
  bool pools = false;
  for (const auto& s : slots_data)
    pools = pools || model::find_head(s.head_kind).uses_pooler;
  model::TaskModel carrier = model::make_task_model(pools ? model::HeadKind::SequenceClassification
                                                          : model::HeadKind::TokenClassification,
                                                    config, 2, model_options);
  const model::LoadReport load =
      model::load_task_encoder(carrier, io::SafetensorsFile::open((init / "model.safetensors").string()));
  XLFUSE_LOG_INFO("[train] shared encoder from {}: {} tensors", options.init_dir, load.loaded);
  std::vector<model::HeadKind> kinds;
  std::vector<int64_t> num_labels;
  for (const auto& s : slots_data) {
    kinds.push_back(s.head_kind);
    num_labels.push_back(s.num_labels);
  }
  std::vector<model::TaskModel> models = make_shared_encoder_models(carrier->bert, kinds, num_labels, model_options);
  std::vector<MultiTaskSlot> slots;
  for (size_t i = 0; i < slots_data.size(); ++i) {
    MultiTaskSlot s;
    s.task = slots_data[i].task;
    s.model = models[i];
    s.data = std::move(slots_data[i].data);
    slots.push_back(std::move(s));
  }

  const int32_t pad_id = tokenizer.vocab().pad_id() >= 0 ? tokenizer.vocab().pad_id() : 0;
  RunTrainingOptions shared = options;
  shared.no_eval = true;  // no single dev metric for several tasks: the final weights are kept
  TrainOptions train_options = make_train_options(shared, first, out, pad_id, false);
  train_options.mlm.mask_id = tokenizer.vocab().mask_id();
  train_options.mlm.vocab_size = config.vocab_size;
  train_options.mlm.special_ids = {tokenizer.vocab().cls_id(), tokenizer.vocab().sep_id(), tokenizer.vocab().pad_id(),
                                   tokenizer.vocab().unk_id(), tokenizer.vocab().mask_id()};
  fs::create_directories(out);
  std::error_code ec;
  if (!options.resume) fs::remove(out / "metrics.jsonl", ec);

  nlohmann::json args = nlohmann::json::object();
  args["shared"] = to_json(first, shared);
  args["tasks"] = nlohmann::json::array();
  for (const auto& r : resolved) args["tasks"].push_back(to_json(r, shared));
  record.config = args;
  record.seed = first.seed;
  record.libtorch_version = libtorch_version();
  record.threads = runtime::current_threads();
  write_run_record((out / "run.json").string(), record);

  const auto train_start = Clock::now();
  result.summary = train_multi_task(slots, train_options);
  record.timings["train_s"] = seconds_since(train_start);

  FolderWriter writer;
  writer.config = config;
  writer.vocab_text = io::read_file((init / "vocab.txt").string());
  writer.parent = options.init_dir;
  writer.lower_case = options.lower_case;
  writer.seed = first.seed;
  nlohmann::json chain = nlohmann::json::array();
  if (model::has_model_info(options.init_dir)) {
    const model::ModelInfo parent = model::read_model_info(options.init_dir);
    chain = parent.extra.contains("chain") && parent.extra["chain"].is_array() ? parent.extra["chain"]
                                                                               : nlohmann::json::array({parent.task});
  }
  std::string joined;
  nlohmann::json slot_list = nlohmann::json::array();
  for (const auto& s : slots) {
    joined += (joined.empty() ? "" : "+") + s.task;
    slot_list.push_back({{"task", s.task}, {"head_kind", to_string(s.model->head_kind())}, {"folder", "heads/" + s.task}});
  }
  chain.push_back(joined);
  nlohmann::json extra = nlohmann::json::object();
  extra["training_args"] = args;
  extra["tasks"] = slot_list;
  extra["chain"] = chain;
  extra["global_step"] = result.summary.global_step;
  extra["total_steps"] = result.summary.total_steps;
  extra["final_loss"] = result.summary.final_loss;
  extra["features"] = result.features;
  const bool finished = result.summary.global_step >= result.summary.total_steps;
  if (finished || options.stop_at_step == 0) {
    for (size_t i = 0; i < slots.size(); ++i) {
      const data::TaskInfo* info = slots[i].task == "mlm" ? nullptr : &data::task_info(resolved[i].defaults.train_task);
      const std::vector<std::string> labels = info ? head_labels(kinds[i], *info) : std::vector<std::string>{};
      writer.max_seq_length = i < resolved.size() ? resolved[i].max_seq_length : first.max_seq_length;
      nlohmann::json slot_extra = extra;
      slot_extra["multi_task"] = joined;
      writer.write(out / "heads" / slots[i].task, slots[i].model, slots[i].task, labels, slot_extra);
    }
    // OUT itself: the first task's model, described as the multi-task run.
    writer.max_seq_length = first.max_seq_length;
    const std::vector<std::string> labels0 = head_labels(kinds[0], data::task_info(first.defaults.train_task));
    writer.write(out, slots[0].model, joined, labels0, extra);
  }

  result.seconds = seconds_since(start);
  record.timings["total_s"] = result.seconds;
  record.results = summary_json(result.summary);
  record.results["features"] = result.features;
  write_run_record((out / "run.json").string(), record);
  return result;
}

}  // namespace

}  // namespace xlfuse::train
