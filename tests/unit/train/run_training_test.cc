// run_training / task_defaults / sentence breaks on tiny random models (hidden 32, 2 layers, the
// real mBERT vocabulary) and REAL data slices from ../shared/data (copied into a temporary XTREME
// layout, so each run stays a few seconds).
#include "xlfuse/train/run_training.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/data/retrieval_readers.h"
#include "xlfuse/data/sentence_breaks.h"
#include "xlfuse/data/text_file.h"
#include "xlfuse/io/hf_config.h"
#include "xlfuse/io/safetensors.h"
#include "xlfuse/model/init.h"
#include "xlfuse/model/model_dir.h"
#include "xlfuse/train/task_defaults.h"

namespace xlfuse::train {
namespace {

namespace fs = std::filesystem;
using test::read_file;
using test::write_file;

fs::path shared_xtreme() { return test::shared_dir() / "data/xtreme"; }

// The first `n` lines of a file.
std::string head_lines(const fs::path& path, size_t n, size_t skip = 0) {
  std::ifstream in(path);
  std::string line, out;
  for (size_t i = 0; i < skip + n && std::getline(in, line); ++i)
    if (i >= skip) out += line + "\n";
  return out;
}

// The first `n` blank-line separated blocks (sentences of a CoNLL-style file).
std::string head_sentences(const fs::path& path, size_t n) {
  std::ifstream in(path);
  std::string line, out;
  size_t done = 0;
  while (done < n && std::getline(in, line)) {
    out += line + "\n";
    if (line.empty()) ++done;
  }
  return out;
}

// A SQuAD-format file with only the first `articles` articles.
std::string head_articles(const fs::path& path, size_t articles) {
  nlohmann::json j = nlohmann::json::parse(read_file(path));
  auto& data = j.at("data");
  data.erase(data.begin() + static_cast<std::ptrdiff_t>(std::min(articles, data.size())), data.end());
  return j.dump();
}

// Loss values of the logged updates in metrics.jsonl.
std::vector<double> logged_losses(const fs::path& metrics) {
  std::vector<double> out;
  std::istringstream in(read_file(metrics));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto j = nlohmann::json::parse(line);
    if (j.contains("loss") && j["loss"].is_number()) out.push_back(j["loss"].get<double>());
  }
  return out;
}

int count_eval_lines(const fs::path& metrics) {
  int n = 0;
  std::istringstream in(read_file(metrics));
  std::string line;
  while (std::getline(in, line))
    if (!line.empty() && nlohmann::json::parse(line).contains("eval_metric")) ++n;
  return n;
}

class RunTrainingTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (test::shared_dir().empty() || !fs::exists(test::shared_dir() / "data/mbert/vocab.txt")) return;
    model_root_ = new test::TempDir();
    model::RandomModelOptions o;
    o.vocab_path = (test::shared_dir() / "data/mbert/vocab.txt").string();
    o.out_dir = (model_root_->path() / "tiny").string();
    o.config.hidden_size = 32;
    o.config.num_hidden_layers = 2;
    o.config.num_attention_heads = 2;
    o.config.intermediate_size = 64;
    o.config.max_position_embeddings = 512;
    o.seed = 5;
    model::create_random_model_dir(o);
  }
  static void TearDownTestSuite() {
    delete model_root_;
    model_root_ = nullptr;
  }
  static std::string tiny() { return (model_root_->path() / "tiny").string(); }

  RunTrainingOptions base(const std::string& task, const std::string& out) const {
    RunTrainingOptions o;
    o.task = task;
    o.init_dir = tiny();
    o.data_dir = (dir_ / "data").string();
    o.out_dir = (dir_ / out).string();
    o.threads = 1;
    o.progress = train::ProgressMode::Off;
    o.max_seq_length = 64;
    return o;
  }
  void put(const std::string& relative, const std::string& content) const {
    fs::create_directories((dir_ / "data" / relative).parent_path());
    write_file(dir_ / "data" / relative, content);
  }
  static nlohmann::json info_json(const fs::path& dir) { return nlohmann::json::parse(read_file(dir / "xlfuse.json")); }

  static test::TempDir* model_root_;
  test::TempDir dir_;
};
test::TempDir* RunTrainingTest::model_root_ = nullptr;

