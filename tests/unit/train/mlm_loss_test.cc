// An untrained masked-LM head predicts close to uniformly over the mBERT vocabulary: its loss
// starts near ln(119,547) = 11.69, and training lowers it (issue: a reported 17.0 after 20 steps
// could not be reproduced; this pins the expected behaviour).
#include <cmath>

#include <gtest/gtest.h>
#include <torch/torch.h>

#include "real_data_utils.h"
#include "test_utils.h"
#include "xlfuse/data/mlm_blocks.h"
#include "xlfuse/text/vocab.h"
#include "xlfuse/train/task_batches.h"
#include "xlfuse/train/trainer.h"

namespace xlfuse::train {
namespace {

TEST(MaskedLmLoss, StartsNearUniformOverTheVocabularyAndFalls) {
  const auto vocab_path = std::filesystem::path(XLFUSE_SOURCE_DIR) / "examples/data/mbert-vocab/vocab.txt";
  const text::BertTokenizer tok(text::Vocab::load(vocab_path.string()));
  const int64_t v = static_cast<int64_t>(tok.vocab().size());
  ASSERT_EQ(v, 119547);
  const auto questions = std::filesystem::path(XLFUSE_SOURCE_DIR) / "examples/data/xquad-questions";
  TrainData data;
  data.features = data::pack_text_blocks({(questions / "en.txt").string(), (questions / "de.txt").string()}, tok, 32);
  ASSERT_GT(data.features.size(), 50u);

  model::TaskModel m = real_data::tiny_model("masked_lm", v);
  TrainOptions o;
  o.batch_size = 8;
  o.max_steps = 24;
  o.learning_rate = 3e-3;
  o.log_every = 0;
  o.progress = ProgressMode::Off;
  o.mlm.mask_id = tok.vocab().mask_id();
  o.mlm.vocab_size = v;
  o.mlm.special_ids = {tok.vocab().cls_id(), tok.vocab().sep_id(), tok.vocab().pad_id()};

  // The first batch through the untrained model.
  TaskBatches batches(model::HeadKind::MaskedLm, data, o, o.seed, m->config());
  m->eval();
  double initial = 0;
  {
    torch::NoGradGuard no_grad;
    initial = m->forward(batches.prepare(0, 0).inputs).loss.item<double>();
  }
  EXPECT_NEAR(initial, std::log(static_cast<double>(v)), 0.3) << "uniform prediction gives ln(V)";

  const TrainSummary s = train_task_model(m, data, o);
  EXPECT_LT(s.final_loss, initial - 0.4) << "24 updates at lr 3e-3 lower the loss";
}

}  // namespace
}  // namespace xlfuse::train
