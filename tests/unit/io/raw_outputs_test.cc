// Raw-output files: round trips of every output kind, exact integer ids, metadata checks.
#include "xlfuse/io/raw_outputs.h"

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/io/safetensors.h"

namespace xlfuse::io {
namespace {

RawOutputsMeta meta(std::vector<std::string> labels = {}) {
  RawOutputsMeta m;
  m.model_hash = "0123456789abcdef";
  m.vocab_hash = "fedcba9876543210";
  m.task = "udpos";
  m.split = "test";
  m.lang = "de";
  m.labels = std::move(labels);
  m.head_kind = "token_classification";
  m.fusion = R"({"kind":"last_layer"})";
  m.xlfuse_version = "0.1.0";
  m.extra["max_seq_length"] = "128";
  return m;
}

RawOutputs tagging_outputs() {
  RawOutputs r;
  r.kind = RawOutputKind::Tagging;
  r.meta = meta({"B-PER", "O"});
  r.lengths = {3, 1, 2};
  r.example_index = {0, (int64_t{1} << 40) + 1, 7};  // beyond what F32 holds exactly
  r.window = {0, 0, 1};
  r.choice = {0, 0, 0};
  r.logits = {{1, 2, 3, 4, 5, 6}, {-1.5f, 2.25f}, {0.125f, 7, 8, 9}};
  return r;
}

void expect_equal(const RawOutputs& a, const RawOutputs& b) {
  EXPECT_EQ(a.kind, b.kind);
  EXPECT_EQ(a.example_index, b.example_index);
  EXPECT_EQ(a.window, b.window);
  EXPECT_EQ(a.choice, b.choice);
  EXPECT_EQ(a.lengths, b.lengths);
  EXPECT_EQ(a.logits, b.logits);
  EXPECT_EQ(a.start_logits, b.start_logits);
  EXPECT_EQ(a.end_logits, b.end_logits);
  EXPECT_EQ(a.embeddings, b.embeddings);
  EXPECT_EQ(a.meta.model_hash, b.meta.model_hash);
  EXPECT_EQ(a.meta.vocab_hash, b.meta.vocab_hash);
  EXPECT_EQ(a.meta.task, b.meta.task);
  EXPECT_EQ(a.meta.split, b.meta.split);
  EXPECT_EQ(a.meta.lang, b.meta.lang);
  EXPECT_EQ(a.meta.labels, b.meta.labels);
  EXPECT_EQ(a.meta.head_kind, b.meta.head_kind);
  EXPECT_EQ(a.meta.fusion, b.meta.fusion);
  EXPECT_EQ(a.meta.xlfuse_version, b.meta.xlfuse_version);
  EXPECT_EQ(a.meta.extra, b.meta.extra);
}

TEST(RawOutputs, TaggingRoundTripsWithExactIdsAndPadding) {
  test::TempDir tmp;
  const RawOutputs r = tagging_outputs();
  write_raw_outputs((tmp / "raw.safetensors").string(), r);
  expect_equal(r, read_raw_outputs((tmp / "raw.safetensors").string()));
  // The stored layout: I64 ids and a zero-padded [F, T, L] logits tensor.
  const auto file = io::SafetensorsFile::open((tmp / "raw.safetensors").string());
  EXPECT_EQ(file.find("example_index")->dtype, io::DType::I64);
  EXPECT_EQ(file.find("logits")->shape, (std::vector<int64_t>{3, 3, 2}));
  const auto flat = file.read_f32("logits");
  EXPECT_EQ(flat[6], -1.5f);
  EXPECT_EQ(flat[8], 0.0f);  // padding of the 1-token feature
  EXPECT_EQ(file.metadata().at("format"), "xlfuse.raw_outputs");
  EXPECT_EQ(file.metadata().at("labels"), "B-PER\nO");
}

TEST(RawOutputs, EveryKindRoundTrips) {
  test::TempDir tmp;
  RawOutputs base;
  base.lengths = {2, 3};
  base.example_index = {0, 0};
  base.window = {0, 1};
  base.choice = {0, 1};

  RawOutputs cls = base;
  cls.kind = RawOutputKind::Classification;
  cls.meta = meta({"a", "b", "c"});
  cls.logits = {{1, 2, 3}, {4, 5, 6}};
  RawOutputs mc = base;
  mc.kind = RawOutputKind::MultipleChoice;
  mc.meta = meta();
  mc.logits = {{0.5f}, {-0.5f}};
  RawOutputs qa = base;
  qa.kind = RawOutputKind::Qa;
  qa.meta = meta();
  qa.start_logits = {{1, 2}, {3, 4, 5}};
  qa.end_logits = {{-1, -2}, {-3, -4, -5}};
  RawOutputs emb = base;
  emb.kind = RawOutputKind::Embeddings;
  emb.meta = meta();
  emb.embeddings = {{1, 0, 0, 0}, {0, 1, 0, 0}};
  int i = 0;
  for (const RawOutputs* r : {&cls, &mc, &qa, &emb}) {
    const std::string path = (tmp / ("raw" + std::to_string(i++) + ".safetensors")).string();
    write_raw_outputs(path, *r);
    expect_equal(*r, read_raw_outputs(path));
  }
}

TEST(RawOutputs, RefusesMismatchedMetadata) {
  test::TempDir tmp;
  const std::string path = (tmp / "raw.safetensors").string();
  write_raw_outputs(path, tagging_outputs());
  RawOutputsMeta expected;
  expected.vocab_hash = "fedcba9876543210";
  expected.task = "udpos";
  expected.labels = {"B-PER", "O"};
  EXPECT_NO_THROW(read_raw_outputs(path, expected));  // fields left empty are not compared
  RawOutputsMeta other_vocab = expected;
  other_vocab.vocab_hash = "1111111111111111";
  XLFUSE_EXPECT_THROW_WITH(read_raw_outputs(path, other_vocab), ConfigError, "vocab_hash");
  RawOutputsMeta other_labels = expected;
  other_labels.labels = {"O", "B-PER"};
  XLFUSE_EXPECT_THROW_WITH(read_raw_outputs(path, other_labels), ConfigError, "labels differ");
  RawOutputsMeta other_lang = expected;
  other_lang.lang = "fr";
  XLFUSE_EXPECT_THROW_WITH(read_raw_outputs(path, other_lang), ConfigError, "lang");
}

TEST(RawOutputs, RefusesFilesThatAreNotRawOutputs) {
  test::TempDir tmp;
  const float values[2] = {1, 2};
  const std::string plain = (tmp / "plain.safetensors").string();
  io::write_safetensors(plain, {io::TensorToWrite::f32("embeddings", {1, 2}, values)}, {{"layer", "8"}});
  XLFUSE_EXPECT_THROW_WITH(read_raw_outputs(plain), FormatError, "\"format\" is missing");

  // A tagging file whose logits lost a dimension.
  RawOutputs r = tagging_outputs();
  const std::string path = (tmp / "raw.safetensors").string();
  write_raw_outputs(path, r);
  const auto file = io::SafetensorsFile::open(path);
  std::vector<io::TensorToWrite> tensors;
  std::vector<std::vector<int64_t>> ints;
  for (const char* name : {"example_index", "window", "choice", "lengths"}) ints.push_back(file.read_i64(name));
  const char* names[] = {"example_index", "window", "choice", "lengths"};
  for (size_t i = 0; i < 4; ++i) tensors.push_back(io::TensorToWrite::i64(names[i], {3}, ints[i].data()));
  const std::vector<float> flat = file.read_f32("logits");
  tensors.push_back(io::TensorToWrite::f32("logits", {3, 6}, flat.data()));
  const std::string broken = (tmp / "broken.safetensors").string();
  io::write_safetensors(broken, tensors, file.metadata());
  XLFUSE_EXPECT_THROW_WITH(read_raw_outputs(broken), FormatError, "logits");
}

// Fuzzing finding (fuzz_raw_outputs): a negative entry in "lengths" made the reader size a row
// from it (std::length_error escaping instead of a FormatError).
TEST(RawOutputs, RefusesNegativeLengths) {
  test::TempDir tmp;
  const std::string path = (tmp / "raw.safetensors").string();
  write_raw_outputs(path, tagging_outputs());
  const auto file = io::SafetensorsFile::open(path);
  const char* names[] = {"example_index", "window", "choice", "lengths"};
  std::vector<std::vector<int64_t>> ints;
  for (const char* name : names) ints.push_back(file.read_i64(name));
  ints[3] = {3, -5, 2};  // the longest stays 3, so the logits' shape still matches
  std::vector<io::TensorToWrite> tensors;
  for (size_t i = 0; i < 4; ++i) tensors.push_back(io::TensorToWrite::i64(names[i], {3}, ints[i].data()));
  const std::vector<float> flat = file.read_f32("logits");
  tensors.push_back(io::TensorToWrite::f32("logits", {3, 3, 2}, flat.data()));
  const std::string broken = (tmp / "negative.safetensors").string();
  io::write_safetensors(broken, tensors, file.metadata());
  XLFUSE_EXPECT_THROW_WITH(read_raw_outputs(broken), FormatError, "feature 1 has length -5");
}

TEST(RawOutputs, ValidateNamesTheBadArray) {
  RawOutputs r = tagging_outputs();
  r.logits[1].push_back(0);
  XLFUSE_EXPECT_THROW_WITH(r.validate(), std::invalid_argument, "logits of feature 1");
  r = tagging_outputs();
  r.window.pop_back();
  XLFUSE_EXPECT_THROW_WITH(r.validate(), std::invalid_argument, "window");
}

TEST(RawOutputs, SafetensorsWritesI32AndI64Exactly) {
  test::TempDir tmp;
  const int64_t big[2] = {-(int64_t{1} << 62), 9007199254740993};
  const int32_t small[3] = {-7, 0, 2147483647};
  const float f[1] = {0.5f};
  const std::string path = (tmp / "ints.safetensors").string();
  io::write_safetensors(path, {io::TensorToWrite::i64("big", {2}, big), io::TensorToWrite::i32("small", {3}, small),
                               {"f", {1}, f}});
  const auto file = io::SafetensorsFile::open(path);
  EXPECT_EQ(file.find("small")->dtype, io::DType::I32);
  EXPECT_EQ(file.read_i64("big"), (std::vector<int64_t>{big[0], big[1]}));
  EXPECT_EQ(file.read_i64("small"), (std::vector<int64_t>{-7, 0, 2147483647}));
  EXPECT_EQ(file.read_f32("f"), std::vector<float>{0.5f});
  XLFUSE_EXPECT_THROW_WITH(file.read_i64("f"), FormatError, "dtype F32");
  XLFUSE_EXPECT_THROW_WITH(file.read_f32("big"), FormatError, "I64");
  io::TensorToWrite bad = io::TensorToWrite::i64("x", {1}, big);
  bad.dtype = io::DType::F16;
  XLFUSE_EXPECT_THROW_WITH(io::write_safetensors((tmp / "bad.safetensors").string(), {bad}), std::invalid_argument,
                           "F16");
}

TEST(RawOutputs, FileFingerprintIsFnv1a64) {
  test::TempDir tmp;
  test::write_file(tmp / "empty", "");
  test::write_file(tmp / "a", "a");
  EXPECT_EQ(file_fingerprint((tmp / "empty").string()), "cbf29ce484222325");
  EXPECT_EQ(file_fingerprint((tmp / "a").string()), "af63dc4c8601ec8c");
  XLFUSE_EXPECT_THROW_WITH(file_fingerprint((tmp / "none").string()), IoError, "none");
}

}  // namespace
}  // namespace xlfuse::io