#define REQUIRE_TINY_MODEL() XLFUSE_REQUIRE_SHARED("data/mbert/vocab.txt")

// ---- task defaults ----

TEST(TaskDefaultsTest, FollowXtremeScripts) {
  const auto xquad = task_training_defaults("xquad");
  EXPECT_EQ(xquad.train_task, "squad");
  EXPECT_EQ(xquad.head_kind, model::HeadKind::QuestionAnswering);
  EXPECT_DOUBLE_EQ(xquad.learning_rate, 3e-5);
  EXPECT_EQ(xquad.batch_size * xquad.grad_accumulation, 32);
  EXPECT_EQ(xquad.batch_size, 4);
  EXPECT_EQ(xquad.max_seq_length, 384);
  EXPECT_EQ(xquad.warmup_steps, 500);
  EXPECT_DOUBLE_EQ(xquad.weight_decay, 1e-4);
  EXPECT_EQ(task_training_defaults("mlqa").train_task, "squad");
  EXPECT_EQ(task_training_defaults("tydiqa").train_task, "tydiqa");

  const auto udpos = task_training_defaults("udpos");
  EXPECT_EQ(udpos.seed, 1u);
  EXPECT_EQ(udpos.epochs, 10);
  EXPECT_EQ(udpos.batch_size, 8);
  EXPECT_EQ(udpos.grad_accumulation, 4);
  EXPECT_EQ(udpos.eval_every, 500);
  EXPECT_EQ(udpos.dev_split, "dev");
  EXPECT_EQ(task_training_defaults("panx").eval_every, 1000);

  const auto xnli = task_training_defaults("xnli");
  EXPECT_EQ(xnli.seed, 42u);
  EXPECT_EQ(xnli.epochs, 5);
  EXPECT_EQ(xnli.eval_every, 100);
  EXPECT_EQ(task_training_defaults("pawsx").eval_every, 200);
  EXPECT_EQ(task_training_defaults("mnli").dev_split, "dev_matched");

  const auto xcopa = task_training_defaults("xcopa");
  EXPECT_EQ(xcopa.head_kind, model::HeadKind::MultipleChoice);
  EXPECT_EQ(xcopa.dev_split, "val");
  EXPECT_EQ(task_training_defaults("siqa").head_kind, model::HeadKind::MultipleChoice);

  const auto lareqa = task_training_defaults("lareqa");
  EXPECT_EQ(lareqa.train_task, "squad");
  EXPECT_EQ(lareqa.head_kind, model::HeadKind::DualEncoder);
  EXPECT_EQ(lareqa.max_query_seq_length, 96);
  EXPECT_EQ(lareqa.max_seq_length, 256);
  EXPECT_TRUE(lareqa.dev_split.empty());
  const auto mewslix = task_training_defaults("mewslix");
  EXPECT_EQ(mewslix.train_lang, "multi");
  EXPECT_EQ(mewslix.max_seq_length, 64);
  EXPECT_EQ(mewslix.epochs, 2);
}

TEST(TaskDefaultsTest, RetrievalWithoutTrainingIsAConfigError) {
  XLFUSE_EXPECT_THROW_WITH(task_training_defaults("tatoeba"), ConfigError, "needs no training");
  XLFUSE_EXPECT_THROW_WITH(task_training_defaults("bucc2018"), ConfigError, "needs no training");
  EXPECT_THROW(task_training_defaults("nosuchtask"), std::invalid_argument);
  // Every other registry task has a recipe.
  const auto names = trainable_tasks();
  EXPECT_EQ(std::count(names.begin(), names.end(), "tatoeba"), 0);
  for (const char* t : {"xnli", "pawsx", "udpos", "panx", "xquad", "mlqa", "tydiqa", "xcopa", "lareqa", "mewslix",
                        "mnli", "snli", "anli", "qqp", "squad", "squad2", "siqa", "copa", "commonsenseqa",
                        "hellaswag", "cosmosqa", "ud-upos", "ud-deprel"})
    EXPECT_EQ(std::count(names.begin(), names.end(), t), 1) << t;
}

// ---- sentence breaks (sb_sed port) ----

