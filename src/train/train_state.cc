#include "xlfuse/train/train_state.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>

#include <ATen/CPUGeneratorImpl.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/io/atomic_file.h"
#include "xlfuse/io/safetensors.h"

namespace xlfuse::train {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char* kFormat = "xlfuse-train-state";
constexpr int kVersion = 1;
constexpr const char* kManifest = "MANIFEST.json";
constexpr const char* kModelFile = "model.safetensors";
constexpr const char* kOptimizerFile = "optimizer.safetensors";
constexpr const char* kStateFile = "state.json";
constexpr const char* kHashName = "xlfuse-h64";

// A 64-bit content hash over 32-byte blocks in four independent lanes (fast enough for GB-sized
// files; detects truncation and corruption, not tampering).
class Hasher {
 public:
  void update(const unsigned char* p, size_t n) {
    total_ += n;
    if (pending_ > 0) {
      const size_t take = std::min(n, sizeof(buffer_) - pending_);
      std::memcpy(buffer_ + pending_, p, take);
      pending_ += take;
      p += take;
      n -= take;
      if (pending_ < sizeof(buffer_)) return;
      block(buffer_);
      pending_ = 0;
    }
    while (n >= 32) {
      block(p);
      p += 32;
      n -= 32;
    }
    std::memcpy(buffer_, p, n);
    pending_ = n;
  }
  uint64_t finish() {
    std::memset(buffer_ + pending_, 0, sizeof(buffer_) - pending_);
    if (pending_ > 0) block(buffer_);
    uint64_t h = total_ * kP1;
    for (int i = 0; i < 4; ++i) h = mix(h ^ rotl(lanes_[i], 8 * i + 1));
    return mix(h);
  }

 private:
  static constexpr uint64_t kP1 = 0x9E3779B97F4A7C15ULL, kP2 = 0xC2B2AE3D27D4EB4FULL;
  static uint64_t rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }
  static uint64_t mix(uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
  }
  void block(const unsigned char* p) {
    for (int i = 0; i < 4; ++i) {
      uint64_t w;
      std::memcpy(&w, p + 8 * i, 8);
      lanes_[i] = rotl(lanes_[i] ^ (w * kP2), 31) * kP1;
    }
  }
  uint64_t lanes_[4] = {1, 2, 3, 4};
  unsigned char buffer_[32];
  size_t pending_ = 0;
  uint64_t total_ = 0;
};

std::string hash_file(const fs::path& path, uint64_t* size) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(fmt::format("{}: cannot open for reading", path.string()));
  std::vector<char> chunk(8 << 20);
  Hasher hasher;
  uint64_t n = 0;
  while (in) {
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    const auto got = in.gcount();
    if (got <= 0) break;
    hasher.update(reinterpret_cast<const unsigned char*>(chunk.data()), static_cast<size_t>(got));
    n += static_cast<uint64_t>(got);
  }
  if (in.bad()) throw IoError(fmt::format("{}: read error", path.string()));
  if (size) *size = n;
  return fmt::format("{:016x}", hasher.finish());
}

std::string to_hex(const uint8_t* p, size_t n) {
  static const char* kDigits = "0123456789abcdef";
  std::string out(2 * n, '0');
  for (size_t i = 0; i < n; ++i) {
    out[2 * i] = kDigits[p[i] >> 4];
    out[2 * i + 1] = kDigits[p[i] & 15];
  }
  return out;
}

std::vector<uint8_t> from_hex(const std::string& s, const std::string& where) {
  auto digit = [&](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    throw CheckpointError(fmt::format("{}: invalid hex digit '{}'", where, c));
  };
  if (s.size() % 2 != 0) throw CheckpointError(fmt::format("{}: odd number of hex digits", where));
  std::vector<uint8_t> out(s.size() / 2);
  for (size_t i = 0; i < out.size(); ++i) out[i] = static_cast<uint8_t>(digit(s[2 * i]) * 16 + digit(s[2 * i + 1]));
  return out;
}

