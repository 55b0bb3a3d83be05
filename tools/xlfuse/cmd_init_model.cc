// xlfuse init-model: a randomly initialised BERT or XLM-R model folder (tests, benchmarks, the demo).
#include "cli_common.h"
#include "commands.h"
#include "xlfuse/model/init.h"
#include "xlfuse/runtime/threads.h"

namespace xlfuse::cli {

int run_init_model(int argc, char** argv) {
  CLI::App app{"Write a randomly initialised encoder folder in HF's layout: BERT (config.json, model.safetensors,\n"
               "vocab.txt) or XLM-R (config.json, model.safetensors with roberta.* names, sentencepiece.bpe.model).\n"
               "Initialisation follows HF: weights N(0, initializer_range^2), biases 0, LayerNorm 1/0.",
               "init-model"};
  model::RandomModelOptions o;
  o.config.hidden_dropout_prob = 0.1;
  std::string arch = "bert";
  std::string sentencepiece;
  int64_t max_length = 512;
  app.add_option("--arch", arch, "Architecture: bert (WordPiece --vocab) or xlm-roberta (--sentencepiece)")
      ->check(CLI::IsMember({"bert", "xlm-roberta"}))
      ->capture_default_str();
  app.add_option("--vocab", o.vocab_path, "vocab.txt (bert; its size sets vocab_size)");
  app.add_option("--sentencepiece", sentencepiece,
                 "sentencepiece model (xlm-roberta, HF's sentencepiece.bpe.model; its pieces + <pad> + <mask> set "
                 "vocab_size)");
  app.add_option("--out", o.out_dir, "Output model directory")->required();
  app.add_option("--hidden-size", o.config.hidden_size, "Hidden size")->capture_default_str();
  app.add_option("--layers", o.config.num_hidden_layers, "Transformer layers")->capture_default_str();
  app.add_option("--heads", o.config.num_attention_heads, "Attention heads")->capture_default_str();
  app.add_option("--intermediate-size", o.config.intermediate_size, "Feed-forward size")->capture_default_str();
  app.add_option("--max-position", max_length,
                 "Longest input in tokens (xlm-roberta's position table gets 2 more rows, as HF's 514 for 512)")
      ->capture_default_str();
  app.add_option("--initializer-range", o.config.initializer_range, "Std of the normal init")->capture_default_str();
  app.add_option("--seed", o.seed, "Random seed")->capture_default_str();
  int threads = 0;
  add_threads_flag(app, &threads);
  if (int rc = parse_or_exit(app, argc, argv); rc >= 0) return rc;
  runtime::set_threads(threads);
  if (arch == "bert") {
    if (o.vocab_path.empty() || !sentencepiece.empty())
      throw UsageError("--arch bert takes a WordPiece --vocab vocab.txt (and no --sentencepiece)");
    o.config.max_position_embeddings = max_length;
    o.config.raw = {{"model_type", "bert"}, {"architectures", {"BertModel"}}};
  } else {
    if (sentencepiece.empty() || !o.vocab_path.empty())
      throw UsageError("--arch xlm-roberta takes --sentencepiece MODEL (and no --vocab)");
    // HF XLMRobertaConfig: one token type, positions after the padding row, LayerNorm eps 1e-5,
    // no pooler (as in HF's masked-LM checkpoints).
    o.vocab_path = sentencepiece;
    o.config.model_type = io::ModelType::XlmRoberta;
    o.config.type_vocab_size = 1;
    o.config.pad_token_id = 1;
    o.config.layer_norm_eps = 1e-5;
    o.config.max_position_embeddings = max_length + 2;
    o.add_pooler = false;
    o.config.raw = {{"model_type", "xlm-roberta"}, {"architectures", {"XLMRobertaModel"}},
                    {"bos_token_id", 0}, {"eos_token_id", 2}};
  }
  model::create_random_model_dir(o);
  return 0;
}

}  // namespace xlfuse::cli