TEST(SentenceBreaksTest, SplitsAndRejoinsLikeSbSed) {
  const std::string text = "Dr. Smith went to Washington. He met Mr. Jones there! The end";
  const auto breaks = data::infer_sentence_breaks(text);
  ASSERT_EQ(breaks.size(), 3u);
  EXPECT_EQ(text.substr(breaks[0].first, breaks[0].second - breaks[0].first), "Dr. Smith went to Washington.");
  EXPECT_EQ(text.substr(breaks[1].first, breaks[1].second - breaks[1].first), "He met Mr. Jones there!");
  EXPECT_EQ(text.substr(breaks[2].first, breaks[2].second - breaks[2].first), "The end");
  // Initials of a name, a citation scrap.
  const std::string names = "It was built by J. R. R. Tolkien. Later it fell.[citation needed] Then it rose.";
  const auto b2 = data::infer_sentence_breaks(names);
  ASSERT_EQ(b2.size(), 3u);
  EXPECT_EQ(names.substr(b2[1].first, b2[1].second - b2[1].first), "Later it fell.[citation needed]");
}

// XQuAD-R's sentence_breaks come from the same breaker: compare on the real English file.
TEST(SentenceBreaksTest, AgreesWithXquadRSentenceBreaks) {
  XLFUSE_REQUIRE_SHARED("data/xtreme/lareqa/xquad-r/en.json");
  const auto j = nlohmann::json::parse(read_file(shared_xtreme() / "lareqa/xquad-r/en.json"));
  int paragraphs = 0, same = 0;
  for (const auto& article : j.at("data"))
    for (const auto& par : article.at("paragraphs")) {
      const std::string context = par.at("context").get<std::string>();
      const auto ours = data::infer_sentence_breaks(context);
      std::vector<std::string> theirs, mine;
      for (const auto& b : par.at("sentence_breaks"))
        theirs.push_back(data::substr_code_points(context, b[0].get<int64_t>(), b[1].get<int64_t>(), "test"));
      for (const auto& b : ours) mine.push_back(context.substr(b.first, b.second - b.first));
      ++paragraphs;
      same += theirs == mine;
    }
  ASSERT_GT(paragraphs, 0);
  const double agreement = static_cast<double>(same) / paragraphs;
  std::cout << "[sentence breaks] " << same << "/" << paragraphs << " XQuAD-R paragraphs identical\n";
  EXPECT_GT(agreement, 0.95);
}

// ---- option checks ----

TEST(RunTrainingOptionsTest, ValidateNamesTheField) {
  RunTrainingOptions o;
  o.task = "udpos";
  o.init_dir = "m";
  o.data_dir = "d";
  o.out_dir = "o";
  o.validate();
  auto bad = o;
  bad.batch_size = -2;
  XLFUSE_EXPECT_THROW_WITH(bad.validate(), ConfigError, "batch_size");
  bad = o;
  XLFUSE_EXPECT_THROW_WITH(parse_progress_mode("fancy"), ConfigError, "progress");
  XLFUSE_EXPECT_THROW_WITH(model::parse_precision("fp16"), ConfigError, "fp16");
  bad.no_eval = true;
  bad.early_stopping_patience = 2;
  XLFUSE_EXPECT_THROW_WITH(bad.validate(), ConfigError, "early_stopping_patience");
}

TEST(RunTrainingOptionsTest, ResolvedArgsTakeTaskDefaultsAndOverrides) {
  RunTrainingOptions o;
  o.task = "udpos";
  auto args = resolved_training_args(o, "udpos");
  EXPECT_EQ(args.at("seed"), 1);
  EXPECT_DOUBLE_EQ(args.at("learning_rate").get<double>(), 2e-5);
  EXPECT_EQ(args.at("effective_batch_size"), 32);
  o.learning_rate = 1e-3;
  o.seed = 7;
  o.batch_size = 2;
  args = resolved_training_args(o, "udpos");
  EXPECT_EQ(args.at("seed"), 7);
  EXPECT_DOUBLE_EQ(args.at("learning_rate").get<double>(), 1e-3);
  EXPECT_EQ(args.at("effective_batch_size"), 8);
}

// ---- training runs on real data ----

