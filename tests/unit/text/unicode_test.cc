#include "xlfuse/text/unicode.h"

#include "test_utils.h"
#include "xlfuse/core/error.h"

namespace xlfuse::text {
namespace {

std::string encode(char32_t cp) {
  std::string s;
  append_utf8(s, cp);
  return s;
}

TEST(UnicodeTest, DecodesAndEncodesAllLengths) {
  for (char32_t cp : {U'a', char32_t(0xE9), char32_t(0x4E2D), char32_t(0x1F600), char32_t(0x10FFFF)}) {
    std::string s = encode(cp);
    size_t pos = 0;
    EXPECT_EQ(decode_utf8(s, &pos), cp);
    EXPECT_EQ(pos, s.size());
  }
  EXPECT_EQ(encode(0xE9), "\xC3\xA9");
  EXPECT_EQ(count_code_points("a\xC3\xA9\xE4\xB8\xAD"), 3u);
}

TEST(UnicodeTest, InvalidUtf8ReportsByteOffset) {
  XLFUSE_EXPECT_THROW_WITH(validate_utf8("ab\xFF" "cd"), FormatError, "invalid UTF-8 at byte offset 2");
  XLFUSE_EXPECT_THROW_WITH(validate_utf8("abc\x80"), FormatError, "invalid UTF-8 at byte offset 3");
  XLFUSE_EXPECT_THROW_WITH(validate_utf8("x\xE4\xB8"), FormatError, "invalid UTF-8 at byte offset 1");  // truncated
  XLFUSE_EXPECT_THROW_WITH(validate_utf8("\xC0\xAF"), FormatError, "offset 0");                         // overlong
  XLFUSE_EXPECT_THROW_WITH(validate_utf8("\xE0\x80\xAF"), FormatError, "overlong");
  XLFUSE_EXPECT_THROW_WITH(validate_utf8("ok\xED\xA0\x80"), FormatError, "surrogate");
  XLFUSE_EXPECT_THROW_WITH(validate_utf8("\xF4\x90\x80\x80"), FormatError, "above U+10FFFF");
  XLFUSE_EXPECT_THROW_WITH(validate_utf8("\xC3(" ), FormatError, "expected a continuation byte");
  EXPECT_NO_THROW(validate_utf8(std::string("a\0b", 3)));
}

TEST(UnicodeTest, BertCharacterClasses) {
  EXPECT_TRUE(is_removed_control(0));
  EXPECT_TRUE(is_removed_control(0xFFFD));
  EXPECT_TRUE(is_removed_control(0x07));
  EXPECT_TRUE(is_removed_control(0x200B));  // ZERO WIDTH SPACE, Cf
  EXPECT_TRUE(is_removed_control(0x200D));  // ZWJ, Cf
  EXPECT_TRUE(is_removed_control(0x85));    // NEL, Cc (removed before the whitespace check)
  EXPECT_FALSE(is_removed_control('\t'));
  EXPECT_FALSE(is_removed_control('\n'));
  EXPECT_FALSE(is_removed_control('a'));
  EXPECT_TRUE(is_bert_whitespace('\r'));
  EXPECT_TRUE(is_bert_whitespace(0xA0));
  EXPECT_TRUE(is_bert_whitespace(0x3000));
  EXPECT_TRUE(is_bert_whitespace(0x2028));
  EXPECT_FALSE(is_bert_whitespace(0x200B));
  for (char32_t c : {U'!', U'/', U':', U'@', U'[', U'`', U'{', U'~', U'$', U'^', char32_t(0x2014), char32_t(0xFF01),
                     char32_t(0x3002)})
    EXPECT_TRUE(is_bert_punctuation(c)) << static_cast<uint32_t>(c);
  for (char32_t c : {U'a', U'0', U' ', char32_t(0xE9), char32_t(0x1F600)})
    EXPECT_FALSE(is_bert_punctuation(c)) << static_cast<uint32_t>(c);
  EXPECT_TRUE(is_cjk_ideograph(0x4E2D));
  EXPECT_TRUE(is_cjk_ideograph(0x20000));
  EXPECT_FALSE(is_cjk_ideograph(0x3042));  // hiragana
  EXPECT_FALSE(is_cjk_ideograph(0xAC00));  // hangul
  EXPECT_TRUE(is_nonspacing_mark(0x301));
  EXPECT_FALSE(is_nonspacing_mark(0xE9));
}

TEST(UnicodeTest, LowerCaseIncludesDottedCapitalI) {
  std::u32string out;
  append_lower(0x130, out);
  EXPECT_EQ(out, std::u32string(U"i\u0307"));
  out.clear();
  append_lower(0xC9, out);
  EXPECT_EQ(out, std::u32string(U"\u00E9"));
}

TEST(UnicodeTest, NormalForms) {
  EXPECT_EQ(nfd("\xC3\xA9"), "e\xCC\x81");
  EXPECT_EQ(nfc("e\xCC\x81"), "\xC3\xA9");
  std::u32string d;
  append_canonical_decomposition(0x1EC7, d);  // ệ -> e + dot below + circumflex
  EXPECT_EQ(d, std::u32string(U"e\u0323\u0302"));
  EXPECT_FALSE(is_nfc_boundary_before(0x301));
  EXPECT_FALSE(is_nfc_boundary_before(0x0BBE));  // Tamil AA composes with a preceding vowel sign
  EXPECT_FALSE(is_nfc_boundary_before(0x1161));  // Hangul vowel jamo
  EXPECT_TRUE(is_nfc_boundary_before('a'));
  EXPECT_TRUE(has_no_canonical_decomposition('a'));
  EXPECT_FALSE(has_no_canonical_decomposition(0x9DC));  // Bengali RRA: excluded from composition
}

}  // namespace
}  // namespace xlfuse::text
