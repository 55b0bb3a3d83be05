#include "xlfuse/eval/python_string.h"

#include <utf8proc.h>

#include <algorithm>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/text/unicode.h"

namespace xlfuse::eval::py {
namespace {

utf8proc_category_t category(char32_t cp) { return utf8proc_category(static_cast<utf8proc_int32_t>(cp)); }

bool is_letter_category(utf8proc_category_t c) {
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LT ||
         c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_LO;
}

// Approximations of the Cased and Case_Ignorable properties used by Python's Final_Sigma rule:
// cased = Lu/Ll/Lt or any character with a case mapping; case-ignorable = Mn Me Cf Lm Sk and the
// Word_Break MidLetter/MidNumLet/Single_Quote characters.
bool is_cased(char32_t cp) {
  auto c = category(cp);
  if (c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LT) return true;
  auto i = static_cast<utf8proc_int32_t>(cp);
  return utf8proc_tolower(i) != i || utf8proc_toupper(i) != i;
}

bool is_case_ignorable(char32_t cp) {
  switch (cp) {
    case 0x27: case 0x2E: case 0x3A: case 0xB7: case 0x387: case 0x5F4: case 0x2018: case 0x2019:
    case 0x2024: case 0x2027: case 0xFE13: case 0xFE52: case 0xFE55: case 0xFF07: case 0xFF0E:
    case 0xFF1A:
      return true;
    default:
      break;
  }
  auto c = category(cp);
  return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_ME || c == UTF8PROC_CATEGORY_CF ||
         c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_SK;
}

}  // namespace

// UTF-8 decoding and encoding are the tokenizer's (one validator for the whole project).
std::u32string decode(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t pos = 0; pos < s.size();) out.push_back(text::decode_utf8(s, &pos));
  return out;
}

std::string encode(std::u32string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char32_t cp : text) text::append_utf8(out, cp);
  return out;
}

bool is_space(char32_t cp) {
  if ((cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20)) return true;
  if (cp < 0x85) return false;
  switch (cp) {
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

bool is_word(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
  }
  auto c = category(cp);
  return is_letter_category(c) || c == UTF8PROC_CATEGORY_ND || c == UTF8PROC_CATEGORY_NL || c == UTF8PROC_CATEGORY_NO;
}

bool is_ascii_punctuation(char32_t cp) {
  return (cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126);
}

bool is_unicode_punctuation(char32_t cp) {
  auto c = category(cp);
  return c >= UTF8PROC_CATEGORY_PC && c <= UTF8PROC_CATEGORY_PO;
}

std::u32string strip(std::u32string_view text) {
  size_t b = 0, e = text.size();
  while (b < e && is_space(text[b])) ++b;
  while (e > b && is_space(text[e - 1])) --e;
  return std::u32string(text.substr(b, e - b));
}

std::string strip(std::string_view utf8) {
  // Fast path: only ASCII whitespace at the ends and no multi-byte character there.
  size_t b = 0, e = utf8.size();
  auto ascii_space = [](unsigned char c) { return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20); };
  while (b < e && ascii_space(static_cast<unsigned char>(utf8[b]))) ++b;
  while (e > b && ascii_space(static_cast<unsigned char>(utf8[e - 1]))) --e;
  bool ends_ascii = (b == e) || (static_cast<unsigned char>(utf8[b]) < 0x80 && static_cast<unsigned char>(utf8[e - 1]) < 0x80);
  if (ends_ascii) return std::string(utf8.substr(b, e - b));
  return encode(strip(decode(utf8)));
}

std::vector<std::u32string> split(std::u32string_view text) {
  std::vector<std::u32string> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space(text[i])) ++i;
    size_t start = i;
    while (i < text.size() && !is_space(text[i])) ++i;
    if (i > start) out.emplace_back(text.substr(start, i - start));
  }
  return out;
}

std::vector<std::string> split(std::string_view utf8) {
  std::vector<std::string> out;
  for (const auto& t : split(decode(utf8))) out.push_back(encode(t));
  return out;
}

std::u32string lower(std::u32string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char32_t cp = text[i];
    if (cp == 0x130) {  // the one unconditional multi-character lower-case mapping
      out.push_back(U'i');
      out.push_back(0x307);
    } else if (cp == 0x3A3) {
      size_t j = i;
      char32_t c = 0;
      bool found = false;
      while (j > 0) {
        c = text[--j];
        if (!is_case_ignorable(c)) {
          found = true;
          break;
        }
      }
      bool final_sigma = found && is_cased(c);
      if (final_sigma) {
        size_t k = i + 1;
        while (k < text.size() && is_case_ignorable(text[k])) ++k;
        final_sigma = k == text.size() || !is_cased(text[k]);
      }
      out.push_back(final_sigma ? 0x3C2 : 0x3C3);
    } else {
      out.push_back(static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))));
    }
  }
  return out;
}

std::vector<std::string> split_lines(std::string_view content) {
  std::vector<std::string> lines;
  size_t start = 0;
  size_t i = 0;
  while (i < content.size()) {
    char c = content[i];
    if (c == '\n' || c == '\r') {
      lines.emplace_back(content.substr(start, i - start));
      if (c == '\r' && i + 1 < content.size() && content[i + 1] == '\n') ++i;
      start = i + 1;
    }
    ++i;
  }
  if (start < content.size()) lines.emplace_back(content.substr(start));
  return lines;
}

std::u32string replace_whole_words(std::u32string_view text, const std::vector<std::u32string>& words,
                                   std::u32string_view replacement) {
  std::u32string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    if (!is_word(text[i])) {
      out.push_back(text[i++]);
      continue;
    }
    size_t start = i;
    while (i < text.size() && is_word(text[i])) ++i;
    std::u32string_view run = text.substr(start, i - start);
    if (std::find(words.begin(), words.end(), run) != words.end()) {
      out.append(replacement);
    } else {
      out.append(run);
    }
  }
  return out;
}

}  // namespace xlfuse::eval::py
