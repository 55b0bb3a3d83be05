#pragma once
// Data-parallel gradient averaging that overlaps backward, on the optimiser's flat gradient
// buffers (optimizer.h), in the manner of c10d's Reducer: the gradients are cut into buckets
// (contiguous slices of a group's buffer, the first ~1 MB, then WorldOptions::bucket_bytes), a
// post-hook on every parameter's gradient accumulator marks it ready, and a bucket whose
// parameters are all ready is all-reduced at once, while backward goes on with earlier layers.
//
// Collectives must be issued in the same order on every rank, so buckets are launched strictly in
// a fixed order (deepest layers first, as backward reaches them); a bucket waits for the ones
// before it. Parameters the loss does not reach (the pooler under a tagging head, the heads of
// other tasks in multi-task training) are found by walking the autograd graph before backward and
// count as ready, as DDP's find_unused_parameters does.
//
// The word embeddings' gradient is zero outside the rows of the tokens in the batch, on every
// rank: when the update's token ids are given (set_rows), only those rows are all-reduced (the
// same sum, a fraction of the volume; mBERT's 92 M embedding values are half the model). A tied
// masked-LM decoder makes every row's gradient non-zero: no rows are given there.
//
// The losses are scaled by each rank's share of the batch (batch_shard.h), so the reduction is a
// plain sum: every rank ends with the single-process gradient of the whole batch.
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

#include <ATen/core/Tensor.h>

#include "xlfuse/distributed/world.h"
#include "xlfuse/train/optimizer.h"

namespace torch::autograd {
struct Node;
}

namespace xlfuse::train {

class GradientReducer {
 public:
  // `optimizer` and `world` must outlive the reducer.
  GradientReducer(AdamW& optimizer, distributed::World& world);
  ~GradientReducer();
  GradientReducer(const GradientReducer&) = delete;
  GradientReducer& operator=(const GradientReducer&) = delete;

  // Before the backward pass that completes this update's gradients (the last micro-batch of
  // gradient accumulation): arms the hooks and marks the parameters `loss` does not reach.
  void prepare_for_backward(const at::Tensor& loss);
  // After that backward (or instead of it, when this rank had no rows): launches the buckets not
  // launched yet, in order, and waits for all. The flat gradients then hold the sum over ranks.
  void finish();
  // The word-embedding rows this update's batches use (int64 ids, any order, repeats allowed), or
  // an undefined tensor for all rows. Set before the update's last backward.
  void set_rows(const at::Tensor& token_ids);

  // Bytes all-reduced by the last update.
  int64_t last_update_bytes() const { return last_update_bytes_; }

  size_t buckets() const { return buckets_.size(); }
  // Bytes each rank all-reduces per update.
  int64_t bytes_per_update() const { return bytes_per_update_; }

  // Called by the accumulator hooks.
  void on_ready(size_t param);

 private:
  struct Param {
    at::Tensor tensor;
    size_t bucket = 0;
    std::shared_ptr<torch::autograd::Node> accumulator;
    uintptr_t hook = 0;
  };
  struct Bucket {
    at::Tensor grads;  // a slice of a group's flat gradient buffer
    // The word embeddings' bucket: [vocab, hidden] view of grads, and this update's rows.
    bool row_sparse = false;
    at::Tensor rows_view, rows, compact;
    size_t params = 0;
    size_t ready = 0;
    bool launched = false;
    distributed::World::Pending pending;
  };
  void mark_ready(size_t param);
  void launch_ready();

  distributed::World& world_;
  std::vector<Param> params_;
  std::vector<Bucket> buckets_;
  std::vector<bool> ready_;
  size_t next_launch_ = 0;
  bool armed_ = false;
  int64_t bytes_per_update_ = 0;
  int64_t last_update_bytes_ = 0;
  at::Tensor rows_;
  std::mutex mutex_;
};

}  // namespace xlfuse::train
