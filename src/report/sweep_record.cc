// sweep.json reader. See sweep_record.h.
#include "xlfuse/report/sweep_record.h"

#include <algorithm>
#include <set>

#include "xlfuse/report/json_fields.h"

namespace xlfuse::report {

SweepRecord read_sweep_record(const std::string& file) {
  const nlohmann::json root = read_json_file(file);
  const JsonFields j(root, file);
  j.require_object();
  SweepRecord s;
  s.file = file;
  s.task = j.string("task");
  s.fusion = j.object("fusion").string_or("kind", "");
  s.metric = j.string("metric");
  s.split = j.string("split");
  s.langs = j.strings("langs");
  std::set<int64_t> layers;
  for (const JsonFields& r : j.array("rows")) {
    r.require_object();
    SweepRow row;
    row.layer = r.integer("layer");
    if (row.layer < 1 || !layers.insert(row.layer).second) r.fail("layer", "a layer >= 1 listed once");
    row.model_dir = r.string("model_dir");
    for (const auto& [lang, value] : r.object("scores").items()) {
      (void)value;
      row.scores[lang] = r.object("scores").number(lang);
    }
    row.average = r.number_or_null("average");
    s.rows.push_back(std::move(row));
  }
  std::sort(s.rows.begin(), s.rows.end(), [](const SweepRow& a, const SweepRow& b) { return a.layer < b.layer; });
  return s;
}

}  // namespace xlfuse::report
