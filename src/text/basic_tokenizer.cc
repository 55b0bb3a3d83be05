#include "xlfuse/text/basic_tokenizer.h"

#include <algorithm>

#include "xlfuse/text/unicode.h"

namespace xlfuse::text {
namespace {

// A normalised character and the byte span of the original character(s) it came from.
struct NChar {
  char32_t cp;
  uint32_t begin;
  uint32_t end;
};

// Scratch buffers reused across calls on the same thread (tokenize() is const and thread-safe).
struct Scratch {
  std::vector<NChar> a, b;
  std::u32string buf;
};

Scratch& scratch() {
  thread_local Scratch s;
  return s;
}

// Stable sort of each run of non-starters by canonical combining class (canonical ordering).
void canonical_order(std::vector<NChar>& chars, size_t from) {
  size_t n = chars.size();
  size_t i = from;
  while (i < n) {
    if (chars[i].cp < 0x300 || combining_class(chars[i].cp) == 0) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < n && chars[j].cp >= 0x300 && combining_class(chars[j].cp) != 0) ++j;
    if (j - i > 1)
      std::stable_sort(chars.begin() + static_cast<std::ptrdiff_t>(i), chars.begin() + static_cast<std::ptrdiff_t>(j),
                       [](const NChar& x, const NChar& y) { return combining_class(x.cp) < combining_class(y.cp); });
    i = j;
  }
}

void canonical_order(std::u32string& chars) {
  size_t n = chars.size();
  size_t i = 0;
  while (i < n) {
    if (combining_class(chars[i]) == 0) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < n && combining_class(chars[j]) != 0) ++j;
    if (j - i > 1)
      std::stable_sort(chars.begin() + static_cast<std::ptrdiff_t>(i), chars.begin() + static_cast<std::ptrdiff_t>(j),
                       [](char32_t x, char32_t y) { return combining_class(x) < combining_class(y); });
    i = j;
  }
}

// Clean text (drop controls, whitespace -> space) and put spaces around CJK ideographs.
void clean(std::string_view text, size_t begin, size_t end, bool cjk, std::vector<NChar>& out) {
  size_t pos = begin;
  while (pos < end) {
    auto start = static_cast<uint32_t>(pos);
    auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      ++pos;
      if (byte >= 0x20 && byte != 0x7F) {
        out.push_back({byte, start, start + 1});
      } else if (byte == '\t' || byte == '\n' || byte == '\r') {
        out.push_back({U' ', start, start + 1});
      }  // other ASCII controls and NUL are dropped
      continue;
    }
    char32_t cp = decode_utf8(text.substr(0, end), &pos);
    auto stop = static_cast<uint32_t>(pos);
    if (is_removed_control(cp)) continue;
    if (is_bert_whitespace(cp)) {
      out.push_back({U' ', start, stop});
    } else if (cjk && is_cjk_ideograph(cp)) {
      out.push_back({U' ', start, stop});
      out.push_back({cp, start, stop});
      out.push_back({U' ', start, stop});
    } else {
      out.push_back({cp, start, stop});
    }
  }
}

// NFC, segment by segment so that every output character maps to the original characters of its
// segment (a segment starts at a character nothing before it can compose or reorder with).
void compose_nfc(const std::vector<NChar>& in, std::vector<NChar>& out, std::u32string& buf) {
  size_t n = in.size();
  size_t i = 0;
  while (i < n) {
    size_t j = i + 1;
    while (j < n && !is_nfc_boundary_before(in[j].cp)) ++j;
    if (j == i + 1 && has_no_canonical_decomposition(in[i].cp)) {
      out.push_back(in[i]);
    } else {
      buf.clear();
      for (size_t k = i; k < j; ++k) append_canonical_decomposition(in[k].cp, buf);
      canonical_order(buf);
      compose_canonical(buf);
      for (char32_t cp : buf) out.push_back({cp, in[i].begin, in[j - 1].end});
    }
    i = j;
  }
}

// NFD, then drop nonspacing marks (Mn).
void strip_accents(const std::vector<NChar>& in, std::vector<NChar>& out, std::u32string& buf) {
  size_t first = out.size();
  bool needs_order = false;
  for (const NChar& c : in) {
    if (c.cp < 0xC0) {
      out.push_back(c);
      continue;
    }
    buf.clear();
    append_canonical_decomposition(c.cp, buf);
    for (char32_t d : buf) {
      out.push_back({d, c.begin, c.end});
      needs_order |= d >= 0x300;
    }
  }
  if (needs_order) canonical_order(out, first);
  out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                           [](const NChar& c) { return is_nonspacing_mark(c.cp); }),
            out.end());
}

