// The exhaustive ensemble subset search (ensemble/subset_search.h): all 255 subsets of 8 members,
// each scored on every language, on one thread.
//
//  * xnli:  15 languages x 5,010 examples, 3 classes, accuracy (argmax per row against gold).
//  * udpos: the UD-POS test sets of ../shared/data/xtreme/udpos ($XLFUSE_DATA_DIR/udpos), with
//           their real sentences and gold tags (37 languages, 77,734 sentences, 1,347,704 words
//           when measured); without that folder, the same counts with random gold tags. Scored
//           from the argmax labels (SearchSet::score_labels) by seqeval F1 (legacy scheme, as
//           XTREME) through eval::LabelChunker and eval::prf_from_counts, checked on the first and
//           last subset of every language against decode::score_predictions and
//           decode::example_scores (checks not timed).
// The members' logits are SYNTHETIC (no trained models are involved): per unit, every label gets
// a shared difficulty plus the member's own noise, the gold label a margin; members therefore
// agree often but not always, like models fine-tuned from different intermediate tasks. Tagging
// features are one per sentence with words + 2 positions ([CLS], one sub-word per word, [SEP]):
// real mBERT features have more sub-words (and long sentences are split), so this is a lower bound
// on the values combined per subset. Counters: search_s (one search, wall clock), score_s (of which
// in the score callbacks), combine_ns/value (the rest per combined value and subset), member_acc and
// agreement (member 0's accuracy per unit, and how often members 0 and 1 agree).
//   build/bench/bench_ensemble_search --benchmark_counters_tabular=true
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include "xlfuse/core/rng.h"
#include "xlfuse/data/task_files.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/decode/example_scores.h"
#include "xlfuse/decode/scoring.h"
#include "xlfuse/ensemble/subset_search.h"
#include "xlfuse/eval/seqeval.h"

