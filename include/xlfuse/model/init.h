#pragma once
// Random initialisation of a BERT encoder as HF's BertPreTrainedModel._init_weights does it
// (linear and embedding weights N(0, initializer_range^2), biases 0, LayerNorm 1/0, the padding
// row of the word embeddings 0; for XLM-R/RoBERTa also the padding row of the position
// embeddings, as XLMRobertaPreTrainedModel does), and the `xlfuse init-model` folder it writes: how tests,
// benchmarks and the demo get models when no pretrained weights can be downloaded.
#include <cstdint>
#include <string>

#include "xlfuse/io/hf_config.h"

namespace xlfuse::model {

class BertModel;

void init_bert_weights(BertModel& model, double initializer_range, uint64_t seed);

struct RandomModelOptions {
  // The tokenizer file to use: vocab.txt (model_type bert) or a sentencepiece model (xlm-roberta,
  // roberta); vocab_size and pad_token_id are taken from it, and it is copied into the folder
  // under the family's name (vocab.txt, sentencepiece.bpe.model).
  std::string vocab_path;
  // Output model directory (created; an existing model.safetensors there is refused).
  std::string out_dir;
  // Architecture; vocab_size is overwritten from the vocabulary.
  io::BertConfig config;
  uint64_t seed = 42;
  // Build and save the pooler.
  bool add_pooler = true;
  void validate() const;  // throws ConfigError naming the field
};

// Writes out_dir/{config.json, model.safetensors, vocab.txt or sentencepiece.bpe.model} of a
// freshly initialised encoder. ConfigError when the tokenizer's kind does not suit the model type.
void create_random_model_dir(const RandomModelOptions& options);

}  // namespace xlfuse::model
