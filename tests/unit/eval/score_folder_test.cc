// Whole-folder scoring: small XTREME / XTREME-R folders built in a TempDir with known answers,
// and UD-POS English test data scored against itself and against a deterministic corruption.
#include "xlfuse/eval/score_folder.h"

#include <filesystem>
#include <fstream>
#include <set>
#include <tuple>

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/eval/python_string.h"
#include "xlfuse/eval/submission.h"

namespace xlfuse::eval {
namespace {
namespace fs = std::filesystem;
using test::TempDir;
using test::write_file;

// One prediction/label pair per language whose prediction is fully correct (every metric 100).
void write_correct_pair(const fs::path& pred_root, const fs::path& label_root, const TaskInfo& t, const std::string& lang) {
  std::string file = "test-" + lang + "." + t.extension;
  fs::create_directories(pred_root / t.name);
  fs::create_directories(label_root / t.name);
  std::string label, pred;
  switch (t.metric) {
    case TaskMetric::Accuracy:  // two lines of the task's own labels
      label = pred = t.integer_lines ? "0\n1\n" : t.labels.at(0) + "\n" + t.labels.at(1) + "\n";
      break;
    case TaskMetric::Seqeval: label = pred = t.name == "udpos" ? "NOUN\nVERB\n\n" : "B-PER\nO\n\n"; break;
    case TaskMetric::Bucc: label = pred = "1\t2\n"; break;
    case TaskMetric::Squad:
    case TaskMetric::Mlqa:
      label = R"({"data": [{"paragraphs": [{"qas": [{"id": "q1", "answers": [{"text": "x"}]}]}]}]})";
      pred = R"({"q1": "x"})";
      break;
    case TaskMetric::JsonAccuracy: label = pred = "{\"label\": 1}\n"; break;
    case TaskMetric::MewslixMrr:
    case TaskMetric::LareqaMap: label = pred = R"({"e1": ["A"]})"; break;
  }
  write_file(pred_root / t.name / file, pred);
  write_file(label_root / t.name / file, label);
}

struct Folders {
  TempDir dir;
  fs::path pred = dir / "pred";
  fs::path label = dir / "label";
  explicit Folders(Benchmark b) {
    for (const auto& t : benchmark_info(b).tasks)
      for (const auto& l : t.languages) write_correct_pair(pred, label, t, l);
  }
  ScoreReport score(Benchmark b, SeqevalScheme s = SeqevalScheme::Legacy) const {
    ScoreOptions o;
    o.predictions_dir = pred.string();
    o.labels_dir = label.string();
    o.benchmark = b;
    o.seqeval = s;
    return score_folders(o);
  }
};

std::optional<double> group(const ScoreReport& r, const std::string& name) {
  for (const auto& [g, v] : r.groups)
    if (g == name) return v;
  ADD_FAILURE() << "no group " << name;
  return std::nullopt;
}

TEST(ScoreFolderTest, AllCorrectXtremeScores100) {
  Folders f(Benchmark::Xtreme);
  ScoreReport r = f.score(Benchmark::Xtreme);
  ASSERT_EQ(r.tasks.size(), 9u);
  ASSERT_TRUE(r.score.has_value());
  EXPECT_DOUBLE_EQ(*r.score, 100.0);
  EXPECT_DOUBLE_EQ(*group(r, "qa"), 100.0);
  EXPECT_TRUE(r.tasks_absent.empty());
}

TEST(ScoreFolderTest, KnownAveragesGroupsAndOverall) {
  Folders f(Benchmark::Xtreme);
  // xnli ar: 1 of 2 lines right -> 50; xnli avg = (14 * 100 + 50) / 15.
  write_file(f.pred / "xnli" / "test-ar.tsv", "contradiction\nneutral\n");
  // xquad en: gold "the", prediction "a" -> EM 100, F1 0; xquad avg F1 = 10 * 100 / 11,
  // avg_metric = (100 + 1000/11) / 2.
  write_file(f.label / "xquad" / "test-en.json", R"({"data": [{"paragraphs": [{"qas": [{"id": "q1", "answers": [{"text": "the"}]}]}]}]})");
  write_file(f.pred / "xquad" / "test-en.json", R"({"q1": "a"})");
  ScoreReport r = f.score(Benchmark::Xtreme);
  const TaskReport* xnli = r.find("xnli");
  ASSERT_NE(xnli, nullptr);
  EXPECT_DOUBLE_EQ(xnli->languages[0].metrics.at(kAccuracy), 50.0);
  EXPECT_EQ(xnli->languages[0].language, "ar");
  double xnli_avg = (14 * 100.0 + 50.0) / 15;
  EXPECT_NEAR(*xnli->avg_metric, xnli_avg, 1e-9);
  const TaskReport* xquad = r.find("xquad");
  EXPECT_DOUBLE_EQ(xquad->languages[0].metrics.at(kExactMatch), 100.0);
  EXPECT_DOUBLE_EQ(xquad->languages[0].metrics.at(kF1), 0.0);
  double xquad_metric = (100.0 + 1000.0 / 11) / 2;
  EXPECT_NEAR(*xquad->avg_metric, xquad_metric, 1e-9);
  EXPECT_NEAR(*group(r, "classification"), (100.0 + xnli_avg) / 2, 1e-9);
  EXPECT_NEAR(*group(r, "qa"), (xquad_metric + 200.0) / 3, 1e-9);
  ASSERT_TRUE(r.score.has_value());
  EXPECT_NEAR(*r.score, (7 * 100.0 + xnli_avg + xquad_metric) / 9, 1e-9);

  nlohmann::json j = to_json(r);
  EXPECT_NEAR(j["tasks"]["xnli"]["languages"]["ar"]["accuracy"].get<double>(), 50.0, 1e-12);
  EXPECT_NEAR(j["tasks"]["xquad"]["average"]["f1"].get<double>(), 1000.0 / 11, 1e-9);
  EXPECT_NEAR(j["score"].get<double>(), *r.score, 1e-12);
}

TEST(ScoreFolderTest, MissingTaskMeansNoOverallScore) {
  Folders f(Benchmark::Xtreme);
  fs::remove_all(f.pred / "pawsx");
  fs::remove_all(f.label / "bucc2018");
  fs::create_directories(f.pred / "glue");
  ScoreReport r = f.score(Benchmark::Xtreme);
  EXPECT_FALSE(r.score.has_value());
  EXPECT_EQ(r.tasks_without_predictions, (std::vector<std::string>{"pawsx"}));
  EXPECT_EQ(r.tasks_without_labels, (std::vector<std::string>{"bucc2018"}));
  EXPECT_EQ(r.unknown_folders, (std::vector<std::string>{"glue"}));
  EXPECT_FALSE(group(r, "classification").has_value());
  EXPECT_DOUBLE_EQ(*group(r, "tagging"), 100.0);
  nlohmann::json j = to_json(r);
  EXPECT_TRUE(j["score"].is_null());
  EXPECT_EQ(j["missing"]["predictions"], nlohmann::json({"pawsx"}));
  EXPECT_EQ(j["missing"]["labels"], nlohmann::json({"bucc2018"}));
}

TEST(ScoreFolderTest, MissingAndExtraLanguagesAreReported) {
  Folders f(Benchmark::Xtreme);
  fs::remove(f.pred / "udpos" / "test-yo.tsv");
  fs::remove(f.label / "udpos" / "test-zh.tsv");
  write_file(f.pred / "udpos" / "test-wo.tsv", "NOUN\n");  // an XTREME-R language
  ScoreReport r = f.score(Benchmark::Xtreme);
  const TaskReport* u = r.find("udpos");
  ASSERT_NE(u, nullptr);
  EXPECT_FALSE(u->complete);
  EXPECT_EQ(u->languages.size(), 31u);
  EXPECT_EQ(u->missing_predictions, (std::vector<std::string>{"yo"}));
  EXPECT_EQ(u->missing_labels, (std::vector<std::string>{"zh"}));
  ASSERT_EQ(u->extra_files.size(), 1u);
  EXPECT_NE(u->extra_files[0].find("test-wo.tsv"), std::string::npos);
  EXPECT_FALSE(r.score.has_value());
  EXPECT_FALSE(group(r, "tagging").has_value());
}

// A label file that holds no usable labels is an error naming the file and line, never a score of
// 0: XNLI test files of XTREME's download (premise, hypothesis, no label), the download's 3-column
// dev layout, UD-POS test files (words only); so is a prediction outside the label set.
TEST(ScoreFolderTest, UnusableLabelFilesAndUnknownPredictionsAreRefused) {
  {
    Folders f(Benchmark::Xtreme);
    write_file(f.label / "xnli" / "test-de.tsv", "Ein Mann.\tEine Frau.\nZwei.\tDrei.\n");
    XLFUSE_EXPECT_THROW_WITH(f.score(Benchmark::Xtreme), FormatError,
                             "xnli/test-de.tsv:1: label 'Ein Mann.\tEine Frau.' is not a xnli label");
    XLFUSE_EXPECT_THROW_WITH(f.score(Benchmark::Xtreme), FormatError, "2 tab-separated fields");
  }
  {
    Folders f(Benchmark::Xtreme);
    write_file(f.label / "xnli" / "test-de.tsv", "Ein Mann.\tEine Frau.\tneutral\nZwei.\tDrei.\tentailment\n");
    XLFUSE_EXPECT_THROW_WITH(f.score(Benchmark::Xtreme), FormatError, "3 tab-separated fields");
  }
  {
    Folders f(Benchmark::Xtreme);
    write_file(f.label / "udpos" / "test-de.tsv", "Haus\nBaum\n\n");
    XLFUSE_EXPECT_THROW_WITH(f.score(Benchmark::Xtreme), FormatError,
                             "udpos/test-de.tsv: sentence 1, token 1: label 'Haus' is not a udpos label");
  }
  {
    Folders f(Benchmark::Xtreme);
    write_file(f.pred / "pawsx" / "test-en.tsv", "0\n2\n");
    XLFUSE_EXPECT_THROW_WITH(f.score(Benchmark::Xtreme), FormatError,
                             "pawsx/test-en.tsv:2: prediction '2' is not a pawsx label (expected one of 0, 1)");
  }
  {
    Folders f(Benchmark::Xtreme);
    write_file(f.pred / "tatoeba" / "test-de.tsv", "0\nx\n");
    XLFUSE_EXPECT_THROW_WITH(f.score(Benchmark::Xtreme), FormatError, "'x' is not a line index");
  }
  {
    Folders f(Benchmark::XtremeR);
    write_file(f.label / "xcopa" / "test-et.jsonl", "{\"label\": null}\n");
    XLFUSE_EXPECT_THROW_WITH(f.score(Benchmark::XtremeR), FormatError, "holds no usable labels");
  }
}

TEST(ScoreFolderTest, LineCountMismatchNamesBothFilesAndCounts) {
  Folders f(Benchmark::Xtreme);
  write_file(f.pred / "xnli" / "test-de.tsv", "contradiction\nentailment\nneutral\n");
  XLFUSE_EXPECT_THROW_WITH(f.score(Benchmark::Xtreme), FormatError, "test-de.tsv has 3 lines but");
  XLFUSE_EXPECT_THROW_WITH(f.score(Benchmark::Xtreme), FormatError, "has 2 lines");
  Folders g(Benchmark::Xtreme);
  write_file(g.pred / "panx" / "test-en.tsv", "B-PER\nO\n\nO\n");
  XLFUSE_EXPECT_THROW_WITH(g.score(Benchmark::Xtreme), FormatError, "has 2 sentences but");
}

TEST(ScoreFolderTest, XtremeRKeepsLareqaOutOfTheOfficialScore) {
  Folders f(Benchmark::XtremeR);
  // lareqa ar: relevant {A, B}, ranking [A] -> AP = (1/1) / 2 = 0.5 -> 50; task avg (10*100 + 50)/11.
  write_file(f.label / "lareqa" / "test-ar.json", R"({"e1": ["A", "B"]})");
  ScoreReport r = f.score(Benchmark::XtremeR);
  ASSERT_TRUE(r.score.has_value());
  EXPECT_DOUBLE_EQ(*r.score, 100.0);
  EXPECT_EQ(r.score_tasks.size(), 9u);
  double lareqa = (10 * 100.0 + 50.0) / 11;
  EXPECT_NEAR(*r.find("lareqa")->avg_metric, lareqa, 1e-9);
  ASSERT_TRUE(r.score_with_lareqa.has_value());
  EXPECT_NEAR(*r.score_with_lareqa, (9 * 100.0 + lareqa) / 10, 1e-9);
  EXPECT_DOUBLE_EQ(*group(r, "multi_choice"), 100.0);
  ASSERT_FALSE(r.notes.empty());
  EXPECT_NE(r.notes[0].find("lareqa: []"), std::string::npos);
  fs::remove_all(f.pred / "lareqa");
  fs::remove_all(f.label / "lareqa");
  ScoreReport without = f.score(Benchmark::XtremeR);
  EXPECT_DOUBLE_EQ(*without.score, 100.0);
  EXPECT_FALSE(without.score_with_lareqa.has_value());
}

TEST(ScoreFolderTest, XcopaPythonEqualityThroughFiles) {
  Folders f(Benchmark::XtremeR);
  // et: labels 1 0 1 1; predictions true 0.0 "1" 1 -> 75.
  write_file(f.label / "xcopa" / "test-et.jsonl", "{\"label\": 1}\n{\"label\": 0}\n{\"label\": 1}\n{\"label\": 1}\n");
  write_file(f.pred / "xcopa" / "test-et.jsonl", "{\"label\": true}\n{\"label\": 0.0}\n{\"label\": \"1\"}\n{\"label\": 1}\n");
  ScoreReport r = f.score(Benchmark::XtremeR);
  EXPECT_DOUBLE_EQ(r.find("xcopa")->languages[0].metrics.at(kAccuracy), 75.0);
}

// ---- real data: UD-POS English test ----

std::vector<std::vector<std::string>> gold_udpos_en() { return read_tag_file((test::shared_dir() / "data/xtreme/udpos/test-en.tsv").string()); }

// Chunks the simple way that holds for UPOS labels under seqeval 0.0.12: a chunk is a maximal
// run of equal labels inside a sentence, except that labels starting with 'S' (SCONJ, SYM) are
// one chunk per token. Offsets count one separator after every sentence.
std::set<std::tuple<std::string, size_t, size_t>> run_chunks(const std::vector<std::vector<std::string>>& sentences) {
  std::set<std::tuple<std::string, size_t, size_t>> out;
  size_t offset = 0;
  for (const auto& s : sentences) {
    size_t i = 0;
    while (i < s.size()) {
      size_t j = i + 1;
      if (s[i][0] != 'S')
        while (j < s.size() && s[j] == s[i]) ++j;
      out.emplace(s[i], offset + i, offset + j - 1);
      i = j;
    }
    offset += s.size() + 1;
  }
  return out;
}

TEST(ScoreFolderTest, RealUdposEnglishPerfectAndCorrupted) {
  XLFUSE_REQUIRE_SHARED("data/xtreme/udpos/test-en.tsv");
  std::string label = (test::shared_dir() / "data/xtreme/udpos/test-en.tsv").string();
  auto gold = gold_udpos_en();
  ASSERT_EQ(gold.size(), 5440u);  // 5439 blank lines, no blank line at the end
  // The run method above is only valid if no label starts with B, E, O, '.' and only INTJ with I.
  std::set<std::string> tags;
  for (const auto& s : gold) tags.insert(s.begin(), s.end());
  EXPECT_EQ(tags.size(), 17u);
  for (const auto& t : tags) {
    EXPECT_EQ(std::string("BEO.").find(t[0]), std::string::npos) << t;
    if (t[0] == 'I') EXPECT_EQ(t, "INTJ");
  }

  TempDir dir;
  std::string pred = (dir / "test-en.tsv").string();
  write_tag_file(pred, gold);
  const TaskInfo& udpos = *benchmark_info(Benchmark::Xtreme).find("udpos");
  MetricValues perfect = score_files(udpos, pred, label, "en");
  EXPECT_DOUBLE_EQ(perfect.at(kF1), 100.0);
  EXPECT_DOUBLE_EQ(perfect.at(kPrecision), 100.0);

  // Corruption: every token whose running index is 3 mod 7 becomes NOUN (VERB if it was NOUN).
  auto corrupted = gold;
  size_t k = 0, changed = 0;
  for (auto& s : corrupted)
    for (auto& t : s) {
      if (k++ % 7 == 3) {
        t = t == "NOUN" ? "VERB" : "NOUN";
        ++changed;
      }
    }
  ASSERT_GT(changed, 10000u);
  write_tag_file(pred, corrupted);
  auto g = run_chunks(gold);
  auto p = run_chunks(corrupted);
  size_t correct = 0;
  for (const auto& c : p) correct += g.count(c);
  double precision = static_cast<double>(correct) / p.size();
  double recall = static_cast<double>(correct) / g.size();
  double f1 = 2 * precision * recall / (precision + recall);
  MetricValues m = score_files(udpos, pred, label, "en");
  EXPECT_NEAR(m.at(kPrecision), precision * 100, 1e-9);
  EXPECT_NEAR(m.at(kRecall), recall * 100, 1e-9);
  EXPECT_NEAR(m.at(kF1), f1 * 100, 1e-9);
  // 1 in 7 tokens wrong (accuracy ~85.7) costs far more than 14 points of chunk F1.
  EXPECT_LT(m.at(kF1), 85.0);
}

}  // namespace
}  // namespace xlfuse::eval