namespace {
namespace fs = std::filesystem;
using namespace xlfuse;

constexpr size_t kMembers = 8;

fs::path data_dir() {
  if (const char* env = std::getenv("XLFUSE_DATA_DIR"); env && *env) return env;
  return fs::path(XLFUSE_DEFAULT_SHARED_DIR) / "data/xtreme";
}

// Logits of one unit for member m: shared difficulty + member noise + a margin on the gold label.
void unit_logits(SplitMix64& shared, SplitMix64& own, size_t labels, size_t gold, double margin, float* out) {
  for (size_t l = 0; l < labels; ++l) {
    const double difficulty = shared.uniform() * 2 - 1;
    const double noise = (own.uniform() + own.uniform() - 1) * 2.5;
    out[l] = static_cast<float>(difficulty + noise + (l == gold ? margin : 0.0));
  }
}

// One language: the members' outputs and the score of a combination.
struct Language {
  std::string name;
  std::vector<io::RawOutputs> members;
  std::function<double(const io::RawOutputs&)> score;
  // Tagging: scored from the argmax labels instead (SearchSet::score_labels).
  std::function<double(const std::vector<uint8_t>&)> score_labels;
};

// Wall time spent in the score callbacks, to tell combining from scoring, and in the correctness
// checks, which are left out of every figure.
double g_score_seconds = 0;
double g_check_seconds = 0;
benchmark::State* g_state = nullptr;

// Calls f, adding its wall time to the scoring time.
template <class F>
double timed_score(F&& f) {
  const auto t0 = std::chrono::steady_clock::now();
  const double score = f();
  g_score_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return score;
}

constexpr int kSubsets = (1 << kMembers) - 1;

std::vector<ensemble::SearchSet> search_sets(std::vector<Language>& languages) {
  std::vector<ensemble::SearchSet> sets;
  for (Language& l : languages) {
    ensemble::SearchSet s;
    s.name = l.name;
    for (const auto& m : l.members) s.members.push_back(&m);
    if (l.score_labels) {
      s.score_labels = [&l](const std::vector<uint8_t>& labels) { return timed_score([&] { return l.score_labels(labels); }); };
    } else {
      s.score = [&l](const io::RawOutputs& combined) { return timed_score([&] { return l.score(combined); }); };
    }
    sets.push_back(std::move(s));
  }
  return sets;
}

// Index of the largest of n floats (the first on ties), as decoding does.
size_t argmax(const float* v, size_t n) {
  size_t best = 0;
  for (size_t i = 1; i < n; ++i)
    if (v[i] > v[best]) best = i;
  return best;
}

// How good and how alike the synthetic members are (member 0 against gold, members 0 and 1 against
// each other): the tagging scorer's work depends on how often consecutive subsets disagree.
struct Quality {
  double units = 0, right = 0, agree = 0;
  void add(bool is_right, bool agrees) {
    units += 1;
    right += is_right;
    agree += agrees;
  }
  void report(benchmark::State& state) const {
    state.counters["member_acc"] = right / units;
    state.counters["agreement"] = agree / units;
  }
};

// XLFUSE_BENCH_SCORES=FILE appends every subset's score per language to FILE (mask, language,
// shortest exact decimal), to compare two builds bit for bit (not timed: after the last search).
void write_scores(const ensemble::SearchResult& result) {
  const char* path = std::getenv("XLFUSE_BENCH_SCORES");
  if (!path || !*path) return;
  std::ofstream out(path, std::ios::app);
  for (const ensemble::SubsetScore& s : result.subsets)
    for (const auto& [name, score] : s.scores) out << fmt::format("{} {} {}\n", s.mask, name, score);
}

void run_search(benchmark::State& state, std::vector<Language>& languages, double units, double values_per_subset) {
  const std::vector<ensemble::SearchSet> sets = search_sets(languages);
  double seconds = 0;
  size_t subsets = 0;
  ensemble::SearchResult last;
  g_score_seconds = g_check_seconds = 0;
  g_state = &state;
  for (auto _ : state) {
    const auto t0 = std::chrono::steady_clock::now();
    try {
      ensemble::SearchResult result = ensemble::search_subsets(sets);
      subsets = result.subsets.size();
      benchmark::DoNotOptimize(result.best_on_english_dev);
      last = std::move(result);
    } catch (const std::exception& e) {
      state.SkipWithError(e.what());
      return;
    }
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  }
  write_scores(last);
  seconds -= g_check_seconds;
  g_score_seconds -= g_check_seconds;
  const double runs = static_cast<double>(state.iterations());
  state.counters["members"] = static_cast<double>(kMembers);
  state.counters["subsets"] = static_cast<double>(subsets);
  state.counters["languages"] = static_cast<double>(languages.size());
  state.counters["units"] = units;
  state.counters["values/subset"] = values_per_subset;
  // Wall-clock splits of one search: scoring (the callbacks) and combining (the rest).
  state.counters["search_s"] = seconds / runs;
  state.counters["score_s"] = g_score_seconds / runs;
  state.counters["combine_ns/value"] =
      (seconds - g_score_seconds) / runs * 1e9 / (values_per_subset * static_cast<double>(subsets));
}

// ---- XNLI: 15 languages x 5,010 examples, 3 classes, accuracy ----

void bench_xnli(benchmark::State& state) {
  const data::TaskInfo& task = data::task_info("xnli");
  const size_t examples = 5010, labels = task.labels.size();
  std::vector<Language> languages;
  Quality quality;
  uint64_t seed = 1;
  for (const std::string& lang : task.xtreme_langs) {
    Language l;
    l.name = lang;
    SplitMix64 gold_rng(seed++);
    std::vector<size_t> gold;
    for (size_t i = 0; i < examples; ++i) gold.push_back(gold_rng.below(labels));
    for (size_t m = 0; m < kMembers; ++m) {
      SplitMix64 shared(seed), own(seed * 100 + m);
      io::RawOutputs r;
      r.kind = io::RawOutputKind::Classification;
      r.meta.task = "xnli";
      r.meta.lang = lang;
      r.meta.labels = task.labels;
      for (size_t i = 0; i < examples; ++i) {
        r.example_index.push_back(static_cast<int64_t>(i));
        r.window.push_back(0);
        r.choice.push_back(0);
        r.lengths.push_back(128);
        r.logits.emplace_back(labels);
        unit_logits(shared, own, labels, gold[i], 1.5, r.logits.back().data());
      }
      l.members.push_back(std::move(r));
    }
    ++seed;
    for (size_t i = 0; i < examples; ++i) {
      const size_t a = argmax(l.members[0].logits[i].data(), labels), b = argmax(l.members[1].logits[i].data(), labels);
      quality.add(a == gold[i], a == b);
    }
    l.score = [gold, labels](const io::RawOutputs& combined) {
      size_t right = 0;
      for (size_t i = 0; i < gold.size(); ++i) right += argmax(combined.logits[i].data(), labels) == gold[i];
      return 100.0 * static_cast<double>(right) / static_cast<double>(gold.size());
    };
    languages.push_back(std::move(l));
  }
  const double rows = static_cast<double>(languages.size() * examples);
  run_search(state, languages, rows, rows * static_cast<double>(labels));
  quality.report(state);
}

// ---- UD-POS: real test-set sizes, seqeval F1 ----

// Sentences and words of the XTREME UD-POS test sets (counted from ../shared/data/xtreme/udpos),
// for machines without that folder.
struct SetSize {
  const char* lang;
  size_t sentences, words;
};
const std::vector<SetSize>& udpos_sizes() {
  static const std::vector<SetSize> sizes = {
      {"af", 425, 10065},   {"ar", 1680, 44952},  {"bg", 1116, 15724}, {"el", 456, 10422},  {"en", 5440, 84970},
      {"es", 3147, 86988},  {"et", 3760, 58579},  {"eu", 1799, 24374}, {"fa", 600, 15925},  {"fi", 4422, 53111},
      {"fr", 5009, 79620},  {"he", 491, 8829},    {"hi", 2684, 59259}, {"hu", 449, 10448},  {"id", 1557, 31680},
      {"it", 3518, 74955},  {"ja", 2372, 53592},  {"kk", 1047, 9872},  {"ko", 4276, 56627}, {"lt", 739, 11906},
      {"mr", 47, 376},      {"nl", 1471, 22602},  {"pl", 4942, 64802}, {"pt", 2681, 60701}, {"ro", 2272, 51862},
      {"ru", 8976, 158356}, {"ta", 120, 1772},    {"te", 146, 721},    {"th", 1000, 22322}, {"tl", 55, 292},
      {"tr", 4785, 42843},  {"uk", 892, 17114},   {"ur", 535, 14806},  {"vi", 800, 11955},  {"wo", 470, 10049},
      {"yo", 100, 2664},    {"zh", 3455, 62569}};
  return sizes;
}

// The UD-POS test sets: real ones when present, else random tags in the real counts.
std::vector<data::Dataset> udpos_datasets(const data::TaskInfo& task, bool* real) {
  std::vector<data::Dataset> out;
  const fs::path dir = data_dir();
  if (fs::is_directory(dir / task.folder)) {
    for (const data::DataFiles& files : data::available(dir, task))
      if (files.split == "test") out.push_back(data::reader(task.reader)(task, files));
  }
  *real = !out.empty();
  if (*real) return out;
  SplitMix64 rng(77);
  for (const SetSize& size : udpos_sizes()) {
    data::Dataset d;
    d.task = "udpos";
    d.split = "test";
    d.lang = size.lang;
    d.labelled = true;
    std::vector<data::TaggingExample> examples(size.sentences);
    for (size_t s = 0; s < size.sentences; ++s) {
      const size_t words = size.words / size.sentences + (s < size.words % size.sentences ? 1 : 0);
      for (size_t w = 0; w < words; ++w) {
        examples[s].words.push_back("w");
        examples[s].tags.push_back(task.labels[rng.below(task.labels.size())]);
      }
    }
    d.examples = std::move(examples);
    out.push_back(std::move(d));
  }
  return out;
}

// seqeval F1 of the argmax tags, made cheap per subset: the search hands over the argmax labels
// (SearchSet::score_labels), gold chunks are computed once per sentence, and a sentence is
// re-chunked (eval::LabelChunker, legacy scheme as XTREME: get_entities on label indices, no
// strings or allocations) only when one of its tags changed since the previous subset
// (consecutive Gray-code subsets differ by one member, so most sentences keep their tags).
// Per-sentence chunk counts add up to seqeval's corpus counts because each sentence is followed by
// an 'O' (decode/example_scores.h relies on the same); F1 through eval::prf_from_counts. The value
// is checked against decode::score_predictions and decode::example_scores on the first and the
// last subset of every language.
class TaggingScorer {
 public:
  TaggingScorer(const data::TaskInfo& task, const data::Dataset& dataset)
      : task_(task), dataset_(dataset), chunker_(task.labels, eval::SeqevalScheme::Legacy) {
    const auto& examples = std::get<std::vector<data::TaggingExample>>(dataset.examples);
    size_t words = 0, units = 0;
    std::vector<uint8_t> gold;
    for (const auto& e : examples) {
      first_word_.push_back(words);
      first_unit_.push_back(units);
      words += e.tags.size();
      units += e.tags.size() + 2;  // [CLS], one unit per word, [SEP]
      gold.clear();
      for (const std::string& tag : e.tags)
        gold.push_back(static_cast<uint8_t>(std::find(task.labels.begin(), task.labels.end(), tag) - task.labels.begin()));
      first_gold_.push_back(gold_.size());
      chunker_.chunks(gold.data(), gold.size(), gold_);
    }
    first_word_.push_back(words);
    first_gold_.push_back(gold_.size());
    label_.assign(words, kUnset);
    correct_.assign(examples.size(), 0);
    predicted_.assign(examples.size(), 0);
  }

