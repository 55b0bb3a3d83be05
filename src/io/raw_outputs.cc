// Raw-output files: writing, reading and the compatibility check. See raw_outputs.h.
#include "xlfuse/io/raw_outputs.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/core/fingerprint.h"
#include "xlfuse/io/safetensors.h"

namespace xlfuse::io {

namespace {

constexpr const char* kFormat = "xlfuse.raw_outputs";
constexpr const char* kFormatVersion = "1";

// Metadata keys this struct owns; the rest go to RawOutputsMeta::extra.
const char* const kOwnKeys[] = {"format", "format_version", "output", "model_hash", "vocab_hash", "task", "split",
                                "lang", "labels", "head_kind", "fusion", "xlfuse_version"};

std::string join_labels(const std::vector<std::string>& labels) {
  std::string out;
  for (size_t i = 0; i < labels.size(); ++i) {
    if (i) out += '\n';
    out += labels[i];
  }
  return out;
}

std::vector<std::string> split_labels(const std::string& joined) {
  std::vector<std::string> out;
  if (joined.empty()) return out;
  size_t begin = 0;
  while (true) {
    const size_t end = joined.find('\n', begin);
    out.push_back(joined.substr(begin, end == std::string::npos ? std::string::npos : end - begin));
    if (end == std::string::npos) break;
    begin = end + 1;
  }
  return out;
}

// Rows of different lengths -> one zero-padded [rows, width] buffer.
std::vector<float> pad_rows(const std::vector<std::vector<float>>& rows, size_t width) {
  std::vector<float> out(rows.size() * width, 0.0f);
  for (size_t i = 0; i < rows.size(); ++i) std::copy(rows[i].begin(), rows[i].end(), out.begin() + i * width);
  return out;
}

size_t max_length(const std::vector<int64_t>& lengths) {
  int64_t m = 0;
  for (int64_t l : lengths) m = std::max(m, l);
  return static_cast<size_t>(m);
}

}  // namespace

std::string to_string(RawOutputKind kind) {
  switch (kind) {
    case RawOutputKind::Classification: return "classification";
    case RawOutputKind::MultipleChoice: return "multiple_choice";
    case RawOutputKind::Tagging: return "tagging";
    case RawOutputKind::Qa: return "qa";
    case RawOutputKind::Embeddings: return "embeddings";
  }
  return "?";
}

RawOutputKind raw_output_kind_from_string(const std::string& name) {
  for (RawOutputKind k : {RawOutputKind::Classification, RawOutputKind::MultipleChoice, RawOutputKind::Tagging,
                          RawOutputKind::Qa, RawOutputKind::Embeddings})
    if (to_string(k) == name) return k;
  throw FormatError(fmt::format(
      "raw output kind: expected one of classification, multiple_choice, tagging, qa, embeddings; got '{}'", name));
}

void RawOutputs::validate() const {
  const size_t n = lengths.size();
  auto same = [&](const char* name, size_t size) {
    if (size != n)
      throw std::invalid_argument(fmt::format("raw outputs: {} has {} entries for {} features", name, size, n));
  };
  same("example_index", example_index.size());
  same("window", window.size());
  same("choice", choice.size());
  for (size_t i = 0; i < n; ++i)
    if (lengths[i] < 0) throw std::invalid_argument(fmt::format("raw outputs: feature {} has length {}", i, lengths[i]));
  const size_t labels = meta.labels.size();
  auto rows_of = [&](const char* name, const std::vector<std::vector<float>>& rows, auto expected_size) {
    same(name, rows.size());
    for (size_t i = 0; i < n; ++i) {
      const size_t want = expected_size(i);
      if (rows[i].size() != want)
        throw std::invalid_argument(
            fmt::format("raw outputs: {} of feature {} has {} values, expected {}", name, i, rows[i].size(), want));
    }
  };
  switch (kind) {
    case RawOutputKind::Classification:
      if (labels == 0) throw std::invalid_argument("raw outputs: classification needs the label names (meta.labels)");
      rows_of("logits", logits, [&](size_t) { return labels; });
      break;
    case RawOutputKind::MultipleChoice:
      rows_of("logits", logits, [](size_t) { return size_t{1}; });
      break;
    case RawOutputKind::Tagging:
      if (labels == 0) throw std::invalid_argument("raw outputs: tagging needs the label names (meta.labels)");
      rows_of("logits", logits, [&](size_t i) { return static_cast<size_t>(lengths[i]) * labels; });
      break;
    case RawOutputKind::Qa:
      rows_of("start_logits", start_logits, [&](size_t i) { return static_cast<size_t>(lengths[i]); });
      rows_of("end_logits", end_logits, [&](size_t i) { return static_cast<size_t>(lengths[i]); });
      break;
    case RawOutputKind::Embeddings: {
      const size_t dim = embeddings.empty() ? 0 : embeddings[0].size();
      rows_of("embeddings", embeddings, [&](size_t) { return dim; });
      break;
    }
  }
}

void write_raw_outputs(const std::string& path, const RawOutputs& outputs) {
  outputs.validate();
  const int64_t n = static_cast<int64_t>(outputs.size());
  std::vector<io::TensorToWrite> tensors = {
      io::TensorToWrite::i64("example_index", {n}, outputs.example_index.data()),
      io::TensorToWrite::i64("window", {n}, outputs.window.data()),
      io::TensorToWrite::i64("choice", {n}, outputs.choice.data()),
      io::TensorToWrite::i64("lengths", {n}, outputs.lengths.data()),
  };
  std::vector<float> logits, start, end, embeddings;  // keep the buffers alive until written
  const size_t width = max_length(outputs.lengths);
  const auto labels = static_cast<int64_t>(outputs.meta.labels.size());
  switch (outputs.kind) {
    case RawOutputKind::Classification:
      logits = pad_rows(outputs.logits, static_cast<size_t>(labels));
      tensors.push_back(io::TensorToWrite::f32("logits", {n, labels}, logits.data()));
      break;
    case RawOutputKind::MultipleChoice:
      logits = pad_rows(outputs.logits, 1);
      tensors.push_back(io::TensorToWrite::f32("logits", {n}, logits.data()));
      break;
    case RawOutputKind::Tagging:
      logits = pad_rows(outputs.logits, width * static_cast<size_t>(labels));
      tensors.push_back(io::TensorToWrite::f32("logits", {n, static_cast<int64_t>(width), labels}, logits.data()));
      break;
    case RawOutputKind::Qa:
      start = pad_rows(outputs.start_logits, width);
      end = pad_rows(outputs.end_logits, width);
      tensors.push_back(io::TensorToWrite::f32("start_logits", {n, static_cast<int64_t>(width)}, start.data()));
      tensors.push_back(io::TensorToWrite::f32("end_logits", {n, static_cast<int64_t>(width)}, end.data()));
      break;
    case RawOutputKind::Embeddings: {
      const size_t dim = outputs.embeddings.empty() ? 0 : outputs.embeddings[0].size();
      embeddings = pad_rows(outputs.embeddings, dim);
      tensors.push_back(
          io::TensorToWrite::f32("embeddings", {n, static_cast<int64_t>(dim)}, embeddings.data()));
      break;
    }
  }
  const RawOutputsMeta& m = outputs.meta;
  std::map<std::string, std::string> metadata = m.extra;
  for (const char* key : kOwnKeys) metadata.erase(key);
  metadata["format"] = kFormat;
  metadata["format_version"] = kFormatVersion;
  metadata["output"] = to_string(outputs.kind);
  metadata["model_hash"] = m.model_hash;
  metadata["vocab_hash"] = m.vocab_hash;
  metadata["task"] = m.task;
  metadata["split"] = m.split;
  metadata["lang"] = m.lang;
  metadata["labels"] = join_labels(m.labels);
  metadata["head_kind"] = m.head_kind;
  metadata["fusion"] = m.fusion;
  metadata["xlfuse_version"] = m.xlfuse_version;
  const std::filesystem::path parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(parent, ec);
    if (ec) throw IoError(fmt::format("cannot create the folder {} for {}: {}", parent.string(), path, ec.message()));
  }
  io::write_safetensors(path, tensors, metadata);
}

