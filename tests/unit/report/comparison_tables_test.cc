// Systems and tables of the standard study: every member, the dev-chosen and ORACLE members, the
// ensemble with its intervals, the soup, per-task means, gains and the XTREME-R status.
#include "xlfuse/report/comparison_tables.h"

#include <gtest/gtest.h>

#include "report_study_fixture.h"
#include "test_utils.h"
#include "xlfuse/report/markdown_report.h"

namespace xlfuse::report {
namespace {

using test::TempDir;
using namespace test::report_fixture;

struct Built {
  Study study;
  Systems systems;
  ReportTables tables;
};

Built build(const std::string& dir) {
  Built b{scan_study(dir), {}, {}};
  b.systems = build_systems(b.study);
  b.tables = build_tables(b.study, b.systems);
  return b;
}

const TableRow* row_of(const TaskTable& t, SystemKind kind, const std::string& label_prefix = "") {
  for (const auto& r : t.rows)
    if (r.kind == kind && r.label.rfind(label_prefix, 0) == 0) return &r;
  return nullptr;
}

TEST(ComparisonTablesTest, TaskTableHasMembersChoicesOracleEnsembleAndSoup) {
  TempDir dir;
  StandardStudy study(dir.path());
  const Built b = build(dir.path().string());
  ASSERT_EQ(b.tables.tasks.size(), 1u);
  const TaskTable& t = b.tables.tasks[0];
  EXPECT_EQ(t.task, "xcopa");
  EXPECT_EQ(t.metric, "accuracy");
  EXPECT_EQ(t.languages, (std::vector<std::string>{"et", "ht", "id"}));
  ASSERT_EQ(t.rows.size(), 7u);  // 3 members, soup, dev-chosen, oracle, ensemble
  // Order: the no-intermediate model first, then the other models, soup, choices, ensemble.
  EXPECT_EQ(t.rows[0].label, "none");
  EXPECT_EQ(t.rows[1].label, "mnli");
  EXPECT_EQ(t.rows[2].label, "siqa");
  EXPECT_EQ(t.rows[3].kind, SystemKind::Soup);
  EXPECT_EQ(t.rows[3].label, "soup uniform of {mnli, siqa}");
  EXPECT_EQ(t.rows[6].kind, SystemKind::Ensemble);

  const TableRow* dev = row_of(t, SystemKind::DevChosenMember);
  ASSERT_NE(dev, nullptr);
  EXPECT_EQ(dev->label, "dev-chosen member of {mnli, none, siqa} = siqa");
  EXPECT_DOUBLE_EQ(dev->values.at("ht"), 52);
  ASSERT_TRUE(dev->mean.has_value());
  EXPECT_NEAR(*dev->mean, 175.0 / 3, 1e-12);

  const TableRow* oracle = row_of(t, SystemKind::OracleMember);
  ASSERT_NE(oracle, nullptr);
  EXPECT_EQ(oracle->label.rfind("ORACLE member of {mnli, none, siqa} (target labels)", 0), 0u) << oracle->label;
  EXPECT_DOUBLE_EQ(oracle->values.at("et"), 60);  // siqa
  EXPECT_DOUBLE_EQ(oracle->values.at("ht"), 56);  // mnli
  EXPECT_NEAR(*oracle->mean, 179.0 / 3, 1e-12);

  const TableRow* ens = row_of(t, SystemKind::Ensemble);
  ASSERT_NE(ens, nullptr);
  EXPECT_EQ(ens->label, "ensemble mean-prob (uniform) of {mnli, none, siqa}");
  EXPECT_DOUBLE_EQ(ens->values.at("id"), 64);
  EXPECT_DOUBLE_EQ(ens->intervals.at("ht").delta, 5);
  EXPECT_DOUBLE_EQ(ens->intervals.at("ht").low, 3.5);
  EXPECT_DOUBLE_EQ(ens->intervals.at("ht").high, 6.5);
  ASSERT_TRUE(ens->mean_interval.has_value());
  EXPECT_NEAR(ens->mean_interval->delta, 8.0 / 3, 1e-12);
  EXPECT_NEAR(*ens->mean, 61.0, 1e-12);
  EXPECT_NEAR(*t.rows[0].mean, 55.0, 1e-12);
}

TEST(ComparisonTablesTest, MainComparisonComesFromEnsembleJson) {
  TempDir dir;
  StandardStudy study(dir.path());
  const Built b = build(dir.path().string());
  ASSERT_EQ(b.tables.comparisons.size(), 1u);
  const Comparison& c = b.tables.comparisons[0];
  EXPECT_EQ(c.dev_member, "siqa");
  EXPECT_NEAR(c.ensemble_mean, 61.0, 1e-12);
  EXPECT_NEAR(c.dev_member_mean, 175.0 / 3, 1e-12);
  ASSERT_TRUE(c.oracle_mean.has_value());
  EXPECT_NEAR(*c.oracle_mean, 179.0 / 3, 1e-12);
  EXPECT_EQ(c.wins, 3);
  const std::string md = comparison_markdown(b.tables);
  EXPECT_NE(md.find("| xcopa | test | accuracy | ensemble mean-prob (uniform) of {mnli, none, siqa} | siqa | 58.33 | "
                    "61.00 | +2.67 [+1.92, +3.42] (95%) | 3/0/0 | 59.67 | 3 |"),
            std::string::npos)
      << md;
}

TEST(ComparisonTablesTest, GainsAreOverTheNoIntermediateModel) {
  TempDir dir;
  StandardStudy study(dir.path());
  const Built b = build(dir.path().string());
  std::map<std::string, double> gain;
  for (const auto& g : b.tables.gains) gain[g.row + "/" + g.lang] = g.gain;
  ASSERT_EQ(gain.size(), 6u);  // siqa, mnli x 3 languages; the soup is not a row
  EXPECT_DOUBLE_EQ(gain["siqa/et"], 5);
  EXPECT_DOUBLE_EQ(gain["mnli/ht"], 6);
  EXPECT_DOUBLE_EQ(gain["mnli/id"], -2);
}

TEST(ComparisonTablesTest, SystemsWithoutEveryTaskAreIncomplete) {
  TempDir dir;
  StandardStudy study(dir.path());
  const Built b = build(dir.path().string());
  ASSERT_FALSE(b.tables.xtreme_r.empty());
  for (const auto& r : b.tables.xtreme_r) {
    EXPECT_FALSE(r.score.score.has_value()) << r.label;
    ASSERT_EQ(r.score.tasks.size(), 9u);
    EXPECT_EQ(r.score.missing.size(), 9u) << r.label;  // xcopa has 3 of 11 languages
  }
  const std::string md = xtreme_r_markdown(b.tables);
  EXPECT_NE(md.find("| incomplete |"), std::string::npos) << md;
}

TEST(ComparisonTablesTest, SeedsAndFusionsThatVaryAreNamedAndDuplicatesNoted) {
  TempDir dir;
  write_model(dir / "m" / "a", "xnli", {"xnli"}, 1);
  write_model(dir / "m" / "b", "xnli", {"xnli"}, 2, "aif", 8);
  write_model(dir / "m" / "c", "xnli", {"xnli"}, 1);  // same recipe as a, another model
  write_predictions(dir / "p" / "a", "xnli", accuracy({{"de", 70}}), "m/a", "hash-a");
  write_predictions(dir / "p" / "a2", "xnli", accuracy({{"de", 70}}), "m/a", "hash-a");  // a predicted twice
  write_predictions(dir / "p" / "b", "xnli", accuracy({{"de", 72}}), "m/b", "hash-b");
  write_predictions(dir / "p" / "c", "xnli", accuracy({{"de", 71}}), "m/c", "hash-c");
  const Built b = build(dir.path().string());
  std::vector<std::string> labels;
  for (const auto& s : b.systems.list) labels.push_back(s.label);
  EXPECT_EQ(labels, (std::vector<std::string>{"none · last_layer · seed 1", "none · aif@8 · seed 2",
                                              "none · last_layer · seed 1 #2"}));
  ASSERT_EQ(b.systems.notes.size(), 2u);
  EXPECT_NE(b.systems.notes[0].find("appear in more than one prediction folder"), std::string::npos);
  EXPECT_NE(b.systems.notes[1].find("models m/a and m/c share intermediate task, fusion and seed; the second is shown "
                                    "with \"#2\""),
            std::string::npos)
      << b.systems.notes[1];
}

TEST(ComparisonTablesTest, RepeatedEnsemblesOutsideMembersAndEnsembleScoresFiles) {
  TempDir dir;
  StandardStudy study(dir.path());
  // A second ensemble with the same method and members, whose folder has its own scores.json.
  write_json(dir / "ensembles" / "again" / "ensemble.json", StandardStudy::ensemble());
  write_json(
      dir / "ensembles" / "again" / "scores.json",
      {{"tasks",
        {{"xcopa",
          {{"split", "test"},
           {"languages", {{"et", {{"accuracy", 61.5}}}, {"ht", {{"accuracy", 57}}}, {"id", {{"accuracy", 64}}}}}}}}}});
  // A third whose first member is not in the study.
  nlohmann::json outside = StandardStudy::ensemble();
  outside["members"][0]["folder"] = "/elsewhere/none";
  outside["method"] = "vote";
  write_json(dir / "ensembles" / "vote" / "ensemble.json", outside);
  const Built b = build(dir.path().string());
  const TaskTable& t = b.tables.tasks.at(0);
  // Folders are read in path order: ensembles/again first, so ensembles/xcopa-mean is the "#2".
  const TableRow* again = nullptr;
  const TableRow* second = nullptr;
  const TableRow* external = nullptr;
  for (const auto& r : t.rows) {
    if (r.label == "ensemble mean-prob (uniform) of {mnli, none, siqa}") again = &r;
    if (r.label == "ensemble mean-prob (uniform) of {mnli, none, siqa} #2") second = &r;
    if (r.label == "none (outside the study)") external = &r;
  }
  ASSERT_NE(again, nullptr);
  ASSERT_NE(second, nullptr);
  EXPECT_DOUBLE_EQ(again->values.at("et"), 61.5);  // from the folder's scores.json
  EXPECT_DOUBLE_EQ(second->values.at("et"), 62);   // from ensemble.json
  ASSERT_NE(external, nullptr);
  EXPECT_EQ(external->kind, SystemKind::Model);
  EXPECT_DOUBLE_EQ(external->values.at("ht"), 50);  // from ensemble.json
  bool noted = false;
  for (const auto& n : b.systems.notes) noted = noted || n.find("it is shown with \"#2\"") != std::string::npos;
  EXPECT_TRUE(noted);
  // The vote ensemble's pool names the outside member; its own dev-chosen and oracle rows follow.
  EXPECT_EQ(b.tables.comparisons.size(), 3u);
  EXPECT_NE(row_of(t, SystemKind::Ensemble, "ensemble vote (uniform) of {mnli, none (outside the study), siqa}"),
            nullptr);
}

TEST(ComparisonTablesTest, UnlabelledRunsAddNoRow) {
  TempDir dir;
  write_model(dir / "m", "xnli", {"xnli"});
  write_predictions(dir / "p", "xnli", accuracy({{"de", 70}}), "m", "hash-m");
  auto scores = nlohmann::json::parse(test::read_file(dir / "p" / "scores.json"));
  scores["tasks"]["xnli"]["languages"] = nlohmann::json::object();  // test files without labels
  write_json(dir / "p" / "scores.json", scores);
  const Built b = build(dir.path().string());
  EXPECT_EQ(b.study.runs.size(), 1u);
  EXPECT_TRUE(b.tables.tasks.empty());
}

}  // namespace
}  // namespace xlfuse::report
