#pragma once
// What the report needs to know of a model folder, read from its xlfuse.json without libtorch:
// the target task, the chain of tasks that made the model (extra.chain, e.g. ["siqa", "xcopa"] =
// intermediate task siqa, then target task xcopa; ["xcopa"] = no intermediate task), the fusion
// and the seed, and for a weight-averaged model ("soup") its method and ingredients
// (extra.soup = {"method", "ingredients": [model folders]}).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace xlfuse::report {

struct SoupInfo {
  std::string method;
  // Ingredient model folders, as written in xlfuse.json.
  std::vector<std::string> ingredients;
};

struct ModelRecord {
  // The folder, as the report shows it (relative to the study when inside it).
  std::string path;
  // Its canonical absolute path (how folders are matched).
  std::string canonical;
  std::string task;
  std::string head_kind;
  // False when xlfuse.json has no extra.chain (then `chain` is empty and the intermediate tasks
  // are unknown: such a model is neither a baseline nor a heatmap row).
  bool chain_known = false;
  std::vector<std::string> chain;
  // chain without its last entry (the target task): the intermediate task(s), in training order.
  std::vector<std::string> intermediate;
  // "last_layer", or "<kind>@<layer>" for fusion with a lower layer ("aif@8").
  std::string fusion;
  nlohmann::json fusion_json = nlohmann::json::object();
  std::optional<uint64_t> seed;
  std::optional<SoupInfo> soup;
};

// Reads DIR/xlfuse.json. IoError when it cannot be read; FormatError naming the file and the
// field when task or head_kind is missing, a field has the wrong type, or the chain does not end
// with the model's task. `shown_path` is what ModelRecord::path holds.
ModelRecord read_model_record(const std::string& dir, const std::string& shown_path);

// How tables name an intermediate chain: "none" (no intermediate task), "siqa", "mlm > siqa";
// "unknown chain" when the model's chain is unknown.
std::string intermediate_label(const ModelRecord& model);
std::string intermediate_label(const std::vector<std::string>& intermediate);

}  // namespace xlfuse::report