// Tagging: loss falls on the real English UD-POS training data; English dev F1 selects the model.
TEST_F(RunTrainingTest, TaggingOnRealUdposLossFallsAndDevSelects) {
  REQUIRE_TINY_MODEL();
  XLFUSE_REQUIRE_SHARED("data/xtreme/udpos/train-en.tsv");
  put("udpos/train-en.tsv", head_sentences(shared_xtreme() / "udpos/train-en.tsv", 400));
  put("udpos/dev-en.tsv", head_sentences(shared_xtreme() / "udpos/dev-en.tsv", 60));
  auto o = base("udpos", "udpos");
  o.max_steps = 40;
  o.batch_size = 16;
  o.grad_accumulation = 1;
  o.learning_rate = 4e-3;
  o.eval_every = 20;
  const RunTrainingResult r = run_training(o);
  EXPECT_EQ(r.head_kind, model::HeadKind::TokenClassification);
  EXPECT_EQ(r.summary.global_step, 40);
  ASSERT_TRUE(r.summary.has_best);
  EXPECT_EQ(r.dev_metric, "f1");

  const fs::path out = dir_ / "udpos";
  const auto losses = logged_losses(out / "metrics.jsonl");
  ASSERT_GE(losses.size(), 3u);
  EXPECT_LT(losses.back(), losses.front() * 0.85) << "loss did not fall: " << losses.front() << " -> " << losses.back();
  EXPECT_EQ(count_eval_lines(out / "metrics.jsonl"), 2);

  const auto info = info_json(out);
  EXPECT_EQ(info.at("task"), "udpos");
  EXPECT_EQ(info.at("head_kind"), "token_classification");
  EXPECT_EQ(info.at("labels").size(), 17u);
  EXPECT_EQ(info.at("parent"), tiny());
  EXPECT_EQ(info.at("seed"), 1);  // run_tag.py's --seed 1
  EXPECT_EQ(info.at("max_seq_length"), 64);
  EXPECT_EQ(info.at("dev_metric"), "f1");
  EXPECT_TRUE(info.at("best_step") == 20 || info.at("best_step") == 40);
  EXPECT_DOUBLE_EQ(info.at("best_metric").get<double>(), r.summary.best_metric);
  EXPECT_EQ(info.at("global_step"), 40);
  EXPECT_TRUE(info.at("final_loss").is_number());
  EXPECT_EQ(info.at("chain"), nlohmann::json::array({"udpos"}));
  const auto& args = info.at("training_args");
  EXPECT_DOUBLE_EQ(args.at("learning_rate").get<double>(), 4e-3);
  EXPECT_EQ(args.at("batch_size"), 16);
  EXPECT_EQ(args.at("eval_every"), 20);
  EXPECT_EQ(args.at("epochs"), 10);  // the task default, resolved
  EXPECT_EQ(args.at("fusion").at("kind"), "last_layer");

  const auto config = nlohmann::json::parse(read_file(out / "config.json"));
  EXPECT_EQ(config.at("architectures"), nlohmann::json::array({"BertForTokenClassification"}));
  EXPECT_EQ(config.at("id2label").at("0"), "ADJ");
  EXPECT_EQ(config.at("label2id").at("VERB"), 15);
  EXPECT_EQ(read_file(out / "vocab.txt"), read_file(fs::path(tiny()) / "vocab.txt"));

  const auto run = nlohmann::json::parse(read_file(out / "run.json"));
  EXPECT_EQ(run.at("command"), "train");
  EXPECT_EQ(run.at("seed"), 1);
  EXPECT_EQ(run.at("threads"), 1);
  EXPECT_EQ(run.at("libtorch_version"), "1.13.0");
  EXPECT_TRUE(run.contains("git_revision"));
  EXPECT_DOUBLE_EQ(run.at("config").at("task_defaults").at("learning_rate").get<double>(), 2e-5);
  EXPECT_GT(run.at("timings").at("train_s").get<double>(), 0.0);
  EXPECT_EQ(run.at("results").at("global_step"), 40);

  // The folder loads as a fine-tuned model.
  model::ModelInfo mi;
  model::TaskModel m = model::load_model_dir(out.string(), &mi);
  EXPECT_EQ(mi.head_kind, model::HeadKind::TokenClassification);
}

