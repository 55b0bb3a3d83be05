#include "xlfuse/text/tokenizer.h"

#include <fstream>
#include <thread>

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/text/unicode.h"

namespace xlfuse::text {
namespace {

const Vocab& small_vocab() {
  static const Vocab vocab = Vocab::load((test::test_data_dir() / "text/vocab_small.txt").string());
  return vocab;
}

BertTokenizer make(bool lower_case = false, bool nfc = false) {
  TokenizerOptions o;
  o.lower_case = lower_case;
  o.nfc = nfc;
  return BertTokenizer(small_vocab(), o);
}

std::vector<std::string> texts_of(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const auto& t : tokens) out.push_back(t.text);
  return out;
}

std::vector<int32_t> words_of(const std::vector<Token>& tokens) {
  std::vector<int32_t> out;
  for (const auto& t : tokens) out.push_back(t.word);
  return out;
}

std::string span(std::string_view text, const Token& t) { return std::string(text.substr(t.begin, t.end - t.begin)); }

std::string piece(const Token& t) { return t.text.rfind("##", 0) == 0 ? t.text.substr(2) : t.text; }

using Strings = std::vector<std::string>;
using Ints = std::vector<int32_t>;

TEST(TokenizerTest, SplitsWordsPunctuationAndPieces) {
  const std::string text = "the quick, brown fox jumps!";
  auto tokens = make().tokenize(text);
  EXPECT_EQ(texts_of(tokens), (Strings{"the", "quick", ",", "brown", "fox", "jump", "##s", "!"}));
  EXPECT_EQ(words_of(tokens), (Ints{0, 1, 2, 3, 4, 5, 5, 6}));
  for (const auto& t : tokens) {
    EXPECT_EQ(t.id, small_vocab().id(t.text));
    EXPECT_EQ(span(text, t), piece(t)) << t.text;
  }
}

TEST(TokenizerTest, OffsetsPointIntoOriginalTextWhenLowerCasing) {
  const std::string text = "Café NAÏVE unAFFable";
  auto tokens = make(/*lower_case=*/true).tokenize(text);
  ASSERT_EQ(texts_of(tokens), (Strings{"cafe", "na", "##ive", "un", "##aff", "##able"}));
  EXPECT_EQ(span(text, tokens[0]), "Café");
  EXPECT_EQ(span(text, tokens[1]), "NA");
  EXPECT_EQ(span(text, tokens[2]), "ÏVE");
  EXPECT_EQ(span(text, tokens[4]), "AFF");
  EXPECT_EQ(words_of(tokens), (Ints{0, 1, 1, 2, 2, 2}));
  // Code-point offsets, as Python reports them.
  EXPECT_EQ(byte_to_char_offset(text, tokens[1].begin), 5u);
  EXPECT_EQ(byte_to_char_offset(text, tokens[2].end), 10u);
}

TEST(TokenizerTest, StrippedMarksAndExpandedCharactersKeepOriginalSpans) {
  // A decomposed accent is dropped, so the token covers the base letters only.
  const std::string decomposed = "CAFE\xCC\x81!";
  auto tokens = make(true).tokenize(decomposed);
  ASSERT_EQ(texts_of(tokens), (Strings{"cafe", "!"}));
  EXPECT_EQ(span(decomposed, tokens[0]), "CAFE");
  EXPECT_EQ(span(decomposed, tokens[1]), "!");
  // U+0130 decomposes to I + U+0307; the "i" piece spans the whole original character.
  const std::string istanbul = "İstanbul";
  tokens = make(true).tokenize(istanbul);
  ASSERT_EQ(texts_of(tokens), (Strings{"i", "##stanbul"}));
  EXPECT_EQ(span(istanbul, tokens[0]), "İ");
  EXPECT_EQ(span(istanbul, tokens[1]), "stanbul");
  // Cased: nothing changes, the accented letter is its own vocabulary piece.
  tokens = make(false).tokenize("abé");
  EXPECT_EQ(texts_of(tokens), (Strings{"ab", "##é"}));
}

TEST(TokenizerTest, NfcComposesAndMapsToBothCharacters) {
  const std::string text = "e\xCC\x81 x";  // e + COMBINING ACUTE
  auto tokens = make(false, /*nfc=*/true).tokenize(text);
  ASSERT_EQ(texts_of(tokens), (Strings{"é", "x"}));
  EXPECT_EQ(tokens[0].begin, 0u);
  EXPECT_EQ(tokens[0].end, 3u);
  EXPECT_EQ(span(text, tokens[1]), "x");
  // Without NFC the decomposed form has no matching pieces.
  EXPECT_EQ(texts_of(make().tokenize(text)), (Strings{"[UNK]", "x"}));
}

TEST(TokenizerTest, CjkIdeographsAreSeparateWords) {
  const std::string text = "hello中文world";
  auto tokens = make().tokenize(text);
  ASSERT_EQ(texts_of(tokens), (Strings{"hello", "中", "文", "world"}));
  EXPECT_EQ(words_of(tokens), (Ints{0, 1, 2, 3}));
  for (const auto& t : tokens) EXPECT_EQ(span(text, t), t.text);
}

TEST(TokenizerTest, SpecialTokensInTextStayWhole) {
  const std::string text = "hello[SEP]world [MASK]";
  for (bool lower : {false, true}) {
    auto tokens = make(lower).tokenize(text);
    ASSERT_EQ(texts_of(tokens), (Strings{"hello", "[SEP]", "world", "[MASK]"})) << "lower=" << lower;
    EXPECT_EQ(tokens[1].id, small_vocab().sep_id());
    EXPECT_EQ(tokens[3].id, small_vocab().mask_id());
    EXPECT_EQ(words_of(tokens), (Ints{0, 1, 2, 3}));
    EXPECT_EQ(span(text, tokens[1]), "[SEP]");
    EXPECT_EQ(span(text, tokens[3]), "[MASK]");
  }
  // Matching is case-sensitive on the original text, as in HF (normalized=false).
  EXPECT_EQ(texts_of(make(true).tokenize("[sep]")), (Strings{"[", "[UNK]", "]"}));
}

TEST(TokenizerTest, LongAndUnmatchableWordsBecomeUnk) {
  const std::string hundred(100, 'x');
  auto tokens = make().tokenize(hundred);
  ASSERT_EQ(tokens.size(), 100u);
  EXPECT_EQ(tokens[0].text, "x");
  EXPECT_EQ(tokens[99].text, "##x");
  const std::string text = "fox " + std::string(101, 'x') + " quickz";
  tokens = make().tokenize(text);
  ASSERT_EQ(texts_of(tokens), (Strings{"fox", "[UNK]", "[UNK]"}));
  EXPECT_EQ(span(text, tokens[1]), std::string(101, 'x'));
  EXPECT_EQ(span(text, tokens[2]), "quickz");
  EXPECT_EQ(tokens[1].id, small_vocab().unk_id());

  TokenizerOptions o;
  o.max_input_chars_per_word = 5;
  BertTokenizer short_words(small_vocab(), o);
  EXPECT_EQ(texts_of(short_words.tokenize("xxxxx xxxxxx")), (Strings{"x", "##x", "##x", "##x", "##x", "[UNK]"}));
  o.max_input_chars_per_word = 0;
  XLFUSE_EXPECT_THROW_WITH(BertTokenizer(small_vocab(), o), ConfigError, "max_input_chars_per_word");
}

TEST(TokenizerTest, ControlAndFormatCharactersAreRemoved) {
  // ZERO WIDTH SPACE inside "hello", BEL before the space, NUL inside "world".
  const std::string text("hel\xE2\x80\x8Blo\x07 wor\0ld", 16);
  auto tokens = make().tokenize(text);
  ASSERT_EQ(texts_of(tokens), (Strings{"hello", "world"}));
  EXPECT_EQ(tokens[0].begin, 0u);
  EXPECT_EQ(tokens[0].end, 8u);  // covers the removed zero-width space inside the word
  EXPECT_EQ(tokens[1].begin, 10u);
  EXPECT_EQ(tokens[1].end, 16u);
}

TEST(TokenizerTest, EmptyAndBlankText) {
  EXPECT_TRUE(make().tokenize("").empty());
  EXPECT_TRUE(make().tokenize(" \t\r\n\xC2\xA0").empty());
  Encoding e = make().encode("");
  EXPECT_EQ(e.ids, (Ints{small_vocab().cls_id(), small_vocab().sep_id()}));
  EXPECT_EQ(e.word_ids, (Ints{-1, -1}));
}

TEST(TokenizerTest, InvalidUtf8IsFormatErrorWithOffset) {
  XLFUSE_EXPECT_THROW_WITH(make().tokenize("hello \xFF"), FormatError, "invalid UTF-8 at byte offset 6");
  XLFUSE_EXPECT_THROW_WITH(make(true, true).tokenize("[CLS]ab\xC3"), FormatError, "invalid UTF-8 at byte offset 7");
  XLFUSE_EXPECT_THROW_WITH(make().encode_pair("ok", "\xE4\xB8x"), FormatError, "byte offset 0");
}

TEST(TokenizerTest, PairEncodingLayout) {
  const std::string a = "the fox", b = "hello world!";
  const auto& v = small_vocab();
  Encoding e = make().encode_pair(a, b);
  EXPECT_EQ(e.ids, (Ints{v.cls_id(), v.id("the"), v.id("fox"), v.sep_id(), v.id("hello"), v.id("world"), v.id("!"),
                         v.sep_id()}));
  EXPECT_EQ(e.type_ids, (Ints{0, 0, 0, 0, 1, 1, 1, 1}));
  EXPECT_EQ(e.word_ids, (Ints{-1, 0, 1, -1, 0, 1, 2, -1}));
  EXPECT_EQ(e.segment, (std::vector<int8_t>{-1, 0, 0, -1, 1, 1, 1, -1}));
  ASSERT_EQ(e.offsets.size(), 8u);
  EXPECT_EQ(e.offsets[0], (std::pair<size_t, size_t>{0, 0}));
  EXPECT_EQ(e.offsets[2], (std::pair<size_t, size_t>{4, 7}));
  EXPECT_EQ(e.offsets[5], (std::pair<size_t, size_t>{6, 11}));  // "world" in b
  EXPECT_EQ(e.offsets[7], (std::pair<size_t, size_t>{0, 0}));
}

// n copies of "x" as separate words.
std::vector<Token> xs(size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) s += "x ";
  return make().tokenize(s);
}

