// `xlfuse launch`: N ranks of a data-parallel command on this machine (distributed/launcher.h).
#include "cli_common.h"
#include "commands.h"
#include "xlfuse/distributed/launcher.h"

namespace xlfuse::cli {

int run_launch(int argc, char** argv) {
  // Everything after "--" is the command, passed on untouched.
  int split = argc;
  for (int i = 1; i < argc; ++i)
    if (std::string(argv[i]) == "--") {
      split = i;
      break;
    }
  distributed::LaunchOptions o;
  CLI::App app{
      "Run N processes of a training command on this machine as one data-parallel run, with the variables "
      "torchrun sets (RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR, MASTER_PORT). --batch-size stays the global "
      "batch. Example: xlfuse launch --nproc 2 -- xlfuse train --task pawsx ... --threads 1",
      "xlfuse launch"};
  app.add_option("--nproc", o.nproc, "Processes (ranks)")->required();
  app.add_option("--master-addr", o.master_addr, "Address of rank 0's rendezvous")->capture_default_str();
  app.add_option("--master-port", o.master_port, "Port of the rendezvous (0 = a free one)")->capture_default_str();
  app.add_option("--grace", o.grace_seconds,
                 "Seconds the other ranks get to stop by themselves after one failed, before SIGTERM")
      ->capture_default_str();
  app.footer("usage: xlfuse launch --nproc N [options] -- COMMAND [ARGS...]");
  if (int rc = parse_or_exit(app, split, argv); rc >= 0) return rc;
  for (int i = split + 1; i < argc; ++i) o.command.emplace_back(argv[i]);
  if (split == argc) throw UsageError("launch: give the command after --, e.g. xlfuse launch --nproc 2 -- xlfuse train ...");
  return distributed::launch(o);
}

}  // namespace xlfuse::cli
