// The XTREME-R score of a system equals eval's evaluate.py-equivalent computation (score_folders)
// when every task is present, and is "incomplete" (none) otherwise.
#include "xlfuse/report/xtreme_r_score.h"

#include <gtest/gtest.h>

#include "report_study_fixture.h"
#include "test_utils.h"
#include "xlfuse/core/benchmark.h"
#include "xlfuse/eval/score_folder.h"
#include "xlfuse/report/comparison_tables.h"

namespace xlfuse::report {
namespace {

namespace fs = std::filesystem;
using test::TempDir;
using test::write_file;

// A prediction/label pair for one language; every third language is partly wrong so that task
// averages are not all 100 (QA gets EM 0 with F1 2/3, Mewsli-X a reciprocal rank of 1/2, ...).
void write_pair(const fs::path& pred_root, const fs::path& label_root, const eval::TaskInfo& t, const std::string& lang,
                bool wrong) {
  const std::string file = "test-" + lang + "." + t.extension;
  fs::create_directories(pred_root / t.name);
  fs::create_directories(label_root / t.name);
  std::string label, pred;
  switch (t.metric) {
    case eval::TaskMetric::Accuracy: {
      const std::string a = t.integer_lines ? "0" : t.labels.at(0), b = t.integer_lines ? "1" : t.labels.at(1);
      label = a + "\n" + b + "\n";
      pred = a + "\n" + (wrong ? a : b) + "\n";
      break;
    }
    case eval::TaskMetric::Seqeval:
      label = t.name == "udpos" ? "NOUN\nVERB\n\n" : "B-PER\nO\n\n";
      pred = wrong ? (t.name == "udpos" ? "NOUN\nNOUN\n\n" : "O\nO\n\n") : label;
      break;
    case eval::TaskMetric::Bucc:
      label = pred = "1\t2\n";
      break;
    case eval::TaskMetric::Squad:
    case eval::TaskMetric::Mlqa:
      label = R"({"data": [{"paragraphs": [{"qas": [{"id": "q1", "answers": [{"text": "red apple"}]}]}]}]})";
      pred = wrong ? R"({"q1": "apple"})" : R"({"q1": "red apple"})";
      break;
    case eval::TaskMetric::JsonAccuracy:
      label = "{\"label\": 1}\n{\"label\": 0}\n";
      pred = wrong ? "{\"label\": 1}\n{\"label\": 1}\n" : label;
      break;
    case eval::TaskMetric::MewslixMrr:
    case eval::TaskMetric::LareqaMap:
      label = R"({"e1": ["A"]})";
      pred = wrong ? R"({"e1": ["B", "A"]})" : label;
      break;
  }
  write_file(pred_root / t.name / file, pred);
  write_file(label_root / t.name / file, label);
}

eval::ScoreReport official_report(const TempDir& dir) {
  int i = 0;
  for (const auto& t : eval::benchmark_info(Benchmark::XtremeR).tasks)
    for (const auto& l : t.languages) write_pair(dir / "pred", dir / "label", t, l, ++i % 3 == 0);
  eval::ScoreOptions o;
  o.predictions_dir = (dir / "pred").string();
  o.labels_dir = (dir / "label").string();
  o.benchmark = Benchmark::XtremeR;
  return eval::score_folders(o);
}

std::map<std::string, std::vector<std::pair<std::string, eval::MetricValues>>> per_task(const eval::ScoreReport& r) {
  std::map<std::string, std::vector<std::pair<std::string, eval::MetricValues>>> out;
  for (const auto& t : r.tasks)
    for (const auto& l : t.languages) out[t.task].emplace_back(l.language, l.metrics);
  return out;
}

TEST(XtremeRScoreTest, EqualsEvalWhenEveryTaskIsComplete) {
  TempDir dir;
  const eval::ScoreReport official = official_report(dir);
  ASSERT_TRUE(official.score.has_value());
  ASSERT_LT(*official.score, 100.0);  // the wrong languages count
  const XtremeRScore mine = xtreme_r_score(per_task(official));
  ASSERT_TRUE(mine.score.has_value());
  EXPECT_NEAR(*mine.score, *official.score, 1e-9);
  EXPECT_TRUE(mine.missing.empty());
  ASSERT_EQ(mine.tasks.size(), 9u);
  for (size_t i = 0; i < mine.tasks.size(); ++i) {
    const eval::TaskReport* t = official.find(mine.tasks[i]);
    ASSERT_NE(t, nullptr);
    ASSERT_TRUE(mine.task_values[i].has_value()) << mine.tasks[i];
    EXPECT_NEAR(*mine.task_values[i], *t->avg_metric, 1e-9) << mine.tasks[i];
  }
}

TEST(XtremeRScoreTest, MissingLanguageOrMetricMakesItIncomplete) {
  TempDir dir;
  auto scores = per_task(official_report(dir));
  scores["udpos"].pop_back();                                     // one language fewer
  for (auto& [lang, m] : scores["mlqa"]) m.erase("exact_match");  // QA needs EM and F1
  const XtremeRScore s = xtreme_r_score(scores);
  EXPECT_FALSE(s.score.has_value());
  ASSERT_EQ(s.missing.size(), 2u);
  EXPECT_NE(s.missing[0].find("udpos (37 of 38 languages; lacking ro)"), std::string::npos) << s.missing[0];
  EXPECT_NE(s.missing[1].find("mlqa (0 of 7 languages"), std::string::npos) << s.missing[1];
  scores.erase("xnli");
  EXPECT_NE(xtreme_r_score(scores).missing[0].find("xnli (no test scores)"), std::string::npos);
}

// End to end: one system whose prediction folder holds eval's scores.json of all tasks gets
// eval's score in the report tables.
TEST(XtremeRScoreTest, AStudySystemWithAllTasksGetsEvalsScore) {
  TempDir dir;
  const eval::ScoreReport official = official_report(dir);
  const fs::path study = dir / "study";
  nlohmann::json scores = eval::to_json(official);
  test::report_fixture::write_json(study / "p" / "scores.json", scores);
  for (const auto& t : official.tasks) {
    test::report_fixture::write_model(study / "m" / t.task, t.task, {t.task});
    for (const auto& l : t.languages)
      test::report_fixture::write_raw(study / "p" / "raw" / t.task / ("test-" + l.language + ".safetensors"), t.task,
                                      "test", l.language, "m/" + t.task, "hash-" + t.task);
  }
  const Study s = scan_study(study.string());
  const Systems systems = build_systems(s);
  const ReportTables tables = build_tables(s, systems);
  ASSERT_EQ(tables.xtreme_r.size(), 1u);
  ASSERT_TRUE(tables.xtreme_r[0].score.score.has_value());
  EXPECT_NEAR(*tables.xtreme_r[0].score.score, *official.score, 1e-9);
  EXPECT_EQ(tables.xtreme_r[0].label, "none");
}

}  // namespace
}  // namespace xlfuse::report
