#include "xlfuse/text/wordpiece.h"

namespace xlfuse::text {

bool wordpiece_split(const Vocab& vocab, std::string_view word, std::vector<WordPiece>* out) {
  const size_t first = out->size();
  size_t start = 0;
  while (start < word.size()) {
    size_t length = 0;
    int32_t id = vocab.longest_prefix(word.substr(start), /*continuation=*/start > 0, &length);
    if (id < 0 || length == 0) {
      out->resize(first);
      return false;
    }
    out->push_back({id, static_cast<uint32_t>(start), static_cast<uint32_t>(start + length)});
    start += length;
  }
  return true;
}

}  // namespace xlfuse::text
