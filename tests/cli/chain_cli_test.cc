// The study's path from the command line on real data: an intermediate task (UD English POS from
// CoNLL-U treebanks) -> a target task of another kind (XCOPA, trained on English COPA) -> zero-shot
// prediction on every XCOPA language present, with a tiny random encoder over the mBERT vocabulary.
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

std::vector<float> tensor_values(const fs::path& file, const std::string& name) {
  auto f = io::SafetensorsFile::open(file.string());
  const auto* info = f.find(name);
  EXPECT_NE(info, nullptr) << name << " in " << file;
  if (!info) return {};
  std::vector<float> values(static_cast<size_t>(info->numel()));
  f.read_f32(*info, values.data());
  return values;
}

TEST(ChainCliTest, IntermediateThenTargetThenZeroShotOnEveryLanguage) {
  XLFUSE_REQUIRE_SHARED("data/ud/UD_English-EWT");
  XLFUSE_REQUIRE_SHARED("data/xtreme/xcopa/train-en.jsonl");
  const fs::path data = shared_dir() / "data";
  TempDir dir;
  const std::string bin = xlfuse_binary();
  std::string out;
  ASSERT_EQ(run_command(bin + " init-model --vocab " + (data / "mbert/vocab.txt").string() + " --out " +
                            (dir / "encoder").string() +
                            " --hidden-size 32 --layers 2 --heads 2 --intermediate-size 64 --seed 3 --threads 1",
                        &out),
            0)
      << out;

  // 1. Intermediate task: UPOS tagging on the English UD treebanks.
  ASSERT_EQ(run_command(bin + " train --task ud-upos --init " + (dir / "encoder").string() + " --data " +
                            data.string() + " --out " + (dir / "inter").string() +
                            " --max-steps 8 --batch-size 8 --no-eval --threads 1 --progress off",
                        &out),
            0)
      << out;
  // 2. Target task: XCOPA (English COPA training data), from the intermediate encoder.
  ASSERT_EQ(run_command(bin + " train --task xcopa --init " + (dir / "inter").string() + " --data " +
                            (data / "xtreme").string() + " --out " + (dir / "target").string() +
                            " --max-steps 6 --batch-size 4 --no-eval --threads 1 --progress off",
                        &out),
            0)
      << out;
  const auto meta = nlohmann::json::parse(read_file(dir / "target/xlfuse.json"));
  EXPECT_EQ(meta.at("task"), "xcopa");
  EXPECT_EQ(meta.at("head_kind"), "multiple_choice");
  EXPECT_EQ(meta.at("parent"), (dir / "inter").string());
  EXPECT_EQ(meta.at("chain"), (nlohmann::json{"ud-upos", "xcopa"}));

  // The intermediate head is gone and a multiple-choice head is there; the encoder moved on from
  // the intermediate one (it was trained further) but started from it.
  auto target = io::SafetensorsFile::open((dir / "target/model.safetensors").string());
  EXPECT_NE(target.find("classifier.weight"), nullptr);
  EXPECT_EQ(target.find("classifier.weight")->shape, (std::vector<int64_t>{1, 32}));
  const auto emb_init = tensor_values(dir / "encoder/model.safetensors", "embeddings.word_embeddings.weight");
  const auto emb_inter = tensor_values(dir / "inter/model.safetensors", "bert.embeddings.word_embeddings.weight");
  const auto emb_target = tensor_values(dir / "target/model.safetensors", "bert.embeddings.word_embeddings.weight");
  ASSERT_EQ(emb_inter.size(), emb_target.size());
  EXPECT_NE(emb_init, emb_inter);
  EXPECT_NE(emb_inter, emb_target);

  // 3. Zero-shot prediction on every XCOPA language in the data folder.
  ASSERT_EQ(run_command(bin + " predict --model " + (dir / "target").string() + " --task xcopa --langs all --data " +
                            (data / "xtreme").string() + " --split val --out " + (dir / "pred").string() + " --threads 1",
                        &out),
            0)
      << out;
  const auto scores = nlohmann::json::parse(read_file(dir / "pred/scores.json"));
  const std::vector<std::string> langs = {"et", "ht", "id", "it", "qu", "sw", "ta", "th", "tr", "vi", "zh"};
  for (const auto& lang : langs) {
    const fs::path pred = dir / "pred/xcopa" / ("val-" + lang + ".jsonl");
    ASSERT_TRUE(fs::is_regular_file(pred)) << pred << "\n" << out;
    size_t lines = 0;
    for (char c : read_file(pred)) lines += c == '\n';
    EXPECT_EQ(lines, 100u) << pred;  // XCOPA val: 100 examples per language
    EXPECT_TRUE(fs::is_regular_file(dir / "pred/raw/xcopa" / ("val-" + lang + ".safetensors"))) << lang;
    EXPECT_NE(scores.dump().find("\"" + lang + "\""), std::string::npos) << lang << " missing from scores.json";
  }
}

}  // namespace
}  // namespace xlfuse::test
