// XLM-R folders through every command, on real data: a random tiny XLM-R over the xlmr-tiny
// SentencePiece model -> an intermediate task (UD English POS, tagging) -> a target task of
// another kind (TyDiQA-GoldP, extractive QA) -> zero-shot prediction (XQuAD, UD-POS) and an ensemble;
// plus inspect, tokenize,
// embed, pretrain and the refusals of broken XLM-R folders.
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_utils.h"
#include "xlfuse/io/safetensors.h"

namespace xlfuse::test {
namespace {

namespace fs = std::filesystem;

constexpr const char* kSpm = "golden/xlmr-tiny/model/sentencepiece.bpe.model";

class XlmrCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    XLFUSE_REQUIRE_SHARED(kSpm);
    XLFUSE_REQUIRE_SHARED("data/ud/UD_English-EWT");
    XLFUSE_REQUIRE_SHARED("data/xtreme/tydiqa/tydiqa.goldp.en.train.json");
    ASSERT_EQ(xlfuse("init-model --arch xlm-roberta --sentencepiece " + (shared_dir() / kSpm).string() + " --out " +
                     path("encoder") + " --hidden-size 32 --layers 2 --heads 2 --intermediate-size 64 --seed 3"),
              0)
        << out_;
  }

  int xlfuse(const std::string& args) { return run_command(xlfuse_binary() + " " + args + " 2>&1", &out_); }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  static std::string data() { return (shared_dir() / "data").string(); }
  static std::string xtreme() { return (shared_dir() / "data/xtreme").string(); }

  TempDir dir_;
  std::string out_;
};

TEST_F(XlmrCliTest, InitModelWritesAFolderInHfLayout) {
  const auto config = nlohmann::json::parse(read_file(dir_ / "encoder/config.json"));
  EXPECT_EQ(config.at("model_type"), "xlm-roberta");
  EXPECT_EQ(config.at("vocab_size"), 8002);
  EXPECT_EQ(config.at("pad_token_id"), 1);
  EXPECT_EQ(config.at("type_vocab_size"), 1);
  EXPECT_TRUE(fs::exists(dir_ / "encoder/sentencepiece.bpe.model"));
  EXPECT_FALSE(fs::exists(dir_ / "encoder/vocab.txt"));
  auto weights = io::SafetensorsFile::open(path("encoder/model.safetensors"));
  // A bare XLMRobertaModel, as HF saves one: no prefix, no pooler in a masked-LM-style encoder.
  EXPECT_NE(weights.find("embeddings.position_embeddings.weight"), nullptr);
  EXPECT_EQ(weights.find("embeddings.position_embeddings.weight")->shape, (std::vector<int64_t>{514, 32}));
  EXPECT_EQ(weights.find("pooler.dense.weight"), nullptr);
  ASSERT_EQ(xlfuse("inspect " + path("encoder")), 0) << out_;
  EXPECT_NE(out_.find("xlm-roberta"), std::string::npos) << out_;
  EXPECT_NE(out_.find("8002"), std::string::npos) << out_;
}

TEST_F(XlmrCliTest, TokenizeEmbedAndPretrainAcceptTheFolder) {
  const fs::path text = dir_ / "lines.txt";
  write_file(text, "The cat sat on the mat.\nDie Katze sitzt.\n");
  ASSERT_EQ(run_command(xlfuse_binary() + " tokenize --model " + path("encoder") + " --ids < " + text.string(), &out_),
            0)
      << out_;
  EXPECT_EQ(out_.rfind("0 ", 0), 0u) << out_;  // <s> first
  ASSERT_EQ(xlfuse("embed --model " + path("encoder") + " --input " + text.string() + " --out " + path("emb.npy") +
                   " --threads 1"),
            0)
      << out_;
  EXPECT_TRUE(fs::exists(dir_ / "emb.npy"));
  ASSERT_EQ(xlfuse("pretrain --init " + path("encoder") + " --text " + text.string() + " --out " + path("mlm") +
                   " --max-steps 2 --batch-size 2 --max-seq-length 16 --threads 1 --progress off"),
            0)
      << out_;
  auto weights = io::SafetensorsFile::open(path("mlm/model.safetensors"));
  EXPECT_NE(weights.find("lm_head.bias"), nullptr);
  EXPECT_NE(weights.find("roberta.encoder.layer.1.output.dense.weight"), nullptr);
  EXPECT_TRUE(fs::exists(dir_ / "mlm/sentencepiece.bpe.model"));
  // The pretrained folder continues with its masked-LM head.
  ASSERT_EQ(xlfuse("pretrain --init " + path("mlm") + " --text " + text.string() + " --out " + path("mlm2") +
                   " --max-steps 1 --batch-size 2 --max-seq-length 16 --threads 1 --progress off"),
            0)
      << out_;
  EXPECT_NE(out_.find("with its MLM head"), std::string::npos) << out_;
}

