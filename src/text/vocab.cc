#include "xlfuse/text/vocab.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/text/unicode.h"

namespace xlfuse::text {
namespace {

constexpr std::string_view kContinuationPrefix = "##";

// FNV-1a over the bytes (incremental, so a forward walk hashes every prefix in one pass).
constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ull;
constexpr uint64_t kFnvPrime = 0x100000001b3ull;
inline uint64_t hash_step(uint64_t h, char c) { return (h ^ static_cast<unsigned char>(c)) * kFnvPrime; }
inline uint64_t hash_key(std::string_view key) {
  uint64_t h = kFnvOffset;
  for (char c : key) h = hash_step(h, c);
  return h;
}
// Finaliser for the slot index and tag.
inline uint64_t mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h;
}

constexpr int kFilterBuckets = 21;  // 2^21 buckets x 2 bits = 512 KiB per index
inline size_t filter_bucket(uint64_t h) { return static_cast<size_t>((h * 0xD6E8FEB86659FD93ull) >> (64 - kFilterBuckets)); }
constexpr uint64_t kPrefixBit = 1, kKeyBit = 2;
inline uint64_t filter_bits(const std::vector<uint64_t>& filter, uint64_t h) {
  size_t b = filter_bucket(h);
  return (filter[b >> 5] >> ((b & 31) * 2)) & 3;
}
inline void set_filter_bits(std::vector<uint64_t>& filter, uint64_t h, uint64_t bits) {
  size_t b = filter_bucket(h);
  filter[b >> 5] |= bits << ((b & 31) * 2);
}
inline bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

Vocab::Vocab(std::vector<std::string> tokens) : tokens_(std::move(tokens)) { build_index(); }

void Vocab::build_index() {
  size_t cap = 16;
  while (cap < tokens_.size() * 2) cap <<= 1;
  index_.slots.assign(cap, Slot{});
  index_.mask = cap - 1;
  continuation_index_.slots.assign(cap, Slot{});
  continuation_index_.mask = cap - 1;
  index_.filter.assign((size_t{1} << kFilterBuckets) / 32, 0);
  continuation_index_.filter.assign((size_t{1} << kFilterBuckets) / 32, 0);
  max_token_bytes_ = 0;

  auto insert = [&](Index& index, std::string_view key, size_t skip, int32_t id) -> int32_t {
    uint64_t h = kFnvOffset;
    for (size_t i = 0; i < key.size(); ++i) {
      h = hash_step(h, key[i]);
      if (i + 1 == key.size() || !is_continuation_byte(key[i + 1])) set_filter_bits(index.filter, h, kPrefixBit);
    }
    uint64_t m = mix(h);
    auto tag = static_cast<uint32_t>(m >> 32);
    for (size_t i = m & index.mask;; i = (i + 1) & index.mask) {
      Slot& s = index.slots[i];
      if (s.id < 0) {
        s.tag = tag;
        s.id = id;
        set_filter_bits(index.filter, h, kKeyBit);
        return -1;
      }
      if (s.tag == tag && std::string_view(tokens_[s.id]).substr(skip) == key) return s.id;
    }
  };

  for (size_t i = 0; i < tokens_.size(); ++i) {
    const std::string& t = tokens_[i];
    auto id = static_cast<int32_t>(i);
    int32_t dup = insert(index_, t, 0, id);
    if (dup >= 0)
      throw FormatError(fmt::format("duplicate token '{}': first at id {} (line {}), again at id {} (line {})", t, dup,
                                    dup + 1, id, id + 1));
    if (t.size() > max_token_bytes_) max_token_bytes_ = t.size();
    if (t.size() > kContinuationPrefix.size() && t.compare(0, 2, kContinuationPrefix) == 0)
      insert(continuation_index_, std::string_view(t).substr(2), 2, id);
  }
  auto special = [&](std::string_view name) { return find(name); };
  unk_id_ = special("[UNK]");
  cls_id_ = special("[CLS]");
  sep_id_ = special("[SEP]");
  pad_id_ = special("[PAD]");
  mask_id_ = special("[MASK]");
}

int32_t Vocab::lookup(const Index& index, std::string_view key, uint64_t hash, size_t skip) const {
  if (index.slots.empty() || !(filter_bits(index.filter, hash) & kKeyBit)) return -1;
  uint64_t m = mix(hash);
  auto tag = static_cast<uint32_t>(m >> 32);
  for (size_t i = m & index.mask;; i = (i + 1) & index.mask) {
    const Slot& s = index.slots[i];
    if (s.id < 0) return -1;
    if (s.tag == tag) {
      const std::string& t = tokens_[s.id];
      if (t.size() == key.size() + skip && std::memcmp(t.data() + skip, key.data(), key.size()) == 0) return s.id;
    }
  }
}

int32_t Vocab::find(std::string_view token) const { return lookup(index_, token, hash_key(token), 0); }

int32_t Vocab::find_continuation(std::string_view piece) const {
  return piece.empty() ? find(kContinuationPrefix) : lookup(continuation_index_, piece, hash_key(piece), 2);
}

int32_t Vocab::longest_prefix(std::string_view text, bool continuation, size_t* length) const {
  const Index& index = continuation ? continuation_index_ : index_;
  if (index.slots.empty()) return -1;
  // Walk forward while some key starts with the text so far; remember where a key may end.
  constexpr size_t kMaxCandidates = 64;
  size_t ends[kMaxCandidates];
  uint64_t hashes[kMaxCandidates];
  size_t n_candidates = 0;
  bool evicted = false;
  uint64_t h = kFnvOffset;
  const size_t n = text.size();
  for (size_t i = 0; i < n; ++i) {
    h = hash_step(h, text[i]);
    if (i + 1 < n && is_continuation_byte(text[i + 1])) continue;
    uint64_t bits = filter_bits(index.filter, h);
    if (!(bits & kPrefixBit)) break;
    if (bits & kKeyBit) {
      if (n_candidates == kMaxCandidates) {  // keep the longest ones
        std::memmove(ends, ends + 1, (kMaxCandidates - 1) * sizeof(size_t));
        std::memmove(hashes, hashes + 1, (kMaxCandidates - 1) * sizeof(uint64_t));
        --n_candidates;
        evicted = true;
      }
      ends[n_candidates] = i + 1;
      hashes[n_candidates] = h;
      ++n_candidates;
    }
  }
  const size_t skip = continuation ? kContinuationPrefix.size() : 0;
  while (n_candidates > 0) {
    --n_candidates;
    int32_t id = lookup(index, text.substr(0, ends[n_candidates]), hashes[n_candidates], skip);
    if (id >= 0) {
      *length = ends[n_candidates];
      return id;
    }
  }
  if (evicted) {  // more than kMaxCandidates possible ends (very long tokens): plain backward search
    for (size_t end = std::min(text.size(), max_token_bytes_); end > 0; --end) {
      if (end < text.size() && is_continuation_byte(text[end])) continue;
      std::string_view key = text.substr(0, end);
      int32_t id = lookup(index, key, hash_key(key), skip);
      if (id >= 0) {
        *length = end;
        return id;
      }
    }
  }
  return -1;
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