  double operator()(const std::vector<uint8_t>& labels) {
    for (size_t s = 0; s + 1 < first_word_.size(); ++s) {
      const uint8_t* tags = labels.data() + first_unit_[s] + 1;  // word w is unit w + 1
      uint8_t* previous = label_.data() + first_word_[s];
      const size_t words = first_word_[s + 1] - first_word_[s];
      if (std::memcmp(tags, previous, words) == 0) continue;
      std::memcpy(previous, tags, words);
      rescore(s);
    }
    const double f1 = eval::prf_from_counts(total_correct_, total_predicted_, gold_.size()).f1;
    if (++calls_ == 1 || calls_ == kSubsets) check(f1);
    return f1;
  }

 private:
  static constexpr uint8_t kUnset = 255;

  // Predicted and correct chunks of sentence s from its current tags.
  void rescore(size_t s) {
    const eval::LabelChunker::Counts counts =
        chunker_.count(label_.data() + first_word_[s], first_word_[s + 1] - first_word_[s],
                       gold_.data() + first_gold_[s], first_gold_[s + 1] - first_gold_[s]);
    total_correct_ += counts.correct - correct_[s];
    total_predicted_ += counts.predicted - predicted_[s];
    correct_[s] = counts.correct;
    predicted_[s] = counts.predicted;
  }

