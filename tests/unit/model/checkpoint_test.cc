// Strict loading: every missing, misshaped or unused tensor is an error naming it; ignored
// prefixes are reported; the model is untouched when loading fails; save/load round-trips.
#include "xlfuse/model/checkpoint.h"

#include <functional>

#include <gtest/gtest.h>
#include <torch/torch.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/io/safetensors.h"
#include "xlfuse/model/bert.h"

namespace xlfuse::model {
namespace {

std::string tiny_dir() { return (test::test_data_dir() / "tiny_bert").string(); }
io::BertConfig tiny_config() { return io::read_bert_config(tiny_dir() + "/config.json"); }

// Writes the tiny checkpoint's tensors to `path` after `edit` may rename/reshape/drop/add entries.
struct Entry {
  std::string name;
  std::vector<int64_t> shape;
  std::vector<float> data;
};
void write_edited(const std::string& path, const std::function<void(std::vector<Entry>&)>& edit) {
  auto file = io::SafetensorsFile::open(tiny_dir() + "/model.safetensors");
  std::vector<Entry> entries;
  for (const auto& t : file.tensors()) entries.push_back({t.name, t.shape, file.read_f32(t.name)});
  edit(entries);
  std::vector<io::TensorToWrite> out;
  for (const auto& e : entries) out.push_back({e.name, e.shape, e.data.data()});
  io::write_safetensors(path, out);
}

torch::Tensor flat_params(const BertModel& model) {
  std::vector<torch::Tensor> parts;
  for (const auto& p : model->named_parameters()) parts.push_back(p.value().detach().flatten());
  return torch::cat(parts);
}

TEST(CheckpointTest, LoadsTinyModelStrictly) {
  LoadReport report;
  BertModel model = load_bert_model(tiny_dir(), {}, &report);
  EXPECT_EQ(report.loaded, 39u);
  EXPECT_TRUE(report.problems.empty());
  EXPECT_FALSE(report.prefix_stripped);
  EXPECT_TRUE(model->has_pooler());
  EXPECT_FALSE(model->is_training());
  auto file = io::SafetensorsFile::open(tiny_dir() + "/model.safetensors");
  auto expected = file.read_f32("encoder.layer.1.attention.self.value.weight");
  auto got = model->encoder->at(1)->attention->self->value->weight;
  ASSERT_EQ(got.numel(), static_cast<int64_t>(expected.size()));
  EXPECT_TRUE(torch::equal(got.flatten(), torch::from_blob(expected.data(), {got.numel()}, torch::kFloat)));
}

TEST(CheckpointTest, MissingTensorIsAnError) {
  test::TempDir dir;
  const auto path = (dir / "m.safetensors").string();
  write_edited(path, [](std::vector<Entry>& e) {
    e.erase(std::remove_if(e.begin(), e.end(), [](const Entry& x) { return x.name == "encoder.layer.1.output.dense.bias"; }),
            e.end());
  });
  BertModel model(tiny_config());
  auto before = flat_params(model).clone();
  auto file = io::SafetensorsFile::open(path);
  XLFUSE_EXPECT_THROW_WITH(load_encoder_weights(model, file), CheckpointError,
                           "tensor 'encoder.layer.1.output.dense.bias' not found");
  EXPECT_TRUE(torch::equal(before, flat_params(model))) << "a failed load must leave the model untouched";
}

TEST(CheckpointTest, MisshapedTensorIsAnErrorWithBothShapes) {
  test::TempDir dir;
  const auto path = (dir / "m.safetensors").string();
  write_edited(path, [](std::vector<Entry>& e) {
    for (auto& x : e)
      if (x.name == "encoder.layer.0.attention.self.query.weight") {
        x.shape = {32, 16};
        x.data.resize(32 * 16);
      }
  });
  BertModel model(tiny_config());
  auto file = io::SafetensorsFile::open(path);
  XLFUSE_EXPECT_THROW_WITH(load_encoder_weights(model, file), CheckpointError,
                           "tensor 'encoder.layer.0.attention.self.query.weight' has wrong shape: expected [32, 32], got [32, 16]");
}

TEST(CheckpointTest, LeftoverTensorsAreListed) {
  test::TempDir dir;
  const auto path = (dir / "m.safetensors").string();
  write_edited(path, [](std::vector<Entry>& e) {
    for (int i = 0; i < 12; ++i) e.push_back({"extra.t" + std::to_string(10 + i), {2}, {1.f, 2.f}});
  });
  BertModel model(tiny_config());
  auto file = io::SafetensorsFile::open(path);
  XLFUSE_EXPECT_THROW_WITH(load_encoder_weights(model, file), CheckpointError, "12 unused tensor(s)");
  XLFUSE_EXPECT_THROW_WITH(load_encoder_weights(model, file), CheckpointError, "extra.t10");
  XLFUSE_EXPECT_THROW_WITH(load_encoder_weights(model, file), CheckpointError, "... and 2 more");
  // Ignoring the prefix makes it loadable, and the ignored names are reported.
  LoadOptions opt;
  opt.extra_ignore_prefixes = {"extra."};
  auto report = load_encoder_weights(model, file, opt);
  EXPECT_EQ(report.ignored_reported.size(), 12u);
  EXPECT_EQ(report.loaded, 39u);
}

TEST(CheckpointTest, TaskCheckpointPrefixPretrainingHeadsAndPooler) {
  test::TempDir dir;
  const auto path = (dir / "m.safetensors").string();
  write_edited(path, [](std::vector<Entry>& e) {
    for (auto& x : e) x.name = "bert." + x.name;
    e.push_back({"cls.predictions.bias", {200}, std::vector<float>(200, 0.f)});
    e.push_back({"classifier.weight", {3, 32}, std::vector<float>(96, 0.f)});
  });
  auto file = io::SafetensorsFile::open(path);
  {
    BertModel model(tiny_config());
    XLFUSE_EXPECT_THROW_WITH(load_encoder_weights(model, file), CheckpointError, "classifier.weight");
  }
  LoadOptions opt;
  opt.extra_ignore_prefixes = kTaskHeadPrefixes;
  BertModel model(tiny_config());
  auto report = load_encoder_weights(model, file, opt);
  EXPECT_TRUE(report.prefix_stripped);
  EXPECT_EQ(report.loaded, 39u);
  EXPECT_EQ(report.ignored, std::vector<std::string>{"cls.predictions.bias"});
  EXPECT_EQ(report.ignored_reported, std::vector<std::string>{"classifier.weight"});
  // Without a pooler in the model, the checkpoint's pooler is ignored and reported.
  BertModel no_pooler(tiny_config(), /*add_pooler=*/false);
  auto r2 = load_encoder_weights(no_pooler, file, opt);
  EXPECT_EQ(r2.loaded, 37u);
  EXPECT_EQ(r2.ignored_reported.size(), 3u);
  // Strict about the pooler when asked to be.
  LoadOptions strict = opt;
  strict.optional_prefixes.clear();
  test::TempDir dir2;
  const auto path2 = (dir2 / "m.safetensors").string();
  write_edited(path2, [](std::vector<Entry>& e) {
    e.erase(std::remove_if(e.begin(), e.end(), [](const Entry& x) { return x.name.rfind("pooler.", 0) == 0; }), e.end());
  });
  auto file2 = io::SafetensorsFile::open(path2);
  BertModel with_pooler(tiny_config());
  XLFUSE_EXPECT_THROW_WITH(load_encoder_weights(with_pooler, file2, strict), CheckpointError,
                           "tensor 'pooler.dense.weight' not found, and 1 more: 'pooler.dense.bias'");
  auto r3 = load_encoder_weights(with_pooler, file2, opt);
  EXPECT_EQ(r3.missing_optional.size(), 2u);
}

TEST(CheckpointTest, SaveThenLoadRoundTrips) {
  test::TempDir dir;
  BertModel a = load_bert_model(tiny_dir());
  const auto path = (dir / "saved.safetensors").string();
  save_encoder_weights(a, path, {{"origin", "test"}});
  auto file = io::SafetensorsFile::open(path);
  EXPECT_EQ(file.metadata().at("origin"), "test");
  EXPECT_EQ(file.tensors().size(), 39u);
  BertModel b(tiny_config());
  load_encoder_weights(b, file);
  EXPECT_TRUE(torch::equal(flat_params(a), flat_params(b)));
}

TEST(CheckpointTest, ModelDirErrorsNameTheFile) {
  test::TempDir dir;
  XLFUSE_EXPECT_THROW_WITH(load_bert_model((dir / "nope").string()), IoError, "does not exist");
  test::write_file(dir / "config.json", test::read_file(tiny_dir() + "/config.json"));
  XLFUSE_EXPECT_THROW_WITH(load_bert_model(dir.path().string()), IoError, "has no model.safetensors");
}

TEST(CheckpointTest, PlanWithoutModelFindsTheSameProblems) {
  test::TempDir dir;
  const auto path = (dir / "m.safetensors").string();
  write_edited(path, [](std::vector<Entry>& e) { e.pop_back(); });  // drops the last (sorted) tensor
  auto file = io::SafetensorsFile::open(path);
  auto report = plan_encoder_load(encoder_parameter_specs(tiny_config(), true), file, {});
  // pooler is optional by default: the dropped pooler.dense.weight is reported, not a problem.
  EXPECT_TRUE(report.problems.empty());
  EXPECT_EQ(report.missing_optional, std::vector<std::string>{"pooler.dense.weight"});
}

}  // namespace
}  // namespace xlfuse::model
