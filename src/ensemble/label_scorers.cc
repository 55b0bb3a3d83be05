// Official scores from argmax labels. See label_scorers.h.
//
// Why per-sentence chunk counts add up to seqeval's corpus counts here (tagging): seqeval 0.0.12
// flattens the sentences with an 'O' after each (get_entities). Under the label conditions that
// make_label_scorer checks (every label is "O" or has a first character other than 'O' and '.' and
// a legacy type other than "" and "O"):
//  * stepping from any non-"O" label into an 'O' ends its chunk (B-/I- tags: rule 2 of
//    end_of_chunk; E-/S-: rule 1; any other tag: rule 3, the types differ), and stepping from an
//    'O' ends nothing, so every chunk ends inside its sentence or at the 'O' right after it;
//  * the first label after an 'O' either starts a chunk (B-/S- tags; E-/I- after an 'O'; any other
//    tag: its type differs from the 'O' state's, whether that is "O" after a sentence or "" at the
//    very start) or is "O" itself, which never starts one; so a sentence's chunks start inside it
//    and do not depend on the sentences before it.
// So the flattened chunks are each sentence's own chunks (what LabelChunker gives from its start
// state) shifted by the sentence's offset, the same offset on the gold and the predicted side when
// every sentence has as many predicted as gold tags (checked), and the matches are per sentence.
#include "xlfuse/ensemble/label_scorers.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <string_view>
#include <variant>

#include <fmt/format.h>

#include "xlfuse/decode/scoring.h"
#include "xlfuse/ensemble/running_sums.h"  // kMaxArgmaxLabels
#include "xlfuse/eval/python_string.h"
#include "xlfuse/eval/seqeval.h"
#include "xlfuse/eval/xtreme_score.h"

namespace xlfuse::ensemble {

namespace {

// Whether seqeval (legacy scheme) keeps every chunk of `label` inside its sentence (see above).
bool chunks_stay_in_sentence(std::string_view label) {
  if (label == "O") return true;
  if (label.empty() || label.front() == 'O' || label.front() == '.') return false;
  const size_t dash = label.rfind('-');
  const std::string_view type = dash == std::string_view::npos ? label : label.substr(dash + 1);
  return !type.empty() && type != "O";
}

// The checks decode_outputs makes before decoding (the outputs against the features), as a reason.
std::string outputs_misfit(const io::RawOutputs& raw, const std::vector<data::Feature>& features) {
  try {
    raw.validate();
  } catch (const std::exception& e) {
    return e.what();
  }
  if (raw.size() != features.size())
    return fmt::format("{} features in the outputs, {} in the data", raw.size(), features.size());
  for (size_t i = 0; i < features.size(); ++i)
    if (raw.example_index[i] != features[i].example_index || raw.window[i] != features[i].window ||
        raw.choice[i] != features[i].choice || raw.lengths[i] != static_cast<int64_t>(features[i].length()))
      return fmt::format("feature {} differs between the outputs and the data", i);
  return {};
}

// Accuracy of the label of each example's row against its gold label.
class ClassificationScorer {
 public:
  // unit_of[e]: the row of example e; right[e * labels + l]: whether label l is example e's gold.
  ClassificationScorer(std::vector<size_t> unit_of, std::vector<uint8_t> right, size_t labels)
      : unit_of_(std::move(unit_of)), right_(std::move(right)), labels_(labels) {}

  double operator()(const std::vector<uint8_t>& labels) const {
    size_t correct = 0;
    for (size_t e = 0; e < unit_of_.size(); ++e) correct += right_[e * labels_ + labels[unit_of_[e]]];
    // As eval::accuracy computes it.
    return static_cast<double>(correct) / static_cast<double>(unit_of_.size()) * 100;
  }

 private:
  std::vector<size_t> unit_of_;
  std::vector<uint8_t> right_;
  size_t labels_;
};

LabelScorer classification_scorer(const data::TaskInfo& task, const std::vector<data::PairExample>& examples,
                                  const io::RawOutputs& raw, std::string* why) {
  if (decode::headline_metric(task) != eval::kAccuracy) {
    *why = "the headline metric is not accuracy";
    return {};
  }
  if (examples.empty()) {
    *why = "no examples (accuracy refuses an empty set)";
    return {};
  }
  const std::vector<std::string>& labels = raw.meta.labels;
  std::vector<size_t> unit_of(examples.size(), SIZE_MAX);
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw.logits[i].size() != labels.size()) {
      *why = fmt::format("row {} has {} values for {} labels", i, raw.logits[i].size(), labels.size());
      return {};
    }
    const auto e = static_cast<size_t>(raw.example_index[i]);
    if (raw.example_index[i] < 0 || e >= examples.size() || unit_of[e] != SIZE_MAX) {
      *why = fmt::format("feature {} has example index {}", i, raw.example_index[i]);
      return {};
    }
    unit_of[e] = i;  // one value per label: row i is unit i
  }
  if (std::find(unit_of.begin(), unit_of.end(), SIZE_MAX) != unit_of.end()) {
    *why = "an example has no row";
    return {};
  }
  // score_predictions strips both sides (as read_label_lines does).
  std::vector<std::string> stripped;
  for (const std::string& l : labels) stripped.push_back(eval::py::strip(l));
  std::vector<uint8_t> right(examples.size() * labels.size());
  for (size_t e = 0; e < examples.size(); ++e) {
    const std::string gold = eval::py::strip(examples[e].label.value_or(""));
    for (size_t l = 0; l < labels.size(); ++l) right[e * labels.size() + l] = stripped[l] == gold;
  }
  auto scorer = std::make_shared<const ClassificationScorer>(std::move(unit_of), std::move(right), labels.size());
  return [scorer](const std::vector<uint8_t>& l) { return (*scorer)(l); };
}

