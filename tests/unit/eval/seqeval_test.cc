// seqeval chunking and scores. Every expected chunk list below was derived by hand from
// seqeval's start/end-of-chunk rules (see seqeval.h); the walk-throughs are in the comments.
#include "xlfuse/eval/seqeval.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/core/rng.h"

namespace xlfuse::eval {
namespace {

using Sentences = std::vector<std::vector<std::string>>;

std::vector<Chunk> chunks(const Sentences& s, SeqevalScheme scheme = SeqevalScheme::Legacy) { return get_entities(s, scheme); }

TEST(SeqevalTest, AdjacentEqualUposTagsMergeIntoOneChunk) {
  // NOUN NOUN VERB: the type of an UPOS label is the whole label; the second NOUN neither ends
  // nor starts a chunk (tag 'N', same type), VERB changes the type -> chunks NOUN[0,1], VERB[2,2].
  std::vector<Chunk> expected = {{"NOUN", 0, 1}, {"VERB", 2, 2}};
  EXPECT_EQ(chunks({{"NOUN", "NOUN", "VERB"}}), expected);
}

TEST(SeqevalTest, PosF1IsNotTokenAccuracy) {
  // Gold NOUN NOUN VERB = {NOUN[0,1], VERB[2,2]}; predicted NOUN VERB VERB = {NOUN[0,0],
  // VERB[1,2]}: 2 of 3 tokens right, but no chunk matches -> P = R = F1 = 0.
  PrfScores s = seqeval_scores({{"NOUN", "NOUN", "VERB"}}, {{"NOUN", "VERB", "VERB"}});
  EXPECT_EQ(s.n_correct, 0u);
  EXPECT_EQ(s.n_gold, 2u);
  EXPECT_EQ(s.n_predicted, 2u);
  EXPECT_DOUBLE_EQ(s.f1, 0.0);
}

TEST(SeqevalTest, SconjAndSymAreSingleTokenChunks) {
  // SCONJ starts with 'S': every S token ends the chunk after it (prev_tag == 'S') and starts a
  // new one (tag == 'S'), so SCONJ SCONJ is two chunks, unlike NOUN NOUN.
  std::vector<Chunk> expected = {{"SCONJ", 0, 0}, {"SCONJ", 1, 1}, {"SYM", 2, 2}, {"SYM", 3, 3}};
  EXPECT_EQ(chunks({{"SCONJ", "SCONJ", "SYM", "SYM"}}), expected);
}

TEST(SeqevalTest, IntjBehavesAsAnIContinuation) {
  // INTJ starts with 'I': after O it starts a chunk (O -> I), I -> I continues it.
  std::vector<Chunk> expected = {{"INTJ", 0, 1}};
  EXPECT_EQ(chunks({{"INTJ", "INTJ"}}), expected);
}

TEST(SeqevalTest, SentencesAreSeparatedByAnO) {
  // [[NOUN], [NOUN]] flattens to NOUN O NOUN O (+ final O): two chunks at 0 and 2.
  std::vector<Chunk> expected = {{"NOUN", 0, 0}, {"NOUN", 2, 2}};
  EXPECT_EQ(chunks({{"NOUN"}, {"NOUN"}}), expected);
  // An empty sentence (two blank lines in a file) still contributes its 'O'.
  std::vector<Chunk> shifted = {{"NOUN", 0, 0}, {"NOUN", 3, 3}};
  EXPECT_EQ(chunks({{"NOUN"}, {}, {"NOUN"}}), shifted);
}

TEST(SeqevalTest, Iob2EntitiesKnownAnswer) {
  // Flat gold: 0 B-PER, 1 I-PER, 2 O, 3 B-LOC, 4 O(sep), 5 B-ORG, 6 O, 7 O(sep)
  //   -> PER[0,1], LOC[3,3], ORG[5,5].
  // Predicted: PER[0,1], LOC[3,3] (second sentence all O).
  // correct 2, predicted 2, gold 3: P = 1, R = 2/3, F1 = 2*(2/3)/(5/3) = 0.8.
  Sentences gold = {{"B-PER", "I-PER", "O", "B-LOC"}, {"B-ORG", "O"}};
  Sentences pred = {{"B-PER", "I-PER", "O", "B-LOC"}, {"O", "O"}};
  std::vector<Chunk> expected = {{"PER", 0, 1}, {"LOC", 3, 3}, {"ORG", 5, 5}};
  EXPECT_EQ(chunks(gold), expected);
  PrfScores s = seqeval_scores(gold, pred);
  EXPECT_DOUBLE_EQ(s.precision, 100.0);
  EXPECT_NEAR(s.recall, 200.0 / 3.0, 1e-12);
  EXPECT_NEAR(s.f1, 80.0, 1e-12);
}

TEST(SeqevalTest, Iob2BoundaryErrorsCountAsWrong) {
  // Predicted B-PER O I-ORG B-LOC: B -> O ends PER[0,0]; O -> I starts ORG at 2, which B-LOC
  // ends: pred {PER[0,0], ORG[2,2], LOC[3,3]}; gold {PER[0,1], LOC[3,3]}.
  // correct = 1 (LOC), P = 1/3, R = 1/2, F1 = 2*(1/6)/(5/6) = 0.4.
  Sentences gold = {{"B-PER", "I-PER", "O", "B-LOC"}};
  Sentences pred = {{"B-PER", "O", "I-ORG", "B-LOC"}};
  PrfScores s = seqeval_scores(gold, pred);
  EXPECT_EQ(s.n_correct, 1u);
  EXPECT_EQ(s.n_predicted, 3u);
  EXPECT_EQ(s.n_gold, 2u);
  EXPECT_NEAR(s.f1, 40.0, 1e-12);
}

TEST(SeqevalTest, F1IsZeroWhenNeitherSideHasAChunk) {
  PrfScores s = seqeval_scores({{"O", "O"}}, {{"O", "O"}});
  EXPECT_EQ(s.n_gold, 0u);
  EXPECT_DOUBLE_EQ(s.f1, 0.0);
  EXPECT_DOUBLE_EQ(s.precision, 0.0);
  EXPECT_DOUBLE_EQ(s.recall, 0.0);
}

TEST(SeqevalTest, LegacyTypeIsTextAfterLastDash) {
  // 'B-ORG-X'.split('-')[-1] == 'X'.
  std::vector<Chunk> expected = {{"X", 0, 0}};
  EXPECT_EQ(chunks({{"B-ORG-X"}}), expected);
  std::vector<Chunk> v1 = {{"ORG-X", 0, 0}};
  EXPECT_EQ(chunks({{"B-ORG-X"}}, SeqevalScheme::V1), v1);
}

TEST(SeqevalTest, V1MergesCconjAndSconjIntoOneType) {
  // v1 types: CCONJ -> 'CONJ', SCONJ -> 'CONJ'. Gold [CCONJ] = CONJ[0,0] (tag 'C', then the
  // sentence 'O' ends it since its type '_' differs); predicted [SCONJ] = CONJ[0,0] (S chunk).
  // Legacy keeps the types apart: CCONJ[0,0] vs SCONJ[0,0] -> F1 0.
  EXPECT_DOUBLE_EQ(seqeval_scores({{"CCONJ"}}, {{"SCONJ"}}, SeqevalScheme::V1).f1, 100.0);
  EXPECT_DOUBLE_EQ(seqeval_scores({{"CCONJ"}}, {{"SCONJ"}}, SeqevalScheme::Legacy).f1, 0.0);
  // CCONJ SCONJ in v1: SCONJ has the same type, so nothing ends at 0, but tag 'S' restarts the
  // chunk at 1: only CONJ[1,1] survives.
  std::vector<Chunk> expected = {{"CONJ", 1, 1}};
  EXPECT_EQ(chunks({{"CCONJ", "SCONJ"}}, SeqevalScheme::V1), expected);
}

TEST(SeqevalTest, V1TypesDropTheFirstCharacter) {
  // NOUN -> 'OUN'; 'O' -> '_' so the O after the sentence ends the chunk.
  std::vector<Chunk> expected = {{"OUN", 0, 1}};
  EXPECT_EQ(chunks({{"NOUN", "NOUN"}}, SeqevalScheme::V1), expected);
  std::vector<Chunk> iob = {{"PER", 0, 1}};
  EXPECT_EQ(chunks({{"B-PER", "I-PER"}}, SeqevalScheme::V1), iob);
}

TEST(SeqevalTest, LengthMismatchIsAnErrorOnlyInV1) {
  Sentences gold = {{"NOUN", "VERB"}};
  Sentences pred = {{"NOUN"}};
  XLFUSE_EXPECT_THROW_WITH(seqeval_scores(gold, pred, SeqevalScheme::V1), std::invalid_argument, "1 predicted tags");
  // Legacy scores the shifted sequences like seqeval 0.0.12: gold {NOUN[0,0], VERB[1,1]},
  // pred {NOUN[0,0]} -> correct 1, P = 1, R = 1/2, F1 = 2/3.
  EXPECT_NEAR(seqeval_scores(gold, pred).f1, 200.0 / 3.0, 1e-12);
}

TEST(SeqevalTest, SchemeNames) {
  EXPECT_EQ(seqeval_scheme_from_string("legacy"), SeqevalScheme::Legacy);
  EXPECT_EQ(seqeval_scheme_from_string("v1"), SeqevalScheme::V1);
  XLFUSE_EXPECT_THROW_WITH(seqeval_scheme_from_string("1.2"), ConfigError, "legacy");
}

// ---- LabelChunker: get_entities of one sentence of label indices ----

// Random sentences over labels that exercise every rule (IOB2, IOBES, UPOS, '.', a trailing dash,
// a multi-byte first character, 'O'), in both schemes, against get_entities({sentence}).
TEST(SeqevalTest, LabelChunkerEqualsGetEntitiesPerSentence) {
  const std::vector<std::string> labels = {"O",    "B-PER", "I-PER", "E-PER", "S-PER", "B-LOC", "I-LOC", "NOUN",
                                           "VERB", "SCONJ", "INTJ",  "CCONJ", ".",     "X-",    "\xc3\xa9-A", "PER"};
  SplitMix64 rng(3);
  for (SeqevalScheme scheme : {SeqevalScheme::Legacy, SeqevalScheme::V1}) {
    const LabelChunker chunker(labels, scheme);
    for (int trial = 0; trial < 2000; ++trial) {
      const size_t n = rng.below(9);
      std::vector<uint8_t> tags, gold_tags;
      std::vector<std::string> words, gold_words;
      for (size_t i = 0; i < n; ++i) {
        tags.push_back(static_cast<uint8_t>(rng.below(labels.size())));
        // Gold: the same tag most of the time, so that some chunks match.
        gold_tags.push_back(rng.below(3) ? tags.back() : static_cast<uint8_t>(rng.below(labels.size())));
        words.push_back(labels[tags.back()]);
        gold_words.push_back(labels[gold_tags.back()]);
      }
      const std::vector<Chunk> want = get_entities({words}, scheme), gold_want = get_entities({gold_words}, scheme);
      std::vector<LabelChunker::Chunk> got, gold;
      chunker.chunks(tags.data(), n, got);
      chunker.chunks(gold_tags.data(), n, gold);
      ASSERT_EQ(got.size(), want.size()) << trial;
      for (size_t c = 0; c < got.size(); ++c) {
        EXPECT_EQ(chunker.type_name(got[c].type), want[c].type) << trial;
        EXPECT_EQ(got[c].begin, want[c].begin) << trial;
        EXPECT_EQ(got[c].end, want[c].end) << trial;
      }
      size_t correct = 0;
      for (const Chunk& c : want) correct += std::count(gold_want.begin(), gold_want.end(), c);
      const LabelChunker::Counts counts = chunker.count(tags.data(), n, gold.data(), gold.size());
      EXPECT_EQ(counts.predicted, want.size()) << trial;
      EXPECT_EQ(counts.correct, correct) << trial;
    }
  }
  const LabelChunker chunker(labels);
  const std::vector<uint8_t> bad = {0, 16};
  std::vector<LabelChunker::Chunk> out;
  XLFUSE_EXPECT_THROW_WITH(chunker.chunks(bad.data(), bad.size(), out), std::invalid_argument, "label index 16 at token 1");
  XLFUSE_EXPECT_THROW_WITH(LabelChunker({"O", ""}), std::invalid_argument, "empty label");
}

}  // namespace
}  // namespace xlfuse::eval
