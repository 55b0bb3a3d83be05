// Members: the list syntax, the languages all members have, and refusals that name the member and
// the field they disagree in.
#include "xlfuse/ensemble/members.h"

#include <filesystem>

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"

namespace xlfuse::ensemble {
namespace {

namespace fs = std::filesystem;

io::RawOutputs outputs(const std::string& lang, std::vector<std::string> labels, std::vector<int64_t> lengths) {
  io::RawOutputs r;
  r.kind = io::RawOutputKind::Classification;
  r.meta.model_hash = "0123456789abcdef";
  r.meta.vocab_hash = "v1";
  r.meta.task = "xnli";
  r.meta.split = "test";
  r.meta.lang = lang;
  r.meta.labels = labels;
  r.meta.head_kind = "sequence_classification";
  r.meta.xlfuse_version = "test";
  for (size_t i = 0; i < lengths.size(); ++i) {
    r.example_index.push_back(static_cast<int64_t>(i));
    r.window.push_back(0);
    r.choice.push_back(0);
    r.lengths.push_back(lengths[i]);
    r.logits.push_back(std::vector<float>(labels.size(), 0.5f));
  }
  return r;
}

void write(const fs::path& folder, const io::RawOutputs& r) {
  io::write_raw_outputs((folder / "raw/xnli" / ("test-" + r.meta.lang + ".safetensors")).string(), r);
}

const std::vector<std::string> kNli = {"contradiction", "entailment", "neutral"};

TEST(Members, ParsesTheListAndRefusesRepeats) {
  const auto m = parse_member_list(" a=/x/one , /y/two/ ");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].name, "a");
  EXPECT_EQ(m[0].folder, "/x/one");
  EXPECT_EQ(m[1].name, "two");
  XLFUSE_EXPECT_THROW_WITH(parse_member_list("/x/one"), ConfigError, "at least two members");
  XLFUSE_EXPECT_THROW_WITH(parse_member_list("a=/x,a=/y"), ConfigError, "the name 'a' is given twice");
  XLFUSE_EXPECT_THROW_WITH(parse_member_list("a=/x,b=/x/"), ConfigError, "the folder '/x/' is given twice");
}

TEST(Members, LanguagesAndDisagreementsAreReportedByMember) {
  test::TempDir dir;
  write(dir / "a", outputs("de", kNli, {5, 6}));
  write(dir / "a", outputs("fr", kNli, {5, 6}));
  write(dir / "b", outputs("de", kNli, {5, 6}));
  const std::vector<MemberRef> members = {{"a", (dir / "a").string()}, {"b", (dir / "b").string()}};
  EXPECT_EQ(common_languages(members, "xnli", "test"), (std::vector<std::string>{"de"}));
  EXPECT_EQ(choose_split(members, "xnli", {"train", "dev", "test"}, ""), "test");
  XLFUSE_EXPECT_THROW_WITH(choose_languages(members, "xnli", "test", "de,fr"), IoError, "test-fr");
  EXPECT_EQ(load_member_outputs(members, "xnli", "test", "de", Agreement::SameFeatures).size(), 2u);
  XLFUSE_EXPECT_THROW_WITH(load_member_outputs(members, "xnli", "test", "fr", Agreement::SameFeatures), IoError,
                           "member 'b'");

  write(dir / "b", outputs("de", {"entailment", "neutral", "contradiction"}, {5, 6}));
  XLFUSE_EXPECT_THROW_WITH(load_member_outputs(members, "xnli", "test", "de", Agreement::SameFeatures), ConfigError,
                           "member 'b' disagrees with member 'a'");
  XLFUSE_EXPECT_THROW_WITH(load_member_outputs(members, "xnli", "test", "de", Agreement::SameFeatures), ConfigError,
                           "labels");
  write(dir / "b", outputs("de", kNli, {5, 7}));  // another max_seq_length or tokenizer
  XLFUSE_EXPECT_THROW_WITH(load_member_outputs(members, "xnli", "test", "de", Agreement::SameFeatures), ConfigError,
                           "in lengths: entry 1: 7 vs 6");
  EXPECT_NO_THROW(load_member_outputs(members, "xnli", "test", "de", Agreement::SameExamples));
  write(dir / "b", outputs("de", kNli, {5}));
  XLFUSE_EXPECT_THROW_WITH(load_member_outputs(members, "xnli", "test", "de", Agreement::SameExamples), ConfigError,
                           "member 'b'");
}

}  // namespace
}  // namespace xlfuse::ensemble
