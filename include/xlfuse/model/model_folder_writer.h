#pragma once
// Writing a model folder that HF transformers and xlfuse both load: the one place that knows the
// folder's files. Every file is written atomically; a reader never sees a half-written folder file.
//
//   DIR/config.json         the encoder's config, with "architectures" = the head's HF class and,
//                           for heads with labels, id2label / label2id
//   DIR/model.safetensors   every parameter under HF names (+ fusion buffers), metadata format=pt,
//                           head_kind and task
//   DIR/vocab.txt           the tokenizer's vocabulary
//   DIR/xlfuse.json         ModelInfo (task, head, labels, fusion, parent, ...), when given
#include <string>

#include "xlfuse/io/hf_config.h"
#include "xlfuse/model/model_dir.h"
#include "xlfuse/model/task_model.h"

namespace xlfuse::model {

// `info` == nullptr: no xlfuse.json (a plain HF folder, e.g. a pretrained encoder); the labels
// written into config.json are then none. IoError naming the file on failure.
void write_model_folder(const std::string& dir, const TaskModel& model, const io::BertConfig& config,
                        const std::string& vocab_text, const ModelInfo* info);

}  // namespace xlfuse::model
