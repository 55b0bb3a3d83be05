// GradientReducer: bucketed all-reduce of the flat gradients, overlapping backward. See
// gradient_reducer.h.
#include "xlfuse/train/gradient_reducer.h"

#include <algorithm>
#include <unordered_set>

#include <torch/csrc/autograd/function.h>
#include <torch/csrc/autograd/function_hook.h>
#include <torch/csrc/autograd/variable.h>
#include <torch/torch.h>

namespace xlfuse::train {
namespace {

// DDP's sizes: a small first bucket so that communication starts early, then the cap.
constexpr int64_t kFirstBucketBytes = 1 << 20;

struct ReadyHook : torch::autograd::FunctionPostHook {
  ReadyHook(GradientReducer* reducer, size_t param) : reducer(reducer), param(param) {}
  torch::autograd::variable_list operator()(const torch::autograd::variable_list& outputs,
                                            const torch::autograd::variable_list& /*inputs*/) override {
    reducer->on_ready(param);
    return outputs;
  }
  GradientReducer* reducer;
  size_t param;
};

struct Slot {
  size_t group;
  int64_t offset, numel;
  at::Tensor tensor;
  bool word_embeddings;
};

bool is_word_embeddings(const std::string& name) {
  const std::string suffix = "word_embeddings.weight";
  return name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

GradientReducer::GradientReducer(AdamW& optimizer, distributed::World& world) : world_(world) {
  // Every parameter's place, deepest first: within a group, a later flat offset is a later
  // parameter of the forward pass, whose gradient backward produces earlier.
  std::vector<Slot> slots;
  std::vector<int64_t> group_numel;
  for (size_t g = 0; g < optimizer.groups().size(); ++g) {
    const auto& grp = optimizer.groups()[g];
    group_numel.push_back(grp.grads.numel());
    for (size_t i = 0; i < grp.tensors.size(); ++i)
      slots.push_back({g, grp.offsets[i], grp.numels[i], grp.tensors[i],
                       is_word_embeddings(grp.names[i]) && grp.tensors[i].dim() == 2});
  }
  auto depth = [&](const Slot& s) {
    return static_cast<double>(s.offset) / static_cast<double>(std::max<int64_t>(1, group_numel[s.group]));
  };
  std::stable_sort(slots.begin(), slots.end(), [&](const Slot& a, const Slot& b) {
    return a.group != b.group ? a.group < b.group : a.offset > b.offset;
  });

  // Buckets: runs of adjacent parameters of one group up to the size cap.
  struct Span {
    size_t group;
    int64_t begin, end;
    double depth;
    std::vector<size_t> slots;
    bool row_sparse;
  };
  std::vector<Span> spans;
  for (size_t i = 0; i < slots.size(); ++i) {
    const Slot& s = slots[i];
    const int64_t cap = (spans.empty() ? kFirstBucketBytes : world.options().bucket_bytes) / 4;
    // The word embeddings get a bucket of their own (row-sparse reduction).
    if (spans.empty() || spans.back().group != s.group || spans.back().end - s.offset > cap || s.word_embeddings ||
        spans.back().row_sparse)
      spans.push_back({s.group, s.offset, s.offset + s.numel, depth(s), {}, s.word_embeddings});
    Span& sp = spans.back();
    sp.begin = std::min(sp.begin, s.offset);
    sp.end = std::max(sp.end, s.offset + s.numel);
    sp.depth = std::min(sp.depth, depth(s));
    sp.slots.push_back(i);
  }
  // Launch order: the bucket whose shallowest parameter is deepest goes first.
  std::stable_sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.depth > b.depth; });

