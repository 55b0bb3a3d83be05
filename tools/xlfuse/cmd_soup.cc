// xlfuse soup: average the weights of fine-tuned models (uniform or greedy on English dev), or the
// snapshots of one run, into a model folder (pipeline/soup.h).
#include <iostream>
#include <string>

#include <fmt/format.h>

#include "cli_common.h"
#include "commands.h"
#include "xlfuse/pipeline/soup.h"

namespace xlfuse::cli {

int run_soup(int argc, char** argv) {
  CLI::App app{"Average the weights of fine-tuned models with the same architecture, head, vocabulary and pretrained\n"
               "checkpoint into one model folder (a \"model soup\"): --members F1,F2,... (e.g. one target task\n"
               "fine-tuned from different intermediate tasks), or --snapshots RUN for the checkpoints a run kept with\n"
               "--keep-snapshots. --greedy adds ingredients best-first while the English dev score does not fall\n"
               "(needs --data). The soup's xlfuse.json names its ingredients; predict it like any model.",
               "soup"};
  pipeline::SoupOptions o;
  app.add_option("--members", o.members, "Model folders to average, comma-separated");
  app.add_option("--snapshots", o.snapshots_of, "A run folder trained with --keep-snapshots: average its snapshots");
  app.add_flag("--greedy", o.greedy, "Greedy soup on the English dev data (else uniform)");
  app.add_option("--data", o.data_dir, "Data folder (greedy: the English dev data)");
  app.add_option("--out", o.out_dir, "Output model folder")->required();
  add_device_option(app, &o.device);
  add_threads_flag(app, &o.threads);
  if (int rc = parse_or_exit(app, argc, argv); rc >= 0) return rc;
  const pipeline::SoupResult r = pipeline::run_soup(o);
  std::cout << fmt::format("wrote {}: {} soup of {} ingredient(s){}\n", r.out_dir, o.greedy ? "greedy" : "uniform",
                           r.ingredients.size(),
                           o.greedy ? fmt::format(", English dev {:.2f}", r.soup_english_dev) : std::string());
  for (const auto& i : r.ingredients) std::cout << "  " << i << "\n";
  return 0;
}

}  // namespace xlfuse::cli
