// Model soups: identical ingredients give the model back bit for bit, incompatible ones are
// refused naming the ingredient, a greedy soup never scores below its best ingredient on English
// dev, and a run's snapshots are kept and averaged.
#include "xlfuse/pipeline/soup.h"

#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_utils.h"
#include "unit/predict/predict_test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/io/safetensors.h"
#include "xlfuse/train/run_training.h"

namespace xlfuse::pipeline {
namespace {

namespace fs = std::filesystem;
using predict::predict_testing::tiny_dir;
using predict::predict_testing::write_model_folder;

fs::path mini_data() { return fs::path(XLFUSE_SOURCE_DIR) / "examples/data/xtreme-mini"; }

TEST(Soup, IdenticalIngredientsGiveTheModelBitwise) {
  test::TempDir dir;
  write_model_folder(dir / "a", "token_classification", "udpos", tiny_dir() / "vocab.txt");
  fs::copy(dir / "a", dir / "b");
  SoupOptions o;
  o.members = (dir / "a").string() + "," + (dir / "b").string();
  o.out_dir = (dir / "soup").string();
  const SoupResult r = run_soup(o);
  EXPECT_EQ(r.ingredients.size(), 2u);
  const auto a = io::SafetensorsFile::open((dir / "a/model.safetensors").string());
  const auto s = io::SafetensorsFile::open((dir / "soup/model.safetensors").string());
  ASSERT_EQ(a.tensors().size(), s.tensors().size());
  for (const auto& t : a.tensors()) EXPECT_EQ(a.read_f32(t.name), s.read_f32(t.name)) << t.name;
  const auto info = nlohmann::json::parse(test::read_file(dir / "soup/xlfuse.json"));
  EXPECT_EQ(info.at("soup").at("method"), "uniform");
  EXPECT_EQ(info.at("soup").at("ingredients").size(), 2u);
  EXPECT_EQ(info.at("head_kind"), "token_classification");
  // The soup is a model folder: it loads strictly.
  EXPECT_NO_THROW(model::load_model_dir((dir / "soup").string()));
  // An existing soup is not overwritten.
  XLFUSE_EXPECT_THROW_WITH(run_soup(o), IoError, "refusing to overwrite");
}

TEST(Soup, AveragesAndRefusesIncompatibleIngredients) {
  test::TempDir dir;
  write_model_folder(dir / "a", "token_classification", "udpos", tiny_dir() / "vocab.txt", true, 1);
  write_model_folder(dir / "b", "token_classification", "udpos", tiny_dir() / "vocab.txt", true, 2);
  write_model_folder(dir / "ner", "token_classification", "panx", tiny_dir() / "vocab.txt", true, 3);
  write_model_folder(dir / "cls", "sequence_classification", "xnli", tiny_dir() / "vocab.txt", true, 4);
  SoupOptions o;
  o.members = (dir / "a").string() + "," + (dir / "b").string();
  o.out_dir = (dir / "soup").string();
  run_soup(o);
  const auto a = io::SafetensorsFile::open((dir / "a/model.safetensors").string());
  const auto b = io::SafetensorsFile::open((dir / "b/model.safetensors").string());
  const auto s = io::SafetensorsFile::open((dir / "soup/model.safetensors").string());
  const auto va = a.read_f32("classifier.weight"), vb = b.read_f32("classifier.weight"), vs = s.read_f32("classifier.weight");
  for (size_t i = 0; i < va.size(); ++i) EXPECT_NEAR(vs[i], (va[i] + vb[i]) / 2, 1e-7);
  o.out_dir = (dir / "bad").string();
  o.members = (dir / "a").string() + "," + (dir / "ner").string();
  XLFUSE_EXPECT_THROW_WITH(run_soup(o), ConfigError, "the labels differ");
  o.members = (dir / "a").string() + "," + (dir / "cls").string();
  XLFUSE_EXPECT_THROW_WITH(run_soup(o), ConfigError, "head sequence_classification vs token_classification");
  o.members = (dir / "a").string();
  XLFUSE_EXPECT_THROW_WITH(run_soup(o), ConfigError, "two or more");
  EXPECT_FALSE(fs::exists(dir / "bad" / "model.safetensors"));
}

// Two UD-POS runs of a few steps from tiny_bert: the greedy soup starts from the better on English
// dev and keeps an ingredient only when the soup's dev score does not fall.
TEST(Soup, GreedySoupIsNeverWorseThanItsBestIngredientOnEnglishDev) {
  test::TempDir dir;
  for (int seed : {1, 2}) {
    train::RunTrainingOptions t;
    t.task = "udpos";
    t.init_dir = tiny_dir().string();
    t.data_dir = mini_data().string();
    t.out_dir = (dir / ("run" + std::to_string(seed))).string();
    t.seed = seed;
    t.max_steps = 6;
    t.batch_size = 8;
    t.learning_rate = 1e-3;
    t.no_eval = true;
    t.threads = 1;
    t.progress = train::ProgressMode::Off;
    train::run_training(t);
  }
  SoupOptions o;
  o.members = (dir / "run1").string() + "," + (dir / "run2").string();
  o.greedy = true;
  o.data_dir = mini_data().string();
  o.out_dir = (dir / "soup").string();
  o.threads = 1;
  const SoupResult r = run_soup(o);
  ASSERT_EQ(r.english_dev_scores.size(), 2u);
  EXPECT_GE(r.soup_english_dev, std::max(r.english_dev_scores[0], r.english_dev_scores[1]));
  const auto info = nlohmann::json::parse(test::read_file(dir / "soup/xlfuse.json"));
  EXPECT_EQ(info.at("soup").at("method"), "greedy");
  EXPECT_EQ(info.at("soup").at("english_dev").at("split"), "dev");
  EXPECT_FALSE(fs::exists(dir / "soup" / ".trial-soup"));
}

// --keep-snapshots keeps the last N checkpoints as model folders; the soup averages them.
TEST(Soup, RunSnapshotsAreKeptAndAveraged) {
  test::TempDir dir;
  train::RunTrainingOptions t;
  t.task = "udpos";
  t.init_dir = tiny_dir().string();
  t.data_dir = mini_data().string();
  t.out_dir = (dir / "run").string();
  t.max_steps = 8;
  t.batch_size = 8;
  t.no_eval = true;
  t.save_every = 2;
  t.keep_snapshots = 3;
  t.threads = 1;
  t.progress = train::ProgressMode::Off;
  train::run_training(t);
  std::vector<std::string> kept;
  for (const auto& e : fs::directory_iterator(dir / "run" / "snapshots")) kept.push_back(e.path().filename().string());
  std::sort(kept.begin(), kept.end());
  EXPECT_EQ(kept, (std::vector<std::string>{"step-4", "step-6", "step-8"}));
  SoupOptions o;
  o.snapshots_of = (dir / "run").string();
  o.out_dir = (dir / "soup").string();
  const SoupResult r = run_soup(o);
  EXPECT_EQ(r.ingredients.size(), 3u);
  EXPECT_NO_THROW(model::load_model_dir((dir / "soup").string()));
}

}  // namespace
}  // namespace xlfuse::pipeline
