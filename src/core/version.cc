#include "xlfuse/core/version.h"

namespace xlfuse {
std::string version() { return XLFUSE_VERSION; }
}  // namespace xlfuse
