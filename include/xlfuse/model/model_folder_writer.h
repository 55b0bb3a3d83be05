#pragma once
// Writing a model folder that HF transformers and xlfuse both load: the one place that knows the
// folder's files. Every file is written atomically; a reader never sees a half-written folder file.
//
//   DIR/config.json         the encoder's config (its model_type), with "architectures" = the
//                           head's HF class of the family (BertForMaskedLM, XLMRobertaForMaskedLM,
//                           ...) and, for heads with labels, id2label / label2id
//   DIR/model.safetensors   every parameter under the family's HF names (bert.* / roberta.*,
//                           cls.predictions.* / lm_head.*; checkpoint_names.h) (+ fusion buffers),
//                           metadata format=pt, head_kind and task
//   DIR/vocab.txt           the tokenizer file, byte for byte: vocab.txt (BERT) or
//   (or sentencepiece.bpe.model)  sentencepiece.bpe.model (XLM-R)
//   DIR/xlfuse.json         ModelInfo (task, head, labels, fusion, parent, ...), when given
#include <string>

#include "xlfuse/io/hf_config.h"
#include "xlfuse/model/model_dir.h"
#include "xlfuse/model/task_model.h"

namespace xlfuse::model {

// The tokenizer file of a model folder, as read, to copy into the folders made from it.
struct TokenizerFileCopy {
  std::string name;   // "vocab.txt" or "sentencepiece.bpe.model"; "" = the model family's
  std::string bytes;
  // The tokenizer file of model folder DIR (text::tokenizer_file); IoError when it has none.
  static TokenizerFileCopy read_from(const std::string& dir);
  // FILE itself (e.g. --vocab), under the folder's name for its kind (*.model: SentencePiece).
  static TokenizerFileCopy read_file(const std::string& file);
};

// `info` == nullptr: no xlfuse.json (a plain HF folder, e.g. a pretrained encoder); the labels
// written into config.json are then none. `tokenizer_bytes`: the content of the tokenizer file,
// written as `tokenizer_name` ("" = the family's: vocab.txt for BERT, sentencepiece.bpe.model for
// XLM-R and RoBERTa). std::invalid_argument when `config` and the model are of different
// families; IoError naming the file on failure.
void write_model_folder(const std::string& dir, const TaskModel& model, const io::BertConfig& config,
                        const TokenizerFileCopy& tokenizer_file, const ModelInfo* info);

// The tokenizer file name a model folder of the family holds: vocab.txt or sentencepiece.bpe.model.
std::string default_tokenizer_file_name(io::ModelType type);

}  // namespace xlfuse::model
