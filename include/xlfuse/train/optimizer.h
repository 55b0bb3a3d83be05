#pragma once
// AdamW over flat parameter groups: at construction every parameter of a group is moved into one
// contiguous buffer (and every gradient into another), so a step is a handful of vectorised ops
// on a few large tensors instead of a loop over ~200 parameters, and clipping by the global norm
// is one reduction per group.
//
// Two update rules (they differ; both have bias correction):
//   Torch (default) = torch.optim.AdamW / libtorch's torch::optim::AdamW:
//       p *= 1 - lr*wd;  m = b1*m + (1-b1)*g;  v = b2*v + (1-b2)*g*g
//       p -= lr/(1-b1^t) * m / (sqrt(v)/sqrt(1-b2^t) + eps)
//   HfLegacy = transformers.AdamW as used by the XTREME scripts (transformers commit cefd51c5,
//   correct_bias=True):
//       m, v as above;  p -= lr*sqrt(1-b2^t)/(1-b1^t) * m / (sqrt(v) + eps);  then p -= lr*wd*p
//     i.e. eps is added to the *uncorrected* sqrt(v) (an effective eps of eps/sqrt(1-b2^t), ~31x
//     larger at step 1 with b2=0.999, tending to eps as t grows), and the decay is applied after
//     the Adam update, to the updated weights (torch: before, to the old ones). The difference
//     matters only where |g| is near eps (e.g. rows of tokens absent from early batches).
//
// How the flattening keeps the model working: a parameter whose storage holds nothing but
// parameters of the same group (a Linear's weight; the query/key/value weights that the encoder
// keeps as views of one fused [3E, E] buffer) keeps its storage object, whose memory is moved into
// the flat buffer. Every tensor aliasing that storage (the encoder's fused QKV buffer included)
// therefore keeps seeing the live weights, and BertSelfAttention::fused_qkv_intact() stays true.
// Any other parameter is re-pointed with Tensor::set_ to a view of the flat buffer.
// After construction, do not move the model (->to()) or replace parameters or gradients: step()
// checks the bindings and throws Error if a parameter left the flat buffer. Gradients set to
// none (undefined) are re-bound to the flat buffer as zeros.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <ATen/core/Tensor.h>

namespace xlfuse::train {

// A parameter with its name (module.named_parameters() order).
using NamedTensor = std::pair<std::string, at::Tensor>;

enum class AdamWVariant { Torch, HfLegacy };
AdamWVariant adamw_variant_from_string(const std::string& name);  // "torch" | "hf_legacy"; ConfigError otherwise
std::string to_string(AdamWVariant variant);

struct AdamWOptions {
  // Learning rate of the first step (a schedule changes it with set_learning_rate()).
  double learning_rate = 5e-5;
  // Exponential decay of the first moment.
  double beta1 = 0.9;
  // Exponential decay of the second moment.
  double beta2 = 0.999;
  // Added to the denominator (XTREME's adam_epsilon).
  double eps = 1e-8;
  // Decoupled weight decay of the "decay" group (0 = none; XTREME QA uses 1e-4).
  double weight_decay = 0.0;
  // Update rule (see the file comment).
  AdamWVariant variant = AdamWVariant::Torch;
  void validate() const;  // throws ConfigError naming the field
};

// Whether a parameter is excluded from weight decay: its name ends with "bias" or contains
// "LayerNorm.weight" (the XTREME scripts' no_decay list), or it is a norm weight or scalar-mix
// weight of the fusion representation ("representation.*.norm*", scalar_weights, gamma).
bool excluded_from_weight_decay(const std::string& name);

// Global L2 norm over a list of gradients (undefined ones skipped), in double precision.
double global_grad_norm(const std::vector<at::Tensor>& grads);

class AdamW {
 public:
  // One group of parameters sharing a weight decay, flattened.
  struct Group {
    // "decay" or "no_decay".
    std::string name;
    double weight_decay = 0.0;
    // Parameter names, in flat-buffer order.
    std::vector<std::string> names;
    // Flat buffers [numel]: parameter values, gradients, first and second moments.
    at::Tensor params, grads, exp_avg, exp_avg_sq;
    // Where each parameter lives in the flat buffers (element offset) and its numel.
    std::vector<int64_t> offsets, numels;
    // The parameters themselves (views/aliases of `params`), same order as names.
    std::vector<at::Tensor> tensors;
  };

  // `params`: the trainable parameters with their names (duplicates of the same tensor are kept
  // once). All must be float32 on one device, defined, and not overlap each other. Parameters
  // that do not require grad are left out. Throws ConfigError otherwise.
  AdamW(const std::vector<NamedTensor>& params, const AdamWOptions& options);
  ~AdamW();
  AdamW(const AdamW&) = delete;
  AdamW& operator=(const AdamW&) = delete;

  // Zeroes the gradients (one fill per group).
  void zero_grad();
  // Scales the gradients so that their global L2 norm is at most `max_norm`, as
  // torch.nn.utils.clip_grad_norm_ (coefficient max_norm / (norm + 1e-6), applied when < 1).
  // Returns the norm before clipping.
  double clip_grad_norm(double max_norm);
  // The global L2 norm of the gradients.
  double grad_norm() const;
  // One update with the current learning rate; increments step_count(). Frozen parameters (see
  // set_frozen) keep their weights and both moments.
  void step();
  // The parameters (by name) the following updates leave untouched, weights and moments, as
  // PyTorch skips parameters without a gradient (multi-task: the heads of the tasks not drawn).
  // Replaces the previous set; empty = update everything. ConfigError for an unknown name.
  void set_frozen(const std::vector<std::string>& names);

  void set_learning_rate(double lr) { lr_ = lr; }
  double learning_rate() const { return lr_; }
  // Updates done so far (Adam's t before the next step).
  int64_t step_count() const { return step_; }
  const AdamWOptions& options() const { return options_; }
  const std::vector<Group>& groups() const { return groups_; }
  // Total number of parameters (scalars) optimised.
  int64_t numel() const;

  // Resumable state: step count and moments. State tensors are named "<group>.exp_avg" and
  // "<group>.exp_avg_sq" (flat, float32).
  std::vector<NamedTensor> state_tensors() const;
  // Restores step count and moments; `group_names` are the parameter names per group as saved
  // (checked against this optimiser's groups). Throws CheckpointError on any mismatch.
  void load_state(int64_t step, const std::vector<std::pair<std::string, std::vector<std::string>>>& group_names,
                  const std::vector<NamedTensor>& tensors);

 private:
  void check_bindings();
  // AdamW's update of every group's flat buffers.
  void update_groups();

  // A frozen parameter's place in a group's flat buffers.
  struct Span {
    size_t group = 0;
    int64_t offset = 0, numel = 0;
  };

  AdamWOptions options_;
  std::vector<Span> frozen_;
  double lr_ = 0.0;
  int64_t step_ = 0;
  std::vector<Group> groups_;
  at::Tensor scratch_;  // [largest group numel], reused for the denominator
};

}  // namespace xlfuse::train
