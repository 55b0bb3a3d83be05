#pragma once
#include <string>

namespace xlfuse {
// The xlfuse version, e.g. "0.1.0".
std::string version();
}  // namespace xlfuse
