#pragma once
// The safetensors format: 8-byte little-endian header length N, N bytes of JSON header
// {name: {dtype, shape, data_offsets: [begin, end]}, "__metadata__": {str: str}}, then the data.
// Reading memory-maps the file and validates the whole header before any tensor is touched.
// As in HF's reference implementation, the header is at most 100 MB, and the tensors must cover
// the data section exactly (no overlap, no gap, no trailing bytes); a tensor name listed twice is
// refused. Error messages start with the file path (or the buffer's name) and name the tensor.
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace xlfuse::io {

enum class DType { F64, F32, F16, BF16, I64, I32, I16, I8, U8, BOOL };

std::string to_string(DType dtype);       // "F32", ...
DType dtype_from_string(const std::string& name);  // throws FormatError listing the known names
size_t dtype_size(DType dtype);

struct TensorInfo {
  std::string name;
  DType dtype = DType::F32;
  std::vector<int64_t> shape;
  size_t begin = 0;  // byte offset of the data, relative to the start of the data section
  size_t end = 0;
  int64_t numel() const;
};

class SafetensorsFile {
 public:
  // Opens and validates `path` (header length, JSON, dtypes, shapes vs. byte counts, offsets
  // inside the data section and not overlapping). Throws FormatError / IoError naming the file.
  static SafetensorsFile open(const std::string& path);
  // Parses from a memory buffer (used by tests and the fuzzer). The buffer must outlive the object.
  static SafetensorsFile from_buffer(const uint8_t* data, size_t size, const std::string& name = "<buffer>");

  SafetensorsFile(SafetensorsFile&&) noexcept;
  SafetensorsFile& operator=(SafetensorsFile&&) noexcept;
  ~SafetensorsFile();

  const std::string& path() const { return path_; }
  // All tensors, sorted by name.
  const std::vector<TensorInfo>& tensors() const { return tensors_; }
  // nullptr if absent.
  const TensorInfo* find(const std::string& name) const;
  const std::map<std::string, std::string>& metadata() const { return metadata_; }

  // Raw bytes of a tensor (little-endian, as stored).
  const uint8_t* data(const TensorInfo& tensor) const;
  // Copies the tensor to `out` (numel floats), converting F16/BF16/F64 to F32. Throws FormatError
  // for integer dtypes.
  void read_f32(const TensorInfo& tensor, float* out) const;
  std::vector<float> read_f32(const std::string& name) const;  // throws if absent
  // Copies an integer tensor (I64, I32, I16, I8, U8) as int64 values. Throws FormatError naming
  // the file and tensor when it is absent or has a float/bool dtype.
  std::vector<int64_t> read_i64(const std::string& name) const;

 private:
  SafetensorsFile() = default;
  struct Mapping;
  std::unique_ptr<Mapping> mapping_;
  std::string path_;
  const uint8_t* data_section_ = nullptr;
  size_t data_size_ = 0;
  std::vector<TensorInfo> tensors_;
  std::map<std::string, std::string> metadata_;
};

// A tensor to write, row-major: F32 values at `data` (the default), or, with dtype I64 / I32,
// the integers at `integers` (exact ids, which F32 cannot hold beyond 2^24).
struct TensorToWrite {
  std::string name;
  std::vector<int64_t> shape;
  const float* data = nullptr;
  DType dtype = DType::F32;
  const void* integers = nullptr;  // int64_t* for I64, int32_t* for I32

  static TensorToWrite f32(std::string name, std::vector<int64_t> shape, const float* data);
  static TensorToWrite i64(std::string name, std::vector<int64_t> shape, const int64_t* data);
  static TensorToWrite i32(std::string name, std::vector<int64_t> shape, const int32_t* data);
};

// Writes a safetensors file (F32, I64 and I32 tensors) atomically (temporary file, fsync, rename): a reader never sees
// a half-written file and a failure leaves any previous file untouched. Tensors are stored in name
// order; the header (keys sorted) is padded with spaces to a multiple of 8 bytes. Throws
// std::invalid_argument for a duplicate or reserved name, a negative shape, null data or another
// dtype, and IoError when the file cannot be written.
void write_safetensors(const std::string& path, const std::vector<TensorToWrite>& tensors,
                       const std::map<std::string, std::string>& metadata = {});

}  // namespace xlfuse::io
