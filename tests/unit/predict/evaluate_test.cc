// evaluate_model: the in-process score equals `xlfuse score` (eval::score_files) on the written
// prediction files, for classification, tagging, QA and multiple choice.
#include <torch/torch.h>

#include <gtest/gtest.h>

#include "predict_test_utils.h"
#include "test_utils.h"
#include "xlfuse/data/task_files.h"
#include "xlfuse/core/error.h"
#include "xlfuse/data/decode.h"
#include "xlfuse/data/task_features.h"
#include "xlfuse/eval/score_folder.h"
#include "xlfuse/eval/submission.h"
#include "xlfuse/decode/decode_outputs.h"
#include "xlfuse/decode/scoring.h"
#include "xlfuse/predict/inference.h"
#include "xlfuse/predict/predict.h"

namespace xlfuse::predict {
namespace {

using namespace predict_testing;

// The prediction file of the whole pipeline (features -> inference -> decode -> writer).
std::string predict_to_file(model::TaskModel& m, const std::string& task_name, const data::Dataset& d,
                            const text::BertTokenizer& tok, const test::TempDir& tmp, int batch_size = 3) {
  const auto& task = data::task_info(task_name);
  const auto features = data::make_task_features(task, d, tok);
  InferenceOptions o;
  o.batch_size = batch_size;
  const io::RawOutputs raw = run_inference(m, task, features, o);
  const decode::Predictions p = decode::decode_outputs(task, d, features, raw);
  const std::string path = (tmp / ("pred." + decode::scoring_task(task).extension)).string();
  decode::write_predictions(path, task, p);
  return path;
}

void expect_same(const Evaluation& e, const eval::MetricValues& scored) {
  ASSERT_FALSE(scored.empty());
  for (const auto& [name, value] : scored) {
    ASSERT_TRUE(e.all.count(name)) << name;
    EXPECT_DOUBLE_EQ(e.all.at(name), value) << name;
  }
  EXPECT_EQ(e.all.size(), scored.size());
  EXPECT_DOUBLE_EQ(e.value, scored.at(e.metric));
}

TEST(EvaluateModel, ClassificationEqualsScoreOfUnbatchedPredictions) {
  const auto tok = tiny_tokenizer();
  const data::Dataset d = data::read_task(fixtures(), "xnli", "dev", "en");
  ASSERT_TRUE(d.labelled);
  model::TaskModel m = tiny_model("sequence_classification", "xnli");
  EvaluateOptions o;
  o.batch_size = 4;  // several batches of different widths
  const Evaluation e = evaluate_model(m, "xnli", d, tok, o);
  EXPECT_EQ(e.metric, "accuracy");

  // Reference: every feature alone (no padding), argmax, the official scorer on the files.
  const auto& task = data::task_info("xnli");
  const auto features = data::make_task_features(task, d, tok);
  const auto& pairs = std::get<std::vector<data::PairExample>>(d.examples);
  ASSERT_EQ(features.size(), pairs.size());
  std::vector<std::string> predicted, gold;
  {
    torch::NoGradGuard no_grad;
    m->eval();
    for (const auto& f : features) {
      model::TaskInputs in;
      std::vector<int64_t> ids(f.input_ids.begin(), f.input_ids.end()), types(f.type_ids.begin(), f.type_ids.end());
      in.input_ids = torch::tensor(ids).unsqueeze(0);
      in.token_type_ids = torch::tensor(types).unsqueeze(0);
      auto logits = m->forward(in).logits.contiguous();
      predicted.push_back(task.labels[data::argmax(logits.data_ptr<float>(), task.labels.size())]);
    }
  }
  for (const auto& p : pairs) gold.push_back(*p.label);
  test::TempDir tmp;
  eval::write_label_lines((tmp / "pred.tsv").string(), predicted);
  eval::write_label_lines((tmp / "gold.tsv").string(), gold);
  const auto scored = eval::score_files(*eval::find_task("xnli"), (tmp / "pred.tsv").string(),
                                        (tmp / "gold.tsv").string(), "en");
  expect_same(e, scored);
  // The same file from the batched pipeline.
  EXPECT_EQ(test::read_file(predict_to_file(m, "xnli", d, tok, tmp)), test::read_file(tmp / "pred.tsv"));
}

TEST(EvaluateModel, TaggingEqualsScoreFiles) {
  const auto tok = tiny_tokenizer();
  const data::Dataset d = data::read_task(fixtures(), "udpos", "train", "en");
  ASSERT_TRUE(d.labelled);
  model::TaskModel m = tiny_model("token_classification", "udpos");
  const Evaluation e = evaluate_model(m, "udpos", d, tok);
  EXPECT_EQ(e.metric, "f1");
  test::TempDir tmp;
  const std::string pred = predict_to_file(m, "udpos", d, tok, tmp);
  // The labelled data file ("word\ttag" lines) is a label file for read_tag_file.
  const auto scored = eval::score_files(*eval::find_task("udpos"), pred, d.files.at(0), "en");
  expect_same(e, scored);
  EXPECT_TRUE(scored.count("precision"));
}

TEST(EvaluateModel, QaEqualsScoreFiles) {
  const auto tok = tiny_tokenizer();
  const data::Dataset d = data::read_task(fixtures(), "xquad", "test", "en");
  ASSERT_TRUE(d.labelled);
  model::TaskModel m = tiny_model("question_answering", "xquad");
  const Evaluation e = evaluate_model(m, "xquad", d, tok);
  EXPECT_EQ(e.metric, "f1");
  ASSERT_TRUE(e.all.count("exact_match"));
  test::TempDir tmp;
  const std::string pred = predict_to_file(m, "xquad", d, tok, tmp);
  const auto answers = eval::read_qa_predictions(pred);
  EXPECT_EQ(answers.size(), std::get<std::vector<data::QaExample>>(d.examples).size());
  // The SQuAD-format data file is the label file.
  expect_same(e, eval::score_files(*eval::find_task("xquad"), pred, d.files.at(0), "en"));
}

TEST(EvaluateModel, MultipleChoiceEqualsScoreFiles) {
  const auto tok = tiny_tokenizer();
  const data::Dataset d = data::read_task(fixtures(), "xcopa", "val", "et");
  ASSERT_TRUE(d.labelled);
  model::TaskModel m = tiny_model("multiple_choice", "xcopa");
  const Evaluation e = evaluate_model(m, "xcopa", d, tok);
  EXPECT_EQ(e.metric, "accuracy");
  test::TempDir tmp;
  const std::string pred = predict_to_file(m, "xcopa", d, tok, tmp, /*batch_size=*/1);
  // The jsonl data file carries "label" on every line, as XTREME's label files.
  expect_same(e, eval::score_files(*eval::find_task("xcopa"), pred, d.files.at(0), "et"));
}

TEST(EvaluateModel, RetrievalWithoutDualEncoderPoolsALayer) {
  const auto tok = tiny_tokenizer();
  const data::Dataset d = data::read_task(fixtures(), "tatoeba", "test", "de");
  ASSERT_TRUE(d.labelled);
  model::TaskModel m = tiny_model("sequence_classification", "xnli");
  EvaluateOptions o;
  o.retrieval_layer = 2;
  const Evaluation e = evaluate_model(m, "tatoeba", d, tok, o);
  EXPECT_EQ(e.metric, "accuracy");
  EXPECT_GE(e.value, 0.0);
  EXPECT_LE(e.value, 100.0);
  o.retrieval_layer = 3;  // tiny_bert has 2 layers
  XLFUSE_EXPECT_THROW_WITH(evaluate_model(m, "tatoeba", d, tok, o), ConfigError, "layer");
}

TEST(EvaluateModel, RefusesUnlabelledDataWrongHeadAndBadOptions) {
  const auto tok = tiny_tokenizer();
  model::TaskModel m = tiny_model("sequence_classification", "xnli");
  const data::Dataset test = data::read_task(fixtures(), "xnli", "test", "en");
  ASSERT_FALSE(test.labelled);
  XLFUSE_EXPECT_THROW_WITH(evaluate_model(m, "xnli", test, tok), FormatError, "no labels");
  const data::Dataset tags = data::read_task(fixtures(), "udpos", "train", "en");
  XLFUSE_EXPECT_THROW_WITH(evaluate_model(m, "udpos", tags, tok), ConfigError, "token_classification");
  EvaluateOptions bad;
  bad.batch_size = 0;
  XLFUSE_EXPECT_THROW_WITH(evaluate_model(m, "xnli", data::read_task(fixtures(), "xnli", "dev", "en"), tok, bad),
                           ConfigError, "batch_size");
}

TEST(EvaluateModel, KeepsTheTrainingModeAndIsDeterministic) {
  const auto tok = tiny_tokenizer();
  const data::Dataset d = data::read_task(fixtures(), "xnli", "dev", "en");
  model::TaskModel m = tiny_model("sequence_classification", "xnli");
  m->train(true);
  const Evaluation a = evaluate_model(m, "xnli", d, tok);
  EXPECT_TRUE(m->is_training());  // dropout stays on for the trainer's next step
  const Evaluation b = evaluate_model(m, "xnli", d, tok);  // eval mode inside: no dropout noise
  EXPECT_EQ(a.all, b.all);
}

TEST(EvaluateModel, Bf16ScoresTheSameFeatures) {
  const auto tok = tiny_tokenizer();
  const data::Dataset d = data::read_task(fixtures(), "udpos", "train", "en");
  model::TaskModel m = tiny_model("token_classification", "udpos");
  EvaluateOptions o;
  o.precision = model::Precision::BFloat16;
  const Evaluation e = evaluate_model(m, "udpos", d, tok, o);
  EXPECT_EQ(e.metric, "f1");
  EXPECT_GE(e.value, 0.0);
  EXPECT_LE(e.value, 100.0);
}

}  // namespace
}  // namespace xlfuse::predict
