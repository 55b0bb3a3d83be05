// `--config FILE` and `--dump-config` of the computing commands: the merge order (defaults < file
// < flags given), the canonical dump reloading to identical bytes, and errors naming file and key.
#include <filesystem>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_utils.h"

namespace xlfuse::test {
namespace {

std::string tiny_dir() { return (test_data_dir() / "tiny_bert").string(); }

class ConfigCliTest : public ::testing::Test {
 protected:
  // Runs `xlfuse ARGS` with stdout to `stdout_file` (so that the JSON is not mixed with stderr);
  // stderr goes to *err.
  int run_to_file(const std::string& args, const std::string& stdout_file, std::string* err) {
    return run_command("(" + xlfuse_binary() + " " + args + " > " + (dir_ / stdout_file).string() + ")", err);
  }
  // `xlfuse ARGS --dump-config`, parsed; fails the test when the command fails.
  nlohmann::json dump(const std::string& args, const std::string& file = "dump.json") {
    std::string err;
    EXPECT_EQ(run_to_file(args + " --dump-config", file, &err), 0) << err;
    return nlohmann::json::parse(read_file(dir_ / file));
  }
  std::string write_config(const std::string& name, const std::string& text) {
    write_file(dir_ / name, text);
    return (dir_ / name).string();
  }
  std::string train_required() const {
    return "--task udpos --init " + tiny_dir() + " --data " + (dir_ / "data").string() + " --out " +
           (dir_ / "model").string();
  }
  // The canonical dump of `args`, reloaded through `flag FILE`, dumps the same bytes.
  void expect_dump_reloads_identically(const std::string& command, const std::string& args,
                                       const std::string& flag = "--config") {
    dump(command + " " + args, "first.json");
    const std::string first = read_file(dir_ / "first.json");
    dump(command + " " + flag + " " + (dir_ / "first.json").string(), "second.json");
    EXPECT_EQ(read_file(dir_ / "second.json"), first) << command;
  }
  TempDir dir_;
};

TEST_F(ConfigCliTest, TrainDumpReloadsToIdenticalBytes) {
  const auto j = dump("train " + train_required() + " --lr 3e-5 --epochs 2 --fusion aif --fusion-layer 1 --precision bf16"
                      " --mlm-text a.txt,b.txt --no-eval");
  EXPECT_EQ(j.at("task"), "udpos");
  EXPECT_EQ(j.at("learning_rate").get<double>(), 3e-5);
  EXPECT_EQ(j.at("fusion").at("kind"), "aif");
  EXPECT_EQ(j.at("fusion").at("layer"), 1);
  EXPECT_EQ(j.at("precision"), "bf16");
  EXPECT_EQ(j.at("mlm_text"), nlohmann::json({"a.txt", "b.txt"}));
  EXPECT_EQ(j.at("no_eval"), true);
  EXPECT_EQ(j.at("weight_decay").get<double>(), -1.0) << "every field is written, defaults too";
  expect_dump_reloads_identically("train", train_required() + " --lr 2e-5 --warmup-ratio 0.1 --fusion-x2");
}

// --device: in every computing command's options (a config for a GPU machine can be written on
// any machine); a malformed name is a usage error; a GPU that is not there an error before any work.
TEST_F(ConfigCliTest, DeviceIsAnOptionOfEveryComputingCommand) {
  EXPECT_EQ(dump("train " + train_required() + " --device cuda:1").at("device"), "cuda:1");
  EXPECT_EQ(dump("train " + train_required()).at("device"), "cpu");
  EXPECT_EQ(dump("predict --model " + tiny_dir() + " --task udpos --data d --out o --device cuda").at("evaluate").at("device"), "cuda");
  EXPECT_EQ(dump("pretrain --text a.txt --init " + tiny_dir() + " --out o --device cuda:0").at("device"), "cuda:0");
  EXPECT_EQ(dump("embed --model " + tiny_dir() + " --input a.txt --out e.safetensors --device cuda").at("device"), "cuda");
  EXPECT_EQ(dump("sweep-layers --task udpos --init " + tiny_dir() + " --data d --out o --layers 1 --device cuda").at("device"), "cuda");
  std::string out;
  EXPECT_EQ(run_command(xlfuse_binary() + " train " + train_required() + " --device gpu", &out), 2) << out;
  EXPECT_NE(out.find("--device: 'gpu' is not a device"), std::string::npos) << out;
  EXPECT_EQ(run_command(xlfuse_binary() + " soup --members a,b --out o --device cuda:x", &out), 2) << out;
  // Exit 1 either way: without a GPU (Debian's libtorch is CPU-only) the device error comes before
  // any data is read; with one, the data folder (which does not exist) is the error.
  EXPECT_EQ(run_command(xlfuse_binary() + " train " + train_required() + " --device cuda", &out), 1) << out;
  const bool no_gpu = out.find("asked for a GPU") != std::string::npos;
  EXPECT_TRUE(no_gpu ? out.find("--device cpu") != std::string::npos : out.find("data") != std::string::npos) << out;
}

TEST_F(ConfigCliTest, TrainFlagsGivenOverrideTheFileWhichOverridesDefaults) {
  const std::string config = write_config(
      "train.json", R"({"task": "udpos", "init_dir": ")" + tiny_dir() + R"(", "data_dir": "d", "out_dir": "o",
                        "learning_rate": 3e-5, "epochs": 7, "no_eval": true,
                        "fusion": {"kind": "aif", "layer": 1, "reduction": 8}})");
  // The file alone provides the required --task/--init/--data/--out.
  const auto file_only = dump("train --config " + config);
  EXPECT_EQ(file_only.at("task"), "udpos");
  EXPECT_EQ(file_only.at("epochs"), 7);
  EXPECT_EQ(file_only.at("batch_size"), 0) << "a key absent from the file keeps its default";
  // Flags given win; the file's other values stay; --config=FILE works too.
  const auto merged = dump("train --config=" + config + " --lr 1e-4 --fusion-layer 2 --out elsewhere");
  EXPECT_EQ(merged.at("learning_rate").get<double>(), 1e-4);
  EXPECT_EQ(merged.at("fusion").at("layer"), 2);
  EXPECT_EQ(merged.at("out_dir"), "elsewhere");
  EXPECT_EQ(merged.at("epochs"), 7);
  EXPECT_EQ(merged.at("no_eval"), true);
  EXPECT_EQ(merged.at("fusion").at("kind"), "aif");
  EXPECT_EQ(merged.at("fusion").at("reduction"), 8);
  EXPECT_EQ(merged.at("data_dir"), "d");
  // A boolean the file sets can be switched off on the command line.
  EXPECT_EQ(dump("train --config " + config + " --no-eval=false").at("no_eval"), false);
}

TEST_F(ConfigCliTest, TrainRunsFromAConfigFile) {
  std::filesystem::create_directories(dir_ / "data/udpos");
  write_file(dir_ / "data/udpos/train-en.tsv", "the\tDET\ndog\tNOUN\n\nhello\tINTJ\nworld\tNOUN\n\n");
  const std::string config = write_config(
      "train.json", R"({"task": "udpos", "init_dir": ")" + tiny_dir() + R"(", "data_dir": ")" +
                        (dir_ / "data").string() + R"(", "out_dir": ")" + (dir_ / "model").string() +
                        R"(", "max_steps": 2, "batch_size": 2, "threads": 1, "no_eval": true, "seed": 5})");
  std::string out;
  ASSERT_EQ(run_command(xlfuse_binary() + " train --config " + config + " --max-steps 1", &out), 0) << out;
  const auto info = nlohmann::json::parse(read_file(dir_ / "model/xlfuse.json"));
  EXPECT_EQ(info.at("global_step"), 1) << "the flag overrode the file's max_steps";
  EXPECT_EQ(info.at("seed"), 5) << "the file's seed was used";
}

