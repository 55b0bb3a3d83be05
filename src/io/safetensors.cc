#include "xlfuse/io/safetensors.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>

#include "xlfuse/core/error.h"
#include "xlfuse/io/atomic_file.h"

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
              "xlfuse reads and writes safetensors data as little-endian and needs such a host");

namespace xlfuse::io {
namespace {

using nlohmann::json;

// The reference implementation refuses headers above 100 MB; so do we, before allocating.
constexpr uint64_t kMaxHeaderSize = 100'000'000;
// A valid header nests three levels deep ({name: {shape: [..]}}); anything deeper is refused
// before parsing so that hostile input cannot exhaust the stack.
constexpr int kMaxJsonDepth = 8;

struct DTypeEntry {
  DType dtype;
  const char* name;
  size_t size;
};

constexpr DTypeEntry kDTypes[] = {
    {DType::F64, "F64", 8},   {DType::F32, "F32", 4}, {DType::F16, "F16", 2},
    {DType::BF16, "BF16", 2}, {DType::I64, "I64", 8}, {DType::I32, "I32", 4},
    {DType::I16, "I16", 2},   {DType::I8, "I8", 1},   {DType::U8, "U8", 1},
    {DType::BOOL, "BOOL", 1},
};

const DTypeEntry* find_dtype(const std::string& name) {
  for (const auto& entry : kDTypes) {
    if (name == entry.name) return &entry;
  }
  return nullptr;
}

std::string known_dtype_names() {
  std::string names;
  for (const auto& entry : kDTypes) {
    if (!names.empty()) names += ", ";
    names += entry.name;
  }
  return names;
}

// A short rendering of a JSON value for error messages.
std::string brief(const json& value) {
  std::string text = value.dump(-1, ' ', false, json::error_handler_t::replace);
  constexpr size_t kMax = 80;
  if (text.size() > kMax) text = text.substr(0, kMax) + "...";
  return text;
}

std::string shape_string(const std::vector<int64_t>& shape) {
  return fmt::format("[{}]", fmt::join(shape, ", "));
}

// numel * element size without overflow; false if it does not fit in size_t.
bool checked_byte_count(const std::vector<int64_t>& shape, size_t element_size, size_t* bytes) {
  size_t total = element_size;
  for (int64_t dim : shape) {
    if (dim < 0) return false;
    if (__builtin_mul_overflow(total, static_cast<uint64_t>(dim), &total)) return false;
  }
  *bytes = total;
  return true;
}

// Refuses nesting deeper than kMaxJsonDepth (brackets outside strings).
void check_json_depth(const char* text, size_t size, const std::string& path) {
  int depth = 0;
  bool in_string = false;
  bool escaped = false;
  for (size_t i = 0; i < size; ++i) {
    const char c = text[i];
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > kMaxJsonDepth) {
        throw FormatError(fmt::format(
            "{}: header JSON nests deeper than {} levels (at byte {} of the header); a safetensors "
            "header nests 3 levels",
            path, kMaxJsonDepth, i));
      }
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
}

TensorInfo parse_tensor_entry(const std::string& name, const json& entry, size_t data_size,
                              const std::string& path) {
  const std::string where = fmt::format("{}: tensor '{}'", path, name);
  if (!entry.is_object()) {
    throw FormatError(
        fmt::format("{}: expected an object with dtype, shape and data_offsets, found {}", where,
                    brief(entry)));
  }
  TensorInfo info;
  info.name = name;

  auto dtype_it = entry.find("dtype");
  if (dtype_it == entry.end()) throw FormatError(where + ": missing field 'dtype'");
  if (!dtype_it->is_string()) {
    throw FormatError(
        fmt::format("{}: field 'dtype' must be a string, found {}", where, brief(*dtype_it)));
  }
  const std::string dtype_name = dtype_it->get<std::string>();
  const DTypeEntry* dtype = find_dtype(dtype_name);
  if (dtype == nullptr) {
    throw FormatError(
        fmt::format("{}: unknown dtype '{}' (known: {})", where, dtype_name, known_dtype_names()));
  }
  info.dtype = dtype->dtype;

  auto shape_it = entry.find("shape");
  if (shape_it == entry.end()) throw FormatError(where + ": missing field 'shape'");
  const auto bad_shape = [&] {
    return FormatError(
        fmt::format("{}: field 'shape' must be an array of non-negative integers, found {}", where,
                    brief(*shape_it)));
  };
  if (!shape_it->is_array()) throw bad_shape();
  for (const json& dim : *shape_it) {
    if (!dim.is_number_unsigned()) throw bad_shape();  // negative or non-integral
    const uint64_t value = dim.get<uint64_t>();
    if (value > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) throw bad_shape();
    info.shape.push_back(static_cast<int64_t>(value));
  }

  auto offsets_it = entry.find("data_offsets");
  if (offsets_it == entry.end()) throw FormatError(where + ": missing field 'data_offsets'");
  const json& offsets = *offsets_it;
  if (!offsets.is_array() || offsets.size() != 2 || !offsets[0].is_number_unsigned() ||
      !offsets[1].is_number_unsigned()) {
    throw FormatError(fmt::format(
        "{}: field 'data_offsets' must be 2 non-negative integers [begin, end], found {}", where,
        brief(offsets)));
  }
  const uint64_t begin = offsets[0].get<uint64_t>();
  const uint64_t end = offsets[1].get<uint64_t>();
  if (begin > end) {
    throw FormatError(
        fmt::format("{}: data_offsets [{}, {}]: begin is greater than end", where, begin, end));
  }
  if (end > data_size) {
    throw FormatError(
        fmt::format("{}: data_offsets [{}, {}]: end is beyond the data section, which has {} bytes",
                    where, begin, end, data_size));
  }
  info.begin = static_cast<size_t>(begin);
  info.end = static_cast<size_t>(end);

  size_t expected = 0;
  if (!checked_byte_count(info.shape, dtype->size, &expected)) {
    throw FormatError(fmt::format("{}: shape {} with dtype {} is too large (byte count overflows)",
                                  where, shape_string(info.shape), dtype->name));
  }
  if (expected != info.end - info.begin) {
    throw FormatError(fmt::format(
        "{}: data_offsets [{}, {}] hold {} bytes, but shape {} with dtype {} needs {} bytes", where,
        begin, end, info.end - info.begin, shape_string(info.shape), dtype->name, expected));
  }
  return info;
}

std::map<std::string, std::string> parse_metadata(const json& value, const std::string& path) {
  if (!value.is_object()) {
    throw FormatError(
        fmt::format("{}: __metadata__ must be an object mapping strings to strings, found {}", path,
                    brief(value)));
  }
  std::map<std::string, std::string> metadata;
  for (auto it = value.begin(); it != value.end(); ++it) {
    if (!it.value().is_string()) {
      throw FormatError(
          fmt::format("{}: __metadata__ value for key '{}' must be a string, found {}", path,
                      it.key(), brief(it.value())));
    }
    metadata.emplace(it.key(), it.value().get<std::string>());
  }
  return metadata;
}

// The data section must be exactly covered by the tensors: no overlap, no gap, nothing left over.
void check_coverage(const std::vector<TensorInfo>& tensors, size_t data_size,
                    const std::string& path) {
  std::vector<const TensorInfo*> by_offset;
  by_offset.reserve(tensors.size());
  for (const auto& t : tensors) by_offset.push_back(&t);
  std::sort(by_offset.begin(), by_offset.end(), [](const TensorInfo* a, const TensorInfo* b) {
    if (a->begin != b->begin) return a->begin < b->begin;
    if (a->end != b->end) return a->end < b->end;
    return a->name < b->name;
  });
  size_t covered = 0;                // every byte below this offset belongs to a tensor
  const TensorInfo* last = nullptr;  // the tensor that ends at `covered`
  for (const TensorInfo* t : by_offset) {
    if (t->begin < covered) {
      throw FormatError(fmt::format(
          "{}: tensors '{}' (bytes [{}, {})) and '{}' (bytes [{}, {})) overlap in the data section",
          path, last->name, last->begin, last->end, t->name, t->begin, t->end));
    }
    if (t->begin > covered) {
      throw FormatError(fmt::format(
          "{}: bytes [{}, {}) of the data section are not covered by any tensor ({} '{}')", path,
          covered, t->begin, last ? fmt::format("between '{}' and", last->name) : "before",
          t->name));
    }
    if (t->end > covered || last == nullptr) {
      covered = t->end;
      last = t;
    }
  }
  if (covered != data_size) {
    throw FormatError(
        fmt::format("{}: bytes [{}, {}) of the data section are not covered by any tensor ({})",
                    path, covered, data_size,
                    last ? fmt::format("after the last tensor '{}'", last->name)
                         : "the header lists no tensors"));
  }
}

// Half precision (IEEE 754 binary16) to float, exact for every input.
inline float half_to_float(uint16_t h) {
  const uint32_t sign = static_cast<uint32_t>(h & 0x8000u) << 16;
  const uint32_t exponent = (h >> 10) & 0x1fu;
  const uint32_t mantissa = h & 0x3ffu;
  uint32_t bits;
  if (exponent == 0) {
    // Zero or subnormal: mantissa * 2^-24, exact in float.
    float magnitude = static_cast<float>(mantissa) * 5.9604644775390625e-8f;
    std::memcpy(&bits, &magnitude, sizeof bits);
    bits |= sign;
  } else if (exponent == 0x1f) {
    bits = sign | 0x7f800000u | (mantissa << 13);  // inf or nan (payload kept)
  } else {
    bits = sign | ((exponent + 112u) << 23) | (mantissa << 13);
  }
  float out;
  std::memcpy(&out, &bits, sizeof out);
  return out;
}

}  // namespace

std::string to_string(DType dtype) {
  for (const auto& entry : kDTypes) {
    if (entry.dtype == dtype) return entry.name;
  }
  throw std::invalid_argument(fmt::format("unknown DType value {}", static_cast<int>(dtype)));
}

DType dtype_from_string(const std::string& name) {
  const DTypeEntry* entry = find_dtype(name);
  if (entry == nullptr) {
    throw FormatError(fmt::format("unknown dtype '{}' (known: {})", name, known_dtype_names()));
  }
  return entry->dtype;
}

size_t dtype_size(DType dtype) {
  for (const auto& entry : kDTypes) {
    if (entry.dtype == dtype) return entry.size;
  }
  throw std::invalid_argument(fmt::format("unknown DType value {}", static_cast<int>(dtype)));
}

int64_t TensorInfo::numel() const {
  int64_t n = 1;
  for (int64_t dim : shape) n *= dim;
  return n;
}

struct SafetensorsFile::Mapping {
  void* address = MAP_FAILED;
  size_t size = 0;
  Mapping() = default;
  Mapping(const Mapping&) = delete;
  Mapping& operator=(const Mapping&) = delete;
  ~Mapping() {
    if (address != MAP_FAILED) ::munmap(address, size);
  }
};

SafetensorsFile::SafetensorsFile(SafetensorsFile&&) noexcept = default;
SafetensorsFile& SafetensorsFile::operator=(SafetensorsFile&&) noexcept = default;
SafetensorsFile::~SafetensorsFile() = default;

SafetensorsFile SafetensorsFile::open(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    throw IoError(fmt::format("{}: cannot open safetensors file: {}", path, std::strerror(errno)));
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    const int err = errno;
    ::close(fd);
    throw IoError(fmt::format("{}: cannot stat safetensors file: {}", path, std::strerror(err)));
  }
  if (!S_ISREG(st.st_mode)) {
    ::close(fd);
    throw IoError(fmt::format("{}: not a regular file", path));
  }
  const size_t size = static_cast<size_t>(st.st_size);
  if (size < 8) {
    ::close(fd);
    throw FormatError(
        fmt::format("{}: file is {} bytes, shorter than the 8-byte header length that starts a "
                    "safetensors file",
                    path, size));
  }
  auto mapping = std::make_unique<Mapping>();
  mapping->address = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  const int map_errno = errno;
  ::close(fd);  // the mapping keeps the file alive
  if (mapping->address == MAP_FAILED) {
    throw IoError(
        fmt::format("{}: cannot memory-map {} bytes: {}", path, size, std::strerror(map_errno)));
  }
  mapping->size = size;
  SafetensorsFile file = from_buffer(static_cast<const uint8_t*>(mapping->address), size, path);
  file.mapping_ = std::move(mapping);
  return file;
}

