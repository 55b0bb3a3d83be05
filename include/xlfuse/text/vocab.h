#pragma once
// A WordPiece vocabulary (vocab.txt: one token per line, line index = id).
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace xlfuse::text {

class Vocab {
 public:
  Vocab() = default;
  explicit Vocab(std::vector<std::string> tokens);  // throws FormatError on duplicates
  static Vocab load(const std::string& path);        // throws IoError / FormatError (file:line)

  size_t size() const { return tokens_.size(); }
  bool contains(std::string_view token) const;
  // Id of `token`, or -1.
  int32_t find(std::string_view token) const;
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
  std::vector<std::string> tokens_;
  std::unordered_map<std::string, int32_t> index_;
  int32_t unk_id_ = -1, cls_id_ = -1, sep_id_ = -1, pad_id_ = -1, mask_id_ = -1;
};

}  // namespace xlfuse::text
