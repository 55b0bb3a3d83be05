// Scanning a study folder: what is found, how models are found from raw-output metadata, and
// strictness about files that claim a format.
#include "xlfuse/report/study_scan.h"

#include <gtest/gtest.h>

#include "report_study_fixture.h"
#include "test_utils.h"
#include "xlfuse/core/error.h"

namespace xlfuse::report {
namespace {

namespace fs = std::filesystem;
using test::TempDir;
using namespace test::report_fixture;

const PredictionRun* run_of(const Study& s, const std::string& folder) {
  for (const auto& r : s.runs)
    if (r.folder == folder) return &r;
  return nullptr;
}

TEST(StudyScanTest, FindsRunsModelsEnsemblesSoupsAndSweeps) {
  TempDir dir;
  StandardStudy study(dir.path());
  fs::create_directories(dir / "notes" / "misc");  // unknown folders are ignored
  test::write_file(dir / "notes" / "misc" / "readme.txt", "hello");
  const Study s = scan_study(dir.path().string());
  ASSERT_EQ(s.runs.size(), 4u);
  const PredictionRun* siqa = run_of(s, "preds/siqa-xcopa");
  ASSERT_NE(siqa, nullptr);
  EXPECT_EQ(siqa->task, "xcopa");
  EXPECT_EQ(siqa->split, "test");
  EXPECT_EQ(siqa->model_hash, "hash-siqa");
  const ModelRecord& m = s.models[siqa->model];
  EXPECT_EQ(m.path, "models/siqa-xcopa");
  EXPECT_EQ(m.chain, (std::vector<std::string>{"siqa", "xcopa"}));
  EXPECT_EQ(m.intermediate, (std::vector<std::string>{"siqa"}));
  EXPECT_EQ(m.fusion, "last_layer");
  ASSERT_TRUE(m.seed.has_value());
  EXPECT_EQ(*m.seed, 42u);
  ASSERT_EQ(siqa->languages.size(), 3u);
  EXPECT_EQ(siqa->languages[0].first, "et");
  EXPECT_DOUBLE_EQ(siqa->languages[0].second.at("accuracy"), 60);

  ASSERT_EQ(s.models.size(), 4u);
  const auto soup = s.find_model(fs::weakly_canonical(dir / "models" / "soup-xcopa").string());
  ASSERT_TRUE(soup.has_value());
  ASSERT_TRUE(s.models[*soup].soup.has_value());
  EXPECT_EQ(s.models[*soup].soup->method, "uniform");
  ASSERT_EQ(s.soup_ingredients[*soup].size(), 2u);
  EXPECT_EQ(s.models[s.soup_ingredients[*soup][0]].path, "models/siqa-xcopa");

  ASSERT_EQ(s.ensembles.size(), 1u);
  const EnsembleFolder& e = s.ensembles[0];
  EXPECT_EQ(e.path, "ensembles/xcopa-mean");
  ASSERT_EQ(e.member_runs.size(), 3u);
  for (size_t i = 0; i < 3; ++i) ASSERT_TRUE(e.member_runs[i].has_value()) << i;
  EXPECT_EQ(s.runs[*e.member_runs[2]].folder, "preds/mnli-xcopa");
  EXPECT_FALSE(e.scores.has_value());  // no scores.json in the ensemble folder

  ASSERT_EQ(s.sweeps.size(), 1u);
  EXPECT_EQ(s.sweeps[0].file, "sweeps/aif-xcopa/sweep.json");
  EXPECT_EQ(s.sweeps[0].fusion, "aif");
  ASSERT_EQ(s.sweeps[0].rows.size(), 3u);
  EXPECT_DOUBLE_EQ(s.sweeps[0].rows[1].scores.at("id"), 58);
  EXPECT_TRUE(s.notes.empty()) << s.notes.front();
}

TEST(StudyScanTest, AModelOutsideTheStudyIsFoundByItsAbsolutePath) {
  TempDir dir;
  const fs::path outside = dir / "elsewhere" / "udpos-model";
  write_model(outside, "udpos", {"squad", "udpos"}, 7, "aif", 8);
  write_predictions(dir / "study" / "p", "udpos", {{"de", {{"f1", 70}, {"precision", 71}, {"recall", 69}}}},
                    outside.string(), "hash-udpos");
  const Study s = scan_study((dir / "study").string());
  ASSERT_EQ(s.runs.size(), 1u);
  const ModelRecord& m = s.models[s.runs[0].model];
  EXPECT_EQ(m.path, fs::weakly_canonical(outside).string());  // outside: shown absolute
  EXPECT_EQ(m.fusion, "aif@8");
  EXPECT_EQ(m.intermediate, (std::vector<std::string>{"squad"}));
}

TEST(StudyScanTest, AMissingModelFolderIsAnErrorNamingTheRawFile) {
  TempDir dir;
  write_predictions(dir / "p", "xnli", accuracy({{"de", 70}}), "models/gone", "hash-x");
  XLFUSE_EXPECT_THROW_WITH(
      scan_study(dir.path().string()), IoError,
      "test-de.safetensors: the model folder of metadata \"model_dir\" = \"models/gone\" was not found");
}

TEST(StudyScanTest, ScoresWithoutRawOutputsAreRefused) {
  TempDir dir;
  write_model(dir / "m", "xnli", {"xnli"});
  write_predictions(dir / "p", "xnli", accuracy({{"de", 70}}), "m", "hash-x");
  fs::remove(dir / "p" / "raw" / "xnli" / "test-de.safetensors");
  XLFUSE_EXPECT_THROW_WITH(scan_study(dir.path().string()), FormatError, "holds no test-<lang>.safetensors");
}

TEST(StudyScanTest, RawFilesOfTwoModelsInOneTaskAreRefused) {
  TempDir dir;
  write_model(dir / "m1", "xnli", {"xnli"});
  write_model(dir / "m2", "xnli", {"siqa", "xnli"});
  write_predictions(dir / "p", "xnli", accuracy({{"de", 70}}), "m1", "hash-1");
  write_raw(dir / "p" / "raw" / "xnli" / "test-fr.safetensors", "xnli", "test", "fr", "m2", "hash-2");
  XLFUSE_EXPECT_THROW_WITH(scan_study(dir.path().string()), FormatError, "were written by different models");
}

TEST(StudyScanTest, MalformedFilesAreRefusedNamingFileAndField) {
  {
    TempDir dir;
    write_json(dir / "m" / "xlfuse.json",
               {{"task", "xnli"}, {"head_kind", "sequence_classification"}, {"chain", {"siqa", "udpos"}}});
    XLFUSE_EXPECT_THROW_WITH(scan_study(dir.path().string()), FormatError,
                             "xlfuse.json: field \"chain\": expected an array ending with the model's task \"xnli\"");
  }
  {
    TempDir dir;
    write_json(dir / "m" / "xlfuse.json", {{"task", "xnli"}, {"head_kind", "x"}, {"soup", {{"method", "uniform"}}}});
    XLFUSE_EXPECT_THROW_WITH(scan_study(dir.path().string()), FormatError, "field \"soup.ingredients\"");
  }
  {
    TempDir dir;
    StandardStudy study(dir.path());
    auto scores = nlohmann::json::parse(test::read_file(dir / "preds" / "mnli-xcopa" / "scores.json"));
    scores["tasks"]["xcopa"]["languages"]["ht"]["accuracy"] = nullptr;
    write_json(dir / "preds" / "mnli-xcopa" / "scores.json", scores);
    XLFUSE_EXPECT_THROW_WITH(scan_study(dir.path().string()), FormatError,
                             "scores.json: field \"tasks.xcopa.languages.ht.accuracy\": expected a number, found null");
  }
  {
    TempDir dir;
    StandardStudy study(dir.path());
    auto sweep = nlohmann::json::parse(test::read_file(dir / "sweeps" / "aif-xcopa" / "sweep.json"));
    sweep["rows"][1]["layer"] = "four";
    write_json(dir / "sweeps" / "aif-xcopa" / "sweep.json", sweep);
    XLFUSE_EXPECT_THROW_WITH(scan_study(dir.path().string()), FormatError,
                             "sweep.json: field \"rows.1.layer\": expected an integer");
  }
  {
    TempDir dir;
    StandardStudy study(dir.path());
    nlohmann::json e = StandardStudy::ensemble();
    e["languages"]["et"]["delta"].erase("high");
    write_json(study.ensemble_dir / "ensemble.json", e);
    XLFUSE_EXPECT_THROW_WITH(scan_study(dir.path().string()), FormatError,
                             "ensemble.json: field \"languages.et.delta.high\"");
  }
}

TEST(StudyScanTest, MembersOutsideTheStudyAndStaleMembersAreNoted) {
  TempDir dir;
  StandardStudy study(dir.path());
  nlohmann::json e = StandardStudy::ensemble();
  e["members"][0]["folder"] = "/nowhere/none-xcopa";
  e["members"][1]["model_hash"] = "hash-older";
  write_json(study.ensemble_dir / "ensemble.json", e);
  const Study s = scan_study(dir.path().string());
  ASSERT_EQ(s.ensembles.size(), 1u);
  EXPECT_FALSE(s.ensembles[0].member_runs[0].has_value());
  EXPECT_TRUE(s.ensembles[0].member_runs[1].has_value());
  ASSERT_EQ(s.notes.size(), 2u);
  EXPECT_NE(s.notes[0].find("member \"none\" (folder /nowhere/none-xcopa) is not a prediction folder"),
            std::string::npos)
      << s.notes[0];
  EXPECT_NE(s.notes[1].find("may be stale"), std::string::npos) << s.notes[1];
}

TEST(StudyScanTest, NotAFolderIsAnError) {
  TempDir dir;
  XLFUSE_EXPECT_THROW_WITH(scan_study((dir / "missing").string()), IoError, "is not a folder");
}

}  // namespace
}  // namespace xlfuse::report
