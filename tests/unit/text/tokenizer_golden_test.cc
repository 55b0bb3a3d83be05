// Parity with HuggingFace's BERT tokenizers on the mBERT vocabulary: every line of the goldens in
// shared/golden/tokenizer must match token for token and id for id.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "test_utils.h"
#include "xlfuse/text/tokenizer.h"

namespace xlfuse::text {
namespace {

struct GoldenCase {
  const char* file;
  bool lower_case;
  bool nfc;
};

const Vocab& mbert_vocab() {
  static const Vocab vocab = Vocab::load((test::shared_dir() / "data/mbert/vocab.txt").string());
  return vocab;
}

class TokenizerGoldenTest : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(TokenizerGoldenTest, MatchesEveryLine) {
  XLFUSE_REQUIRE_SHARED("golden/tokenizer");
  XLFUSE_REQUIRE_SHARED("data/mbert/vocab.txt");
  const GoldenCase& c = GetParam();
  TokenizerOptions options;
  options.lower_case = c.lower_case;
  options.nfc = c.nfc;
  BertTokenizer tokenizer(mbert_vocab(), options);

  // The jsonl text must be the texts.txt line of the same index (split on '\n' only).
  const std::string texts = test::read_file(test::shared_dir() / "golden/tokenizer/texts.txt");
  std::vector<std::string> lines;
  for (size_t pos = 0;;) {
    size_t nl = texts.find('\n', pos);
    if (nl == std::string::npos) {
      if (pos < texts.size()) lines.push_back(texts.substr(pos));
      break;
    }
    lines.push_back(texts.substr(pos, nl - pos));
    pos = nl + 1;
  }

  const auto rows = test::read_jsonl(test::shared_dir() / "golden/tokenizer" / c.file);
  ASSERT_EQ(rows.size(), lines.size()) << c.file;
  int mismatches = 0;
  for (const auto& row : rows) {
    const auto index = row.at("index").get<size_t>();
    const auto text = row.at("text").get<std::string>();
    ASSERT_LT(index, lines.size());
    EXPECT_EQ(text, lines[index]) << c.file << " line " << index << ": jsonl text differs from texts.txt";
    const auto want_tokens = row.at("tokens").get<std::vector<std::string>>();
    const auto want_ids = row.at("ids").get<std::vector<int32_t>>();
    const auto want_encode = row.at("encode_ids").get<std::vector<int32_t>>();

    const std::vector<Token> got = tokenizer.tokenize(text);
    std::vector<std::string> got_tokens;
    std::vector<int32_t> got_ids;
    for (const auto& t : got) {
      got_tokens.push_back(t.text);
      got_ids.push_back(t.id);
    }
    const Encoding enc = tokenizer.encode(text);
    bool ok = got_tokens == want_tokens && got_ids == want_ids && enc.ids == want_encode;
    if (!ok && ++mismatches <= 10) {
      size_t k = 0;
      while (k < got_tokens.size() && k < want_tokens.size() && got_tokens[k] == want_tokens[k]) ++k;
      ADD_FAILURE() << c.file << " line " << index << ": first difference at token " << k << ": got '"
                    << (k < got_tokens.size() ? got_tokens[k] : "<end>") << "', expected '"
                    << (k < want_tokens.size() ? want_tokens[k] : "<end>") << "' (got " << got_tokens.size()
                    << " tokens, expected " << want_tokens.size() << ")\n  text: " << text.substr(0, 200);
    }
  }
  EXPECT_EQ(mismatches, 0) << c.file << ": " << mismatches << " of " << rows.size() << " lines differ";
}

INSTANTIATE_TEST_SUITE_P(Goldens, TokenizerGoldenTest,
                         ::testing::Values(GoldenCase{"tok_golden.cased.jsonl", false, false},
                                           GoldenCase{"tok_golden.uncased.jsonl", true, false},
                                           GoldenCase{"tok_golden.cased.nfc.jsonl", false, true},
                                           GoldenCase{"tok_golden.uncased.nfc.jsonl", true, true}),
                         [](const auto& info) {
                           std::string name = info.param.file;
                           name = name.substr(11, name.size() - 11 - 6);  // strip tok_golden. and .jsonl
                           for (auto& ch : name)
                             if (ch == '.') ch = '_';
                           return name;
                         });

}  // namespace
}  // namespace xlfuse::text
