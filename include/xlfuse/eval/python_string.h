#pragma once
// The Python 3 string behaviour that the official XTREME scoring scripts rely on, reproduced on
// UTF-8 text: text-mode line iteration (universal newlines), str.strip(), str.split(),
// str.lower(), the Unicode \w and \b of the `re` module and the punctuation sets of the SQuAD
// and MLQA scripts. Character data comes from utf8proc (Unicode 13); Python's own database may
// be a few Unicode versions newer, which only matters for characters assigned since then.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace xlfuse::eval::py {

// Strict UTF-8 -> code points. Throws FormatError "invalid UTF-8 at byte offset N" (Python's
// open() would raise UnicodeDecodeError for the same input).
std::u32string decode(std::string_view utf8);
std::string encode(std::u32string_view text);

// str.isspace(): \t \n \v \f \r, U+001C-001F, space, U+0085, U+00A0, U+1680, U+2000-200A,
// U+2028, U+2029, U+202F, U+205F, U+3000.
bool is_space(char32_t cp);
// A \w character of `re` on str patterns: a letter (L*), a number (N*) or '_'.
// Marks (Mn, Mc) are not word characters.
bool is_word(char32_t cp);
// One of the 32 characters of string.punctuation.
bool is_ascii_punctuation(char32_t cp);
// General category P* (Pc Pd Ps Pe Pi Pf Po).
bool is_unicode_punctuation(char32_t cp);

// str.strip() with no argument (Unicode whitespace, both ends).
std::string strip(std::string_view utf8);
std::u32string strip(std::u32string_view text);
// str.split() with no argument: runs of whitespace separate, no empty items.
std::vector<std::u32string> split(std::u32string_view text);
std::vector<std::string> split(std::string_view utf8);
// str.lower(): full lower-case mapping (U+0130 -> "i̇") and the Final_Sigma rule for U+03A3.
std::u32string lower(std::u32string_view text);

// The lines Python yields for `for line in open(path)` with the terminators removed: "\n",
// "\r\n" and "\r" end a line; a last line without terminator counts; "" has no lines.
std::vector<std::string> split_lines(std::string_view content);

// re.sub(r'\b(w1|w2|...)\b', replacement, text) for alternatives made of word characters only:
// every maximal run of \w characters equal to one of `words` is replaced.
std::u32string replace_whole_words(std::u32string_view text, const std::vector<std::u32string>& words,
                                   std::u32string_view replacement);

}  // namespace xlfuse::eval::py
