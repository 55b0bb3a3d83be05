#include "xlfuse/text/vocab.h"

#include <cstring>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/text/unicode.h"

namespace xlfuse::text {
namespace {

constexpr std::string_view kContinuationPrefix = "##";

// A fast non-cryptographic hash of a byte string (8 bytes per step, multiply-xorshift mixing).
inline uint64_t hash_bytes(const char* p, size_t n) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t h = 0x243F6A8885A308D3ull ^ (n * kMul);
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * kMul;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    uint64_t w = 0;
    std::memcpy(&w, p, n);
    h = (h ^ w) * kMul;
    h ^= h >> 29;
  }
  h *= 0xBF58476D1CE4E5B9ull;
  h ^= h >> 31;
  return h;
}

constexpr int kFilterBits = 21;

inline size_t filter_bit(uint64_t h) { return static_cast<size_t>((h * 0xD6E8FEB86659FD93ull) >> (64 - kFilterBits)); }

}  // namespace

Vocab::Vocab(std::vector<std::string> tokens) : tokens_(std::move(tokens)) { build_index(); }

void Vocab::build_index() {
  size_t cap = 16;
  while (cap < tokens_.size() * 2) cap <<= 1;
  index_.slots.assign(cap, Slot{});
  index_.mask = cap - 1;
  continuation_index_.slots.assign(cap, Slot{});
  continuation_index_.mask = cap - 1;
  index_.filter.assign((size_t{1} << kFilterBits) / 64, 0);
  continuation_index_.filter.assign((size_t{1} << kFilterBits) / 64, 0);
  max_token_bytes_ = 0;

  auto insert = [&](Index& index, std::string_view key, int32_t id) -> int32_t {
    uint64_t h = hash_bytes(key.data(), key.size());
    uint32_t tag = static_cast<uint32_t>(h >> 32);
    for (size_t i = h & index.mask;; i = (i + 1) & index.mask) {
      Slot& s = index.slots[i];
      if (s.id < 0) {
        s.tag = tag;
        s.id = id;
        size_t bit = filter_bit(h);
        index.filter[bit / 64] |= uint64_t{1} << (bit % 64);
        return -1;
      }
      if (s.tag == tag && std::string_view(tokens_[s.id]).substr(key.data() - tokens_[id].data()) == key) return s.id;
    }
  };

  for (size_t i = 0; i < tokens_.size(); ++i) {
    const std::string& t = tokens_[i];
    auto id = static_cast<int32_t>(i);
    int32_t dup = insert(index_, t, id);
    if (dup >= 0)
      throw FormatError(fmt::format("duplicate token '{}': first at id {} (line {}), again at id {} (line {})", t, dup,
                                    dup + 1, id, id + 1));
    if (t.size() > max_token_bytes_) max_token_bytes_ = t.size();
    if (t.size() > kContinuationPrefix.size() && t.compare(0, 2, kContinuationPrefix) == 0)
      insert(continuation_index_, std::string_view(t).substr(2), id);
  }
  auto special = [&](std::string_view name) { return find(name); };
  unk_id_ = special("[UNK]");
  cls_id_ = special("[CLS]");
  sep_id_ = special("[SEP]");
  pad_id_ = special("[PAD]");
  mask_id_ = special("[MASK]");
}

int32_t Vocab::lookup(const Index& index, std::string_view key, size_t skip) const {
  if (index.slots.empty()) return -1;
  uint64_t h = hash_bytes(key.data(), key.size());
  size_t bit = filter_bit(h);
  if (!(index.filter[bit / 64] & (uint64_t{1} << (bit % 64)))) return -1;
  uint32_t tag = static_cast<uint32_t>(h >> 32);
  for (size_t i = h & index.mask;; i = (i + 1) & index.mask) {
    const Slot& s = index.slots[i];
    if (s.id < 0) return -1;
    if (s.tag == tag) {
      const std::string& t = tokens_[s.id];
      if (t.size() == key.size() + skip && std::memcmp(t.data() + skip, key.data(), key.size()) == 0) return s.id;
    }
  }
}

int32_t Vocab::find(std::string_view token) const { return lookup(index_, token, 0); }

int32_t Vocab::find_continuation(std::string_view piece) const {
  return piece.empty() ? find(kContinuationPrefix) : lookup(continuation_index_, piece, 2);
}

bool Vocab::contains(std::string_view token) const { return find(token) >= 0; }

int32_t Vocab::id(std::string_view token) const {
  int32_t i = find(token);
  if (i < 0) throw FormatError(fmt::format("token '{}' is not in the vocabulary ({} tokens)", token, tokens_.size()));
  return i;
}

const std::string& Vocab::token(int32_t id) const {
  if (id < 0 || static_cast<size_t>(id) >= tokens_.size())
    throw std::out_of_range(fmt::format("token id {} out of range: the vocabulary has {} tokens", id, tokens_.size()));
  return tokens_[static_cast<size_t>(id)];
}

Vocab Vocab::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(fmt::format("cannot open vocabulary file '{}'", path));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw IoError(fmt::format("cannot read vocabulary file '{}'", path));
  const std::string content = ss.str();

  std::vector<std::string> tokens;
  size_t pos = 0, line_no = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    size_t end = nl == std::string::npos ? content.size() : nl;
    ++line_no;
    std::string_view line(content.data() + pos, end - pos);
    // Like HF: a token is the line without its line ending (trailing spaces and tabs too).
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    try {
      validate_utf8(line);
    } catch (const FormatError& e) {
      throw FormatError(fmt::format("{}:{}: {}", path, line_no, e.what()));
    }
    if (line.empty()) throw FormatError(fmt::format("{}:{}: expected a token, found an empty line", path, line_no));
    tokens.emplace_back(line);
    pos = end + 1;
  }
  if (tokens.empty()) throw FormatError(fmt::format("{}: expected one token per line, found an empty file", path));
  Vocab vocab;
  vocab.tokens_ = std::move(tokens);
  try {
    vocab.build_index();
  } catch (const FormatError& e) {
    // Name the file and the line of the second occurrence.
    std::string msg = e.what();
    size_t at = msg.rfind("(line ");
    std::string line = at == std::string::npos ? "?" : msg.substr(at + 6, msg.find(')', at) - at - 6);
    throw FormatError(fmt::format("{}:{}: {}", path, line, msg));
  }
  if (vocab.unk_id_ < 0) throw FormatError(fmt::format("{}: expected the token [UNK] in the vocabulary, not found", path));
  return vocab;
}

std::string Vocab::fingerprint() const {
  uint64_t h = 0xcbf29ce484222325ull;
  auto mix = [&](unsigned char c) {
    h ^= c;
    h *= 0x100000001b3ull;
  };
  for (const auto& t : tokens_) {
    for (char c : t) mix(static_cast<unsigned char>(c));
    mix('\n');
  }
  return fmt::format("{:016x}", h);
}

}  // namespace xlfuse::text
