#include "xlfuse/predict/embed.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <numeric>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/core/version.h"
#include "xlfuse/data/text_file.h"
#include "xlfuse/io/safetensors.h"
#include "xlfuse/model/bert.h"
#include "xlfuse/model/checkpoint.h"
#include "xlfuse/io/raw_outputs.h"
#include "xlfuse/model/model_dir.h"
#include "xlfuse/runtime/device.h"
#include "xlfuse/runtime/threads.h"
#include "xlfuse/text/tokenizer.h"
#include "xlfuse/text/unicode.h"

namespace xlfuse::predict {
namespace fs = std::filesystem;

const EnumTable<Pooling>& pooling_names() {
  static const EnumTable<Pooling> table{{Pooling::Mean, "mean"}, {Pooling::Cls, "cls"}};
  return table;
}

Pooling parse_pooling(std::string_view name) { return parse_enum(pooling_names(), name, "pool"); }

std::string to_string(Pooling pooling) { return enum_name(pooling_names(), pooling); }

void EmbedOptions::validate() const {
  if (model_dir.empty()) throw ConfigError("model: a model directory is required");
  if (input.empty()) throw ConfigError("input: an input file is required");
  if (output.empty()) throw ConfigError("out: an output file is required");
  if (layer < -1) throw ConfigError(fmt::format("layer: expected -1 (last) or 0..num_hidden_layers, got {}", layer));
  runtime::check_device_name(device);
  if (batch_size < 1) throw ConfigError(fmt::format("batch-size: expected at least 1, got {}", batch_size));
  if (max_length != 0 && max_length < 2)
    throw ConfigError(fmt::format("max-length: expected 0 (model maximum) or at least 2, got {}", max_length));
}

namespace {

// Reads the lines (UTF-8 checked, FILE:LINE on error) and encodes them.
struct EncodedLines {
  std::vector<std::vector<int32_t>> ids;
  int64_t truncated = 0;
};

EncodedLines encode_lines(const std::string& path, const text::Tokenizer& tokenizer, size_t max_len) {
  const std::string content = data::read_text_file(path);
  EncodedLines out;
  data::LineCursor cursor(content);
  std::string_view line;
  const int32_t sep = tokenizer.specials().sep;
  while (cursor.next(&line)) {
    try {
      text::validate_utf8(line);
      text::Encoding enc = tokenizer.encode(line);
      if (enc.ids.size() > max_len) {
        enc.ids.resize(max_len);
        enc.ids.back() = sep;  // [CLS] first tokens [SEP], as HF truncation does
        ++out.truncated;
      }
      out.ids.push_back(std::move(enc.ids));
    } catch (const FormatError& e) {
      throw FormatError(fmt::format("{}:{}: {}", path, cursor.line_number(), e.what()));
    }
  }
  return out;
}

bool tokenizer_config_lowercases(const fs::path& dir) {
  const fs::path p = dir / "tokenizer_config.json";
  if (!fs::exists(p)) return false;
  try {
    auto j = nlohmann::json::parse(data::read_text_file(p));
    return j.value("do_lower_case", false);
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace

EmbedResult run_embed(const EmbedOptions& options) {
  options.validate();
  runtime::resolve_device(options.device);  // a GPU that is not there fails now, not after loading data
  const auto start = std::chrono::steady_clock::now();
  const fs::path dir(options.model_dir);
  if (!fs::exists(options.input)) throw IoError(fmt::format("input file '{}' does not exist", options.input));
  if (!fs::exists(dir / "config.json")) throw IoError(fmt::format("model directory '{}' has no config.json", options.model_dir));

  // Check the layer before loading any weights.
  const io::BertConfig config = io::read_bert_config((dir / "config.json").string());
  const int64_t num_layers = config.num_hidden_layers;
  if (options.layer > num_layers)
    throw ConfigError(fmt::format("layer {} out of range: the model has {} layers, valid layers are 0..{} "
                                  "(0 = embedding output, -1 = last)",
                                  options.layer, num_layers, num_layers));
  const int64_t layer = options.layer < 0 ? num_layers : options.layer;
  size_t max_len = static_cast<size_t>(config.max_sequence_length());
  if (options.max_length > 0) max_len = std::min(max_len, static_cast<size_t>(options.max_length));

  runtime::set_threads(options.threads);
  if (!options.lower_case && tokenizer_config_lowercases(dir))
    XLFUSE_LOG_WARN("[embed] {} says do_lower_case=true but --lower was not given", (dir / "tokenizer_config.json").string());
  text::TokenizerOptions tok_options;
  tok_options.lower_case = options.lower_case;
  const std::unique_ptr<const text::Tokenizer> tokenizer_ptr = text::load_tokenizer(options.model_dir, tok_options);
  const text::Tokenizer& tokenizer = *tokenizer_ptr;
  model::check_tokenizer_fits_model(options.model_dir, tokenizer, config);
  EncodedLines encoded = encode_lines(options.input, tokenizer, max_len);
  const int64_t n = static_cast<int64_t>(encoded.ids.size());
  if (n == 0) throw FormatError(fmt::format("{}: no lines to embed", options.input));
  if (encoded.truncated > 0)
    XLFUSE_LOG_WARN("[embed] {} of {} lines were longer than {} tokens and were truncated", encoded.truncated, n,
                    max_len);

  model::ModelDirOptions mopt;
  mopt.pooler = 0;  // not needed: the checkpoint's pooler is ignored
  model::BertModel encoder = model::load_bert_model(options.model_dir, mopt);
  const torch::Device device = runtime::resolve_device(options.device);
  encoder->to(device);
  encoder->eval();
  torch::NoGradGuard no_grad;

  // Longest first, so each batch pads only to its own longest line.
  std::vector<int64_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](int64_t a, int64_t b) { return encoded.ids[a].size() > encoded.ids[b].size(); });

  const int64_t hidden = config.hidden_size;
  auto result = torch::empty({n, hidden}, torch::kFloat);
  model::ForwardOptions fopt;
  fopt.all_hidden_states = false;
  fopt.layer = layer;
  fopt.pooled = false;
  const int32_t pad_id = static_cast<int32_t>(config.pad_token_id);
  EmbedResult res;
  auto last_log = std::chrono::steady_clock::now();
  for (int64_t begin = 0; begin < n; begin += options.batch_size) {
    const int64_t b = std::min(options.batch_size, n - begin);
    const int64_t t = static_cast<int64_t>(encoded.ids[order[begin]].size());
    auto ids = torch::full({b, t}, pad_id, torch::kLong);
    auto mask = torch::zeros({b, t}, torch::kLong);
    auto ids_a = ids.accessor<int64_t, 2>();
    auto mask_a = mask.accessor<int64_t, 2>();
    std::vector<int64_t> rows(b);
    for (int64_t i = 0; i < b; ++i) {
      const auto& seq = encoded.ids[order[begin + i]];
      rows[i] = order[begin + i];
      for (size_t j = 0; j < seq.size(); ++j) {
        ids_a[i][j] = seq[j];
        mask_a[i][j] = 1;
      }
      res.tokens += static_cast<int64_t>(seq.size());
    }
    ids = ids.to(device);
    mask = mask.to(device);
    auto out = encoder->forward(ids, mask, torch::Tensor(), fopt);
    const auto& h = out.hidden_states[layer];  // [b, t, hidden]
    torch::Tensor pooled;
    if (options.pooling == Pooling::Cls) {
      pooled = h.select(1, 0);
    } else {
      auto m = mask.to(torch::kFloat).unsqueeze(-1);
      pooled = (h * m).sum(1) / m.sum(1);
    }
    result.index_copy_(0, torch::tensor(rows, torch::kLong), pooled.to(torch::kCPU, torch::kFloat));
    const auto now = std::chrono::steady_clock::now();
    if (now - last_log > std::chrono::seconds(5)) {
      last_log = now;
      const double s = std::chrono::duration<double>(now - start).count();
      XLFUSE_LOG_INFO("[embed] {}/{} lines, {:.0f} lines/s", begin + b, n, (begin + b) / s);
    }
  }

  std::map<std::string, std::string> metadata = {
      {"layer", std::to_string(layer)},
      {"pool", to_string(options.pooling)},
      {"model_dir", options.model_dir},
      {"model_hash", io::file_fingerprint((fs::path(options.model_dir) / "model.safetensors").string())},
      {"input", options.input},
      {"max_length", std::to_string(max_len)},
      {"lower_case", options.lower_case ? "true" : "false"},
      {"truncated", std::to_string(encoded.truncated)},
      {"vocab_fingerprint", tokenizer.fingerprint()},
      {"xlfuse_version", version()},
  };
  io::write_safetensors(options.output, {{"embeddings", {n, hidden}, result.data_ptr<float>()}}, metadata);
  res.lines = n;
  res.hidden = hidden;
  res.layer = layer;
  res.truncated = encoded.truncated;
  res.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  XLFUSE_LOG_INFO("[embed] {} lines ({} tokens) in {:.2f}s: {:.0f} lines/s, layer {}, pool {} -> {}", n, res.tokens,
                  res.seconds, n / std::max(res.seconds, 1e-9), layer, to_string(options.pooling), options.output);
  return res;
}

}  // namespace xlfuse::predict
