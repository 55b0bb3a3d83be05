// Data-parallel training through the CLI on loopback: N processes with the global batch give the
// single-process weights (tagging, classification with uneven last batches, gradient
// accumulation and sharded dev evaluation, masked-LM pretraining, multi-task training); a killed rank stops the other
// with its name; the run resumes in another world size; `xlfuse launch` reports the failed rank.
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_utils.h"
#include "xlfuse/distributed/launcher.h"
#include "xlfuse/io/safetensors.h"

namespace xlfuse {
namespace {

namespace fs = std::filesystem;
using test::run_command;

class DataParallelCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir;
    fs::create_directories(path("data"));
    fs::copy(fs::path(XLFUSE_SOURCE_DIR) / "examples/data/xtreme-mini/udpos", path("data") / "udpos");
    ASSERT_EQ(xlfuse("init-model --vocab " + (fs::path(XLFUSE_SOURCE_DIR) / "examples/data/mbert-vocab/vocab.txt").string() +
                     " --out " + path("enc").string() + " --hidden-size 32 --layers 2 --heads 2 --intermediate-size 64 --seed 3"),
              0);
    // No dropout: the two runs must compute the same function (dropout masks differ per rank).
    const fs::path config = path("enc") / "config.json";
    auto c = nlohmann::json::parse(test::read_file(config));
    c["hidden_dropout_prob"] = 0.0;
    c["attention_probs_dropout_prob"] = 0.0;
    test::write_file(config, c.dump(1));
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }

  static fs::path path(const std::string& name) { return dir_->path() / name; }
  static int xlfuse(const std::string& args, std::string* out = nullptr) {
    std::string local;
    const int rc = run_command(test::xlfuse_binary() + " " + args, out ? out : &local);
    if (rc != 0 && !out) ADD_FAILURE() << args << "\n" << local;
    return rc;
  }
  // Runs `args` in one process (--out one_name) and in two (launch, --out two_name).
  static void one_and_two(const std::string& args, const std::string& one, const std::string& two) {
    ASSERT_EQ(xlfuse(args + " --out " + path(one).string()), 0);
    std::string out;
    const int rc = xlfuse("launch --nproc 2 -- xlfuse " + args + " --out " + path(two).string(), &out);
    ASSERT_EQ(rc, 0) << out;
  }
  // Largest absolute difference between the tensors of two model.safetensors (same names).
  static double max_abs_diff(const std::string& a_name, const std::string& b_name) {
    const auto a = io::SafetensorsFile::open((path(a_name) / "model.safetensors").string());
    const auto b = io::SafetensorsFile::open((path(b_name) / "model.safetensors").string());
    EXPECT_EQ(a.tensors().size(), b.tensors().size());
    double worst = 0;
    for (const auto& t : a.tensors()) {
      const std::vector<float> x = a.read_f32(t.name), y = b.read_f32(t.name);
      EXPECT_EQ(x.size(), y.size()) << t.name;
      for (size_t i = 0; i < std::min(x.size(), y.size()); ++i) worst = std::max(worst, std::fabs(double(x[i]) - y[i]));
    }
    return worst;
  }
  static nlohmann::json json_of(const fs::path& p) { return nlohmann::json::parse(test::read_file(p)); }

  // UD-POS (bundled) training arguments, without --out.
  static std::string train_udpos(int steps, int batch, int save_every) {
    return fmt::format("train --task udpos --data {} --init {} --max-steps {} --batch-size {} --save-every {} "
                       "--no-eval --progress off --lr 1e-3 --threads 1",
                       path("data").string(), path("enc").string(), steps, batch, save_every);
  }

  static test::TempDir* dir_;
};
test::TempDir* DataParallelCliTest::dir_ = nullptr;

TEST_F(DataParallelCliTest, TwoRanksGiveTheSingleProcessWeightsOnTagging) {
  one_and_two(train_udpos(6, 8, 3), "pos1", "pos2");
  // Tagging losses are means over target tokens, which the two halves hold unequally.
  EXPECT_LT(max_abs_diff("pos1", "pos2"), 1e-4);
  const auto one = test::read_jsonl(path("pos1") / "metrics.jsonl");
  const auto two = test::read_jsonl(path("pos2") / "metrics.jsonl");
  ASSERT_EQ(one.size(), two.size());  // rank 0 alone wrote it, once per logged step
  EXPECT_NEAR(one.back()["loss"].get<double>(), two.back()["loss"].get<double>(), 1e-5);
  EXPECT_LT(two.back()["loss"].get<double>(), std::log(17.0));  // below chance over the 17 UPOS tags: it trained
  const auto record = json_of(path("pos2") / "run.json");
  EXPECT_EQ(record["config"]["data_parallel"]["world_size"], 2);
  EXPECT_TRUE(fs::exists(path("pos2") / "checkpoints" / "checkpoint-6"));
}

