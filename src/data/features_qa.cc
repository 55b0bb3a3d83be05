// Extractive-QA features: question truncation, doc-stride windows, answer token positions and
// the max-context flags of HF run_squad (XTREME era).
#include <algorithm>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/data/features.h"
#include "xlfuse/text/unicode.h"

namespace xlfuse::data {

void QaFeatureOptions::validate() const {
  if (max_query_length < 1)
    throw ConfigError(fmt::format("qa.max_query_length must be >= 1, got {}", max_query_length));
  if (doc_stride < 1) throw ConfigError(fmt::format("qa.doc_stride must be >= 1, got {}", doc_stride));
  const int room = max_seq_length - max_query_length - 3;
  if (room < doc_stride)
    throw ConfigError(fmt::format(
        "qa.doc_stride ({}) must be <= max_seq_length - max_query_length - 3 = {} - {} - 3 = {}, "
        "or windows would skip document tokens",
        doc_stride, max_seq_length, max_query_length, room));
}

size_t char_to_byte_offset(const std::string& text, int64_t char_offset) {
  if (char_offset < 0)
    throw std::out_of_range(fmt::format("negative character offset {}", char_offset));
  int64_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    // A code point starts at every byte that is not a continuation byte (10xxxxxx).
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      if (chars == char_offset) return i;
      ++chars;
    }
  }
  if (chars == char_offset) return text.size();
  throw std::out_of_range(
      fmt::format("character offset {} is past the end of a text of {} characters", char_offset, chars));
}

namespace {

struct DocSpan {
  size_t start = 0;   // first document token
  size_t length = 0;  // number of document tokens
};

// HF run_squad's _check_is_max_context: the window where `position` has the largest
// min(left, right) + 0.01 * length, the first such window on ties. Scores are compared x100 in
// integers, so no rounding enters.
size_t max_context_span(const std::vector<DocSpan>& spans, size_t position) {
  size_t best = spans.size();
  int64_t best_score = -1;
  for (size_t s = 0; s < spans.size(); ++s) {
    const DocSpan& sp = spans[s];
    if (position < sp.start || position >= sp.start + sp.length) continue;
    const auto left = static_cast<int64_t>(position - sp.start);
    const auto right = static_cast<int64_t>(sp.start + sp.length - 1 - position);
    const int64_t score = 100 * std::min(left, right) + static_cast<int64_t>(sp.length);
    if (score > best_score) {
      best_score = score;
      best = s;
    }
  }
  return best;
}

// Tokens of `text`; an invalid-UTF-8 error gains the question id.
std::vector<text::Token> tokenize_for(const text::Tokenizer& tokenizer, const std::string& text,
                                      const std::string& id) {
  try {
    return tokenizer.tokenize(text);
  } catch (const FormatError& e) {
    throw FormatError(fmt::format("question '{}': {}", id, e.what()));
  }
}

}  // namespace

