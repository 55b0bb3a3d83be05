#pragma once
// AIF: attentional fusion of the last layer X with a lower layer Y (DESIGN.md "DLFA / AIF"), after
// the multi-scale channel attention of Attentional Feature Fusion (Dai et al., WACV 2021; official
// code github.com/YimianDai/open-aff), with a 1x1 convolution over tokens being a Linear on the
// hidden dimension:
//
//   S = X + Y
//   L(S) = norm2(conv2(ReLU(norm1(conv1(S)))))          per real token          ("local.*")
//   G(S) = the same on the mean of S over the real tokens of each sequence,
//          broadcast over its tokens                                             ("global.*")
//   W = sigmoid(L(S) + G(S));   Z = W * X + (1 - W) * Y   (x 2 with double_output: AFF's code)
//
// iAFF ("iaff"), the two-stage variant: the first attention (local, global) gives the initial
// integration Z1 = W1 * X + (1 - W1) * Y; a second attention module with its own weights
// ("local2", "global2") is computed on Z1 and gives Z = W2 * X + (1 - W2) * Y. This follows the
// paper (Eq. 5) and the authors' MXNet code (model/fusion.py, ResGlobLocaforGlobLocaChaFuse); the
// PyTorch port in aff_pytorch/ reuses global_att in the second stage, which we take as a slip (its
// global_att2 is built and never used). Neither stage of the official iAFF multiplies by 2; here
// double_output doubles the final Z of both kinds alike.
//
// Padding never changes an output at a real position, in training or evaluation: every branch runs
// on the real tokens only (packed rows), so batch norm statistics and global means see exactly the
// same numbers whatever padding follows. Norm "batch" is torch's BatchNorm1d over channels
// (momentum 0.1, eps 1e-5, unbiased running variance; eval uses the running statistics): in the
// local branch over all real tokens of the batch, in the global branch over the B pooled vectors.
// Batch norm cannot take batch statistics from a single value per channel (torch refuses): a
// training batch with one sequence (global branch) or one real token (local branch) is normalised
// with the running statistics instead, which are then left unchanged. Norm "layer": LayerNorm over
// E/r and E (eps = the config's layer_norm_eps). Pad positions of the output hold X.
#include <cstdint>
#include <string>

#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>
#include <torch/nn/pimpl.h>

#include "xlfuse/io/hf_config.h"
#include "xlfuse/model/fusion/fusion_options.h"
#include "xlfuse/model/representation.h"

namespace xlfuse::model {

// One attention branch: conv1 (E -> E/r), norm1, ReLU, conv2 (E/r -> E), norm2, on rows [N, E].
struct AffBranchImpl : torch::nn::Module {
  // layer_norm_eps is used by FusionNorm::Layer.
  AffBranchImpl(int64_t channels, int64_t inner_channels, FusionNorm norm, double layer_norm_eps);
  // x: [N, E] -> [N, E]. Batch norm in training mode needs N > 1 (else running statistics).
  torch::Tensor forward(const torch::Tensor& x);
  // conv weights N(0, initializer_range^2), biases 0, norm weights 1 and biases 0, fresh running stats.
  void init_weights(double initializer_range);
  bool batch_norm() const { return !bn1.is_empty(); }

  torch::nn::Linear conv1{nullptr}, conv2{nullptr};
  // Registered as "norm1" / "norm2": one of the two pairs is set, after `norm`.
  torch::nn::BatchNorm1d bn1{nullptr}, bn2{nullptr};
  torch::nn::LayerNorm ln1{nullptr}, ln2{nullptr};

 private:
  torch::Tensor normalise(const torch::Tensor& x, torch::nn::BatchNorm1d& bn, torch::nn::LayerNorm& ln);
};
TORCH_MODULE(AffBranch);

// kind "aif" (one stage) or "iaff" (two stages); see the file comment.
struct AifRepresentationImpl : RepresentationImpl {
  // options: validated FusionOptions of kind "aif" or "iaff" (std::invalid_argument otherwise).
  AifRepresentationImpl(const FusionOptions& options, const io::BertConfig& config);
  std::string kind() const override { return to_string(options_.kind); }
  ForwardOptions encoder_options() const override;
  torch::Tensor forward(const EncoderOutput& encoder_output, const torch::Tensor& attention_mask) override;
  int64_t output_size() const override { return hidden_size_; }
  void init_weights(double initializer_range) override;
  const FusionOptions& options() const { return options_; }

  AffBranch local{nullptr}, global{nullptr};    // first (only) stage
  AffBranch local2{nullptr}, global2{nullptr};  // iaff's second stage

 private:
  FusionOptions options_;
  int64_t hidden_size_;
  int64_t num_layers_;
};
TORCH_MODULE(AifRepresentation);

}  // namespace xlfuse::model
