#pragma once
// HF's tensor names per model family. xlfuse's modules carry BERT's names (the encoder "bert.*",
// the masked-LM head "cls.predictions.*"); the checkpoints of another family name the same tensors
// its own way, and the translation happens only where a checkpoint is read or written (the
// tensor-name table of an architecture, as in llama.cpp):
//
//   xlfuse (BERT's names)                        XLM-R / RoBERTa checkpoint (HF)
//   bert.*                                       roberta.*
//   cls.predictions.transform.dense.*            lm_head.dense.*
//   cls.predictions.transform.LayerNorm.*        lm_head.layer_norm.*
//   cls.predictions.bias                         lm_head.bias
//   cls.predictions.decoder.* (tied, ignored)    lm_head.decoder.* (tied, ignored)
//   sequence classification only (HF's RobertaClassificationHead on <s>, no pooler; the same
//   computation in eval mode):
//   bert.pooler.dense.*                          classifier.dense.*
//   classifier.*                                 classifier.out_proj.*
//
// For BERT every name is its own. No libtorch in this header.
#include <string>
#include <vector>

#include "xlfuse/io/hf_config.h"
#include "xlfuse/model/heads/head_kind.h"

namespace xlfuse::model {

// One prefix rule: a name starting with `internal` is written as `checkpoint` + the rest.
struct NameRule {
  std::string internal;
  std::string checkpoint;
};

// The rules of a family for a task model with `head` (first match wins); empty for BERT.
std::vector<NameRule> checkpoint_name_rules(io::ModelType type, HeadKind head);
// The rules that hold for every head (the encoder and the masked-LM head's names), for loading
// only the encoder.
std::vector<NameRule> checkpoint_name_rules(io::ModelType type);

// xlfuse name -> checkpoint name, and back (unchanged when no rule matches). A prefix (e.g. of
// ignored tensors, "cls.predictions.decoder.") translates like a name.
std::string to_checkpoint_name(const std::string& internal, const std::vector<NameRule>& rules);
std::string from_checkpoint_name(const std::string& checkpoint, const std::vector<NameRule>& rules);

// Checkpoint prefix of the encoder: "bert." (BERT), "roberta." (XLM-R, RoBERTa).
std::string encoder_prefix(io::ModelType type);
// Checkpoint prefix of the masked-LM (pretraining) head: "cls." (BERT), "lm_head." (XLM-R, RoBERTa).
std::string pretraining_head_prefix(io::ModelType type);

// HF class of the family for a BERT class name: the leading "Bert" replaced ("BertForMaskedLM" ->
// "XLMRobertaForMaskedLM", "RobertaForMaskedLM"; XTREME's "BertForRetrieval" ->
// "XLMRobertaForRetrieval", a name HF does not know either). Other names and BERT: unchanged.
std::string hf_class_name(const std::string& bert_class, io::ModelType type);

}  // namespace xlfuse::model
