// gather_raw_outputs: evaluation shards to every rank. See gather_outputs.h.
#include "xlfuse/distributed/gather_outputs.h"

#include <cstring>

#include <fmt/format.h>

namespace xlfuse::distributed {
namespace {

// Packed part: kind, row count, then per array its rows (length-prefixed).
template <typename T>
void put(std::string& out, const T& v) {
  out.append(reinterpret_cast<const char*>(&v), sizeof(T));
}

template <typename T>
void put_vector(std::string& out, const std::vector<T>& v) {
  put(out, static_cast<uint64_t>(v.size()));
  out.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
}

class Reader {
 public:
  explicit Reader(const std::string& bytes) : bytes_(bytes) {}
  template <typename T>
  T get() {
    T v;
    take(&v, sizeof(T));
    return v;
  }
  template <typename T>
  void get_vector(std::vector<T>* out) {
    const auto n = get<uint64_t>();
    if (n > (bytes_.size() - pos_) / sizeof(T)) fail();
    const size_t old = out->size();
    out->resize(old + n);
    take(out->data() + old, n * sizeof(T));
  }
  bool done() const { return pos_ == bytes_.size(); }
  [[noreturn]] void fail() const {
    throw FormatError(fmt::format("gathered raw outputs: a packed part of {} bytes ends early at byte {}",
                                  bytes_.size(), pos_));
  }

 private:
  void take(void* dst, size_t n) {
    if (n > bytes_.size() - pos_) fail();
    if (n > 0) std::memcpy(dst, bytes_.data() + pos_, n);
    pos_ += n;
  }
  const std::string& bytes_;
  size_t pos_ = 0;
};

void put_rows(std::string& out, const std::vector<std::vector<float>>& rows) {
  put(out, static_cast<uint64_t>(rows.size()));
  for (const auto& r : rows) put_vector(out, r);
}

void get_rows(Reader& in, std::vector<std::vector<float>>* rows) {
  const auto n = in.get<uint64_t>();
  for (uint64_t i = 0; i < n; ++i) {
    rows->emplace_back();
    in.get_vector(&rows->back());
  }
}

}  // namespace

std::string pack_rows(const io::RawOutputs& o) {
  std::string out;
  put(out, static_cast<int32_t>(o.kind));
  put_vector(out, o.example_index);
  put_vector(out, o.window);
  put_vector(out, o.choice);
  put_vector(out, o.lengths);
  put_rows(out, o.logits);
  put_rows(out, o.start_logits);
  put_rows(out, o.end_logits);
  put_rows(out, o.embeddings);
  return out;
}

void unpack_rows(const std::string& bytes, io::RawOutputs* into) {
  Reader in(bytes);
  const auto kind = in.get<int32_t>();
  if (kind != static_cast<int32_t>(into->kind))
    throw DistributedError(fmt::format("gathered raw outputs: a part holds {} outputs, expected {}",
                                       io::to_string(static_cast<io::RawOutputKind>(kind)), io::to_string(into->kind)));
  in.get_vector(&into->example_index);
  in.get_vector(&into->window);
  in.get_vector(&into->choice);
  in.get_vector(&into->lengths);
  get_rows(in, &into->logits);
  get_rows(in, &into->start_logits);
  get_rows(in, &into->end_logits);
  get_rows(in, &into->embeddings);
  if (!in.done()) in.fail();
}

io::RawOutputs gather_raw_outputs(World& world, const io::RawOutputs& mine) {
  const std::vector<std::string> parts = world.all_gather_bytes(pack_rows(mine), "evaluation gather");
  io::RawOutputs all;
  all.kind = mine.kind;
  all.meta = mine.meta;
  for (const auto& p : parts) unpack_rows(p, &all);
  all.validate();
  return all;
}

}  // namespace xlfuse::distributed