// (kept from a, kept from b) after encoding with max_length.
std::pair<size_t, size_t> kept(size_t na, size_t nb, size_t max_length) {
  auto a = xs(na), b = xs(nb);
  Encoding e = make().build_inputs(a, &b, max_length);
  size_t ka = 0, kb = 0;
  for (auto s : e.segment) ka += s == 0, kb += s == 1;
  EXPECT_EQ(e.ids.size(), ka + kb + 3);
  EXPECT_EQ(e.ids.back(), small_vocab().sep_id());
  return {ka, kb};
}

TEST(TokenizerTest, LongestFirstTruncationFollowsHfTokenizers) {
  using P = std::pair<size_t, size_t>;
  EXPECT_EQ(kept(4, 2, 3 + 6), (P{4, 2}));  // fits
  EXPECT_EQ(kept(4, 2, 3 + 5), (P{3, 2}));  // only the longer one is cut
  EXPECT_EQ(kept(4, 2, 3 + 4), (P{2, 2}));
  EXPECT_EQ(kept(2, 9, 3 + 5), (P{2, 3}));
  EXPECT_EQ(kept(4, 4, 3 + 5), (P{2, 3}));  // equal lengths: the first keeps floor(room/2)
  EXPECT_EQ(kept(5, 4, 3 + 5), (P{3, 2}));  // the longer keeps ceil(room/2)
  EXPECT_EQ(kept(3, 8, 3 + 6), (P{3, 3}));
  EXPECT_EQ(kept(9, 9, 3), (P{0, 0}));
  XLFUSE_EXPECT_THROW_WITH(kept(1, 1, 2), std::invalid_argument, "cannot hold the 3 special tokens");
}

