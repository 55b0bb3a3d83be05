// Sentence-pair and multiple-choice features, and the shared label lookup.
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/data/features.h"

namespace xlfuse::data {
namespace {

std::string join_labels(const std::vector<std::string>& labels) {
  std::string out;
  for (size_t i = 0; i < labels.size(); ++i) {
    if (i) out += ", ";
    out += labels[i];
  }
  return out;
}

// Copies an encoding into a feature (ids, type ids, word ids, offsets).
Feature feature_from_encoding(text::Encoding&& enc) {
  Feature f;
  f.input_ids = std::move(enc.ids);
  f.type_ids = std::move(enc.type_ids);
  f.word_ids = std::move(enc.word_ids);
  f.offsets = std::move(enc.offsets);
  return f;
}

// "a b" with the space left out when either side is empty.
std::string join_space(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return a + " " + b;
}

// Tokens of `text`; an invalid-UTF-8 error gains the example id.
std::vector<text::Token> tokenize_for(const text::Tokenizer& tokenizer, const std::string& text,
                                      const std::string& id) {
  try {
    return tokenizer.tokenize(text);
  } catch (const FormatError& e) {
    throw FormatError(fmt::format("example '{}': {}", id, e.what()));
  }
}

void check_max_seq_length(int value, int minimum, const char* field) {
  if (value < minimum)
    throw ConfigError(fmt::format("{} must be >= {} (room for the special tokens), got {}", field,
                                  minimum, value));
}

}  // namespace

int32_t label_index(const std::vector<std::string>& labels, const std::string& label,
                    const std::string& where) {
  for (size_t i = 0; i < labels.size(); ++i)
    if (labels[i] == label) return static_cast<int32_t>(i);
  throw FormatError(fmt::format("{}: unknown label '{}', expected one of [{}]", where, label,
                                join_labels(labels)));
}

void PairFeatureOptions::validate() const {
  check_max_seq_length(max_seq_length, 3, "features.max_seq_length");
}

void MultipleChoiceFeatureOptions::validate() const {
  check_max_seq_length(max_seq_length, 3, "features.max_seq_length");
}

std::vector<Feature> pair_features(const std::vector<PairExample>& examples,
                                   const text::Tokenizer& tokenizer,
                                   const std::vector<std::string>& labels,
                                   const PairFeatureOptions& options) {
  options.validate();
  std::vector<Feature> features;
  features.reserve(examples.size());
  for (size_t i = 0; i < examples.size(); ++i) {
    const PairExample& ex = examples[i];
    const std::vector<text::Token> a = tokenize_for(tokenizer, ex.text_a, ex.id);
    const std::vector<text::Token> b = tokenize_for(tokenizer, ex.text_b, ex.id);
    Feature f = feature_from_encoding(
        tokenizer.build_inputs(a, &b, static_cast<size_t>(options.max_seq_length)));
    f.label = ex.label ? label_index(labels, *ex.label, "example '" + ex.id + "'") : kIgnoreIndex;
    f.example_index = static_cast<int64_t>(i);
    features.push_back(std::move(f));
  }
  return features;
}

// ---- multiple choice ----

std::string to_string(ChoiceTemplate t) {
  switch (t) {
    case ChoiceTemplate::Copa: return "copa";
    case ChoiceTemplate::Siqa: return "siqa";
    case ChoiceTemplate::CommonsenseQa: return "commonsenseqa";
    case ChoiceTemplate::HellaSwag: return "hellaswag";
    case ChoiceTemplate::CosmosQa: return "cosmosqa";
  }
  return "?";
}

ChoiceTemplate choice_template_from_string(const std::string& name) {
  for (ChoiceTemplate t : {ChoiceTemplate::Copa, ChoiceTemplate::Siqa, ChoiceTemplate::CommonsenseQa,
                           ChoiceTemplate::HellaSwag, ChoiceTemplate::CosmosQa})
    if (to_string(t) == name) return t;
  throw std::invalid_argument(fmt::format(
      "unknown multiple-choice template '{}', expected one of [copa, siqa, commonsenseqa, "
      "hellaswag, cosmosqa]",
      name));
}

ChoiceTemplate choice_template_for_task(const std::string& task) {
  if (task == "xcopa" || task == "copa") return ChoiceTemplate::Copa;
  if (task == "siqa") return ChoiceTemplate::Siqa;
  if (task == "commonsenseqa") return ChoiceTemplate::CommonsenseQa;
  if (task == "hellaswag") return ChoiceTemplate::HellaSwag;
  if (task == "cosmosqa") return ChoiceTemplate::CosmosQa;
  throw std::invalid_argument(fmt::format(
      "no multiple-choice input template for task '{}', expected one of [commonsenseqa, copa, "
      "cosmosqa, hellaswag, siqa, xcopa]",
      task));
}

std::pair<std::string, std::string> choice_segments(const MultipleChoiceExample& example,
                                                    size_t choice, ChoiceTemplate t) {
  if (choice >= example.choices.size())
    throw std::out_of_range(fmt::format("example '{}' has {} choices, asked for choice {}",
                                        example.id, example.choices.size(), choice));
  const std::string& ending = example.choices[choice];
  switch (t) {
    case ChoiceTemplate::Copa:
      // XTREME run_xcopa.py: f"{context} What was the {question}?"
      return {example.context + " What was the " + example.question + "?", ending};
    case ChoiceTemplate::Siqa:
    case ChoiceTemplate::CosmosQa:
      return {join_space(example.context, example.question), ending};
    case ChoiceTemplate::CommonsenseQa:
      return {example.question, ending};
    case ChoiceTemplate::HellaSwag:
      return {example.context, join_space(example.question, ending)};
  }
  throw std::invalid_argument("unknown ChoiceTemplate");
}

std::vector<Feature> multiple_choice_features(const std::vector<MultipleChoiceExample>& examples,
                                              const text::Tokenizer& tokenizer, ChoiceTemplate t,
                                              const MultipleChoiceFeatureOptions& options) {
  options.validate();
  std::vector<Feature> features;
  if (examples.empty()) return features;
  const size_t num_choices = examples.front().choices.size();
  features.reserve(examples.size() * num_choices);
  for (size_t i = 0; i < examples.size(); ++i) {
    const MultipleChoiceExample& ex = examples[i];
    if (ex.choices.size() != num_choices || num_choices == 0)
      throw FormatError(fmt::format(
          "example '{}' has {} choices, expected {} like the first example '{}' (and at least 1)",
          ex.id, ex.choices.size(), num_choices, examples.front().id));
    int32_t label = kIgnoreIndex;
    if (ex.label) {
      if (*ex.label < 0 || static_cast<size_t>(*ex.label) >= num_choices)
        throw FormatError(fmt::format("example '{}': label {} is not a choice index in [0, {})",
                                      ex.id, *ex.label, num_choices));
      label = *ex.label;
    }
    // The first segment is the same for every choice except under HellaSwag; tokenize it once.
    std::vector<text::Token> first_tokens;
    std::string first_text;
    for (size_t c = 0; c < num_choices; ++c) {
      auto [first, second] = choice_segments(ex, c, t);
      if (c == 0 || first != first_text) {
        first_tokens = tokenize_for(tokenizer, first, ex.id);
        first_text = std::move(first);
      }
      const std::vector<text::Token> second_tokens = tokenize_for(tokenizer, second, ex.id);
      Feature f = feature_from_encoding(tokenizer.build_inputs(
          first_tokens, &second_tokens, static_cast<size_t>(options.max_seq_length)));
      f.label = label;
      f.example_index = static_cast<int64_t>(i);
      f.choice = static_cast<int32_t>(c);
      features.push_back(std::move(f));
    }
  }
  return features;
}

}  // namespace xlfuse::data