SafetensorsFile SafetensorsFile::from_buffer(const uint8_t* data, size_t size,
                                             const std::string& name) {
  if (data == nullptr && size != 0) {
    throw std::invalid_argument(name + ": SafetensorsFile::from_buffer got a null buffer");
  }
  if (size < 8) {
    throw FormatError(
        fmt::format("{}: file is {} bytes, shorter than the 8-byte header length that starts a "
                    "safetensors file",
                    name, size));
  }
  uint64_t header_size = 0;
  std::memcpy(&header_size, data, sizeof header_size);  // little-endian host (static_assert above)
  if (header_size > kMaxHeaderSize) {
    throw FormatError(fmt::format("{}: header length {} is larger than the limit of {} bytes", name,
                                  header_size, kMaxHeaderSize));
  }
  if (header_size > size - 8) {
    throw FormatError(fmt::format(
        "{}: header length {} is beyond the end of the file ({} bytes, {} after the length field)",
        name, header_size, size, size - 8));
  }

  const char* header_text = reinterpret_cast<const char*>(data + 8);
  const size_t data_offset = 8 + static_cast<size_t>(header_size);

  SafetensorsFile file;
  file.path_ = name;
  file.data_section_ = data + data_offset;
  file.data_size_ = size - data_offset;

  check_json_depth(header_text, static_cast<size_t>(header_size), name);
  json header;
  std::set<std::string> seen;
  std::string duplicate;
  try {
    // The callback sees each top-level key, so a tensor listed twice can be refused (the parsed
    // object would silently keep only the last one).
    const json::parser_callback_t on_event = [&](int depth, json::parse_event_t event,
                                                 json& parsed) {
      if (event == json::parse_event_t::key && depth == 1 && parsed.is_string()) {
        if (!seen.insert(parsed.get<std::string>()).second && duplicate.empty()) {
          duplicate = parsed.get<std::string>();
        }
      }
      return true;
    };
    header = json::parse(header_text, header_text + header_size, on_event);
  } catch (const json::exception& e) {
    throw FormatError(fmt::format("{}: header is not valid JSON: {}", name, e.what()));
  }
  if (!header.is_object()) {
    throw FormatError(
        fmt::format("{}: header must be a JSON object, found {}", name, header.type_name()));
  }
  if (!duplicate.empty()) {
    throw FormatError(
        fmt::format("{}: tensor '{}' is listed twice in the header", name, duplicate));
  }

  try {
    for (auto it = header.begin(); it != header.end(); ++it) {
      if (it.key() == "__metadata__") {
        file.metadata_ = parse_metadata(it.value(), name);
      } else {
        file.tensors_.push_back(parse_tensor_entry(it.key(), it.value(), file.data_size_, name));
      }
    }
  } catch (const json::exception& e) {  // defensive: every access above is type-checked
    throw FormatError(fmt::format("{}: malformed header: {}", name, e.what()));
  }
  // json objects iterate in key order, so tensors_ is already sorted by name.
  check_coverage(file.tensors_, file.data_size_, name);
  return file;
}

