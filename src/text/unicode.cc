#include "xlfuse/text/unicode.h"

#include <cstdlib>
#include <memory>

#include <fmt/format.h>
#include <utf8proc.h>

#include "xlfuse/core/error.h"

namespace xlfuse::text {
namespace {

[[noreturn]] void throw_invalid(size_t offset, const char* what) {
  throw FormatError(fmt::format("invalid UTF-8 at byte offset {}: {}", offset, what));
}

const utf8proc_property_t& property(char32_t cp) {
  return *utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
}

// Hangul syllable composition constants (Unicode 3.12).
constexpr char32_t kHangulVBase = 0x1161, kHangulVLast = 0x1175;
constexpr char32_t kHangulTFirst = 0x11A8, kHangulTLast = 0x11C2;

}  // namespace

char32_t decode_utf8(std::string_view text, size_t* pos) {
  const size_t start = *pos;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  unsigned char b0 = s[start];
  if (b0 < 0x80) {
    *pos = start + 1;
    return b0;
  }
  size_t len;
  char32_t cp;
  char32_t min;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2, cp = b0 & 0x1F, min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3, cp = b0 & 0x0F, min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4, cp = b0 & 0x07, min = 0x10000;
  } else if (b0 >= 0x80 && b0 <= 0xBF) {
    throw_invalid(start, fmt::format("unexpected continuation byte 0x{:02X}", b0).c_str());
  } else {
    throw_invalid(start, fmt::format("byte 0x{:02X} cannot start a character", b0).c_str());
  }
  if (start + len > n) throw_invalid(start, "truncated multi-byte sequence at end of text");
  for (size_t i = 1; i < len; ++i) {
    unsigned char b = s[start + i];
    if ((b & 0xC0) != 0x80)
      throw_invalid(start, fmt::format("expected a continuation byte at offset {}, found 0x{:02X}", start + i, b).c_str());
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min) throw_invalid(start, "overlong encoding");
  if (cp >= 0xD800 && cp <= 0xDFFF) throw_invalid(start, fmt::format("encoded surrogate U+{:04X}", static_cast<uint32_t>(cp)).c_str());
  if (cp > 0x10FFFF) throw_invalid(start, "code point above U+10FFFF");
  *pos = start + len;
  return cp;
}

void validate_utf8(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    decode_utf8(text, &pos);
  }
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

size_t count_code_points(std::string_view text) {
  size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool is_removed_control(char32_t cp) {
  if (cp == 0 || cp == 0xFFFD) return true;
  if (cp == '\t' || cp == '\n' || cp == '\r') return false;
  if (cp < 0x20 || cp == 0x7F) return true;
  if (cp < 0x80) return false;
  switch (property(cp).category) {
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO:
    case UTF8PROC_CATEGORY_CN:
      return true;
    default:
      return false;
  }
}

bool is_bert_whitespace(char32_t cp) {
  if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r') return true;
  if (cp < 0x80) return false;
  auto cat = property(cp).category;
  return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP;
}

bool is_bert_punctuation(char32_t cp) {
  if (cp < 0x80) return (cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126);
  auto cat = property(cp).category;
  return cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_PO;
}

bool is_cjk_ideograph(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF) ||
         (cp >= 0x2A700 && cp <= 0x2B73F) || (cp >= 0x2B740 && cp <= 0x2B81F) || (cp >= 0x2B820 && cp <= 0x2CEAF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
}

bool is_nonspacing_mark(char32_t cp) { return cp >= 0x80 && property(cp).category == UTF8PROC_CATEGORY_MN; }

int combining_class(char32_t cp) { return cp < 0x300 ? 0 : property(cp).combining_class; }

void append_lower(char32_t cp, std::u32string& out) {
  if (cp < 0x80) {
    out.push_back(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
  } else if (cp == 0x130) {  // the one unconditional multi-character lower-case mapping
    out.push_back(U'i');
    out.push_back(0x307);
  } else {
    out.push_back(static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))));
  }
}

void append_canonical_decomposition(char32_t cp, std::u32string& out) {
  if (cp < 0xC0) {
    out.push_back(cp);
    return;
  }
  utf8proc_int32_t buf[32];
  int last_boundclass = 0;
  utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buf, 32, UTF8PROC_DECOMPOSE, &last_boundclass);
  if (n < 0 || n > 32) {  // cannot happen for canonical decompositions (at most 4 code points)
    out.push_back(cp);
    return;
  }
  for (utf8proc_ssize_t i = 0; i < n; ++i) out.push_back(static_cast<char32_t>(buf[i]));
}

bool is_nfc_boundary_before(char32_t cp) {
  if (cp < 0x300) return true;
  if ((cp >= kHangulVBase && cp <= kHangulVLast) || (cp >= kHangulTFirst && cp <= kHangulTLast)) return false;
  const auto& p = property(cp);
  if (p.combining_class != 0) return false;
  // utf8proc marks characters that can be the second of a canonical pair with comb_index >= 0x8000.
  if (p.comb_index != UINT16_MAX && p.comb_index >= 0x8000) return false;
  if (p.decomp_seqindex != UINT16_MAX && p.decomp_type == 0) {
    // A decomposable starter is a boundary only if its decomposition starts with one (e.g. not
    // U+0F73, whose decomposition starts with a non-starter).
    std::u32string d;
    append_canonical_decomposition(cp, d);
    return !d.empty() && d[0] != cp && is_nfc_boundary_before(d[0]);
  }
  return true;
}

bool has_no_canonical_decomposition(char32_t cp) {
  if (cp < 0xC0) return true;
  if (cp >= 0xAC00 && cp <= 0xD7A3) return false;  // Hangul syllables decompose algorithmically
  const auto& p = property(cp);
  return p.decomp_seqindex == UINT16_MAX || p.decomp_type != 0;  // decomp_type != 0: compatibility only
}

void compose_canonical(std::u32string& chars) {
  if (chars.size() < 2) return;
  static_assert(sizeof(char32_t) == sizeof(utf8proc_int32_t));
  utf8proc_ssize_t n = utf8proc_normalize_utf32(reinterpret_cast<utf8proc_int32_t*>(chars.data()),
                                                static_cast<utf8proc_ssize_t>(chars.size()), UTF8PROC_COMPOSE);
  if (n >= 0) chars.resize(static_cast<size_t>(n));
}

namespace {
std::string utf8proc_map_checked(std::string_view text, utf8proc_option_t options) {
  validate_utf8(text);
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                    static_cast<utf8proc_ssize_t>(text.size()), &out, options);
  if (n < 0) throw FormatError(std::string("Unicode normalisation failed: ") + utf8proc_errmsg(n));
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> guard(out, &std::free);
  return std::string(reinterpret_cast<const char*>(out), static_cast<size_t>(n));
}
}  // namespace

std::string nfc(std::string_view text) {
  return utf8proc_map_checked(text, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
}

std::string nfd(std::string_view text) {
  return utf8proc_map_checked(text, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE));
}

}  // namespace xlfuse::text