// Classification on real XNLI sentences (English dev lines as train and dev: no train split is in
// ../shared), selection on dev accuracy; early stopping ends the run.
TEST_F(RunTrainingTest, ClassificationOnRealXnliWithEarlyStopping) {
  REQUIRE_TINY_MODEL();
  XLFUSE_REQUIRE_SHARED("data/xtreme/xnli/dev-en.tsv");
  put("xnli/train-en.tsv", head_lines(shared_xtreme() / "xnli/dev-en.tsv", 200));
  put("xnli/dev-en.tsv", head_lines(shared_xtreme() / "xnli/dev-en.tsv", 60, 200));
  auto o = base("xnli", "xnli");
  o.max_steps = 30;
  o.batch_size = 8;
  o.grad_accumulation = 1;
  o.learning_rate = 1e-9;  // nothing changes: the first evaluation stays the best
  o.eval_every = 2;
  o.early_stopping_patience = 2;
  const RunTrainingResult r = run_training(o);
  EXPECT_TRUE(r.summary.stopped_early);
  EXPECT_LT(r.summary.global_step, 30);
  EXPECT_EQ(r.dev_metric, "accuracy");
  const auto info = info_json(dir_ / "xnli");
  EXPECT_EQ(info.at("head_kind"), "sequence_classification");
  EXPECT_EQ(info.at("labels"), nlohmann::json::array({"contradiction", "entailment", "neutral"}));
  EXPECT_EQ(info.at("stopped_early"), true);
  EXPECT_GE(info.at("best_metric").get<double>(), 0.0);
  EXPECT_LE(info.at("best_metric").get<double>(), 100.0);
  auto weights = io::SafetensorsFile::open((dir_ / "xnli/model.safetensors").string());
  ASSERT_NE(weights.find("classifier.weight"), nullptr);
  EXPECT_EQ(weights.find("classifier.weight")->shape, (std::vector<int64_t>{3, 32}));
  EXPECT_NE(weights.find("bert.pooler.dense.weight"), nullptr);
}

// QA on the real TyDiQA-GoldP English training file; its dev answers are blanked in ../shared, so
// nothing is selected and the final weights are written.
TEST_F(RunTrainingTest, QaOnRealTydiqaKeepsFinalWeightsWithoutDevLabels) {
  REQUIRE_TINY_MODEL();
  XLFUSE_REQUIRE_SHARED("data/xtreme/tydiqa/tydiqa.goldp.en.train.json");
  put("tydiqa/tydiqa.goldp.en.train.json", head_articles(shared_xtreme() / "tydiqa/tydiqa.goldp.en.train.json", 20));
  put("tydiqa/tydiqa.goldp.en.dev.json", read_file(shared_xtreme() / "tydiqa/tydiqa.goldp.en.dev.json"));
  auto o = base("tydiqa", "tydiqa");
  o.max_steps = 2;
  o.max_seq_length = 128;
  const RunTrainingResult r = run_training(o);
  EXPECT_EQ(r.head_kind, model::HeadKind::QuestionAnswering);
  EXPECT_FALSE(r.summary.has_best);
  EXPECT_GT(r.features, 0);
  const auto info = info_json(dir_ / "tydiqa");
  EXPECT_FALSE(info.contains("best_metric"));
  const auto& args = info.at("training_args");
  EXPECT_DOUBLE_EQ(args.at("learning_rate").get<double>(), 3e-5);
  EXPECT_EQ(args.at("batch_size"), 4);
  EXPECT_EQ(args.at("grad_accumulation"), 8);
  EXPECT_EQ(args.at("warmup_steps"), 500);
  EXPECT_DOUBLE_EQ(args.at("weight_decay").get<double>(), 1e-4);
  // 128 tokens leave room for a 64-token question: the stride shrinks to 128 - 64 - 3.
  EXPECT_EQ(args.at("max_query_length"), 64);
  EXPECT_EQ(args.at("doc_stride"), 61);
  auto weights = io::SafetensorsFile::open((dir_ / "tydiqa/model.safetensors").string());
  ASSERT_NE(weights.find("qa_outputs.weight"), nullptr);
  EXPECT_EQ(weights.find("qa_outputs.weight")->shape, (std::vector<int64_t>{2, 32}));
  const auto config = nlohmann::json::parse(read_file(dir_ / "tydiqa/config.json"));
  EXPECT_EQ(config.at("architectures"), nlohmann::json::array({"BertForQuestionAnswering"}));
  EXPECT_FALSE(config.contains("id2label"));
}

