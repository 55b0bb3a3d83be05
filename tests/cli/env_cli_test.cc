// `xlfuse env`: runs the built binary.
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_utils.h"

namespace xlfuse::test {
namespace {

TEST(EnvCliTest, PrintsVersionsAndBlas) {
  std::string out;
  int rc = run_command(xlfuse_binary() + " env --threads 1 --no-sgemm", &out);
  ASSERT_EQ(rc, 0) << out;
  EXPECT_NE(out.find("libtorch          1."), std::string::npos) << out;
  EXPECT_NE(out.find("\nblas "), std::string::npos) << out;
  EXPECT_NE(out.find("sgemm             not measured"), std::string::npos) << out;
  EXPECT_NE(out.find("threads           1 intra-op"), std::string::npos) << out;
}

TEST(EnvCliTest, JsonHasTheFields) {
  std::string out;
  int rc = run_command(xlfuse_binary() + " env --threads 1 --json --sgemm-seconds 0.05", &out);
  ASSERT_EQ(rc, 0) << out;
  nlohmann::json j;
  ASSERT_NO_THROW(j = nlohmann::json::parse(out)) << out;
  for (const char* key : {"torch_version", "threads", "cores", "openmp", "blas", "sgemm_gflops", "mkldnn", "cpu",
                          "warnings"})
    EXPECT_TRUE(j.contains(key)) << "missing " << key << " in " << out;
  EXPECT_EQ(j["threads"], 1);
  EXPECT_TRUE(j["sgemm_gflops"].is_number());
  EXPECT_GT(j["sgemm_gflops"].get<double>(), 0.0);
  for (const char* key : {"kind", "provider", "provider_resolved", "loaded"})
    EXPECT_TRUE(j["blas"].contains(key)) << "missing blas." << key;
  for (const char* key : {"model", "avx2", "fma", "avx512f", "avx512bw", "avx512vnni", "avx512bf16"})
    EXPECT_TRUE(j["cpu"].contains(key)) << "missing cpu." << key;
  EXPECT_TRUE(j["warnings"].is_array());
}

TEST(EnvCliTest, NoSgemmSkipsTheTiming) {
  std::string out;
  int rc = run_command(xlfuse_binary() + " env --threads 1 --json --no-sgemm", &out);
  ASSERT_EQ(rc, 0) << out;
  EXPECT_TRUE(nlohmann::json::parse(out)["sgemm_gflops"].is_null()) << out;
}

TEST(EnvCliTest, HelpListsTheFlags) {
  std::string out;
  int rc = run_command(xlfuse_binary() + " env --help", &out);
  ASSERT_EQ(rc, 0) << out;
  for (const char* flag : {"--threads", "--json", "--no-sgemm", "--sgemm-seconds"})
    EXPECT_NE(out.find(flag), std::string::npos) << "missing " << flag << " in " << out;
}

TEST(EnvCliTest, BadThreadsIsAUsageError) {
  std::string out;
  int rc = run_command(xlfuse_binary() + " env --threads -2 --no-sgemm", &out);
  EXPECT_EQ(rc, 2) << out;
  EXPECT_NE(out.find("--threads"), std::string::npos) << out;
}

}  // namespace
}  // namespace xlfuse::test