void fsync_dir(const fs::path& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

// Float data of tensors to write; non-contiguous tensors are copied (kept alive in `keep`).
void write_tensors(const fs::path& path, const std::vector<NamedTensor>& tensors,
                   const std::map<std::string, std::string>& metadata) {
  std::vector<at::Tensor> keep;
  std::vector<io::TensorToWrite> out;
  for (const auto& [name, t] : tensors) {
    // Buffers such as BatchNorm's num_batches_tracked (int64) are stored as float32: exact up to
    // 2^24, far beyond any step count here; loading copies them back into their own dtype.
    if (t.scalar_type() != at::kFloat && !at::isIntegralType(t.scalar_type(), /*includeBool=*/false))
      throw Error(fmt::format("tensor '{}': only float32 and integer tensors are saved, got {}", name,
                              c10::toString(t.scalar_type())));
    keep.push_back(t.detach().to(at::kCPU).to(at::kFloat).contiguous());
    out.push_back({name, keep.back().sizes().vec(), keep.back().data_ptr<float>()});
  }
  io::write_safetensors(path.string(), out, metadata);
}

int64_t step_of(const std::string& dir_name) {
  static const std::string kPrefix = "checkpoint-";
  if (dir_name.compare(0, kPrefix.size(), kPrefix) != 0) return -1;
  const std::string digits = dir_name.substr(kPrefix.size());
  if (digits.empty() || digits.size() > 18 || !std::all_of(digits.begin(), digits.end(), ::isdigit)) return -1;
  return std::stoll(digits);
}

std::atomic<int> g_save_counter{0};

}  // namespace

void CheckpointOptions::validate() const {
  if (keep_last < 0) throw ConfigError(fmt::format("keep_last: expected >= 0, got {}", keep_last));
}

std::string checkpoint_dir_name(int64_t global_step) { return fmt::format("checkpoint-{}", global_step); }

