// Runs the built `xlfuse tokenize` on small inputs.
#include <nlohmann/json.hpp>

#include "test_utils.h"

namespace xlfuse {
namespace {

std::string vocab() { return (test::test_data_dir() / "text/vocab_small.txt").string(); }

std::string quote(const std::string& s) { return "'" + s + "'"; }

// Splits output into lines (without the '\n').
std::vector<std::string> lines_of(const std::string& out) {
  std::vector<std::string> lines;
  size_t pos = 0;
  while (pos < out.size()) {
    size_t nl = out.find('\n', pos);
    if (nl == std::string::npos) nl = out.size();
    lines.push_back(out.substr(pos, nl - pos));
    pos = nl + 1;
  }
  return lines;
}

TEST(TokenizeCliTest, PrintsTokensIdsAndJsonlPerLine) {
  test::TempDir dir;
  const std::string input = (dir / "in.txt").string();
  // Third line empty; the last line has no final newline.
  test::write_file(input, "the quick, brown fox jumps!\nCafé NAÏVE\n\nhello[SEP]world");
  const std::string cmd = test::xlfuse_binary() + " tokenize --vocab " + quote(vocab()) + " ";
  std::string out;
  ASSERT_EQ(test::run_command(cmd + "--lower " + quote(input), &out), 0) << out;
  EXPECT_EQ(lines_of(out), (std::vector<std::string>{"the quick , brown fox jump ##s !", "cafe na ##ive", "",
                                                        "hello [SEP] world"}));

  ASSERT_EQ(test::run_command(cmd + "--ids --threads 2 " + quote(input), &out), 0) << out;
  auto lines = lines_of(out);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0], "5 6 20 7 8 9 10 19");  // ids are the 0-based lines of vocab_small.txt
  EXPECT_EQ(lines[3], "26 3 27");

  ASSERT_EQ(test::run_command(cmd + "--lower --jsonl < " + quote(input), &out), 0) << out;
  lines = lines_of(out);
  ASSERT_EQ(lines.size(), 4u);
  auto j = nlohmann::json::parse(lines[1]);
  EXPECT_EQ(j["tokens"], nlohmann::json({"cafe", "na", "##ive"}));
  EXPECT_EQ(j["ids"], nlohmann::json({15, 16, 17}));
  // Code-point offsets into "Café NAÏVE".
  EXPECT_EQ(j["offsets"], nlohmann::json({{0, 4}, {5, 7}, {7, 10}}));
  EXPECT_EQ(j["word_ids"], nlohmann::json({0, 1, 1}));
  EXPECT_TRUE(nlohmann::json::parse(lines[2])["tokens"].empty());
}

TEST(TokenizeCliTest, InvalidUtf8NamesFileAndLine) {
  test::TempDir dir;
  const std::string input = (dir / "bad.txt").string();
  test::write_file(input, "the fox\nhello \xFF world\n");
  std::string out;
  int rc = test::run_command(test::xlfuse_binary() + " tokenize --vocab " + quote(vocab()) + " " + quote(input), &out);
  EXPECT_EQ(rc, 1) << out;
  EXPECT_NE(out.find("xlfuse: error: " + input + ":2: invalid UTF-8 at byte offset 6"), std::string::npos) << out;
  EXPECT_NE(out.find("the fox\n"), std::string::npos) << "lines before the bad one are still printed: " << out;
}

TEST(TokenizeCliTest, MissingFilesAndBadFlags) {
  test::TempDir dir;
  std::string out;
  const std::string missing = (dir / "missing.txt").string();
  EXPECT_EQ(test::run_command(test::xlfuse_binary() + " tokenize --vocab " + quote(vocab()) + " " + quote(missing), &out), 1);
  EXPECT_NE(out.find("cannot open input file '" + missing + "'"), std::string::npos) << out;
  EXPECT_EQ(test::run_command(test::xlfuse_binary() + " tokenize --vocab " + quote(missing) + " /dev/null", &out), 1);
  EXPECT_NE(out.find("cannot open vocabulary file"), std::string::npos) << out;
  EXPECT_EQ(test::run_command(test::xlfuse_binary() + " tokenize /dev/null", &out), 2) << out;  // --vocab required
  EXPECT_EQ(test::run_command(test::xlfuse_binary() + " tokenize --vocab " + quote(vocab()) + " --ids --jsonl /dev/null", &out), 2)
      << out;
}

TEST(TokenizeCliTest, MatchesGoldenTokensOnRealVocabulary) {
  XLFUSE_REQUIRE_SHARED("golden/tokenizer/tok_golden.cased.jsonl");
  const auto shared = test::shared_dir();
  std::string out;
  ASSERT_EQ(test::run_command(test::xlfuse_binary() + " tokenize --ids --vocab " +
                                  quote((shared / "data/mbert/vocab.txt").string()) + " " +
                                  quote((shared / "golden/tokenizer/texts.txt").string()),
                              &out),
            0);
  auto got = lines_of(out);
  auto golden = lines_of(test::read_file(shared / "golden/tokenizer/tok_golden.cased.jsonl"));
  ASSERT_EQ(got.size(), golden.size());
  for (size_t i = 0; i < golden.size(); ++i) {
    const auto row = nlohmann::json::parse(golden[i]);
    std::string want;
    for (const auto& id : row.at("ids")) want += (want.empty() ? "" : " ") + std::to_string(id.get<int>());
    EXPECT_EQ(got[i], want) << "line " << i;
  }
}

}  // namespace
}  // namespace xlfuse
