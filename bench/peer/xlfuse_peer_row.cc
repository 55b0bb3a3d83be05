// xlfuse's side of the peer comparison (bench/peer/run_peer_bench.py runs it): one row of the
// table on the batches of the shared batch file (batch_file.h), in a fresh process, printing one
// JSON line with the real tokens/s and the process's peak RSS. The peer (peer_bench.py) runs the
// same row on the same file.
//
//   xlfuse_peer_row --model DIR --batches FILE --row ROW [--precision fp32|bf16] [--threads N]
//                   [--profile TRACE.json]
//
// ROW: infer_padded128 | infer_bucketed (token classification, eval, InferenceMode, as
// predict::run_inference) | train_padded128 | train_bucketed (token classification, dropout 0.1,
// one update per batch as TrainingLoop::step: forward + loss under the precision's autocast,
// backward, clipping to 1.0, the flat AdamW step at lr 2e-5, zeroing) | pretrain (the masked-LM
// head, the same update). The model folder is a bare encoder (`xlfuse init-model`); the head is
// initialised as a new one (seed 42). The first batch runs once untimed (warm-up: allocator,
// oneDNN primitives, the optimiser's first step), then every batch is timed once. --profile runs
// the timed pass under libtorch's (legacy) profiler, as peer_bench.py --profile does, and writes
// its chrome trace (profile_ops.py compares the two by operator).
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <torch/csrc/autograd/profiler_legacy.h>
#include <torch/torch.h>

#include "batch_file.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/io/hf_config.h"
#include "xlfuse/io/safetensors.h"
#include "xlfuse/model/precision.h"
#include "xlfuse/model/task_model.h"
#include "xlfuse/runtime/threads.h"
#include "xlfuse/train/optimizer.h"
#include "xlfuse/train/training_loop.h"

namespace {

using namespace xlfuse;
using Clock = std::chrono::steady_clock;

struct Options {
  std::string model, batches, row;
  std::string precision = "fp32";
  int threads = 2;
  std::string profile;  // chrome trace of the timed pass; empty = not profiled
};

// A stored batch as the model's inputs (labels only when training).
struct RowBatch {
  model::TaskInputs inputs;
  int64_t real_tokens = 0;
};

std::vector<RowBatch> read_set(const io::SafetensorsFile& file, const std::string& set, bool with_labels) {
  std::vector<RowBatch> out;
  using bench::peer::tensor_name;
  for (int64_t i = 0; file.find(tensor_name(set, i, "input_ids")); ++i) {
    const auto& shape = file.find(tensor_name(set, i, "input_ids"))->shape;
    auto load = [&](const char* field) {
      auto values = file.read_i64(tensor_name(set, i, field));
      return torch::from_blob(values.data(), shape, torch::kLong).clone();
    };
    RowBatch b;
    b.inputs.input_ids = load("input_ids");
    b.inputs.attention_mask = load("attention_mask");
    b.inputs.token_type_ids = load("token_type_ids");
    if (with_labels) b.inputs.labels = load("labels");
    b.real_tokens = b.inputs.attention_mask.sum().item<int64_t>();
    out.push_back(std::move(b));
  }
  if (out.empty()) throw std::runtime_error(fmt::format("{}: no batch of set '{}'", file.path(), set));
  return out;
}

double peak_rss_mib() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;  // KiB on Linux
}

double current_rss_mib() {
  std::ifstream in("/proc/self/statm");
  long pages = 0, resident = 0;
  in >> pages >> resident;
  return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string flag = argv[i];
    if (i + 1 >= argc) throw std::invalid_argument(fmt::format("{}: missing value", flag));
    const std::string value = argv[++i];
    if (flag == "--model") o.model = value;
    else if (flag == "--batches") o.batches = value;
    else if (flag == "--row") o.row = value;
    else if (flag == "--precision") o.precision = value;
    else if (flag == "--threads") o.threads = std::max(1, std::atoi(value.c_str()));
    else if (flag == "--profile") o.profile = value;
    else throw std::invalid_argument(fmt::format("unknown flag '{}' (see the comment at the top of xlfuse_peer_row.cc)", flag));
  }
  if (o.model.empty() || o.batches.empty() || o.row.empty())
    throw std::invalid_argument("--model DIR, --batches FILE and --row ROW are required");
  bool known = false;
  for (const char* set : bench::peer::kSets) known = known || o.row == set;
  if (!known) throw std::invalid_argument(fmt::format("--row: unknown row '{}'", o.row));
  return o;
}

}  // namespace