RawOutputs read_raw_outputs(const std::string& path) {
  const io::SafetensorsFile file = io::SafetensorsFile::open(path);
  const auto& md = file.metadata();
  auto get = [&](const char* key) -> const std::string& {
    auto it = md.find(key);
    if (it == md.end())
      throw FormatError(fmt::format("{}: metadata key \"{}\" is missing (not a raw-output file of xlfuse predict?)",
                                    path, key));
    return it->second;
  };
  if (get("format") != kFormat)
    throw FormatError(fmt::format("{}: metadata \"format\": expected \"{}\", found \"{}\"", path, kFormat, get("format")));
  if (get("format_version") != kFormatVersion)
    throw FormatError(fmt::format("{}: metadata \"format_version\": expected \"{}\", found \"{}\"", path,
                                  kFormatVersion, get("format_version")));
  RawOutputs out;
  try {
    out.kind = raw_output_kind_from_string(get("output"));
  } catch (const FormatError& e) {
    throw FormatError(fmt::format("{}: metadata \"output\": {}", path, e.what()));
  }
  RawOutputsMeta& m = out.meta;
  m.model_hash = get("model_hash");
  m.vocab_hash = get("vocab_hash");
  m.task = get("task");
  m.split = get("split");
  m.lang = get("lang");
  m.labels = split_labels(get("labels"));
  m.head_kind = get("head_kind");
  m.fusion = get("fusion");
  m.xlfuse_version = get("xlfuse_version");
  m.extra = md;
  for (const char* key : kOwnKeys) m.extra.erase(key);

  auto tensor = [&](const char* name, size_t rank) -> const io::TensorInfo& {
    const io::TensorInfo* t = file.find(name);
    if (t == nullptr)
      throw FormatError(fmt::format("{}: tensor \"{}\" is missing (needed by {} outputs)", path, name,
                                    to_string(out.kind)));
    if (t->shape.size() != rank)
      throw FormatError(fmt::format("{}: tensor \"{}\": expected {} dimensions, found {}", path, name, rank,
                                    t->shape.size()));
    return *t;
  };
  for (const char* name : {"example_index", "window", "choice", "lengths"}) tensor(name, 1);
  out.example_index = file.read_i64("example_index");
  out.window = file.read_i64("window");
  out.choice = file.read_i64("choice");
  out.lengths = file.read_i64("lengths");
  const size_t n = out.lengths.size();
  for (size_t i = 0; i < n; ++i)
    if (out.lengths[i] < 0)
      throw FormatError(fmt::format("{}: tensor \"lengths\": feature {} has length {}", path, i, out.lengths[i]));
  for (const char* name : {"example_index", "window", "choice"})
    if (static_cast<size_t>(tensor(name, 1).shape[0]) != n)
      throw FormatError(fmt::format("{}: tensor \"{}\" has {} entries, \"lengths\" has {}", path, name,
                                    tensor(name, 1).shape[0], n));
  const size_t width = max_length(out.lengths);
  const size_t labels = m.labels.size();
  // Splits a padded [n, stride] buffer into rows of row_size(i) values.
  auto unpad = [&](const char* name, size_t stride, auto row_size) {
    const std::vector<float> flat = file.read_f32(name);
    std::vector<std::vector<float>> rows(n);
    for (size_t i = 0; i < n; ++i) {
      const auto begin = flat.begin() + static_cast<std::ptrdiff_t>(i * stride);
      rows[i].assign(begin, begin + static_cast<std::ptrdiff_t>(row_size(i)));
    }
    return rows;
  };
  auto expect_shape = [&](const io::TensorInfo& t, std::vector<int64_t> want) {
    if (t.shape != want)
      throw FormatError(fmt::format("{}: tensor \"{}\": expected shape [{}], found [{}]", path, t.name,
                                    fmt::join(want, ", "), fmt::join(t.shape, ", ")));
  };
  const auto N = static_cast<int64_t>(n), W = static_cast<int64_t>(width), L = static_cast<int64_t>(labels);
  switch (out.kind) {
    case RawOutputKind::Classification:
      expect_shape(tensor("logits", 2), {N, L});
      out.logits = unpad("logits", labels, [&](size_t) { return labels; });
      break;
    case RawOutputKind::MultipleChoice:
      expect_shape(tensor("logits", 1), {N});
      out.logits = unpad("logits", 1, [](size_t) { return size_t{1}; });
      break;
    case RawOutputKind::Tagging:
      expect_shape(tensor("logits", 3), {N, W, L});
      out.logits = unpad("logits", width * labels, [&](size_t i) { return static_cast<size_t>(out.lengths[i]) * labels; });
      break;
    case RawOutputKind::Qa:
      expect_shape(tensor("start_logits", 2), {N, W});
      expect_shape(tensor("end_logits", 2), {N, W});
      out.start_logits = unpad("start_logits", width, [&](size_t i) { return static_cast<size_t>(out.lengths[i]); });
      out.end_logits = unpad("end_logits", width, [&](size_t i) { return static_cast<size_t>(out.lengths[i]); });
      break;
    case RawOutputKind::Embeddings: {
      const io::TensorInfo& t = tensor("embeddings", 2);
      if (t.shape[0] != N)
        throw FormatError(fmt::format("{}: tensor \"embeddings\" has {} rows for {} features", path, t.shape[0], n));
      const auto dim = static_cast<size_t>(t.shape[1]);
      out.embeddings = unpad("embeddings", dim, [&](size_t) { return dim; });
      break;
    }
  }
  try {
    out.validate();
  } catch (const std::invalid_argument& e) {
    throw FormatError(fmt::format("{}: {}", path, e.what()));
  }
  return out;
}