// XCOPA's recipe: SIQA first, then COPA from that encoder. The second run keeps the first run's
// encoder (bert.* unchanged at a vanishing learning rate) and replaces the head.
TEST_F(RunTrainingTest, McChainSiqaThenXcopaKeepsEncoderAndReplacesHead) {
  REQUIRE_TINY_MODEL();
  XLFUSE_REQUIRE_SHARED("data/xtreme/xcopa/train-en.jsonl");
  XLFUSE_REQUIRE_SHARED("data/xtreme/siqa/socialIQa_v1.4_dev.jsonl");
  put("siqa/socialIQa_v1.4_trn.jsonl", head_lines(shared_xtreme() / "siqa/socialIQa_v1.4_dev.jsonl", 64));
  put("xcopa/train-en.jsonl", read_file(shared_xtreme() / "xcopa/train-en.jsonl"));
  put("xcopa/val-en.jsonl", read_file(shared_xtreme() / "xcopa/val-en.jsonl"));

  auto s1 = base("siqa", "siqa");
  s1.max_steps = 3;
  s1.batch_size = 4;
  s1.grad_accumulation = 1;
  s1.learning_rate = 1e-3;
  s1.no_eval = true;
  const RunTrainingResult r1 = run_training(s1);
  EXPECT_EQ(r1.head_kind, model::HeadKind::MultipleChoice);
  EXPECT_EQ(r1.features, 64 * 3);  // three choice rows per question

  auto s2 = base("xcopa", "xcopa");
  s2.init_dir = (dir_ / "siqa").string();
  s2.max_steps = 1;
  s2.batch_size = 4;
  s2.grad_accumulation = 1;
  s2.learning_rate = 1e-12;
  s2.weight_decay = 0.0;
  s2.eval_every = 1;
  const RunTrainingResult r2 = run_training(s2);
  EXPECT_TRUE(r2.summary.has_best);
  EXPECT_EQ(r2.dev_metric, "accuracy");

  auto w1 = io::SafetensorsFile::open((dir_ / "siqa/model.safetensors").string());
  auto w2 = io::SafetensorsFile::open((dir_ / "xcopa/model.safetensors").string());
  int compared = 0;
  for (const auto& t : w1.tensors()) {
    if (t.name.rfind("bert.", 0) != 0) continue;
    const auto a = w1.read_f32(t.name);
    const auto b = w2.read_f32(t.name);
    ASSERT_EQ(a.size(), b.size()) << t.name;
    double max_diff = 0;
    for (size_t i = 0; i < a.size(); ++i) max_diff = std::max(max_diff, std::abs(double(a[i]) - b[i]));
    EXPECT_LT(max_diff, 1e-6) << t.name;
    ++compared;
  }
  EXPECT_GT(compared, 20);
  const auto h1 = w1.read_f32("classifier.weight");
  const auto h2 = w2.read_f32("classifier.weight");
  ASSERT_EQ(h1.size(), 32u);
  EXPECT_NE(h1, h2);  // a new head, not the SIQA one

  const auto info = info_json(dir_ / "xcopa");
  EXPECT_EQ(info.at("parent"), (dir_ / "siqa").string());
  EXPECT_EQ(info.at("chain"), nlohmann::json::array({"siqa", "xcopa"}));
  EXPECT_EQ(info.at("dev").at("split"), "val");
  EXPECT_EQ(info.at("dev").at("lang"), "en");
}

