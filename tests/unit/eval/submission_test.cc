// Readers and writers of the leaderboard layout, including their error messages.
#include "xlfuse/eval/submission.h"

#include <filesystem>

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"

namespace xlfuse::eval {
namespace {

using test::TempDir;
using test::write_file;

TEST(SubmissionTest, LabelLinesAreStrippedLikeReadLabel) {
  TempDir dir;
  write_file(dir / "a.tsv", "neutral \r\n entailment\n\ncontradiction");
  EXPECT_EQ(read_label_lines((dir / "a.tsv").string()),
            (std::vector<std::string>{"neutral", "entailment", "", "contradiction"}));
}

TEST(SubmissionTest, TagFilesSplitOnBlankLinesAndAcceptWordTagLines) {
  TempDir dir;
  // Two blank lines make an empty sentence (as read_tag does); no final blank line needed.
  write_file(dir / "t.tsv", "NOUN\nVERB\n\n\nThe\tDET\n dog \t NOUN \n");
  auto s = read_tag_file((dir / "t.tsv").string());
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], (std::vector<std::string>{"NOUN", "VERB"}));
  EXPECT_TRUE(s[1].empty());
  EXPECT_EQ(s[2], (std::vector<std::string>{"DET", "NOUN"}));
}

TEST(SubmissionTest, XcopaLabelsKeepJsonValuesAndNameBadLines) {
  TempDir dir;
  write_file(dir / "x.jsonl", "{\"label\": 1}\n{\"label\": true, \"idx\": 3}\n");
  auto v = read_xcopa_labels((dir / "x.jsonl").string());
  ASSERT_EQ(v.size(), 2u);
  EXPECT_TRUE(v[1].is_boolean());
  write_file(dir / "bad.jsonl", "{\"label\": 1}\n{\"lbl\": 0}\n");
  XLFUSE_EXPECT_THROW_WITH(read_xcopa_labels((dir / "bad.jsonl").string()), FormatError, "bad.jsonl:2: expected a JSON object with a \"label\"");
  write_file(dir / "bad2.jsonl", "{\"label\": 1}\nnot json\n");
  XLFUSE_EXPECT_THROW_WITH(read_xcopa_labels((dir / "bad2.jsonl").string()), FormatError, "bad2.jsonl:2:");
}

TEST(SubmissionTest, QaFilesAndErrors) {
  TempDir dir;
  write_file(dir / "p.json", R"({"q1": "Paris", "q2": 3})");
  XLFUSE_EXPECT_THROW_WITH(read_qa_predictions((dir / "p.json").string()), FormatError, "question 'q2' must be a string");
  write_file(dir / "l.json", R"({"version": "1.1", "data": [{"paragraphs": [{"qas": [{"id": "q1", "answers": [{"text": "Paris"}]}]}]}]})");
  auto qs = read_qa_labels((dir / "l.json").string());
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].answers[0], "Paris");
  write_file(dir / "broken.json", "{\"q1\": ");
  XLFUSE_EXPECT_THROW_WITH(read_qa_predictions((dir / "broken.json").string()), FormatError, "broken.json: invalid JSON");
  XLFUSE_EXPECT_THROW_WITH(read_label_lines((dir / "nope.tsv").string()), IoError, "nope.tsv: no such file");
}

// Fuzzing finding (fuzz_score_folder): a number too large for a double is nlohmann's
// out_of_range.406, not a parse_error; it escaped the readers of `xlfuse score`.
TEST(SubmissionTest, JsonNumberOverflowIsAFormatError) {
  TempDir dir;
  write_file(dir / "p.json", "2e7777777777777777777777777777");
  XLFUSE_EXPECT_THROW_WITH(read_qa_predictions((dir / "p.json").string()), FormatError, "p.json: invalid JSON");
  XLFUSE_EXPECT_THROW_WITH(read_ranking_json((dir / "p.json").string()), FormatError, "p.json: invalid JSON");
  write_file(dir / "x.jsonl", "{\"label\": 1}\n{\"label\": 1e999999999999}\n");
  XLFUSE_EXPECT_THROW_WITH(read_xcopa_labels((dir / "x.jsonl").string()), FormatError, "x.jsonl:2:");
}

TEST(SubmissionTest, WritersRoundTripInTheLayout) {
  TempDir dir;
  std::string d = dir.path().string();
  EXPECT_EQ(submission_path(d, "xcopa", "et"), (dir.path() / "xcopa" / "test-et.jsonl").string());
  EXPECT_EQ(submission_path(d, "mlqa", "zh"), (dir.path() / "mlqa" / "test-zh.json").string());
  EXPECT_EQ(submission_path(d, "udpos", "en"), (dir.path() / "udpos" / "test-en.tsv").string());
  XLFUSE_EXPECT_THROW_WITH(submission_path(d, "glue", "en"), ConfigError, "unknown task 'glue'");

  std::vector<std::vector<std::string>> tags = {{"NOUN", "VERB"}, {"PUNCT"}};
  write_tag_file(submission_path(d, "udpos", "en"), tags);
  EXPECT_EQ(test::read_file(submission_path(d, "udpos", "en")), "NOUN\nVERB\n\nPUNCT\n\n");
  EXPECT_EQ(read_tag_file(submission_path(d, "udpos", "en")), tags);

  write_label_lines(submission_path(d, "xnli", "de"), {"neutral", "entailment"});
  EXPECT_EQ(read_label_lines(submission_path(d, "xnli", "de")), (std::vector<std::string>{"neutral", "entailment"}));

  write_xcopa_predictions(submission_path(d, "xcopa", "et"), {0, 1});
  EXPECT_EQ(test::read_file(submission_path(d, "xcopa", "et")), "{\"label\":0}\n{\"label\":1}\n");

  std::map<std::string, std::string> answers = {{"q1", "Paris"}, {"q2", "北京"}};
  write_qa_predictions(submission_path(d, "xquad", "zh"), answers);
  EXPECT_EQ(read_qa_predictions(submission_path(d, "xquad", "zh")), answers);

  std::map<std::string, std::vector<std::string>> ranks = {{"e1", {"Q1", "Q2"}}};
  write_ranking_json(submission_path(d, "mewslix", "de"), ranks);
  EXPECT_EQ(read_ranking_json(submission_path(d, "mewslix", "de")), ranks);

  // No temporary file is left beside the outputs.
  for (const auto& e : std::filesystem::directory_iterator(dir.path() / "udpos"))
    EXPECT_EQ(e.path().filename().string().rfind(".", 0), std::string::npos) << e.path();
}

TEST(SubmissionTest, WritersRejectItemsThatWouldNotReadBack) {
  TempDir dir;
  std::string path = (dir / "t.tsv").string();
  write_file(path, "old\n");
  XLFUSE_EXPECT_THROW_WITH(write_tag_file(path, {{"NOUN", ""}}), std::invalid_argument, "empty tag");
  XLFUSE_EXPECT_THROW_WITH(write_label_lines(path, {"a\nb"}), std::invalid_argument, "line break");
  EXPECT_EQ(test::read_file(path), "old\n");  // untouched
}

}  // namespace
}  // namespace xlfuse::eval
