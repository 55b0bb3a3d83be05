#pragma once
// Examples -> Features (DESIGN "How data flows"): tokenization, the task's input template,
// truncation / splitting / windowing, and label indices. Torch-free; the model side consumes the
// features through data/batching. Features are unpadded (batching pads to the longest item).
//
//   auto tok = text::load_tokenizer(dir);   // vocab.txt or sentencepiece.bpe.model
//   auto feats = pair_features(xnli_examples, *tok, task_info("xnli").labels);
//   auto mc = multiple_choice_features(copa, *tok, choice_template_for_task("xcopa"));
//   auto tags = tagging_features(udpos, *tok, task_info("udpos").labels);
//   auto qa = qa_features(xquad, *tok);
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "xlfuse/data/example.h"
#include "xlfuse/data/feature.h"
#include "xlfuse/text/tokenizer.h"

namespace xlfuse::data {

// Default maximum sequence length of classification, multiple choice and tagging (XTREME scripts).
constexpr int kDefaultMaxSeqLength = 128;

// Index of `label` in `labels`; FormatError naming the label, `where` (an example id) and the
// allowed set when it is not there.
int32_t label_index(const std::vector<std::string>& labels, const std::string& label,
                    const std::string& where);

// ---- sentence pairs (XNLI, PAWS-X, MNLI, QQP, ...) ----

struct PairFeatureOptions {
  // Total length with [CLS] a [SEP] b [SEP]; the pair is truncated longest-first to fit
  // (Tokenizer::build_inputs: the longer segment loses tokens from its end first; XLM-R:
  // <s> a </s></s> b </s>).
  int max_seq_length = kDefaultMaxSeqLength;
  void validate() const;  // ConfigError naming the field
};

// One feature per example: [CLS] text_a [SEP] text_b [SEP], type ids 0/1, offsets into the
// segment each token came from, label = index in `labels` (kIgnoreIndex when unlabelled).
// An unknown label -> FormatError naming it, the example id and the allowed set.
std::vector<Feature> pair_features(const std::vector<PairExample>& examples,
                                   const text::Tokenizer& tokenizer,
                                   const std::vector<std::string>& labels,
                                   const PairFeatureOptions& options = {});

// ---- multiple choice ----

// How a multiple-choice example becomes (first segment, second segment) per choice:
//   Copa          "{context} What was the {question}?"  | choice   (XTREME run_xcopa.py; question
//                                                                    is "cause" or "effect")
//   Siqa          "{context} {question}"                 | choice   (XTREME run_xcopa.py, task siqa)
//   CommonsenseQa "{question}"                           | choice
//   HellaSwag     "{context}" (ctx_a)                    | "{question} {choice}" (ctx_b + ending,
//                                                                    HF's swag / hellaswag recipes)
//   CosmosQa      "{context} {question}"                 | choice
// Where a part is empty the joining space is left out.
enum class ChoiceTemplate { Copa, Siqa, CommonsenseQa, HellaSwag, CosmosQa };
std::string to_string(ChoiceTemplate t);
// "copa" | "siqa" | "commonsenseqa" | "hellaswag" | "cosmosqa" (to_string's names); anything else
// -> std::invalid_argument listing them.
ChoiceTemplate choice_template_from_string(const std::string& name);
// The template of a registry task: xcopa, copa -> Copa; siqa -> Siqa; commonsenseqa ->
// CommonsenseQa; hellaswag -> HellaSwag; cosmosqa -> CosmosQa. Anything else ->
// std::invalid_argument listing the known tasks.
ChoiceTemplate choice_template_for_task(const std::string& task);
// The two text segments of `choice` under template `t` (std::out_of_range if no such choice).
std::pair<std::string, std::string> choice_segments(const MultipleChoiceExample& example,
                                                    size_t choice, ChoiceTemplate t);

struct MultipleChoiceFeatureOptions {
  // Total length of one (example, choice) row; truncated longest-first like pairs.
  int max_seq_length = kDefaultMaxSeqLength;
  void validate() const;
};

// One feature per (example, choice), in example then choice order: choice = the choice number,
// label = the gold choice index on every row of the example (kIgnoreIndex when unlabelled),
// example_index = the example. A label outside [0, choices) -> FormatError naming the example.
// Examples must all have the same number of choices (the rows are grouped by that count when
// batching); otherwise FormatError naming the first example that differs.
std::vector<Feature> multiple_choice_features(const std::vector<MultipleChoiceExample>& examples,
                                              const text::Tokenizer& tokenizer, ChoiceTemplate t,
                                              const MultipleChoiceFeatureOptions& options = {});

// ---- token tagging (UD-POS, PAN-X, CoNLL-U) ----

struct TaggingFeatureOptions {
  // Maximum length of a piece with [CLS] and [SEP]. Sentences are split (never truncated) into
  // pieces of at most max_seq_length - 2 sub-words, as XTREME's utils_preprocess.py does.
  int max_seq_length = kDefaultMaxSeqLength;
  void validate() const;
};

// Each word is tokenized alone; a word giving zero sub-words (or more than max_seq_length - 2,
// which no piece could hold) becomes one [UNK], as in XTREME's preprocessing; an empty word also
// becomes [UNK] so that every word keeps a position. A new piece starts whenever adding the next
// word would make the running sub-word count exceed max_seq_length - 2. Per piece: [CLS] sub-words
// [SEP]. XLM-R (specials().pair_separators 2): <s> sub-words </s></s> with pieces of at most
// max_seq_length - 3 sub-words, as XTREME's scripts do for it (sep_token_extra); token_labels = tag index on each word's first sub-word, kIgnoreIndex on the other
// sub-words, the specials and everywhere for unlabelled sentences; word_ids = the word's index in
// the whole sentence (-1 for specials); offsets = byte span in the words joined by single spaces;
// window = piece number; example_index = the sentence.
// An unknown tag -> FormatError naming it, the sentence id and the allowed set.
std::vector<Feature> tagging_features(const std::vector<TaggingExample>& examples,
                                      const text::Tokenizer& tokenizer,
                                      const std::vector<std::string>& labels,
                                      const TaggingFeatureOptions& options = {});

// ---- extractive QA (SQuAD v1.1 style: XQuAD, MLQA, TyDiQA-GoldP) ----

struct QaFeatureOptions {
  // Total length of a window: [CLS] query [SEP] document tokens [SEP].
  int max_seq_length = 384;
  // Document tokens between the starts of consecutive windows.
  int doc_stride = 128;
  // The question keeps at most this many sub-words (its first ones).
  int max_query_length = 64;
  // ConfigError naming the field; also requires doc_stride <= max_seq_length -
  // max_query_length - 3 so that windows never skip document tokens.
  void validate() const;
};

// Windows as HF run_squad of the XTREME era (transformers cefd51c5) builds them: the document
// (the context's sub-words) is cut into windows of at most max_seq_length - len(query) - 3 tokens,
// window k starting at k * doc_stride, until a window reaches the document's end.
// XLM-R: <s> query </s></s> document </s>, windows of max_seq_length - len(query) - 4 tokens, all
// type ids 0 (the tokenizer's specials() give the template).
// Per feature: type ids 0 for [CLS] query [SEP], 1 for the rest; offsets = byte span in the
// context for document tokens, (0,0) elsewhere; is_context; token_is_max_context (the window
// where the token has the most context, score min(left, right) + 0.01 * window length, first
// window on ties); word_ids = the tokenizer's word index in the context for document tokens, -1
// elsewhere; window; example_index.
// start/end_position come from the first answer (answer_start in code points -> bytes -> the first
// token ending after the answer's first byte and the last token beginning before its end); they
// are 0 ([CLS]) when the answer is not fully inside the window, for impossible questions and for
// unanswered examples. An answer whose span lies outside the context -> FormatError naming the id.
// A context without tokens gives no window, hence no feature (decode_qa then answers "").
std::vector<Feature> qa_features(const std::vector<QaExample>& examples,
                                 const text::Tokenizer& tokenizer,
                                 const QaFeatureOptions& options = {});

// Byte offset of code point `char_offset` in UTF-8 `text` (text.size() for the end);
// std::out_of_range if the text has fewer code points.
size_t char_to_byte_offset(const std::string& text, int64_t char_offset);

}  // namespace xlfuse::data
