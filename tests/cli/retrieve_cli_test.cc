// `xlfuse init-model` and `xlfuse retrieve`, chained with `xlfuse embed` as the demo does.
#include <algorithm>
#include <string>

#include <gtest/gtest.h>

#include "test_utils.h"

namespace xlfuse::test {
namespace {

std::string quoted(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

class RetrieveCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    model_ = dir_ / "model";
    std::string out;
    ASSERT_EQ(run_command(xlfuse_binary() + " init-model --threads 1 --vocab " +
                              quoted(test_data_dir() / "tiny_bert" / "vocab.txt") + " --out " + quoted(model_) +
                              " --hidden-size 16 --layers 1 --heads 2 --intermediate-size 32 --max-position 32 --seed 3",
                          &out),
              0)
        << out;
    write_file(dir_ / "a.txt", "the quick brown fox\nhello , world\nunaffable cafe in tokyo\nthe lazy dog\n");
    ASSERT_EQ(run_command(xlfuse_binary() + " embed --threads 1 --model " + quoted(model_) + " --input " +
                              quoted(dir_ / "a.txt") + " --layer 1 --pool mean --out " + quoted(dir_ / "a.safetensors"),
                          &out),
              0)
        << out;
  }
  TempDir dir_;
  std::filesystem::path model_;
};

TEST_F(RetrieveCliTest, EachSentenceFindsItselfAndPredictionsAreWritten) {
  std::string out;
  ASSERT_EQ(run_command(xlfuse_binary() + " retrieve --threads 1 --queries " + quoted(dir_ / "a.safetensors") +
                            " --candidates " + quoted(dir_ / "a.safetensors") + " --gold identity --top-k 2 --out " +
                            quoted(dir_ / "pred.tsv"),
                        &out),
            0)
      << out;
  EXPECT_NE(out.find("queries 4  candidates 4  top-1 accuracy 100.00"), std::string::npos) << out;
  const std::string pred = read_file(dir_ / "pred.tsv");
  EXPECT_EQ(pred.substr(0, 2), "0\t");
  EXPECT_EQ(std::count(pred.begin(), pred.end(), '\n'), 4);
}

// Counts and the files' metadata are checked: identity gold needs as many candidates as queries,
// a gold index must be a candidate, and embeddings of another layer (or model, pooling) are not
// compared with these.
TEST_F(RetrieveCliTest, MismatchedFilesAreRefusedNotScored) {
  write_file(dir_ / "b.txt", "the quick brown fox\nhello , world\n");
  std::string out;
  auto embed = [&](const std::string& input, const std::string& flags, const std::string& output) {
    return run_command(xlfuse_binary() + " embed --threads 1 --model " + quoted(model_) + " --input " +
                           quoted(dir_ / input) + " " + flags + " --out " + quoted(dir_ / output),
                       &out);
  };
  ASSERT_EQ(embed("b.txt", "--layer 1 --pool mean", "b.safetensors"), 0) << out;
  const std::string retrieve = xlfuse_binary() + " retrieve --threads 1 --queries " + quoted(dir_ / "a.safetensors");
  EXPECT_EQ(run_command(retrieve + " --candidates " + quoted(dir_ / "b.safetensors") + " --gold identity", &out), 1);
  EXPECT_NE(out.find("4 queries and 2 candidates"), std::string::npos) << out;
  EXPECT_EQ(out.find("accuracy"), std::string::npos) << out;
  write_file(dir_ / "far.txt", "0\n1\n5\n1\n");
  EXPECT_EQ(run_command(retrieve + " --candidates " + quoted(dir_ / "b.safetensors") + " --gold " +
                            quoted(dir_ / "far.txt"),
                        &out),
            1);
  EXPECT_NE(out.find("far.txt:3: candidate index 5 is out of range (there are 2 candidates)"), std::string::npos) << out;
  ASSERT_EQ(embed("a.txt", "--layer 0 --pool mean", "a0.safetensors"), 0) << out;
  EXPECT_EQ(run_command(retrieve + " --candidates " + quoted(dir_ / "a0.safetensors") + " --gold identity", &out), 1);
  EXPECT_NE(out.find("differ in 'layer' (1 vs 0)"), std::string::npos) << out;
  ASSERT_EQ(embed("a.txt", "--layer 1 --pool cls", "acls.safetensors"), 0) << out;
  EXPECT_EQ(run_command(retrieve + " --candidates " + quoted(dir_ / "acls.safetensors") + " --gold identity", &out), 1);
  EXPECT_NE(out.find("differ in 'pool' (mean vs cls)"), std::string::npos) << out;
}

TEST_F(RetrieveCliTest, GoldFileErrorsNameFileAndLine) {
  write_file(dir_ / "gold.txt", "0\n1\ntwo\n3\n");
  std::string out;
  EXPECT_EQ(run_command(xlfuse_binary() + " retrieve --queries " + quoted(dir_ / "a.safetensors") + " --candidates " +
                            quoted(dir_ / "a.safetensors") + " --gold " + quoted(dir_ / "gold.txt"),
                        &out),
            1);
  EXPECT_NE(out.find("gold.txt:3: expected one candidate index, got 'two'"), std::string::npos) << out;
  write_file(dir_ / "short.txt", "0\n1\n");
  EXPECT_EQ(run_command(xlfuse_binary() + " retrieve --queries " + quoted(dir_ / "a.safetensors") + " --candidates " +
                            quoted(dir_ / "a.safetensors") + " --gold " + quoted(dir_ / "short.txt"),
                        &out),
            1);
  EXPECT_NE(out.find("2 gold lines for 4 queries"), std::string::npos) << out;
}

TEST_F(RetrieveCliTest, MissingEmbeddingsFileAndBadTopKAreErrors) {
  std::string out;
  EXPECT_EQ(run_command(xlfuse_binary() + " retrieve --queries " + quoted(dir_ / "nope.safetensors") +
                            " --candidates " + quoted(dir_ / "a.safetensors"),
                        &out),
            1);
  EXPECT_NE(out.find("nope.safetensors"), std::string::npos) << out;
  EXPECT_EQ(run_command(xlfuse_binary() + " retrieve --queries " + quoted(dir_ / "a.safetensors") + " --candidates " +
                            quoted(dir_ / "a.safetensors") + " --top-k 9",
                        &out),
            1);
  EXPECT_NE(out.find("k must be in [1, 4]"), std::string::npos) << out;
}

TEST_F(RetrieveCliTest, InitModelRefusesToOverwrite) {
  const std::string before = read_file(model_ / "model.safetensors");
  std::string out;
  EXPECT_EQ(run_command(xlfuse_binary() + " init-model --vocab " + quoted(test_data_dir() / "tiny_bert" / "vocab.txt") +
                            " --out " + quoted(model_) + " --hidden-size 16 --layers 1 --heads 2 --seed 4",
                        &out),
            1);
  EXPECT_NE(out.find("refusing to overwrite"), std::string::npos) << out;
  EXPECT_EQ(before, read_file(model_ / "model.safetensors"));
}

}  // namespace
}  // namespace xlfuse::test
