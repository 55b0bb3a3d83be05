// `xlfuse predict` end to end on the in-repo fixtures (tests/data/data): a random encoder from
// `xlfuse init-model`, and a tagger folder built from it here (encoder tensors under "bert.", a
// random classifier and xlfuse.json), so the test needs neither ../shared nor a trained model.
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_utils.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/eval/submission.h"
#include "xlfuse/io/safetensors.h"

namespace xlfuse::test {
namespace {

namespace fs = std::filesystem;

std::string fixtures() { return (test_data_dir() / "data").string(); }

class PredictCliTest : public ::testing::Test {
 protected:
  // A random encoder from `xlfuse init-model` (made on first use).
  fs::path encoder() {
    const fs::path dir = dir_ / "encoder";
    if (fs::exists(dir)) return dir;
    std::string out;
    EXPECT_EQ(run_command(xlfuse_binary() + " init-model --vocab " + (test_data_dir() / "tiny_bert/vocab.txt").string() +
                              " --out " + dir.string() +
                              " --hidden-size 32 --layers 2 --heads 2 --intermediate-size 64 --max-position 512",
                          &out),
              0)
        << out;
    return dir;
  }

  // encoder + token classification head for `labels` + xlfuse.json.
  fs::path make_tagger(const std::vector<std::string>& labels) {
    const fs::path dir = dir_ / "tagger";
    fs::create_directories(dir);
    fs::copy_file(encoder() / "config.json", dir / "config.json");
    fs::copy_file(encoder() / "vocab.txt", dir / "vocab.txt");
    const auto enc = io::SafetensorsFile::open((encoder() / "model.safetensors").string());
    std::vector<std::vector<float>> values;
    std::vector<io::TensorToWrite> tensors;
    values.reserve(enc.tensors().size() + 2);
    for (const auto& t : enc.tensors()) {
      values.push_back(enc.read_f32(t.name));
      tensors.push_back(io::TensorToWrite::f32("bert." + t.name, t.shape, values.back().data()));
    }
    const auto n = static_cast<int64_t>(labels.size());
    std::mt19937 gen(5);
    std::normal_distribution<float> normal(0.0f, 0.5f);
    values.emplace_back(static_cast<size_t>(n * 32));
    for (float& v : values.back()) v = normal(gen);
    tensors.push_back(io::TensorToWrite::f32("classifier.weight", {n, 32}, values.back().data()));
    values.emplace_back(static_cast<size_t>(n), 0.0f);
    tensors.push_back(io::TensorToWrite::f32("classifier.bias", {n}, values.back().data()));
    io::write_safetensors((dir / "model.safetensors").string(), tensors, {{"format", "pt"}});
    nlohmann::json info = {{"task", "udpos"}, {"head_kind", "token_classification"}, {"labels", labels}};
    write_file(dir / "xlfuse.json", info.dump(2));
    return dir;
  }

