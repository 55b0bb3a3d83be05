#pragma once
// A WordPiece vocabulary (vocab.txt: one token per line, line index = id).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace xlfuse::text {

class Vocab {
 public:
  Vocab() = default;
  explicit Vocab(std::vector<std::string> tokens);  // throws FormatError on duplicates
  static Vocab load(const std::string& path);        // throws IoError / FormatError (file:line)

  size_t size() const { return tokens_.size(); }
  bool contains(std::string_view token) const;
  // Id of `token`, or -1. Does not allocate.
  int32_t find(std::string_view token) const;
  // Id of "##" + `piece` (a WordPiece continuation), or -1, without building the string.
  int32_t find_continuation(std::string_view piece) const;
  // Id of the longest token that is a prefix of `text` (of "##" + prefix when `continuation`),
  // or -1; sets *length to its length in bytes (without "##"). Only prefixes ending on a UTF-8
  // character boundary are considered. One forward pass over `text`, no allocation: WordPiece's
  // greedy longest-match step.
  int32_t longest_prefix(std::string_view text, bool continuation, size_t* length) const;
  // Length in bytes of the longest token.
  size_t max_token_bytes() const { return max_token_bytes_; }
  // Id of `token`; throws FormatError naming the token if absent.
  int32_t id(std::string_view token) const;
  const std::string& token(int32_t id) const;

  int32_t unk_id() const { return unk_id_; }
  int32_t cls_id() const { return cls_id_; }
  int32_t sep_id() const { return sep_id_; }
  int32_t pad_id() const { return pad_id_; }
  int32_t mask_id() const { return mask_id_; }
  // 16-hex-digit FNV-1a-64 digest of the token list, to refuse mixing incompatible models.
  std::string fingerprint() const;

 private:
  // Open-addressing hash table of token ids keyed by the token bytes (string_view lookups
  // without allocation; stores ids only, so copies and moves stay valid).
  struct Slot {
    uint32_t tag = 0;  // high bits of the key's hash, compared before the bytes
    int32_t id = -1;   // -1 = empty
  };
  struct Index {
    std::vector<Slot> slots;  // size is a power of two, at most half full
    size_t mask = 0;
    // Two bits per hash bucket of every key prefix ending on a character boundary: "some key
    // starts with this" and "some key is this". No false negatives; small enough to stay in
    // cache, so the longest-prefix walk rarely touches the slot table.
    std::vector<uint64_t> filter;
  };
  void build_index();
  // `hash` is hash_key(key) (computed incrementally by longest_prefix).
  int32_t lookup(const Index& index, std::string_view key, uint64_t hash, size_t skip) const;

  std::vector<std::string> tokens_;
  Index index_;               // all tokens
  Index continuation_index_;  // tokens starting with "##", keyed without the prefix
  size_t max_token_bytes_ = 0;
  int32_t unk_id_ = -1, cls_id_ = -1, sep_id_ = -1, pad_id_ = -1, mask_id_ = -1;
};

}  // namespace xlfuse::text
