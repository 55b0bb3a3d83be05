// Writes the batch file of the peer comparison (layout: batch_file.h): UD-POS English examples
// tokenised with the mBERT vocabulary, in the batches and padding each xlfuse benchmark uses, so
// that xlfuse (xlfuse_peer_row) and the PyTorch peer (peer_bench.py) run identical inputs.
//
//   peer_export_batches --out FILE [--data DIR] [--vocab FILE] [--infer-batches N]
//                       [--train-batches N] [--pretrain-batches N]
//
// --data defaults to ../shared/data/xtreme (or $XLFUSE_SHARED_DIR/data/xtreme); when that has no
// udpos/ the bundled examples/data/xtreme-mini is used, and the choice is printed and recorded.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "../trainer_sampler.h"
#include "batch_file.h"
#include "xlfuse/data/batching.h"
#include "xlfuse/data/feature.h"
#include "xlfuse/data/mlm_masking.h"
#include "xlfuse/data/task_features.h"
#include "xlfuse/data/task_files.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/io/safetensors.h"
#include "xlfuse/text/tokenizer.h"
#include "xlfuse/text/vocab.h"

namespace {

namespace fs = std::filesystem;
using namespace xlfuse;

constexpr int64_t kXtremeLength = 128;  // the XTREME scripts pad every example to this
constexpr int64_t kInferBatch = 32;
constexpr int64_t kTrainBatch = 8;

struct Options {
  std::string out;
  std::string data;
  std::string vocab;
  int64_t infer_batches = 4;
  int64_t train_batches = 3;
  int64_t pretrain_batches = 2;
};

// One batch as stored: [rows, width] each.
struct StoredBatch {
  int64_t rows = 0, width = 0;
  std::vector<int64_t> input_ids, attention_mask, token_type_ids, labels;
  int64_t real_tokens() const {
    int64_t n = 0;
    for (auto m : attention_mask) n += m;
    return n;
  }
};

// features[rows] padded to `width` (0 = the longest row): pad id, mask 0, type 0, label -100.
StoredBatch make_batch(const std::vector<data::Feature>& features, const std::vector<int64_t>& rows, int64_t width,
                       int32_t pad_id) {
  StoredBatch b;
  b.rows = static_cast<int64_t>(rows.size());
  for (auto i : rows) b.width = std::max<int64_t>(b.width, static_cast<int64_t>(features[static_cast<size_t>(i)].length()));
  b.width = std::max(b.width, width);
  const auto n = static_cast<size_t>(b.rows * b.width);
  b.input_ids.assign(n, pad_id);
  b.attention_mask.assign(n, 0);
  b.token_type_ids.assign(n, 0);
  b.labels.assign(n, data::kIgnoreIndex);
  for (int64_t r = 0; r < b.rows; ++r) {
    const auto& f = features[static_cast<size_t>(rows[static_cast<size_t>(r)])];
    for (size_t t = 0; t < f.input_ids.size(); ++t) {
      const auto at = static_cast<size_t>(r * b.width) + t;
      b.input_ids[at] = f.input_ids[t];
      b.attention_mask[at] = 1;
      b.token_type_ids[at] = f.type_ids[t];
      if (!f.token_labels.empty()) b.labels[at] = f.token_labels[t];
    }
  }
  return b;
}

std::vector<int64_t> lengths_of(const std::vector<data::Feature>& features) {
  std::vector<int64_t> lengths;
  for (const auto& f : features) lengths.push_back(static_cast<int64_t>(f.length()));
  return lengths;
}

// `count` of `batches` spread evenly over their order (all when count >= their number).
std::vector<std::vector<int64_t>> spread(const std::vector<std::vector<int64_t>>& batches, int64_t count) {
  const auto n = static_cast<int64_t>(batches.size());
  if (count >= n) return batches;
  std::vector<std::vector<int64_t>> out;
  for (int64_t i = 0; i < count; ++i) out.push_back(batches[static_cast<size_t>((2 * i + 1) * n / (2 * count))]);
  return out;
}

// Prediction's batches (all features sorted by length, cut into batches of 32, full ones only),
// `count` of them spread over the length range (bench_infer_throughput's choice).
std::vector<std::vector<int64_t>> inference_batches(const std::vector<data::Feature>& features, int64_t count) {
  data::SamplerOptions s;
  s.batch_size = kInferBatch;
  s.shuffle = false;
  s.bucket_by_length = true;
  auto all = data::make_batches(lengths_of(features), s);
  if (!all.empty() && static_cast<int64_t>(all.back().size()) < kInferBatch) all.pop_back();
  return spread(all, count);
}

// Epoch 0 of the trainer's sampler (batch 8, shuffled, bucketed in windows of 50 batches, seed
// 42), its batches ordered by their longest row, `count` of them spread over that order
// (bench_train_throughput's choice: a few consecutive batches can all be short or all long).
std::vector<std::vector<int64_t>> training_batches(const std::vector<data::Feature>& features, int64_t count) {
  const auto lengths = lengths_of(features);
  auto order = data::make_batches(lengths, xlfuse::bench::trainer_sampler(kTrainBatch), 0);
  if (!order.empty() && static_cast<int64_t>(order.back().size()) < kTrainBatch) order.pop_back();
  auto longest = [&](const std::vector<int64_t>& rows) {
    int64_t n = 0;
    for (auto i : rows) n = std::max(n, lengths[static_cast<size_t>(i)]);
    return n;
  };
  std::stable_sort(order.begin(), order.end(), [&](const auto& a, const auto& b) { return longest(a) < longest(b); });
  return spread(order, count);
}

// Blocks of 128 as `xlfuse pretrain` packs text (data/mlm_blocks.h): every feature's sub-words
// without its [CLS]/[SEP], in order, cut into 126 and framed as [CLS] block [SEP]; the first
// `batches` x 8 blocks, masked as BERT (seed 42, one key per block).
std::vector<StoredBatch> pretraining_batches(const std::vector<data::Feature>& features, const text::Vocab& vocab,
                                             int64_t batches) {
  std::vector<int32_t> stream;
  for (const auto& f : features)
    if (f.input_ids.size() > 2) stream.insert(stream.end(), f.input_ids.begin() + 1, f.input_ids.end() - 1);
  const int64_t body = kXtremeLength - 2;
  const int64_t wanted = batches * kTrainBatch;
  if (static_cast<int64_t>(stream.size()) < wanted * body)
    throw std::runtime_error(fmt::format("pretraining blocks: {} sub-words give fewer than {} blocks of {}",
                                         stream.size(), wanted, kXtremeLength));
  data::MlmMaskingOptions mlm;
  mlm.mask_id = vocab.mask_id();
  mlm.vocab_size = static_cast<int64_t>(vocab.size());
  mlm.special_ids = {vocab.cls_id(), vocab.sep_id(), vocab.pad_id(), vocab.unk_id(), vocab.mask_id()};
  std::vector<StoredBatch> out;
  for (int64_t b = 0; b < batches; ++b) {
    StoredBatch batch;
    batch.rows = kTrainBatch;
    batch.width = kXtremeLength;
    for (int64_t r = 0; r < kTrainBatch; ++r) {
      const int64_t block = b * kTrainBatch + r;
      std::vector<int32_t> ids{vocab.cls_id()};
      ids.insert(ids.end(), stream.begin() + block * body, stream.begin() + (block + 1) * body);
      ids.push_back(vocab.sep_id());
      const auto labels = data::mask_tokens(ids, mlm, 42, static_cast<uint64_t>(block));
      batch.input_ids.insert(batch.input_ids.end(), ids.begin(), ids.end());
      batch.labels.insert(batch.labels.end(), labels.begin(), labels.end());
    }
    batch.attention_mask.assign(batch.input_ids.size(), 1);
    batch.token_type_ids.assign(batch.input_ids.size(), 0);
    out.push_back(std::move(batch));
  }
  return out;
}

// Default data folder: $XLFUSE_SHARED_DIR or ../shared beside the source tree, else the bundled
// mini set (with a message: its sentences are real, but fewer).
std::string default_data_dir(bool* fallback) {
  fs::path shared = XLFUSE_DEFAULT_SHARED_DIR;
  if (const char* env = std::getenv("XLFUSE_SHARED_DIR"); env && *env) shared = env;
  *fallback = !fs::is_directory(shared / "data/xtreme/udpos");
  return (*fallback ? fs::path(XLFUSE_SOURCE_DIR) / "examples/data/xtreme-mini" : shared / "data/xtreme").string();
}

std::string default_vocab() {
  fs::path shared = XLFUSE_DEFAULT_SHARED_DIR;
  if (const char* env = std::getenv("XLFUSE_SHARED_DIR"); env && *env) shared = env;
  const auto vocab = shared / "data/mbert/vocab.txt";
  return fs::is_regular_file(vocab) ? vocab.string()
                                    : (fs::path(XLFUSE_SOURCE_DIR) / "examples/data/mbert-vocab/vocab.txt").string();
}

int64_t int_arg(const std::string& flag, const char* value) {
  char* end = nullptr;
  const long long v = std::strtoll(value, &end, 10);
  if (!*value || *end || v < 1) throw std::invalid_argument(fmt::format("{}: expected a positive integer, got '{}'", flag, value));
  return v;
}

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string flag = argv[i];
    if (i + 1 >= argc) throw std::invalid_argument(fmt::format("{}: missing value", flag));
    const char* value = argv[++i];
    if (flag == "--out") o.out = value;
    else if (flag == "--data") o.data = value;
    else if (flag == "--vocab") o.vocab = value;
    else if (flag == "--infer-batches") o.infer_batches = int_arg(flag, value);
    else if (flag == "--train-batches") o.train_batches = int_arg(flag, value);
    else if (flag == "--pretrain-batches") o.pretrain_batches = int_arg(flag, value);
    else throw std::invalid_argument(fmt::format("unknown flag '{}' (see the comment at the top of export_batches.cc)", flag));
  }
  if (o.out.empty()) throw std::invalid_argument("--out FILE is required");
  return o;
}

}  // namespace

