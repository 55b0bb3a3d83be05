#include "xlfuse/eval/xtreme_score.h"

#include <mutex>
#include <sstream>

#include <fmt/format.h>

#include "xlfuse/core/error.h"

namespace xlfuse::eval {
namespace {

std::vector<std::string> langs(const std::string& csv) {
  std::vector<std::string> out;
  std::stringstream ss(csv);
  std::string item;
  while (std::getline(ss, item, ',')) out.push_back(item);
  return out;
}

TaskInfo task(std::string name, TaskMetric metric, std::string ext, const std::string& languages, bool official = true) {
  TaskInfo t;
  t.name = std::move(name);
  t.metric = metric;
  t.extension = std::move(ext);
  t.languages = langs(languages);
  t.in_official_score = official;
  return t;
}

// evaluate.py's TASK2LANGS (XTREME) and the XTREME-R lists (the XTREME ones with the new
// languages appended).
const char* kXnli = "ar,bg,de,el,en,es,fr,hi,ru,sw,th,tr,ur,vi,zh";
const char* kPawsx = "de,en,es,fr,ja,ko,zh";
const char* kPanx =
    "ar,he,vi,id,jv,ms,tl,eu,ml,ta,te,af,nl,en,de,el,bn,hi,mr,ur,fa,fr,it,pt,es,bg,ru,ja,ka,ko,th,sw,yo,my,zh,kk,tr,et,fi,hu";
const char* kUdpos = "af,ar,bg,de,el,en,es,et,eu,fa,fi,fr,he,hi,hu,id,it,ja,kk,ko,mr,nl,pt,ru,ta,te,th,tl,tr,ur,vi,yo,zh";
const char* kTatoeba =
    "ar,he,vi,id,jv,tl,eu,ml,ta,te,af,nl,de,el,bn,hi,mr,ur,fa,fr,it,pt,es,bg,ru,ja,ka,ko,th,sw,zh,kk,tr,et,fi,hu";
const char* kXquad = "en,es,de,el,ru,tr,ar,vi,th,zh,hi";
const char* kMlqa = "en,es,de,ar,hi,vi,zh";
const char* kTydiqa = "en,ar,bn,fi,id,ko,ru,sw,te";

// The label set of a task's lines (see TaskInfo::labels).
TaskInfo with_labels(TaskInfo t) {
  if (t.name == "xnli") t.labels = nli_labels();
  if (t.name == "pawsx") t.labels = {"0", "1"};
  if (t.name == "udpos") t.labels = upos_labels();
  if (t.name == "panx") t.labels = panx_labels();
  t.integer_lines = t.name == "tatoeba";
  return t;
}

BenchmarkInfo make_xtreme() {
  BenchmarkInfo b;
  b.benchmark = Benchmark::Xtreme;
  b.tasks = {
      task("pawsx", TaskMetric::Accuracy, "tsv", kPawsx),
      task("xnli", TaskMetric::Accuracy, "tsv", kXnli),
      task("panx", TaskMetric::Seqeval, "tsv", kPanx),
      task("udpos", TaskMetric::Seqeval, "tsv", kUdpos),
      task("bucc2018", TaskMetric::Bucc, "tsv", "de,fr,ru,zh"),
      task("tatoeba", TaskMetric::Accuracy, "tsv", kTatoeba),
      task("xquad", TaskMetric::Squad, "json", kXquad),
      task("mlqa", TaskMetric::Mlqa, "json", kMlqa),
      task("tydiqa", TaskMetric::Squad, "json", kTydiqa),
  };
  b.groups = {
      {"classification", {"pawsx", "xnli"}},
      {"tagging", {"udpos", "panx"}},
      {"qa", {"xquad", "mlqa", "tydiqa"}},
      {"retrieval", {"bucc2018", "tatoeba"}},
  };
  for (auto& t : b.tasks) t = with_labels(std::move(t));
  return b;
}

BenchmarkInfo make_xtreme_r() {
  BenchmarkInfo b;
  b.benchmark = Benchmark::XtremeR;
  b.tasks = {
      task("xnli", TaskMetric::Accuracy, "tsv", kXnli),
      task("xcopa", TaskMetric::JsonAccuracy, "jsonl", "et,ht,id,it,qu,sw,ta,th,tr,vi,zh"),
      task("udpos", TaskMetric::Seqeval, "tsv", std::string(kUdpos) + ",lt,pl,uk,wo,ro"),
      task("panx", TaskMetric::Seqeval, "tsv", std::string(kPanx) + ",qu,pl,uk,az,lt,pa,gu,ro"),
      task("xquad", TaskMetric::Squad, "json", std::string(kXquad) + ",ro"),
      task("mlqa", TaskMetric::Mlqa, "json", kMlqa),
      task("tydiqa", TaskMetric::Squad, "json", kTydiqa),
      task("tatoeba", TaskMetric::Accuracy, "tsv", std::string(kTatoeba) + ",az,lt,pl,uk,ro"),
      task("mewslix", TaskMetric::MewslixMrr, "json", "ar,de,en,es,fa,ja,pl,ro,ta,tr,uk"),
      // evaluate.py: lareqa: [] (see the header). The XQuAD-R languages are scored here.
      task("lareqa", TaskMetric::LareqaMap, "json", "ar,de,el,en,es,hi,ru,th,tr,vi,zh", /*official=*/false),
  };
  b.groups = {
      {"classification", {"xnli", "xcopa"}},
      {"tagging", {"udpos", "panx"}},
      {"qa", {"xquad", "mlqa", "tydiqa"}},
      {"retrieval", {"tatoeba", "mewslix"}},
      {"multi_choice", {"xcopa"}},
  };
  for (auto& t : b.tasks) t = with_labels(std::move(t));
  return b;
}

}  // namespace


std::vector<std::string> TaskInfo::metric_names() const {
  switch (metric) {
    case TaskMetric::Accuracy:
    case TaskMetric::JsonAccuracy:
      return {kAccuracy};
    case TaskMetric::Seqeval:
    case TaskMetric::Bucc:
      return {kF1, kPrecision, kRecall};
    case TaskMetric::Squad:
    case TaskMetric::Mlqa:
      return {kExactMatch, kF1};
    case TaskMetric::MewslixMrr:
    case TaskMetric::LareqaMap:
      return {kMapAt20};
  }
  return {};
}

const TaskInfo* BenchmarkInfo::find(std::string_view name) const {
  for (const auto& t : tasks)
    if (t.name == name) return &t;
  return nullptr;
}

const BenchmarkInfo& benchmark_info(Benchmark benchmark) {
  static const BenchmarkInfo xtreme = make_xtreme();
  static const BenchmarkInfo xtreme_r = make_xtreme_r();
  return benchmark == Benchmark::Xtreme ? xtreme : xtreme_r;
}

const TaskInfo* find_task(std::string_view name) {
  if (const auto* t = benchmark_info(Benchmark::XtremeR).find(name)) return t;
  return benchmark_info(Benchmark::Xtreme).find(name);
}

MetricValues average_over_languages(const std::vector<std::pair<std::string, MetricValues>>& per_language) {
  std::map<std::string, std::pair<double, size_t>> sums;
  for (const auto& [lang, values] : per_language) {
    for (const auto& [metric, value] : values) {
      auto& s = sums[metric];
      s.first += value;
      ++s.second;
    }
  }
  MetricValues out;
  for (const auto& [metric, s] : sums) out[metric] = s.first / static_cast<double>(s.second);
  return out;
}

std::optional<double> avg_metric(const TaskInfo& task, const MetricValues& averages) {
  auto get = [&](const char* name) -> std::optional<double> {
    auto it = averages.find(name);
    if (it == averages.end()) return std::nullopt;
    return it->second;
  };
  if (task.is_qa()) {
    auto em = get(kExactMatch);
    auto f1 = get(kF1);
    if (em && f1) return (*em + *f1) / 2;
    return std::nullopt;
  }
  if (auto f1 = get(kF1)) return f1;
  if (auto acc = get(kAccuracy)) return acc;
  return get(kMapAt20);
}

std::optional<double> mean_if_complete(const std::vector<std::optional<double>>& values) {
  if (values.empty()) return std::nullopt;
  double sum = 0;
  for (const auto& v : values) {
    if (!v) return std::nullopt;
    sum += *v;
  }
  return sum / static_cast<double>(values.size());
}

const std::vector<std::string>& nli_labels() {
  static const std::vector<std::string> labels = {"contradiction", "entailment", "neutral"};
  return labels;
}

const std::vector<std::string>& upos_labels() {
  static const std::vector<std::string> labels = {"ADJ",  "ADP", "ADV",   "AUX",   "CCONJ", "DET",  "INTJ", "NOUN", "NUM",
                                                  "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};
  return labels;
}

const std::vector<std::string>& panx_labels() {
  static const std::vector<std::string> labels = {"B-LOC", "B-ORG", "B-PER", "I-LOC", "I-ORG", "I-PER", "O"};
  return labels;
}

}  // namespace xlfuse::eval
