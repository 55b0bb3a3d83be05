#include "xlfuse/io/safetensors.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "test_utils.h"
#include "xlfuse/core/error.h"

namespace xlfuse::io {
namespace {

namespace fs = std::filesystem;

// Builds safetensors bytes by hand: 8-byte little-endian length, header text, data.
std::string make_bytes(const std::string& header, const std::string& data = "") {
  std::string out(8, '\0');
  const uint64_t n = header.size();
  std::memcpy(&out[0], &n, 8);
  return out + header + data;
}

std::string zeros(size_t n) { return std::string(n, '\0'); }

template <typename T>
std::string raw_bytes(const std::vector<T>& values) {
  return std::string(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
}

SafetensorsFile parse(const std::string& bytes) {
  return SafetensorsFile::from_buffer(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(),
                                      "bad.safetensors");
}

// Asserts that parsing `bytes` throws FormatError whose message starts with the file name and
// contains every one of `parts`.
void expect_format_error(const std::string& bytes, const std::vector<std::string>& parts) {
  try {
    parse(bytes);
    ADD_FAILURE() << "expected FormatError, nothing was thrown";
  } catch (const FormatError& e) {
    const std::string message = e.what();
    EXPECT_EQ(message.rfind("bad.safetensors: ", 0), 0u) << "message was: " << message;
    for (const auto& part : parts) {
      EXPECT_NE(message.find(part), std::string::npos)
          << "expected '" << part << "' in: " << message;
    }
  } catch (const std::exception& e) {
    ADD_FAILURE() << "expected FormatError, got: " << e.what();
  }
}

TEST(SafetensorsTest, DTypeNamesAndSizes) {
  EXPECT_EQ(to_string(DType::BF16), "BF16");
  EXPECT_EQ(dtype_from_string("I64"), DType::I64);
  EXPECT_EQ(dtype_size(DType::F64), 8u);
  EXPECT_EQ(dtype_size(DType::F16), 2u);
  EXPECT_EQ(dtype_size(DType::BOOL), 1u);
  XLFUSE_EXPECT_THROW_WITH(dtype_from_string("F8"), FormatError, "known: F64, F32, F16, BF16");
}

TEST(SafetensorsTest, RoundTripWriteRead) {
  test::TempDir dir;
  const std::string path = (dir / "model.safetensors").string();
  const std::vector<float> a = {1.5f, -2.0f, 3.25f, 0.0f, 1e-30f, -7.0f};
  const std::vector<float> b = {42.0f};
  const std::vector<float> empty;
  write_safetensors(
      path,
      {{"layer.weight", {2, 3}, a.data()}, {"bias", {}, b.data()}, {"empty", {0, 4}, empty.data()}},
      {{"format", "pt"}, {"source", "xlfuse test"}});

  const std::string bytes = test::read_file(path);
  uint64_t header_size = 0;
  std::memcpy(&header_size, bytes.data(), 8);
  EXPECT_EQ(header_size % 8, 0u) << "header must be padded to a multiple of 8";
  EXPECT_EQ(bytes.size(), 8 + header_size + (a.size() + b.size()) * 4);

  auto file = SafetensorsFile::open(path);
  EXPECT_EQ(file.path(), path);
  ASSERT_EQ(file.tensors().size(), 3u);
  // Sorted by name; data stored in that order.
  EXPECT_EQ(file.tensors()[0].name, "bias");
  EXPECT_EQ(file.tensors()[1].name, "empty");
  EXPECT_EQ(file.tensors()[2].name, "layer.weight");
  EXPECT_EQ(file.tensors()[0].begin, 0u);
  EXPECT_EQ(file.tensors()[2].begin, 4u);
  EXPECT_EQ(file.metadata().at("source"), "xlfuse test");

  const TensorInfo* w = file.find("layer.weight");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->dtype, DType::F32);
  EXPECT_EQ(w->shape, (std::vector<int64_t>{2, 3}));
  EXPECT_EQ(w->numel(), 6);
  EXPECT_EQ(file.read_f32("layer.weight"), a);
  EXPECT_EQ(file.read_f32("bias"), b);
  EXPECT_TRUE(file.read_f32("empty").empty());
  EXPECT_EQ(file.find("missing"), nullptr);
  XLFUSE_EXPECT_THROW_WITH(file.read_f32("missing"), FormatError, "no tensor named 'missing'");

  // Moving keeps the mapping alive.
  SafetensorsFile moved = std::move(file);
  EXPECT_EQ(moved.read_f32("layer.weight"), a);
}

TEST(SafetensorsTest, HeaderIsSortedAndWithoutMetadataWhenEmpty) {
  test::TempDir dir;
  const std::string path = (dir / "x.safetensors").string();
  const std::vector<float> v = {1, 2};
  write_safetensors(path, {{"b", {1}, v.data()}, {"a", {1}, v.data() + 1}});
  const std::string bytes = test::read_file(path);
  uint64_t n = 0;
  std::memcpy(&n, bytes.data(), 8);
  const std::string header = bytes.substr(8, n);
  EXPECT_EQ(header.find("__metadata__"), std::string::npos);
  EXPECT_LT(header.find("\"a\""), header.find("\"b\""));
  EXPECT_EQ(header.find_last_not_of(' ') + 1, header.rfind('}') + 1) << "padding is spaces";
  auto file = SafetensorsFile::open(path);
  EXPECT_EQ(file.read_f32("a"), std::vector<float>{2});
  EXPECT_EQ(file.read_f32("b"), std::vector<float>{1});
}

TEST(SafetensorsTest, WriteRefusesBadInput) {
  test::TempDir dir;
  const std::string path = (dir / "x.safetensors").string();
  const std::vector<float> v = {1, 2};
  XLFUSE_EXPECT_THROW_WITH(write_safetensors(path, {{"a", {2}, nullptr}}), std::invalid_argument,
                           "tensor 'a' (shape [2]) has no data");
  XLFUSE_EXPECT_THROW_WITH(write_safetensors(path, {{"a", {1}, v.data()}, {"a", {1}, v.data()}}),
                           std::invalid_argument, "tensor 'a' twice");
  XLFUSE_EXPECT_THROW_WITH(write_safetensors(path, {{"a", {-1}, v.data()}}), std::invalid_argument,
                           "invalid shape [-1]");
  XLFUSE_EXPECT_THROW_WITH(write_safetensors(path, {{"__metadata__", {1}, v.data()}}),
                           std::invalid_argument, "reserved");
  EXPECT_FALSE(fs::exists(path));
  EXPECT_TRUE(fs::is_empty(dir.path())) << "no temporary file left behind";
}

TEST(SafetensorsTest, WriteIntoMissingDirectoryIsIoError) {
  test::TempDir dir;
  const std::vector<float> v = {1};
  XLFUSE_EXPECT_THROW_WITH(
      write_safetensors((dir / "no_such_dir/x.safetensors").string(), {{"a", {1}, v.data()}}),
      IoError, "no_such_dir/x.safetensors");
}

TEST(SafetensorsTest, OpenMissingFileIsIoError) {
  XLFUSE_EXPECT_THROW_WITH(SafetensorsFile::open("/nonexistent/model.safetensors"), IoError,
                           "/nonexistent/model.safetensors: cannot open");
}

TEST(SafetensorsTest, OpenShortFileNamesThePath) {
  test::TempDir dir;
  const auto path = dir / "short.safetensors";
  test::write_file(path, "abc");
  XLFUSE_EXPECT_THROW_WITH(SafetensorsFile::open(path.string()), FormatError,
                           path.string() + ": file is 3 bytes, shorter than the 8-byte");
}

// --- F16 / BF16 / F64 conversion on hand-built buffers ---

TEST(SafetensorsTest, ConvertsF16IncludingSubnormalsInfAndNan) {
  const std::vector<uint16_t> halves = {
      0x3c00,  // 1
      0xc000,  // -2
      0x3555,  // 0.333251953125
      0x7bff,  // 65504 (largest normal)
      0x0400,  // 2^-14 (smallest normal)
      0x0001,  // 2^-24 (smallest subnormal)
      0x03ff,  // 1023 * 2^-24 (largest subnormal)
      0x8000,  // -0
      0x7c00,  // inf
      0xfc00,  // -inf
      0x7e00,  // nan
  };
  const std::string bytes =
      make_bytes(R"({"h":{"dtype":"F16","shape":[11],"data_offsets":[0,22]}})", raw_bytes(halves));
  auto file = parse(bytes);
  const std::vector<float> got = file.read_f32("h");
  ASSERT_EQ(got.size(), 11u);
  EXPECT_EQ(got[0], 1.0f);
  EXPECT_EQ(got[1], -2.0f);
  EXPECT_EQ(got[2], 0.333251953125f);
  EXPECT_EQ(got[3], 65504.0f);
  EXPECT_EQ(got[4], std::ldexp(1.0f, -14));
  EXPECT_EQ(got[5], std::ldexp(1.0f, -24));
  EXPECT_EQ(got[6], 1023.0f * std::ldexp(1.0f, -24));
  EXPECT_EQ(got[7], 0.0f);
  EXPECT_TRUE(std::signbit(got[7]));
  EXPECT_EQ(got[8], std::numeric_limits<float>::infinity());
  EXPECT_EQ(got[9], -std::numeric_limits<float>::infinity());
  EXPECT_TRUE(std::isnan(got[10]));
}

TEST(SafetensorsTest, ConvertsBF16) {
  const std::vector<uint16_t> values = {0x3f80, 0xc040, 0x3eab, 0x7f80, 0xff80, 0x7fc0, 0x0001};
  const std::string bytes =
      make_bytes(R"({"b":{"dtype":"BF16","shape":[7],"data_offsets":[0,14]}})", raw_bytes(values));
  const std::vector<float> got = parse(bytes).read_f32("b");
  ASSERT_EQ(got.size(), 7u);
  EXPECT_EQ(got[0], 1.0f);
  EXPECT_EQ(got[1], -3.0f);
  EXPECT_EQ(got[2], 0.333984375f);
  EXPECT_EQ(got[3], std::numeric_limits<float>::infinity());
  EXPECT_EQ(got[4], -std::numeric_limits<float>::infinity());
  EXPECT_TRUE(std::isnan(got[5]));
  EXPECT_EQ(got[6], std::ldexp(1.0f, -133));  // float subnormal, kept exactly
}

TEST(SafetensorsTest, ConvertsF64AndReadsUnalignedData) {
  const std::vector<double> values = {0.1, -1e10, 3.0};
  // A 3-byte header: the data section starts at byte 11, not aligned for doubles.
  const std::string header = R"({"d":{"dtype":"F64","shape":[3],"data_offsets":[0,24]}})";
  const std::string bytes = make_bytes(header + "   ", raw_bytes(values));
  ASSERT_NE((8 + header.size() + 3) % 8, 0u);
  const std::vector<float> got = parse(bytes).read_f32("d");
  EXPECT_EQ(got, (std::vector<float>{0.1f, -1e10f, 3.0f}));
}

TEST(SafetensorsTest, ReadF32RefusesIntegerDTypes) {
  const std::string bytes =
      make_bytes(R"({"ids":{"dtype":"I64","shape":[2],"data_offsets":[0,16]}})", zeros(16));
  auto file = parse(bytes);
  XLFUSE_EXPECT_THROW_WITH(file.read_f32("ids"), FormatError,
                           "bad.safetensors: tensor 'ids' has dtype I64; read_f32 reads only");
  const TensorInfo* ids = file.find("ids");
  ASSERT_NE(ids, nullptr);
  EXPECT_NE(file.data(*ids), nullptr);  // raw bytes are still available
}

TEST(SafetensorsTest, DataRefusesForeignTensorInfo) {
  const std::string bytes =
      make_bytes(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})", zeros(8));
  auto file = parse(bytes);
  TensorInfo forged = *file.find("a");
  forged.end = 1000;
  forged.shape = {250};
  std::vector<float> out(250);
  XLFUSE_EXPECT_THROW_WITH(file.read_f32(forged, out.data()), std::invalid_argument,
                           "does not describe data of this file");
}

TEST(SafetensorsTest, EmptyHeaderWithNoDataIsValid) {
  auto file = parse(make_bytes("{}"));
  EXPECT_TRUE(file.tensors().empty());
  EXPECT_TRUE(file.metadata().empty());
}

// --- one test per malformed case ---

TEST(SafetensorsMalformedTest, ShorterThanEightBytes) {
  expect_format_error(std::string("\x02\0\0", 3), {"file is 3 bytes, shorter than the 8-byte"});
}

TEST(SafetensorsMalformedTest, HeaderLengthBeyondFile) {
  std::string bytes = make_bytes("{}");
  const uint64_t n = 1000;
  std::memcpy(&bytes[0], &n, 8);
  expect_format_error(bytes, {"header length 1000 is beyond the end of the file (10 bytes"});
}

TEST(SafetensorsMalformedTest, HeaderLengthAbsurd) {
  std::string bytes = make_bytes("{}");
  const uint64_t n = 0xffffffffffffff00ull;
  std::memcpy(&bytes[0], &n, 8);
  expect_format_error(bytes, {"header length 18446744073709551360 is larger than the limit"});
}

TEST(SafetensorsMalformedTest, HeaderNotJson) {
  expect_format_error(make_bytes("{\"a\": "), {"header is not valid JSON"});
  expect_format_error(make_bytes(""), {"header is not valid JSON"});
}

TEST(SafetensorsMalformedTest, HeaderNotAnObject) {
  expect_format_error(make_bytes("[1, 2]"), {"header must be a JSON object, found array"});
}

TEST(SafetensorsMalformedTest, HeaderNestedTooDeep) {
  expect_format_error(make_bytes(std::string(5000, '[') + std::string(5000, ']')),
                      {"nests deeper than"});
}

TEST(SafetensorsMalformedTest, TensorEntryNotAnObject) {
  expect_format_error(make_bytes(R"({"w": [1, 2]})"),
                      {"tensor 'w'", "expected an object with dtype, shape and data_offsets"});
}

TEST(SafetensorsMalformedTest, MissingFields) {
  expect_format_error(make_bytes(R"({"w":{"shape":[1],"data_offsets":[0,4]}})", zeros(4)),
                      {"tensor 'w'", "missing field 'dtype'"});
  expect_format_error(make_bytes(R"({"w":{"dtype":"F32","data_offsets":[0,4]}})", zeros(4)),
                      {"tensor 'w'", "missing field 'shape'"});
  expect_format_error(make_bytes(R"({"w":{"dtype":"F32","shape":[1]}})", zeros(4)),
                      {"tensor 'w'", "missing field 'data_offsets'"});
}

TEST(SafetensorsMalformedTest, DTypeNotAString) {
  expect_format_error(make_bytes(R"({"w":{"dtype":4,"shape":[1],"data_offsets":[0,4]}})", zeros(4)),
                      {"tensor 'w'", "field 'dtype' must be a string, found 4"});
}

TEST(SafetensorsMalformedTest, UnknownDType) {
  expect_format_error(
      make_bytes(R"({"w":{"dtype":"F128","shape":[1],"data_offsets":[0,16]}})", zeros(16)),
      {"tensor 'w'", "unknown dtype 'F128'",
       "known: F64, F32, F16, BF16, I64, I32, I16, I8, U8, BOOL"});
}

TEST(SafetensorsMalformedTest, NegativeShape) {
  expect_format_error(
      make_bytes(R"({"w":{"dtype":"F32","shape":[2,-1],"data_offsets":[0,4]}})", zeros(4)),
      {"tensor 'w'", "shape' must be an array of non-negative integers, found [2,-1]"});
}

TEST(SafetensorsMalformedTest, ShapeNotIntegers) {
  expect_format_error(
      make_bytes(R"({"w":{"dtype":"F32","shape":[2.0],"data_offsets":[0,8]}})", zeros(8)),
      {"tensor 'w'", "non-negative integers, found [2.0]"});
  expect_format_error(
      make_bytes(R"({"w":{"dtype":"F32","shape":"2","data_offsets":[0,8]}})", zeros(8)),
      {"tensor 'w'", "non-negative integers, found \"2\""});
}

TEST(SafetensorsMalformedTest, DataOffsetsNotTwoInts) {
  expect_format_error(
      make_bytes(R"({"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4,8]}})", zeros(8)),
      {"tensor 'w'", "data_offsets' must be 2 non-negative integers [begin, end], found [0,4,8]"});
  expect_format_error(
      make_bytes(R"({"w":{"dtype":"F32","shape":[1],"data_offsets":[-4,0]}})", zeros(4)),
      {"tensor 'w'", "found [-4,0]"});
  expect_format_error(
      make_bytes(R"({"w":{"dtype":"F32","shape":[1],"data_offsets":["0","4"]}})", zeros(4)),
      {"tensor 'w'", "2 non-negative integers"});
}

