// `xlfuse train` on a tiny UD-POS folder with the in-repo tiny model (tests/data/tiny_bert).
#include <filesystem>
#include <set>
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

TEST_F(TrainCliTest, TrainingFreeTaskIsRefused) {
  std::string out;
  EXPECT_EQ(train("tatoeba", (dir_ / "data").string(), "m", &out), 1);
  EXPECT_NE(out.find("needs no training"), std::string::npos) << out;
}

TEST_F(TrainCliTest, HelpShowsTaskDefaultsAndEveryFlag) {
  std::string out;
  ASSERT_EQ(run_command(xlfuse_binary() + " train --help", &out), 0) << out;
  EXPECT_NE(out.find("task default"), std::string::npos) << out;
  for (const char* flag : {"--task", "--init", "--data", "--out", "--seed", "--epochs", "--max-steps", "--batch-size",
                           "--grad-accumulation", "--lr", "--weight-decay", "--warmup-steps", "--warmup-ratio",
                           "--max-seq-length", "--max-grad-norm", "--eval-every", "--no-eval", "--save-every",
                           "--early-stopping-patience", "--resume", "--threads", "--precision", "--progress",
                           "--lower", "--mlm-text", "--fusion", "--fusion-layer", "--fusion-reduction",
                           "--fusion-norm", "--fusion-x2"})
    EXPECT_NE(out.find(flag), std::string::npos) << flag;
}

TEST_F(TrainCliTest, BadFlagValuesAreUsageErrors) {
  std::string out;
  EXPECT_EQ(train("udpos", (dir_ / "data").string(), "m", &out, "--precision fp16"), 2) << out;
  EXPECT_NE(out.find("--precision"), std::string::npos) << out;
  EXPECT_EQ(train("udpos", (dir_ / "data").string(), "m", &out, "--fusion nosuch"), 2) << out;
  EXPECT_NE(out.find("--fusion"), std::string::npos) << out;
  EXPECT_EQ(train("udpos", (dir_ / "data").string(), "m", &out, "--max-seq-length 100000"), 1) << out;
  EXPECT_NE(out.find("max_seq_length"), std::string::npos) << out;
}

// Kill -9 during training, then --resume: the final model is byte-identical to an uninterrupted run.
TEST_F(TrainCliTest, KilledRunResumesToIdenticalModel) {
  write_file(dir_ / "data/udpos/dev-en.tsv", udpos_train());
  const std::string data = (dir_ / "data").string();
  const std::string flags = "--seed 3 --eval-every 40 --progress off --lr 1e-3";
  auto command = [&](const std::string& out_name, const std::string& extra) {
    return xlfuse_binary() + " train --task udpos --init " + tiny_dir() + " --data " + data + " --out " +
           (dir_ / out_name).string() + " --max-steps 300 --batch-size 4 --grad-accumulation 2 --threads 1 " + flags +
           " " + extra;
  };
  std::string out;
  ASSERT_EQ(run_command(command("straight", ""), &out), 0) << out;

  // Start, wait for the first complete checkpoint, kill -9.
  const std::string ckpt = (dir_ / "killed/checkpoints").string();
  const std::string script = command("killed", "") + " > " + (dir_ / "killed.log").string() +
                             " 2>&1 & pid=$!; for i in $(seq 1 3000); do "
                             "if ls " + ckpt + "/checkpoint-*/MANIFEST.json >/dev/null 2>&1; then break; fi; "
                             "sleep 0.01; done; kill -9 $pid; wait $pid; echo exit=$?";
  ASSERT_EQ(run_command("bash -c '" + script + "'", &out), 0) << out;
  EXPECT_NE(out.find("exit=137"), std::string::npos) << "the run finished before it could be killed: " << out;
  EXPECT_TRUE(std::filesystem::exists(dir_ / "killed/checkpoints")) << out;

  ASSERT_EQ(run_command(command("killed", "--resume"), &out), 0) << out;
  EXPECT_NE(out.find("resumed from"), std::string::npos) << out;
  EXPECT_EQ(read_file(dir_ / "killed/model.safetensors"), read_file(dir_ / "straight/model.safetensors"));
  const auto a = nlohmann::json::parse(read_file(dir_ / "killed/xlfuse.json"));
  const auto b = nlohmann::json::parse(read_file(dir_ / "straight/xlfuse.json"));
  EXPECT_EQ(a.at("best_step"), b.at("best_step"));
  EXPECT_EQ(a.at("global_step"), 300);
  // metrics.jsonl holds one record per step, as the uninterrupted run's does: the records the
  // killed run wrote after its checkpoint are not repeated.
  auto records = [&](const std::string& name) {
    std::vector<std::string> keys;
    std::istringstream in(read_file(dir_ / name / "metrics.jsonl"));
    for (std::string line; std::getline(in, line);) {
      const auto j = nlohmann::json::parse(line);
      keys.push_back(std::to_string(j.at("step").get<int64_t>()) + (j.contains("eval_metric") ? " eval" : " update"));
    }
    return keys;
  };
  const auto killed = records("killed");
  EXPECT_EQ(killed, records("straight"));
  EXPECT_EQ(std::set<std::string>(killed.begin(), killed.end()).size(), killed.size());
}

// --resume needs a checkpoint: without one it is an error (nothing is trained or written);
// --resume-if-present starts afresh then.
TEST_F(TrainCliTest, ResumeWithoutCheckpointIsRefused) {
  std::string out;
  EXPECT_EQ(train("udpos", (dir_ / "data").string(), "fresh", &out, "--resume --no-eval"), 1) << out;
  EXPECT_NE(out.find("there is no checkpoint in"), std::string::npos) << out;
  EXPECT_NE(out.find("--resume-if-present"), std::string::npos) << out;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "fresh" / "model.safetensors"));
  EXPECT_EQ(train("udpos", (dir_ / "data").string(), "fresh", &out, "--resume-if-present --no-eval"), 0)
      << out;
  EXPECT_TRUE(std::filesystem::exists(dir_ / "fresh" / "model.safetensors"));
}

TEST_F(TrainCliTest, MissingDataNamesExpectedFile) {
  std::string out;
  EXPECT_EQ(train("udpos", (dir_ / "nodata").string(), "m", &out), 1);
  EXPECT_NE(out.find("train-en.tsv"), std::string::npos) << out;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "m" / "model.safetensors"));
}

}  // namespace
}  // namespace xlfuse::test
