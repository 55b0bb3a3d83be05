// `xlfuse embed` and `xlfuse inspect` on the in-repo tiny model (tests/data/tiny_bert).
#include <cmath>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/io/safetensors.h"

namespace xlfuse::test {
namespace {

std::string tiny_dir() { return (test_data_dir() / "tiny_bert").string(); }

// Lines of different lengths (words from the tiny vocabulary and unknown ones), an empty line.
const char* kText =
    "the quick brown fox jumps over the lazy dog.\n"
    "hello\n"
    "hello, world!\n"
    "\n"
    "unaffable cafe in tokyo\n"
    "a b c d e f g h\n"
    "test [MASK] test\n";
constexpr int64_t kLines = 7;

struct Matrix {
  std::vector<int64_t> shape;
  std::vector<float> values;
  std::map<std::string, std::string> metadata;
  float at(int64_t r, int64_t c) const { return values[r * shape[1] + c]; }
};

Matrix read_embeddings(const std::string& path) {
  auto file = io::SafetensorsFile::open(path);
  const auto* t = file.find("embeddings");
  EXPECT_NE(t, nullptr);
  if (!t) return {};
  return {t->shape, file.read_f32("embeddings"), file.metadata()};
}

float max_abs_diff(const Matrix& a, const Matrix& b) {
  EXPECT_EQ(a.values.size(), b.values.size());
  float m = 0;
  for (size_t i = 0; i < a.values.size() && i < b.values.size(); ++i) m = std::max(m, std::abs(a.values[i] - b.values[i]));
  return m;
}

class EmbedCliTest : public ::testing::Test {
 protected:
  void SetUp() override { write_file(dir_ / "in.txt", kText); }
  // Runs embed with extra flags; returns the exit code, output in *out.
  int embed(const std::string& flags, const std::string& out_name, std::string* out,
            const std::string& input = "in.txt") {
    return run_command(xlfuse_binary() + " embed --threads 1 --model " + tiny_dir() + " --input " +
                           (dir_ / input).string() + " --out " + (dir_ / out_name).string() + " " + flags,
                       out);
  }
  Matrix embed_ok(const std::string& flags, const std::string& out_name, const std::string& input = "in.txt") {
    std::string out;
    int rc = embed(flags, out_name, &out, input);
    EXPECT_EQ(rc, 0) << out;
    return read_embeddings((dir_ / out_name).string());
  }
  TempDir dir_;
};

TEST_F(EmbedCliTest, OneRowPerLineWithMetadata) {
  Matrix m = embed_ok("--layer 2 --pool mean --lower", "e.safetensors");
  EXPECT_EQ(m.shape, (std::vector<int64_t>{kLines, 32}));
  EXPECT_EQ(m.metadata["layer"], "2");
  EXPECT_EQ(m.metadata["pool"], "mean");
  EXPECT_EQ(m.metadata["model_dir"], tiny_dir());
  for (float v : m.values) EXPECT_TRUE(std::isfinite(v));
}

TEST_F(EmbedCliTest, MeanAndClsDiffer) {
  Matrix mean = embed_ok("--layer 2 --pool mean --lower", "mean.safetensors");
  Matrix cls = embed_ok("--layer 2 --pool cls --lower", "cls.safetensors");
  EXPECT_GT(max_abs_diff(mean, cls), 1e-3);
}

TEST_F(EmbedCliTest, ClsOfTheEmbeddingLayerIsTheSameForEveryLine) {
  // Layer 0 at position 0 is LayerNorm([CLS] + position 0 + type 0): independent of the text.
  Matrix cls = embed_ok("--layer 0 --pool cls --lower", "cls0.safetensors");
  Matrix mean = embed_ok("--layer 0 --pool mean --lower", "mean0.safetensors");
  ASSERT_EQ(cls.shape, (std::vector<int64_t>{kLines, 32}));
  float row_spread_cls = 0, row_spread_mean = 0;
  for (int64_t r = 1; r < kLines; ++r)
    for (int64_t c = 0; c < 32; ++c) {
      row_spread_cls = std::max(row_spread_cls, std::abs(cls.at(r, c) - cls.at(0, c)));
      row_spread_mean = std::max(row_spread_mean, std::abs(mean.at(r, c) - mean.at(0, c)));
    }
  EXPECT_LT(row_spread_cls, 1e-6);
  EXPECT_GT(row_spread_mean, 1e-3);
}

TEST_F(EmbedCliTest, BatchSizeDoesNotChangeResults) {
  Matrix b1 = embed_ok("--layer 1 --batch-size 1 --lower", "b1.safetensors");
  Matrix b3 = embed_ok("--layer 1 --batch-size 3 --lower", "b3.safetensors");
  Matrix b32 = embed_ok("--layer 1 --lower", "b32.safetensors");
  EXPECT_LT(max_abs_diff(b1, b3), 1e-5);
  EXPECT_LT(max_abs_diff(b1, b32), 1e-5);
}

TEST_F(EmbedCliTest, RowsFollowInputOrder) {
  // Line 5 ("unaffable cafe in tokyo") alone must equal row 4 of the whole file.
  write_file(dir_ / "one.txt", "unaffable cafe in tokyo\n");
  Matrix all = embed_ok("--lower", "all.safetensors");
  Matrix one = embed_ok("--lower", "one.safetensors", "one.txt");
  ASSERT_EQ(one.shape, (std::vector<int64_t>{1, 32}));
  float d = 0;
  for (int64_t c = 0; c < 32; ++c) d = std::max(d, std::abs(all.at(4, c) - one.at(0, c)));
  EXPECT_LT(d, 1e-5);
}

TEST_F(EmbedCliTest, LayerOutOfRangeNamesTheValidRange) {
  std::string out;
  EXPECT_EQ(embed("--layer 3", "bad.safetensors", &out), 1) << out;
  EXPECT_NE(out.find("xlfuse: error: layer 3 out of range"), std::string::npos) << out;
  EXPECT_NE(out.find("valid layers are 0..2"), std::string::npos) << out;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "bad.safetensors"));
}

