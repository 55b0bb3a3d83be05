// The runner with the real executor on tiny data: tests/data/tiny_bert as the encoder, UD-POS from
// examples/data/xtreme-mini, SIQA from tests/data/data as the intermediate task, a few updates
// each. Every kind of step runs through its library call, the report reads the study, and a
// training interrupted after its outputs (no done marker) continues from its checkpoint.
#include "xlfuse/pipeline/library_step_executor.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_utils.h"
#include "xlfuse/pipeline/input_fingerprints.h"
#include "xlfuse/pipeline/step_cache.h"
#include "xlfuse/pipeline/study_estimate.h"
#include "xlfuse/pipeline/study_file.h"
#include "xlfuse/pipeline/study_plan.h"
#include "xlfuse/pipeline/study_runner.h"

namespace xlfuse::pipeline {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string tiny_study(const fs::path& out) {
  return fmt::format(R"(
[study]
name = "tiny"
encoder = "{}"
data_dir = "{}"
out_dir = "{}"
seeds = [1]

[targets]
tasks = ["udpos"]
langs = ["de"]

[targets.train]
max_steps = 2
batch_size = 4
save_every = 1
no_eval = true

[[intermediate]]
name = "none"

[[intermediate]]
name = "siqa"
task = "siqa"
data_dir = "{}"
max_steps = 2
batch_size = 2

[sweep]
layers = [1]

[soups]
methods = ["uniform"]
snapshots = 2

[ensembles]
methods = ["mean-prob"]
weights = ["english-dev"]
)",
                     (test::test_data_dir() / "tiny_bert").string(),
                     (fs::path(XLFUSE_SOURCE_DIR) / "examples" / "data" / "xtreme-mini").string(), out.string(),
                     (test::test_data_dir() / "data").string());
}

json read_json(const fs::path& p) { return json::parse(test::read_file(p)); }