TEST_F(XlmrCliTest, IntermediateThenTargetThenZeroShot) {
  // 1. Intermediate: UPOS tagging on the English UD treebanks (pieces end with </s></s>).
  ASSERT_EQ(xlfuse("train --task ud-upos --init " + path("encoder") + " --data " + data() + " --out " + path("inter") +
                   " --max-steps 6 --batch-size 8 --no-eval --threads 1 --progress off"),
            0)
      << out_;
  // 2. Target: TyDiQA-GoldP (English training data), extractive QA from the intermediate encoder;
  // two seeds, for an ensemble.
  for (const char* seed : {"1", "2"})
    ASSERT_EQ(xlfuse("train --task tydiqa --init " + path("inter") + " --data " + xtreme() + " --out " +
                     path(std::string("target") + seed) + " --seed " + seed +
                     " --max-steps 3 --batch-size 4 --max-seq-length 128 --no-eval --threads 1 --progress off"),
              0)
        << out_;
  const auto meta = nlohmann::json::parse(read_file(dir_ / "target1/xlfuse.json"));
  EXPECT_EQ(meta.at("chain"), (nlohmann::json{"ud-upos", "tydiqa"}));
  EXPECT_TRUE(fs::exists(dir_ / "target1/sentencepiece.bpe.model"));
  const auto config = nlohmann::json::parse(read_file(dir_ / "target1/config.json"));
  EXPECT_EQ(config.at("model_type"), "xlm-roberta");
  EXPECT_EQ(config.at("architectures"), (nlohmann::json{"XLMRobertaForQuestionAnswering"}));
  auto weights = io::SafetensorsFile::open(path("target1/model.safetensors"));
  EXPECT_NE(weights.find("roberta.embeddings.word_embeddings.weight"), nullptr);
  EXPECT_NE(weights.find("qa_outputs.weight"), nullptr);

  // 3. Zero-shot: XQuAD (answers present here; TyDiQA's dev answers are blanked in ../shared), and
  // the tagging intermediate on UD-POS. An ensemble needs English dev outputs of every member
  // (SQuAD dev): XQuAD's English file stands in for it in a data folder of links.
  const fs::path qa_data = dir_ / "qa-data";
  fs::create_directories(qa_data / "squad");
  fs::create_directory_symlink(shared_dir() / "data/xtreme/xquad", qa_data / "xquad");
  fs::copy_file(shared_dir() / "data/xtreme/xquad/xquad.en.json", qa_data / "squad/dev-v1.1.json");
  for (const char* seed : {"1", "2"}) {
    const std::string model = path(std::string("target") + seed), pred = path(std::string("pred") + seed);
    ASSERT_EQ(xlfuse("predict --model " + model + " --task xquad --langs de,zh,en --data " + qa_data.string() +
                     " --out " + pred + " --threads 1"),
              0)
        << out_;
    ASSERT_EQ(xlfuse("predict --model " + model + " --task squad --split dev --langs en --data " + qa_data.string() +
                     " --out " + pred + " --threads 1"),
              0)
        << out_;
  }
  const auto scores = nlohmann::json::parse(read_file(dir_ / "pred1/scores.json"));
  for (const char* lang : {"de", "zh"}) {
    EXPECT_TRUE(fs::is_regular_file(dir_ / "pred1/xquad" / (std::string("test-") + lang + ".json"))) << lang;
    EXPECT_NE(scores.dump().find(std::string("\"") + lang + "\""), std::string::npos) << scores.dump();
  }
  ASSERT_EQ(xlfuse("predict --model " + path("inter") + " --task udpos --split test --langs es,fi,zh --data " +
                   xtreme() + " --out " + path("pos") + " --threads 1"),
            0)
      << out_;
  const auto pos = nlohmann::json::parse(read_file(dir_ / "pos/scores.json"));
  for (const char* lang : {"es", "fi", "zh"})
    EXPECT_NE(pos.dump().find(std::string("\"") + lang + "\""), std::string::npos) << pos.dump();

  // 4. The ensemble re-reads the stored raw outputs with the tokenizer of the members' folders.
  ASSERT_EQ(xlfuse("ensemble --members " + path("pred1") + "," + path("pred2") +
                   " --task xquad --method mean-logit --data " + qa_data.string() + " --out " + path("ens") +
                   " --bootstrap 20"),
            0)
      << out_;
  const auto ens = nlohmann::json::parse(read_file(dir_ / "ens/ensemble.json"));
  EXPECT_EQ(ens.at("languages").at("de").at("members").size(), 2u);
}

