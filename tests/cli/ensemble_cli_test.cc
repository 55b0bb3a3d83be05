// Ensembles and soups from the command line, end to end on real data: UD-POS models fine-tuned from
// three different English intermediate tasks (MNLI, SocialIQA, CommonsenseQA fixtures) on the
// bundled UD treebanks (examples/data/xtreme-mini), predicted zero-shot, ensembled with every
// tagging combiner and weight source, searched and souped; and one task of every other output
// kind (classification, QA, retrieval) ensembled from its stored outputs.
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_utils.h"

namespace xlfuse::test {
namespace {

namespace fs = std::filesystem;

fs::path source() { return fs::path(XLFUSE_SOURCE_DIR); }

class EnsembleCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    // One data folder: UD-POS from the bundled treebanks, the intermediate tasks' fixtures.
    const fs::path data = (*dir_) / "data";
    fs::create_directories(data);
    fs::copy(source() / "examples/data/xtreme-mini/udpos", data / "udpos");
    for (const char* task : {"mnli", "siqa", "commonsenseqa", "xnli", "squad", "xquad", "tatoeba"})
      fs::copy(test_data_dir() / "data" / task, data / task);
    // Training splits for the classification and QA targets: the fixtures' dev files (a pipeline
    // test; XTREME's xnli/train-en.tsv holds MNLI in the same three columns).
    fs::copy_file(data / "squad/dev-v1.1.json", data / "squad/train-v1.1.json");
    fs::copy_file(data / "xnli/dev-en.tsv", data / "xnli/train-en.tsv");
    ASSERT_EQ(xlfuse("init-model --vocab " + (source() / "examples/data/mbert-vocab/vocab.txt").string() + " --out " +
                     path("encoder") + " --hidden-size 32 --layers 2 --heads 2 --intermediate-size 64 --seed 3"),
              0);
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }

  static std::string path(const std::string& name) { return ((*dir_) / name).string(); }
  static std::string data() { return path("data"); }
  static int xlfuse(const std::string& args, std::string* out = nullptr) {
    std::string local;
    const int rc = run_command(xlfuse_binary() + " " + args + " --threads 1", out ? out : &local);
    if (rc != 0 && !out) ADD_FAILURE() << args << "\n" << local;
    return rc;
  }
  static int train(const std::string& task, const std::string& init, const std::string& out_name, int steps = 4) {
    return xlfuse("train --task " + task + " --init " + init + " --data " + data() + " --out " + path(out_name) +
                  " --max-steps " + std::to_string(steps) + " --batch-size 4 --no-eval --progress off --lr 1e-3");
  }
  static nlohmann::json json_file(const std::string& name) { return nlohmann::json::parse(read_file((*dir_) / name)); }

  static TempDir* dir_;
};

TempDir* EnsembleCliTest::dir_ = nullptr;

