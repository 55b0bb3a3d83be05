// QA averaging on real XQuAD features: members that are the same model give that model's answers,
// and answer voting returns the majority answer through the standard decoder.
#include <random>

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/data/task_features.h"
#include "xlfuse/data/task_files.h"
#include "xlfuse/decode/decode_outputs.h"
#include "xlfuse/ensemble/combine_scores.h"
#include "xlfuse/ensemble/combine_votes.h"
#include "xlfuse/text/vocab.h"

namespace xlfuse::ensemble {
namespace {

// Random start/end logits for the features, as a QA model's raw outputs.
io::RawOutputs random_qa(const std::vector<data::Feature>& features, uint32_t seed, const std::string& hash) {
  std::mt19937 gen(seed);
  std::normal_distribution<float> normal(0.0f, 2.0f);
  io::RawOutputs r;
  r.kind = io::RawOutputKind::Qa;
  r.meta.model_hash = hash;
  for (const auto& f : features) {
    r.example_index.push_back(f.example_index);
    r.window.push_back(f.window);
    r.choice.push_back(f.choice);
    r.lengths.push_back(static_cast<int64_t>(f.length()));
    std::vector<float> s(f.length()), e(f.length());
    for (auto& v : s) v = normal(gen);
    for (auto& v : e) v = normal(gen);
    r.start_logits.push_back(s);
    r.end_logits.push_back(e);
  }
  return r;
}

class XquadEnsemble : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto vocab = std::filesystem::path(XLFUSE_SOURCE_DIR) / "examples/data/mbert-vocab/vocab.txt";
    const text::BertTokenizer tok(text::Vocab::load(vocab.string()));
    const std::filesystem::path data =
        test::shared_dir().empty() ? test::test_data_dir() / "data" : test::shared_dir() / "data/xtreme";
    dataset_ = data::read_task(data, "xquad", "test", "en");
    auto& ex = std::get<std::vector<data::QaExample>>(dataset_.examples);
    if (ex.size() > 60) ex.resize(60);  // the first 60 questions keep the test quick
    data::TaskFeatureOptions o;
    o.max_seq_length = 128;  // several windows per question
    features_ = data::make_task_features(data::task_info("xquad"), dataset_, tok, o);
  }
  data::Dataset dataset_;
  std::vector<data::Feature> features_;
};

TEST_F(XquadEnsemble, SameModelMembersReproduceTheModel) {
  const auto& task = data::task_info("xquad");
  const io::RawOutputs a = random_qa(features_, 1, "a");
  const io::RawOutputs b = a, c = a;
  const io::RawOutputs mean = combine_qa_logits({&a, &b, &c}, {1.0 / 3, 1.0 / 3, 1.0 / 3}, "mean-logit");
  const auto single = decode::decode_outputs(task, dataset_, features_, a);
  const auto ensemble = decode::decode_outputs(task, dataset_, features_, mean);
  EXPECT_EQ(single.answers, ensemble.answers);
  EXPECT_GT(single.answers.size(), 1u);
}

TEST_F(XquadEnsemble, AnswerVoteReturnsTheMajorityAnswer) {
  const auto& task = data::task_info("xquad");
  const io::RawOutputs a = random_qa(features_, 1, "a"), b = a, c = random_qa(features_, 2, "c");
  const CombineContext context{task, dataset_, features_, {}};
  const io::RawOutputs voted = answer_vote({&a, &b, &c}, {1.0 / 3, 1.0 / 3, 1.0 / 3}, context, "answer-vote");
  const auto majority = decode::decode_outputs(task, dataset_, features_, a);
  EXPECT_EQ(decode::decode_outputs(task, dataset_, features_, voted).answers, majority.answers);
  // The lone model wins with enough weight.
  const io::RawOutputs heavy = answer_vote({&a, &b, &c}, {0.2, 0.2, 0.6}, context, "answer-vote");
  EXPECT_EQ(decode::decode_outputs(task, dataset_, features_, heavy).answers,
            decode::decode_outputs(task, dataset_, features_, c).answers);
}

}  // namespace
}  // namespace xlfuse::ensemble