TEST_F(DataParallelCliTest, UnevenBatchesAccumulationAndShardedEvaluationOnPawsx) {
  const fs::path pawsx = test::shared_dir() / "data/xtreme/pawsx/dev-en.tsv";
  if (!fs::exists(pawsx)) GTEST_SKIP() << "needs ../shared/data/xtreme/pawsx/dev-en.tsv (real PAWS-X), not found";
  // 41 training pairs: batches of 6 end with one of 5 (2 + 3 rows per rank); 52 dev pairs.
  const fs::path data = path("data-pawsx") / "pawsx";
  fs::create_directories(data);
  std::ifstream in(pawsx);
  std::ofstream train(data / "train-en.tsv"), dev(data / "dev-en.tsv");
  std::string line;
  for (int i = 0; std::getline(in, line) && i < 160; ++i) {
    if (i < 41) train << line << "\n";
    if (i >= 100 && i < 152) dev << line << "\n";
  }
  train.close();
  dev.close();
  one_and_two("train --task pawsx --data " + path("data-pawsx").string() + " --init " + path("enc").string() +
                  " --epochs 2 --batch-size 6 --grad-accumulation 2 --eval-every 2 --progress off --lr 1e-3 --threads 1",
              "px1", "px2");
  EXPECT_LT(max_abs_diff("px1", "px2"), 1e-4);
  const auto one = json_of(path("px1") / "run.json")["results"];
  const auto two = json_of(path("px2") / "run.json")["results"];
  EXPECT_EQ(one["global_step"], 8);
  EXPECT_EQ(two["global_step"], 8);
  EXPECT_EQ(one["best_step"], two["best_step"]);
  EXPECT_NEAR(one["best_metric"].get<double>(), two["best_metric"].get<double>(), 1e-9);
}

TEST_F(DataParallelCliTest, TwoRanksGiveTheSingleProcessWeightsOnMaskedLm) {
  one_and_two("pretrain --text " + (fs::path(XLFUSE_SOURCE_DIR) / "examples/data/pretrain-text/fi.txt").string() +
                  " --init " + path("enc").string() + " --max-steps 4 --batch-size 8 --max-seq-length 64 --progress off --threads 1",
              "mlm1", "mlm2");
  EXPECT_LT(max_abs_diff("mlm1", "mlm2"), 1e-5);
}

TEST_F(DataParallelCliTest, TwoRanksGiveTheSingleProcessWeightsInMultiTaskTraining) {
  // A tagging slot and a masked-LM slot on one encoder: the heads of the slot not drawn get no
  // gradient, and the masked-LM updates reduce every embedding row.
  one_and_two("train --task udpos --mlm-text " +
                  (fs::path(XLFUSE_SOURCE_DIR) / "examples/data/pretrain-text/fi.txt").string() + " --data " +
                  path("data").string() + " --init " + path("enc").string() +
                  " --max-steps 6 --batch-size 8 --progress off --lr 1e-3 --threads 1",
              "multi1", "multi2");
  EXPECT_LT(max_abs_diff("multi1", "multi2"), 1e-5);
}

TEST_F(DataParallelCliTest, ABatchTheRanksDoNotDivideIsRefusedBeforeAnyOutput) {
  std::string out;
  const int rc = xlfuse("launch --nproc 2 -- xlfuse " + train_udpos(6, 7, 3) + " --out " + path("odd").string(), &out);
  EXPECT_NE(rc, 0);
  EXPECT_NE(out.find("--batch-size 7: the 2 processes of this run share each batch, so it must be a multiple of 2"),
            std::string::npos)
      << out;
  EXPECT_FALSE(fs::exists(path("odd")));
}

TEST_F(DataParallelCliTest, LaunchNamesTheRankThatFailed) {
  std::string out;
  const int rc = xlfuse("launch --nproc 3 --grace 5 -- sh -c 'test $RANK != 1 || exit 3; test $WORLD_SIZE = 3'", &out);
  EXPECT_EQ(rc, 3) << out;
  EXPECT_NE(out.find("rank 1 (pid "), std::string::npos) << out;
  EXPECT_NE(out.find("exited with code 3"), std::string::npos) << out;
  EXPECT_EQ(xlfuse("launch --nproc 2 -- sh -c 'test -n \"$MASTER_PORT\" && test $LOCAL_RANK = $RANK'", &out), 0) << out;
}