void check_compatible(const RawOutputsMeta& expected, const RawOutputsMeta& found, const std::string& where) {
  auto check = [&](const char* field, const std::string& want, const std::string& got) {
    if (!want.empty() && want != got)
      throw ConfigError(fmt::format("{}: {} differs: expected \"{}\", found \"{}\" (outputs of incompatible "
                                    "models or data cannot be combined)",
                                    where, field, want, got));
  };
  check("vocab_hash (tokenizer vocabulary)", expected.vocab_hash, found.vocab_hash);
  check("model_hash", expected.model_hash, found.model_hash);
  check("task", expected.task, found.task);
  check("split", expected.split, found.split);
  check("lang", expected.lang, found.lang);
  check("head_kind", expected.head_kind, found.head_kind);
  check("fusion", expected.fusion, found.fusion);
  if (!expected.labels.empty() && expected.labels != found.labels)
    throw ConfigError(fmt::format("{}: labels differ: expected [{}], found [{}]", where,
                                  fmt::join(expected.labels, " "), fmt::join(found.labels, " ")));
}

RawOutputs read_raw_outputs(const std::string& path, const RawOutputsMeta& expected) {
  RawOutputs out = read_raw_outputs(path);
  check_compatible(expected, out.meta, path);
  return out;
}

std::string file_fingerprint(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(fmt::format("cannot open {} to compute its fingerprint", path));
  Fnv1a64 h;
  std::vector<char> buffer(1 << 20);
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    h.update(std::string_view(buffer.data(), static_cast<size_t>(in.gcount())));
  }
  if (in.bad()) throw IoError(fmt::format("error while reading {}", path));
  return h.hex();
}

}  // namespace xlfuse::io
