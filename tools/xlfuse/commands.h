#pragma once
// One function per subcommand, each in cmd_<name>.cc. argv[0] is the subcommand name.

namespace xlfuse::cli {

// (one declaration per subcommand, alphabetical)
int run_data(int argc, char** argv);
int run_embed(int argc, char** argv);
int run_ensemble(int argc, char** argv);
int run_env(int argc, char** argv);
int run_init_model(int argc, char** argv);
int run_inspect(int argc, char** argv);
int run_launch(int argc, char** argv);
int run_predict(int argc, char** argv);
int run_pretrain(int argc, char** argv);
int run_report(int argc, char** argv);
int run_retrieve(int argc, char** argv);
int run_run(int argc, char** argv);
int run_score(int argc, char** argv);
int run_soup(int argc, char** argv);
int run_sweep_layers(int argc, char** argv);
int run_tokenize(int argc, char** argv);
int run_train(int argc, char** argv);
int run_vocab(int argc, char** argv);

}  // namespace xlfuse::cli