int main(int argc, char** argv) try {
  runtime::configure_allocator();  // as xlfuse's main() does
  const Options o = parse(argc, argv);
  runtime::set_threads(o.threads);
  const auto precision = model::parse_precision(o.precision);
  const bool training = o.row.rfind("infer_", 0) != 0;
  const bool pretraining = o.row == "pretrain";

  const auto batch_file = io::SafetensorsFile::open(o.batches);
  auto batches = read_set(batch_file, o.row, training);

  const double start_rss = current_rss_mib();
  const auto config = io::read_bert_config(o.model + "/config.json");
  model::TaskModelOptions mo;
  mo.seed = 42;
  const auto labels = static_cast<int64_t>(data::task_info("udpos").labels.size());
  auto m = model::make_task_model(pretraining ? model::HeadKind::MaskedLm : model::HeadKind::TokenClassification,
                                  config, labels, mo);
  model::load_task_encoder(m, io::SafetensorsFile::open(o.model + "/model.safetensors"));
  const double model_rss = current_rss_mib();

  double seconds = 0, loss_sum = 0;
  int64_t real = 0;
  if (!training) {
    m->eval();
    auto pass = [&](const std::vector<RowBatch>& set) {
      torch::InferenceMode inference;
      model::AutocastGuard autocast(precision);
      for (const auto& b : set) {
        auto logits = m->forward(b.inputs).logits.to(torch::kFloat).contiguous();
        if (logits.numel() == 0) throw std::runtime_error("empty logits");
      }
    };
    pass({batches.front()});
    std::unique_ptr<torch::autograd::profiler::RecordProfile> profiler;
    if (!o.profile.empty()) profiler = std::make_unique<torch::autograd::profiler::RecordProfile>(o.profile);
    const auto t0 = Clock::now();
    pass(batches);
    seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    profiler.reset();  // writes the trace
  } else {
    torch::manual_seed(42);
    m->train();
    train::AdamWOptions ao;
    ao.learning_rate = 2e-5;
    train::AdamW optimizer(train::unique_named_parameters(m), ao);
    auto update = [&](const RowBatch& b) {
      torch::Tensor loss;
      {
        model::AutocastGuard autocast(precision);
        loss = m->forward(b.inputs).loss;
      }
      loss.backward();
      optimizer.clip_grad_norm(1.0);
      optimizer.step();
      optimizer.zero_grad();
      return loss.item<double>();
    };
    update(batches.front());
    std::unique_ptr<torch::autograd::profiler::RecordProfile> profiler;
    if (!o.profile.empty()) profiler = std::make_unique<torch::autograd::profiler::RecordProfile>(o.profile);
    const auto t0 = Clock::now();
    for (const auto& b : batches) loss_sum += update(b);
    seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    profiler.reset();
  }
  for (const auto& b : batches) real += b.real_tokens;

  nlohmann::json out;
  out["system"] = "xlfuse";
  out["row"] = o.row;
  out["precision"] = o.precision;
  out["threads"] = o.threads;
  out["profiled"] = !o.profile.empty();
  out["batches"] = batches.size();
  out["real_tokens"] = real;
  out["seconds"] = seconds;
  out["tok_s"] = static_cast<double>(real) / seconds;
  out["loss_sum"] = loss_sum;
  out["start_rss_mib"] = start_rss;
  out["model_rss_mib"] = model_rss;
  out["peak_rss_mib"] = peak_rss_mib();
  std::cout << out.dump() << std::endl;
  return 0;
} catch (const std::exception& e) {
  std::cerr << "xlfuse_peer_row: error: " << e.what() << "\n";
  return 1;
}