  // The official value of the current tags (not timed).
  void check(double f1) const {
    const auto t0 = std::chrono::steady_clock::now();
    g_state->PauseTiming();
    decode::Predictions p;
    for (size_t s = 0; s + 1 < first_word_.size(); ++s) {
      p.tags.emplace_back();
      for (size_t w = first_word_[s]; w < first_word_[s + 1]; ++w) p.tags.back().push_back(task_.labels[label_[w]]);
    }
    const double official = decode::score_predictions(task_, dataset_, p).at("f1");
    const double rows = decode::example_scores(task_, dataset_, p).total();
    if (std::abs(official - f1) > 1e-9 || std::abs(rows - f1) > 1e-9)
      throw std::logic_error(fmt::format("{}: the benchmark's F1 {} differs from score_predictions {} / example_scores {}",
                                         dataset_.lang, f1, official, rows));
    g_state->ResumeTiming();
    g_check_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  }

  const data::TaskInfo& task_;
  const data::Dataset& dataset_;
  const eval::LabelChunker chunker_;
  std::vector<size_t> first_word_, first_unit_;  // per sentence (words: and the total at the end)
  std::vector<eval::LabelChunker::Chunk> gold_;  // every sentence's gold chunks, one after the other
  std::vector<size_t> first_gold_;               // per sentence, and the total at the end
  std::vector<uint8_t> label_;                   // argmax label per word
  std::vector<size_t> correct_, predicted_;      // chunk counts per sentence
  size_t total_correct_ = 0, total_predicted_ = 0;
  int calls_ = 0;
};

void bench_udpos(benchmark::State& state) {
  const data::TaskInfo& task = data::task_info("udpos");
  bool real = false;
  const std::vector<data::Dataset> datasets = udpos_datasets(task, &real);
  const size_t labels = task.labels.size();
  std::vector<Language> languages;
  Quality quality;
  double words = 0, values = 0;
  uint64_t seed = 1000;
  for (const data::Dataset& d : datasets) {
    const auto& examples = std::get<std::vector<data::TaggingExample>>(d.examples);
    Language l;
    l.name = d.lang;
    for (size_t m = 0; m < kMembers; ++m) {
      SplitMix64 shared(seed), own(seed * 100 + m);
      io::RawOutputs r;
      r.kind = io::RawOutputKind::Tagging;
      r.meta.task = "udpos";
      r.meta.lang = d.lang;
      r.meta.labels = task.labels;
      for (size_t s = 0; s < examples.size(); ++s) {
        const size_t positions = examples[s].tags.size() + 2;
        r.example_index.push_back(static_cast<int64_t>(s));
        r.window.push_back(0);
        r.choice.push_back(0);
        r.lengths.push_back(static_cast<int64_t>(positions));
        r.logits.emplace_back(positions * labels);
        float* row = r.logits.back().data();
        for (size_t p = 0; p < positions; ++p) {
          const bool word = p > 0 && p + 1 < positions;
          const size_t gold = word ? static_cast<size_t>(std::find(task.labels.begin(), task.labels.end(),
                                                                   examples[s].tags[p - 1]) -
                                                         task.labels.begin())
                                   : 0;
          unit_logits(shared, own, labels, gold, word ? 3.5 : 0.0, row + p * labels);
        }
      }
      l.members.push_back(std::move(r));
    }
    ++seed;
    for (size_t s = 0; s < examples.size(); ++s) {
      const auto& tags = examples[s].tags;
      words += static_cast<double>(tags.size());
      values += static_cast<double>((tags.size() + 2) * labels);
      for (size_t w = 0; w < tags.size(); ++w) {
        const size_t a = argmax(l.members[0].logits[s].data() + (w + 1) * labels, labels);
        const size_t b = argmax(l.members[1].logits[s].data() + (w + 1) * labels, labels);
        quality.add(task.labels[a] == tags[w], a == b);
      }
    }
    auto scorer = std::make_shared<TaggingScorer>(task, d);
    l.score_labels = [scorer](const std::vector<uint8_t>& labels) { return (*scorer)(labels); };
    languages.push_back(std::move(l));
  }
  // The English set is the English test set here (the search needs a set named "en").
  state.SetLabel(real ? "real UD-POS test sets" : "UD-POS test-set sizes, random gold tags (no data folder)");
  run_search(state, languages, words, values);
  quality.report(state);
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::RegisterBenchmark("bench_ensemble_search/xnli", bench_xnli)->Unit(benchmark::kMillisecond)->UseRealTime();
  benchmark::RegisterBenchmark("bench_ensemble_search/udpos", bench_udpos)
      ->Iterations(1)
      ->Unit(benchmark::kMillisecond)
      ->UseRealTime();
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
