// Runs the built `xlfuse tokenize` on small inputs.
#include <algorithm>
#include <filesystem>

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

// --model on XLM-R's folder (xlmr-tiny): encode(line).ids, <s> ... </s> included, for every golden
// text that is one line (the empty text gives "0 2").
TEST(TokenizeCliTest, ModelFolderWithSentencePieceGivesEncodeIds) {
  XLFUSE_REQUIRE_SHARED("golden/xlmr-tiny/tok_golden.jsonl");
  XLFUSE_REQUIRE_SHARED("golden/xlmr-tiny/model/sentencepiece.bpe.model");
  const auto golden = test::shared_dir() / "golden/xlmr-tiny";
  std::vector<std::string> texts, want;
  for (const auto& line : lines_of(test::read_file(golden / "tok_golden.jsonl"))) {
    const auto row = nlohmann::json::parse(line);
    const auto text = row.at("text").get<std::string>();
    if (text.find('\n') != std::string::npos) continue;
    std::string ids;
    for (const auto& id : row.at("encode_ids")) ids += (ids.empty() ? "" : " ") + std::to_string(id.get<int>());
    texts.push_back(text);
    want.push_back(ids);
  }
  ASSERT_GT(texts.size(), 390u);
  ASSERT_NE(std::find(texts.begin(), texts.end(), ""), texts.end()) << "the golden has an empty text";
  test::TempDir dir;
  const std::string input = (dir / "in.txt").string();
  std::string content;
  for (const auto& t : texts) content += t + "\n";
  test::write_file(input, content);
  const std::string cmd =
      test::xlfuse_binary() + " tokenize --model " + quote((golden / "model").string()) + " ";
  std::string out;
  ASSERT_EQ(test::run_command(cmd + "--ids --threads 2 " + quote(input), &out), 0) << out.substr(0, 2000);
  const auto got = lines_of(out);
  ASSERT_EQ(got.size(), want.size());
  int mismatches = 0;
  for (size_t i = 0; i < want.size(); ++i) {
    if (got[i] == want[i]) continue;
    if (++mismatches <= 5)
      ADD_FAILURE() << "line " << i + 1 << ": got '" << got[i] << "', expected '" << want[i] << "'\n  text: " << texts[i];
  }
  EXPECT_EQ(mismatches, 0);
  EXPECT_EQ(got[static_cast<size_t>(std::find(texts.begin(), texts.end(), "") - texts.begin())], "0 2");

  // Pieces with the special tokens, and jsonl with code-point offsets ((0,0) and word -1 for specials).
  test::write_file(input, "Hello world\n\nx<mask>\n");
  ASSERT_EQ(test::run_command(cmd + quote(input), &out), 0) << out;
  auto lines = lines_of(out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].rfind("<s> \xE2\x96\x81", 0), 0u) << lines[0];
  EXPECT_EQ(lines[0].substr(lines[0].size() - 5), " </s>") << lines[0];
  EXPECT_EQ(lines[1], "<s> </s>");
  EXPECT_EQ(lines[2], "<s> \xE2\x96\x81x <mask> </s>");
  ASSERT_EQ(test::run_command(cmd + "--jsonl " + quote(input), &out), 0) << out;
  const auto j = nlohmann::json::parse(lines_of(out)[2]);
  EXPECT_EQ(j["ids"], nlohmann::json({0, j["ids"][1].get<int>(), 8001, 2}));
  EXPECT_EQ(j["offsets"], nlohmann::json({{0, 0}, {0, 1}, {1, 7}, {0, 0}}));
  EXPECT_EQ(j["word_ids"], nlohmann::json({-1, 0, 1, -1}));
}

// --model on a BERT folder: vocab.txt, [CLS] ... [SEP] included.
TEST(TokenizeCliTest, ModelFolderWithVocabGivesBertEncoding) {
  test::TempDir dir;
  const std::string input = (dir / "in.txt").string();
  test::write_file(input, "hello\n");
  std::string model_out, vocab_out;
  const std::string model_dir = (test::test_data_dir() / "tiny_bert").string();
  ASSERT_EQ(test::run_command(test::xlfuse_binary() + " tokenize --ids --model " + quote(model_dir) + " " + quote(input),
                              &model_out),
            0)
      << model_out;
  ASSERT_EQ(test::run_command(test::xlfuse_binary() + " tokenize --ids --vocab " + quote(model_dir + "/vocab.txt") + " " +
                                  quote(input),
                              &vocab_out),
            0)
      << vocab_out;
  std::string cls, sep;
  {
    const std::string vocab = test::read_file(test::test_data_dir() / "tiny_bert/vocab.txt");
    const auto tokens = lines_of(vocab);
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i] == "[CLS]") cls = std::to_string(i);
      if (tokens[i] == "[SEP]") sep = std::to_string(i);
    }
  }
  ASSERT_FALSE(cls.empty());
  EXPECT_EQ(lines_of(model_out), (std::vector<std::string>{cls + " " + lines_of(vocab_out).at(0) + " " + sep}));
  std::string out;
  EXPECT_EQ(test::run_command(test::xlfuse_binary() + " tokenize --vocab " + quote(model_dir + "/vocab.txt") +
                                  " --model " + quote(model_dir) + " /dev/null",
                              &out),
            2)
      << out;
}

TEST(TokenizeCliTest, CorruptOrMissingModelFolderTokenizer) {
  test::TempDir dir;
  const auto model = dir / "model";
  std::filesystem::create_directories(model);
  std::string out;
  const std::string cmd = test::xlfuse_binary() + " tokenize --ids --model " + quote(model.string()) + " /dev/null";
  EXPECT_EQ(test::run_command(cmd, &out), 1) << out;
  EXPECT_NE(out.find("vocab.txt"), std::string::npos) << out;
  EXPECT_NE(out.find("sentencepiece.bpe.model"), std::string::npos) << out;
  const std::string spm = (model / "sentencepiece.bpe.model").string();
  test::write_file(spm, std::string("\x0a\x05garbage\xff\xff\xff\xff", 13));
  EXPECT_EQ(test::run_command(cmd, &out), 1) << out;
  EXPECT_NE(out.find("xlfuse: error: "), std::string::npos) << out;
  EXPECT_NE(out.find(spm), std::string::npos) << out;
  EXPECT_NE(out.find("not a valid sentencepiece model"), std::string::npos) << out;

  // Without xlfuse's sentencepiece module: an error naming it and how to fix it.
  const std::string missing = (dir / "no/libxlfuse_spm.so").string();
  EXPECT_EQ(test::run_command("XLFUSE_SPM_SHIM=" + quote(missing) + " " + cmd, &out), 1) << out;
  EXPECT_NE(out.find("cannot load xlfuse's sentencepiece module '" + missing + "'"), std::string::npos) << out;
}

}  // namespace
}  // namespace xlfuse