TEST_F(ConfigCliTest, TrainRefusesBadConfigFilesNamingFileAndKey) {
  std::string out;
  const std::string unknown = write_config("typo.json", R"({"lerning_rate": 1e-4})");
  EXPECT_EQ(run_command(xlfuse_binary() + " train " + train_required() + " --config " + unknown, &out), 1) << out;
  EXPECT_NE(out.find(unknown), std::string::npos) << out;
  EXPECT_NE(out.find("lerning_rate: unknown key"), std::string::npos) << out;
  EXPECT_NE(out.find("learning_rate"), std::string::npos) << "the known keys are listed: " << out;

  const std::string missing = (dir_ / "missing.json").string();
  EXPECT_EQ(run_command(xlfuse_binary() + " train " + train_required() + " --config " + missing, &out), 1) << out;
  EXPECT_NE(out.find(missing), std::string::npos) << out;

  const std::string broken = write_config("broken.json", R"({"epochs": 3,})");
  EXPECT_EQ(run_command(xlfuse_binary() + " train " + train_required() + " --config " + broken, &out), 1) << out;
  EXPECT_NE(out.find(broken + ": invalid JSON"), std::string::npos) << out;

  const std::string wrong_type = write_config("type.json", R"({"fusion": {"layer": "6"}})");
  EXPECT_EQ(run_command(xlfuse_binary() + " train " + train_required() + " --config " + wrong_type, &out), 1) << out;
  EXPECT_NE(out.find(wrong_type + ": fusion.layer: expected an integer, found string \"6\""), std::string::npos)
      << out;

  const std::string bad_enum = write_config("enum.json", R"({"precision": "fp16"})");
  EXPECT_EQ(run_command(xlfuse_binary() + " train " + train_required() + " --config " + bad_enum, &out), 1) << out;
  EXPECT_NE(out.find(bad_enum + ": precision: expected one of fp32, bf16, found \"fp16\""), std::string::npos) << out;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "model")) << "nothing ran";
}

