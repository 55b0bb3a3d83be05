// `xlfuse train` on a tiny UD-POS folder with the in-repo tiny model (tests/data/tiny_bert).
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_utils.h"
#include "xlfuse/io/safetensors.h"

namespace xlfuse::test {
namespace {

std::string tiny_dir() { return (test_data_dir() / "tiny_bert").string(); }

// Twelve short sentences of words from the tiny vocabulary, in XTREME's udpos format.
std::string udpos_train() {
  const std::vector<std::vector<std::pair<std::string, std::string>>> sentences = {
      {{"the", "DET"}, {"quick", "ADJ"}, {"fox", "NOUN"}, {"jump", "VERB"}},
      {{"the", "DET"}, {"lazy", "ADJ"}, {"dog", "NOUN"}, {".", "PUNCT"}},
      {{"hello", "INTJ"}, {"world", "NOUN"}, {"!", "PUNCT"}},
      {{"the", "DET"}, {"brown", "ADJ"}, {"dog", "NOUN"}, {"is", "AUX"}, {"lazy", "ADJ"}},
      {{"it", "PRON"}, {"jump", "VERB"}, {"over", "ADP"}, {"the", "DET"}, {"fox", "NOUN"}},
      {{"Tokyo", "PROPN"}, {"is", "AUX"}, {"super", "ADJ"}},
      {{"the", "DET"}, {"model", "NOUN"}, {"and", "CCONJ"}, {"the", "DET"}, {"test", "NOUN"}},
      {{"BERT", "PROPN"}, {"is", "AUX"}, {"a", "DET"}, {"model", "NOUN"}, {".", "PUNCT"}},
      {{"play", "VERB"}, {"in", "ADP"}, {"tokyo", "PROPN"}},
      {{"the", "DET"}, {"cafe", "NOUN"}, {"is", "AUX"}, {"quick", "ADJ"}, {"!", "PUNCT"}},
      {{"it", "PRON"}, {"won", "VERB"}, {"2", "NUM"}, {"test", "NOUN"}},
      {{"hello", "INTJ"}, {",", "PUNCT"}, {"the", "DET"}, {"dog", "NOUN"}},
  };
  std::string text;
  for (const auto& s : sentences) {
    for (const auto& [word, tag] : s) text += word + "\t" + tag + "\n";
    text += "\n";
  }
  return text;
}

class TrainCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::create_directories(dir_ / "data/udpos");
    write_file(dir_ / "data/udpos/train-en.tsv", udpos_train());
  }
  int train(const std::string& task, const std::string& data, const std::string& out_name, std::string* out,
            const std::string& flags = "") {
    return run_command(xlfuse_binary() + " train --task " + task + " --init " + tiny_dir() + " --data " + data +
                           " --out " + (dir_ / out_name).string() + " --max-steps 3 --batch-size 4 --threads 1 " +
                           flags,
                       out);
  }
  TempDir dir_;
};

TEST_F(TrainCliTest, WritesModelFolderAndRefusesOverwrite) {
  std::string out;
  ASSERT_EQ(train("udpos", (dir_ / "data").string(), "model", &out), 0) << out;
  const auto model = dir_ / "model";
  EXPECT_TRUE(std::filesystem::is_regular_file(model / "config.json"));
  EXPECT_TRUE(std::filesystem::is_regular_file(model / "vocab.txt"));
  ASSERT_TRUE(std::filesystem::is_regular_file(model / "model.safetensors"));
  auto weights = io::SafetensorsFile::open((model / "model.safetensors").string());
  const auto* classifier = weights.find("classifier.weight");
  ASSERT_NE(classifier, nullptr);
  EXPECT_EQ(classifier->shape, (std::vector<int64_t>{17, 32}));
  EXPECT_NE(weights.find("bert.embeddings.word_embeddings.weight"), nullptr);

  const auto meta = nlohmann::json::parse(read_file(model / "xlfuse.json"));
  EXPECT_EQ(meta.at("task"), "udpos");
  EXPECT_EQ(meta.at("parent"), tiny_dir());
  EXPECT_EQ(meta.at("head_kind"), "token_classification");
  EXPECT_EQ(meta.at("labels").size(), 17u);
  EXPECT_EQ(meta.at("global_step"), 3);
  const auto config = nlohmann::json::parse(read_file(model / "config.json"));
  EXPECT_EQ(config.at("id2label").size(), 17u);

  std::string again;
  EXPECT_EQ(train("udpos", (dir_ / "data").string(), "model", &again), 1) << again;
  EXPECT_NE(again.find("refusing"), std::string::npos) << again;
  EXPECT_NE(again.find("exists"), std::string::npos) << again;
}

TEST_F(TrainCliTest, UnknownTaskNamesKnownTasks) {
  std::string out;
  EXPECT_NE(train("nosuchtask", (dir_ / "data").string(), "m", &out), 0);
  EXPECT_NE(out.find("udpos"), std::string::npos) << out;
  EXPECT_NE(out.find("xnli"), std::string::npos) << out;
}

TEST_F(TrainCliTest, UnsupportedTaskKindIsRefused) {
  std::string out;
  EXPECT_EQ(train("xquad", (dir_ / "data").string(), "m", &out), 1);
  EXPECT_NE(out.find("classification"), std::string::npos) << out;
  EXPECT_NE(out.find("tagging"), std::string::npos) << out;
}

TEST_F(TrainCliTest, MissingDataNamesExpectedFile) {
  std::string out;
  EXPECT_EQ(train("udpos", (dir_ / "nodata").string(), "m", &out), 1);
  EXPECT_NE(out.find("train-en.tsv"), std::string::npos) << out;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "m" / "model.safetensors"));
}

}  // namespace
}  // namespace xlfuse::test