TEST_F(DataParallelCliTest, AKilledRankStopsTheOtherWithItsNameAndTheRunResumesInOneProcess) {
  const std::string out = path("killed").string();
  const std::string train =
      test::xlfuse_binary() + " " + train_udpos(400, 8, 20) + " --dist-timeout 60 --out " + out;
  // Rank 1 is killed once the run has a checkpoint; `timeout` guards against a hang.
  const std::string script = fmt::format(
      "export WORLD_SIZE=2 MASTER_ADDR=127.0.0.1 MASTER_PORT={port}; cd {dir}; "
      "(RANK=1 exec {train} > r1.log 2>&1) & P1=$!; "
      "(RANK=0 {train} > r0.log 2>&1; echo $? > rc0) & P0=$!; "
      "for i in $(seq 600); do [ -d {out}/checkpoints/checkpoint-20 ] && break; kill -0 $P1 || break; sleep 0.1; done; "
      "kill -9 $P1; wait $P0",
      fmt::arg("port", distributed::free_port()), fmt::arg("dir", dir_->path().string()), fmt::arg("train", train),
      fmt::arg("out", out));
  std::string log;
  ASSERT_EQ(run_command("timeout 300 bash -c '" + script + "'", &log), 0) << log;
  const std::string rc0 = test::read_file(path("rc0"));
  EXPECT_NE(std::stoi(rc0), 0);
  const std::string r0 = test::read_file(path("r0.log"));
  // Which collective notices first (a gradient bucket or the loss) depends on when the kill lands.
  EXPECT_NE(r0.find("xlfuse: error: rank 0 of 2: "), std::string::npos) << r0;
  EXPECT_NE(r0.find(" all-reduce failed; lost rank 1: no answer to the roll call"), std::string::npos) << r0;
  EXPECT_FALSE(fs::exists(path("killed") / "model.safetensors"));

  std::string resumed;
  ASSERT_EQ(xlfuse(train_udpos(400, 8, 20) + " --resume --out " + out, &resumed), 0)
      << resumed;
  EXPECT_NE(resumed.find("400 steps"), std::string::npos) << resumed;
  EXPECT_NE(resumed.find("resumed from"), std::string::npos) << resumed;
  EXPECT_EQ(json_of(path("killed") / "run.json")["results"]["global_step"], 400);
}

TEST_F(DataParallelCliTest, AStudyUnderLaunchTrainsOnEveryRankAndTheRestOnRankZero) {
  const fs::path study = path("study.toml");
  const fs::path data = test::test_data_dir() / "data";
  test::write_file(study, "[study]\nname = \"dp\"\nencoder = \"" + path("enc").string() + "\"\ndata_dir = \"" +
                              path("data").string() + "\"\nout_dir = \"" + path("study-out").string() +
                              "\"\nseeds = [1]\n[targets]\ntasks = [\"udpos\"]\nlangs = [\"de\"]\n"
                              "[targets.train]\nmax_steps = 2\nbatch_size = 4\nno_eval = true\n"
                              "[[intermediate]]\nname = \"none\"\n[[intermediate]]\nname = \"siqa\"\ntask = \"siqa\"\n"
                              "data_dir = \"" + data.string() + "\"\nmax_steps = 2\nbatch_size = 4\n"
                              "[ensembles]\nmethods = [\"mean-prob\"]\n");
  std::string out;
  ASSERT_EQ(xlfuse("launch --nproc 2 -- xlfuse run " + study.string() + " --threads 1 --progress lines", &out), 0)
      << out;
  EXPECT_NE(out.find("rank 1: followed 3 training step(s) of study dp (0 failed)"), std::string::npos) << out;
  EXPECT_NE(out.find("study dp: 7 of 7 steps done"), std::string::npos) << out;
  int trainings = 0;
  for (const auto& e : fs::recursive_directory_iterator(path("study-out") / "study")) {
    if (e.path().filename() != "run.json" || e.path().parent_path().filename() != "model") continue;
    EXPECT_EQ(json_of(e.path())["config"]["data_parallel"]["world_size"], 2) << e.path();
    ++trainings;
  }
  EXPECT_EQ(trainings, 3);
  EXPECT_TRUE(fs::exists(path("study-out") / "report" / "report.html"));
}

}  // namespace
}  // namespace xlfuse
