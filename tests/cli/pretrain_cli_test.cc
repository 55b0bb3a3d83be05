// `xlfuse pretrain`: masked-LM on plain text with the in-repo tiny model's config and vocabulary;
// the loss falls and the output folder works as `xlfuse train --init`.
#include <cmath>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_utils.h"
#include "xlfuse/io/safetensors.h"

namespace xlfuse::test {
namespace {

std::string tiny_dir() { return (test_data_dir() / "tiny_bert").string(); }

// Sentences over the tiny vocabulary (whole words exist in it, so few [UNK]s).
std::string corpus(int repeats) {
  const std::vector<std::string> lines = {
      "the quick brown fox jump over the lazy dog",
      "hello world , the model is super",
      "the dog won the test and it is lazy",
      "",
      "tokyo is super and the cafe is quick",
      "bert play the test in tokyo",
  };
  std::string text;
  for (int r = 0; r < repeats; ++r)
    for (const auto& l : lines) text += l + "\n";
  return text;
}

std::vector<double> losses(const std::filesystem::path& metrics) {
  std::vector<double> out;
  std::istringstream in(read_file(metrics));
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) {
      auto j = nlohmann::json::parse(line);
      if (j.contains("loss") && j["loss"].is_number()) out.push_back(j["loss"].get<double>());
    }
  return out;
}

class PretrainCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(dir_ / "a.txt", corpus(20));
    write_file(dir_ / "b.txt", corpus(10));
  }
  TempDir dir_;
};

// On the mBERT vocabulary an untrained model's masked-LM loss is the uniform ln(119,547) = 11.69
// (the first logged mean, over updates 1-10, is close to it, never above it as a broken head or
// loss would make it), and it falls.
TEST_F(PretrainCliTest, MbertVocabularyLossStartsAtUniformAndFalls) {
  namespace fs = std::filesystem;
  const fs::path vocab = fs::path(XLFUSE_SOURCE_DIR) / "examples/data/mbert-vocab/vocab.txt";
  const fs::path questions = fs::path(XLFUSE_SOURCE_DIR) / "examples/data/xquad-questions";
  std::string out;
  ASSERT_EQ(run_command(xlfuse_binary() + " init-model --vocab " + vocab.string() + " --out " + (dir_ / "init").string() +
                            " --hidden-size 32 --layers 1 --heads 2 --intermediate-size 64 --max-position 64",
                        &out),
            0)
      << out;
  ASSERT_EQ(run_command(xlfuse_binary() + " pretrain --text " + (questions / "en.txt").string() + "," +
                            (questions / "de.txt").string() + " --init " + (dir_ / "init").string() + " --out " +
                            (dir_ / "mlm").string() +
                            " --max-seq-length 32 --max-steps 30 --batch-size 8 --lr 3e-3 --threads 1 --progress off"
                            " --save-every 0",
                        &out),
            0)
      << out;
  const auto l = losses(dir_ / "mlm/metrics.jsonl");
  ASSERT_EQ(l.size(), 3u);
  EXPECT_NEAR(l.front(), std::log(119547.0), 0.3);
  EXPECT_LT(l.back(), l.front() - 0.3) << l.front() << " -> " << l.back();
}

TEST_F(PretrainCliTest, LossFallsAndOutputInitsTraining) {
  const std::string out_dir = (dir_ / "pre").string();
  std::string out;
  const std::string cmd = xlfuse_binary() + " pretrain --text " + (dir_ / "a.txt").string() + "," +
                          (dir_ / "b.txt").string() + " --model-config " + tiny_dir() + "/config.json --vocab " +
                          tiny_dir() + "/vocab.txt --out " + out_dir +
                          " --max-seq-length 32 --max-steps 60 --batch-size 8 --lr 5e-3 --warmup-ratio 0"
                          " --threads 1 --progress off --save-every 0";
  ASSERT_EQ(run_command(cmd, &out), 0) << out;
  EXPECT_NE(out.find("blocks"), std::string::npos) << out;

  const auto l = losses(dir_ / "pre/metrics.jsonl");
  ASSERT_GE(l.size(), 3u) << read_file(dir_ / "pre/metrics.jsonl");
  EXPECT_LT(l.back(), l.front() * 0.7) << l.front() << " -> " << l.back();

  const auto config = nlohmann::json::parse(read_file(dir_ / "pre/config.json"));
  EXPECT_EQ(config.at("architectures"), nlohmann::json::array({"BertForMaskedLM"}));
  auto weights = io::SafetensorsFile::open(out_dir + "/model.safetensors");
  EXPECT_NE(weights.find("cls.predictions.bias"), nullptr);
  EXPECT_NE(weights.find("bert.embeddings.word_embeddings.weight"), nullptr);
  EXPECT_FALSE(std::filesystem::exists(dir_ / "pre/xlfuse.json"));  // a plain pretrained encoder
  const auto run = nlohmann::json::parse(read_file(dir_ / "pre/run.json"));
  EXPECT_EQ(run.at("command"), "pretrain");
  EXPECT_EQ(run.at("results").at("global_step"), 60);
  EXPECT_GT(run.at("results").at("blocks").get<int64_t>(), 5);

  // Its encoder starts a fine-tuning run.
  std::filesystem::create_directories(dir_ / "data/udpos");
  write_file(dir_ / "data/udpos/train-en.tsv", "the\tDET\ndog\tNOUN\nwon\tVERB\n\nhello\tINTJ\nworld\tNOUN\n\n");
  ASSERT_EQ(run_command(xlfuse_binary() + " train --task udpos --init " + out_dir + " --data " +
                            (dir_ / "data").string() + " --out " + (dir_ / "ft").string() +
                            " --max-steps 2 --batch-size 2 --threads 1 --progress off",
                        &out),
            0)
      << out;
  const auto info = nlohmann::json::parse(read_file(dir_ / "ft/xlfuse.json"));
  EXPECT_EQ(info.at("parent"), out_dir);

  // And continued pretraining from it keeps its MLM head (loads strictly).
  ASSERT_EQ(run_command(xlfuse_binary() + " pretrain --text " + (dir_ / "b.txt").string() + " --init " + out_dir +
                            " --out " + (dir_ / "pre2").string() +
                            " --max-seq-length 32 --max-steps 2 --batch-size 4 --threads 1 --progress off",
                        &out),
            0)
      << out;
}

