#include "xlfuse/data/task_features.h"

#include "test_utils.h"
#include "xlfuse/data/task_files.h"
#include "xlfuse/data/features.h"
#include "xlfuse/text/vocab.h"

namespace xlfuse::data {
namespace {
namespace fs = std::filesystem;

text::BertTokenizer mbert_tokenizer() {
  return text::BertTokenizer(text::Vocab::load((test::shared_dir() / "data/mbert/vocab.txt").string()));
}

// Every dataset of the task on the real data: the dispatcher gives what the per-shape function
// gives, and never exceeds the length limit.
void check_task(const std::string& name, const text::BertTokenizer& tok, size_t expect_min_features) {
  const TaskInfo& task = task_info(name);
  auto files = available(test::shared_dir() / "data/xtreme", task);
  ASSERT_FALSE(files.empty()) << name;
  Dataset d = reader(task.reader)(task, files.front());
  auto features = make_task_features(task, d, tok);
  EXPECT_GE(features.size(), expect_min_features) << name;
  const size_t limit = task.kind == TaskKind::Qa ? 384 : 128;
  for (const auto& f : features) {
    ASSERT_LE(f.length(), limit) << name;
    ASSERT_EQ(f.input_ids.front(), tok.vocab().cls_id()) << name;
    ASSERT_EQ(f.type_ids.size(), f.input_ids.size()) << name;
  }
}

TEST(TaskFeaturesTest, EveryShapeOnRealData) {
  XLFUSE_REQUIRE_SHARED("data/xtreme");
  auto tok = mbert_tokenizer();
  check_task("xnli", tok, 2490);
  check_task("xcopa", tok, 200);
  check_task("udpos", tok, 100);
  check_task("xquad", tok, 1190);
  check_task("tatoeba", tok, 2 * 205);
  check_task("lareqa", tok, 1190);
}

TEST(TaskFeaturesTest, PairsEqualThePerShapeFunctionAndLengthIsHonoured) {
  XLFUSE_REQUIRE_SHARED("data/xtreme/xnli");
  auto tok = mbert_tokenizer();
  const TaskInfo& task = task_info("xnli");
  Dataset d = read_task(test::shared_dir() / "data/xtreme", "xnli", "dev", "de");
  TaskFeatureOptions o;
  o.max_seq_length = 32;
  auto features = make_task_features(task, d, tok, o);
  PairFeatureOptions p;
  p.max_seq_length = 32;
  auto direct = pair_features(std::get<std::vector<PairExample>>(d.examples), tok, task.labels, p);
  ASSERT_EQ(features.size(), direct.size());
  for (size_t i = 0; i < features.size(); ++i) {
    EXPECT_EQ(features[i].input_ids, direct[i].input_ids);
    EXPECT_EQ(features[i].label, direct[i].label);
    EXPECT_LE(features[i].length(), 32u);
  }
}

TEST(TaskFeaturesTest, RetrievalSidesAreQueriesThenCandidates) {
  XLFUSE_REQUIRE_SHARED("data/xtreme/tatoeba");
  auto tok = mbert_tokenizer();
  Dataset d = read_task(test::shared_dir() / "data/xtreme", "tatoeba", "test", "jv");
  auto features = make_task_features(task_info("tatoeba"), d, tok);
  const auto& bitext = std::get<BitextExample>(d.examples);
  ASSERT_EQ(features.size(), bitext.source.size() + bitext.target.size());
  EXPECT_EQ(features.front().window, 0);
  EXPECT_EQ(features.back().window, 1);
  EXPECT_EQ(features[bitext.source.size()].example_index, 0);
  EXPECT_EQ(features[bitext.source.size()].input_ids, tok.encode(bitext.target[0].text).ids);
}

}  // namespace
}  // namespace xlfuse::data