TEST(SafetensorsMalformedTest, DataOffsetsBeginAfterEnd) {
  expect_format_error(
      make_bytes(R"({"w":{"dtype":"F32","shape":[1],"data_offsets":[8,4]}})", zeros(8)),
      {"tensor 'w'", "data_offsets [8, 4]: begin is greater than end"});
}

TEST(SafetensorsMalformedTest, DataOffsetsBeyondDataSection) {
  expect_format_error(
      make_bytes(R"({"w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})", zeros(4)),
      {"tensor 'w'", "end is beyond the data section, which has 4 bytes"});
  // Huge offsets must not wrap around.
  expect_format_error(
      make_bytes(
          R"({"w":{"dtype":"F32","shape":[1],"data_offsets":[18446744073709551612,18446744073709551615]}})",
          zeros(4)),
      {"tensor 'w'", "beyond the data section"});
}

TEST(SafetensorsMalformedTest, ByteCountDiffersFromShape) {
  expect_format_error(
      make_bytes(R"({"w":{"dtype":"F32","shape":[2,3],"data_offsets":[0,20]}})", zeros(20)),
      {"tensor 'w'", "hold 20 bytes, but shape [2, 3] with dtype F32 needs 24 bytes"});
}

TEST(SafetensorsMalformedTest, NumelOverflowIsCaught) {
  // 2^32 * 2^32 elements overflow 64 bits; a naive product would wrap to 0 and match [0, 0].
  expect_format_error(
      make_bytes(R"({"w":{"dtype":"F32","shape":[4294967296,4294967296],"data_offsets":[0,0]}})"),
      {"tensor 'w'", "too large (byte count overflows)"});
  expect_format_error(
      make_bytes(R"({"w":{"dtype":"F32","shape":[4611686018427387904],"data_offsets":[0,0]}})"),
      {"tensor 'w'", "too large"});
}