TEST_F(ConfigCliTest, RequiredFlagsNameTheFlagAndTheKey) {
  std::string out;
  const std::string partial = write_config("partial.json", R"({"task": "udpos", "init_dir": "m", "out_dir": "o"})");
  EXPECT_EQ(run_command(xlfuse_binary() + " train --config " + partial, &out), 2) << out;
  EXPECT_NE(out.find("--data is required: give it on the command line or as \"data_dir\" in the --config file"),
            std::string::npos)
      << out;
  EXPECT_EQ(run_command(xlfuse_binary() + " train --config " + partial + " --data d --dump-config", &out), 0) << out;
}

TEST_F(ConfigCliTest, HelpShowsTheMergeOrder) {
  for (const char* command : {"train", "predict", "embed", "sweep-layers", "pretrain"}) {
    std::string out;
    ASSERT_EQ(run_command(xlfuse_binary() + " " + command + " --help", &out), 0) << out;
    EXPECT_NE(out.find("built-in defaults < --config FILE < flags given on the"), std::string::npos) << command << out;
    EXPECT_NE(out.find("--dump-config"), std::string::npos) << command;
  }
  std::string out;
  ASSERT_EQ(run_command(xlfuse_binary() + " pretrain --help", &out), 0) << out;
  EXPECT_NE(out.find("--model-config TEXT"), std::string::npos) << "a fresh model's config.json";
}

std::string predict_required(const TempDir& dir) {
  return "--model " + tiny_dir() + " --task udpos --data " + (dir / "data").string() + " --out " +
         (dir / "preds").string();
}

TEST_F(ConfigCliTest, PredictDumpReloadsAndFlagsOverrideTheFile) {
  const auto j = dump("predict " + predict_required(dir_) + " --langs de,fi --batch-size 8 --precision bf16 --layer 1");
  EXPECT_EQ(j.at("langs"), "de,fi");
  EXPECT_EQ(j.at("evaluate").at("batch_size"), 8);
  EXPECT_EQ(j.at("evaluate").at("precision"), "bf16");
  EXPECT_EQ(j.at("evaluate").at("retrieval_layer"), 1);
  expect_dump_reloads_identically("predict", predict_required(dir_) + " --split test --max-seq-length 64");

  const std::string config = write_config(
      "predict.json", R"({"model_dir": "m", "task": "xnli", "data_dir": "d", "out_dir": "o", "langs": "de",
                          "evaluate": {"batch_size": 16, "max_seq_length": 128}})");
  const auto merged = dump("predict --config " + config + " --batch-size 4 --task pawsx");
  EXPECT_EQ(merged.at("task"), "pawsx");
  EXPECT_EQ(merged.at("evaluate").at("batch_size"), 4);
  EXPECT_EQ(merged.at("evaluate").at("max_seq_length"), 128);
  EXPECT_EQ(merged.at("langs"), "de");
  EXPECT_EQ(merged.at("model_dir"), "m");
}

