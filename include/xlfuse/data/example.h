#pragma once
// Examples: what the readers produce, one plain struct per task shape (DESIGN "How data flows").
// Readers keep the text as it is in the file; building model inputs (e.g. XCOPA's
// "{premise} What was the {question}?") belongs to data/features.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace xlfuse::data {

// Sentence (pair) classification: XNLI, PAWS-X, MNLI/ANLI/SNLI, QQP.
struct PairExample {
  std::string id;                    // "{split}-{lang}-{line}" or the file's own id
  std::string text_a;                // premise / sentence1 / question1
  std::string text_b;                // hypothesis / sentence2 / question2
  std::optional<std::string> label;  // a name from TaskInfo::labels; empty for unlabelled test
};

// Multiple choice: XCOPA/COPA, SIQA, CommonsenseQA, HellaSwag, CosmosQA.
struct MultipleChoiceExample {
  std::string id;
  std::string context;               // premise / context / ctx_a ("" for CommonsenseQA)
  std::string question;              // COPA: "cause" or "effect"; HellaSwag: ctx_b
  std::vector<std::string> choices;  // in file order
  std::optional<int> label;          // index into choices
};

// Token tagging: UD-POS, PAN-X, CoNLL-U (UPOS or DEPREL).
struct TaggingExample {
  std::string id;
  std::vector<std::string> words;
  std::vector<std::string> tags;  // same length as words, or empty (unlabelled test)
};

// One answer of an extractive QA example.
struct QaAnswer {
  std::string text;
  int64_t answer_start = 0;  // in code points (Unicode scalar values), as in SQuAD JSON
};

// Extractive QA (SQuAD v1.1/v2.0 JSON): XQuAD, MLQA, TyDiQA-GoldP, SQuAD.
struct QaExample {
  std::string id;
  std::string title;
  std::string question;
  std::string context;
  std::vector<QaAnswer> answers;            // empty for SQuAD 2.0 unanswerable questions
  bool is_impossible = false;               // SQuAD 2.0
  std::vector<QaAnswer> plausible_answers;  // SQuAD 2.0, for impossible questions
};

// A sentence with its id (Tatoeba: the line index; BUCC: "de-000000001").
struct IdSentence {
  std::string id;
  std::string text;
};

// Bitext retrieval (Tatoeba, BUCC 2018): two sides and the gold pairs (source id, target id).
struct BitextExample {
  std::vector<IdSentence> source;  // the non-English side
  std::vector<IdSentence> target;  // English
  std::vector<std::pair<std::string, std::string>> gold;
};

// LAReQA (XQuAD-R) question; relevant candidates are those sharing `xling_id` (in every language).
struct LareqaQuestion {
  std::string uid;       // "{xling_id}_{lang}"
  std::string xling_id;  // the XQuAD question id, shared across languages
  std::string lang;
  std::string question;
  size_t answer_candidate = 0;  // index into LareqaExample::candidates of the answer sentence
};

// LAReQA candidate: one sentence of a paragraph (from `sentence_breaks`) with its paragraph.
// The encoder input is `sentence + context` concatenated without separator and with newlines
// removed (xtreme-facts 3.4); see candidate_text().
struct LareqaCandidate {
  std::string uid;  // "{lang}_{paragraph number from 1}_{sentence position}"
  std::string lang;
  std::string sentence;
  std::string context;
  std::vector<std::string> xling_ids;  // questions whose answer this sentence is
  std::string candidate_text() const;
};

struct LareqaExample {
  std::vector<LareqaQuestion> questions;
  std::vector<LareqaCandidate> candidates;
};

// Mewsli-X entity (candidate_set_entities.jsonl, or the entity side of a Wikipedia pair).
struct MewslixEntity {
  std::string entity_id;  // WikiData QID
  std::string title;
  std::string description;
  std::string description_language;
  std::string text;  // description sentences joined by spaces, newlines and double spaces removed
};

// Mewsli-X mention in context (wikinews_mentions/*.jsonl or a Wikipedia pair's mention).
struct MewslixMention {
  std::string example_id;
  std::string lang;
  std::string mention;  // the mention span text
  // "{mention}: {left} { {mention} } {right}" over the mention's sentence (xtreme-facts 3.5).
  std::string query;
  std::string entity_id;  // gold entity ("" when unknown, e.g. test labels)
};

struct MewslixExample {
  std::vector<MewslixMention> mentions;
  // wikinews splits: the shared candidate set; wikipedia_pairs: the paired entity per mention.
  std::vector<MewslixEntity> entities;
};

// The examples of one (task, split, language).
using Examples =
    std::variant<std::vector<PairExample>, std::vector<MultipleChoiceExample>,
                 std::vector<TaggingExample>, std::vector<QaExample>, BitextExample,
                 LareqaExample, MewslixExample>;

struct Dataset {
  std::string task;
  std::string split;
  std::string lang;
  std::vector<std::string> files;  // the files read, in order
  bool labelled = false;           // gold labels present (not blanked/stripped)
  Examples examples;
  // Number of examples: sentences, questions, pairs; for bitext/Mewsli-X the source sentences /
  // mentions, for LAReQA the questions.
  size_t size() const;
};

}  // namespace xlfuse::data
