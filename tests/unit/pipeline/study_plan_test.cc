// The plan: its steps and dependencies, stable keys, exactly the keys an edit changes, shared
// steps, training-free tasks, left-out methods and missing inputs; the dry run's text; the
// fingerprints that key the inputs.
#include "xlfuse/pipeline/study_plan.h"

#include <set>

#include <gtest/gtest.h>

#include "study_test_fixture.h"
#include "xlfuse/pipeline/plan_summary.h"

namespace xlfuse::pipeline {
namespace {

namespace fs = std::filesystem;
using testing::StudyFixture;

std::map<std::string, std::string> keys_by_label(const StudyPlan& plan) {
  std::map<std::string, std::string> out;
  for (const auto& s : plan.steps) out[to_string(s.kind) + " " + s.label] = s.key;
  return out;
}

TEST(StudyPlanTest, StepsDependenciesAndFolders) {
  StudyFixture f;
  const StudyPlan plan = f.plan();
  EXPECT_TRUE(plan.problems.empty());
  EXPECT_EQ(plan.count(StepKind::TrainIntermediate), 1u);
  EXPECT_EQ(plan.count(StepKind::TrainTarget), 8u);
  EXPECT_EQ(plan.count(StepKind::Predict), 12u);
  EXPECT_EQ(plan.count(StepKind::Ensemble), 4u);
  EXPECT_EQ(plan.count(StepKind::Soup), 4u);
  EXPECT_EQ(plan.count(StepKind::Report), 1u);
  for (size_t i = 0; i < plan.steps.size(); ++i)
    for (size_t d : plan.steps[i].deps) EXPECT_LT(d, i) << plan.steps[i].label;

  const PlannedStep* siqa = plan.find(StepKind::TrainIntermediate, "siqa");
  const PlannedStep* target = plan.find(StepKind::TrainTarget, "udpos.siqa.last_layer.seed2");
  ASSERT_NE(siqa, nullptr);
  ASSERT_NE(target, nullptr);
  EXPECT_EQ(target->folder, f.out() / "study" / "train-target" / ("udpos.siqa.last_layer.seed2-" + target->key));
  EXPECT_EQ(target->output_dir(), target->folder / "model");
  EXPECT_EQ(target->call.at("init_dir"), siqa->output_dir().string());
  EXPECT_EQ(target->call.at("seed"), 2);
  EXPECT_EQ(target->definition.at("inputs").at("init").at("step"), siqa->key);
  EXPECT_EQ(target->definition.at("options").at("init_dir"), "");  // paths are not keyed
  const PlannedStep* none = plan.find(StepKind::TrainTarget, "udpos.none.last_layer.seed1");
  ASSERT_NE(none, nullptr);
  EXPECT_EQ(none->call.at("init_dir"), (test::test_data_dir() / "tiny_bert").string());
  EXPECT_TRUE(none->definition.at("inputs").at("init").contains("encoder"));

  const PlannedStep* predict = plan.find(StepKind::Predict, "udpos.siqa.last_layer.seed2");
  ASSERT_NE(predict, nullptr);
  EXPECT_EQ(predict->call.at("model_dir"), target->output_dir().string());
  EXPECT_EQ(predict->call.at("langs"), "de,es");
  EXPECT_EQ(predict->call.at("english_dev").at("split"), "dev");

  const PlannedStep* ensemble = plan.find(StepKind::Ensemble, "udpos.by-intermediate.last_layer.seed2.mean-prob.uniform");
  ASSERT_NE(ensemble, nullptr);
  ASSERT_EQ(ensemble->members.size(), 2u);
  EXPECT_EQ(ensemble->members[0].first, "none");
  EXPECT_EQ(ensemble->members[1].first, "siqa");
  EXPECT_EQ(&plan.steps[ensemble->members[1].second], predict);

  const PlannedStep& report = plan.steps.back();
  EXPECT_EQ(report.kind, StepKind::Report);
  EXPECT_EQ(report.deps.size(), plan.steps.size() - 1);
  EXPECT_EQ(report.folder.parent_path(), f.out() / "reports");
  EXPECT_EQ(report.call.at("study_dir"), (f.out() / "study").string());
}

TEST(StudyPlanTest, KeysAreStableAndAnEditChangesExactlyTheStepsDownstream) {
  StudyFixture f;
  const auto before = keys_by_label(f.plan());
  EXPECT_EQ(keys_by_label(f.plan()), before);
  const auto after = keys_by_label(f.plan("learning_rate = 3e-5"));
  ASSERT_EQ(after.size(), before.size());
  std::set<std::string> changed;
  for (const auto& [label, key] : before)
    if (after.at(label) != key) changed.insert(label);
  for (const auto& label : changed)
    EXPECT_TRUE(label.find("udpos") != std::string::npos || label == "report report") << label;
  EXPECT_EQ(changed.size(), 15u);
  EXPECT_EQ(changed.count("train-intermediate siqa"), 0u);

  // A data file of a task changes that task's steps only.
  test::write_file(f.dir() / "data" / "panx" / "train-en.tsv", "fox\tO\n\n");
  const auto edited_data = keys_by_label(f.plan());
  EXPECT_NE(edited_data.at("train-target panx.none.last_layer.seed1"), before.at("train-target panx.none.last_layer.seed1"));
  EXPECT_EQ(edited_data.at("train-target udpos.none.last_layer.seed1"), before.at("train-target udpos.none.last_layer.seed1"));
  // The version of xlfuse is part of every definition.
  EXPECT_TRUE(f.plan().steps.front().definition.contains("xlfuse_version"));
}

TEST(StudyPlanTest, ASweepLayerThatIsAlsoAFusionVariantIsOneStep) {
  StudyFixture f;
  const StudyPlan plan = f.plan("", "[[fusion]]\nkind = \"last_layer\"\n[[fusion]]\nkind = \"aif\"\nlayer = 1\n"
                                    "[sweep]\ntasks = [\"udpos\"]\nlayers = [1]\n");
  ASSERT_TRUE(plan.problems.empty());
  // udpos.none.aif-l1.seed1 is both a grid run and the sweep's layer 1.
  size_t runs = 0;
  for (const auto& s : plan.steps) runs += s.kind == StepKind::TrainTarget && s.label == "udpos.none.aif-l1.seed1";
  EXPECT_EQ(runs, 1u);
  const PlannedStep* sweep = plan.find(StepKind::Sweep, "udpos.none.aif.seed1");
  ASSERT_NE(sweep, nullptr);
  ASSERT_EQ(sweep->members.size(), 1u);
  EXPECT_EQ(sweep->members[0].first, "layer-1");
  EXPECT_EQ(plan.steps[sweep->members[0].second].label, "udpos.none.aif-l1.seed1");
  EXPECT_EQ(plan.count(StepKind::TrainTarget), 16u);  // 2 tasks x 2 intermediates x 2 fusions x 2 seeds
}

TEST(StudyPlanTest, TrainingFreeTasksPredictTheIntermediateModelsAndMethodsThatDoNotFitAreNoted) {
  StudyFixture f;
  fs::create_directories(f.dir() / "data" / "tatoeba");
  test::write_file(f.dir() / "data" / "tatoeba" / "de-en.de", "Hallo\n");
  test::write_file(f.dir() / "data" / "tatoeba" / "de-en.en", "Hello\n");
  std::string with_tatoeba = f.study_text();
  const auto replace = [&](const std::string& from, const std::string& to) {
    const size_t at = with_tatoeba.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    with_tatoeba.replace(at, from.size(), to);
  };
  replace("tasks = [\"udpos\", \"panx\"]", "tasks = [\"udpos\", \"tatoeba\"]");
  replace("langs = [\"de\", \"es\"]", "langs = [\"de\"]");
  replace("methods = [\"mean-prob\"]", "methods = [\"mean-prob\", \"mean-sim\"]");
  const StudyFile study = parse_study(with_tatoeba, "study.toml", f.dir());
  InputFingerprints fingerprints;
  const StudyPlan plan = make_study_plan(study, fingerprints);
  EXPECT_TRUE(plan.problems.empty()) << (plan.problems.empty() ? "" : plan.problems.front());
  const PlannedStep* from_encoder = plan.find(StepKind::Predict, "tatoeba.none");
  const PlannedStep* from_siqa = plan.find(StepKind::Predict, "tatoeba.siqa");
  ASSERT_NE(from_encoder, nullptr);
  ASSERT_NE(from_siqa, nullptr);
  EXPECT_EQ(from_encoder->call.at("model_dir"), (test::test_data_dir() / "tiny_bert").string());
  EXPECT_EQ(plan.steps[from_siqa->model].label, "siqa");
  EXPECT_TRUE(from_siqa->call.at("english_dev").is_null());
  EXPECT_NE(plan.find(StepKind::Ensemble, "tatoeba.by-intermediate.mean-sim.uniform"), nullptr);
  EXPECT_EQ(plan.find(StepKind::Ensemble, "tatoeba.by-intermediate.mean-prob.uniform"), nullptr);
  const auto has_note = [&](const std::string& part) {
    for (const auto& n : plan.notes)
      if (n.find(part) != std::string::npos) return true;
    return false;
  };
  EXPECT_TRUE(has_note("mean-prob does not combine embeddings outputs; left out for tatoeba"));
  EXPECT_TRUE(has_note("mean-sim does not combine tagging outputs; left out for udpos"));
}

TEST(StudyPlanTest, MissingInputsAreProblemsNamingWhatIsExpected) {
  StudyFixture f;
  fs::remove(f.dir() / "data" / "udpos" / "dev-en.tsv");
  fs::remove(f.dir() / "data" / "panx" / "test-de.tsv");
  fs::remove(f.dir() / "data" / "panx" / "test-es.tsv");
  const StudyPlan plan = f.plan();
  std::string all;
  for (const auto& p : plan.problems) all += p + "\n";
  EXPECT_NE(all.find("udpos: the ensembles and greedy soups choose on its English dev data (udpos dev-en)"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("predict panx:"), std::string::npos) << all;
  // The udpos models are not predicted on English dev when it is missing.
  EXPECT_TRUE(plan.find(StepKind::Predict, "udpos.none.last_layer.seed1")->call.at("english_dev").is_null());
}

TEST(StudyPlanTest, TheDryRunShowsCountsEstimatesTheirSourceAndEveryStep) {
  StudyFixture f;
  const StudyPlan plan = f.plan();
  std::map<StepKind, KindTimes> recorded;
  recorded[StepKind::TrainTarget] = KindTimes{2, 120.0};
  const std::string text = describe_plan(plan, recorded, {});
  EXPECT_NE(text.find("study fake: 30 steps in " + f.out().string() + " (0 done, 30 to run)"), std::string::npos) << text;
  EXPECT_NE(text.find("training steps: 9 (9 to run)"), std::string::npos) << text;
  EXPECT_NE(text.find("train-target              8      0       8          1:00          8:00  recorded (2 done steps of "
                      "this study)"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("predict                  12      0      12         --:--         --:--  no figure yet"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("estimated time to run: more than 8:00"), std::string::npos) << text;
  EXPECT_NE(text.find("train-intermediate " + plan.steps.front().key + " siqa"), std::string::npos) << text;

  // A probe's figures for the trainings: features x epochs / batch updates at the probed rate.
  std::map<std::string, ProbeFigures> probes;
  probes["udpos"] = ProbeFigures{64, 32.0, 1.0};
  probes["panx"] = ProbeFigures{64, 32.0, 1.0};
  probes["siqa"] = ProbeFigures{64, 32.0, 1.0};
  std::string source;
  const auto estimate = estimate_step(*plan.find(StepKind::TrainTarget, "udpos.none.last_layer.seed1"), recorded, probes,
                                      &source);
  ASSERT_TRUE(estimate.has_value());
  EXPECT_EQ(source, "probe");
  // max_steps 2 x 32 examples per update (udpos: 8 x 4) / 32 examples per second.
  EXPECT_DOUBLE_EQ(*estimate, 2.0);
  EXPECT_NE(describe_plan(plan, recorded, probes).find("measured probe"), std::string::npos);
}

TEST(InputFingerprintsTest, ContentDecidesAndTheMemoIsUsedWhenSizeAndTimeAgree) {
  test::TempDir dir;
  test::write_file(dir / "a.txt", "alpha");
  test::write_file(dir / "b.txt", "alpha");
  InputFingerprints fp(dir / "memo.json");
  EXPECT_EQ(fp.file(dir / "a.txt"), fp.file(dir / "b.txt"));
  EXPECT_EQ(fp.file(dir / "missing.txt"), "missing");
  const std::string both = fp.files(dir.path(), {dir / "a.txt", dir / "b.txt"});
  EXPECT_EQ(fp.files(dir.path(), {dir / "b.txt", dir / "a.txt"}), both);
  fp.save();
  ASSERT_TRUE(fs::exists(dir / "memo.json"));
  // A memo entry is trusted while size and time agree: rewrite it with a wrong hash to see it used.
  auto memo = nlohmann::json::parse(test::read_file(dir / "memo.json"));
  const std::string a = fs::absolute(dir / "a.txt").lexically_normal().string();
  memo["files"][a]["hash"] = "0123456789abcdef";
  test::write_file(dir / "memo.json", memo.dump());
  InputFingerprints reread(dir / "memo.json");
  EXPECT_EQ(reread.file(dir / "a.txt"), "0123456789abcdef");
  test::write_file(dir / "a.txt", "alpha, changed");
  EXPECT_NE(reread.file(dir / "a.txt"), "0123456789abcdef");
}

}  // namespace
}  // namespace xlfuse::pipeline