std::string save_train_state(const std::string& root, const std::vector<NamedTensor>& model_params,
                             const AdamW& optimizer, const LrSchedule& schedule, const TrainProgress& progress,
                             const CheckpointOptions& options) {
  options.validate();
  if (progress.global_step < 0)
    throw ConfigError(fmt::format("global_step: expected >= 0, got {}", progress.global_step));
  const fs::path root_path(root);
  const fs::path final_dir = root_path / checkpoint_dir_name(progress.global_step);
  fs::path tmp_dir;
  try {
    fs::create_directories(root_path);
    // Leftovers of interrupted saves.
    for (const auto& entry : fs::directory_iterator(root_path)) {
      const auto name = entry.path().filename().string();
      if (name.rfind(".tmp-checkpoint-", 0) == 0 || name.rfind(".old-checkpoint-", 0) == 0) {
        XLFUSE_LOG_WARN("[train] removing {} (left by an interrupted save)", entry.path().string());
        fs::remove_all(entry.path());
      }
    }
    tmp_dir = root_path / fmt::format(".tmp-checkpoint-{}-{}-{}", progress.global_step, ::getpid(), g_save_counter++);
    fs::create_directories(tmp_dir);
    auto written = [&](const char* file) {
      if (options.after_file_hook) options.after_file_hook(file);
    };

    torch::NoGradGuard no_grad;
    write_tensors(tmp_dir / kModelFile, model_params, {{"format", kFormat}});
    written(kModelFile);
    write_tensors(tmp_dir / kOptimizerFile, optimizer.state_tensors(), {{"format", kFormat}});
    written(kOptimizerFile);

    json state;
    state["format"] = kFormat;
    state["version"] = kVersion;
    json p;
    p["global_step"] = progress.global_step;
    p["epoch"] = progress.epoch;
    p["batch_in_epoch"] = progress.batch_in_epoch;
    p["has_best"] = progress.has_best;
    // Stored as text too, so that no digit is lost whatever the JSON library does with doubles.
    p["best_metric"] = progress.best_metric;
    p["best_metric_hex"] = to_hex(reinterpret_cast<const uint8_t*>(&progress.best_metric), sizeof(double));
    p["best_step"] = progress.best_step;
    p["extra"] = progress.extra;
    state["progress"] = p;
    json o;
    o["step"] = optimizer.step_count();
    o["learning_rate"] = optimizer.learning_rate();
    o["variant"] = to_string(optimizer.options().variant);
    o["beta1"] = optimizer.options().beta1;
    o["beta2"] = optimizer.options().beta2;
    o["eps"] = optimizer.options().eps;
    o["weight_decay"] = optimizer.options().weight_decay;
    json groups = json::array();
    for (const auto& g : optimizer.groups()) groups.push_back({{"name", g.name}, {"parameters", g.names}});
    o["groups"] = groups;
    state["optimizer"] = o;
    state["schedule"] = {{"kind", to_string(schedule.options().kind)},
                         {"peak_lr", schedule.peak_lr()},
                         {"total_steps", schedule.total_steps()},
                         {"warmup_steps", schedule.warmup_steps()},
                         {"step", schedule.step()}};
    if (options.save_rng) {
      at::Tensor rng;
      {
        auto gen = at::detail::getDefaultCPUGenerator();
        std::lock_guard<std::mutex> lock(gen.mutex());
        rng = gen.get_state();
      }
      rng = rng.contiguous();
      state["rng_cpu"] = to_hex(rng.data_ptr<uint8_t>(), static_cast<size_t>(rng.numel()));
    }
    io::write_file_atomic((tmp_dir / kStateFile).string(), state.dump(1));
    written(kStateFile);

    json manifest;
    manifest["format"] = kFormat;
    manifest["version"] = kVersion;
    manifest["hash"] = kHashName;
    manifest["global_step"] = progress.global_step;
    json files = json::object();
    for (const char* file : {kModelFile, kOptimizerFile, kStateFile}) {
      uint64_t size = 0;
      const std::string h = hash_file(tmp_dir / file, &size);
      files[file] = {{"bytes", size}, {"hash", h}};
    }
    manifest["files"] = files;
    io::write_file_atomic((tmp_dir / kManifest).string(), manifest.dump(1));
    written(kManifest);
    fsync_dir(tmp_dir);

    // Into place: an existing checkpoint of the same step is moved aside first.
    fs::path old_dir;
    if (fs::exists(final_dir)) {
      old_dir = root_path / (".old-" + final_dir.filename().string());
      fs::remove_all(old_dir);
      fs::rename(final_dir, old_dir);
    }
    fs::rename(tmp_dir, final_dir);
    tmp_dir.clear();
    fsync_dir(root_path);
    if (!old_dir.empty()) fs::remove_all(old_dir);
  } catch (const std::exception& e) {
    std::error_code ec;
    if (!tmp_dir.empty()) fs::remove_all(tmp_dir, ec);
    throw IoError(fmt::format("saving checkpoint {}: {}", final_dir.string(), e.what()));
  }

  // Keep the newest keep_last complete checkpoints.
  if (options.keep_last > 0) {
    auto all = list_checkpoints(root);
    const int64_t excess = static_cast<int64_t>(all.size()) - options.keep_last;
    for (int64_t i = 0; i < excess; ++i) {
      if (fs::path(all[static_cast<size_t>(i)]) == final_dir) continue;
      std::error_code ec;
      fs::remove_all(all[static_cast<size_t>(i)], ec);
      if (ec) XLFUSE_LOG_WARN("[train] could not remove old checkpoint {}: {}", all[static_cast<size_t>(i)], ec.message());
    }
  }
  XLFUSE_LOG_INFO("[train] saved checkpoint {} (step {})", final_dir.string(), progress.global_step);
  return final_dir.string();
}

void verify_checkpoint(const std::string& dir) {
  const fs::path d(dir);
  if (!fs::is_directory(d)) throw CheckpointError(fmt::format("{}: checkpoint directory does not exist", dir));
  const fs::path manifest_path = d / kManifest;
  if (!fs::exists(manifest_path))
    throw CheckpointError(fmt::format("{}: no {} - the checkpoint is incomplete (interrupted while saving or "
                                      "copying) and is not loaded; resume from an earlier checkpoint",
                                      dir, kManifest));
  json manifest;
  try {
    manifest = json::parse(io::read_file(manifest_path.string()));
  } catch (const std::exception& e) {
    throw CheckpointError(fmt::format("{}: unreadable manifest: {}", manifest_path.string(), e.what()));
  }
  if (!manifest.is_object() || manifest.value("format", "") != kFormat || !manifest.contains("files") ||
      !manifest["files"].is_object())
    throw CheckpointError(fmt::format("{}: not an {} manifest", manifest_path.string(), kFormat));
  if (manifest.value("version", 0) != kVersion)
    throw CheckpointError(fmt::format("{}: format version {} is not supported (expected {})", manifest_path.string(),
                                      manifest.value("version", 0), kVersion));
  if (manifest.value("hash", "") != kHashName)
    throw CheckpointError(fmt::format("{}: unknown hash '{}'", manifest_path.string(), manifest.value("hash", "")));
  for (const char* file : {kModelFile, kOptimizerFile, kStateFile}) {
    if (!manifest["files"].contains(file))
      throw CheckpointError(fmt::format("{}: the manifest does not list {}", manifest_path.string(), file));
  }
  for (const auto& [file, info] : manifest["files"].items()) {
    const fs::path path = d / file;
    if (!fs::exists(path))
      throw CheckpointError(fmt::format("{}: {} is listed in the manifest but missing", dir, file));
    uint64_t size = 0;
    const std::string h = hash_file(path, &size);
    const uint64_t expected_size = info.value("bytes", uint64_t{0});
    if (size != expected_size)
      throw CheckpointError(fmt::format("{}: expected {} bytes, found {} ({}); the checkpoint is damaged",
                                        path.string(), expected_size, size, size < expected_size ? "truncated" : "grown"));
    if (h != info.value("hash", ""))
      throw CheckpointError(fmt::format("{}: content hash {} does not match the manifest ({}); the checkpoint is "
                                        "damaged",
                                        path.string(), h, info.value("hash", "")));
  }
}

