// Per-example rows reproduce score_predictions' headline value for every task kind, on the
// in-repo fixtures and on the real XTREME data in ../shared when present.
#include "xlfuse/decode/example_scores.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/core/rng.h"
#include "xlfuse/data/task_files.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/decode/scoring.h"
#include "xlfuse/eval/seqeval.h"

namespace xlfuse::decode {
namespace {
namespace fs = std::filesystem;

// ---- random and perturbed predictions of every task shape ----

// A prediction generator: `mode` 0 = mostly right (gold with a few errors), 1 = random, 2 = a mix
// with the formatting quirks the scorer must handle (whitespace, missing entries, bad labels).
class Predictor {
 public:
  Predictor(uint64_t seed, int mode) : rng_(seed), mode_(mode) {}

  Predictions predict(const data::TaskInfo& task, const data::Dataset& dataset) {
    Predictions p;
    std::visit([&](const auto& examples) { fill(task, examples, p); }, dataset.examples);
    return p;
  }

 private:
  bool chance(double probability) { return rng_.uniform() < probability; }
  // How often a prediction is right in this mode.
  double right() const { return mode_ == 0 ? 0.8 : mode_ == 1 ? 0.05 : 0.5; }
  template <class T>
  const T& pick(const std::vector<T>& v) { return v[rng_.below(v.size())]; }

  void fill(const data::TaskInfo& task, const std::vector<data::PairExample>& examples, Predictions& p) {
    for (const auto& e : examples) {
      std::string label = chance(right()) ? e.label.value_or("") : pick(task.labels);
      if (mode_ == 2 && chance(0.2)) label = " " + label + "\r\n";        // stripped by the scorer
      if (mode_ == 2 && chance(0.05)) label = "Neutral";                   // not a label: wrong
      p.lines.push_back(label);
    }
  }
  void fill(const data::TaskInfo&, const std::vector<data::MultipleChoiceExample>& examples, Predictions& p) {
    for (const auto& e : examples) {
      int c = chance(right()) && e.label ? *e.label : static_cast<int>(rng_.below(std::max<size_t>(e.choices.size(), 1)));
      if (mode_ == 2 && chance(0.05)) c = -1;
      p.choices.push_back(c);
    }
  }
  void fill(const data::TaskInfo& task, const std::vector<data::TaggingExample>& examples, Predictions& p) {
    for (const auto& e : examples) {
      std::vector<std::string> tags = e.tags;
      for (auto& t : tags)
        if (!chance(right() + (mode_ == 0 ? 0.15 : 0.0))) t = pick(task.labels);
      p.tags.push_back(std::move(tags));
    }
  }
  void fill(const data::TaskInfo&, const std::vector<data::QaExample>& examples, Predictions& p) {
    for (const auto& e : examples) {
      if (mode_ == 2 && chance(0.1)) continue;  // unanswered
      std::string answer;
      if (!e.answers.empty() && chance(right())) {
        answer = pick(e.answers).text;
        if (mode_ == 2 && chance(0.3)) answer = "The " + answer + ".";  // normalised away
      } else {
        // A few words of the context from a random word on.
        std::vector<std::string> words;
        size_t start = 0;
        for (size_t i = 0; i <= e.context.size(); ++i)
          if (i == e.context.size() || e.context[i] == ' ') {
            if (i > start) words.push_back(e.context.substr(start, i - start));
            start = i + 1;
          }
        if (!words.empty()) {
          size_t w = rng_.below(words.size()), n = 1 + rng_.below(6);
          for (size_t k = w; k < std::min(words.size(), w + n); ++k) answer += (k > w ? " " : "") + words[k];
        }
      }
      p.answers[e.id] = answer;
    }
  }
  void fill(const data::TaskInfo&, const data::BitextExample& ex, Predictions& p) {
    std::map<std::string, size_t> target_index;
    for (size_t i = 0; i < ex.target.size(); ++i) target_index[ex.target[i].id] = i;
    std::map<std::string, std::string> gold;
    for (const auto& [s, t] : ex.gold) gold[s] = std::to_string(target_index.at(t));
    for (const auto& s : ex.source) {
      std::string line = chance(right()) && gold.count(s.id) ? gold[s.id] : std::to_string(rng_.below(ex.target.size()));
      if (mode_ == 2 && chance(0.1)) line = " " + line;  // Tatoeba lines are compared unstripped: wrong
      p.lines.push_back(line);
    }
  }
  // A ranking of up to 20 (sometimes more, with repeats) ids, with the relevant ones placed at
  // random ranks, some beyond 20.
  std::vector<std::string> ranking(const std::vector<std::string>& all, const std::vector<std::string>& relevant) {
    std::vector<std::string> r;
    const size_t n = 15 + rng_.below(10);
    for (size_t i = 0; i < n && !all.empty(); ++i) r.push_back(pick(all));
    for (const auto& id : relevant)
      if (chance(right() + 0.2)) r.insert(r.begin() + static_cast<std::ptrdiff_t>(rng_.below(r.size() + 1)), id);
    if (mode_ == 2 && !r.empty() && chance(0.3)) r.insert(r.begin(), r.back());  // a repeat: counted once
    return r;
  }
  void fill(const data::TaskInfo&, const data::LareqaExample& ex, Predictions& p) {
    std::vector<std::string> all;
    for (const auto& c : ex.candidates) all.push_back(c.uid);
    for (const auto& q : ex.questions) {
      if (mode_ == 2 && chance(0.1)) continue;  // no prediction: 0
      std::vector<std::string> relevant;
      for (const auto& c : ex.candidates)
        if (std::count(c.xling_ids.begin(), c.xling_ids.end(), q.xling_id)) relevant.push_back(c.uid);
      p.rankings[q.uid] = ranking(all, relevant);
    }
    if (mode_ == 2) p.rankings["not-a-question"] = all;  // ignored by the official loop
  }
  void fill(const data::TaskInfo&, const data::MewslixExample& ex, Predictions& p) {
    std::vector<std::string> all;
    for (const auto& e : ex.entities) all.push_back(e.entity_id);
    for (const auto& m : ex.mentions) {
      if (mode_ == 2 && chance(0.1)) continue;
      p.rankings[m.example_id] = ranking(all, {m.entity_id});
    }
  }

