#include "xlfuse/eval/seqeval.h"

#include <algorithm>
#include <stdexcept>
#include <tuple>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"

namespace xlfuse::eval {
namespace {

// Length in bytes of the UTF-8 sequence starting with `b` (1 for ASCII or stray bytes).
size_t utf8_length(unsigned char b) {
  if (b >= 0xF0) return 4;
  if (b >= 0xE0) return 3;
  if (b >= 0xC0) return 2;
  return 1;
}

struct TagType {
  std::string_view tag;
  std::string_view type;
};

TagType split_label(std::string_view label, SeqevalScheme scheme) {
  if (label.empty()) throw std::invalid_argument("seqeval: empty label (a tag line with no text)");
  size_t first = std::min(utf8_length(static_cast<unsigned char>(label[0])), label.size());
  TagType out;
  out.tag = label.substr(0, first);
  if (scheme == SeqevalScheme::Legacy) {
    size_t dash = label.rfind('-');
    out.type = dash == std::string_view::npos ? label : label.substr(dash + 1);
  } else {
    std::string_view rest = label.substr(first);
    size_t dash = rest.find('-');
    out.type = dash == std::string_view::npos ? rest : rest.substr(dash + 1);
    if (out.type.empty()) out.type = "_";
  }
  return out;
}

bool end_of_chunk(std::string_view prev_tag, std::string_view tag, std::string_view prev_type, std::string_view type) {
  if (prev_tag == "E" || prev_tag == "S") return true;
  if ((prev_tag == "B" || prev_tag == "I") && (tag == "B" || tag == "S" || tag == "O")) return true;
  if (prev_tag != "O" && prev_tag != "." && prev_type != type) return true;
  return false;
}

bool start_of_chunk(std::string_view prev_tag, std::string_view tag, std::string_view prev_type, std::string_view type) {
  if (tag == "B" || tag == "S") return true;
  if ((prev_tag == "E" || prev_tag == "S" || prev_tag == "O") && (tag == "E" || tag == "I")) return true;
  if (tag != "O" && tag != "." && prev_type != type) return true;
  return false;
}

}  // namespace

SeqevalScheme seqeval_scheme_from_string(std::string_view name) {
  if (name == "legacy") return SeqevalScheme::Legacy;
  if (name == "v1") return SeqevalScheme::V1;
  throw ConfigError(fmt::format("unknown seqeval scheme '{}': expected legacy (seqeval 0.0.12, the default) or v1 (seqeval 1.x)", name));
}

std::string to_string(SeqevalScheme scheme) { return scheme == SeqevalScheme::Legacy ? "legacy" : "v1"; }

bool Chunk::operator<(const Chunk& o) const { return std::tie(begin, end, type) < std::tie(o.begin, o.end, o.type); }

std::vector<Chunk> get_entities(const std::vector<std::vector<std::string>>& sentences, SeqevalScheme scheme) {
  std::vector<Chunk> chunks;
  std::string_view prev_tag = "O";
  std::string_view prev_type = "";
  size_t begin = 0;
  size_t i = 0;
  auto step = [&](std::string_view label) {
    TagType tt = split_label(label, scheme);
    if (end_of_chunk(prev_tag, tt.tag, prev_type, tt.type)) chunks.push_back(Chunk{std::string(prev_type), begin, i - 1});
    if (start_of_chunk(prev_tag, tt.tag, prev_type, tt.type)) begin = i;
    prev_tag = tt.tag;
    prev_type = tt.type;
    ++i;
  };
  // seqeval flattens nested lists with an 'O' after every sentence, then appends one more 'O'.
  for (const auto& sentence : sentences) {
    for (const auto& label : sentence) step(label);
    step("O");
  }
  step("O");
  return chunks;
}

LabelChunker::LabelChunker(const std::vector<std::string>& labels, SeqevalScheme scheme) : labels_(labels.size()) {
  if (labels.size() > 255)
    throw std::invalid_argument(fmt::format("seqeval: LabelChunker takes at most 255 labels, got {}", labels.size()));
  // The (tag, type) of every state, as get_entities splits them.
  std::vector<TagType> states;
  for (const std::string& label : labels) states.push_back(split_label(label, scheme));
  states.push_back(split_label("O", scheme));
  states.push_back(TagType{"O", ""});
  for (const TagType& s : states) {
    auto it = std::find(types_.begin(), types_.end(), s.type);
    type_of_.push_back(static_cast<uint32_t>(it - types_.begin()));
    if (it == types_.end()) types_.emplace_back(s.type);
  }
  const size_t n = states.size();
  ends_.resize(n * n);
  starts_.resize(n * n);
  for (size_t a = 0; a < n; ++a)
    for (size_t b = 0; b < n; ++b) {
      ends_[a * n + b] = end_of_chunk(states[a].tag, states[b].tag, states[a].type, states[b].type);
      starts_[a * n + b] = start_of_chunk(states[a].tag, states[b].tag, states[a].type, states[b].type);
    }
}

// get_entities' loop over one sentence, then its two closing 'O's.
template <class F>
void LabelChunker::for_each_chunk(const uint8_t* tags, size_t n, F&& emit) const {
  const size_t states = labels_ + 2;
  size_t previous = labels_ + 1;
  size_t begin = 0;
  auto step = [&](size_t i, size_t state) {
    const size_t at = previous * states + state;
    if (ends_[at]) emit(Chunk{type_of_[previous], static_cast<uint32_t>(begin), static_cast<uint32_t>(i - 1)});
    if (starts_[at]) begin = i;
    previous = state;
  };
  for (size_t i = 0; i < n; ++i) {
    if (tags[i] >= labels_)
      throw std::invalid_argument(fmt::format("seqeval: label index {} at token {}; the label list has {}", tags[i], i,
                                              labels_));
    step(i, tags[i]);
  }
  step(n, labels_);
  step(n + 1, labels_);
}

void LabelChunker::chunks(const uint8_t* tags, size_t n, std::vector<Chunk>& out) const {
  for_each_chunk(tags, n, [&](const Chunk& c) { out.push_back(c); });
}

LabelChunker::Counts LabelChunker::count(const uint8_t* tags, size_t n, const Chunk* gold, size_t gold_size) const {
  Counts counts;
  size_t g = 0;
  // Both lists come by increasing end, one chunk per end.
  for_each_chunk(tags, n, [&](const Chunk& c) {
    ++counts.predicted;
    while (g < gold_size && gold[g].end < c.end) ++g;
    if (g < gold_size && gold[g] == c) ++counts.correct;
  });
  return counts;
}

PrfScores prf_from_counts(size_t n_correct, size_t n_predicted, size_t n_gold) {
  PrfScores s;
  s.n_correct = n_correct;
  s.n_predicted = n_predicted;
  s.n_gold = n_gold;
  double p = n_predicted > 0 ? static_cast<double>(n_correct) / static_cast<double>(n_predicted) : 0.0;
  double r = n_gold > 0 ? static_cast<double>(n_correct) / static_cast<double>(n_gold) : 0.0;
  double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  s.precision = p * 100;
  s.recall = r * 100;
  s.f1 = f * 100;
  return s;
}

PrfScores seqeval_scores(const std::vector<std::vector<std::string>>& labels,
                         const std::vector<std::vector<std::string>>& predictions, SeqevalScheme scheme,
                         std::string_view context) {
  bool consistent = labels.size() == predictions.size();
  size_t first_bad = 0;
  for (size_t s = 0; consistent && s < labels.size(); ++s) {
    if (labels[s].size() != predictions[s].size()) {
      consistent = false;
      first_bad = s;
    }
  }
  if (!consistent) {
    std::string what = labels.size() != predictions.size()
                           ? fmt::format("{} gold sentences but {} predicted sentences", labels.size(), predictions.size())
                           : fmt::format("sentence {} has {} gold tags but {} predicted tags", first_bad + 1,
                                         labels[first_bad].size(), predictions[first_bad].size());
    std::string where = context.empty() ? std::string("seqeval") : std::string(context);
    if (scheme == SeqevalScheme::V1)
      throw std::invalid_argument(fmt::format("{}: inconsistent lengths (seqeval 1.x refuses them): {}", where, what));
    XLFUSE_LOG_WARN("[eval] {}: {}; scoring like seqeval 0.0.12 anyway (chunk offsets shift)", where, what);
  }
  std::vector<Chunk> gold = get_entities(labels, scheme);
  std::vector<Chunk> pred = get_entities(predictions, scheme);
  // Each end offset is emitted once, so the lists are already sets; sort to intersect.
  std::sort(gold.begin(), gold.end());
  std::sort(pred.begin(), pred.end());
  size_t correct = 0;
  size_t a = 0, b = 0;
  while (a < gold.size() && b < pred.size()) {
    if (gold[a] == pred[b]) {
      ++correct;
      ++a;
      ++b;
    } else if (gold[a] < pred[b]) {
      ++a;
    } else {
      ++b;
    }
  }
  return prf_from_counts(correct, pred.size(), gold.size());
}

}  // namespace xlfuse::eval