TEST(SafetensorsMalformedTest, OverlappingTensors) {
  expect_format_error(make_bytes(R"({"a":{"dtype":"F32","shape":[4],"data_offsets":[0,16]},)"
                                 R"("b":{"dtype":"F32","shape":[2],"data_offsets":[8,16]}})",
                                 zeros(16)),
                      {"tensors 'a' (bytes [0, 16)) and 'b' (bytes [8, 16)) overlap"});
}

TEST(SafetensorsMalformedTest, GapBetweenTensors) {
  expect_format_error(
      make_bytes(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},)"
                 R"("b":{"dtype":"F32","shape":[1],"data_offsets":[8,12]}})",
                 zeros(12)),
      {"bytes [4, 8) of the data section are not covered by any tensor (between 'a' and 'b')"});
}

TEST(SafetensorsMalformedTest, GapBeforeFirstTensor) {
  expect_format_error(
      make_bytes(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})", zeros(8)),
      {"bytes [0, 4) of the data section are not covered by any tensor (before 'a')"});
}

TEST(SafetensorsMalformedTest, TrailingUncoveredBytes) {
  expect_format_error(
      make_bytes(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})", zeros(7)),
      {"bytes [4, 7) of the data section are not covered", "after the last tensor 'a'"});
  expect_format_error(make_bytes("{}", zeros(3)),
                      {"bytes [0, 3) of the data section are not covered"});
}

