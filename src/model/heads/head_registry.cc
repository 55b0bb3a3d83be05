#include "xlfuse/model/heads/head_registry.h"

#include <map>
#include <mutex>
#include <stdexcept>

#include <fmt/format.h>
#include <torch/torch.h>

#include "xlfuse/model/heads/dual_encoder.h"
#include "xlfuse/model/heads/masked_lm.h"
#include "xlfuse/model/heads/multiple_choice.h"
#include "xlfuse/model/heads/question_answering.h"
#include "xlfuse/model/heads/sequence_classification.h"
#include "xlfuse/model/heads/token_classification.h"

namespace xlfuse::model {
namespace {

std::map<std::string, HeadEntry>& registry() {
  static std::map<std::string, HeadEntry> entries;
  return entries;
}

void add(HeadEntry entry) { registry().emplace(entry.kind, std::move(entry)); }

// Every built-in head, in one place.
void register_builtin_heads() {
  add({"sequence_classification", "BertForSequenceClassification", /*uses_pooler=*/true, /*uses_num_labels=*/true,
       [](const HeadContext& c) {
         return std::make_shared<SequenceClassificationHeadImpl>(c.config, c.num_labels, c.options);
       }});
  add({"multiple_choice", "BertForMultipleChoice", true, false,
       [](const HeadContext& c) { return std::make_shared<MultipleChoiceHeadImpl>(c.config, c.options); }});
  add({"token_classification", "BertForTokenClassification", false, true,
       [](const HeadContext& c) {
         return std::make_shared<TokenClassificationHeadImpl>(c.config, c.num_labels, c.options, c.input_size);
       }});
  add({"question_answering", "BertForQuestionAnswering", false, false,
       [](const HeadContext& c) { return std::make_shared<QuestionAnsweringHeadImpl>(c.config, c.input_size); }});
  add({"masked_lm", "BertForMaskedLM", false, false,
       [](const HeadContext& c) {
         return std::make_shared<MaskedLmHeadImpl>(c.config, c.input_size, c.bert->embeddings->word_embeddings);
       }});
  add({"dual_encoder", "BertForRetrieval (XTREME)", true, false,
       [](const HeadContext& c) { return std::make_shared<DualEncoderHeadImpl>(c.config, c.options); }});
}

const std::map<std::string, HeadEntry>& heads() {
  static std::once_flag once;
  std::call_once(once, register_builtin_heads);
  return registry();
}

}  // namespace

std::vector<std::string> known_head_kinds() {
  std::vector<std::string> names;
  for (const auto& [name, entry] : heads()) names.push_back(name);
  return names;
}

const HeadEntry& find_head(const std::string& kind) {
  const auto& all = heads();
  auto it = all.find(kind);
  if (it == all.end())
    throw std::invalid_argument(
        fmt::format("unknown head kind '{}': known kinds are {}", kind, fmt::join(known_head_kinds(), ", ")));
  return it->second;
}

}  // namespace xlfuse::model