const TensorInfo* SafetensorsFile::find(const std::string& name) const {
  auto it = std::lower_bound(tensors_.begin(), tensors_.end(), name,
                             [](const TensorInfo& t, const std::string& n) { return t.name < n; });
  if (it == tensors_.end() || it->name != name) return nullptr;
  return &*it;
}

const uint8_t* SafetensorsFile::data(const TensorInfo& tensor) const {
  // The TensorInfo may come from elsewhere: check it against this file before touching memory.
  size_t bytes = 0;
  if (tensor.begin > tensor.end || tensor.end > data_size_ ||
      !checked_byte_count(tensor.shape, dtype_size(tensor.dtype), &bytes) ||
      bytes != tensor.end - tensor.begin) {
    throw std::invalid_argument(fmt::format(
        "{}: tensor '{}' (bytes [{}, {}), shape {}, dtype {}) does not describe data of this file",
        path_, tensor.name, tensor.begin, tensor.end, shape_string(tensor.shape),
        to_string(tensor.dtype)));
  }
  return data_section_ + tensor.begin;
}

namespace {

bool is_float_dtype(DType dtype) {
  return dtype == DType::F32 || dtype == DType::F16 || dtype == DType::BF16 || dtype == DType::F64;
}
}  // namespace

void SafetensorsFile::read_f32(const TensorInfo& tensor, float* out) const {
  if (!is_float_dtype(tensor.dtype)) {
    throw FormatError(
        fmt::format("{}: tensor '{}' has dtype {}; read_f32 reads only F32, F16, BF16 and F64",
                    path_, tensor.name, to_string(tensor.dtype)));
  }
  const uint8_t* src = data(tensor);
  const size_t n = (tensor.end - tensor.begin) / dtype_size(tensor.dtype);
  if (n > 0 && out == nullptr) {
    throw std::invalid_argument(
        fmt::format("{}: read_f32 of tensor '{}' got a null output buffer", path_, tensor.name));
  }
  switch (tensor.dtype) {
    case DType::F32:
      if (n > 0) std::memcpy(out, src, n * sizeof(float));
      break;
    case DType::F16:
      for (size_t i = 0; i < n; ++i) {
        uint16_t h;
        std::memcpy(&h, src + 2 * i, sizeof h);
        out[i] = half_to_float(h);
      }
      break;
    case DType::BF16:
      for (size_t i = 0; i < n; ++i) {
        uint16_t h;
        std::memcpy(&h, src + 2 * i, sizeof h);
        const uint32_t bits = static_cast<uint32_t>(h) << 16;
        std::memcpy(out + i, &bits, sizeof bits);
      }
      break;
    case DType::F64:
      for (size_t i = 0; i < n; ++i) {
        double d;
        std::memcpy(&d, src + 8 * i, sizeof d);
        out[i] = static_cast<float>(d);
      }
      break;
    default:
      break;  // refused above
  }
}