std::vector<Feature> qa_features(const std::vector<QaExample>& examples,
                                 const text::Tokenizer& tokenizer,
                                 const QaFeatureOptions& options) {
  options.validate();
  const text::SpecialTokens& sp = tokenizer.specials();
  if (sp.cls < 0 || sp.sep < 0)
    throw ConfigError("the vocabulary has no [CLS] or [SEP] token, which QA features need");
  // [CLS] q [SEP] doc [SEP] (BERT) or <s> q </s></s> doc </s> (XLM-R).
  const size_t n_special = sp.count(true);
  if (static_cast<size_t>(options.max_seq_length) < n_special + static_cast<size_t>(options.max_query_length) + 1)
    throw ConfigError(fmt::format("qa.max_seq_length {} leaves no document token after a {}-token question and the "
                                  "{} special tokens",
                                  options.max_seq_length, options.max_query_length, n_special));
  if (options.max_seq_length - options.max_query_length - static_cast<int>(n_special) < options.doc_stride)
    throw ConfigError(fmt::format("qa.doc_stride ({}) must be <= max_seq_length - max_query_length - {} (special "
                                  "tokens) = {}, or windows would skip document tokens",
                                  options.doc_stride, n_special,
                                  options.max_seq_length - options.max_query_length - static_cast<int>(n_special)));
  const int32_t doc_type = sp.second_type_id;
  std::vector<Feature> features;
  features.reserve(examples.size());
  // SQuAD files list the questions of a paragraph together: tokenize each context once.
  const std::string* doc_context = nullptr;
  std::vector<text::Token> doc;
  for (size_t ei = 0; ei < examples.size(); ++ei) {
    const QaExample& ex = examples[ei];
    std::vector<text::Token> query = tokenize_for(tokenizer, ex.question, ex.id);
    if (query.size() > static_cast<size_t>(options.max_query_length))
      query.resize(static_cast<size_t>(options.max_query_length));
    if (doc_context == nullptr || *doc_context != ex.context) {
      doc = tokenize_for(tokenizer, ex.context, ex.id);
      doc_context = &ex.context;
    }
    const size_t n = doc.size();

    // Gold token span of the first answer, as document token indices.
    bool has_answer = false;
    size_t tok_start = 0, tok_end = 0;
    if (!ex.is_impossible && !ex.answers.empty()) {
      const QaAnswer& a = ex.answers.front();
      size_t b0 = 0, b1 = 0;
      try {
        b0 = char_to_byte_offset(ex.context, a.answer_start);
        b1 = char_to_byte_offset(
            ex.context, a.answer_start + static_cast<int64_t>(text::count_code_points(a.text)));
      } catch (const std::out_of_range& e) {
        throw FormatError(fmt::format("question '{}': answer '{}' at character {} does not fit in its "
                                      "context: {}",
                                      ex.id, a.text, a.answer_start, e.what()));
      }
      // First token ending after the answer's first byte, last token beginning before its end.
      auto first = std::find_if(doc.begin(), doc.end(), [b0](const text::Token& t) { return t.end > b0; });
      auto last = std::find_if(doc.rbegin(), doc.rend(), [b1](const text::Token& t) { return t.begin < b1; });
      if (first != doc.end() && last != doc.rend()) {
        tok_start = static_cast<size_t>(first - doc.begin());
        tok_end = static_cast<size_t>(doc.rend() - last) - 1;
        has_answer = tok_start <= tok_end;
      }
    }

    // Windows: window k starts k * doc_stride tokens in, until one reaches the end.
    const size_t window_len = static_cast<size_t>(options.max_seq_length) - query.size() - n_special;
    std::vector<DocSpan> spans;
    for (size_t start = 0; start < n; start += static_cast<size_t>(options.doc_stride)) {
      const size_t len = std::min(n - start, window_len);
      spans.push_back(DocSpan{start, len});
      if (start + len >= n) break;
    }

    for (size_t s = 0; s < spans.size(); ++s) {
      const DocSpan& span = spans[s];
      Feature f;
      f.example_index = static_cast<int64_t>(ei);
      f.window = static_cast<int32_t>(s);
      const size_t total = query.size() + span.length + n_special;
      f.input_ids.reserve(total);
      auto add = [&f](int32_t id, int32_t type, std::pair<size_t, size_t> offsets, int32_t word,
                      bool context, bool max_context) {
        f.input_ids.push_back(id);
        f.type_ids.push_back(type);
        f.offsets.push_back(offsets);
        f.word_ids.push_back(word);
        f.is_context.push_back(context ? 1 : 0);
        f.token_is_max_context.push_back(max_context ? 1 : 0);
      };
      add(sp.cls, 0, {0, 0}, -1, false, false);
      for (const text::Token& t : query) add(t.id, 0, {0, 0}, -1, false, false);
      add(sp.sep, 0, {0, 0}, -1, false, false);
      for (int32_t k = 1; k < sp.pair_separators; ++k) add(sp.sep, doc_type, {0, 0}, -1, false, false);
      const size_t doc_offset = query.size() + 1 + static_cast<size_t>(sp.pair_separators);  // window's first token
      for (size_t p = span.start; p < span.start + span.length; ++p) {
        const text::Token& t = doc[p];
        add(t.id, doc_type, {t.begin, t.end}, t.word, true, max_context_span(spans, p) == s);
      }
      add(sp.sep, doc_type, {0, 0}, -1, false, false);
      if (has_answer && tok_start >= span.start && tok_end < span.start + span.length) {
        f.start_position = static_cast<int32_t>(tok_start - span.start + doc_offset);
        f.end_position = static_cast<int32_t>(tok_end - span.start + doc_offset);
      }
      features.push_back(std::move(f));
    }
  }
  return features;
}

}  // namespace xlfuse::data
