// xlfuse init-model: a randomly initialised BERT model folder (tests, benchmarks, the demo).
#include "cli_common.h"
#include "commands.h"
#include "xlfuse/model/init.h"
#include "xlfuse/runtime/threads.h"

namespace xlfuse::cli {

int run_init_model(int argc, char** argv) {
  CLI::App app{"Write a randomly initialised BERT model folder (config.json, model.safetensors, vocab.txt).\n"
               "Initialisation follows HF: weights N(0, initializer_range^2), biases 0, LayerNorm 1/0.",
               "init-model"};
  model::RandomModelOptions o;
  o.config.hidden_dropout_prob = 0.1;
  app.add_option("--vocab", o.vocab_path, "vocab.txt (its size sets vocab_size)")->required();
  app.add_option("--out", o.out_dir, "Output model directory")->required();
  app.add_option("--hidden-size", o.config.hidden_size, "Hidden size")->capture_default_str();
  app.add_option("--layers", o.config.num_hidden_layers, "Transformer layers")->capture_default_str();
  app.add_option("--heads", o.config.num_attention_heads, "Attention heads")->capture_default_str();
  app.add_option("--intermediate-size", o.config.intermediate_size, "Feed-forward size")->capture_default_str();
  app.add_option("--max-position", o.config.max_position_embeddings, "Maximum positions")->capture_default_str();
  app.add_option("--initializer-range", o.config.initializer_range, "Std of the normal init")->capture_default_str();
  app.add_option("--seed", o.seed, "Random seed")->capture_default_str();
  int threads = 0;
  add_threads_flag(app, &threads);
  if (int rc = parse_or_exit(app, argc, argv); rc >= 0) return rc;
  runtime::set_threads(threads);
  o.config.raw = {{"model_type", "bert"}, {"architectures", {"BertModel"}}};
  model::create_random_model_dir(o);
  return 0;
}

}  // namespace xlfuse::cli
