// ensemble.json reader, strict. See ensemble_record.h.
#include "xlfuse/report/ensemble_record.h"

#include <filesystem>
#include <set>

#include <fmt/format.h>

#include "xlfuse/report/json_fields.h"
#include "xlfuse/report/scores_file.h"

namespace xlfuse::report {

namespace {

constexpr const char* kFormat = "xlfuse.ensemble";
const std::set<std::string> kWeightSources = {"uniform", "english-dev", "fitted", "caruana"};

DeltaInterval read_delta(const JsonFields& parent, const std::string& key) {
  const JsonFields d = parent.object(key);
  DeltaInterval out{d.number("delta"), d.number("low"), d.number("high")};
  if (out.low > out.high) d.fail("high", fmt::format("a value >= low ({})", out.low));
  return out;
}

int64_t count(const JsonFields& j, const std::string& key) {
  const int64_t v = j.integer(key);
  if (v < 0) j.fail(key, "a count >= 0");
  return v;
}

}  // namespace

const EnsembleLanguage* EnsembleRecord::find_language(const std::string& lang) const {
  for (const auto& l : languages)
    if (l.lang == lang) return &l;
  return nullptr;
}

const EnsembleMemberRecord* EnsembleRecord::find_member(const std::string& name) const {
  for (const auto& m : members)
    if (m.name == name) return &m;
  return nullptr;
}

EnsembleRecord read_ensemble_record(const std::string& file) {
  const nlohmann::json root = read_json_file(file);
  const JsonFields j(root, file);
  j.require_object();
  EnsembleRecord r;
  r.file = file;
  r.folder = std::filesystem::path(file).parent_path().string();
  if (j.string("format") != kFormat) j.fail("format", fmt::format("\"{}\"", kFormat));
  r.format_version = j.integer("format_version");
  if (r.format_version != 1) j.fail("format_version", "1 (the version this report reads)");
  r.task = j.string("task");
  if (r.task.empty()) j.fail("task", "a task name");
  r.split = j.string("split");
  if (r.split.empty()) j.fail("split", "a split name");
  r.method = j.string("method");
  r.weights_from = j.string("weights_from");
  if (!kWeightSources.count(r.weights_from)) j.fail("weights_from", "one of uniform, english-dev, fitted, caruana");
  r.metric = j.string("metric");
  if (r.metric.empty()) j.fail("metric", "a metric name");

  std::set<std::string> names;
  for (const JsonFields& m : j.array("members")) {
    m.require_object();
    EnsembleMemberRecord member;
    member.name = m.string("name");
    if (member.name.empty() || !names.insert(member.name).second) m.fail("name", "a non-empty name used once");
    member.folder = m.string("folder");
    member.weight = m.number("weight");
    if (member.weight < 0) m.fail("weight", "a weight >= 0");
    member.model_dir = m.string("model_dir");
    member.model_hash = m.string("model_hash");
    member.chain = m.strings("chain");
    r.members.push_back(std::move(member));
  }
  if (r.members.size() < 2) j.fail("members", "at least two members");
  auto require_member = [&](const JsonFields& where, const std::string& key, const std::string& name) {
    if (!names.count(name)) where.fail(key, "the name of one of the members");
  };

  std::map<std::string, EnsembleLanguage> by_lang;
  for (const auto& [lang, entry] : j.object("languages").items()) {
    entry.require_object();
    EnsembleLanguage l;
    l.lang = lang;
    l.ensemble = entry.number("ensemble");
    for (const auto& [name, score] : entry.object("members").items()) {
      (void)score;
      require_member(entry.object("members"), name, name);
      l.members[name] = entry.object("members").number(name);
    }
    l.best_member = entry.string("best_member");
    require_member(entry, "best_member", l.best_member);
    l.best_member_score = entry.number("best_member_score");
    l.delta = read_delta(entry, "delta");
    l.disagreement = entry.number("disagreement");
    by_lang.emplace(lang, std::move(l));
  }
  if (by_lang.empty()) j.fail("languages", "at least one language");
  std::vector<std::string> langs;
  for (const auto& [lang, l] : by_lang) langs.push_back(lang);
  for (const auto& lang : order_languages(r.task, langs)) r.languages.push_back(by_lang.at(lang));

  const JsonFields mean = j.object("mean");
  r.mean_ensemble = mean.number("ensemble");
  r.mean_best_member = mean.number("best_member");
  r.mean_delta = read_delta(mean, "delta");

  const JsonFields wtl = j.object("win_tie_loss");
  r.wins = count(wtl, "wins");
  r.ties = count(wtl, "ties");
  r.losses = count(wtl, "losses");

  for (const auto& [lang, entry] : j.object("oracle").items()) {
    OracleChoice c;
    c.member = entry.string("member");
    require_member(entry, "member", c.member);
    c.score = entry.number("score");
    r.oracle[lang] = c;
  }

  const JsonFields boot = j.object("bootstrap");
  r.bootstrap_resamples = count(boot, "resamples");
  r.bootstrap_confidence = boot.number("confidence");
  if (!(r.bootstrap_confidence > 0 && r.bootstrap_confidence < 1)) boot.fail("confidence", "a value in (0, 1)");
  const int64_t seed = boot.integer("seed");
  if (seed < 0) boot.fail("seed", "a seed >= 0");
  r.bootstrap_seed = static_cast<uint64_t>(seed);
  return r;
}

}  // namespace xlfuse::report
