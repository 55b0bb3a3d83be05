#include "xlfuse/model/representation.h"

#include <torch/torch.h>

namespace xlfuse::model {

LastLayerRepresentationImpl::LastLayerRepresentationImpl(const io::BertConfig& config)
    : hidden_size_(config.hidden_size) {}

ForwardOptions LastLayerRepresentationImpl::encoder_options() const {
  ForwardOptions options;
  options.all_hidden_states = false;  // keep only the last layer
  options.layer = -1;
  options.pooled = false;
  return options;
}

torch::Tensor LastLayerRepresentationImpl::forward(const EncoderOutput& encoder_output,
                                                   const torch::Tensor& /*attention_mask*/) {
  TORCH_CHECK(!encoder_output.hidden_states.empty() && encoder_output.hidden_states.back().defined(),
              "last-layer representation: the encoder output has no last layer (computed with ForwardOptions::layer "
              "below the last layer?)");
  return encoder_output.hidden_states.back();
}

std::shared_ptr<RepresentationImpl> make_default_representation(const io::BertConfig& config) {
  return std::make_shared<LastLayerRepresentationImpl>(config);
}

}  // namespace xlfuse::model
