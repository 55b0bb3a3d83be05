#pragma once
// Shared by the trainer tests on real data (../shared/data): a few English examples of a task,
// tokenised with mBERT's vocabulary, then re-numbered into a compact vocabulary so that a tiny
// encoder (hidden 32, 2 layers) can learn them in a few seconds, and per-head "is it learnt"
// checks.
#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include <torch/torch.h>

#include "test_utils.h"
#include "xlfuse/data/batching.h"
#include "xlfuse/data/feature.h"
#include "xlfuse/data/task_features.h"
#include "xlfuse/data/task_files.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/io/hf_config.h"
#include "xlfuse/model/task_model.h"
#include "xlfuse/text/tokenizer.h"
#include "xlfuse/text/vocab.h"
#include "xlfuse/train/optimizer.h"
#include "xlfuse/train/trainer.h"

namespace xlfuse::train::real_data {

inline std::filesystem::path xtreme_dir() { return test::shared_dir() / "data" / "xtreme"; }

inline const text::BertTokenizer& mbert_tokenizer() {
  static const text::BertTokenizer tokenizer(
      text::Vocab::load((test::shared_dir() / "data" / "mbert" / "vocab.txt").string()));
  return tokenizer;
}

// mBERT ids -> 0..n-1: [PAD] 0, [UNK] 1, [CLS] 2, [SEP] 3, [MASK] 4, then first-seen order.
class CompactVocab {
 public:
  static constexpr int32_t kPad = 0, kUnk = 1, kCls = 2, kSep = 3, kMask = 4;
  CompactVocab() {
    map_[0] = kPad;
    map_[100] = kUnk;
    map_[101] = kCls;
    map_[102] = kSep;
    map_[103] = kMask;
  }
  void apply(std::vector<data::Feature>& features) {
    for (auto& f : features)
      for (auto& id : f.input_ids) {
        auto it = map_.find(id);
        if (it == map_.end()) it = map_.emplace(id, static_cast<int32_t>(map_.size())).first;
        id = it->second;
      }
  }
  int64_t size() const { return static_cast<int64_t>(map_.size()); }