// seqeval F1 (legacy) of each word's first sub-word label, re-chunking changed sentences only.
class TaggingScorer {
 public:
  TaggingScorer(const std::vector<std::string>& chunk_labels, std::vector<size_t> word_unit,
                std::vector<size_t> first_word, const std::vector<std::vector<uint8_t>>& gold)
      : chunker_(chunk_labels, eval::SeqevalScheme::Legacy),
        word_unit_(std::move(word_unit)),
        first_word_(std::move(first_word)) {
    first_gold_.push_back(0);
    for (const auto& g : gold) {
      chunker_.chunks(g.data(), g.size(), gold_);
      first_gold_.push_back(gold_.size());
    }
    tags_.assign(word_unit_.size(), 0);
    scratch_.resize(word_unit_.size());
    correct_.assign(gold.size(), 0);
    predicted_.assign(gold.size(), 0);
  }

  double operator()(const std::vector<uint8_t>& labels) {
    for (size_t w = 0; w < word_unit_.size(); ++w) scratch_[w] = labels[word_unit_[w]];
    for (size_t s = 0; s + 1 < first_word_.size(); ++s) {
      const size_t begin = first_word_[s], words = first_word_[s + 1] - begin;
      if (scored_ && std::memcmp(scratch_.data() + begin, tags_.data() + begin, words) == 0) continue;
      std::memcpy(tags_.data() + begin, scratch_.data() + begin, words);
      const eval::LabelChunker::Counts counts = chunker_.count(
          tags_.data() + begin, words, gold_.data() + first_gold_[s], first_gold_[s + 1] - first_gold_[s]);
      correct_total_ += counts.correct - correct_[s];
      predicted_total_ += counts.predicted - predicted_[s];
      correct_[s] = counts.correct;
      predicted_[s] = counts.predicted;
    }
    scored_ = true;
    return eval::prf_from_counts(correct_total_, predicted_total_, gold_.size()).f1;
  }

 private:
  const eval::LabelChunker chunker_;
  std::vector<size_t> word_unit_;    // per word of every sentence, in order: its first sub-word's unit
  std::vector<size_t> first_word_;   // per sentence, and the word count at the end
  std::vector<eval::LabelChunker::Chunk> gold_;  // every sentence's gold chunks, one after the other
  std::vector<size_t> first_gold_;               // per sentence, and the total at the end
  std::vector<uint8_t> tags_, scratch_;          // the tags scored last, and this call's
  std::vector<size_t> correct_, predicted_;      // chunk counts per sentence
  size_t correct_total_ = 0, predicted_total_ = 0;
  bool scored_ = false;
};

