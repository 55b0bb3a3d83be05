#include "xlfuse/model/init.h"

#include <torch/torch.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/model/bert.h"
#include "xlfuse/model/checkpoint.h"

namespace xlfuse::model {
namespace {

RandomModelOptions tiny_options(const test::TempDir& dir, const std::string& name, uint64_t seed) {
  RandomModelOptions o;
  o.vocab_path = (test::test_data_dir() / "tiny_bert" / "vocab.txt").string();
  o.out_dir = (dir / name).string();
  o.config.hidden_size = 16;
  o.config.num_hidden_layers = 2;
  o.config.num_attention_heads = 2;
  o.config.intermediate_size = 32;
  o.config.max_position_embeddings = 32;
  o.config.initializer_range = 0.02;
  o.seed = seed;
  return o;
}

TEST(InitModelTest, WritesALoadableFolderWithHfInitialisation) {
  test::TempDir dir;
  auto o = tiny_options(dir, "m", 7);
  create_random_model_dir(o);
  BertModel model = load_bert_model(o.out_dir);
  EXPECT_EQ(model->config().hidden_size, 16);
  EXPECT_EQ(model->config().vocab_size, 200);  // from the vocabulary, not the default
  for (auto& p : model->named_parameters()) {
    const std::string& name = p.key();
    if (name.find("LayerNorm.weight") != std::string::npos) {
      EXPECT_TRUE(torch::all(p.value() == 1).item<bool>()) << name;
    } else if (name.size() > 5 && name.substr(name.size() - 5) == ".bias") {
      EXPECT_TRUE(torch::all(p.value() == 0).item<bool>()) << name;
    } else {
      double std = p.value().std().item<double>();
      EXPECT_GT(std, 0.01) << name;
      EXPECT_LT(std, 0.03) << name;
    }
  }
  // The padding row is zero, as HF's nn.Embedding(padding_idx) init leaves it.
  EXPECT_TRUE(torch::all(model->embeddings->word_embeddings->weight[0] == 0).item<bool>());
}

TEST(InitModelTest, SameSeedSameBytesOtherSeedDiffers) {
  test::TempDir dir;
  create_random_model_dir(tiny_options(dir, "a", 3));
  create_random_model_dir(tiny_options(dir, "b", 3));
  create_random_model_dir(tiny_options(dir, "c", 4));
  const auto a = test::read_file(dir / "a" / "model.safetensors");
  EXPECT_EQ(a, test::read_file(dir / "b" / "model.safetensors"));
  EXPECT_NE(a, test::read_file(dir / "c" / "model.safetensors"));
}

TEST(InitModelTest, RefusesToOverwriteAModel) {
  test::TempDir dir;
  auto o = tiny_options(dir, "m", 1);
  create_random_model_dir(o);
  const auto before = test::read_file(dir / "m" / "model.safetensors");
  o.seed = 2;
  XLFUSE_EXPECT_THROW_WITH(create_random_model_dir(o), IoError, "refusing to overwrite");
  EXPECT_EQ(before, test::read_file(dir / "m" / "model.safetensors"));
}

TEST(InitModelTest, RejectsBadArchitecture) {
  test::TempDir dir;
  auto o = tiny_options(dir, "m", 1);
  o.config.num_attention_heads = 3;  // 16 is not divisible by 3
  EXPECT_THROW(create_random_model_dir(o), ConfigError);
  EXPECT_FALSE(std::filesystem::exists(dir / "m" / "model.safetensors"));
}

}  // namespace
}  // namespace xlfuse::model
