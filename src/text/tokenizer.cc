#include "xlfuse/text/tokenizer.h"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/text/basic_tokenizer.h"
#include "xlfuse/text/unicode.h"
#include "xlfuse/text/wordpiece.h"

namespace xlfuse::text {
namespace {

// Scratch buffers reused across calls on the same thread.
struct TokenizeScratch {
  PreTokenized pre;
  std::vector<WordPiece> pieces;
};

TokenizeScratch& tokenize_scratch() {
  thread_local TokenizeScratch s;
  return s;
}

}  // namespace

void TokenizerOptions::validate() const {
  if (max_input_chars_per_word <= 0)
    throw ConfigError(fmt::format("tokenizer.max_input_chars_per_word must be > 0, got {}", max_input_chars_per_word));
}

BertTokenizer::BertTokenizer(Vocab vocab, TokenizerOptions options) : vocab_(std::move(vocab)), options_(options) {
  options_.validate();
  if (vocab_.unk_id() < 0)
    throw ConfigError(fmt::format("the vocabulary ({} tokens) has no [UNK] token, which WordPiece needs", vocab_.size()));
  std::vector<std::pair<std::string, int32_t>> specials;
  for (const char* name : {"[CLS]", "[SEP]", "[MASK]", "[UNK]", "[PAD]"}) {
    int32_t id = vocab_.find(name);
    if (id >= 0) specials.emplace_back(name, id);
  }
  basic_ = std::make_shared<const BasicTokenizer>(options_, std::move(specials));
  specials_.cls = vocab_.cls_id();
  specials_.sep = vocab_.sep_id();
  specials_.pad = vocab_.pad_id();
  specials_.mask = vocab_.mask_id();
  specials_.unk = vocab_.unk_id();
  specials_.pair_separators = 1;
  specials_.second_type_id = 1;
}

std::string BertTokenizer::token(int32_t id) const {
  if (id < 0 || static_cast<size_t>(id) >= vocab_.size())
    throw std::out_of_range(fmt::format("token id {} is outside the vocabulary of {} tokens", id, vocab_.size()));
  return vocab_.token(id);
}

std::vector<int32_t> SpecialTokens::ids() const {
  std::vector<int32_t> out;
  for (int32_t id : {cls, sep, pad, unk, mask})
    if (id >= 0) out.push_back(id);
  return out;
}

std::string_view to_string(TokenizerKind kind) {
  return kind == TokenizerKind::WordPiece ? "wordpiece" : "sentencepiece";
}

std::vector<Token> BertTokenizer::tokenize(std::string_view text) const {
  TokenizeScratch& s = tokenize_scratch();
  PreTokenized& pre = s.pre;
  basic_->split(text, &pre);
  std::vector<Token> tokens;
  tokens.reserve(pre.words.size() + pre.words.size() / 2);
  const auto max_chars = static_cast<uint32_t>(options_.max_input_chars_per_word);
  for (size_t wi = 0; wi < pre.words.size(); ++wi) {
    const PreTokenized::Word& w = pre.words[wi];
    const auto word_index = static_cast<int32_t>(wi);
    auto add_whole_word = [&](int32_t id) {
      tokens.push_back(Token{vocab_.token(id), id, w.orig_begin, w.orig_end, word_index});
    };
    if (w.special_id >= 0) {
      add_whole_word(w.special_id);
      continue;
    }
    s.pieces.clear();
    if (w.char_end - w.char_begin > max_chars || !wordpiece_split(vocab_, pre.word_text(w), &s.pieces)) {
      add_whole_word(vocab_.unk_id());
      continue;
    }
    // Map each piece's bytes back to its normalised characters, then to the original text.
    const uint32_t base = pre.char_byte[w.char_begin];
    uint32_t ch = w.char_begin;
    for (const WordPiece& p : s.pieces) {
      uint32_t begin = UINT32_MAX, end = 0;
      while (ch < w.char_end && pre.char_byte[ch] - base < p.end) {
        begin = std::min(begin, pre.char_span[ch].first);
        end = std::max(end, pre.char_span[ch].second);
        ++ch;
      }
      tokens.push_back(Token{vocab_.token(p.id), p.id, begin, end, word_index});
    }
  }
  return tokens;
}

Encoding Tokenizer::encode(std::string_view text, size_t max_length) const {
  return build_inputs(tokenize(text), nullptr, max_length);
}

Encoding Tokenizer::encode_pair(std::string_view a, std::string_view b, size_t max_length) const {
  std::vector<Token> ta = tokenize(a);
  std::vector<Token> tb = tokenize(b);
  return build_inputs(ta, &tb, max_length);
}

Encoding Tokenizer::build_inputs(const std::vector<Token>& a, const std::vector<Token>* b, size_t max_length) const {
  if (specials_.cls < 0 || specials_.sep < 0)
    throw ConfigError("the vocabulary has no [CLS] or [SEP] token, which encoding a text needs");
  const size_t n_special = specials_.count(b != nullptr);
  size_t na = a.size();
  size_t nb = b ? b->size() : 0;
  if (max_length > 0) {
    if (max_length < n_special)
      throw std::invalid_argument(fmt::format("max_length {} cannot hold the {} special tokens", max_length, n_special));
    const size_t room = max_length - n_special;
    if (!b) {
      na = std::min(na, room);
    } else if (na + nb > room) {
      // HF tokenizers' longest_first: see the comment in tokenizer.h.
      size_t n1 = na, n2 = nb;
      bool swapped = n1 > n2;
      if (swapped) std::swap(n1, n2);
      n2 = n1 > room ? n1 : std::max(n1, room - n1);
      if (n1 + n2 > room) {
        n1 = room / 2;
        n2 = n1 + room % 2;
      }
      if (swapped) std::swap(n1, n2);
      na = std::min(na, n1);
      nb = std::min(nb, n2);
    }
  }
  Encoding enc;
  const size_t total = na + nb + n_special;
  enc.ids.reserve(total);
  enc.type_ids.reserve(total);
  enc.word_ids.reserve(total);
  enc.segment.reserve(total);
  enc.offsets.reserve(total);
  auto add_special = [&](int32_t id, int32_t type) {
    enc.ids.push_back(id);
    enc.type_ids.push_back(type);
    enc.word_ids.push_back(-1);
    enc.segment.push_back(-1);
    enc.offsets.emplace_back(0, 0);
  };
  auto add_tokens = [&](const std::vector<Token>& tokens, size_t n, int32_t type, int8_t segment) {
    for (size_t i = 0; i < n; ++i) {
      enc.ids.push_back(tokens[i].id);
      enc.type_ids.push_back(type);
      enc.word_ids.push_back(tokens[i].word);
      enc.segment.push_back(segment);
      enc.offsets.emplace_back(tokens[i].begin, tokens[i].end);
    }
  };
  const int32_t type_b = specials_.second_type_id;
  add_special(specials_.cls, 0);
  add_tokens(a, na, 0, 0);
  add_special(specials_.sep, 0);
  if (b) {
    // RoBERTa's second separator belongs to the second segment, as HF's token_type_ids put it.
    for (int32_t k = 1; k < specials_.pair_separators; ++k) add_special(specials_.sep, type_b);
    add_tokens(*b, nb, type_b, 1);
    add_special(specials_.sep, type_b);
  }
  return enc;
}

size_t byte_to_char_offset(std::string_view text, size_t byte_offset) {
  return count_code_points(text.substr(0, std::min(byte_offset, text.size())));
}

}  // namespace xlfuse::text
