// XLM-R's SentencePiece tokenizer against HF's slow XLMRobertaTokenizer: the xlmr-tiny goldens in
// shared/golden/xlmr-tiny (400 texts, 27 truncation texts; README.md there pins the rules), plus
// the pair template, offsets, word ids, the id table and the errors.
#include <algorithm>
#include <fstream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/text/sentencepiece_tokenizer.h"
#include "xlfuse/text/tokenizer.h"

namespace xlfuse::text {
namespace {

namespace fs = std::filesystem;

constexpr const char* kGolden = "golden/xlmr-tiny";
constexpr const char* kModel = "golden/xlmr-tiny/model/sentencepiece.bpe.model";
const std::string kWordStart = "\xE2\x96\x81";

#define REQUIRE_XLMR_TINY()                                 \
  XLFUSE_REQUIRE_SHARED("golden/xlmr-tiny/tok_golden.jsonl"); \
  XLFUSE_REQUIRE_SHARED("golden/xlmr-tiny/model/sentencepiece.bpe.model")

fs::path model_path() { return test::shared_dir() / kModel; }

const SentencePieceTokenizer& xlmr_tiny() {
  static const std::unique_ptr<const SentencePieceTokenizer> tok = SentencePieceTokenizer::load(model_path().string());
  return *tok;
}

const std::vector<nlohmann::json>& golden_rows() {
  static const std::vector<nlohmann::json> rows = test::read_jsonl(test::shared_dir() / kGolden / "tok_golden.jsonl");
  return rows;
}

std::vector<int32_t> ids_of(const std::vector<Token>& tokens) {
  std::vector<int32_t> ids;
  for (const auto& t : tokens) ids.push_back(t.id);
  return ids;
}

std::vector<std::string> texts_of(const std::vector<Token>& tokens) {
  std::vector<std::string> texts;
  for (const auto& t : tokens) texts.push_back(t.text);
  return texts;
}

bool starts_with_marker(const std::string& piece) { return piece.compare(0, kWordStart.size(), kWordStart) == 0; }

bool is_special_text(const std::string& s) {
  return s == "<s>" || s == "<pad>" || s == "</s>" || s == "<unk>" || s == "<mask>";
}

bool printable_ascii(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
}

std::string head(const std::string& s) { return s.substr(0, 120); }

TEST(SentencePieceTokenizerTest, MatchesEveryGoldenLine) {
  REQUIRE_XLMR_TINY();
  const auto& tok = xlmr_tiny();
  const auto& rows = golden_rows();
  ASSERT_EQ(rows.size(), 400u);
  int mismatches = 0;
  for (const auto& row : rows) {
    const auto index = row.at("index").get<int>();
    const auto text = row.at("text").get<std::string>();
    const auto want_tokens = row.at("tokens").get<std::vector<std::string>>();
    const auto want_ids = row.at("ids").get<std::vector<int32_t>>();
    const auto want_encode = row.at("encode_ids").get<std::vector<int32_t>>();
    const std::vector<Token> got = tok.tokenize(text);
    const auto got_tokens = texts_of(got);
    const auto got_ids = ids_of(got);
    const std::vector<int32_t> got_encode = tok.encode(text).ids;
    if (got_tokens == want_tokens && got_ids == want_ids && got_encode == want_encode) continue;
    if (++mismatches > 10) continue;
    size_t k = 0;
    while (k < got.size() && k < want_tokens.size() && got_tokens[k] == want_tokens[k] && got_ids[k] == want_ids[k])
      ++k;
    ADD_FAILURE() << "tok_golden.jsonl index " << index << ": first difference at token " << k << ": got '"
                  << (k < got.size() ? got_tokens[k] + "' (" + std::to_string(got_ids[k]) + ")" : "<end>'")
                  << ", expected '"
                  << (k < want_tokens.size() ? want_tokens[k] + "' (" + std::to_string(want_ids[k]) + ")" : "<end>'")
                  << "; got " << got.size() << " tokens, expected " << want_tokens.size()
                  << (got_encode == want_encode ? "" : "; encode ids differ") << "\n  text: " << head(text);
  }
  EXPECT_EQ(mismatches, 0) << mismatches << " of " << rows.size() << " golden lines differ";
}

TEST(SentencePieceTokenizerTest, MatchesTruncationGolden) {
  REQUIRE_XLMR_TINY();
  XLFUSE_REQUIRE_SHARED("golden/xlmr-tiny/tok_truncation_golden.jsonl");
  const auto& tok = xlmr_tiny();
  const auto rows = test::read_jsonl(test::shared_dir() / kGolden / "tok_truncation_golden.jsonl");
  ASSERT_EQ(rows.size(), 27u);
  size_t cut = 0;
  for (const auto& row : rows) {
    const auto index = row.at("index").get<int>();
    const auto text = row.at("text").get<std::string>();
    const auto want = row.at("encode_ids").get<std::vector<int32_t>>();
    const auto want_full = row.at("encode_ids_full").get<std::vector<int32_t>>();
    const Encoding truncated = tok.encode(text, 128);
    EXPECT_EQ(truncated.ids, want) << "index " << index << ": " << head(text);
    EXPECT_EQ(tok.encode(text).ids, want_full) << "index " << index << ": " << head(text);
    EXPECT_LE(truncated.ids.size(), 128u);
    cut += want_full.size() > want.size();
  }
  EXPECT_GT(cut, 20u) << "most truncation texts are longer than 128 ids";
}

TEST(SentencePieceTokenizerTest, PairTemplateIsRobertas) {
  REQUIRE_XLMR_TINY();
  const auto& tok = xlmr_tiny();
  const std::string a = "The cat sat on the mat.", b = "Le chat dort.";
  const auto ta = tok.tokenize(a), tb = tok.tokenize(b);
  ASSERT_FALSE(ta.empty());
  ASSERT_FALSE(tb.empty());
  const Encoding e = tok.encode_pair(a, b);
  std::vector<int32_t> want{0};
  for (const auto& t : ta) want.push_back(t.id);
  want.insert(want.end(), {2, 2});
  for (const auto& t : tb) want.push_back(t.id);
  want.push_back(2);
  EXPECT_EQ(e.ids, want);
  EXPECT_EQ(e.type_ids, std::vector<int32_t>(want.size(), 0)) << "XLM-R has one token type";
  ASSERT_EQ(e.segment.size(), want.size());
  std::vector<int8_t> seg{-1};
  seg.insert(seg.end(), ta.size(), 0);
  seg.insert(seg.end(), {-1, -1});
  seg.insert(seg.end(), tb.size(), 1);
  seg.push_back(-1);
  EXPECT_EQ(e.segment, seg);
  for (size_t i = 0; i < want.size(); ++i) {
    if (e.segment[i] < 0) {
      EXPECT_EQ(e.word_ids[i], -1) << i;
      EXPECT_EQ(e.offsets[i], (std::pair<size_t, size_t>(0, 0))) << i;
    }
  }
  // The second segment's offsets are into b.
  const size_t first_b = 1 + ta.size() + 2;
  EXPECT_EQ(e.offsets[first_b], (std::pair<size_t, size_t>(tb[0].begin, tb[0].end)));
  EXPECT_EQ(tok.specials().count(true), 4u);
}

TEST(SentencePieceTokenizerTest, PairTruncationLeavesRoomForFourSpecials) {
  REQUIRE_XLMR_TINY();
  const auto& tok = xlmr_tiny();
  // Long texts from the golden (first segment longer than the second).
  std::string a, b;
  size_t na = 0, nb = 0;
  for (const auto& row : golden_rows()) {
    const size_t n = row.at("ids").size();
    if (n >= 40 && n > na) {
      a = row.at("text").get<std::string>();
      na = n;
    }
  }
  for (const auto& row : golden_rows()) {
    const size_t n = row.at("ids").size();
    if (n >= 20 && n < 30) {
      b = row.at("text").get<std::string>();
      nb = n;
      break;
    }
  }
  ASSERT_GT(na, 39u);
  ASSERT_GT(nb, 19u);
  auto count = [](const Encoding& e, int8_t s) { return static_cast<size_t>(std::count(e.segment.begin(), e.segment.end(), s)); };
  // Only the longer needs cutting (the shorter fits in half the room): b keeps all its tokens,
  // a the rest of room = max_length - 4.
  Encoding e = tok.encode_pair(a, b, 4 + 2 * nb + 5);
  EXPECT_EQ(e.ids.size(), 4 + 2 * nb + 5);
  EXPECT_EQ(count(e, 1), nb);
  EXPECT_EQ(count(e, 0), nb + 5);
  // Both need cutting, odd room 21: the shorter (b) keeps 10, a keeps 11.
  e = tok.encode_pair(a, b, 25);
  EXPECT_EQ(count(e, 0), 11u);
  EXPECT_EQ(count(e, 1), 10u);
  EXPECT_EQ(e.ids.size(), 25u);
  // The kept tokens are the first ones of each segment.
  const auto ta = tok.tokenize(a), tb = tok.tokenize(b);
  for (size_t i = 0; i < 11; ++i) EXPECT_EQ(e.ids[1 + i], ta[i].id);
  for (size_t i = 0; i < 10; ++i) EXPECT_EQ(e.ids[1 + 11 + 2 + i], tb[i].id);
  EXPECT_EQ(std::vector<int32_t>(e.ids.begin() + 12, e.ids.begin() + 14), (std::vector<int32_t>{2, 2}));
  EXPECT_EQ(e.ids.back(), 2);
  EXPECT_THROW(tok.encode_pair(a, b, 3), std::invalid_argument);
  EXPECT_NO_THROW(tok.encode_pair(a, b, 4));
}

TEST(SentencePieceTokenizerTest, OffsetsAreSpansOfTheOriginalText) {
  REQUIRE_XLMR_TINY();
  const auto& tok = xlmr_tiny();
  size_t ascii_lines = 0, checked_spans = 0;
  for (const auto& row : golden_rows()) {
    const auto index = row.at("index").get<int>();
    const auto text = row.at("text").get<std::string>();
    const auto tokens = tok.tokenize(text);
    const bool ascii = printable_ascii(text);
    ascii_lines += ascii;
    for (size_t i = 0; i < tokens.size(); ++i) {
      const Token& t = tokens[i];
      ASSERT_LE(t.begin, t.end) << "index " << index << " token " << i;
      ASSERT_LE(t.end, text.size()) << "index " << index << " token " << i;
      if (i > 0) {
        const Token& prev = tokens[i - 1];
        EXPECT_LE(prev.begin, t.begin) << "index " << index << " token " << i;
        EXPECT_LE(prev.end, t.end) << "index " << index << " token " << i;
        // Spans overlap only where one character expands into several pieces (NFKC "\u00BD").
        if (prev.end > t.begin)
          EXPECT_EQ(prev.begin, t.begin) << "spans overlap: index " << index << " token " << i;
      }
      const std::string span = text.substr(t.begin, t.end - t.begin);
      if (is_special_text(t.text)) {
        EXPECT_EQ(span, t.text) << "index " << index;
        continue;
      }
      // Every piece but a lone marker covers some of the text, starting at a visible character.
      if (t.text != kWordStart) {
        EXPECT_LT(t.begin, t.end) << "index " << index << " token " << i << " '" << t.text << "'";
        if (t.begin < t.end) EXPECT_NE(text[t.begin], ' ') << "index " << index << " token " << i;
      }
      if (ascii) {
        const std::string piece = starts_with_marker(t.text) ? t.text.substr(kWordStart.size()) : t.text;
        EXPECT_EQ(span, piece) << "index " << index << " token " << i << ": " << head(text);
        ++checked_spans;
      }
    }
  }
  EXPECT_GT(ascii_lines, 20u);
  EXPECT_GT(checked_spans, 300u);
}

TEST(SentencePieceTokenizerTest, OffsetsSkipCollapsedWhitespaceAndCoverNormalisedCharacters) {
  REQUIRE_XLMR_TINY();
  const auto& tok = xlmr_tiny();
  // Leading, repeated and tab/NBSP whitespace is not part of any span.
  const std::string text = "  the\t\tcat\xC2\xA0sat  ";
  const auto tokens = tok.tokenize(text);
  ASSERT_FALSE(tokens.empty());
  std::string joined;
  for (const auto& t : tokens) joined += "[" + text.substr(t.begin, t.end - t.begin) + "]";
  std::string pieces;
  for (const auto& t : tokens)
    pieces += "[" + (starts_with_marker(t.text) ? t.text.substr(kWordStart.size()) : t.text) + "]";
  EXPECT_EQ(joined, pieces);
  EXPECT_EQ(tokens.front().begin, 2u);
  EXPECT_EQ(tokens.back().end, text.size() - 2);
  // NFKC: the full-width "ＡＢＣ" is normalised, the span is the original full-width bytes.
  const std::string wide = "x \xEF\xBC\xA1\xEF\xBC\xA2\xEF\xBC\xA3";
  const auto w = tok.tokenize(wide);
  ASSERT_GE(w.size(), 2u);
  EXPECT_EQ(w.back().end, wide.size());
  size_t covered_from = wide.size();
  for (const auto& t : w)
    if (t.begin >= 2) covered_from = std::min(covered_from, t.begin);
  EXPECT_EQ(covered_from, 2u);
  // NFKC expands "\u00BD" into "1" "\u2044" "2": each of its pieces spans the whole character.
  const std::string half = "6\xC2\xBD";
  const auto h = tok.tokenize(half);
  ASSERT_GE(h.size(), 2u);
  EXPECT_EQ(h.front().begin, 0u);
  EXPECT_EQ(h.front().end, 1u);
  for (size_t i = 1; i < h.size(); ++i)
    EXPECT_EQ((std::pair<size_t, size_t>(h[i].begin, h[i].end)), (std::pair<size_t, size_t>(1, 3))) << h[i].text;
}

TEST(SentencePieceTokenizerTest, WordIdsAdvanceAtMarkerPiecesAndSpecials) {
  REQUIRE_XLMR_TINY();
  const auto& tok = xlmr_tiny();
  size_t lines = 0;
  for (const auto& row : golden_rows()) {
    const auto index = row.at("index").get<int>();
    const auto tokens = tok.tokenize(row.at("text").get<std::string>());
    int32_t word = -1;
    for (size_t i = 0; i < tokens.size(); ++i) {
      const bool starts = i == 0 || starts_with_marker(tokens[i].text) || is_special_text(tokens[i].text) ||
                          is_special_text(tokens[i - 1].text);
      if (starts) ++word;
      ASSERT_EQ(tokens[i].word, word) << "index " << index << " token " << i << " '" << tokens[i].text << "'";
    }
    lines += tokens.size() > 1;
  }
  EXPECT_GT(lines, 300u);
  // The words of a plain sentence: "▁Hello" "▁world" ... one index per whitespace word.
  const auto t = tok.tokenize("Hello wonderful world");
  ASSERT_FALSE(t.empty());
  EXPECT_EQ(t.front().word, 0);
  EXPECT_EQ(t.back().word, 2);
  const Encoding e = tok.encode("Hello wonderful world");
  EXPECT_EQ(e.word_ids.front(), -1);
  EXPECT_EQ(e.word_ids.back(), -1);
}

TEST(SentencePieceTokenizerTest, SpecialTokenStringsAreCutOutWithMaskLstrip) {
  REQUIRE_XLMR_TINY();
  const auto& tok = xlmr_tiny();
  const int32_t mask = tok.specials().mask;
  auto t = tok.tokenize("x<s>y");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(texts_of(t), (std::vector<std::string>{kWordStart + "x", "<s>", kWordStart + "y"}));
  EXPECT_EQ(t[1].id, 0);
  EXPECT_EQ((std::vector<size_t>{t[1].begin, t[1].end}), (std::vector<size_t>{1, 4}));
  EXPECT_EQ((std::vector<int32_t>{t[0].word, t[1].word, t[2].word}), (std::vector<int32_t>{0, 1, 2}));

  t = tok.tokenize("a <mask>b");
  EXPECT_EQ(texts_of(t), (std::vector<std::string>{kWordStart + "a", "<mask>", kWordStart + "b"}));
  EXPECT_EQ(ids_of(t)[1], mask);
  EXPECT_EQ(t[1].begin, 2u);
  EXPECT_EQ(t[1].end, 8u);

  // Only <mask> strips: a space before </s> stays text (here: no piece, sentencepiece drops it).
  t = tok.tokenize("a </s> <pad><unk>");
  EXPECT_EQ(texts_of(t), (std::vector<std::string>{kWordStart + "a", "</s>", "<pad>", "<unk>"}));
  EXPECT_EQ(ids_of(t), (std::vector<int32_t>{t[0].id, 2, 1, 3}));
  // Near misses are ordinary text.
  for (const char* s : {"<MASK>", "< mask >", "<s", "<mask"}) {
    for (const auto& tk : tok.tokenize(s)) EXPECT_FALSE(is_special_text(tk.text)) << s;
  }
}

TEST(SentencePieceTokenizerTest, EmptyAndBlankTextEncodeToBosEos) {
  REQUIRE_XLMR_TINY();
  const auto& tok = xlmr_tiny();
  for (const char* s : {"", " ", "\t \n", "\xE3\x80\x80"}) {
    EXPECT_TRUE(tok.tokenize(s).empty()) << "'" << s << "'";
    EXPECT_EQ(tok.encode(s).ids, (std::vector<int32_t>{0, 2}));
  }
}

TEST(SentencePieceTokenizerTest, SpecialsVocabularyAndIdTable) {
  REQUIRE_XLMR_TINY();
  const auto& tok = xlmr_tiny();
  EXPECT_EQ(tok.kind(), TokenizerKind::SentencePiece);
  EXPECT_EQ(tok.vocab_size(), 8002u);
  const SpecialTokens& s = tok.specials();
  EXPECT_EQ(s.cls, 0);
  EXPECT_EQ(s.pad, 1);
  EXPECT_EQ(s.sep, 2);
  EXPECT_EQ(s.unk, 3);
  EXPECT_EQ(s.mask, 8001);
  EXPECT_EQ(s.pair_separators, 2);
  EXPECT_EQ(s.second_type_id, 0);
  EXPECT_EQ(s.ids(), (std::vector<int32_t>{0, 2, 1, 3, 8001}));
  EXPECT_EQ(tok.token(0), "<s>");
  EXPECT_EQ(tok.token(1), "<pad>");
  EXPECT_EQ(tok.token(2), "</s>");
  EXPECT_EQ(tok.token(3), "<unk>");
  EXPECT_EQ(tok.token(4), kWordStart) << "sentencepiece id 3 (the first ordinary piece) is id 4";
  EXPECT_EQ(tok.token(8001), "<mask>");
  EXPECT_THROW(tok.token(8002), std::out_of_range);
  EXPECT_THROW(tok.token(-1), std::out_of_range);
  for (int32_t id = 0; id < static_cast<int32_t>(tok.vocab_size()); ++id)
    ASSERT_EQ(tok.find(tok.token(id)), id) << "id " << id << " '" << tok.token(id) << "'";
  EXPECT_EQ(tok.find("certainly-not-a-piece"), -1);
  EXPECT_EQ(tok.find("<MASK>"), -1);
  EXPECT_EQ(tok.find(kWordStart + "the"), tok.tokenize("the")[0].id);

  const std::string fp = tok.fingerprint();
  EXPECT_EQ(fp.size(), 16u);
  EXPECT_EQ(fp.find_first_not_of("0123456789abcdef"), std::string::npos) << fp;
  EXPECT_EQ(SentencePieceTokenizer::load(model_path().string())->fingerprint(), fp);
  EXPECT_NE(BertTokenizer(Vocab({"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"})).fingerprint(), fp);
}

TEST(SentencePieceTokenizerTest, InvalidUtf8IsFormatError) {
  REQUIRE_XLMR_TINY();
  XLFUSE_EXPECT_THROW_WITH(xlmr_tiny().tokenize("ok \xFF bad"), FormatError, "invalid UTF-8 at byte offset 3");
  XLFUSE_EXPECT_THROW_WITH(xlmr_tiny().encode("<mask>\xC3"), FormatError, "invalid UTF-8 at byte offset 6");
}

TEST(SentencePieceTokenizerTest, ConcurrentCallsGiveSerialResults) {
  REQUIRE_XLMR_TINY();
  const auto& tok = xlmr_tiny();
  std::vector<std::string> texts;
  for (const auto& row : golden_rows()) texts.push_back(row.at("text").get<std::string>());
  std::vector<std::vector<int32_t>> serial;
  for (const auto& t : texts) serial.push_back(tok.encode(t).ids);
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (int k = 0; k < 4; ++k)
    threads.emplace_back([&, k] {
      for (int round = 0; round < 3; ++round)
        for (size_t i = k; i < texts.size(); i += 2) mismatches[k] += tok.encode(texts[i]).ids != serial[i];
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(mismatches, std::vector<int>(4, 0));
}

TEST(SentencePieceTokenizerTest, MissingAndCorruptModelFiles) {
  REQUIRE_XLMR_TINY();
  test::TempDir dir;
  const std::string missing = (dir / "nope.model").string();
  XLFUSE_EXPECT_THROW_WITH(SentencePieceTokenizer::load(missing), IoError, missing);
  XLFUSE_EXPECT_THROW_WITH(SentencePieceTokenizer::load(dir.path().string()), IoError, dir.path().string());

  std::mt19937 rng(7);
  std::string noise(4096, '\0');
  for (auto& c : noise) c = static_cast<char>(rng() & 0xFF);
  const std::string random_file = (dir / "random.model").string();
  test::write_file(random_file, noise);
  XLFUSE_EXPECT_THROW_WITH(SentencePieceTokenizer::load(random_file), FormatError, random_file);

  const std::string model = test::read_file(model_path());
  for (size_t keep : {size_t{0}, size_t{1000}, model.size() / 2, model.size() - 7}) {
    const std::string truncated = (dir / ("truncated" + std::to_string(keep) + ".model")).string();
    test::write_file(truncated, model.substr(0, keep));
    XLFUSE_EXPECT_THROW_WITH(SentencePieceTokenizer::load(truncated), FormatError, truncated);
  }
}

TEST(SentencePieceTokenizerTest, LoadTokenizerPicksTheModelFile) {
  REQUIRE_XLMR_TINY();
  test::TempDir dir;
  fs::copy_file(model_path(), dir / kSentencePieceModelFile);
  EXPECT_EQ(tokenizer_file(dir.path().string()), (dir / kSentencePieceModelFile).string());
  const auto tok = load_tokenizer(dir.path().string());
  EXPECT_EQ(tok->kind(), TokenizerKind::SentencePiece);
  EXPECT_EQ(tok->vocab_size(), 8002u);
  EXPECT_EQ(tok->fingerprint(), xlmr_tiny().fingerprint());
  EXPECT_EQ(tok->encode("Hello world").ids, xlmr_tiny().encode("Hello world").ids);
  // The golden model folder itself (config.json, model.safetensors, sentencepiece.bpe.model).
  EXPECT_EQ(load_tokenizer(model_path().parent_path().string())->kind(), TokenizerKind::SentencePiece);

  TokenizerOptions lower;
  lower.lower_case = true;
  XLFUSE_EXPECT_THROW_WITH(load_tokenizer(dir.path().string(), lower), ConfigError, "cannot be lower-cased");

  test::TempDir empty;
  try {
    load_tokenizer(empty.path().string());
    ADD_FAILURE() << "expected IoError";
  } catch (const IoError& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find(empty.path().string()), std::string::npos) << what;
    EXPECT_NE(what.find("vocab.txt"), std::string::npos) << what;
    EXPECT_NE(what.find("sentencepiece.bpe.model"), std::string::npos) << what;
  }

  // A corrupt model in a folder: FormatError naming the file.
  test::TempDir corrupt;
  test::write_file(corrupt / kSentencePieceModelFile, "not a model at all");
  XLFUSE_EXPECT_THROW_WITH(load_tokenizer(corrupt.path().string()), FormatError,
                           (corrupt / kSentencePieceModelFile).string());
}

}  // namespace
}  // namespace xlfuse::text