int main(int argc, char** argv) try {
  Options o = parse(argc, argv);
  bool fallback = false;
  if (o.data.empty()) o.data = default_data_dir(&fallback);
  if (o.vocab.empty()) o.vocab = default_vocab();
  if (fallback)
    std::cerr << "peer_export_batches: ../shared/data/xtreme/udpos not found (set XLFUSE_SHARED_DIR); using the "
                 "bundled mini set "
              << o.data << " (real UD sentences, far fewer of them)\n";
  const text::BertTokenizer tokenizer(text::Vocab::load(o.vocab));
  const auto& vocab = tokenizer.vocab();
  const auto& task = data::task_info("udpos");
  const auto test = data::make_task_features(task, data::read_task(o.data, "udpos", "test", "en"), tokenizer);
  const auto train = data::make_task_features(task, data::read_task(o.data, "udpos", "train", "en"), tokenizer);

  std::map<std::string, std::vector<StoredBatch>> sets;
  for (const auto& rows : inference_batches(test, o.infer_batches)) {
    sets["infer_padded128"].push_back(make_batch(test, rows, kXtremeLength, vocab.pad_id()));
    sets["infer_bucketed"].push_back(make_batch(test, rows, 0, vocab.pad_id()));
  }
  for (const auto& rows : training_batches(train, o.train_batches)) {
    sets["train_padded128"].push_back(make_batch(train, rows, kXtremeLength, vocab.pad_id()));
    sets["train_bucketed"].push_back(make_batch(train, rows, 0, vocab.pad_id()));
  }
  sets["pretrain"] = pretraining_batches(train, vocab, o.pretrain_batches);

  nlohmann::json meta;
  meta["data"] = fs::absolute(o.data).string();
  meta["data_is_fallback"] = fallback;
  meta["vocab"] = fs::absolute(o.vocab).string();
  meta["vocab_size"] = vocab.size();
  std::vector<io::TensorToWrite> tensors;
  for (const char* name : xlfuse::bench::peer::kSets) {
    const auto& batches = sets[name];
    if (batches.empty()) throw std::runtime_error(fmt::format("set {}: no full batch in {}", name, o.data));
    int64_t real = 0, positions = 0;
    for (size_t i = 0; i < batches.size(); ++i) {
      const auto& b = batches[i];
      const std::vector<int64_t> shape{b.rows, b.width};
      using xlfuse::bench::peer::tensor_name;
      const auto idx = static_cast<int64_t>(i);
      tensors.push_back(io::TensorToWrite::i64(tensor_name(name, idx, "input_ids"), shape, b.input_ids.data()));
      tensors.push_back(io::TensorToWrite::i64(tensor_name(name, idx, "attention_mask"), shape, b.attention_mask.data()));
      tensors.push_back(io::TensorToWrite::i64(tensor_name(name, idx, "token_type_ids"), shape, b.token_type_ids.data()));
      tensors.push_back(io::TensorToWrite::i64(tensor_name(name, idx, "labels"), shape, b.labels.data()));
      real += b.real_tokens();
      positions += b.rows * b.width;
    }
    meta["sets"][name] = {{"batches", batches.size()}, {"rows", batches.front().rows},
                          {"real_tokens", real}, {"positions", positions}};
    std::cout << fmt::format("{:<16} {} batches of {}, {} real tokens in {} positions\n", name, batches.size(),
                             batches.front().rows, real, positions);
  }
  io::write_safetensors(o.out, tensors, {{xlfuse::bench::peer::kMetadataKey, meta.dump()}});
  std::cout << "wrote " << o.out << "\n";
  return 0;
} catch (const std::exception& e) {
  std::cerr << "peer_export_batches: error: " << e.what() << "\n";
  return 1;
}