// The multiple-choice head, layer fusion and bf16 on an XLM-R encoder, then zero-shot XCOPA.
TEST_F(XlmrCliTest, MultipleChoiceWithLayerFusionInBf16) {
  XLFUSE_REQUIRE_SHARED("data/xtreme/xcopa/train-en.jsonl");
  ASSERT_EQ(xlfuse("train --task xcopa --init " + path("encoder") + " --data " + xtreme() + " --out " + path("copa") +
                   " --fusion aif --fusion-layer 1 --precision bf16 --max-steps 3 --batch-size 4 --no-eval --threads 1"
                   " --progress off"),
            0)
      << out_;
  const auto meta = nlohmann::json::parse(read_file(dir_ / "copa/xlfuse.json"));
  EXPECT_EQ(meta.at("head_kind"), "multiple_choice");
  EXPECT_EQ(meta.at("fusion").at("kind"), "aif");
  const auto config = nlohmann::json::parse(read_file(dir_ / "copa/config.json"));
  EXPECT_EQ(config.at("architectures"), (nlohmann::json{"XLMRobertaForMultipleChoice"}));
  ASSERT_EQ(xlfuse("predict --model " + path("copa") + " --task xcopa --split val --langs et,sw --data " + xtreme() +
                   " --out " + path("pcopa") + " --threads 1"),
            0)
      << out_;
  const auto scores = nlohmann::json::parse(read_file(dir_ / "pcopa/scores.json"));
  EXPECT_NE(scores.dump().find("\"sw\""), std::string::npos) << scores.dump();
}

TEST_F(XlmrCliTest, BrokenFoldersAreRefusedNamingTheFile) {
  // A corrupt sentencepiece model.
  fs::copy(dir_ / "encoder", dir_ / "corrupt", fs::copy_options::recursive);
  write_file(dir_ / "corrupt/sentencepiece.bpe.model", "not a model");
  EXPECT_NE(xlfuse("tokenize --model " + path("corrupt") + " --ids < /dev/null"), 0);
  EXPECT_NE(out_.find("sentencepiece.bpe.model"), std::string::npos) << out_;
  // No tokenizer at all.
  fs::copy(dir_ / "encoder", dir_ / "none", fs::copy_options::recursive);
  fs::remove(dir_ / "none/sentencepiece.bpe.model");
  EXPECT_NE(xlfuse("train --task ud-upos --init " + path("none") + " --data " + data() + " --out " + path("x") +
                   " --max-steps 1 --no-eval --threads 1 --progress off"),
            0);
  EXPECT_NE(out_.find("sentencepiece.bpe.model"), std::string::npos) << out_;
  EXPECT_FALSE(fs::exists(dir_ / "x/model.safetensors"));
  // An unknown model_type.
  fs::copy(dir_ / "encoder", dir_ / "unknown", fs::copy_options::recursive);
  auto config = nlohmann::json::parse(read_file(dir_ / "unknown/config.json"));
  config["model_type"] = "gpt2";
  write_file(dir_ / "unknown/config.json", config.dump());
  EXPECT_NE(xlfuse("inspect " + path("unknown")), 0);
  EXPECT_NE(out_.find("model_type"), std::string::npos) << out_;
  EXPECT_NE(out_.find("gpt2"), std::string::npos) << out_;
  // A config whose vocabulary size disagrees with the tokenizer, in a fine-tuned folder.
  ASSERT_EQ(xlfuse("train --task ud-upos --init " + path("encoder") + " --data " + data() + " --out " + path("pos") +
                   " --max-steps 1 --batch-size 2 --no-eval --threads 1 --progress off"),
            0)
      << out_;
  fs::copy(dir_ / "pos", dir_ / "mismatch", fs::copy_options::recursive);
  auto mismatch = nlohmann::json::parse(read_file(dir_ / "mismatch/config.json"));
  mismatch["vocab_size"] = 9000;
  write_file(dir_ / "mismatch/config.json", mismatch.dump());
  EXPECT_NE(xlfuse("predict --model " + path("mismatch") + " --task udpos --split test --langs es --data " + xtreme() +
                   " --out " + path("y") + " --threads 1"),
            0);
  EXPECT_NE(out_.find("8002"), std::string::npos) << out_;
}

}  // namespace
}  // namespace xlfuse::test
