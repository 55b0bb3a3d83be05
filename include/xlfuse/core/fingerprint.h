#pragma once
// FNV-1a 64 over bytes: the content fingerprint that names models (model.safetensors bytes) and
// ensembles (their members and settings) in raw-output metadata. Not a cryptographic hash.
#include <cstdint>
#include <string>
#include <string_view>

#include <fmt/format.h>

namespace xlfuse {

class Fnv1a64 {
 public:
  void update(std::string_view bytes) {
    for (unsigned char c : bytes) {
      hash_ ^= c;
      hash_ *= 1099511628211ULL;
    }
  }
  // 16 lower-case hex digits.
  std::string hex() const { return fmt::format("{:016x}", hash_); }

 private:
  uint64_t hash_ = 14695981039346656037ULL;  // the offset basis
};

}  // namespace xlfuse