 private:
  std::map<int32_t, int32_t> map_;
};

// tiny_bert's architecture (hidden 32, 2 layers, 4 heads) with the given vocabulary and room
// for `positions` tokens.
inline io::BertConfig tiny_config(int64_t vocab_size, double dropout = 0.0, int64_t positions = 128) {
  auto config = io::read_bert_config((test::test_data_dir() / "tiny_bert" / "config.json").string());
  config.vocab_size = vocab_size;
  config.max_position_embeddings = positions;
  config.hidden_dropout_prob = dropout;
  config.attention_probs_dropout_prob = dropout;
  return config;
}

inline model::TaskModel tiny_model(const std::string& kind, int64_t vocab_size, int64_t num_labels = 2,
                                   double dropout = 0.0, uint64_t seed = 5) {
  model::TaskModelOptions o;
  o.seed = seed;
  return model::make_task_model(model::parse_head_kind(kind), tiny_config(vocab_size, dropout), num_labels, o);
}

// The task's features of (split, lang); only the first `examples` examples are kept.
inline std::vector<data::Feature> task_features(const std::string& task, const std::string& split,
                                                const std::string& lang, size_t examples, int max_seq_length) {
  const auto& info = data::task_info(task);
  auto dataset = data::read_task(xtreme_dir(), task, split, lang);
  std::visit(
      [&](auto& ex) {
        using T = std::decay_t<decltype(ex)>;
        if constexpr (std::is_same_v<T, std::vector<data::PairExample>> ||
                      std::is_same_v<T, std::vector<data::MultipleChoiceExample>> ||
                      std::is_same_v<T, std::vector<data::TaggingExample>> ||
                      std::is_same_v<T, std::vector<data::QaExample>>) {
          if (ex.size() > examples) ex.resize(examples);
        }
      },
      dataset.examples);
  data::TaskFeatureOptions o;
  o.max_seq_length = max_seq_length;
  return data::make_task_features(info, dataset, mbert_tokenizer(), o);
}

// LAReQA (XQuAD-R) English: the first `n` questions paired with their answer sentence.
inline TrainData lareqa_pairs(size_t n, int max_seq_length) {
  auto dataset = data::read_task(xtreme_dir(), "lareqa", "test", "en");
  const auto& ex = std::get<data::LareqaExample>(dataset.examples);
  TrainData out;
  const auto& tok = mbert_tokenizer();
  std::vector<std::string> used;  // in-batch negatives need distinct answers (questions may share one)
  for (const auto& q : ex.questions) {
    if (out.features.size() >= n) break;
    for (const auto& c : ex.candidates) {
      if (std::find(c.xling_ids.begin(), c.xling_ids.end(), q.xling_id) == c.xling_ids.end()) continue;
      if (std::find(used.begin(), used.end(), c.uid) != used.end()) break;
      used.push_back(c.uid);
      auto add = [&](const std::string& text, std::vector<data::Feature>& to) {
        auto enc = tok.encode(text, static_cast<size_t>(max_seq_length));
        data::Feature f;
        f.input_ids = enc.ids;
        f.type_ids = enc.type_ids;
        f.example_index = static_cast<int64_t>(to.size());
        to.push_back(std::move(f));
      };
      add(q.question, out.features);
      add(c.sentence, out.candidates);
      break;
    }
  }
  return out;
}

inline torch::Tensor as_long(std::vector<int64_t>& v, std::vector<int64_t> shape) {
  return torch::from_blob(v.data(), shape, torch::kLong).clone();
}

// All features in one batch (eval mode, no grad): the model's output.
inline model::TaskOutput run_all(model::TaskModel& m, const TrainData& d) {
  torch::NoGradGuard no_grad;
  const bool was = m->is_training();
  m->train(false);
  std::vector<int64_t> all(d.features.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int64_t>(i);
  auto b = data::collate(d.features, all, 0);
  model::TaskInputs in;
  in.input_ids = as_long(b.input_ids, {b.rows, b.width});
  in.attention_mask = as_long(b.attention_mask, {b.rows, b.width});
  in.token_type_ids = as_long(b.type_ids, {b.rows, b.width});
  if (d.choices > 0) {
    const int64_t n = b.rows / d.choices;
    in.input_ids = in.input_ids.view({n, d.choices, b.width});
    in.attention_mask = in.attention_mask.view({n, d.choices, b.width});
    in.token_type_ids = in.token_type_ids.view({n, d.choices, b.width});
  }
  if (!d.candidates.empty()) {
    auto c = data::collate(d.candidates, all, 0);
    in.candidate_input_ids = as_long(c.input_ids, {c.rows, c.width});
    in.candidate_attention_mask = as_long(c.attention_mask, {c.rows, c.width});
    in.candidate_token_type_ids = as_long(c.type_ids, {c.rows, c.width});
  }
  auto out = m->forward(in);
  m->train(was);
  return out;
}

// Accuracy of the head on its own training data: sequence classification (label), multiple
// choice (gold choice), token classification (tags at labelled positions), QA (start and end both
// right), dual encoder (in-batch retrieval: query i ranks candidate i first).
inline double training_accuracy(model::TaskModel& m, const TrainData& d) {
  auto out = run_all(m, d);
  const std::string kind = to_string(m->head_kind());
  int64_t right = 0, total = 0;
  if (kind == "sequence_classification") {
    auto pred = out.logits.argmax(-1);
    for (size_t i = 0; i < d.features.size(); ++i, ++total)
      right += pred[static_cast<int64_t>(i)].item<int64_t>() == d.features[i].label;
  } else if (kind == "multiple_choice") {
    auto pred = out.logits.argmax(-1);
    for (int64_t e = 0; e < pred.size(0); ++e, ++total)
      right += pred[e].item<int64_t>() == d.features[static_cast<size_t>(e * d.choices)].label;
  } else if (kind == "token_classification") {
    auto pred = out.logits.argmax(-1);
    for (size_t i = 0; i < d.features.size(); ++i)
      for (size_t t = 0; t < d.features[i].token_labels.size(); ++t) {
        if (d.features[i].token_labels[t] == data::kIgnoreIndex) continue;
        ++total;
        right += pred[static_cast<int64_t>(i)][static_cast<int64_t>(t)].item<int64_t>() == d.features[i].token_labels[t];
      }
  } else if (kind == "question_answering") {
    auto s = out.start_logits.argmax(-1), e = out.end_logits.argmax(-1);
    for (size_t i = 0; i < d.features.size(); ++i, ++total)
      right += s[static_cast<int64_t>(i)].item<int64_t>() == d.features[i].start_position &&
               e[static_cast<int64_t>(i)].item<int64_t>() == d.features[i].end_position;
  } else if (kind == "dual_encoder") {
    auto pred = out.logits.argmax(-1);
    for (int64_t i = 0; i < pred.size(0); ++i, ++total) right += pred[i].item<int64_t>() == i;
  }
  return total > 0 ? static_cast<double>(right) / static_cast<double>(total) : 0.0;
}

inline std::vector<NamedTensor> params_of(model::TaskModel& m) {
  std::vector<NamedTensor> out;
  for (const auto& p : m->named_parameters()) out.emplace_back(p.key(), p.value().detach().clone());
  return out;
}

}  // namespace xlfuse::train::real_data
