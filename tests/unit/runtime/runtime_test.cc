#include "xlfuse/runtime/env_report.h"
#include "xlfuse/runtime/threads.h"

#include <algorithm>
#include <string>

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/core/threads.h"

namespace xlfuse::runtime {
namespace {

bool any_contains(const std::vector<std::string>& lines, const std::string& needle) {
  return std::any_of(lines.begin(), lines.end(),
                     [&](const std::string& l) { return l.find(needle) != std::string::npos; });
}

// A report of a well set-up machine: no warnings expected.
EnvReport healthy_report() {
  EnvReport r;
  r.threads = 4;
  r.cores = 4;
  r.openmp = true;
  r.blas.kind = BlasKind::OpenblasOpenmp;
  r.blas.provider_resolved = "/usr/lib/x86_64-linux-gnu/openblas-openmp/libblas.so.3";
  r.sgemm_gflops = 200.0;
  return r;
}

TEST(RuntimeTest, SetThreadsSetsTheRequestedCount) {
  set_threads(1);
  EXPECT_EQ(current_threads(), 1);
  set_threads(2);
  EXPECT_EQ(current_threads(), 2);
  set_threads(1);
  EXPECT_EQ(current_threads(), 1);
}

TEST(RuntimeTest, SetThreadsZeroMeansAllCores) {
  set_threads(0);
  EXPECT_EQ(current_threads(), available_cores());
  set_threads(-3);
  EXPECT_EQ(current_threads(), available_cores());
}

TEST(RuntimeTest, ProbeFindsTheLibraryServingSgemm) {
  BlasInfo info = probe_blas();
  // libtorch here is built with BLAS, so some loaded object defines sgemm_.
  EXPECT_FALSE(info.provider.empty());
  EXPECT_FALSE(info.provider_resolved.empty());
  EXPECT_FALSE(info.loaded.empty());
  EXPECT_TRUE(any_contains(info.loaded, std::filesystem::path(info.provider_resolved).filename().string()))
      << "the provider should be among the loaded BLAS objects";
}

TEST(RuntimeTest, BlasKindNames) {
  EXPECT_EQ(to_string(BlasKind::OpenblasOpenmp), "openblas-openmp");
  EXPECT_EQ(to_string(BlasKind::OpenblasPthread), "openblas-pthread");
  EXPECT_EQ(to_string(BlasKind::Reference), "reference");
  EXPECT_EQ(to_string(BlasKind::Mkl), "mkl");
  EXPECT_EQ(to_string(BlasKind::Unknown), "unknown");
}

TEST(RuntimeTest, HealthySetupHasNoWarnings) { EXPECT_TRUE(env_warnings(healthy_report()).empty()); }

TEST(RuntimeTest, ReferenceBlasWarnsWithTheFix) {
  EnvReport r = healthy_report();
  r.blas.kind = BlasKind::Reference;
  r.blas.provider_resolved = "/usr/lib/x86_64-linux-gnu/blas/libblas.so.3.11.0";
  auto w = env_warnings(r);
  EXPECT_TRUE(any_contains(w, "slow reference BLAS in use"));
  EXPECT_TRUE(any_contains(w, "update-alternatives --set libblas.so.3-x86_64-linux-gnu"));
  EXPECT_TRUE(any_contains(w, "make deps"));
}

TEST(RuntimeTest, OneThreadOnAMultiCoreMachineWarns) {
  EnvReport r = healthy_report();
  r.threads = 1;
  EXPECT_TRUE(any_contains(env_warnings(r), "1 thread of 4 cores"));
  r.cores = 1;
  EXPECT_FALSE(any_contains(env_warnings(r), "1 thread of"));
}

TEST(RuntimeTest, SlowSgemmWarns) {
  EnvReport r = healthy_report();
  r.sgemm_gflops = 5.6;
  EXPECT_TRUE(any_contains(env_warnings(r), "sgemm measured 5.6 GFLOP/s"));
  r.sgemm_gflops = -1.0;  // not measured: no rate warning
  EXPECT_FALSE(any_contains(env_warnings(r), "sgemm measured"));
}

TEST(RuntimeTest, ForcedAvx2CoreOnAvx512CpuWarns) {
  EnvReport r = healthy_report();
  r.cpu.avx512f = true;
  r.blas.openblas_core = "Haswell";
  r.blas.openblas_coretype_env = "Haswell";
  EXPECT_TRUE(any_contains(env_warnings(r), "OPENBLAS_CORETYPE=Haswell"));
  r.blas.openblas_core = "SkylakeX";
  r.blas.openblas_coretype_env = "SkylakeX";
  EXPECT_FALSE(any_contains(env_warnings(r), "OPENBLAS_CORETYPE"));
}

TEST(RuntimeTest, MeasuredSgemmRateIsPositive) {
  set_threads(1);
  double gflops = measure_sgemm_gflops(64, 64, 64, 0.01);
  EXPECT_GT(gflops, 0.0);
  EXPECT_THROW(measure_sgemm_gflops(0, 64, 64, 0.01), std::invalid_argument);
}

TEST(RuntimeTest, OptionsAreValidated) {
  EnvOptions o;
  o.threads = -1;
  XLFUSE_EXPECT_THROW_WITH(o.validate(), ConfigError, "threads");
  o = EnvOptions{};
  o.sgemm_seconds = 0.0;
  XLFUSE_EXPECT_THROW_WITH(o.validate(), ConfigError, "sgemm_seconds");
}

TEST(RuntimeTest, ReportAppliesThreadsAndSerialises) {
  EnvOptions o;
  o.threads = 1;
  o.measure_sgemm = false;
  EnvReport r = collect_env_report(o);
  EXPECT_EQ(r.threads, 1);
  EXPECT_EQ(current_threads(), 1);
  EXPECT_FALSE(r.torch_version.empty());
  EXPECT_LT(r.sgemm_gflops, 0.0);
  auto j = to_json(r);
  EXPECT_EQ(j["threads"], 1);
  EXPECT_TRUE(j["sgemm_gflops"].is_null());
  EXPECT_TRUE(j["blas"].contains("kind"));
  EXPECT_TRUE(j["cpu"].contains("avx512bf16"));
  std::string text = format_env_report(r);
  EXPECT_NE(text.find("libtorch"), std::string::npos);
  EXPECT_NE(text.find("blas"), std::string::npos);
}

}  // namespace
}  // namespace xlfuse::runtime
