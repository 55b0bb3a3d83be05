#pragma once
// Entity-level micro precision/recall/F1 over tag sequences, as `seqeval.metrics` computes them
// for XTREME's UD-POS and PAN-X scores (evaluate.py calls f1_score, precision_score and
// recall_score on lists of per-sentence label lists).
//
// Two chunkings are offered; both flatten the sentences with an 'O' after each one (and one
// more at the end) and apply seqeval's start/end-of-chunk rules on (tag, type) pairs:
//
//  * Legacy (default; seqeval 0.0.12, which reproduces XTREME's own expected test numbers):
//      tag  = the label's first character,
//      type = label.split('-')[-1]  (the text after the last '-', the whole label if none).
//    For UPOS labels the type is the whole label, so a run of equal adjacent tags
//    (NOUN NOUN) is ONE chunk; SCONJ/SYM start with 'S' and behave as single-token S- chunks,
//    INTJ starts with 'I' and behaves as an I- continuation; a change of label always ends the
//    chunk. For IOB2 NER labels (B-PER, I-PER, O) this is the usual CoNLL entity F1.
//    Sentences of different lengths are not an error (seqeval 0.0.12 does not check); the
//    offsets then shift, exactly as in the official script, and a warning is logged.
//
//  * V1 (seqeval >= 0.0.16, e.g. 1.2.2, default mode, not strict):
//      tag  = the label's first character,
//      type = label[1:].split('-', 1)[-1], or '_' when that is empty.
//    So 'B-PER' -> PER, 'B-ORG-X' -> ORG-X, 'NOUN' -> 'OUN', 'CCONJ' and 'SCONJ' -> 'CONJ'
//    (one type), 'O' and 'X' -> '_'. seqeval 1.x rejects lists of different lengths; so does
//    this mode (std::invalid_argument).
//
// In both, P = correct/predicted (0 if nothing predicted), R = correct/gold (0 if no gold
// chunk), F1 = 2PR/(P+R) (0 if P+R == 0, so 0 when neither side has a chunk), all x100.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace xlfuse::eval {

enum class SeqevalScheme { Legacy, V1 };
SeqevalScheme seqeval_scheme_from_string(std::string_view name);  // "legacy" | "v1"; ConfigError otherwise
std::string to_string(SeqevalScheme scheme);

struct Chunk {
  std::string type;
  size_t begin = 0;  // offsets into the flattened sequence (sentences joined with one 'O')
  size_t end = 0;    // inclusive
  bool operator==(const Chunk& o) const { return type == o.type && begin == o.begin && end == o.end; }
  bool operator<(const Chunk& o) const;
};

// seqeval's get_entities on a list of sentences. Throws std::invalid_argument on an empty label.
std::vector<Chunk> get_entities(const std::vector<std::vector<std::string>>& sentences,
                                SeqevalScheme scheme = SeqevalScheme::Legacy);

struct PrfScores {
  double precision = 0;  // x100
  double recall = 0;     // x100
  double f1 = 0;         // x100
  size_t n_correct = 0;
  size_t n_predicted = 0;
  size_t n_gold = 0;
};

// precision_score / recall_score / f1_score of seqeval (micro average), x100 as in evaluate.py.
// `context` (e.g. the two file names) prefixes the length warning / error.
PrfScores seqeval_scores(const std::vector<std::vector<std::string>>& labels,
                         const std::vector<std::vector<std::string>>& predictions,
                         SeqevalScheme scheme = SeqevalScheme::Legacy, std::string_view context = {});

// get_entities of ONE sentence of label indices, without strings or allocations, for scorers that
// chunk many sentences many times (the ensemble subset search rescores each sentence per subset).
// A sentence's chunks are those of get_entities({sentence}); seqeval's corpus counts are the sums
// of the per-sentence counts, since get_entities puts an 'O' after every sentence.
class LabelChunker {
 public:
  // One chunk: `type` is an id (equal ids = equal type strings, see type_name), begin and end are
  // token offsets within the sentence, end inclusive.
  struct Chunk {
    uint32_t type = 0;
    uint32_t begin = 0;
    uint32_t end = 0;
    bool operator==(const Chunk& o) const { return type == o.type && begin == o.begin && end == o.end; }
  };
  struct Counts {
    size_t predicted = 0;  // chunks of the sentence
    size_t correct = 0;    // of them, equal to a gold chunk
  };

  // `labels`: the label list the indices point into (at most 255 labels; an empty label is an
  // std::invalid_argument, as in get_entities).
  explicit LabelChunker(const std::vector<std::string>& labels, SeqevalScheme scheme = SeqevalScheme::Legacy);

  // Appends the chunks of tags[0, n), in get_entities' order (by end offset, each end once).
  // std::invalid_argument for an index past the label list.
  void chunks(const uint8_t* tags, size_t n, std::vector<Chunk>& out) const;

  // The chunks of tags[0, n), and how many are among gold[0, gold_size) (what `chunks` gave for
  // the gold sentence). Allocates nothing.
  Counts count(const uint8_t* tags, size_t n, const Chunk* gold, size_t gold_size) const;

  const std::string& type_name(uint32_t type) const { return types_.at(type); }

 private:
  template <class F>
  void for_each_chunk(const uint8_t* tags, size_t n, F&& emit) const;

  size_t labels_ = 0;  // states 0..labels_-1: the labels; labels_: the 'O' after a sentence;
                       // labels_ + 1: the state before the first token (tag "O", type "")
  std::vector<uint32_t> type_of_;        // per state
  std::vector<uint8_t> ends_, starts_;   // [previous state * states + state]: chunk ends / starts
  std::vector<std::string> types_;
};

// P/R/F1 (x100) from counts with seqeval's / evaluate.py's formulas.
PrfScores prf_from_counts(size_t n_correct, size_t n_predicted, size_t n_gold);

}  // namespace xlfuse::eval
