#include "xlfuse/data/task_files.h"
#include "xlfuse/data/task_registry.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"

namespace xlfuse::data {
namespace {
namespace fs = std::filesystem;

fs::path fixtures() { return test::test_data_dir() / "data"; }
fs::path xtreme() { return test::shared_dir() / "data/xtreme"; }

std::vector<std::string> keys(const std::vector<DataFiles>& files) {
  std::vector<std::string> out;
  for (const auto& f : files) out.push_back(f.split + "/" + f.lang);
  return out;
}

TEST(TaskRegistryTest, KnowsEveryTaskWithLabelsAndLanguages) {
  const auto names = task_names();
  for (const char* t : {"xnli", "pawsx", "xcopa", "udpos", "panx", "xquad", "mlqa", "tydiqa", "bucc2018", "tatoeba",
                        "mewslix", "lareqa", "mnli", "anli", "snli", "qqp", "squad", "squad2", "siqa", "commonsenseqa",
                        "hellaswag", "cosmosqa", "copa", "ud-upos", "ud-deprel"})
    EXPECT_NE(std::find(names.begin(), names.end(), t), names.end()) << t;
  EXPECT_TRUE(std::is_sorted(names.begin(), names.end()));
  EXPECT_EQ(task_info("xnli").labels, (std::vector<std::string>{"contradiction", "entailment", "neutral"}));
  EXPECT_EQ(task_info("pawsx").labels, (std::vector<std::string>{"0", "1"}));
  EXPECT_EQ(task_info("udpos").labels.size(), 17u);
  EXPECT_EQ(task_info("panx").labels.size(), 7u);
  EXPECT_EQ(task_info("ud-deprel").labels.size(), 37u);
  // Language counts from xtreme-facts 3.1.
  EXPECT_EQ(task_info("udpos").xtreme_langs.size(), 33u);
  EXPECT_EQ(task_info("udpos").xtreme_r_langs.size(), 38u);
  EXPECT_EQ(task_info("panx").xtreme_langs.size(), 40u);
  EXPECT_EQ(task_info("panx").xtreme_r_langs.size(), 48u);
  EXPECT_EQ(task_info("tatoeba").xtreme_langs.size(), 36u);
  EXPECT_EQ(task_info("tatoeba").xtreme_r_langs.size(), 41u);
  EXPECT_EQ(task_info("xquad").xtreme_r_langs.size(), 12u);
  EXPECT_TRUE(task_info("pawsx").xtreme_r_langs.empty());
  EXPECT_TRUE(task_info("xcopa").xtreme_langs.empty());
  EXPECT_EQ(task_info("mewslix").xtreme_r_langs.size(), 11u);
  EXPECT_EQ(task_info("mlqa").kind, TaskKind::Qa);
  EXPECT_EQ(task_info("xnli").metric, "accuracy");
  EXPECT_TRUE(task_info("siqa").intermediate);
  EXPECT_FALSE(task_info("xnli").intermediate);
  EXPECT_EQ(benchmark_tasks(Benchmark::Xtreme).size(), 9u);
  EXPECT_EQ(benchmark_tasks(Benchmark::XtremeR).size(), 10u);
  for (const auto& name : names) EXPECT_NO_THROW(reader(task_info(name).reader)) << name;
}

TEST(TaskRegistryTest, UnknownNamesListTheKnownOnes) {
  XLFUSE_EXPECT_THROW_WITH(task_info("xnly"), std::invalid_argument, "unknown task 'xnly'; known tasks: anli, ");
  XLFUSE_EXPECT_THROW_WITH(task_info("xnly"), std::invalid_argument, "xnli");
  XLFUSE_EXPECT_THROW_WITH(reader("csv"), std::invalid_argument, "unknown reader 'csv'; known readers: ");
  XLFUSE_EXPECT_THROW_WITH(parse_benchmark("glue"), ConfigError, "xtreme, xtreme-r");
  EXPECT_EQ(task_kind_from_string("multiple_choice"), TaskKind::MultipleChoice);
}

TEST(TaskRegistryTest, AvailableOnFixtures) {
  EXPECT_EQ(keys(available(fixtures(), task_info("xnli"))), (std::vector<std::string>{"dev/en", "test/en"}));
  EXPECT_EQ(keys(available(fixtures(), task_info("mlqa"))), (std::vector<std::string>{"dev/en", "dev/en-de"}));
  EXPECT_EQ(keys(available(fixtures(), task_info("xcopa"))),
            (std::vector<std::string>{"train/en", "val/en", "val/et"}));
  EXPECT_EQ(keys(available(fixtures(), task_info("copa"))), (std::vector<std::string>{"train/en", "val/en"}));
  EXPECT_EQ(keys(available(fixtures(), task_info("siqa"))), (std::vector<std::string>{"train/en", "dev/en"}));
  EXPECT_EQ(keys(available(fixtures(), task_info("mewslix"))),
            (std::vector<std::string>{"dev/en", "dev/multi", "test/en"}));
  EXPECT_EQ(keys(available(fixtures(), task_info("cosmosqa"))), (std::vector<std::string>{"dev/en"}));
  std::vector<std::string> incomplete;
  EXPECT_EQ(keys(available(fixtures(), task_info("tatoeba"), &incomplete)), (std::vector<std::string>{"test/de"}));
  ASSERT_EQ(incomplete.size(), 1u);  // fr-en.fr without fr-en.en
  EXPECT_NE(incomplete[0].find("fr-en.en"), std::string::npos) << incomplete[0];
  auto bucc = available(fixtures(), task_info("bucc2018"));
  ASSERT_EQ(keys(bucc), (std::vector<std::string>{"dev/de", "test/de"}));
  EXPECT_NE(bucc[0].find("gold"), nullptr);
  EXPECT_EQ(bucc[1].find("gold"), nullptr);
  auto ud = available(fixtures(), task_info("ud-upos"));
  ASSERT_EQ(keys(ud), (std::vector<std::string>{"dev/en"}));
  EXPECT_EQ(ud[0].main.size(), 2u);  // two treebanks of one language
  EXPECT_TRUE(available(fixtures() / "nowhere", task_info("xnli")).empty());
}

TEST(TaskRegistryTest, ReadTaskOnFixtures) {
  Dataset d = read_task(fixtures(), "xnli", "test", "en");
  EXPECT_FALSE(d.labelled);
  EXPECT_EQ(d.size(), 2u);
  EXPECT_EQ(std::get<std::vector<PairExample>>(d.examples)[0].id, "test-en-0");
  Dataset mlqa = read_task(fixtures(), "mlqa", "dev", "en-de");
  EXPECT_EQ(std::get<std::vector<QaExample>>(mlqa.examples)[0].question, "Wohin zog Zoë?");
  Dataset ud = read_task(fixtures(), "ud-upos", "dev", "en");
  EXPECT_EQ(ud.size(), 3u);
  EXPECT_EQ(ud.files.size(), 2u);
  Dataset deprel = read_task(fixtures(), "ud-deprel", "dev", "en");
  EXPECT_EQ(std::get<std::vector<TaggingExample>>(deprel.examples)[1].tags[0], "nsubj");
  Dataset anli = read_task(fixtures(), "anli", "dev", "en");
  EXPECT_EQ(anli.size(), 3u);  // R1 + R2
  Dataset qqp = read_task(fixtures(), "qqp", "dev", "en");
  EXPECT_TRUE(qqp.labelled);
  EXPECT_EQ(read_task(fixtures(), "mnli", "train", "en").size(), 2u);  // GLUE tsv layout
  EXPECT_EQ(read_task(fixtures(), "mnli", "dev_matched", "en").size(), 2u);  // jsonl layout
  EXPECT_TRUE(read_task(fixtures(), "siqa", "train", "en").labelled);  // labels from train-labels.lst
  Dataset bucc = read_task(fixtures(), "bucc2018", "test", "de");
  EXPECT_FALSE(bucc.labelled);
  Dataset mx = read_task(fixtures(), "mewslix", "dev", "en");
  EXPECT_TRUE(mx.labelled);
  EXPECT_EQ(std::get<MewslixExample>(mx.examples).entities.size(), 2u);
  EXPECT_FALSE(read_task(fixtures(), "mewslix", "test", "en").labelled);  // entity_id '' in test labels
  EXPECT_EQ(read_task(fixtures(), "mewslix", "dev", "multi").size(), 1u);
  Dataset lareqa = read_task(fixtures(), "lareqa", "test", "de");
  EXPECT_EQ(std::get<LareqaExample>(lareqa.examples).candidates[0].uid, "de_1_0");
  EXPECT_EQ(read_task(fixtures(), "panx", "dev", "en").size(), 2u);
  EXPECT_EQ(read_task(fixtures(), "squad2", "dev", "en").size(), 2u);
  EXPECT_EQ(read_task(fixtures(), "commonsenseqa", "train", "en").size(), 1u);
  EXPECT_EQ(read_task(fixtures(), "hellaswag", "val", "en").size(), 2u);
  EXPECT_EQ(read_task(fixtures(), "snli", "test", "en").size(), 1u);
}

TEST(TaskRegistryTest, MissingFileListsExpectedPaths) {
  XLFUSE_EXPECT_THROW_WITH(read_task(fixtures(), "xnli", "dev", "fr"), IoError,
                           "task 'xnli': no data for split 'dev', language 'fr'");
  XLFUSE_EXPECT_THROW_WITH(read_task(fixtures(), "xnli", "dev", "fr"), IoError, "expected dev-fr.tsv");
  XLFUSE_EXPECT_THROW_WITH(read_task(fixtures(), "xnli", "dev", "fr"), IoError, "present: dev/en, test/en");
  XLFUSE_EXPECT_THROW_WITH(read_task(fixtures(), "tydiqa", "train", "en"), IoError,
                           "expected tydiqa.goldp.en.train.json or tydiqa-goldp-v1.1-train/tydiqa.goldp.en.train.json");
  XLFUSE_EXPECT_THROW_WITH(read_task(fixtures(), "tatoeba", "test", "fr"), IoError, "expected fr-en.fr + fr-en.en");
  XLFUSE_EXPECT_THROW_WITH(read_task(fixtures(), "tatoeba", "test", "fr"), IoError, "incomplete:");
  EXPECT_EQ(expected_paths(task_info("mewslix"), "train", "multi"),
            std::vector<std::string>{"wikipedia_pairs-train.jsonl"});
  EXPECT_EQ(expected_paths(task_info("mewslix"), "test", "ar"),
            std::vector<std::string>{"wikinews_mentions/test-ar.jsonl + candidate_set_entities.jsonl"});
}

TEST(TaskRegistryTest, BrokenFileThroughRegistryKeepsFileAndLine) {
  test::TempDir dir;
  fs::create_directories(dir / "xnli");
  test::write_file(dir / "xnli/dev-en.tsv", "a\tb\tneutral\na\tb\tneutral\tx\n");
  XLFUSE_EXPECT_THROW_WITH(read_task(dir.path(), "xnli", "dev", "en"), FormatError, "dev-en.tsv:2: expected 3");
}

// Entries per task in shared/data/xtreme, from `ls`.
TEST(TaskRegistryTest, RealXtremeAvailability) {
  XLFUSE_REQUIRE_SHARED("data/xtreme");
  const std::vector<std::pair<const char*, size_t>> expected = {
      {"xnli", 17}, {"pawsx", 8}, {"udpos", 39}, {"panx", 48}, {"xquad", 12}, {"mlqa", 7}, {"tydiqa", 3},
      {"tatoeba", 41}, {"xcopa", 25}, {"lareqa", 11}, {"siqa", 2}, {"commonsenseqa", 1}, {"copa", 3},
      {"bucc2018", 0}, {"mewslix", 0}};
  for (const auto& [task, n] : expected) EXPECT_EQ(available(xtreme(), task_info(task)).size(), n) << task;
  auto tydiqa = keys(available(xtreme(), task_info("tydiqa")));
  EXPECT_EQ(tydiqa, (std::vector<std::string>{"train/en", "dev/en", "dev/sw"}));
  Dataset dev_de = read_task(xtreme(), "xnli", "dev", "de");
  EXPECT_EQ(dev_de.size(), 2490u);
  EXPECT_TRUE(dev_de.labelled);
  EXPECT_EQ(read_task(xtreme(), "udpos", "train", "en").size(), 21253u);
  EXPECT_EQ(read_task(xtreme(), "siqa", "test", "en").size(), 2224u);  // socialIQa_v1.4_tst.jsonl
  EXPECT_FALSE(read_task(xtreme(), "tydiqa", "dev", "en").labelled);
}

// ud-upos over shared/data/ud: EWT + LinES + ParTUT dev = 2001 + 1118 + 156 sentences
// (grep -c '^# sent_id' each file).
TEST(TaskRegistryTest, RealUdTreebanksConcatenatedPerLanguage) {
  XLFUSE_REQUIRE_SHARED("data/ud");
  const fs::path data = test::shared_dir() / "data";
  auto files = available(data, task_info("ud-upos"));
  EXPECT_EQ(keys(files), (std::vector<std::string>{"train/en", "dev/de", "dev/en", "dev/es", "dev/fi", "dev/zh",
                                                   "test/de", "test/en", "test/es", "test/fi", "test/zh"}));
  Dataset dev = read_task(data, "ud-upos", "dev", "en");
  EXPECT_EQ(dev.size(), 2001u + 1118u + 156u);
  EXPECT_EQ(dev.files.size(), 3u);
  EXPECT_EQ(read_task(data, "ud-upos", "train", "en").size(), 3457u + 1781u);
  EXPECT_EQ(read_task(data, "ud-deprel", "test", "de").size(), 977u);
}

}  // namespace
}  // namespace xlfuse::data
