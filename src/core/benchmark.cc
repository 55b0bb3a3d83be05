#include "xlfuse/core/benchmark.h"

namespace xlfuse {

const EnumTable<Benchmark>& benchmark_names() {
  static const EnumTable<Benchmark> table{{Benchmark::Xtreme, "xtreme"},
                                          {Benchmark::XtremeR, "xtreme-r"},
                                          {Benchmark::XtremeR, "xtreme_r"},
                                          {Benchmark::XtremeR, "xtremer"}};
  return table;
}

std::string to_string(Benchmark benchmark) { return enum_name(benchmark_names(), benchmark); }

Benchmark parse_benchmark(std::string_view name) { return parse_enum(benchmark_names(), name, "benchmark"); }

}  // namespace xlfuse