TEST(SafetensorsMalformedTest, DuplicateTensorName) {
  expect_format_error(make_bytes(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},)"
                                 R"("a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})",
                                 zeros(8)),
                      {"tensor 'a' is listed twice"});
}

TEST(SafetensorsMalformedTest, MetadataNotStringToString) {
  expect_format_error(make_bytes(R"({"__metadata__":["format","pt"]})"),
                      {"__metadata__ must be an object mapping strings to strings"});
  expect_format_error(make_bytes(R"({"__metadata__":{"format":"pt","epoch":3}})"),
                      {"__metadata__ value for key 'epoch' must be a string, found 3"});
}

// --- the real goldens ---

TEST(SafetensorsGoldenTest, ReadsBertTinyModels) {
  XLFUSE_REQUIRE_SHARED("golden/bert-tiny");
  const fs::path root = test::shared_dir() / "golden/bert-tiny";
  struct Case {
    const char* dir;
    size_t count;
    const char* prefix;
    const char* extra;  // a head tensor only that model has
  };
  const Case cases[] = {{"bert_model", 39, "", "pooler.dense.weight"},
                        {"bert_seqcls", 41, "bert.", "classifier.weight"},
                        {"bert_qa", 39, "bert.", "qa_outputs.weight"},
                        {"bert_tokcls", 39, "bert.", "classifier.weight"}};
  for (const Case& c : cases) {
    SCOPED_TRACE(c.dir);
    auto file = SafetensorsFile::open((root / c.dir / "model.safetensors").string());
    EXPECT_EQ(file.tensors().size(), c.count);
    EXPECT_EQ(file.metadata().at("format"), "pt");
    const std::string prefix = c.prefix;
    const TensorInfo* emb = file.find(prefix + "embeddings.word_embeddings.weight");
    ASSERT_NE(emb, nullptr);
    EXPECT_EQ(emb->dtype, DType::F32);
    EXPECT_EQ(emb->shape, (std::vector<int64_t>{200, 32}));
    EXPECT_NE(file.find(c.extra), nullptr);
    for (const auto& t : file.tensors()) {
      if (prefix.empty()) continue;
      const bool head = t.name.rfind("classifier.", 0) == 0 || t.name.rfind("qa_outputs.", 0) == 0;
      EXPECT_TRUE(head || t.name.rfind(prefix, 0) == 0) << t.name;
    }
    // LayerNorm weights of a freshly initialised model are ones; values must be finite anyway.
    const std::vector<float> word = file.read_f32(prefix + "embeddings.word_embeddings.weight");
    ASSERT_EQ(word.size(), 200u * 32u);
    for (float v : word) ASSERT_TRUE(std::isfinite(v));
  }
  auto seqcls = SafetensorsFile::open((root / "bert_seqcls/model.safetensors").string());
  const TensorInfo* classifier = seqcls.find("classifier.weight");
  ASSERT_NE(classifier, nullptr);
  EXPECT_EQ(classifier->shape, (std::vector<int64_t>{3, 32}));
  EXPECT_NE(seqcls.find("bert.encoder.layer.1.attention.self.query.weight"), nullptr);
  EXPECT_EQ(seqcls.find("embeddings.word_embeddings.weight"), nullptr);
}