TEST_F(EnsembleCliTest, TaggingModelsFromThreeIntermediateTasks) {
  // Intermediate tasks, then UD-POS from each (and from the plain encoder: the baseline).
  const std::vector<std::string> inter = {"mnli", "siqa", "commonsenseqa"};
  std::string members;
  for (const auto& t : inter) {
    ASSERT_EQ(train(t, path("encoder"), "inter-" + t, 3), 0);
    ASSERT_EQ(train("udpos", path("inter-" + t), "pos-" + t, 6), 0);
    for (const char* split_langs : {"--split test --langs de,es,fi", "--split dev --langs en"})
      ASSERT_EQ(xlfuse("predict --model " + path("pos-" + t) + " --task udpos " + split_langs + " --data " + data() +
                       " --out " + path("pred-" + t)),
                0);
    members += (members.empty() ? "" : ",") + t + "=" + path("pred-" + t);
  }
  // Test and English dev predictions share a folder: scores.json keeps the test split's entry.
  const auto scores = json_file("pred-siqa/scores.json");
  EXPECT_EQ(scores.at("tasks").at("udpos").at("split"), "test");
  EXPECT_EQ(scores.at("tasks").at("udpos").at("languages").size(), 3u);
  EXPECT_EQ(scores.at("splits").at("dev").at("udpos").at("languages").size(), 1u);
  const auto chain = json_file("pos-siqa/xlfuse.json").at("chain");
  EXPECT_EQ(chain, nlohmann::json({"siqa", "udpos"}));

  // Every tagging combiner, and every weight source.
  for (const char* method : {"mean-prob", "mean-logit", "geo-mean", "bio-viterbi", "span-vote"}) {
    std::string out;
    ASSERT_EQ(xlfuse(std::string("ensemble --members ") + members + " --task udpos --method " + method +
                         " --data " + data() + " --out " + path(std::string("ens-") + method) + " --bootstrap 200",
                     &out),
              0)
        << method << "\n" << out;
    const auto e = json_file(std::string("ens-") + method + "/ensemble.json");
    EXPECT_EQ(e.at("format"), "xlfuse.ensemble");
    EXPECT_EQ(e.at("method"), method);
    EXPECT_EQ(e.at("split"), "test");
    ASSERT_EQ(e.at("languages").size(), 3u) << e.dump(2);
    for (const auto& [lang, entry] : e.at("languages").items()) {
      EXPECT_EQ(entry.at("members").size(), 3u);
      const double delta = entry.at("delta").at("delta"), low = entry.at("delta").at("low"),
                   high = entry.at("delta").at("high");
      EXPECT_LE(low, delta + 1e-9) << lang;
      EXPECT_GE(high, delta - 1e-9) << lang;
      EXPECT_NEAR(entry.at("ensemble").get<double>() - entry.at("best_member_score").get<double>(), delta, 1e-9);
    }
    EXPECT_TRUE(e.contains("oracle"));
    EXPECT_TRUE(e.at("mean").contains("delta"));
    const auto scores = json_file(std::string("ens-") + method + "/scores.json");
    EXPECT_EQ(scores.at("tasks").at("udpos").at("languages").size(), 3u);
    EXPECT_TRUE(fs::exists(path(std::string("ens-") + method + "/udpos/test-de.tsv")));
    EXPECT_TRUE(fs::exists(path(std::string("ens-") + method + "/raw/udpos/test-de.safetensors")));
  }
  for (const char* weights : {"english-dev", "fitted", "caruana"}) {
    ASSERT_EQ(xlfuse(std::string("ensemble --members ") + members + " --task udpos --method weighted --weights " +
                     weights + " --data " + data() + " --out " + path(std::string("w-") + weights) + " --bootstrap 100"),
              0);
    const auto e = json_file(std::string("w-") + weights + "/ensemble.json");
    double total = 0;
    for (const auto& m : e.at("members")) total += m.at("weight").get<double>();
    EXPECT_NEAR(total, 1.0, 1e-9) << weights << "\n" << e.at("members").dump(1);
  }
  // An ensemble (with its own English dev outputs) is a member of another ensemble.
  ASSERT_EQ(xlfuse("ensemble --members a=" + path("ens-mean-prob") + ",b=" + path("ens-span-vote") +
                   " --task udpos --langs de --data " + data() + " --out " + path("ens-of-ens")),
            0);
  EXPECT_TRUE(fs::exists(path("ens-mean-prob/raw/udpos/dev-en.safetensors")));
  EXPECT_EQ(json_file("ens-of-ens/ensemble.json").at("languages").size(), 1u);
  // The search over all subsets.
  std::string out;
  ASSERT_EQ(xlfuse("ensemble search --members " + members + " --task udpos --data " + data() + " --out " +
                       path("search"),
                   &out),
            0)
      << out;
  const auto search = json_file("search/search.json");
  EXPECT_EQ(search.at("subsets").size(), 7u);
  EXPECT_NE(out.find("ORACLE"), std::string::npos);
  // Uniform and greedy soups of the three target models (same pretrained encoder).
  const std::string soup_members = path("pos-mnli") + "," + path("pos-siqa") + "," + path("pos-commonsenseqa");
  ASSERT_EQ(xlfuse("soup --members " + soup_members + " --out " + path("soup")), 0);
  ASSERT_EQ(xlfuse("soup --members " + soup_members + " --greedy --data " + data() + " --out " + path("greedy-soup")), 0);
  ASSERT_EQ(xlfuse("predict --model " + path("soup") + " --task udpos --split test --langs de --data " + data() +
                   " --out " + path("pred-soup")),
            0);
  EXPECT_EQ(json_file("soup/xlfuse.json").at("soup").at("ingredients").size(), 3u);
  EXPECT_EQ(json_file("greedy-soup/xlfuse.json").at("soup").at("method"), "greedy");

  // The report over everything above: members, ensembles, the soup's predictions.
  std::string report;
  ASSERT_EQ(run_command(xlfuse_binary() + " report " + dir_->path().string() + " --out " + path("report"), &report), 0)
      << report;
  const std::string md = read_file((*dir_) / "report/report.md");
  for (const char* row : {"mean-prob", "bio-viterbi", "weighted", "siqa", "commonsenseqa", "ORACLE"})
    EXPECT_NE(md.find(row), std::string::npos) << row << "\n" << md;
  // The members are the study's own prediction folders (linked, with all their metrics).
  EXPECT_EQ(md.find("siqa (outside the study)"), std::string::npos) << md;
  EXPECT_TRUE(fs::exists(path("report/results.sqlite")));
  EXPECT_TRUE(fs::exists(path("report/report.html")));
}