TEST_F(ConfigCliTest, PredictRefusesBadConfigFiles) {
  std::string out;
  const std::string unknown = write_config("typo.json", R"({"evaluate": {"batchsize": 4}})");
  EXPECT_EQ(run_command(xlfuse_binary() + " predict " + predict_required(dir_) + " --config " + unknown, &out), 1)
      << out;
  EXPECT_NE(out.find(unknown + ": evaluate.batchsize: unknown key"), std::string::npos) << out;
  const std::string missing = (dir_ / "nope.json").string();
  EXPECT_EQ(run_command(xlfuse_binary() + " predict " + predict_required(dir_) + " --config " + missing, &out), 1)
      << out;
  EXPECT_NE(out.find(missing), std::string::npos) << out;
  EXPECT_EQ(run_command(xlfuse_binary() + " predict --task udpos --data d --out o", &out), 2) << out;
  EXPECT_NE(out.find("--model is required"), std::string::npos) << out;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "preds"));
}

TEST_F(ConfigCliTest, PretrainDumpReloadsAndFlagsOverrideTheFile) {
  const std::string args = "--text a.txt,b.txt --parallel x.en:x.de,y.en:y.zh --model-config " + tiny_dir() +
                           "/config.json --vocab " + tiny_dir() + "/vocab.txt --out " + (dir_ / "pre").string() +
                           " --lr 5e-4 --max-steps 3";
  const auto j = dump("pretrain " + args);
  EXPECT_EQ(j.at("text_files"), nlohmann::json({"a.txt", "b.txt"}));
  EXPECT_EQ(j.at("parallel_files"), nlohmann::json({"x.en:x.de", "y.en:y.zh"}));
  EXPECT_EQ(j.at("config_path"), tiny_dir() + "/config.json");
  EXPECT_EQ(j.at("learning_rate").get<double>(), 5e-4);
  expect_dump_reloads_identically("pretrain", args);
  const std::string options = write_config("pre.json", R"({"text_files": ["x.txt"], "init_dir": "m", "out_dir": "o",
                                                           "epochs": 4})");
  const auto merged = dump("pretrain --config " + options + " --epochs 2");
  EXPECT_EQ(merged.at("epochs"), 2);
  EXPECT_EQ(merged.at("text_files"), nlohmann::json({"x.txt"}));
}

TEST_F(ConfigCliTest, SweepLayersDumpHoldsTheLayerList) {
  const std::string args = "--task udpos --init " + tiny_dir() + " --data d --out o";
  EXPECT_EQ(dump("sweep-layers " + args).at("layers"), nlohmann::json::array()) << "[] = every lower layer";
  const auto j = dump("sweep-layers " + args + " --layers 1 --fusion sum");
  EXPECT_EQ(j.at("layers"), nlohmann::json({1}));
  EXPECT_EQ(j.at("fusion").at("kind"), "sum");
  expect_dump_reloads_identically("sweep-layers", args + " --layers all --reduction 8");
  const std::string config =
      write_config("sweep.json", R"({"task": "udpos", "init_dir": ")" + tiny_dir() +
                                     R"(", "data_dir": "d", "out_dir": "o", "layers": [1], "epochs": 2})");
  EXPECT_EQ(dump("sweep-layers --config " + config).at("layers"), nlohmann::json({1}));
  EXPECT_EQ(dump("sweep-layers --config " + config + " --epochs 3").at("epochs"), 3);
}

TEST_F(ConfigCliTest, EmbedDumpReloads) {
  const std::string args =
      "--model " + tiny_dir() + " --input in.txt --out e.safetensors --pool cls --layer 1 --lower";
  const auto j = dump("embed " + args);
  EXPECT_EQ(j.at("pooling"), "cls");
  EXPECT_EQ(j.at("output"), "e.safetensors");
  EXPECT_EQ(j.at("lower_case"), true);
  expect_dump_reloads_identically("embed", args);
  EXPECT_FALSE(std::filesystem::exists("e.safetensors"));
}

}  // namespace
}  // namespace xlfuse::test
