#pragma once
// One function per subcommand, each in cmd_<name>.cc. argv[0] is the subcommand name.

namespace xlfuse::cli {

// (one declaration per subcommand, alphabetical)

}  // namespace xlfuse::cli