void lower(const std::vector<NChar>& in, std::vector<NChar>& out, std::u32string& buf) {
  for (const NChar& c : in) {
    if (c.cp < 0x80) {
      out.push_back({c.cp >= 'A' && c.cp <= 'Z' ? c.cp + 32 : c.cp, c.begin, c.end});
      continue;
    }
    buf.clear();
    append_lower(c.cp, buf);
    for (char32_t d : buf) out.push_back({d, c.begin, c.end});
  }
}

}  // namespace

void PreTokenized::clear() {
  text.clear();
  char_byte.clear();
  char_span.clear();
  words.clear();
}

BasicTokenizer::BasicTokenizer(TokenizerOptions options, std::vector<std::pair<std::string, int32_t>> specials)
    : options_(options),
      strip_accents_(options.strip_accents.value_or(options.lower_case)),
      specials_(std::move(specials)) {
  // Longest first, so that the leftmost match is also the longest.
  std::stable_sort(specials_.begin(), specials_.end(),
                   [](const auto& x, const auto& y) { return x.first.size() > y.first.size(); });
  specials_.erase(std::remove_if(specials_.begin(), specials_.end(), [](const auto& s) { return s.first.empty(); }),
                  specials_.end());
}

void BasicTokenizer::split(std::string_view text, PreTokenized* out) const {
  out->clear();
  out->char_byte.push_back(0);
  size_t plain_begin = 0;
  if (!specials_.empty()) {
    for (size_t i = 0; i < text.size(); ++i) {
      char c = text[i];
      for (const auto& [tok, id] : specials_) {
        if (tok[0] != c || text.compare(i, tok.size(), tok) != 0) continue;
        split_plain(text, plain_begin, i, out);
        PreTokenized::Word w;
        w.char_begin = w.char_end = static_cast<uint32_t>(out->char_byte.size() - 1);
        w.special_id = id;
        w.orig_begin = static_cast<uint32_t>(i);
        w.orig_end = static_cast<uint32_t>(i + tok.size());
        out->words.push_back(w);
        i += tok.size() - 1;
        plain_begin = i + 1;
        break;
      }
    }
  }
  split_plain(text, plain_begin, text.size(), out);
}

void BasicTokenizer::split_plain(std::string_view text, size_t begin, size_t end, PreTokenized* out) const {
  if (begin >= end) return;
  Scratch& s = scratch();
  std::vector<NChar>* cur = &s.a;
  std::vector<NChar>* next = &s.b;
  cur->clear();
  clean(text, begin, end, options_.tokenize_chinese_chars, *cur);
  if (options_.nfc) {
    next->clear();
    compose_nfc(*cur, *next, s.buf);
    std::swap(cur, next);
  }
  if (strip_accents_) {
    next->clear();
    strip_accents(*cur, *next, s.buf);
    std::swap(cur, next);
  }
  if (options_.lower_case) {
    next->clear();
    lower(*cur, *next, s.buf);
    std::swap(cur, next);
  }

  // Pre-tokenize: split on whitespace (dropped) and punctuation (kept as one-character words).
  bool in_word = false;
  uint32_t word_max_end = 0;  // canonical reordering can put an earlier character last
  auto close_word = [&]() {
    if (!in_word) return;
    out->words.back().char_end = static_cast<uint32_t>(out->char_span.size());
    out->words.back().orig_end = word_max_end;
    in_word = false;
  };
  auto append_char = [&](const NChar& c) {
    append_utf8(out->text, c.cp);
    out->char_byte.push_back(static_cast<uint32_t>(out->text.size()));
    out->char_span.emplace_back(c.begin, c.end);
    word_max_end = std::max(word_max_end, c.end);
    out->words.back().orig_begin = std::min(out->words.back().orig_begin, c.begin);
  };
  auto open_word = [&](const NChar& c) {
    PreTokenized::Word w;
    w.char_begin = static_cast<uint32_t>(out->char_span.size());
    w.orig_begin = c.begin;
    out->words.push_back(w);
    word_max_end = c.end;
    in_word = true;
  };
  for (const NChar& c : *cur) {
    if (is_bert_whitespace(c.cp)) {
      close_word();
    } else if (is_bert_punctuation(c.cp)) {
      close_word();
      open_word(c);
      append_char(c);
      close_word();
    } else {
      if (!in_word) open_word(c);
      append_char(c);
    }
  }
  close_word();
}

}  // namespace xlfuse::text
