// LAReQA and Mewsli-X training pairs. See retrieval_pairs.h.
#include "xlfuse/data/retrieval_pairs.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <utility>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/data/features.h"
#include "xlfuse/data/sentence_breaks.h"

namespace xlfuse::data {
namespace {

// One segment: [CLS] text [SEP], cut to max_length tokens.
Feature sentence_feature(const text::Tokenizer& tokenizer, const std::string& text, int max_length, int64_t index) {
  text::Encoding enc = tokenizer.encode(text, static_cast<size_t>(max_length));
  Feature f;
  f.input_ids = std::move(enc.ids);
  f.type_ids = std::move(enc.type_ids);
  f.example_index = index;
  return f;
}

// Runs of white space as one space, none at the ends (answers are compared this way).
std::string collapse_spaces(const std::string& s) {
  std::string out;
  bool space = true;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace

// LAReQA training pairs from SQuAD v1.1 as XTREME's processors/squad_retrieval.py builds them:
// the first answer's sentence (sb_sed breaks) + the paragraph, encoded as a pair; questions whose
// answer is not inside one sentence or cannot be recovered from the context are skipped.
RetrievalPairs lareqa_training_pairs(const Dataset& squad, const text::Tokenizer& tokenizer, int max_query_length,
                                     int max_length) {
  const auto& examples = std::get<std::vector<QaExample>>(squad.examples);
  std::vector<PairExample> candidates;
  std::vector<Feature> queries;
  std::string cached_context;
  std::vector<std::pair<size_t, size_t>> breaks;
  int64_t skipped = 0;
  for (const QaExample& ex : examples) {
    if (ex.answers.empty()) {
      ++skipped;
      continue;
    }
    if (ex.context != cached_context) {
      cached_context = ex.context;
      breaks = infer_sentence_breaks(ex.context);
    }
    const QaAnswer& answer = ex.answers.front();
    size_t offset = 0;
    try {
      offset = char_to_byte_offset(ex.context, answer.answer_start);
    } catch (const std::out_of_range&) {
      ++skipped;
      continue;
    }
    std::optional<std::pair<size_t, size_t>> sentence;
    for (const auto& b : breaks)
      if (b.first <= offset && offset < b.second) {
        sentence = b;
        break;
      }
    const std::string span = ex.context.substr(offset, answer.text.size());
    if (!sentence || collapse_spaces(span).find(collapse_spaces(answer.text)) == std::string::npos) {
      ++skipped;
      continue;
    }
    PairExample pair;
    pair.id = ex.id;
    pair.text_a = ex.context.substr(sentence->first, sentence->second - sentence->first);
    pair.text_b = ex.context;
    candidates.push_back(std::move(pair));
    queries.push_back(sentence_feature(tokenizer, ex.question, max_query_length,
                                       static_cast<int64_t>(queries.size())));
  }
  if (skipped > 0)
    XLFUSE_LOG_INFO("[train] lareqa: {} of {} SQuAD questions skipped (answer not inside one sentence)", skipped,
                    examples.size());
  RetrievalPairs out;
  PairFeatureOptions po;
  po.max_seq_length = max_length;
  out.candidates = pair_features(candidates, tokenizer, {}, po);
  out.queries = std::move(queries);
  return out;
}

// Mewsli-X wikipedia_pairs: mention-in-context query -> its entity's description.
RetrievalPairs mewslix_training_pairs(const Dataset& dataset, const text::Tokenizer& tokenizer, int max_query_length,
                                      int max_length) {
  const auto& ex = std::get<MewslixExample>(dataset.examples);
  if (ex.mentions.size() != ex.entities.size())
    throw FormatError(fmt::format("{}: {} mentions but {} entities; wikipedia_pairs need one entity per mention",
                                  dataset.files.empty() ? "mewslix" : dataset.files.front(), ex.mentions.size(),
                                  ex.entities.size()));
  RetrievalPairs out;
  for (size_t i = 0; i < ex.mentions.size(); ++i) {
    const auto index = static_cast<int64_t>(i);
    out.queries.push_back(sentence_feature(tokenizer, ex.mentions[i].query, max_query_length, index));
    out.candidates.push_back(sentence_feature(tokenizer, ex.entities[i].text, max_length, index));
  }
  return out;
}

}  // namespace xlfuse::data
