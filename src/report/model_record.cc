// xlfuse.json -> ModelRecord, torch-free. See model_record.h.
#include "xlfuse/report/model_record.h"

#include <filesystem>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/report/json_fields.h"

namespace xlfuse::report {

namespace fs = std::filesystem;

namespace {

// "last_layer", or "aif@8" when the fusion takes a lower layer.
std::string fusion_label(const JsonFields& fusion) {
  const std::string kind = fusion.string_or("kind", "last_layer");
  const int64_t layer = fusion.optional_integer("layer").value_or(0);
  return layer > 0 ? fmt::format("{}@{}", kind, layer) : kind;
}

}  // namespace

ModelRecord read_model_record(const std::string& dir, const std::string& shown_path) {
  const std::string file = (fs::path(dir) / "xlfuse.json").string();
  const nlohmann::json root = read_json_file(file);
  const JsonFields j(root, file);
  j.require_object();
  ModelRecord m;
  m.path = shown_path;
  m.canonical = fs::weakly_canonical(dir).string();
  m.task = j.string("task");
  if (m.task.empty()) j.fail("task", "a task name");
  m.head_kind = j.string("head_kind");
  if (j.has("fusion")) {
    const JsonFields fusion = j.object("fusion");
    m.fusion = fusion_label(fusion);
    m.fusion_json = fusion.value();
  } else {
    m.fusion = "last_layer";
  }
  if (j.has("seed")) {
    const int64_t seed = j.integer("seed");
    if (seed < 0) j.fail("seed", "a seed >= 0");
    m.seed = static_cast<uint64_t>(seed);
  }
  if (j.has("chain")) {
    m.chain = j.strings("chain");
    if (m.chain.empty()) j.fail("chain", "a non-empty array of task names");
    if (m.chain.back() != m.task) j.fail("chain", fmt::format("an array ending with the model's task \"{}\"", m.task));
    for (const auto& t : m.chain)
      if (t.empty()) j.fail("chain", "task names (an entry is empty)");
    m.chain_known = true;
    m.intermediate.assign(m.chain.begin(), m.chain.end() - 1);
  }
  if (j.has("soup")) {
    const JsonFields soup = j.object("soup");
    SoupInfo s;
    s.method = soup.string("method");
    s.ingredients = soup.strings("ingredients");
    if (s.ingredients.empty()) soup.fail("ingredients", "at least one ingredient model folder");
    m.soup = std::move(s);
  }
  return m;
}

std::string intermediate_label(const std::vector<std::string>& intermediate) {
  if (intermediate.empty()) return "none";
  std::string out;
  for (size_t i = 0; i < intermediate.size(); ++i) out += (i ? " > " : "") + intermediate[i];
  return out;
}

std::string intermediate_label(const ModelRecord& model) {
  if (!model.chain_known) return "unknown chain";
  return intermediate_label(model.intermediate);
}

}  // namespace xlfuse::report