// LAReQA trains a dual encoder on SQuAD v1.1 (here: the real English XQuAD file, which is SQuAD
// v1.1 format, as squad/train-v1.1.json): question -> answer sentence + paragraph.
TEST_F(RunTrainingTest, DualEncoderLareqaFromSquad) {
  REQUIRE_TINY_MODEL();
  XLFUSE_REQUIRE_SHARED("data/xtreme/xquad/xquad.en.json");
  put("squad/train-v1.1.json", head_articles(shared_xtreme() / "xquad/xquad.en.json", 6));
  size_t questions = 0;
  const auto squad = nlohmann::json::parse(read_file(dir_ / "data/squad/train-v1.1.json"));
  for (const auto& a : squad.at("data"))
    for (const auto& p : a.at("paragraphs")) questions += p.at("qas").size();
  auto o = base("lareqa", "lareqa");
  o.max_steps = 2;
  o.max_seq_length = 128;
  o.batch_size = 4;
  o.grad_accumulation = 1;
  const RunTrainingResult r = run_training(o);
  EXPECT_EQ(r.head_kind, model::HeadKind::DualEncoder);
  EXPECT_GT(r.features, static_cast<int64_t>(questions * 9 / 10));  // few answers straddle sentences
  EXPECT_LE(r.features, static_cast<int64_t>(questions));
  auto weights = io::SafetensorsFile::open((dir_ / "lareqa/model.safetensors").string());
  ASSERT_NE(weights.find("logit_scale"), nullptr);
  const auto info = info_json(dir_ / "lareqa");
  EXPECT_EQ(info.at("train_task"), "squad");
  EXPECT_EQ(info.at("training_args").at("max_query_seq_length"), 96);
}

// Multi-task intermediate training with a continued-MLM slot; the folder then serves as --init.
TEST_F(RunTrainingTest, MultiTaskWithMlmSlotIsUsableAsInit) {
  REQUIRE_TINY_MODEL();
  XLFUSE_REQUIRE_SHARED("data/xtreme/udpos/train-en.tsv");
  XLFUSE_REQUIRE_SHARED("data/xtreme/xcopa/train-en.jsonl");
  XLFUSE_REQUIRE_SHARED("data/xtreme/tatoeba/de-en.en");
  put("udpos/train-en.tsv", head_sentences(shared_xtreme() / "udpos/train-en.tsv", 50));
  put("xcopa/train-en.jsonl", head_lines(shared_xtreme() / "xcopa/train-en.jsonl", 40));
  put("xnli/train-en.tsv", head_lines(shared_xtreme() / "xnli/dev-en.tsv", 20));
  write_file(dir_ / "text.txt", head_lines(shared_xtreme() / "tatoeba/de-en.en", 50));
  auto o = base("udpos,xcopa", "multi");
  o.mlm_text = {(dir_ / "text.txt").string()};
  o.max_seq_length = 32;
  o.max_steps = 6;
  o.batch_size = 4;
  o.grad_accumulation = 1;
  const RunTrainingResult r = run_training(o);
  EXPECT_EQ(r.summary.global_step, 6);
  const fs::path out = dir_ / "multi";
  for (const char* t : {"udpos", "xcopa", "mlm"}) {
    EXPECT_TRUE(fs::is_regular_file(out / "heads" / t / "model.safetensors")) << t;
    EXPECT_TRUE(fs::is_regular_file(out / "heads" / t / "xlfuse.json")) << t;
  }
  const auto info = info_json(out);
  EXPECT_EQ(info.at("task"), "udpos+xcopa+mlm");
  EXPECT_EQ(info.at("head_kind"), "token_classification");
  EXPECT_EQ(info.at("tasks").size(), 3u);
  // The shared encoder is the same in every head folder.
  auto a = io::SafetensorsFile::open((out / "heads/udpos/model.safetensors").string());
  auto b = io::SafetensorsFile::open((out / "heads/xcopa/model.safetensors").string());
  EXPECT_EQ(a.read_f32("bert.encoder.layer.1.output.dense.weight"), b.read_f32("bert.encoder.layer.1.output.dense.weight"));
  auto mlm = io::SafetensorsFile::open((out / "heads/mlm/model.safetensors").string());
  EXPECT_NE(mlm.find("cls.predictions.bias"), nullptr);

  auto next = base("xnli", "after_multi");
  next.init_dir = out.string();
  next.max_steps = 1;
  next.batch_size = 4;
  next.no_eval = true;
  run_training(next);
  EXPECT_EQ(info_json(dir_ / "after_multi").at("chain"), nlohmann::json::array({"udpos+xcopa+mlm", "xnli"}));
}

