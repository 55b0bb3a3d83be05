// Rebuilding the dataset and features of stored raw outputs. See raw_context.h.
#include "xlfuse/decode/raw_context.h"

#include <filesystem>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/data/task_features.h"
#include "xlfuse/data/task_files.h"
#include "xlfuse/text/tokenizer.h"

namespace xlfuse::decode {

namespace fs = std::filesystem;

namespace {

std::string extra(const io::RawOutputsMeta& meta, const std::string& key, const std::string& fallback) {
  auto it = meta.extra.find(key);
  return it == meta.extra.end() ? fallback : it->second;
}

}  // namespace

DecodeInputs rebuild_decode_inputs(const io::RawOutputs& raw, const std::string& data_dir, const std::string& vocab_path) {
  const io::RawOutputsMeta& meta = raw.meta;
  const std::string what = fmt::format("raw outputs of {} {}-{}", meta.task, meta.split, meta.lang);
  std::string vocab = vocab_path;
  if (vocab.empty()) {
    const std::string model_dir = extra(meta, "model_dir", "");
    if (model_dir.empty())
      throw ConfigError(fmt::format("{} record no model_dir: cannot find the vocabulary they were computed with",
                                    what));
    const fs::path spm = fs::path(model_dir) / text::kSentencePieceModelFile;
    vocab = fs::exists(spm) ? spm.string() : (fs::path(model_dir) / text::kWordPieceVocabFile).string();
  }
  if (!fs::is_regular_file(vocab))
    throw IoError(fmt::format("{}: vocabulary {} not found (the model folder the outputs name moved?)", what, vocab));
  text::TokenizerOptions tokenizer_options;
  tokenizer_options.lower_case = extra(meta, "lower_case", "false") == "true";
  const std::unique_ptr<const text::Tokenizer> tokenizer_ptr = text::load_tokenizer_file(vocab, tokenizer_options);
  const text::Tokenizer& tokenizer = *tokenizer_ptr;
  if (!meta.vocab_hash.empty() && tokenizer.fingerprint() != meta.vocab_hash)
    throw ConfigError(fmt::format("{}: {} has fingerprint {}, the outputs were computed with vocabulary {}", what,
                                  vocab, tokenizer.fingerprint(), meta.vocab_hash));
  data::TaskFeatureOptions feature_options;
  try {
    feature_options.max_seq_length = std::stoi(extra(meta, "max_seq_length", "0"));
  } catch (const std::exception&) {
    throw FormatError(fmt::format("{}: max_seq_length '{}' is not a number", what, extra(meta, "max_seq_length", "")));
  }
  DecodeInputs in;
  in.dataset = data::read_task(data_dir, meta.task, meta.split, meta.lang);
  in.features = data::make_task_features(data::task_info(meta.task), in.dataset, tokenizer, feature_options);
  return in;
}

}  // namespace xlfuse::decode
