// run_predict: model folder + task -> raw outputs, leaderboard files and scores per language, on
// the real data of ../shared/data (tiny random models with mBERT's vocabulary) and the in-repo
// fixtures (error cases).
#include "xlfuse/predict/predict.h"

#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "predict_test_utils.h"
#include "test_utils.h"
#include "xlfuse/data/task_files.h"
#include "xlfuse/core/error.h"
#include "xlfuse/eval/score_folder.h"
#include "xlfuse/eval/submission.h"
#include "xlfuse/text/vocab.h"
#include "xlfuse/io/raw_outputs.h"

namespace xlfuse::predict {
namespace {

namespace fs = std::filesystem;
using namespace predict_testing;

fs::path shared_data() { return test::shared_dir() / "data" / "xtreme"; }
fs::path mbert_vocab() { return test::shared_dir() / "data" / "mbert" / "vocab.txt"; }

PredictOptions options_for(const fs::path& model, const std::string& task, const fs::path& data, const fs::path& out,
                           const std::string& langs) {
  PredictOptions o;
  o.model_dir = model.string();
  o.task = task;
  o.data_dir = data.string();
  o.out_dir = out.string();
  o.langs = langs;
  o.threads = 1;
  return o;
}

// Checks the files of one language: prediction file entries, raw file metadata, and that the
// reported score equals `xlfuse score` of the written file against `label_file` (when given).
void check_language(const LanguageResult& l, const std::string& task, const std::string& split,
                    const fs::path& model_dir, size_t expected_entries, const std::string& label_file = "") {
  SCOPED_TRACE(task + " " + l.lang);
  ASSERT_TRUE(fs::exists(l.prediction_file));
  EXPECT_EQ(fs::path(l.prediction_file).filename().string().rfind(split + "-" + l.lang + ".", 0), 0u);
  const eval::TaskInfo& info = *eval::find_task(task);
  size_t entries = 0;
  if (info.metric == eval::TaskMetric::Seqeval) entries = eval::read_tag_file(l.prediction_file).size();
  else if (info.is_qa()) entries = eval::read_qa_predictions(l.prediction_file).size();
  else if (info.metric == eval::TaskMetric::JsonAccuracy) entries = eval::read_xcopa_labels(l.prediction_file).size();
  else entries = eval::read_label_lines(l.prediction_file).size();
  EXPECT_EQ(entries, expected_entries);
  EXPECT_EQ(l.examples, static_cast<int64_t>(expected_entries));

  io::RawOutputsMeta expected;
  expected.vocab_hash = text::Vocab::load((model_dir / "vocab.txt").string()).fingerprint();
  expected.model_hash = io::file_fingerprint((model_dir / "model.safetensors").string());
  expected.task = task;
  expected.split = split;
  expected.lang = l.lang;
  const io::RawOutputs raw = io::read_raw_outputs(l.raw_file, expected);
  EXPECT_EQ(static_cast<int64_t>(raw.size()), l.features);

  if (!label_file.empty()) {
    ASSERT_TRUE(l.scored);
    const auto scored = eval::score_files(info, l.prediction_file, label_file, l.lang);
    for (const auto& [name, value] : scored) EXPECT_DOUBLE_EQ(l.evaluation.all.at(name), value) << name;
  }
}

class PredictRealData : public ::testing::Test {
 protected:
  void SetUp() override {
    if (test::shared_dir().empty() || !fs::exists(shared_data()) || !fs::exists(mbert_vocab()))
      GTEST_SKIP() << "SKIPPED: needs ../shared/data/xtreme and ../shared/data/mbert/vocab.txt (set XLFUSE_SHARED_DIR)";
  }
  test::TempDir tmp_;
};

TEST_F(PredictRealData, UdposSeveralLanguages) {
  write_model_folder(tmp_ / "model", "token_classification", "udpos", mbert_vocab());
  PredictOptions o = options_for(tmp_ / "model", "udpos", shared_data(), tmp_ / "out", "yo,tl,mr");
  o.split = "test";  // the shared copy keeps UD-POS test labels
  const PredictResult r = run_predict(o);
  EXPECT_EQ(r.split, "test");
  ASSERT_EQ(r.languages.size(), 3u);
  for (const auto& l : r.languages) {
    const fs::path data_file = shared_data() / "udpos" / ("test-" + l.lang + ".tsv");
    const size_t n = eval::read_tag_file(data_file.string()).size();
    EXPECT_GT(n, 40u);
    check_language(l, "udpos", "test", tmp_ / "model", n, data_file.string());
    EXPECT_EQ(l.evaluation.metric, "f1");
  }
  ASSERT_EQ(r.scores_file, (tmp_ / "out" / "scores.json").string());
  const auto scores = nlohmann::json::parse(test::read_file(r.scores_file));
  const auto& langs = scores.at("tasks").at("udpos").at("languages");
  EXPECT_EQ(langs.size(), 3u);
  EXPECT_DOUBLE_EQ(langs.at("yo").at("f1").get<double>(), r.languages[0].evaluation.value);
  EXPECT_FALSE(scores.at("tasks").at("udpos").at("complete").get<bool>());
}

TEST_F(PredictRealData, XnliOnTheLabelledDevSplit) {
  write_model_folder(tmp_ / "model", "sequence_classification", "xnli", mbert_vocab());
  PredictOptions o = options_for(tmp_ / "model", "xnli", shared_data(), tmp_ / "out", "sw");
  o.split = "dev";  // XTREME strips XNLI's test labels
  const PredictResult r = run_predict(o);
  EXPECT_EQ(r.split, "dev");
  ASSERT_EQ(r.languages.size(), 1u);
  // The label file of `xlfuse score`: the gold label of every line.
  const data::Dataset d = data::read_task(shared_data(), "xnli", "dev", "sw");
  std::vector<std::string> gold;
  for (const auto& e : std::get<std::vector<data::PairExample>>(d.examples)) gold.push_back(*e.label);
  eval::write_label_lines((tmp_ / "gold.tsv").string(), gold);
  check_language(r.languages[0], "xnli", "dev", tmp_ / "model", 2490, (tmp_ / "gold.tsv").string());
  EXPECT_EQ(r.languages[0].evaluation.metric, "accuracy");
}

TEST_F(PredictRealData, AllMeansTheBenchmarkLanguagesPresent) {
  write_model_folder(tmp_ / "model", "sequence_classification", "pawsx", mbert_vocab());
  PredictOptions o = options_for(tmp_ / "model", "pawsx", shared_data(), tmp_ / "out", "all");
  o.split = "test";
  o.benchmark = Benchmark::Xtreme;
  const PredictResult r = run_predict(o);
  ASSERT_EQ(r.languages.size(), 1u);  // only test-en.tsv is in the shared copy
  EXPECT_EQ(r.languages[0].lang, "en");
  EXPECT_FALSE(r.languages[0].scored);  // unlabelled test: predictions only
  EXPECT_EQ(r.missing.size(), 6u);      // de es fr ja ko zh
  EXPECT_TRUE(r.scores_file.empty());
  EXPECT_FALSE(fs::exists(tmp_ / "out" / "scores.json"));
  check_language(r.languages[0], "pawsx", "test", tmp_ / "model", 2000);
}

TEST_F(PredictRealData, Xquad) {
  // The first two articles of the real XQuAD Greek file (the whole file takes a minute with
  // 384-token windows on a loaded machine).
  auto full = nlohmann::json::parse(test::read_file(shared_data() / "xquad" / "xquad.el.json"));
  nlohmann::json part = full;
  part["data"] = nlohmann::json::array({full["data"][0], full["data"][1]});
  size_t questions = 0;
  for (const auto& article : part["data"])
    for (const auto& paragraph : article["paragraphs"]) questions += paragraph["qas"].size();
  ASSERT_GT(questions, 20u);
  const fs::path data = tmp_ / "data";
  fs::create_directories(data / "xquad");
  test::write_file(data / "xquad" / "xquad.el.json", part.dump());

  write_model_folder(tmp_ / "model", "question_answering", "xquad", mbert_vocab());
  const PredictResult r = run_predict(options_for(tmp_ / "model", "xquad", data, tmp_ / "out", "all"));
  EXPECT_EQ(r.split, "test");
  ASSERT_EQ(r.languages.size(), 1u);
  EXPECT_EQ(r.missing.size(), 11u);  // the other XTREME-R languages
  check_language(r.languages[0], "xquad", "test", tmp_ / "model", questions,
                 (data / "xquad" / "xquad.el.json").string());
  EXPECT_EQ(r.languages[0].evaluation.metric, "f1");
  EXPECT_TRUE(r.languages[0].evaluation.all.count("exact_match"));
  EXPECT_GE(r.languages[0].features, r.languages[0].examples);
}

TEST_F(PredictRealData, XcopaOnTheValSplit) {
  write_model_folder(tmp_ / "model", "multiple_choice", "xcopa", mbert_vocab());
  PredictOptions o = options_for(tmp_ / "model", "xcopa", shared_data(), tmp_ / "out", "et,ht");
  o.split = "val";
  const PredictResult r = run_predict(o);
  EXPECT_EQ(r.split, "val");
  ASSERT_EQ(r.languages.size(), 2u);
  for (const auto& l : r.languages) {
    const fs::path data_file = shared_data() / "xcopa" / ("val-" + l.lang + ".jsonl");
    check_language(l, "xcopa", "val", tmp_ / "model", 100, data_file.string());
    EXPECT_EQ(l.features, 200);  // two choices per example
  }
}

TEST_F(PredictRealData, TatoebaWithAPlainEncoder) {
  write_model_folder(tmp_ / "encoder", "sequence_classification", "xnli", mbert_vocab(), /*with_info=*/false);
  PredictOptions o = options_for(tmp_ / "encoder", "tatoeba", shared_data(), tmp_ / "out", "sw");
  o.evaluate.retrieval_layer = 2;
  const PredictResult r = run_predict(o);
  ASSERT_EQ(r.languages.size(), 1u);
  const auto& l = r.languages[0];
  // The shared copy has XTREME's sorted English side: no gold alignment, predictions only.
  EXPECT_FALSE(l.scored);
  EXPECT_TRUE(r.scores_file.empty());
  check_language(l, "tatoeba", "test", tmp_ / "encoder", 390);
  for (const auto& line : eval::read_label_lines(l.prediction_file)) {
    const int index = std::stoi(line);
    EXPECT_TRUE(index >= 0 && index < 390) << line;
  }
  EXPECT_EQ(l.features, 780);  // both sides
  const io::RawOutputs raw = io::read_raw_outputs(l.raw_file);
  EXPECT_EQ(raw.kind, io::RawOutputKind::Embeddings);
  EXPECT_EQ(raw.meta.head_kind, "encoder");
  EXPECT_EQ(raw.meta.extra.at("layer"), "2");
  EXPECT_EQ(raw.meta.extra.at("pooling"), "mean");
  EXPECT_EQ(raw.embeddings.at(0).size(), 32u);
}

// ---- bad inputs, on the in-repo fixtures ----

class PredictErrors : public ::testing::Test {
 protected:
  fs::path model(const std::string& head, const std::string& task, bool with_info = true, uint64_t seed = 7) {
    const fs::path dir = tmp_ / (head + task + std::to_string(seed) + (with_info ? "" : "-plain"));
    if (!fs::exists(dir)) write_model_folder(dir, head, task, tiny_dir() / "vocab.txt", with_info, seed);
    return dir;
  }
  test::TempDir tmp_;
};

TEST_F(PredictErrors, MissingModelInfoWrongHeadUnknownTaskAndLanguage) {
  const fs::path plain = model("sequence_classification", "xnli", false);
  XLFUSE_EXPECT_THROW_WITH(run_predict(options_for(plain, "xnli", fixtures(), tmp_ / "out", "en")), ConfigError,
                           "xlfuse.json not found");
  const fs::path tagger = model("token_classification", "udpos");
  XLFUSE_EXPECT_THROW_WITH(run_predict(options_for(tagger, "xnli", fixtures(), tmp_ / "out", "en")), ConfigError,
                           "needs a \"sequence_classification\" head");
  const fs::path cls = model("sequence_classification", "xnli");
  XLFUSE_EXPECT_THROW_WITH(run_predict(options_for(cls, "nosuchtask", fixtures(), tmp_ / "out", "en")), ConfigError,
                           "nosuchtask");
  XLFUSE_EXPECT_THROW_WITH(run_predict(options_for(cls, "xnli", fixtures(), tmp_ / "out", "en,xx")), ConfigError,
                           "'xx' is not a language of task 'xnli'");
  PredictOptions bad_split = options_for(cls, "xnli", fixtures(), tmp_ / "out", "en");
  bad_split.split = "validation";
  XLFUSE_EXPECT_THROW_WITH(run_predict(bad_split), ConfigError, "no split 'validation'");
  EXPECT_FALSE(fs::exists(tmp_ / "out"));  // nothing written on any of these
}

TEST_F(PredictErrors, MissingDataAndModelFiles) {
  const fs::path cls = model("sequence_classification", "xnli");
  // fr is an XNLI language, but the fixtures have no test-fr.tsv.
  XLFUSE_EXPECT_THROW_WITH(run_predict(options_for(cls, "xnli", fixtures(), tmp_ / "out", "fr")), IoError,
                           "test-fr.tsv");
  XLFUSE_EXPECT_THROW_WITH(run_predict(options_for(cls, "xnli", tmp_ / "nodata", tmp_ / "out", "all")), IoError,
                           "none of the requested languages has test data");
  XLFUSE_EXPECT_THROW_WITH(run_predict(options_for(tmp_ / "nomodel", "xnli", fixtures(), tmp_ / "out", "en")), IoError,
                           "nomodel");
  fs::remove(cls / "vocab.txt");
  XLFUSE_EXPECT_THROW_WITH(run_predict(options_for(cls, "xnli", fixtures(), tmp_ / "out", "en")), IoError,
                           "vocab.txt");
}

TEST_F(PredictErrors, OverwritesOnlyOutputsOfTheSameModel) {
  const fs::path a = model("sequence_classification", "xnli", true, 1);
  const fs::path b = model("sequence_classification", "xnli", true, 2);
  auto dev = [&](const fs::path& m) {
    PredictOptions o = options_for(m, "xnli", fixtures(), tmp_ / "out", "en");
    o.split = "dev";  // labelled: scores.json gets an xnli entry
    return o;
  };
  const PredictResult first = run_predict(dev(a));
  ASSERT_EQ(first.languages.size(), 1u);
  const std::string before = test::read_file(first.languages[0].prediction_file);
  EXPECT_NO_THROW(run_predict(dev(a)));  // same model: rewritten
  XLFUSE_EXPECT_THROW_WITH(run_predict(dev(b)), IoError, "another model");
  EXPECT_EQ(test::read_file(first.languages[0].prediction_file), before);
  // scores.json keeps the entries of other tasks.
  const fs::path tagger = model("token_classification", "udpos");
  PredictOptions o = options_for(tagger, "udpos", fixtures(), tmp_ / "out", "en");
  o.split = "train";
  run_predict(o);
  const auto scores = nlohmann::json::parse(test::read_file(tmp_ / "out" / "scores.json"));
  EXPECT_TRUE(scores.at("tasks").contains("xnli"));
  EXPECT_TRUE(scores.at("tasks").contains("udpos"));
  EXPECT_EQ(scores.at("tasks").at("udpos").at("split"), "train");
}

TEST(PredictOptionsTest, ValidateNamesTheField) {
  PredictOptions o;
  XLFUSE_EXPECT_THROW_WITH(o.validate(), ConfigError, "model_dir");
  o.model_dir = "m";
  o.task = "xnli";
  o.data_dir = "d";
  o.out_dir = "o";
  XLFUSE_EXPECT_THROW_WITH(parse_benchmark("glue"), ConfigError, "benchmark");
  o.evaluate.batch_size = 0;
  XLFUSE_EXPECT_THROW_WITH(o.validate(), ConfigError, "batch_size");
}

// The split the leaderboard evaluates, also where XTREME strips its labels.
TEST(DefaultSplit, TheSplitTheBenchmarkEvaluates) {
  EXPECT_EQ(default_split(data::task_info("xnli")), "test");
  EXPECT_EQ(default_split(data::task_info("udpos")), "test");
  EXPECT_EQ(default_split(data::task_info("xcopa")), "test");
  EXPECT_EQ(default_split(data::task_info("tydiqa")), "dev");
  EXPECT_EQ(default_split(data::task_info("xquad")), "test");
  EXPECT_EQ(default_split(data::task_info("tatoeba")), "test");
  EXPECT_EQ(default_split(data::task_info("squad")), "dev");
}

}  // namespace
}  // namespace xlfuse::predict
