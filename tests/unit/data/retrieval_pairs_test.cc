// LAReQA and Mewsli-X training pairs on the in-repo fixtures, with the mBERT vocabulary shipped in
// examples/.
#include "xlfuse/data/retrieval_pairs.h"

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/data/task_files.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/text/vocab.h"

namespace xlfuse::data {
namespace {

text::BertTokenizer mbert() {
  const auto vocab = std::filesystem::path(XLFUSE_SOURCE_DIR) / "examples/data/mbert-vocab/vocab.txt";
  return text::BertTokenizer(text::Vocab::load(vocab.string()));
}

std::vector<std::string> tokens(const text::BertTokenizer& tok, const Feature& f) {
  std::vector<std::string> out;
  for (int32_t id : f.input_ids) out.push_back(tok.vocab().token(id));
  return out;
}

TEST(RetrievalPairs, LareqaPairsAQuestionWithItsAnswerSentenceAndParagraph) {
  const auto tok = mbert();
  const Dataset squad = read_task(test::test_data_dir() / "data", "squad", "dev", "en");
  const RetrievalPairs p = lareqa_training_pairs(squad, tok, 16, 64);
  ASSERT_EQ(p.queries.size(), 1u);
  ASSERT_EQ(p.candidates.size(), 1u);
  const auto q = tokens(tok, p.queries[0]);
  EXPECT_EQ(q.front(), "[CLS]");
  EXPECT_EQ(q.back(), "[SEP]");
  // [CLS] answer sentence [SEP] whole paragraph [SEP]: the answer's sentence is the first one.
  const auto c = tokens(tok, p.candidates[0]);
  const auto seps = std::count(c.begin(), c.end(), "[SEP]");
  EXPECT_EQ(seps, 2);
  const auto first_sep = std::find(c.begin(), c.end(), "[SEP]") - c.begin();
  EXPECT_NE(std::find(c.begin(), c.begin() + first_sep, "Köln"), c.begin() + first_sep);
  EXPECT_EQ(std::find(c.begin(), c.begin() + first_sep, "river"), c.begin() + first_sep);  // second sentence
  // Lengths are capped.
  EXPECT_EQ(lareqa_training_pairs(squad, tok, 4, 8).queries[0].input_ids.size(), 4u);
  EXPECT_EQ(lareqa_training_pairs(squad, tok, 4, 8).candidates[0].input_ids.size(), 8u);
}

TEST(RetrievalPairs, MewslixPairsAMentionWithItsEntityDescription) {
  const auto tok = mbert();
  const Dataset pairs = read_task(test::test_data_dir() / "data", "mewslix", "dev", "multi");
  const RetrievalPairs p = mewslix_training_pairs(pairs, tok, 32, 32);
  ASSERT_EQ(p.queries.size(), 1u);
  ASSERT_EQ(p.candidates.size(), 1u);
  EXPECT_EQ(p.queries[0].example_index, 0);
  EXPECT_EQ(p.candidates[0].example_index, 0);
  const auto c = tokens(tok, p.candidates[0]);
  EXPECT_NE(std::find(c.begin(), c.end(), "Germany"), c.end());
}

TEST(RetrievalPairs, MentionsWithoutOneEntityEachAreRefused) {
  Dataset broken;
  broken.files = {"pairs.jsonl"};
  MewslixExample ex;
  ex.mentions.resize(2);
  ex.entities.resize(1);
  broken.examples = ex;
  XLFUSE_EXPECT_THROW_WITH(mewslix_training_pairs(broken, mbert(), 8, 8), FormatError,
                           "pairs.jsonl: 2 mentions but 1 entities");
}

}  // namespace
}  // namespace xlfuse::data