std::vector<float> SafetensorsFile::read_f32(const std::string& name) const {
  const TensorInfo* tensor = find(name);
  if (tensor == nullptr) {
    throw FormatError(fmt::format("{}: no tensor named '{}' (the file has {} tensors)", path_, name,
                                  tensors_.size()));
  }
  if (!is_float_dtype(tensor->dtype)) {
    read_f32(*tensor, nullptr);  // throws the dtype error before anything is allocated
  }
  std::vector<float> out((tensor->end - tensor->begin) / dtype_size(tensor->dtype));
  read_f32(*tensor, out.data());
  return out;
}

std::vector<int64_t> SafetensorsFile::read_i64(const std::string& name) const {
  const TensorInfo* tensor = find(name);
  if (tensor == nullptr) {
    throw FormatError(fmt::format("{}: no tensor named '{}' (the file has {} tensors)", path_, name,
                                  tensors_.size()));
  }
  const DType dtype = tensor->dtype;
  if (dtype != DType::I64 && dtype != DType::I32 && dtype != DType::I16 && dtype != DType::I8 && dtype != DType::U8) {
    throw FormatError(fmt::format("{}: tensor '{}' has dtype {}; read_i64 reads only I64, I32, I16, I8 and U8",
                                  path_, name, to_string(dtype)));
  }
  const size_t n = (tensor->end - tensor->begin) / dtype_size(dtype);
  const uint8_t* src = data(*tensor);
  std::vector<int64_t> out(n);
  for (size_t i = 0; i < n; ++i) {
    if (dtype == DType::I64) {
      std::memcpy(&out[i], src + 8 * i, 8);
    } else if (dtype == DType::I32) {
      int32_t v;
      std::memcpy(&v, src + 4 * i, 4);
      out[i] = v;
    } else if (dtype == DType::I16) {
      int16_t v;
      std::memcpy(&v, src + 2 * i, 2);
      out[i] = v;
    } else if (dtype == DType::I8) {
      out[i] = static_cast<int8_t>(src[i]);
    } else {
      out[i] = src[i];
    }
  }
  return out;
}

