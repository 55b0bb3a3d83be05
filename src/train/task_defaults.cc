// XTREME's per-task training settings; see task_defaults.h. Numbers from xtreme-facts.md 3.4
// (the mBERT column): effective batch = batch_size x grad_accumulation.
#include "xlfuse/train/task_defaults.h"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "xlfuse/core/error.h"
#include "xlfuse/data/task_registry.h"

namespace xlfuse::train {

namespace {

// Sentence classification as train_xnli.sh: lr 2e-5, 8 x 4, 128 tokens, 5 epochs, checkpoint
// every 100 updates keeping the best English dev accuracy.
TaskTrainingDefaults classification() {
  TaskTrainingDefaults d;
  d.head_kind = model::HeadKind::SequenceClassification;
  d.learning_rate = 2e-5;
  d.epochs = 5;
  d.batch_size = 8;
  d.grad_accumulation = 4;
  d.max_seq_length = 128;
  d.eval_every = 100;
  d.source = "scripts/train_xnli.sh (run_classify.py)";
  return d;
}

// Tagging as train_udpos.sh / train_panx.sh: lr 2e-5, 8 x 4, 128, 10 epochs, seed 1, best en dev F1.
TaskTrainingDefaults tagging() {
  TaskTrainingDefaults d;
  d.head_kind = model::HeadKind::TokenClassification;
  d.learning_rate = 2e-5;
  d.epochs = 10;
  d.batch_size = 8;
  d.grad_accumulation = 4;
  d.max_seq_length = 128;
  d.seed = 1;
  d.eval_every = 500;
  d.source = "scripts/train_udpos.sh (run_tag.py)";
  return d;
}

// Extractive QA as train_qa.sh: lr 3e-5, 4 x 8 for every model, 384 / stride 128 / query 64,
// 3 epochs, warm-up 500, weight decay 1e-4. The script selects no checkpoint; the English dev
// split of the training task is used when it has answers.
TaskTrainingDefaults qa() {
  TaskTrainingDefaults d;
  d.head_kind = model::HeadKind::QuestionAnswering;
  d.learning_rate = 3e-5;
  d.epochs = 3;
  d.batch_size = 4;
  d.grad_accumulation = 8;
  d.max_seq_length = 384;
  d.doc_stride = 128;
  d.max_query_length = 64;
  d.warmup_steps = 500;
  d.weight_decay = 1e-4;
  d.eval_every = 1000;
  d.source = "scripts/train_qa.sh (run_squad.py)";
  return d;
}

// Multiple choice as train_xcopa.sh (run_xcopa.py, both stages): lr 2e-5, 8 x 4, 128, 5 epochs.
TaskTrainingDefaults multiple_choice() {
  TaskTrainingDefaults d;
  d.head_kind = model::HeadKind::MultipleChoice;
  d.learning_rate = 2e-5;
  d.epochs = 5;
  d.batch_size = 8;
  d.grad_accumulation = 4;
  d.max_seq_length = 128;
  d.eval_every = 100;
  d.source = "scripts/train_xcopa.sh (run_xcopa.py)";
  return d;
}

}  // namespace

TaskTrainingDefaults task_training_defaults(const std::string& task) {
  const data::TaskInfo& info = data::task_info(task);  // unknown -> invalid_argument listing names
  TaskTrainingDefaults d;
  if (task == "tatoeba" || task == "bucc2018") {
    throw ConfigError(fmt::format(
        "task '{}' needs no training: XTREME scores it with the pretrained encoder's mean/[CLS]-pooled "
        "hidden states (xlfuse predict --task {} --model <pretrained folder>)",
        task, task));
  }
  switch (info.kind) {
    case data::TaskKind::Classification:
      d = classification();
      if (task == "pawsx") {
        d.eval_every = 200;  // train_pawsx.sh: save_steps 200
        d.source = "scripts/train_pawsx.sh (run_classify.py)";
      }
      if (info.intermediate) {
        d.epochs = 3;  // run_glue's default for the English intermediate tasks (Phang et al. 2020)
        d.source = "transformers run_glue.py defaults with XTREME's lr and batch";
      }
      break;
    case data::TaskKind::Tagging:
      d = tagging();
      if (task == "panx") {
        d.eval_every = 1000;  // train_panx.sh: save_steps 1000
        d.source = "scripts/train_panx.sh (run_tag.py)";
      }
      break;
    case data::TaskKind::Qa:
      d = qa();
      if (task == "xquad" || task == "mlqa") {
        d.train_task = "squad";  // XQuAD and MLQA train on SQuAD v1.1
      }
      break;
    case data::TaskKind::MultipleChoice:
      d = multiple_choice();
      if (task == "siqa") d.source = "scripts/train_xcopa.sh stage 1 (run_xcopa.py, SIQA)";
      break;
    case data::TaskKind::Retrieval:
      d.head_kind = model::HeadKind::DualEncoder;
      d.weight_decay = 0.0;
      d.warmup_steps = 0;
      if (task == "lareqa") {
        // train_lareqa.sh: SQuAD v1.1 question -> (answer sentence, paragraph), 4 x 4, 3 epochs;
        // the paper took a fixed checkpoint, so no dev selection.
        d.train_task = "squad";
        d.learning_rate = 2e-5;
        d.epochs = 3;
        d.batch_size = 4;
        d.grad_accumulation = 4;
        d.max_seq_length = 256;
        d.max_query_seq_length = 96;
        d.save_every = 1000;
        d.source = "scripts/train_lareqa.sh (run_retrieval_qa.py)";
      } else if (task == "mewslix") {
        // train_mewslix.sh: wikipedia_pairs-train.jsonl, 64 x 4, 64 tokens, 2 epochs.
        d.train_lang = "multi";
        d.learning_rate = 2e-5;
        d.epochs = 2;
        d.batch_size = 64;
        d.grad_accumulation = 4;
        d.max_seq_length = 64;
        d.max_query_seq_length = 64;
        d.save_every = 1000;
        d.source = "scripts/train_mewslix.sh (run_retrieval_el.py)";
      } else {
        throw ConfigError(fmt::format("task '{}': no training recipe for this retrieval task", task));
      }
      break;
  }
  d.task = task;
  if (d.train_task.empty()) d.train_task = task;
  const data::DataRef dev = data::english_dev(task);
  d.dev_task = dev.task;
  d.dev_split = dev.split;
  d.dev_lang = dev.empty() ? "en" : dev.lang;
  return d;
}

std::vector<std::string> trainable_tasks() {
  std::vector<std::string> out;
  for (const auto& name : data::task_names()) {
    try {
      task_training_defaults(name);
      out.push_back(name);
    } catch (const ConfigError&) {
    }
  }
  return out;
}

nlohmann::json to_json(const TaskTrainingDefaults& d) {
  return {{"task", d.task},
          {"train_task", d.train_task},
          {"train_split", d.train_split},
          {"train_lang", d.train_lang},
          {"dev_task", d.dev_task},
          {"dev_split", d.dev_split},
          {"dev_lang", d.dev_lang},
          {"head_kind", to_string(d.head_kind)},
          {"learning_rate", d.learning_rate},
          {"epochs", d.epochs},
          {"batch_size", d.batch_size},
          {"grad_accumulation", d.grad_accumulation},
          {"max_seq_length", d.max_seq_length},
          {"max_query_seq_length", d.max_query_seq_length},
          {"doc_stride", d.doc_stride},
          {"max_query_length", d.max_query_length},
          {"warmup_steps", d.warmup_steps},
          {"weight_decay", d.weight_decay},
          {"seed", d.seed},
          {"eval_every", d.eval_every},
          {"save_every", d.save_every},
          {"source", d.source}};
}

}  // namespace xlfuse::train