TEST(TokenizerTest, TruncationKeepsTheStartOfEachSegment) {
  const std::string a = "the quick brown fox";
  Encoding e = make().encode(a, 4);
  const auto& v = small_vocab();
  EXPECT_EQ(e.ids, (Ints{v.cls_id(), v.id("the"), v.id("quick"), v.sep_id()}));
  e = make().encode_pair(a, "hello world", 3 + 3);
  EXPECT_EQ(e.ids, (Ints{v.cls_id(), v.id("the"), v.id("quick"), v.sep_id(), v.id("hello"), v.sep_id()}));
  XLFUSE_EXPECT_THROW_WITH(make().encode(a, 1), std::invalid_argument, "max_length 1");
}

TEST(TokenizerTest, ByteToCharOffset) {
  const std::string text = "aé中b";
  EXPECT_EQ(byte_to_char_offset(text, 0), 0u);
  EXPECT_EQ(byte_to_char_offset(text, 1), 1u);
  EXPECT_EQ(byte_to_char_offset(text, 3), 2u);
  EXPECT_EQ(byte_to_char_offset(text, 6), 3u);
  EXPECT_EQ(byte_to_char_offset(text, 7), 4u);
  EXPECT_EQ(byte_to_char_offset(text, 100), 4u);
}

TEST(TokenizerTest, VocabularyWithoutUnkIsRejected) {
  XLFUSE_EXPECT_THROW_WITH(BertTokenizer(Vocab(std::vector<std::string>{"a", "b"})), ConfigError, "[UNK]");
}