TensorToWrite TensorToWrite::f32(std::string name, std::vector<int64_t> shape, const float* data) {
  TensorToWrite t;
  t.name = std::move(name);
  t.shape = std::move(shape);
  t.data = data;
  return t;
}

TensorToWrite TensorToWrite::i64(std::string name, std::vector<int64_t> shape, const int64_t* data) {
  TensorToWrite t;
  t.name = std::move(name);
  t.shape = std::move(shape);
  t.dtype = DType::I64;
  t.integers = data;
  return t;
}

TensorToWrite TensorToWrite::i32(std::string name, std::vector<int64_t> shape, const int32_t* data) {
  TensorToWrite t;
  t.name = std::move(name);
  t.shape = std::move(shape);
  t.dtype = DType::I32;
  t.integers = data;
  return t;
}

void write_safetensors(const std::string& path, const std::vector<TensorToWrite>& tensors,
                       const std::map<std::string, std::string>& metadata) {
  std::vector<const TensorToWrite*> order;
  order.reserve(tensors.size());
  for (const auto& t : tensors) order.push_back(&t);
  std::sort(order.begin(), order.end(),
            [](const TensorToWrite* a, const TensorToWrite* b) { return a->name < b->name; });

  json header = json::object();
  std::vector<size_t> byte_counts;
  byte_counts.reserve(order.size());
  std::vector<const void*> sources;  // data pointer of each tensor, in `order`
  sources.reserve(order.size());
  size_t offset = 0;
  for (size_t i = 0; i < order.size(); ++i) {
    const TensorToWrite& t = *order[i];
    if (i > 0 && order[i - 1]->name == t.name) {
      throw std::invalid_argument(fmt::format(
          "{}: cannot write tensor '{}' twice (tensor names must be unique)", path, t.name));
    }
    if (t.name == "__metadata__") {
      throw std::invalid_argument(
          fmt::format("{}: '__metadata__' is reserved and cannot name a tensor", path));
    }
    if (t.dtype != DType::F32 && t.dtype != DType::I64 && t.dtype != DType::I32) {
      throw std::invalid_argument(fmt::format("{}: tensor '{}' has dtype {}; the writer supports F32, I64 and I32",
                                              path, t.name, to_string(t.dtype)));
    }
    const void* src = t.dtype == DType::F32 ? static_cast<const void*>(t.data) : t.integers;
    sources.push_back(src);
    size_t bytes = 0;
    if (!checked_byte_count(t.shape, dtype_size(t.dtype), &bytes)) {
      throw std::invalid_argument(
          fmt::format("{}: tensor '{}' has an invalid shape {} (negative or too large)", path,
                      t.name, shape_string(t.shape)));
    }
    if (src == nullptr && bytes > 0) {
      throw std::invalid_argument(
          fmt::format("{}: tensor '{}' (shape {}) has no data (null pointer)", path, t.name,
                      shape_string(t.shape)));
    }
    size_t end = 0;
    if (__builtin_add_overflow(offset, bytes, &end)) {
      throw std::invalid_argument(fmt::format("{}: tensors are too large to write", path));
    }
    header[t.name] = {{"dtype", to_string(t.dtype)}, {"shape", t.shape}, {"data_offsets", {offset, end}}};
    byte_counts.push_back(bytes);
    offset = end;
  }
  if (!metadata.empty()) header["__metadata__"] = metadata;

  std::string header_text;
  try {
    header_text = header.dump();
  } catch (const json::exception& e) {  // e.g. a name that is not valid UTF-8
    throw std::invalid_argument(fmt::format("{}: cannot encode the header: {}", path, e.what()));
  }
  // Pad with spaces so that the data section starts at a multiple of 8 bytes.
  header_text.append((8 - header_text.size() % 8) % 8, ' ');
  const uint64_t header_size = header_text.size();

  write_file_atomic(path, [&](std::ostream& out) {
    char length[8];
    std::memcpy(length, &header_size, sizeof length);
    out.write(length, sizeof length);
    out.write(header_text.data(), static_cast<std::streamsize>(header_text.size()));
    for (size_t i = 0; i < order.size(); ++i) {
      if (byte_counts[i] > 0) {
        out.write(static_cast<const char*>(sources[i]),
                  static_cast<std::streamsize>(byte_counts[i]));
      }
    }
  });
}

}  // namespace xlfuse::io
