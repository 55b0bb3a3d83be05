#include "xlfuse/text/wordpiece.h"

#include <algorithm>

namespace xlfuse::text {
namespace {
inline bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
}  // namespace

bool wordpiece_split(const Vocab& vocab, std::string_view word, std::vector<WordPiece>* out) {
  const size_t n = word.size();
  const size_t first = out->size();
  // No candidate longer than the longest token can match ("##" included for continuations).
  const size_t max_bytes = std::max<size_t>(vocab.max_token_bytes(), 1);
  size_t start = 0;
  while (start < n) {
    size_t end = std::min(n, start + max_bytes);
    while (end > start && end < n && is_continuation_byte(word[end])) --end;
    int32_t id = -1;
    while (end > start) {
      std::string_view candidate = word.substr(start, end - start);
      id = start == 0 ? vocab.find(candidate) : vocab.find_continuation(candidate);
      if (id >= 0) break;
      --end;
      while (end > start && is_continuation_byte(word[end])) --end;
    }
    if (id < 0) {
      out->resize(first);
      return false;
    }
    out->push_back({id, static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
    start = end;
  }
  return true;
}

}  // namespace xlfuse::text