TEST_F(EmbedCliTest, InvalidUtf8NamesFileAndLine) {
  write_file(dir_ / "bad.txt", "fine\nalso fine\nbroken \xC3\x28 here\n");
  std::string out;
  EXPECT_EQ(embed("", "bad.safetensors", &out, "bad.txt"), 1) << out;
  EXPECT_NE(out.find("bad.txt:3: invalid UTF-8"), std::string::npos) << out;
}

TEST_F(EmbedCliTest, LongLinesAreTruncatedAndCounted) {
  std::string long_line;
  for (int i = 0; i < 100; ++i) long_line += "hello ";
  write_file(dir_ / "long.txt", long_line + "\nhello\n");
  std::string out;
  EXPECT_EQ(embed("--max-length 16", "long.safetensors", &out, "long.txt"), 0) << out;
  EXPECT_NE(out.find("1 truncated"), std::string::npos) << out;
  // Without --max-length the model maximum (64) applies.
  EXPECT_EQ(embed("", "long2.safetensors", &out, "long.txt"), 0) << out;
  EXPECT_NE(out.find("1 of 2 lines were longer than 64 tokens"), std::string::npos) << out;
}

TEST_F(EmbedCliTest, MissingFilesAndBadOptions) {
  std::string out;
  EXPECT_EQ(run_command(xlfuse_binary() + " embed --model " + (dir_ / "nope").string() + " --input " +
                            (dir_ / "in.txt").string() + " --out " + (dir_ / "x.safetensors").string(),
                        &out),
            1);
  EXPECT_NE(out.find("has no config.json"), std::string::npos) << out;
  EXPECT_EQ(embed("", "x.safetensors", &out, "missing.txt"), 1);
  EXPECT_NE(out.find("missing.txt"), std::string::npos) << out;
  EXPECT_EQ(embed("--pool max", "x.safetensors", &out), 2);  // a bad flag value is a usage error
  EXPECT_NE(out.find("--pool: pool: expected one of mean, cls; got \"max\""), std::string::npos) << out;
  EXPECT_EQ(embed("--batch-size 0", "x.safetensors", &out), 1);
  EXPECT_NE(out.find("batch-size"), std::string::npos) << out;
  EXPECT_EQ(run_command(xlfuse_binary() + " embed --model " + tiny_dir(), &out), 2) << out;  // usage
}

TEST(InspectCliTest, DescribesTheTinyModel) {
  std::string out;
  ASSERT_EQ(run_command(xlfuse_binary() + " inspect " + tiny_dir(), &out), 0) << out;
  EXPECT_NE(out.find("hidden 32, layers 2, heads 4"), std::string::npos) << out;
  EXPECT_NE(out.find("tensors: 39 (39 F32), 26720 values"), std::string::npos) << out;
  EXPECT_NE(out.find("encoder.layer.{0..1}.attention.self.query.weight"), std::string::npos) << out;
  EXPECT_EQ(out.find("encoder.layer.1.attention.self.query.weight"), std::string::npos) << out;
  EXPECT_NE(out.find("loadable: yes"), std::string::npos) << out;
  ASSERT_EQ(run_command(xlfuse_binary() + " inspect --all " + tiny_dir(), &out), 0) << out;
  EXPECT_NE(out.find("encoder.layer.1.attention.self.query.weight"), std::string::npos) << out;
}

TEST(InspectCliTest, ListsEveryProblemAndExits1) {
  TempDir dir;
  write_file(dir / "config.json", read_file(tiny_dir() + "/config.json"));
  std::vector<float> v32(32, 0.5f), v16(16, 0.f);
  io::write_safetensors((dir / "model.safetensors").string(),
                        {{"embeddings.LayerNorm.bias", {32}, v32.data()},
                         {"embeddings.LayerNorm.weight", {16}, v16.data()},
                         {"mystery.tensor", {32}, v32.data()}});
  std::string out;
  EXPECT_EQ(run_command(xlfuse_binary() + " inspect " + dir.path().string(), &out), 1) << out;
  EXPECT_NE(out.find("loadable: no"), std::string::npos) << out;
  EXPECT_NE(out.find("tensor 'embeddings.LayerNorm.weight' has wrong shape: expected [32], got [16]"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("tensor 'embeddings.word_embeddings.weight' not found, and 34 more: 'embeddings.position_embeddings.weight'"), std::string::npos) << out;
  EXPECT_NE(out.find("1 unused tensor(s) in the checkpoint: mystery.tensor"), std::string::npos) << out;
  EXPECT_NE(out.find("no vocab.txt"), std::string::npos) << out;
  EXPECT_EQ(run_command(xlfuse_binary() + " inspect " + (dir / "absent").string(), &out), 1) << out;
  EXPECT_NE(out.find("is not a directory"), std::string::npos) << out;
}

}  // namespace
}  // namespace xlfuse::test
