// `xlfuse ensemble search` (run_search) through the label path against the full-output path
// (SearchOptions::label_path = false): the same search.json and search.md, byte for byte, on
// real-shaped inputs: real sentences tokenised with the mBERT vocabulary (long sentences split
// into several features), several languages, members with synthetic logits rounded to halves (so
// labels often tie within a member and across members), one member a copy of another; UD-POS with
// the task's labels and with a model label list that lacks two gold tags; classification (XNLI).
// And make_label_scorer's fall-backs (label_scorers.h).
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include <fmt/format.h>

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/rng.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/decode/raw_context.h"
#include "xlfuse/ensemble/label_scorers.h"
#include "xlfuse/ensemble/run_search.h"
#include "xlfuse/io/raw_outputs.h"
#include "xlfuse/text/tokenizer.h"

namespace xlfuse::ensemble {
namespace {

namespace fs = std::filesystem;

fs::path source() { return fs::path(XLFUSE_SOURCE_DIR); }

// Members' prediction folders with synthetic raw outputs for (task, split, lang) sets.
class SearchInputs {
 public:
  SearchInputs(const fs::path& root, const std::string& data_dir, int64_t max_seq_length)
      : root_(root), data_dir_(data_dir), max_seq_length_(max_seq_length) {
    fs::create_directories(root_ / "model");
    fs::copy_file(source() / "examples/data/mbert-vocab/vocab.txt", root_ / "model" / text::kWordPieceVocabFile);
  }

  // Writes every member's outputs on (task, split, lang). `labels`: the model's label list (empty:
  // the task's). Member m's logits: per unit and label a shared difficulty, the member's own noise
  // and a margin on the gold label, rounded to halves; the last member copies member 0.
  void add(const std::string& task, const std::string& split, const std::string& lang, size_t members,
           std::vector<std::string> labels = {}) {
    const data::TaskInfo& info = data::task_info(task);
    if (labels.empty()) labels = info.labels;
    io::RawOutputs r;
    r.kind = info.kind == data::TaskKind::Tagging ? io::RawOutputKind::Tagging : io::RawOutputKind::Classification;
    r.meta.task = task;
    r.meta.split = split;
    r.meta.lang = lang;
    r.meta.labels = labels;
    r.meta.head_kind = info.kind == data::TaskKind::Tagging ? "token_classification" : "sequence_classification";
    r.meta.extra = {{"model_dir", (root_ / "model").string()}, {"max_seq_length", std::to_string(max_seq_length_)}};
    const decode::DecodeInputs in = decode::rebuild_decode_inputs(r, data_dir_);
    for (const data::Feature& f : in.features) {
      r.example_index.push_back(f.example_index);
      r.window.push_back(f.window);
      r.choice.push_back(f.choice);
      r.lengths.push_back(static_cast<int64_t>(f.length()));
    }
    // The gold label index (in `labels`) of each unit, or none.
    auto gold_of = [&](int32_t task_label) -> size_t {
      if (task_label < 0) return SIZE_MAX;
      const auto it = std::find(labels.begin(), labels.end(), info.labels[static_cast<size_t>(task_label)]);
      return it == labels.end() ? SIZE_MAX : static_cast<size_t>(it - labels.begin());
    };
    const uint64_t seed = std::hash<std::string>{}(task + split + lang);
    for (size_t m = 0; m < members; ++m) {
      SplitMix64 shared(seed), own(seed * 31 + (m + 1 == members ? 0 : m));
      r.logits.clear();
      for (const data::Feature& f : in.features) {
        const bool tagging = r.kind == io::RawOutputKind::Tagging;
        const size_t units = tagging ? f.length() : 1;
        std::vector<float> row(units * labels.size());
        for (size_t u = 0; u < units; ++u) {
          const size_t gold =
              gold_of(!tagging ? f.label : u < f.token_labels.size() ? f.token_labels[u] : data::kIgnoreIndex);
          for (size_t l = 0; l < labels.size(); ++l) {
            const double x = shared.uniform() * 2 - 1 + (own.uniform() - 0.5) * 4 + (l == gold ? 1.5 : 0.0);
            row[u * labels.size() + l] = static_cast<float>(std::round(x * 2) / 2);
          }
        }
        r.logits.push_back(std::move(row));
      }
      const fs::path file = root_ / fmt::format("m{}", m) / "raw" / task / fmt::format("{}-{}.safetensors", split, lang);
      fs::create_directories(file.parent_path());
      io::write_raw_outputs(file.string(), r);
    }
    last_ = r;
    last_inputs_ = in;
  }

  std::string members(size_t n) const {
    std::string out;
    for (size_t m = 0; m < n; ++m) out += fmt::format("{}m{}={}", m ? "," : "", m, (root_ / fmt::format("m{}", m)).string());
    return out;
  }