TEST(TokenizerTest, ConcurrentCallsGiveSerialResults) {
  const BertTokenizer tok = make(true, true);
  const std::vector<std::string> texts = {"the quick, brown fox jumps!", "Café NAÏVE unAFFable", "hello中文world [SEP]",
                                          "İstanbul e\xCC\x81", std::string(150, 'x')};
  std::vector<std::vector<std::string>> want;
  for (const auto& t : texts) want.push_back(texts_of(tok.tokenize(t)));
  std::vector<int> bad(4, 0);
  std::vector<std::thread> threads;
  for (int k = 0; k < 4; ++k)
    threads.emplace_back([&, k] {
      for (int rep = 0; rep < 200; ++rep)
        for (size_t i = 0; i < texts.size(); ++i) bad[k] += texts_of(tok.tokenize(texts[(i + k) % texts.size()])) != want[(i + k) % texts.size()];
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(bad, (std::vector<int>{0, 0, 0, 0}));
}

// On the real texts of the goldens: offsets are ordered and inside the text, and in cased mode
// each piece equals its original span minus removed control/format characters.
TEST(TokenizerTest, OffsetsOnGoldenTextsMapBackToPieces) {
  XLFUSE_REQUIRE_SHARED("golden/tokenizer/texts.txt");
  XLFUSE_REQUIRE_SHARED("data/mbert/vocab.txt");
  BertTokenizer tok(Vocab::load((test::shared_dir() / "data/mbert/vocab.txt").string()));
  std::ifstream in(test::shared_dir() / "golden/tokenizer/texts.txt", std::ios::binary);
  std::string line;
  size_t index = 0, checked = 0;
  while (std::getline(in, line, '\n')) {
    size_t prev_begin = 0;
    for (const auto& t : tok.tokenize(line)) {
      ASSERT_LE(t.begin, t.end) << "line " << index;
      ASSERT_LE(t.end, line.size()) << "line " << index;
      EXPECT_GE(t.begin, prev_begin) << "line " << index;
      prev_begin = t.begin;
      if (t.id == tok.vocab().unk_id()) continue;
      std::string cleaned;
      const std::string s = span(line, t);
      for (size_t pos = 0; pos < s.size();) {
        char32_t cp = decode_utf8(s, &pos);
        if (!is_removed_control(cp)) append_utf8(cleaned, cp);
      }
      EXPECT_EQ(cleaned, piece(t)) << "line " << index << " token " << t.text;
      ++checked;
    }
    ++index;
  }
  EXPECT_GT(checked, 10000u);
}

// NFC done segment by segment (to keep offsets) equals whole-string NFC.
TEST(TokenizerTest, SegmentedNfcEqualsWholeStringNfc) {
  XLFUSE_REQUIRE_SHARED("golden/tokenizer/texts.txt");
  XLFUSE_REQUIRE_SHARED("data/mbert/vocab.txt");
  Vocab vocab = Vocab::load((test::shared_dir() / "data/mbert/vocab.txt").string());
  TokenizerOptions with_nfc;
  with_nfc.nfc = true;
  BertTokenizer a(vocab, with_nfc), b(vocab);
  std::ifstream in(test::shared_dir() / "golden/tokenizer/texts.txt", std::ios::binary);
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line, '\n')) lines.push_back(line);
  // Hard cases: reordering marks, Hangul jamo, Tamil two-part vowels, Tibetan U+0F73, Bengali RRA.
  for (const char* s : {"a\xCC\x81\xCC\xA3 x", "\xE1\x84\x80\xE1\x85\xA1\xE1\x86\xA8", "\xE0\xAF\x86\xE0\xAE\xBE",
                        "\xE0\xBD\x80\xE0\xBD\xB3\xE0\xBD\xB1", "\xE0\xA7\x9C"})
    lines.emplace_back(s);
  size_t compared = 0;
  for (const auto& l : lines) {
    bool has_control = false;
    for (size_t pos = 0; pos < l.size();) has_control |= is_removed_control(decode_utf8(l, &pos));
    if (has_control) continue;  // NFC runs after cleaning, so controls between marks would differ
    EXPECT_EQ(texts_of(a.tokenize(l)), texts_of(b.tokenize(nfc(l)))) << l;
    ++compared;
  }
  EXPECT_GT(compared, 800u);
}

}  // namespace
}  // namespace xlfuse::text