  SplitMix64 rng_;
  int mode_;
};

// Every labelled (task, split, language) under `dir`, with score_predictions' headline value and
// the rows' total compared; returns the number of datasets compared per task kind.
std::map<data::TaskKind, int> compare_every_dataset(const fs::path& dir, int modes, int* refused_out = nullptr) {
  std::map<data::TaskKind, int> compared;
  int refused = 0;
  for (const auto& name : data::task_names()) {
    const data::TaskInfo& task = data::task_info(name);
    if (name == "bucc2018") continue;  // no per-example decomposition (tested below)
    for (const data::DataFiles& files : data::available(dir, task)) {
      const data::Dataset d = data::reader(task.reader)(task, files);
      if (!d.labelled || d.size() == 0) continue;
      const std::string where = fmt::format("{} {}-{} in {}", name, files.split, files.lang, dir.string());
      for (int mode = 0; mode < modes; ++mode) {
        Predictor predictor(1000 + static_cast<uint64_t>(mode), mode);
        const Predictions p = predictor.predict(task, d);
        double official = 0;
        try {
          official = score_predictions(task, d, p).at(headline_metric(task));
        } catch (const ConfigError&) {
          // A task the scorer does not define (retrieval outside the benchmarks): refused alike.
          EXPECT_THROW(example_scores(task, d, p), ConfigError) << where;
          break;
        } catch (const FormatError&) {
          // Data the official loop refuses (e.g. an answered SQuAD 2.0 question without gold).
          EXPECT_THROW(example_scores(task, d, p), FormatError) << where;
          ++refused;
          continue;
        }
        const ExampleScores rows = example_scores(task, d, p);
        EXPECT_EQ(rows.size(), d.size()) << where;
        EXPECT_EQ(rows.metric, headline_metric(task)) << where;
        EXPECT_NEAR(rows.total(), official, 1e-9) << where << " mode " << mode;
        if (mode == 0) ++compared[task.kind];
      }
    }
  }
  if (refused_out) *refused_out = refused;
  return compared;
}

TEST(ExampleScores, FixturesReproduceTheOfficialScoreForEveryTaskKind) {
  int refused = 0;
  const auto compared = compare_every_dataset(test::test_data_dir() / "data", 3, &refused);
  EXPECT_GT(refused, 0);  // squad2: answered impossible questions are refused by both
  // The fixtures hold labelled data of every kind; a kind compared 0 times would hide a gap.
  for (auto kind : {data::TaskKind::Classification, data::TaskKind::MultipleChoice, data::TaskKind::Tagging,
                    data::TaskKind::Qa, data::TaskKind::Retrieval})
    EXPECT_GT(compared.count(kind) ? compared.at(kind) : 0, 0) << data::to_string(kind);
}

TEST(ExampleScores, RealXtremeDataReproducesTheOfficialScore) {
  XLFUSE_REQUIRE_SHARED("data/xtreme");
  const auto compared = compare_every_dataset(test::shared_dir() / "data/xtreme", 2);
  EXPECT_GT(compared.count(data::TaskKind::Tagging) ? compared.at(data::TaskKind::Tagging) : 0, 30);
  EXPECT_GT(compared.count(data::TaskKind::Qa) ? compared.at(data::TaskKind::Qa) : 0, 10);
}

// LAReQA against the pool of every language (score_lareqa_pool).
void compare_lareqa_pool(const fs::path& dir, size_t min_languages) {
  const data::TaskInfo& task = data::task_info("lareqa");
  std::vector<data::Dataset> datasets;
  for (const data::DataFiles& files : data::available(dir, task)) datasets.push_back(data::reader(task.reader)(task, files));
  ASSERT_GE(datasets.size(), min_languages) << dir;
  std::vector<const data::Dataset*> pool;
  for (const auto& d : datasets) pool.push_back(&d);
  for (const auto& d : datasets) {
    Predictor predictor(7, 2);
    Predictions p = predictor.predict(task, d);
    // Rank other languages' answers too: relevant in the pool, not in the language alone.
    const auto& other = std::get<data::LareqaExample>(datasets[(&d - datasets.data() + 1) % datasets.size()].examples);
    const auto& own = std::get<data::LareqaExample>(d.examples);
    for (const auto& q : own.questions)
      for (const auto& c : other.candidates)
        if (p.rankings.count(q.uid) &&
            std::count(c.xling_ids.begin(), c.xling_ids.end(), q.xling_id))
          p.rankings[q.uid].insert(p.rankings[q.uid].begin(), c.uid);
    const double official = score_lareqa_pool(d, pool, p).at("map@20");
    const ExampleScores rows = example_scores(task, d, p, pool);
    EXPECT_NEAR(rows.total(), official, 1e-9) << d.lang;
    // Without the pool, relevance is the language's own candidates (score_predictions).
    EXPECT_NEAR(example_scores(task, d, p).total(), score_predictions(task, d, p).at("map@20"), 1e-9) << d.lang;
  }
}

TEST(ExampleScores, LareqaPoolFixtures) { compare_lareqa_pool(test::test_data_dir() / "data", 2); }

TEST(ExampleScores, LareqaPoolRealData) {
  XLFUSE_REQUIRE_SHARED("data/xtreme/lareqa");
  compare_lareqa_pool(test::shared_dir() / "data/xtreme", 11);
}

// ---- hand-made cases ----

data::Dataset tagging_dataset(const std::vector<std::vector<std::string>>& tags) {
  data::Dataset d;
  d.task = "panx";
  d.split = "dev";
  d.lang = "xx";
  d.labelled = true;
  std::vector<data::TaggingExample> examples;
  for (const auto& t : tags) {
    data::TaggingExample e;
    e.words.assign(t.size(), "w");
    e.tags = t;
    examples.push_back(e);
  }
  d.examples = examples;
  return d;
}

TEST(ExampleScores, MetricOfHandMadeSums) {
  ExampleScores mean;
  mean.metric = "accuracy";
  mean.values = {1, 1, 0, 1, 1, 1, 1, 1};
  EXPECT_DOUBLE_EQ(mean.total(), 75.0);
  EXPECT_DOUBLE_EQ(mean.metric_of({1, 4}), 25.0);
  EXPECT_DOUBLE_EQ(mean.metric_of({0, 0}), 0.0);  // nothing counted (no query kept)

  ExampleScores f1;
  f1.metric = "f1";
  f1.kind = ExampleScores::Kind::F1;
  f1.width = 3;
  f1.values = {1, 2, 1, 1, 1, 3};  // 2 correct of 3 predicted, 4 gold
  EXPECT_EQ(f1.size(), 2u);
  EXPECT_NEAR(f1.total(), 100 * 2.0 * 2 / (3 + 4), 1e-12);
  EXPECT_DOUBLE_EQ(f1.total(), eval::prf_from_counts(2, 3, 4).f1);
  EXPECT_DOUBLE_EQ(f1.metric_of({0, 0, 0}), 0.0);  // no chunk anywhere: 0, as seqeval
  EXPECT_DOUBLE_EQ(f1.metric_of({0, 5, 0}), 0.0);
  EXPECT_DOUBLE_EQ(f1.metric_of({3, 3, 3}), 100.0);

  XLFUSE_EXPECT_THROW_WITH(f1.metric_of({1, 2}), std::invalid_argument, "2 sums for rows of width 3");
  ExampleScores empty;
  empty.metric = "accuracy";
  XLFUSE_EXPECT_THROW_WITH(empty.total(), std::invalid_argument, "no rows");
  XLFUSE_EXPECT_THROW_WITH(empty.metric_of({0, 0}), std::invalid_argument, "no rows");
}

TEST(ExampleScores, TaggingRowsAreChunksPerSentence) {
  const data::TaskInfo& task = data::task_info("panx");
  const auto d = tagging_dataset({{"B-PER", "I-PER", "O", "B-LOC"}, {"O", "O"}, {"B-ORG", "I-ORG"}});
  Predictions p;
  p.tags = {{"B-PER", "I-PER", "O", "B-ORG"}, {"B-LOC", "O"}, {"B-ORG", "I-ORG"}};
  const ExampleScores rows = example_scores(task, d, p);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows.kind, ExampleScores::Kind::F1);
  EXPECT_EQ(rows.values, (std::vector<double>{1, 2, 2, 0, 1, 0, 1, 1, 1}));
  EXPECT_DOUBLE_EQ(rows.total(), score_predictions(task, d, p).at("f1"));
  // Sentences of different lengths: seqeval 0.0.12 shifts offsets; the rows still add up.
  p.tags = {{"B-PER", "I-PER", "O"}, {"O", "B-LOC", "I-LOC"}, {"B-ORG", "I-ORG"}};
  EXPECT_NEAR(example_scores(task, d, p).total(), score_predictions(task, d, p).at("f1"), 1e-12);
}

TEST(ExampleScores, EmptyDatasetHasNoRows) {
  const data::TaskInfo& task = data::task_info("xnli");
  data::Dataset d;
  d.task = "xnli";
  d.split = "dev";
  d.lang = "en";
  d.labelled = true;
  d.examples = std::vector<data::PairExample>{};
  const ExampleScores rows = example_scores(task, d, Predictions{});
  EXPECT_EQ(rows.size(), 0u);
  EXPECT_THROW(rows.total(), std::invalid_argument);
}

TEST(ExampleScores, UnlabelledDataIsAFormatError) {
  const data::TaskInfo& task = data::task_info("xnli");
  const data::Dataset d = data::read_task(test::test_data_dir() / "data", "xnli", "test", "en");
  ASSERT_FALSE(d.labelled);
  Predictions p;
  p.lines.assign(d.size(), "entailment");
  XLFUSE_EXPECT_THROW_WITH(example_scores(task, d, p), FormatError, "xnli test-en has no labels");
}

TEST(ExampleScores, BuccIsAConfigError) {
  const data::TaskInfo& task = data::task_info("bucc2018");
  const data::Dataset d = data::read_task(test::test_data_dir() / "data", "bucc2018", "dev", "de");
  ASSERT_TRUE(d.labelled);
  XLFUSE_EXPECT_THROW_WITH(example_scores(task, d, Predictions{}), ConfigError, "no per-example scores");
}

TEST(ExampleScores, SizeMismatchIsRefused) {
  const data::TaskInfo& task = data::task_info("panx");
  const auto d = tagging_dataset({{"O"}, {"O"}});
  Predictions p;
  p.tags = {{"O"}};
  XLFUSE_EXPECT_THROW_WITH(example_scores(task, d, p), std::invalid_argument, "1 predicted sentences for 2 gold");
}

TEST(ExampleScores, RepeatedQueryIdIsRefused) {
  const data::TaskInfo& task = data::task_info("mewslix");
  data::Dataset d;
  d.task = "mewslix";
  d.split = "dev";
  d.lang = "en";
  d.labelled = true;
  data::MewslixExample ex;
  ex.mentions.resize(2);
  ex.mentions[0].example_id = ex.mentions[1].example_id = "m1";
  ex.mentions[0].entity_id = ex.mentions[1].entity_id = "Q1";
  d.examples = ex;
  XLFUSE_EXPECT_THROW_WITH(example_scores(task, d, Predictions{}), FormatError, "query id 'm1' appears more than once");
}

}  // namespace
}  // namespace xlfuse::decode