TEST(SafetensorsGoldenTest, RewrittenGoldenIsIdenticalTensorByTensor) {
  XLFUSE_REQUIRE_SHARED("golden/bert-tiny/bert_model/model.safetensors");
  auto original = SafetensorsFile::open(
      (test::shared_dir() / "golden/bert-tiny/bert_model/model.safetensors").string());
  std::vector<std::vector<float>> values;
  std::vector<TensorToWrite> out;
  values.reserve(original.tensors().size());
  for (const auto& t : original.tensors()) {
    values.push_back(original.read_f32(t.name));
    out.push_back({t.name, t.shape, values.back().data()});
  }
  test::TempDir dir;
  const std::string path = (dir / "copy.safetensors").string();
  write_safetensors(path, out, original.metadata());
  auto copy = SafetensorsFile::open(path);
  ASSERT_EQ(copy.tensors().size(), original.tensors().size());
  EXPECT_EQ(copy.metadata(), original.metadata());
  for (const auto& t : original.tensors()) {
    const TensorInfo* c = copy.find(t.name);
    ASSERT_NE(c, nullptr) << t.name;
    EXPECT_EQ(c->shape, t.shape);
    EXPECT_EQ(std::memcmp(copy.data(*c), original.data(t), t.end - t.begin), 0) << t.name;
  }
  // Same layout as HF's writer for an all-F32 file: data in name order, same total size.
  EXPECT_EQ(fs::file_size(path),
            fs::file_size(test::shared_dir() / "golden/bert-tiny/bert_model/model.safetensors"));
}

}  // namespace
}  // namespace xlfuse::io

namespace xlfuse::io {
namespace {

// The fuzzer's seed corpus must stay valid (regenerate with tests/fuzz/make_corpus.py).
TEST(SafetensorsTest, FuzzSeedCorpusIsValid) {
  const std::filesystem::path dir =
      std::filesystem::path(XLFUSE_SOURCE_DIR) / "tests/fuzz/corpus_safetensors";
  ASSERT_TRUE(std::filesystem::is_directory(dir)) << dir;
  size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    SCOPED_TRACE(entry.path().string());
    auto file = SafetensorsFile::open(entry.path().string());
    for (const auto& t : file.tensors()) EXPECT_NE(file.data(t), nullptr);
    ++files;
  }
  EXPECT_GE(files, 5u);
  auto all = SafetensorsFile::open((dir / "all_dtypes.safetensors").string());
  EXPECT_EQ(all.tensors().size(), 10u);
  EXPECT_EQ(all.read_f32("c.f16")[1], std::ldexp(1.0f, -24));
}

}  // namespace
}  // namespace xlfuse::io
