#include "xlfuse/data/example.h"

#include <type_traits>

namespace xlfuse::data {

std::string LareqaCandidate::candidate_text() const {
  std::string out;
  out.reserve(sentence.size() + context.size());
  for (const std::string* part : {&sentence, &context})
    for (char c : *part)
      if (c != '\n') out += c;
  return out;
}

size_t Dataset::size() const {
  return std::visit(
      [](const auto& e) -> size_t {
        using T = std::decay_t<decltype(e)>;
        if constexpr (std::is_same_v<T, BitextExample>) return e.source.size();
        else if constexpr (std::is_same_v<T, LareqaExample>) return e.questions.size();
        else if constexpr (std::is_same_v<T, MewslixExample>) return e.mentions.size();
        else return e.size();
      },
      examples);
}

}  // namespace xlfuse::data