TrainProgress load_train_state(const std::string& dir, const std::vector<NamedTensor>& model_params,
                               AdamW& optimizer, LrSchedule& schedule, bool restore_rng) {
  verify_checkpoint(dir);
  const fs::path d(dir);
  TrainProgress progress;
  try {
    const json state = json::parse(io::read_file((d / kStateFile).string()));
    if (state.value("format", "") != kFormat || state.value("version", 0) != kVersion)
      throw CheckpointError(fmt::format("{}: not a version {} {} file", kStateFile, kVersion, kFormat));

    // --- validate everything first ---
    auto model_file = io::SafetensorsFile::open((d / kModelFile).string());
    std::vector<std::pair<const io::TensorInfo*, at::Tensor>> model_plan;
    std::vector<std::string> problems;
    std::map<std::string, bool> used;
    for (const auto& t : model_file.tensors()) used[t.name] = false;
    for (const auto& [name, t] : model_params) {
      const auto* info = model_file.find(name);
      if (!info) {
        problems.push_back(fmt::format("tensor '{}' not found", name));
        continue;
      }
      used[name] = true;
      if (info->shape != t.sizes().vec() || info->dtype != io::DType::F32) {
        problems.push_back(fmt::format("tensor '{}': expected F32 {}, got {} {}", name, fmt::join(t.sizes().vec(), "x"),
                                       io::to_string(info->dtype), fmt::join(info->shape, "x")));
        continue;
      }
      model_plan.emplace_back(info, t);
    }
    for (const auto& [name, was_used] : used)
      if (!was_used) problems.push_back(fmt::format("tensor '{}' is not a parameter of the model", name));
    if (!problems.empty()) {
      if (problems.size() > 10) problems.resize(10);
      throw CheckpointError(fmt::format("{}: does not match the model: {}", kModelFile, fmt::join(problems, "; ")));
    }

    const json& o = state.at("optimizer");
    if (o.at("variant").get<std::string>() != to_string(optimizer.options().variant))
      throw CheckpointError(fmt::format("optimizer variant: saved '{}', now '{}'", o.at("variant").get<std::string>(),
                                        to_string(optimizer.options().variant)));
    std::vector<std::pair<std::string, std::vector<std::string>>> group_names;
    for (const auto& g : o.at("groups"))
      group_names.emplace_back(g.at("name").get<std::string>(), g.at("parameters").get<std::vector<std::string>>());
    auto opt_file = io::SafetensorsFile::open((d / kOptimizerFile).string());
    std::vector<NamedTensor> opt_tensors;
    for (const auto& t : opt_file.tensors()) {
      auto tensor = at::empty(t.shape, at::kFloat);
      opt_file.read_f32(t, tensor.data_ptr<float>());
      opt_tensors.emplace_back(t.name, tensor);
    }

    const json& s = state.at("schedule");
    if (s.at("kind").get<std::string>() != to_string(schedule.options().kind) ||
        s.at("total_steps").get<int64_t>() != schedule.total_steps() ||
        s.at("warmup_steps").get<int64_t>() != schedule.warmup_steps() ||
        s.at("peak_lr").get<double>() != schedule.peak_lr())
      throw CheckpointError(fmt::format(
          "schedule: saved {} (peak {}, {} steps, warm-up {}), now {} (peak {}, {} steps, warm-up {}); a resumed run "
          "needs the same schedule",
          s.at("kind").get<std::string>(), s.at("peak_lr").get<double>(), s.at("total_steps").get<int64_t>(),
          s.at("warmup_steps").get<int64_t>(), to_string(schedule.options().kind), schedule.peak_lr(),
          schedule.total_steps(), schedule.warmup_steps()));

    at::Tensor rng;
    if (restore_rng) {
      if (!state.contains("rng_cpu"))
        throw CheckpointError("the checkpoint has no RNG state (saved with save_rng=false); load with restore_rng=false");
      const auto bytes = from_hex(state.at("rng_cpu").get<std::string>(), "rng_cpu");
      rng = at::empty({static_cast<int64_t>(bytes.size())}, at::kByte);
      std::memcpy(rng.data_ptr<uint8_t>(), bytes.data(), bytes.size());
    }

    const json& p = state.at("progress");
    progress.global_step = p.at("global_step").get<int64_t>();
    progress.epoch = p.at("epoch").get<int64_t>();
    progress.batch_in_epoch = p.at("batch_in_epoch").get<int64_t>();
    progress.has_best = p.at("has_best").get<bool>();
    const auto best = from_hex(p.at("best_metric_hex").get<std::string>(), "best_metric_hex");
    if (best.size() != sizeof(double)) throw CheckpointError("best_metric_hex: expected 8 bytes");
    std::memcpy(&progress.best_metric, best.data(), sizeof(double));
    progress.best_step = p.at("best_step").get<int64_t>();
    progress.extra = p.at("extra").get<std::map<std::string, std::string>>();

    // --- apply (optimizer.load_state validates before it changes anything) ---
    optimizer.load_state(o.at("step").get<int64_t>(), group_names, opt_tensors);
    optimizer.set_learning_rate(o.at("learning_rate").get<double>());
    {
      torch::NoGradGuard no_grad;
      for (auto& [info, t] : model_plan) {
        if (t.is_contiguous() && t.device().is_cpu() && t.scalar_type() == at::kFloat) {
          model_file.read_f32(*info, t.data_ptr<float>());
        } else {
          auto tmp = at::empty(info->shape, at::kFloat);
          model_file.read_f32(*info, tmp.data_ptr<float>());
          t.copy_(tmp);
        }
      }
    }
    schedule.set_step(s.at("step").get<int64_t>());
    if (rng.defined()) {
      auto gen = at::detail::getDefaultCPUGenerator();
      std::lock_guard<std::mutex> lock(gen.mutex());
      gen.set_state(rng);
    }
  } catch (const CheckpointError& e) {
    throw CheckpointError(fmt::format("loading training state from {}: {}", dir, e.what()));
  } catch (const json::exception& e) {
    throw CheckpointError(fmt::format("loading training state from {}: {}: {}", dir, kStateFile, e.what()));
  }
  XLFUSE_LOG_INFO("[train] resumed from {} (step {}, epoch {}, batch {})", dir, progress.global_step, progress.epoch,
                  progress.batch_in_epoch);
  return progress;
}

std::vector<std::string> list_checkpoints(const std::string& root) {
  std::vector<std::pair<int64_t, std::string>> found;
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return {};
  for (const auto& entry : fs::directory_iterator(root)) {
    if (!entry.is_directory()) continue;
    const int64_t step = step_of(entry.path().filename().string());
    if (step < 0) continue;
    if (!fs::exists(entry.path() / kManifest)) {
      XLFUSE_LOG_WARN("[train] skipping incomplete checkpoint {} (no {})", entry.path().string(), kManifest);
      continue;
    }
    found.emplace_back(step, entry.path().string());
  }
  std::sort(found.begin(), found.end());
  std::vector<std::string> out;
  for (auto& f : found) out.push_back(std::move(f.second));
  return out;
}

std::string latest_checkpoint(const std::string& root) {
  auto all = list_checkpoints(root);
  // The newest one that verifies (a damaged newest one falls back to the previous).
  for (auto it = all.rbegin(); it != all.rend(); ++it) {
    try {
      verify_checkpoint(*it);
      return *it;
    } catch (const CheckpointError& e) {
      XLFUSE_LOG_WARN("[train] {}", e.what());
    }
  }
  return "";
}

}  // namespace xlfuse::train
