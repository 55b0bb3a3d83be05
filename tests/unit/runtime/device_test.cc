#include "xlfuse/runtime/device.h"

#include <string>

#include <c10/core/Device.h>
#include <gtest/gtest.h>

#include "xlfuse/core/error.h"

namespace xlfuse::runtime {
namespace {

std::string error_of(const std::string& name) {
  try {
    check_device_name(name, "--device");
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "";
}

TEST(DeviceTest, AcceptsCpuCudaAndCudaIndex) {
  for (const char* name : {"cpu", "cuda", "cuda:0", "cuda:7", "cuda:15"}) EXPECT_EQ(error_of(name), "") << name;
}

TEST(DeviceTest, RejectsMalformedNamesNamingTheFieldAndTheForms) {
  for (const char* name : {"", "gpu", "CPU", "cuda:", "cuda:-1", "cuda:x", "cuda:1.5", "cuda 0", "cuda:99999", "mps"}) {
    const std::string e = error_of(name);
    EXPECT_NE(e.find("--device: '" + std::string(name) + "' is not a device"), std::string::npos) << name << ": " << e;
    EXPECT_NE(e.find("cpu, cuda or cuda:N"), std::string::npos) << e;
  }
}

TEST(DeviceTest, CpuResolvesToTheCpu) { EXPECT_TRUE(resolve_device("cpu").is_cpu()); }

TEST(DeviceTest, CudaResolvesOnlyWhereAGpuIsVisible) {
  if (cuda_available()) {
    const c10::Device d = resolve_device("cuda:0");
    EXPECT_TRUE(d.is_cuda());
    EXPECT_EQ(d.index(), 0);
    EXPECT_THROW(resolve_device("cuda:9999"), ConfigError);
    return;
  }
  try {
    resolve_device("cuda", "device");
    FAIL() << "expected a ConfigError without a GPU";
  } catch (const ConfigError& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("device: 'cuda' asked for a GPU"), std::string::npos) << what;
    EXPECT_NE(what.find("docs/gpu.md"), std::string::npos) << what;
  }
}

}  // namespace
}  // namespace xlfuse::runtime
