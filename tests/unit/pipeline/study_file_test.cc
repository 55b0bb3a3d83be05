// The study file: what a valid file gives, the committed example, and that every kind of bad
// file is refused naming the file, the line, the key and what was expected.
#include "xlfuse/pipeline/study_file.h"

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/pipeline/toml_document.h"

namespace xlfuse::pipeline {
namespace {

namespace fs = std::filesystem;

std::string tiny_bert() { return (test::test_data_dir() / "tiny_bert").string(); }

// A valid study; `more` is appended.
std::string study(const std::string& more = "") {
  return "[study]\n"                                             // line 1
         "encoder = \"" + tiny_bert() + "\"\n"                   // 2
         "data_dir = \"data\"\n"                                 // 3
         "out_dir = \"runs/s\"\n"                                // 4
         "seeds = [1, 2]\n"                                      // 5
         "\n"                                                    // 6
         "[targets]\n"                                           // 7
         "tasks = [\"udpos\", \"xnli\"]\n"                       // 8
         "\n"                                                    // 9
         + more;
}

StudyFile parse(const std::string& text) { return parse_study(text, "study.toml", "/base"); }

TEST(StudyFileTest, ReadsAValidStudy) {
  const StudyFile s = parse(study(R"(langs = ["de", "es"]
[targets.train]
max_steps = 10
precision = "bf16"
[targets.task.xnli]
learning_rate = 3e-5

[[intermediate]]
name = "none"
[[intermediate]]
name = "mnli+squad"
task = "mnli, squad"
mlm_text = ["text/en.txt"]
epochs = 1
[[intermediate]]
name = "mlm"
data_dir = "/elsewhere"
pretrain = { text_files = ["wiki.txt"], parallel_files = ["p/x.en:p/x.de"], max_steps = 100 }

[[fusion]]
kind = "last_layer"
[[fusion]]
kind = "aif"
layer = 1

[sweep]
tasks = ["udpos"]
fusion = { kind = "iaff", reduction = 2 }

[soups]
methods = ["uniform", "greedy"]
snapshots = 3

[ensembles]
methods = ["mean-prob", "vote"]
weights = ["uniform", "english-dev"]
pools = ["intermediate", "seeds"]
search = true
)"));
  EXPECT_EQ(s.name, "study");
  EXPECT_EQ(s.data_dir, "/base/data");
  EXPECT_EQ(s.out_dir, "/base/runs/s");
  EXPECT_EQ(s.seeds, (std::vector<int64_t>{1, 2}));
  EXPECT_EQ(s.langs, "de,es");
  ASSERT_EQ(s.targets.size(), 2u);
  EXPECT_EQ(s.targets[0].task, "udpos");
  EXPECT_EQ(s.targets[0].training.max_steps, 10);
  EXPECT_EQ(s.targets[0].training.precision, model::Precision::BFloat16);
  EXPECT_EQ(s.targets[0].training.learning_rate, 0.0);
  EXPECT_EQ(s.targets[1].training.learning_rate, 3e-5);
  EXPECT_EQ(s.targets[1].training.max_steps, 10);  // [targets.train] under the task's own
  ASSERT_EQ(s.intermediates.size(), 3u);
  EXPECT_EQ(s.intermediates[0].kind, IntermediateKind::None);
  EXPECT_EQ(s.intermediates[1].kind, IntermediateKind::Train);
  EXPECT_EQ(s.intermediates[1].training.task, "mnli, squad");
  EXPECT_EQ(s.intermediates[1].training.mlm_text, (std::vector<std::string>{"/base/text/en.txt"}));
  EXPECT_EQ(s.intermediates[1].data_dir, "/base/data");
  EXPECT_EQ(s.intermediates[1].where, "study.toml:19:1");
  EXPECT_EQ(s.intermediates[2].kind, IntermediateKind::Pretrain);
  EXPECT_EQ(s.intermediates[2].pretraining.text_files, (std::vector<std::string>{"/base/wiki.txt"}));
  EXPECT_EQ(s.intermediates[2].pretraining.parallel_files, (std::vector<std::string>{"/base/p/x.en:/base/p/x.de"}));
  EXPECT_EQ(s.intermediates[2].pretraining.max_steps, 100);
  EXPECT_EQ(s.intermediates[2].data_dir, "/elsewhere");
  ASSERT_EQ(s.fusions.size(), 2u);
  EXPECT_EQ(fusion_variant_name(s.fusions[0]), "last_layer");
  EXPECT_EQ(fusion_variant_name(s.fusions[1]), "aif-l1");
  EXPECT_TRUE(s.sweep.enabled);
  EXPECT_EQ(s.sweep.layers, (std::vector<int64_t>{1}));  // every lower layer of the 2-layer encoder
  EXPECT_EQ(s.sweep.intermediates, (std::vector<std::string>{"none"}));
  EXPECT_EQ(s.sweep.seeds, (std::vector<int64_t>{1}));
  EXPECT_EQ(fusion_variant_name([&] { auto f = s.sweep.fusion; f.layer = 1; return f; }()), "iaff-l1-r2");
  EXPECT_EQ(s.soups.snapshots, 3);
  EXPECT_EQ(s.ensembles.weights.size(), 2u);
  EXPECT_EQ(s.ensembles.pools, (std::vector<PoolKind>{PoolKind::Intermediate, PoolKind::Seeds}));
  EXPECT_TRUE(s.ensembles.search);
}

TEST(StudyFileTest, DefaultsAndABenchmarkName) {
  const StudyFile s = parse(
      "[study]\nencoder = \"e\"\ndata_dir = \"d\"\nout_dir = \"o\"\n[targets]\ntasks = \"xtreme\"\n");
  EXPECT_EQ(s.benchmark, Benchmark::Xtreme);
  EXPECT_EQ(s.targets.size(), 9u);
  EXPECT_EQ(s.targets.front().task, "xnli");
  EXPECT_EQ(s.seeds, (std::vector<int64_t>{-1}));
  ASSERT_EQ(s.intermediates.size(), 1u);
  EXPECT_EQ(s.intermediates[0].name, "none");
  ASSERT_EQ(s.fusions.size(), 1u);
  EXPECT_EQ(s.fusions[0].kind, model::FusionKind::LastLayer);
  EXPECT_FALSE(s.sweep.enabled);
  EXPECT_TRUE(s.ensembles.methods.empty());
  EXPECT_EQ(parse_study("[study]\nencoder = \"e\"\ndata_dir = \"d\"\nout_dir = \"o\"\n[targets]\ntasks = \"xtreme-r\"\n",
                        "s.toml", "/b")
                .targets.size(),
            10u);
}

TEST(StudyFileTest, TheCommittedFullExampleIsValid) {
  const fs::path example = fs::path(XLFUSE_SOURCE_DIR) / "examples" / "study_full.toml";
  const StudyFile s = read_study_file(example.string());
  EXPECT_EQ(s.targets.size(), 10u);  // xtreme-r
  EXPECT_GE(s.intermediates.size(), 5u);
  EXPECT_GE(s.seeds.size(), 2u);
  EXPECT_TRUE(s.sweep.enabled);
  EXPECT_FALSE(s.ensembles.methods.empty());
  EXPECT_GT(s.soups.snapshots, 0);
}

// Each bad value is refused with file:line:column, the key, and what was expected.
struct BadCase {
  std::string more;
  std::string message;
};

TEST(StudyFileTest, BadStudiesNameTheLineTheKeyAndWhatWasExpected) {
  const std::vector<BadCase> cases = {
      {"[target]\n", "study.toml:10:1: target: unknown key; expected one of: study, targets, intermediate, fusion"},
      {"[targets.train]\nlerning_rate = 1e-5\n",
       "study.toml:11:1: targets.train.lerning_rate: unknown key; the known keys of targets.train are"},
      {"[targets.train]\nepochs = 2.5\n", "study.toml:11:1: targets.train.epochs: expected an integer, found number 2.5"},
      {"[targets.train]\nepochs = -1\n", "study.toml:11:1: targets.train.epochs: expected >= 0 (0 = task default), got -1"},
      {"[targets.train]\nout_dir = \"x\"\n", "study.toml:11:1: targets.train.out_dir: set by the runner"},
      {"[targets.train]\nseed = 3\n", "study.toml:11:1: targets.train.seed: set by [study] seeds"},
      {"[targets.task.panx]\nepochs = 1\n", "study.toml:10:1: targets.task.panx: 'panx' is not one of the target tasks"},
      {"[[intermediate]]\nname = \"mnli\"\ntask = \"mnlii\"\n", "study.toml:12:1: intermediate[0].task: unknown task 'mnlii'"},
      {"[[intermediate]]\nname = \"x\"\ntask = \"tatoeba\"\n", "study.toml:12:1: intermediate[0].task: task 'tatoeba' is not trained"},
      {"[[intermediate]]\nname = \"a\"\ntask = \"mnli\"\n[[intermediate]]\nname = \"a\"\ntask = \"siqa\"\n",
       "study.toml:14:1: intermediate[1].name: \"a\" is given twice"},
      {"[[intermediate]]\nname = \"bad/name\"\ntask = \"mnli\"\n", "study.toml:11:1: intermediate[0].name: expected letters"},
      {"[[intermediate]]\nname = \"m\"\n", "study.toml:10:1: intermediate[0]: intermediate \"m\": expected \"task\""},
      {"[[intermediate]]\nname = \"none\"\ntask = \"mnli\"\n", "study.toml:12:1: intermediate[0].task: the intermediate \"none\""},
      {"[[intermediate]]\nname = \"p\"\npretrain = { max_steps = 5 }\n",
       "study.toml:12:1: intermediate[0].pretrain: missing key \"text_files\" (the plain-text files to pretrain on) "
       "or \"parallel_files\""},
      {"[[intermediate]]\nname = \"p\"\npretrain = { parallel_files = [\"a.en\"] }\n",
       "intermediate[0].pretrain.parallel_files[0]: parallel text: expected A.txt:B.txt"},
      {"[[fusion]]\nkind = \"aif\"\nlayer = 5\n", "study.toml:12:1: fusion[0].layer: fusion \"aif\" needs a lower layer in 1..1 (the model has 2 layers), got 5"},
      {"[[fusion]]\nkind = \"aiff\"\n", "study.toml:11:1: fusion[0].kind: expected one of"},
      {"[sweep]\nlayers = [1, 7]\n", "study.toml:11:14: sweep.layers[1]: layer 7 is not a lower layer of the 2-layer encoder"},
      {"[sweep]\nfusion = { kind = \"last_layer\" }\n", "sweep.fusion.kind: expected a kind that fuses one lower layer"},
      {"[ensembles]\nmethods = [\"mean-prob\", \"avg\"]\n", "study.toml:11:25: ensembles.methods[1]: expected one of mean-prob"},
      {"[ensembles]\nweights = [\"dev\"]\n", "study.toml:11:12: ensembles.weights[0]: weights: expected one of"},
      {"[ensembles]\npools = [\"language\"]\n", "study.toml:11:10: ensembles.pools[0]: pool: expected one of intermediate, seeds, all"},
      {"[soups]\nsnapshots = 1\n", "study.toml:11:1: soups.snapshots: expected 0 (off) or at least 2"},
      {"[soups]\nmethods = [\"greedy\", \"mean\"]\n", "study.toml:11:22: soups.methods[1]: expected \"uniform\" or \"greedy\""},
      {"[targets.evaluate]\nbatch_size = \"big\"\n", "study.toml:11:1: targets.evaluate.batch_size: expected an integer"},
      {"[sweep]\nintermediate = [\"siqa\"]\n", "study.toml:11:17: sweep.intermediate[0]: no [[intermediate]] is named \"siqa\""},
      {"x = [1,\n", "study.toml:10:9: TOML syntax error: Error while parsing array"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.more);
    XLFUSE_EXPECT_THROW_WITH(parse(study(c.more)), ConfigError, c.message);
  }
  XLFUSE_EXPECT_THROW_WITH(parse("[targets]\ntasks = [\"udpos\"]\n"), ConfigError,
                           "study.toml: study: missing table [study]");
  XLFUSE_EXPECT_THROW_WITH(parse("[study]\nencoder = \"e\"\ndata_dir = \"d\"\n[targets]\ntasks = [\"udpos\"]\n"),
                           ConfigError, "study.toml:1:1: study: missing key \"out_dir\"");
  XLFUSE_EXPECT_THROW_WITH(parse("[study]\nencoder = \"e\"\ndata_dir = \"d\"\nout_dir = \"o\"\n[targets]\ntasks = 3\n"),
                           ConfigError, "study.toml:6:1: targets.tasks: expected a benchmark name (xtreme, xtreme-r)");
  XLFUSE_EXPECT_THROW_WITH(parse("[study]\nencoder = \"e\"\ndata_dir = \"d\"\nout_dir = \"o\"\nseeds = [1, 1]\n"
                                 "[targets]\ntasks = [\"udpos\"]\n"),
                           ConfigError, "study.toml:5:13: study.seeds[1]: 1 is given twice");
  XLFUSE_EXPECT_THROW_WITH(read_study_file("/nonexistent/study.toml"), IoError,
                           "cannot read the study file /nonexistent/study.toml");
}

TEST(TomlDocumentTest, KeepsIntegersApartFromFloatsAndRefusesDates) {
  const TomlDocument d = parse_toml_document("a = 3\nb = 3.0\n[t]\nc = [1, 2]\n", "f.toml");
  EXPECT_TRUE(d.root.at("a").is_number_integer());
  EXPECT_TRUE(d.root.at("b").is_number_float());
  EXPECT_EQ(d.where("t.c[1]"), "f.toml:4:9");
  EXPECT_EQ(d.where("t.missing.deeper"), "f.toml:3:1");
  EXPECT_EQ(d.where("nowhere"), "f.toml");
  XLFUSE_EXPECT_THROW_WITH(parse_toml_document("when = 2024-01-01\n", "f.toml"), ConfigError,
                           "f.toml:1:1: when: expected a string, number, boolean, array or table, found a date or time");
}

}  // namespace
}  // namespace xlfuse::pipeline