// Mewsli-X trains the dual encoder on wikipedia_pairs-train.jsonl (lang "multi"); the in-repo
// fixture's pairs file stands in for it.
TEST_F(RunTrainingTest, DualEncoderMewslixFromWikipediaPairs) {
  REQUIRE_TINY_MODEL();
  put("mewslix/wikipedia_pairs-train.jsonl",
      read_file(test::test_data_dir() / "data/mewslix/wikipedia_pairs-dev.jsonl"));
  auto o = base("mewslix", "mewslix");
  o.max_steps = 1;
  o.batch_size = 2;
  o.grad_accumulation = 1;
  const RunTrainingResult r = run_training(o);
  EXPECT_EQ(r.head_kind, model::HeadKind::DualEncoder);
  EXPECT_GT(r.features, 0);
  const auto info = info_json(dir_ / "mewslix");
  EXPECT_EQ(info.at("train_lang"), "multi");
  EXPECT_EQ(info.at("training_args").at("max_query_seq_length"), 64);
  EXPECT_FALSE(info.contains("best_metric"));
}

// Layer fusion options reach the model and xlfuse.json; the folder reloads with them.
TEST_F(RunTrainingTest, FusionOptionsAreSavedAndReload) {
  REQUIRE_TINY_MODEL();
  XLFUSE_REQUIRE_SHARED("data/xtreme/udpos/train-en.tsv");
  put("udpos/train-en.tsv", head_sentences(shared_xtreme() / "udpos/train-en.tsv", 20));
  auto o = base("udpos", "fused");
  o.max_steps = 1;
  o.batch_size = 4;
  o.no_eval = true;
  o.fusion.kind = model::FusionKind::Sum;
  o.fusion.layer = 1;
  run_training(o);
  const auto info = info_json(dir_ / "fused");
  EXPECT_EQ(info.at("fusion").at("kind"), "sum");
  EXPECT_EQ(info.at("fusion").at("layer"), 1);
  model::ModelInfo mi;
  model::load_model_dir((dir_ / "fused").string(), &mi);
  EXPECT_EQ(mi.fusion.kind, model::FusionKind::Sum);

  auto bad = base("udpos", "badfusion");
  bad.fusion.kind = model::FusionKind::Sum;
  bad.fusion.layer = 7;  // the tiny model has 2 layers
  EXPECT_THROW(run_training(bad), ConfigError);
  EXPECT_FALSE(fs::exists(dir_ / "badfusion/model.safetensors"));
}

// ---- clear errors ----

TEST_F(RunTrainingTest, ErrorsNameTheFlagOrPath) {
  REQUIRE_TINY_MODEL();
  auto o = base("tatoeba", "t");
  XLFUSE_EXPECT_THROW_WITH(run_training(o), ConfigError, "needs no training");

  o = base("xquad", "x");  // trains on SQuAD v1.1, absent here
  try {
    run_training(o);
    ADD_FAILURE() << "expected IoError";
  } catch (const IoError& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("train-v1.1.json"), std::string::npos) << what;
    EXPECT_NE(what.find("squad"), std::string::npos) << what;
  }
  EXPECT_FALSE(fs::exists(dir_ / "x/model.safetensors"));

  o = base("mewslix", "m");
  XLFUSE_EXPECT_THROW_WITH(run_training(o), IoError, "wikipedia_pairs-train.jsonl");

  o = base("udpos", "u");
  o.max_seq_length = 1024;
  XLFUSE_EXPECT_THROW_WITH(run_training(o), ConfigError, "max_seq_length");

  o = base("udpos", "u");
  o.init_dir = (dir_ / "nomodel").string();
  XLFUSE_EXPECT_THROW_WITH(run_training(o), IoError, "config.json");

  o = base("udpos,udpos", "u");
  XLFUSE_EXPECT_THROW_WITH(run_training(o), ConfigError, "twice");
}

TEST_F(RunTrainingTest, RefusesToOverwriteAFinishedModel) {
  REQUIRE_TINY_MODEL();
  XLFUSE_REQUIRE_SHARED("data/xtreme/udpos/train-en.tsv");
  put("udpos/train-en.tsv", head_sentences(shared_xtreme() / "udpos/train-en.tsv", 20));
  auto o = base("udpos", "done");
  o.max_steps = 1;
  o.batch_size = 4;
  o.no_eval = true;
  run_training(o);
  const std::string before = read_file(dir_ / "done/model.safetensors");
  XLFUSE_EXPECT_THROW_WITH(run_training(o), IoError, "refusing to overwrite");
  EXPECT_EQ(read_file(dir_ / "done/model.safetensors"), before);
}

}  // namespace
}  // namespace xlfuse::train