  int predict(const std::string& args, std::string* out) {
    return run_command(xlfuse_binary() + " predict --threads 1 --data " + fixtures() + " --out " + out_dir().string() +
                           " " + args,
                       out);
  }
  fs::path out_dir() const { return dir_ / "out"; }
  TempDir dir_;
};

TEST_F(PredictCliTest, TaggerWritesPredictionsAndRawOutputs) {
  const fs::path tagger = make_tagger(data::task_info("udpos").labels);
  std::string out;
  ASSERT_EQ(predict("--model " + tagger.string() + " --task udpos --langs de --split test", &out), 0) << out;
  EXPECT_NE(out.find("udpos test-de"), std::string::npos) << out;
  EXPECT_NE(out.find("no labels"), std::string::npos) << out;
  const fs::path pred = out_dir() / "udpos" / "test-de.tsv";
  ASSERT_TRUE(fs::exists(pred)) << out;
  const auto sentences = eval::read_tag_file(pred.string());
  ASSERT_EQ(sentences.size(), 2u);  // the fixture's two sentences
  EXPECT_EQ(sentences[0].size(), 3u);
  EXPECT_EQ(sentences[1].size(), 2u);
  const auto& tagset = data::task_info("udpos").labels;
  for (const auto& s : sentences)
    for (const auto& tag : s) EXPECT_NE(std::find(tagset.begin(), tagset.end(), tag), tagset.end()) << tag;
  const fs::path raw = out_dir() / "raw" / "udpos" / "test-de.safetensors";
  ASSERT_TRUE(fs::exists(raw));
  const auto file = io::SafetensorsFile::open(raw.string());
  EXPECT_EQ(file.metadata().at("task"), "udpos");
  EXPECT_EQ(file.metadata().at("lang"), "de");
  EXPECT_EQ(file.metadata().at("head_kind"), "token_classification");
  EXPECT_EQ(file.find("logits")->shape.at(2), 17);
  EXPECT_EQ(file.find("example_index")->dtype, io::DType::I64);
  EXPECT_FALSE(fs::exists(out_dir() / "scores.json"));  // unlabelled test file
}

TEST_F(PredictCliTest, PlainEncoderTatoebaIsScored) {
  std::string out;
  ASSERT_EQ(predict("--model " + encoder().string() + " --task tatoeba --langs all --layer 1", &out), 0) << out;
  EXPECT_NE(out.find("accuracy"), std::string::npos) << out;
  EXPECT_NE(out.find("missing:"), std::string::npos) << out;  // every other Tatoeba language
  const auto lines = eval::read_label_lines((out_dir() / "tatoeba" / "test-de.tsv").string());
  ASSERT_EQ(lines.size(), 3u);
  for (const auto& l : lines) EXPECT_TRUE(l == "0" || l == "1" || l == "2") << l;
  ASSERT_TRUE(fs::exists(out_dir() / "raw" / "tatoeba" / "test-de.safetensors"));
  const auto scores = nlohmann::json::parse(read_file(out_dir() / "scores.json"));
  EXPECT_EQ(scores.at("benchmark"), "xtreme-r");
  const double acc = scores.at("tasks").at("tatoeba").at("languages").at("de").at("accuracy").get<double>();
  EXPECT_GE(acc, 0.0);
  EXPECT_LE(acc, 100.0);
  EXPECT_NE(out.find(std::to_string(static_cast<int>(acc))), std::string::npos) << out;
}

// The default split is the one the benchmark evaluates (test), and "all" with no language's data
// under it is an error, not an empty success.
TEST_F(PredictCliTest, DefaultsToTestAndRefusesWhenNoLanguageHasData) {
  const fs::path tagger = make_tagger(data::task_info("udpos").labels);
  std::string out;
  ASSERT_EQ(predict("--model " + tagger.string() + " --task udpos --langs de", &out), 0) << out;
  EXPECT_TRUE(fs::exists(out_dir() / "udpos" / "test-de.tsv")) << out;
  // A data folder whose UD-POS holds English dev data only: nothing of the test split.
  const fs::path data = dir_ / "devonly";
  fs::create_directories(data / "udpos");
  fs::copy_file(fs::path(fixtures()) / "udpos" / "train-en.tsv", data / "udpos" / "dev-en.tsv");
  EXPECT_EQ(run_command(xlfuse_binary() + " predict --threads 1 --model " + tagger.string() + " --task udpos --data " +
                            data.string() + " --out " + (dir_ / "out2").string(),
                        &out),
            1)
      << out;
  EXPECT_NE(out.find("none of the requested languages has test data"), std::string::npos) << out;
  EXPECT_FALSE(fs::exists(dir_ / "out2")) << out;
}

// LAReQA ranks against the candidates of all 11 XQuAD-R languages, whatever --langs asks for: the
// German score is the same alone and with every language, and scores.json names the pool.
TEST_F(PredictCliTest, LareqaPoolIsAlwaysEveryLanguage) {
  std::string out;
  ASSERT_EQ(predict("--model " + encoder().string() + " --task lareqa --langs de --layer 1", &out), 0) << out;
  const auto alone = nlohmann::json::parse(read_file(out_dir() / "scores.json"));
  ASSERT_EQ(run_command(xlfuse_binary() + " predict --threads 1 --data " + fixtures() + " --out " +
                            (dir_ / "all").string() + " --model " + encoder().string() + " --task lareqa --layer 1",
                        &out),
            0)
      << out;
  const auto all = nlohmann::json::parse(read_file(dir_ / "all" / "scores.json"));
  const auto& de_alone = alone.at("tasks").at("lareqa").at("languages").at("de").at("map@20");
  EXPECT_EQ(de_alone, all.at("tasks").at("lareqa").at("languages").at("de").at("map@20"));
  EXPECT_EQ(alone.at("tasks").at("lareqa").at("languages").size(), 1u);
  EXPECT_EQ(all.at("tasks").at("lareqa").at("languages").size(), 11u);
  EXPECT_EQ(alone.at("tasks").at("lareqa").at("candidate_pool").size(), 11u);
  // A folder without one of the languages cannot give LAReQA's number: refused.
  const fs::path data = dir_ / "partial";
  fs::create_directories(data / "lareqa" / "xquad-r");
  for (const char* l : {"de", "en"})
    fs::copy_file(fs::path(fixtures()) / "lareqa" / "xquad-r" / (std::string(l) + ".json"),
                  data / "lareqa" / "xquad-r" / (std::string(l) + ".json"));
  EXPECT_EQ(run_command(xlfuse_binary() + " predict --threads 1 --data " + data.string() + " --out " +
                            (dir_ / "p").string() + " --model " + encoder().string() + " --task lareqa --langs de",
                        &out),
            1)
      << out;
  EXPECT_NE(out.find("all 11 XQuAD-R languages"), std::string::npos) << out;
}

TEST_F(PredictCliTest, ErrorsExitWithAMessage) {
  std::string out;
  EXPECT_EQ(predict("--model " + encoder().string() + " --task udpos --langs de --split test", &out), 1);
  EXPECT_NE(out.find("xlfuse: error:"), std::string::npos) << out;
  EXPECT_NE(out.find("xlfuse.json"), std::string::npos) << out;
  EXPECT_EQ(predict("--model " + encoder().string() + " --task tatoeba --langs zz", &out), 1);
  EXPECT_NE(out.find("'zz' is not a language"), std::string::npos) << out;
  EXPECT_EQ(predict("--model " + encoder().string() + " --task tatoeba --precision fp8", &out), 2);  // usage error
  EXPECT_NE(out.find("precision"), std::string::npos) << out;
  EXPECT_EQ(run_command(xlfuse_binary() + " predict --model " + encoder().string(), &out), 2);  // --task missing
  EXPECT_NE(out.find("usage error"), std::string::npos) << out;
  EXPECT_FALSE(fs::exists(out_dir()));
}

TEST_F(PredictCliTest, HelpShowsDefaults) {
  std::string out;
  ASSERT_EQ(run_command(xlfuse_binary() + " predict --help", &out), 0) << out;
  for (const char* s : {"--batch-size INT=32", "--layer INT=8", "--benchmark TEXT=xtreme-r", "--langs TEXT=all",
                        "--precision TEXT=fp32", "--max-seq-length INT=0", "--log-level", "Default --split"})
    EXPECT_NE(out.find(s), std::string::npos) << s << "\n" << out;
  ASSERT_EQ(run_command(xlfuse_binary() + " --help", &out), 0);
  EXPECT_NE(out.find("predict"), std::string::npos);
}

}  // namespace
}  // namespace xlfuse::test
