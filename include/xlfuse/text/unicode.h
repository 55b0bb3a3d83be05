#pragma once
// Unicode helpers for BERT tokenization: strict UTF-8 decoding, the character classes of
// HuggingFace's BertNormalizer / BertPreTokenizer, case mapping and canonical (de)composition.
// Character data comes from utf8proc.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace xlfuse::text {

// Decodes the code point starting at text[*pos] and advances *pos past it. Rejects overlong
// forms, surrogates, values above U+10FFFF and truncated sequences with a FormatError that says
// "invalid UTF-8 at byte offset N".
char32_t decode_utf8(std::string_view text, size_t* pos);

// Throws FormatError ("invalid UTF-8 at byte offset N: ...") unless `text` is valid UTF-8.
void validate_utf8(std::string_view text);

// Appends the UTF-8 encoding of `cp` (a valid scalar value) to `out`.
void append_utf8(std::string& out, char32_t cp);

// Number of code points in valid UTF-8 text.
size_t count_code_points(std::string_view text);

// Removed by BERT's text cleaning: U+0000, U+FFFD and every C* character (Cc, Cf, Cs, Co, Cn)
// except \t \n \r.
bool is_removed_control(char32_t cp);
// Whitespace for BERT: \t \n \r and the White_Space characters of categories Zs, Zl, Zp.
bool is_bert_whitespace(char32_t cp);
// Punctuation for BERT: ASCII 33-47, 58-64, 91-96, 123-126 and every P* character.
bool is_bert_punctuation(char32_t cp);
// CJK ideograph in HF's ranges (4E00-9FFF, 3400-4DBF, 20000-2A6DF, 2A700-2B73F, 2B740-2B81F,
// 2B820-2CEAF, F900-FAFF, 2F800-2FA1F).
bool is_cjk_ideograph(char32_t cp);
// General category Mn.
bool is_nonspacing_mark(char32_t cp);
// Canonical combining class.
int combining_class(char32_t cp);

// Full lower-case mapping appended to `out` (one code point except U+0130 -> i + U+0307).
void append_lower(char32_t cp, std::u32string& out);

// Appends the full canonical decomposition of `cp` (not yet canonically ordered).
void append_canonical_decomposition(char32_t cp, std::u32string& out);

// NFC / NFD of valid UTF-8 text (whole-string; used by tests and tools).
std::string nfc(std::string_view text);
std::string nfd(std::string_view text);

// True when no character before `cp` can compose with it or reorder across it under NFC
// (canonical combining class 0 and never the second character of a composition).
bool is_nfc_boundary_before(char32_t cp);
// True when `cp` alone is unchanged by NFC and NFD (no canonical decomposition).
bool has_no_canonical_decomposition(char32_t cp);

// Canonically composes a canonically decomposed and ordered sequence in place (the C in NFC).
void compose_canonical(std::u32string& chars);

}  // namespace xlfuse::text