LabelScorer tagging_scorer(const data::TaskInfo& task, const std::vector<data::TaggingExample>& examples,
                           const std::vector<data::Feature>& features, const io::RawOutputs& raw, std::string* why) {
  if (decode::headline_metric(task) != eval::kF1) {
    *why = "the headline metric is not F1";
    return {};
  }
  const size_t n = raw.meta.labels.size();
  // decode_tagging's word_rows: the first position of each word id (a repeated id continues the
  // word), every word exactly once. Unit of position p of feature f: offset(f) + p, where offset(f)
  // counts the rows of the features before f (LabelSearch's units).
  std::vector<std::vector<size_t>> unit_of_word(examples.size());
  for (size_t e = 0; e < examples.size(); ++e) unit_of_word[e].assign(examples[e].words.size(), SIZE_MAX);
  size_t offset = 0;
  for (size_t fi = 0; fi < features.size(); ++fi) {
    const data::Feature& f = features[fi];
    const std::vector<float>& row = raw.logits[fi];
    if (row.size() % n != 0 || row.size() / n < f.length() || f.word_ids.size() != f.length() ||
        f.example_index < 0 || static_cast<size_t>(f.example_index) >= examples.size()) {
      *why = fmt::format("feature {} does not fit the outputs or the examples", fi);
      return {};
    }
    auto& words = unit_of_word[static_cast<size_t>(f.example_index)];
    int32_t previous = -1;
    for (size_t p = 0; p < f.length(); ++p) {
      const int32_t w = f.word_ids[p];
      if (w < 0 || w == previous) {
        previous = w;
        continue;
      }
      previous = w;
      if (static_cast<size_t>(w) >= words.size() || words[static_cast<size_t>(w)] != SIZE_MAX) {
        *why = fmt::format("feature {}: word {} is outside its sentence or covered twice", fi, w);
        return {};
      }
      words[static_cast<size_t>(w)] = offset + p;
    }
    offset += row.size() / n;
  }
  // The chunker's labels: the model's, then gold tags it lacks (which predictions never take).
  std::vector<std::string> chunk_labels = raw.meta.labels;
  std::vector<std::vector<uint8_t>> gold(examples.size());
  std::vector<size_t> word_unit, first_word;
  for (size_t e = 0; e < examples.size(); ++e) {
    if (examples[e].tags.size() != examples[e].words.size()) {
      *why = fmt::format("sentence {} has {} gold tags for {} words", e + 1, examples[e].tags.size(),
                         examples[e].words.size());
      return {};
    }
    first_word.push_back(word_unit.size());
    for (size_t w = 0; w < unit_of_word[e].size(); ++w) {
      if (unit_of_word[e][w] == SIZE_MAX) {
        *why = fmt::format("word {} of sentence '{}' is in no feature", w, examples[e].id);
        return {};
      }
      word_unit.push_back(unit_of_word[e][w]);
    }
    for (const std::string& tag : examples[e].tags) {
      size_t l = static_cast<size_t>(std::find(chunk_labels.begin(), chunk_labels.end(), tag) - chunk_labels.begin());
      if (l == chunk_labels.size()) {
        if (chunk_labels.size() == kMaxArgmaxLabels) {
          *why = fmt::format("more than {} labels with the gold tags", kMaxArgmaxLabels);
          return {};
        }
        chunk_labels.push_back(tag);
      }
      gold[e].push_back(static_cast<uint8_t>(l));
    }
  }
  first_word.push_back(word_unit.size());
  for (const std::string& label : chunk_labels)
    if (!chunks_stay_in_sentence(label)) {
      *why = fmt::format("label '{}' could carry a seqeval chunk across sentences", label);
      return {};
    }
  auto scorer = std::make_shared<TaggingScorer>(chunk_labels, std::move(word_unit), std::move(first_word), gold);
  return [scorer](const std::vector<uint8_t>& l) { return (*scorer)(l); };
}

// The scorer, or none with the reason in *why_out.
LabelScorer label_scorer(const data::TaskInfo& task, const data::Dataset& dataset,
                         const std::vector<data::Feature>& features, const io::RawOutputs& outputs,
                         std::string* why_out) {
  std::string& why = *why_out;
  LabelScorer scorer;
  const size_t labels = outputs.meta.labels.size();
  if (outputs.kind != io::RawOutputKind::Classification && outputs.kind != io::RawOutputKind::Tagging) {
    why = fmt::format("{} outputs", to_string(outputs.kind));
  } else if (labels == 0 || labels > kMaxArgmaxLabels) {
    why = fmt::format("{} labels (the label path takes 1 to {})", labels, kMaxArgmaxLabels);
  } else if (!dataset.labelled) {
    why = "no gold labels";
  } else if (std::string misfit = outputs_misfit(outputs, features); !misfit.empty()) {
    why = misfit;
  } else if (const auto* pairs = std::get_if<std::vector<data::PairExample>>(&dataset.examples)) {
    if (outputs.kind == io::RawOutputKind::Classification)
      scorer = classification_scorer(task, *pairs, outputs, &why);
    else
      why = "tagging outputs of classification data";
  } else if (const auto* sentences = std::get_if<std::vector<data::TaggingExample>>(&dataset.examples)) {
    if (outputs.kind == io::RawOutputKind::Tagging)
      scorer = tagging_scorer(task, *sentences, features, outputs, &why);
    else
      why = "classification outputs of tagging data";
  } else {
    why = "data that is neither sentence pairs nor tagged sentences";
  }
  return scorer;
}

}  // namespace

LabelScorer make_label_scorer(const data::TaskInfo& task, const data::Dataset& dataset,
                              const std::vector<data::Feature>& features, const io::RawOutputs& outputs,
                              std::string* why_not) {
  std::string why;
  LabelScorer scorer;
  // Anything that throws here (text that is not UTF-8 ...) is left to the full-output path, which
  // raises it as it always did.
  try {
    scorer = label_scorer(task, dataset, features, outputs, &why);
  } catch (const std::exception& e) {
    scorer = {};
    why = e.what();
  }
  if (why_not) *why_not = why;
  return scorer;
}

}  // namespace xlfuse::ensemble
