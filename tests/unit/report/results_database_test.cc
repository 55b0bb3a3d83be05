// results.sqlite of the standard study, checked with SQL; atomic and idempotent writes.
#include "xlfuse/report/results_database.h"

#include <gtest/gtest.h>

#include "report_study_fixture.h"
#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/report/sqlite_db.h"

namespace xlfuse::report {
namespace {

namespace fs = std::filesystem;
using test::TempDir;
using namespace test::report_fixture;

using Rows = std::vector<std::vector<std::string>>;

void write_db(const fs::path& study_dir, const fs::path& db) {
  const Study s = scan_study(study_dir.string());
  const Systems systems = build_systems(s);
  write_results_database(db.string(), s, systems, build_tables(s, systems));
}

struct DbFixture : ::testing::Test {
  TempDir dir;
  fs::path db_path = dir / "out" / "results.sqlite";
  void SetUp() override {
    StandardStudy study(dir / "study");
    fs::create_directories(dir / "out");
    write_db(dir / "study", db_path);
  }
  Rows q(const std::string& sql) {
    SqliteDb db(db_path.string());
    return db.query(sql);
  }
};

TEST_F(DbFixture, ModelsHaveChainIntermediateTasksFusionAndSeed) {
  EXPECT_EQ(q("SELECT COUNT(*) FROM models"), (Rows{{"4"}}));
  EXPECT_EQ(
      q("SELECT path, model_hash, task, chain, intermediate, fusion, seed, soup_method FROM models WHERE "
        "path = 'models/siqa-xcopa'"),
      (Rows{{"models/siqa-xcopa", "hash-siqa", "xcopa", "[\"siqa\",\"xcopa\"]", "siqa", "last_layer", "42", ""}}));
  EXPECT_EQ(
      q("SELECT m.path, t.task FROM model_intermediate_tasks t JOIN models m ON m.id = t.model_id ORDER BY m.path"),
      (Rows{{"models/mnli-xcopa", "mnli"}, {"models/siqa-xcopa", "siqa"}, {"models/soup-xcopa", "siqa"}}));
  EXPECT_EQ(q("SELECT soup_method FROM models WHERE path = 'models/soup-xcopa'"), (Rows{{"uniform"}}));
  EXPECT_EQ(
      q("SELECT i.path, m.path FROM soup_ingredients i JOIN models m ON m.id = i.ingredient_id ORDER BY position"),
      (Rows{{"../siqa-xcopa", "models/siqa-xcopa"}, {"../mnli-xcopa", "models/mnli-xcopa"}}));
}

TEST_F(DbFixture, SystemsRunsAndScores) {
  EXPECT_EQ(
      q("SELECT kind, COUNT(*) FROM systems GROUP BY kind ORDER BY kind"),
      (Rows{{"dev-chosen member", "1"}, {"ensemble", "1"}, {"model", "3"}, {"oracle member", "1"}, {"soup", "1"}}));
  EXPECT_EQ(q("SELECT r.folder, s.label FROM runs r JOIN systems s ON s.id = r.system_id ORDER BY r.folder"),
            (Rows{{"preds/mnli-xcopa", "mnli"},
                  {"preds/none-xcopa", "none"},
                  {"preds/siqa-xcopa", "siqa"},
                  {"preds/soup-xcopa", "soup uniform of {mnli, siqa}"}}));
  EXPECT_EQ(q("SELECT value FROM scores JOIN systems s ON s.id = system_id WHERE s.label = 'mnli' AND task = 'xcopa' "
              "AND split = 'test' AND language = 'ht' AND metric = 'accuracy'"),
            (Rows{{"56.0"}}));
  EXPECT_EQ(q("SELECT language, value FROM scores JOIN systems s ON s.id = system_id WHERE s.kind = 'oracle member' "
              "ORDER BY language"),
            (Rows{{"et", "60.0"}, {"ht", "56.0"}, {"id", "63.0"}}));
  EXPECT_EQ(q("SELECT COUNT(*) FROM scores"), (Rows{{"21"}}));  // 7 systems x 3 languages x accuracy
}

TEST_F(DbFixture, EnsembleMembersWeightsAndIntervals) {
  EXPECT_EQ(q("SELECT e.folder, e.method, e.weights_from, e.wins, e.ties, e.losses, s.label FROM ensembles e JOIN "
              "systems s ON s.id = e.dev_chosen_system_id"),
            (Rows{{"ensembles/xcopa-mean", "mean-prob", "uniform", "3", "0", "0",
                   "dev-chosen member of {mnli, none, siqa}"}}));
  const Rows members =
      q("SELECT m.name, round(m.weight, 6), m.intermediate, r.folder FROM ensemble_members m JOIN runs r "
        "ON r.id = m.run_id ORDER BY m.position");
  EXPECT_EQ(members, (Rows{{"none", "0.333333", "none", "preds/none-xcopa"},
                           {"siqa", "0.333333", "siqa", "preds/siqa-xcopa"},
                           {"mnli", "0.333333", "mnli", "preds/mnli-xcopa"}}));
  EXPECT_EQ(
      q("SELECT language, ensemble, best_member, best_member_score, delta, low, high, disagreement, oracle_member "
        "FROM intervals WHERE scope = 'language' ORDER BY language"),
      (Rows{{"et", "62.0", "siqa", "60.0", "2.0", "0.5", "3.5", "0.2", "siqa"},
            {"ht", "57.0", "siqa", "52.0", "5.0", "3.5", "6.5", "0.35", "mnli"},
            {"id", "64.0", "siqa", "63.0", "1.0", "-0.5", "2.5", "0.15", "siqa"}}));
  EXPECT_EQ(q("SELECT language IS NULL, ensemble, round(best_member_score, 4), round(delta, 4), round(low, 4), "
              "round(high, 4), round(oracle_score, 4) FROM intervals WHERE scope = 'mean'"),
            (Rows{{"1", "61.0", "58.3333", "2.6667", "1.9167", "3.4167", "59.6667"}}));
  EXPECT_EQ(q("SELECT value FROM ensemble_member_scores WHERE language = 'ht' AND member = 'mnli'"), (Rows{{"56.0"}}));
}

TEST_F(DbFixture, MeansXtremeRGainsSweepsAndStudy) {
  EXPECT_EQ(q("SELECT round(t.value, 4), t.languages FROM task_means t JOIN systems s ON s.id = t.system_id WHERE "
              "s.kind = 'ensemble'"),
            (Rows{{"61.0", "3"}}));
  EXPECT_EQ(q("SELECT COUNT(*) FROM xtreme_r WHERE status = 'incomplete' AND score IS NULL"), (Rows{{"7"}}));
  EXPECT_EQ(q("SELECT COUNT(*) FROM xtreme_r_tasks"), (Rows{{"63"}}));  // 7 systems x 9 tasks
  EXPECT_EQ(q("SELECT intermediate, language, gain FROM intermediate_gains WHERE intermediate = 'mnli' ORDER BY gain"),
            (Rows{{"mnli", "id", "-2.0"}, {"mnli", "et", "3.0"}, {"mnli", "ht", "6.0"}}));
  EXPECT_EQ(q("SELECT s.task, s.fusion, l.layer, l.average FROM sweeps s JOIN sweep_layers l ON l.sweep_id = s.id "
              "WHERE l.layer = 4"),
            (Rows{{"xcopa", "aif", "4", "54.0"}}));
  EXPECT_EQ(q("SELECT value FROM sweep_scores WHERE layer = 6 AND language = 'id'"), (Rows{{"57.0"}}));
  EXPECT_EQ(q("SELECT value FROM study WHERE key = 'format'"), (Rows{{"xlfuse.results"}}));
  EXPECT_EQ(q("PRAGMA foreign_key_check"), Rows{});
  EXPECT_EQ(q("PRAGMA integrity_check"), (Rows{{"ok"}}));
}

TEST_F(DbFixture, RebuildingGivesTheSameContentsAndLeavesNoTemporaryFile) {
  const std::string dump_sql =
      "SELECT group_concat(x, ';') FROM (SELECT label || kind || identity AS x FROM systems UNION ALL SELECT language "
      "|| metric || value FROM scores UNION ALL SELECT text FROM notes)";
  const Rows before = q(dump_sql);
  write_db(dir / "study", db_path);
  EXPECT_EQ(q(dump_sql), before);
  EXPECT_EQ(q("SELECT COUNT(*) FROM systems"), (Rows{{"7"}}));  // rebuilt, not appended
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(dir / "out")) files.push_back(e.path().filename().string());
  EXPECT_EQ(files, (std::vector<std::string>{"results.sqlite"}));
}

TEST_F(DbFixture, AFailedWriteLeavesTheTargetUntouchedAndNoTemporaryFile) {
  // The target's folder cannot be written: the temporary file cannot be made, the old database
  // (elsewhere) is not touched and nothing is left behind.
  const fs::path blocked = dir / "blocked";
  fs::create_directories(blocked / "results.sqlite");  // a folder where the database should go
  test::write_file(blocked / "results.sqlite" / "keep", "x");
  const Study s = scan_study((dir / "study").string());
  const Systems systems = build_systems(s);
  EXPECT_THROW(write_results_database((blocked / "results.sqlite").string(), s, systems, build_tables(s, systems)),
               IoError);
  EXPECT_TRUE(fs::is_regular_file(blocked / "results.sqlite" / "keep"));
  size_t entries = 0;
  for (const auto& e : fs::directory_iterator(blocked)) entries += e.path().filename() == "results.sqlite" ? 0 : 1;
  EXPECT_EQ(entries, 0u);
  EXPECT_EQ(q("SELECT COUNT(*) FROM models"), (Rows{{"4"}}));
}

}  // namespace
}  // namespace xlfuse::report
