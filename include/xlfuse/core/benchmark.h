#pragma once
// The two leaderboards xlfuse reproduces. Their tasks and languages are in data/task_registry.h,
// their scoring rules in eval/xtreme_score.h; both use this one enum.
#include <string>
#include <string_view>

#include "xlfuse/core/enum_names.h"

namespace xlfuse {

enum class Benchmark { Xtreme, XtremeR };

// "xtreme", "xtreme-r" (aliases "xtreme_r", "xtremer").
const EnumTable<Benchmark>& benchmark_names();
std::string to_string(Benchmark benchmark);
// ConfigError listing the names.
Benchmark parse_benchmark(std::string_view name);

// What every command means when it is not told which benchmark: XTREME-R, the one the study
// reports (`--benchmark xtreme` selects the original XTREME).
inline constexpr Benchmark kDefaultBenchmark = Benchmark::XtremeR;

}  // namespace xlfuse

XLFUSE_ENUM_FORMATTER(xlfuse::Benchmark);