  // The last set added: member 0's outputs and the decode inputs.
  io::RawOutputs last_;
  decode::DecodeInputs last_inputs_;

 private:
  fs::path root_;
  std::string data_dir_;
  int64_t max_seq_length_;
};

// Runs the search both ways; the files must be identical. Returns the label path's JSON.
std::string search_both_ways(const SearchInputs& inputs, size_t members, const std::string& task,
                             const std::string& split, const test::TempDir& dir, const std::string& data_dir,
                             const std::string& langs = "all") {
  SearchOptions o;
  o.langs = langs;
  o.members = inputs.members(members);
  o.task = task;
  o.split = split;
  o.data_dir = data_dir;
  o.label_path = false;
  o.out_dir = (dir / "full").string();
  run_search(o);
  o.label_path = true;
  o.out_dir = (dir / "labels").string();
  const SearchSummary s = run_search(o);
  EXPECT_EQ(s.subsets, (1u << members) - 1);
  for (const char* file : {"search.json", "search.md"})
    EXPECT_EQ(test::read_file(dir / "labels" / file), test::read_file(dir / "full" / file)) << task << " " << file;
  return test::read_file(dir / "labels/search.json");
}

TEST(RunSearchLabelPath, TaggingSeveralLanguagesSameFilesAsFullOutputs) {
  test::TempDir dir;
  const std::string data = (source() / "examples/data/xtreme-mini").string();
  SearchInputs inputs(dir / "members", data, 32);  // short: long sentences are split
  inputs.add("udpos", "dev", "en", 5);
  for (const char* lang : {"de", "es", "fi", "zh"}) inputs.add("udpos", "test", lang, 5);
  // Real-shaped: several features per sentence somewhere, several sub-words per word.
  bool split_sentence = false;
  for (int64_t w : inputs.last_.window) split_sentence |= w > 0;
  EXPECT_TRUE(split_sentence);
  std::string why;
  EXPECT_TRUE(make_label_scorer(data::task_info("udpos"), inputs.last_inputs_.dataset, inputs.last_inputs_.features,
                                inputs.last_, &why))
      << why;
  const std::string json = search_both_ways(inputs, 5, "udpos", "test", dir, data);
  EXPECT_NE(json.find("\"oracle\""), std::string::npos);
}

// UD-POS test has an English set of its own, beside the English dev set the subsets are chosen on.
TEST(RunSearchLabelPath, EnglishAmongTheTargetLanguages) {
  test::TempDir dir;
  const std::string data = (source() / "examples/data/xtreme-mini").string();
  SearchInputs inputs(dir / "members", data, 32);
  inputs.add("udpos", "dev", "en", 3);
  for (const char* lang : {"en", "de"}) inputs.add("udpos", "test", lang, 3);
  const auto j = nlohmann::json::parse(search_both_ways(inputs, 3, "udpos", "test", dir, data, "en,de"));
  for (const auto& subset : j["subsets"]) {
    EXPECT_TRUE(subset["languages"].contains("en")) << subset.dump();
    EXPECT_TRUE(subset["languages"].contains("de")) << subset.dump();
    EXPECT_TRUE(subset["english_dev"].is_number());
  }
  EXPECT_TRUE(j["oracle"].contains("en"));
  EXPECT_NE(test::read_file(dir / "labels/search.md").find("| en dev | target mean | en | de |"), std::string::npos);
}

TEST(RunSearchLabelPath, TaggingWithGoldTagsTheModelLacks) {
  test::TempDir dir;
  const std::string data = (source() / "examples/data/xtreme-mini").string();
  SearchInputs inputs(dir / "members", data, 48);
  std::vector<std::string> labels = data::task_info("udpos").labels;
  labels.erase(std::remove_if(labels.begin(), labels.end(), [](const std::string& l) { return l == "X" || l == "SYM"; }),
               labels.end());
  std::reverse(labels.begin(), labels.end());
  inputs.add("udpos", "dev", "en", 4, labels);
  for (const char* lang : {"de", "zh"}) inputs.add("udpos", "test", lang, 4, labels);
  std::string why;
  EXPECT_TRUE(make_label_scorer(data::task_info("udpos"), inputs.last_inputs_.dataset, inputs.last_inputs_.features,
                                inputs.last_, &why))
      << why;
  search_both_ways(inputs, 4, "udpos", "test", dir, data);
}

TEST(RunSearchLabelPath, ClassificationSameFilesAsFullOutputs) {
  test::TempDir dir;
  // XNLI-shaped data: English dev and three target languages of premise / hypothesis / label
  // lines, with words from the fixture's sentences.
  const fs::path data = dir / "data";
  fs::create_directories(data / "xnli");
  const std::vector<std::string> labels = data::task_info("xnli").labels;
  SplitMix64 rng(5);
  const std::vector<std::string> words = {"the", "river", "flows", "north", "he", "said", "Mama", "home", "über",
                                          "niño", "时间", "a", "of", "to", "Helsinki", "kaupunki"};
  auto sentence = [&] {
    std::string s;
    for (size_t i = 0, n = 3 + rng.below(20); i < n; ++i) s += (i ? " " : "") + words[rng.below(words.size())];
    return s;
  };
  for (const char* file : {"dev-en", "test-de", "test-fr", "test-zh"}) {
    std::string text;
    for (int i = 0; i < 400; ++i) text += sentence() + "\t" + sentence() + "\t" + labels[rng.below(labels.size())] + "\n";
    test::write_file(data / "xnli" / (std::string(file) + ".tsv"), text);
  }
  SearchInputs inputs(dir / "members", data.string(), 24);
  inputs.add("xnli", "dev", "en", 6);
  for (const char* lang : {"de", "fr", "zh"}) inputs.add("xnli", "test", lang, 6);
  std::string why;
  EXPECT_TRUE(make_label_scorer(data::task_info("xnli"), inputs.last_inputs_.dataset, inputs.last_inputs_.features,
                                inputs.last_, &why))
      << why;
  search_both_ways(inputs, 6, "xnli", "test", dir, data.string());
}

// Real PAN-X dev sets (../shared), when present: IOB2 labels, many sentences.
TEST(RunSearchLabelPath, PanxSharedDataSameFilesAsFullOutputs) {
  XLFUSE_REQUIRE_SHARED("data/xtreme/panx/dev-de.tsv");
  test::TempDir dir;
  const std::string data = (test::shared_dir() / "data/xtreme").string();
  SearchInputs inputs(dir / "members", data, 128);
  for (const char* lang : {"en", "de", "ja"}) inputs.add("panx", "dev", lang, 3);  // en: the English dev set
  search_both_ways(inputs, 3, "panx", "dev", dir, data, "de,ja");
}

// ---- make_label_scorer's fall-backs ----

class LabelScorerFallback : public ::testing::Test {
 protected:
  void SetUp() override {
    inputs_ = std::make_unique<SearchInputs>(dir_ / "members", (source() / "examples/data/xtreme-mini").string(), 64);
    inputs_->add("udpos", "test", "de", 2);
  }
  LabelScorer scorer(const io::RawOutputs& r, const data::Dataset& d, std::string* why) {
    return make_label_scorer(data::task_info("udpos"), d, inputs_->last_inputs_.features, r, why);
  }
  test::TempDir dir_;
  std::unique_ptr<SearchInputs> inputs_;
};

TEST_F(LabelScorerFallback, OtherOutputKindsAndLabelCounts) {
  std::string why;
  io::RawOutputs r = inputs_->last_;
  const data::Dataset& d = inputs_->last_inputs_.dataset;
  ASSERT_TRUE(scorer(r, d, &why)) << why;
  io::RawOutputs qa = r;
  qa.kind = io::RawOutputKind::Qa;
  EXPECT_FALSE(scorer(qa, d, &why));
  EXPECT_NE(why.find("qa"), std::string::npos) << why;
  io::RawOutputs many = r;
  many.meta.labels.assign(256, "NOUN");
  EXPECT_FALSE(scorer(many, d, &why));
  EXPECT_NE(why.find("256 labels"), std::string::npos) << why;
}

TEST_F(LabelScorerFallback, TagSetsWhoseChunksCouldCrossSentences) {
  std::string why;
  const data::Dataset& d = inputs_->last_inputs_.dataset;
  for (const char* odd : {"OTHER", ".", "B-O", "X-", ""}) {
    io::RawOutputs r = inputs_->last_;
    r.meta.labels.back() = odd;
    EXPECT_FALSE(scorer(r, d, &why)) << odd;
  }
}

TEST_F(LabelScorerFallback, GoldSentenceOfAnotherLengthOrNoLabels) {
  std::string why;
  data::Dataset d = inputs_->last_inputs_.dataset;
  std::get<std::vector<data::TaggingExample>>(d.examples)[3].tags.pop_back();
  EXPECT_FALSE(scorer(inputs_->last_, d, &why));
  EXPECT_NE(why.find("gold tags"), std::string::npos) << why;
  data::Dataset unlabelled = inputs_->last_inputs_.dataset;
  unlabelled.labelled = false;
  EXPECT_FALSE(scorer(inputs_->last_, unlabelled, &why));
}

}  // namespace
}  // namespace xlfuse::ensemble