// Translation LM: line-aligned pairs become [CLS] a [SEP] b [SEP] blocks mixed with the text blocks.
TEST_F(PretrainCliTest, ParallelTextTrainsTranslationLm) {
  namespace fs = std::filesystem;
  const fs::path questions = fs::path(XLFUSE_SOURCE_DIR) / "examples/data/xquad-questions";
  const std::string out_dir = (dir_ / "tlm").string();
  std::string out;
  ASSERT_EQ(run_command(xlfuse_binary() + " pretrain --parallel " + (questions / "en.txt").string() + ":" +
                            (questions / "de.txt").string() + "," + (questions / "en.txt").string() + ":" +
                            (questions / "zh.txt").string() + " --text " + (dir_ / "b.txt").string() +
                            " --model-config " + tiny_dir() + "/config.json --vocab " + tiny_dir() +
                            "/vocab.txt --out " + out_dir +
                            " --max-seq-length 32 --max-steps 4 --batch-size 8 --threads 1 --progress off --save-every 0",
                        &out),
            0)
      << out;
  EXPECT_NE(out.find("600 TLM pairs"), std::string::npos) << out;
  const auto run = nlohmann::json::parse(read_file(dir_ / "tlm/run.json"));
  EXPECT_EQ(run.at("results").at("parallel_blocks"), 600);
  EXPECT_GT(run.at("results").at("blocks").get<int64_t>(), 600) << "plus the --text blocks";
  EXPECT_EQ(run.at("config").at("parallel_files").size(), 2u);
}

TEST_F(PretrainCliTest, BrokenParallelTextIsAClearError) {
  write_file(dir_ / "three.txt", "the dog\nhello world\nthe fox\n");
  write_file(dir_ / "two.txt", "the dog\nhello world\n");
  const std::string fresh = " --model-config " + tiny_dir() + "/config.json --vocab " + tiny_dir() + "/vocab.txt --out " +
                            (dir_ / "x").string() + " --max-seq-length 32 --max-steps 1 --threads 1 --progress off";
  std::string out;
  const std::string three = (dir_ / "three.txt").string(), two = (dir_ / "two.txt").string();
  EXPECT_EQ(run_command(xlfuse_binary() + " pretrain --parallel " + three + ":" + two + fresh, &out), 1) << out;
  EXPECT_NE(out.find(three + " has 3 lines but " + two + " has 2"), std::string::npos) << out;
  EXPECT_EQ(run_command(xlfuse_binary() + " pretrain --parallel " + three + ":" + (dir_ / "nope.txt").string() + fresh,
                        &out),
            1)
      << out;
  EXPECT_NE(out.find("file not found: " + (dir_ / "nope.txt").string()), std::string::npos) << out;
  EXPECT_EQ(run_command(xlfuse_binary() + " pretrain --parallel " + three + fresh, &out), 1) << out;
  EXPECT_NE(out.find("parallel_files[0]: parallel text: expected A.txt:B.txt"), std::string::npos) << out;
  EXPECT_EQ(run_command(xlfuse_binary() + " pretrain" + fresh, &out), 2) << out;
  EXPECT_NE(out.find("--text or --parallel is required"), std::string::npos) << out;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "x/model.safetensors"));
}

TEST_F(PretrainCliTest, BadArgumentsAreClear) {
  std::string out;
  EXPECT_EQ(run_command(xlfuse_binary() + " pretrain --text " + (dir_ / "a.txt").string() + " --out " +
                            (dir_ / "x").string(),
                        &out),
            2)
      << out;
  EXPECT_NE(out.find("--init"), std::string::npos) << out;
  EXPECT_EQ(run_command(xlfuse_binary() + " pretrain --text " + (dir_ / "missing.txt").string() + " --init " +
                            tiny_dir() + " --out " + (dir_ / "x").string(),
                        &out),
            1)
      << out;
  EXPECT_NE(out.find("missing.txt"), std::string::npos) << out;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "x/model.safetensors"));
}

}  // namespace
}  // namespace xlfuse::test
