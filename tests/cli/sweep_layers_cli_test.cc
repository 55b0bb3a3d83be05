// `xlfuse sweep-layers`: a 3-layer random model with the in-repo tiny vocabulary, trained for a
// few steps per layer on a tiny UD-POS folder and predicted on two languages; checks the folders,
// sweep.json, sweep.md and the errors for bad layers.
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_utils.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/io/safetensors.h"

namespace xlfuse::test {
namespace {

std::string tiny_dir() { return (test_data_dir() / "tiny_bert").string(); }

// Sentences of words from the tiny vocabulary, in XTREME's udpos format.
std::string udpos(int repeat) {
  const std::vector<std::vector<std::pair<std::string, std::string>>> sentences = {
      {{"the", "DET"}, {"quick", "ADJ"}, {"fox", "NOUN"}, {"jump", "VERB"}},
      {{"the", "DET"}, {"lazy", "ADJ"}, {"dog", "NOUN"}, {".", "PUNCT"}},
      {{"hello", "INTJ"}, {"world", "NOUN"}, {"!", "PUNCT"}},
      {{"it", "PRON"}, {"jump", "VERB"}, {"over", "ADP"}, {"the", "DET"}, {"fox", "NOUN"}},
      {{"Tokyo", "PROPN"}, {"is", "AUX"}, {"super", "ADJ"}},
  };
  std::string text;
  for (int r = 0; r < repeat; ++r)
    for (const auto& s : sentences) {
      for (const auto& [word, tag] : s) text += word + "\t" + tag + "\n";
      text += "\n";
    }
  return text;
}

class SweepLayersCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::create_directories(dir_ / "data/udpos");
    write_file(dir_ / "data/udpos/train-en.tsv", udpos(3));
    write_file(dir_ / "data/udpos/dev-en.tsv", udpos(1));
    write_file(dir_ / "data/udpos/dev-de.tsv", udpos(1));
    std::string out;
    ASSERT_EQ(run_command(xlfuse_binary() + " init-model --vocab " + tiny_dir() + "/vocab.txt --out " +
                              (dir_ / "init").string() +
                              " --hidden-size 32 --layers 3 --heads 4 --intermediate-size 64 --max-position 64",
                          &out),
              0)
        << out;
  }
  std::string sweep(const std::string& flags) const {
    return xlfuse_binary() + " sweep-layers --task udpos --init " + (dir_ / "init").string() + " --data " +
           (dir_ / "data").string() + " --out " + (dir_ / "sweep").string() +
           " --max-steps 2 --batch-size 4 --threads 1 --progress off " + flags;
  }
  TempDir dir_;
};

TEST_F(SweepLayersCliTest, TrainsPredictsAndTabulatesEveryLayer) {
  std::string out;
  ASSERT_EQ(run_command(sweep("--layers all --no-eval --langs en,de --split dev"), &out), 0) << out;
  EXPECT_NE(out.find("| layer | en | de | avg |"), std::string::npos) << out;
  for (int layer : {1, 2}) {
    const auto model = dir_ / "sweep" / ("layer-" + std::to_string(layer));
    const auto info = nlohmann::json::parse(read_file(model / "xlfuse.json"));
    EXPECT_EQ(info.at("fusion").at("kind"), "aif");
    EXPECT_EQ(info.at("fusion").at("layer"), layer);
    auto weights = io::SafetensorsFile::open((model / "model.safetensors").string());
    EXPECT_NE(weights.find("representation.local.conv1.weight"), nullptr);
    EXPECT_NE(weights.find("representation.global.norm2.running_var"), nullptr);
    EXPECT_TRUE(std::filesystem::exists(model / "predictions" / "scores.json"));
  }
  const auto sweep_json = nlohmann::json::parse(read_file(dir_ / "sweep" / "sweep.json"));
  EXPECT_EQ(sweep_json.at("task"), "udpos");
  EXPECT_EQ(sweep_json.at("metric"), data::task_info("udpos").metric);
  EXPECT_EQ(sweep_json.at("langs"), (nlohmann::json{"en", "de"}));
  ASSERT_EQ(sweep_json.at("rows").size(), 2u);
  for (const auto& row : sweep_json.at("rows")) {
    const double en = row.at("scores").at("en"), de = row.at("scores").at("de");
    EXPECT_GE(en, 0.0);
    EXPECT_LE(en, 100.0);
    EXPECT_NEAR(row.at("average").get<double>(), (en + de) / 2, 1e-9);
  }
  const std::string md = read_file(dir_ / "sweep" / "sweep.md");
  EXPECT_NE(md.find("| 1 |"), std::string::npos) << md;
  EXPECT_NE(md.find("| 2 |"), std::string::npos) << md;
  EXPECT_NE(out.find(md), std::string::npos) << "the table printed is the one written";
}

// The prediction data and the training data are checked before the first layer is trained: a
// bad input leaves no half-done sweep behind.
TEST_F(SweepLayersCliTest, ChecksAllDataBeforeTrainingAnyLayer) {
  std::string out;
  EXPECT_EQ(run_command(sweep("--layers 1 --langs en,fr --split dev"), &out), 1) << out;
  EXPECT_NE(out.find("dev-fr.tsv"), std::string::npos) << out;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "sweep" / "layer-1")) << out;
  EXPECT_EQ(run_command(sweep("--layers 1 --split test --langs en,de"), &out), 1) << out;  // no test data at all
  EXPECT_FALSE(std::filesystem::exists(dir_ / "sweep" / "layer-1")) << out;
  std::filesystem::remove(dir_ / "data/udpos/train-en.tsv");
  EXPECT_EQ(run_command(sweep("--layers 1 --langs en,de --split dev"), &out), 1) << out;
  EXPECT_NE(out.find("train-en.tsv"), std::string::npos) << out;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "sweep" / "layer-1")) << out;
}

TEST_F(SweepLayersCliTest, RefusesLayersOutsideTheModel) {
  std::string out;
  EXPECT_EQ(run_command(sweep("--layers 1,3 --langs en,de --split dev"), &out), 1) << out;
  EXPECT_NE(out.find("layer 3 is not a lower layer of a 3-layer model (expected 1..2)"), std::string::npos) << out;
  EXPECT_EQ(run_command(sweep("--layers 1,x --langs en,de --split dev"), &out), 1) << out;
  EXPECT_NE(out.find("got \"x\""), std::string::npos) << out;
  EXPECT_EQ(run_command(sweep("--layers 1 --fusion scalar_mix --langs en,de --split dev"), &out), 1) << out;
  EXPECT_NE(out.find("fusion: expected a kind that fuses one lower layer"), std::string::npos) << out;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "sweep" / "layer-1")) << "nothing trained before the check";
}

}  // namespace
}  // namespace xlfuse::test