  for (size_t b = 0; b < spans.size(); ++b) {
    const Span& sp = spans[b];
    Bucket bucket;
    bucket.grads = optimizer.groups()[sp.group].grads.narrow(0, sp.begin, sp.end - sp.begin);
    bucket.params = sp.slots.size();
    if (sp.row_sparse) {
      const at::Tensor& w = slots[sp.slots.front()].tensor;
      bucket.row_sparse = true;
      bucket.rows_view = bucket.grads.view(w.sizes());
    }
    bytes_per_update_ += bucket.grads.numel() * static_cast<int64_t>(sizeof(float));
    buckets_.push_back(std::move(bucket));
    for (size_t i : sp.slots) {
      Param p;
      p.tensor = slots[i].tensor;
      p.bucket = b;
      params_.push_back(std::move(p));
    }
  }
  ready_.assign(params_.size(), false);
  for (size_t i = 0; i < params_.size(); ++i) {
    auto& p = params_[i];
    // Held here: a variable keeps its accumulator only weakly.
    p.accumulator = torch::autograd::impl::grad_accumulator(p.tensor);
    p.hook = p.accumulator->add_post_hook(std::make_unique<ReadyHook>(this, i));
  }
}

GradientReducer::~GradientReducer() {
  for (auto& p : params_)
    if (p.accumulator) p.accumulator->del_post_hook(p.hook);
}

void GradientReducer::prepare_for_backward(const at::Tensor& loss) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!armed_) last_update_bytes_ = 0;
  armed_ = true;
  // The accumulators the loss reaches; the others' gradients are final already.
  std::unordered_set<const torch::autograd::Node*> reached;
  std::vector<torch::autograd::Node*> stack;
  if (loss.grad_fn()) stack.push_back(loss.grad_fn().get());
  while (!stack.empty()) {
    torch::autograd::Node* node = stack.back();
    stack.pop_back();
    if (!reached.insert(node).second) continue;
    for (const auto& edge : node->next_edges())
      if (edge.function) stack.push_back(edge.function.get());
  }
  for (size_t i = 0; i < params_.size(); ++i)
    if (!reached.count(params_[i].accumulator.get())) mark_ready(i);
  launch_ready();
}

void GradientReducer::on_ready(size_t param) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!armed_) return;  // an earlier micro-batch of gradient accumulation
  mark_ready(param);
  launch_ready();
}

void GradientReducer::mark_ready(size_t param) {
  if (ready_[param]) return;
  ready_[param] = true;
  ++buckets_[params_[param].bucket].ready;
}

void GradientReducer::set_rows(const at::Tensor& token_ids) {
  std::lock_guard<std::mutex> lock(mutex_);
  rows_ = token_ids.defined() ? std::get<0>(at::_unique(token_ids.reshape({-1}).to(torch::kInt64), /*sorted=*/true))
                              : at::Tensor();
}

void GradientReducer::launch_ready() {
  while (next_launch_ < buckets_.size()) {
    Bucket& b = buckets_[next_launch_];
    if (b.ready < b.params) return;
    if (b.row_sparse && rows_.defined()) {
      // Rows outside the batch's tokens are 0 on every rank: their sum is 0 too.
      b.rows = rows_;
      b.compact = b.rows_view.index_select(0, b.rows);
      b.pending = world_.all_reduce_sum_async(b.compact, "gradient all-reduce");
      last_update_bytes_ += b.compact.numel() * static_cast<int64_t>(sizeof(float));
    } else {
      b.pending = world_.all_reduce_sum_async(b.grads, "gradient all-reduce");
      last_update_bytes_ += b.grads.numel() * static_cast<int64_t>(sizeof(float));
    }
    b.launched = true;
    ++next_launch_;
  }
}

void GradientReducer::finish() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!armed_) last_update_bytes_ = 0;
    for (size_t i = 0; i < params_.size(); ++i) mark_ready(i);
    launch_ready();
  }
  for (auto& b : buckets_) {
    b.pending.wait();
    if (b.compact.defined()) b.rows_view.index_copy_(0, b.rows, b.compact);
    b.compact = b.rows = at::Tensor();
    b.pending = {};
    b.launched = false;
    b.ready = 0;
  }
  ready_.assign(params_.size(), false);
  next_launch_ = 0;
  armed_ = false;
  rows_ = at::Tensor();
}

}  // namespace xlfuse::train