TEST(LibraryStepExecutorTest, RunsATinyStudyEndToEndAndResumesAnInterruptedTraining) {
  test::TempDir dir;
  const StudyFile study = parse_study(tiny_study(dir / "out"), "tiny.toml", dir.path());
  InputFingerprints fingerprints;
  const StudyPlan plan = make_study_plan(study, fingerprints);
  ASSERT_TRUE(plan.problems.empty()) << plan.problems.front();
  LibraryExecutorOptions options;
  options.threads = 2;
  options.training_progress = train::ProgressMode::Off;
  LibraryStepExecutor executor(options);
  RunnerOptions runner;
  runner.progress = train::ProgressMode::Off;
  const RunSummary summary = run_study(plan, executor, runner);
  ASSERT_TRUE(summary.complete) << (summary.failed.empty() ? "" : summary.failed.front());
  EXPECT_EQ(summary.executed, plan.steps.size());

  // Trainings: model folders whose chain records the intermediate task.
  const PlannedStep* target = plan.find(StepKind::TrainTarget, "udpos.siqa.last_layer.seed1");
  ASSERT_NE(target, nullptr);
  const json info = read_json(target->output_dir() / "xlfuse.json");
  EXPECT_EQ(info.at("chain"), (json{"siqa", "udpos"}));
  EXPECT_EQ(info.at("parent"), plan.find(StepKind::TrainIntermediate, "siqa")->output_dir().string());
  EXPECT_TRUE(fs::exists(target->output_dir() / "snapshots"));
  // Predictions: the target language and the English dev data the ensembles choose on.
  const PlannedStep* predict = plan.find(StepKind::Predict, "udpos.siqa.last_layer.seed1");
  ASSERT_NE(predict, nullptr);
  EXPECT_TRUE(fs::exists(predict->output_dir() / "raw" / "udpos" / "test-de.safetensors"));
  EXPECT_TRUE(fs::exists(predict->output_dir() / "raw" / "udpos" / "dev-en.safetensors"));
  EXPECT_EQ(read_json(predict->output_dir() / "scores.json").at("tasks").at("udpos").at("split"), "test");
  // The ensemble, with its members named by intermediate task and English dev weights.
  const PlannedStep* ensemble = plan.find(StepKind::Ensemble, "udpos.by-intermediate.last_layer.seed1.mean-prob.english-dev");
  ASSERT_NE(ensemble, nullptr);
  const json record = read_json(ensemble->output_dir() / "ensemble.json");
  EXPECT_EQ(record.at("weights_from"), "english-dev");
  ASSERT_EQ(record.at("members").size(), 2u);
  EXPECT_EQ(record.at("members").at(1).at("name"), "siqa");
  EXPECT_EQ(record.at("members").at(1).at("chain"), (json{"siqa", "udpos"}));
  // Soups: of a run's snapshots and of the pool; the sweep's table.
  EXPECT_TRUE(read_json(plan.find(StepKind::Soup, "udpos.none.last_layer.seed1.snapshots")->output_dir() / "xlfuse.json")
                  .contains("soup"));
  EXPECT_TRUE(fs::exists(plan.find(StepKind::Soup, "udpos.by-intermediate.last_layer.seed1.soup-uniform")->output_dir() /
                         "model.safetensors"));
  const json sweep = read_json(plan.find(StepKind::Sweep, "udpos.none.aif.seed1")->output_dir() / "sweep.json");
  ASSERT_EQ(sweep.at("rows").size(), 1u);
  EXPECT_EQ(sweep.at("rows").at(0).at("layer"), 1);
  EXPECT_TRUE(sweep.at("rows").at(0).at("scores").contains("de"));
  // The report, reachable as OUT/report.
  EXPECT_TRUE(fs::exists(dir / "out" / "report" / "report.html"));
  EXPECT_TRUE(fs::is_symlink(dir / "out" / "report"));
  const json run = read_json(target->folder / "run.json");
  EXPECT_EQ(run.at("command"), "run train-target");
  EXPECT_EQ(run.at("results").at("global_step"), 2);

  // Killed after its outputs but before its done marker: the rerun runs that step alone, and it
  // continues from its last checkpoint to the same weights.
  const std::string weights = test::read_file(target->output_dir() / "model.safetensors");
  fs::remove(target->folder / kDoneFile);
  const RunSummary again = run_study(plan, executor, runner);
  EXPECT_TRUE(again.complete);
  EXPECT_EQ(again.executed, 1u);
  EXPECT_NE(read_json(target->folder / "run.json").at("results").at("resumed_from"), "");
  EXPECT_EQ(test::read_file(target->output_dir() / "model.safetensors"), weights);
}

TEST(StudyEstimateTest, AProbeTimesAFewUpdatesOfEveryTrainedTask) {
  test::TempDir dir;
  const StudyFile study = parse_study(tiny_study(dir / "out"), "tiny.toml", dir.path());
  InputFingerprints fingerprints;
  const StudyPlan plan = make_study_plan(study, fingerprints);
  const auto probes = probe_training(plan, study.encoder, 2, 2);
  ASSERT_EQ(probes.size(), 2u);
  EXPECT_GT(probes.at("udpos").features, 100);  // xtreme-mini's English UD-POS windows
  EXPECT_GT(probes.at("siqa").examples_per_second, 0.0);
  std::string source;
  const auto estimate =
      estimate_step(*plan.find(StepKind::TrainTarget, "udpos.none.last_layer.seed1"), {}, probes, &source);
  ASSERT_TRUE(estimate.has_value());
  EXPECT_EQ(source, "probe");
  // max_steps 2 x 16 features per update (batch 4 x UD-POS's 4 accumulation steps) at the probed rate.
  EXPECT_DOUBLE_EQ(*estimate, 2.0 * 16.0 / probes.at("udpos").examples_per_second);
  EXPECT_FALSE(fs::exists(dir / "out")) << "a probe trains in a temporary folder";
}

}  // namespace
}  // namespace xlfuse::pipeline