TEST_F(EnsembleCliTest, MismatchedMembersAreRefusedNamingTheMember) {
  ASSERT_EQ(train("xnli", path("encoder"), "nli-a"), 0);
  ASSERT_EQ(xlfuse("predict --model " + path("nli-a") + " --task xnli --split dev --langs en --data " + data() +
                   " --out " + path("p-nli")),
            0);
  ASSERT_EQ(train("udpos", path("encoder"), "pos-x"), 0);
  ASSERT_EQ(xlfuse("predict --model " + path("pos-x") + " --task udpos --split dev --langs en --data " + data() +
                   " --out " + path("p-pos")),
            0);
  std::string out;
  EXPECT_EQ(xlfuse("ensemble --members a=" + path("p-nli") + ",b=" + path("p-pos") + " --task xnli --data " + data() +
                       " --out " + path("bad"),
                   &out),
            1);
  EXPECT_NE(out.find("member 'b'"), std::string::npos) << out;
  EXPECT_EQ(xlfuse("ensemble --members " + path("p-nli") + " --task xnli --data " + data() + " --out " + path("bad"),
                   &out),
            1);
  EXPECT_NE(out.find("at least two members"), std::string::npos) << out;
  EXPECT_EQ(xlfuse("ensemble --members a=" + path("p-nli") + ",b=" + path("p-nli") + " --task xnli --method span-vote"
                   " --data " + data() + " --out " + path("bad"),
                   &out),
            1);
  EXPECT_NE(out.find("folder"), std::string::npos) << out;
  EXPECT_FALSE(fs::exists(path("bad") + "/ensemble.json"));
}

// Classification (XNLI, English dev as both selection and evaluation data here), QA (SQuAD-trained
// XQuAD models) and retrieval (Tatoeba with plain encoders): each combiner of the kind runs.
TEST_F(EnsembleCliTest, EveryOutputKindCombines) {
  std::string nli, qa, ret;
  for (int seed : {1, 2}) {
    const std::string s = std::to_string(seed);
    ASSERT_EQ(xlfuse("train --task xnli --init " + path("encoder") + " --data " + data() + " --out " + path("xnli" + s) +
                     " --max-steps 3 --batch-size 4 --no-eval --progress off --seed " + s),
              0);
    ASSERT_EQ(xlfuse("predict --model " + path("xnli" + s) + " --task xnli --split dev --langs en --data " + data() +
                     " --out " + path("pxnli" + s)),
              0);
    nli += (nli.empty() ? "" : ",") + path("pxnli" + s);
    ASSERT_EQ(xlfuse("train --task xquad --init " + path("encoder") + " --data " + data() + " --out " + path("qa" + s) +
                     " --max-steps 2 --batch-size 2 --max-seq-length 128 --no-eval --progress off --seed " + s),
              0);
    for (const char* how : {"--task squad --split dev", "--task xquad"})
      ASSERT_EQ(xlfuse("predict --model " + path("qa" + s) + " " + how + " --langs en --data " + data() + " --out " +
                       path("pqa" + s)),
                0);
    qa += (qa.empty() ? "" : ",") + path("pqa" + s);
    ASSERT_EQ(xlfuse("init-model --vocab " + (source() / "examples/data/mbert-vocab/vocab.txt").string() + " --out " +
                     path("enc" + s) + " --hidden-size 32 --layers 2 --heads 2 --intermediate-size 64 --seed " + s),
              0);
    ASSERT_EQ(xlfuse("predict --model " + path("enc" + s) + " --task tatoeba --langs de --layer 1 --data " + data() +
                     " --out " + path("pret" + s)),
              0);
    ret += (ret.empty() ? "" : ",") + path("pret" + s);
  }
  for (const char* method : {"mean-prob", "mean-logit", "geo-mean", "vote"})
    ASSERT_EQ(xlfuse("ensemble --members " + nli + " --task xnli --split dev --method " + method + " --data " + data() +
                     " --out " + path(std::string("enli-") + method) + " --bootstrap 50"),
              0);
  EXPECT_EQ(json_file("enli-vote/ensemble.json").at("languages").at("en").at("members").size(), 2u);
  for (const char* method : {"mean-logit", "answer-vote"})
    ASSERT_EQ(xlfuse("ensemble --members " + qa + " --task xquad --method " + method + " --data " + data() + " --out " +
                     path(std::string("eqa-") + method) + " --bootstrap 50"),
              0);
  EXPECT_TRUE(fs::exists(path("eqa-answer-vote/xquad/test-en.json")));
  for (const char* method : {"mean-sim", "concat"})
    ASSERT_EQ(xlfuse("ensemble --members " + ret + " --task tatoeba --method " + method + " --data " + data() +
                     " --out " + path(std::string("eret-") + method)),
              0);
  // mean-sim and concat rank alike.
  EXPECT_EQ(read_file((*dir_) / "eret-mean-sim/tatoeba/test-de.tsv"), read_file((*dir_) / "eret-concat/tatoeba/test-de.tsv"));
  std::string out;
  ASSERT_EQ(xlfuse("ensemble --help", &out), 0);
  for (const char* m : {"mean-prob", "mean-logit", "geo-mean", "vote", "weighted", "bio-viterbi", "span-vote",
                        "answer-vote", "mean-sim", "concat"})
    EXPECT_NE(out.find(std::string("  ") + m + " "), std::string::npos) << m;
}

}  // namespace
}  // namespace xlfuse::test
