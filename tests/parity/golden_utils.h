#pragma once
// Reading shared/golden/bert-tiny/golden_model.json for the parity tests.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include "test_utils.h"

namespace xlfuse::model::parity {

// Parity tolerance (absolute, float32 on CPU) and the goldens' folder under shared/.
constexpr double kTol = 1e-5;
inline const char* kGolden = "golden/bert-tiny";

inline std::string golden_dir() { return (test::shared_dir() / kGolden).string(); }

inline const nlohmann::json& golden() {
  static const nlohmann::json j = nlohmann::json::parse(test::read_file(golden_dir() + "/golden_model.json"));
  return j;
}

// A nested JSON array of numbers -> tensor of the given dtype.
inline torch::Tensor to_tensor(const nlohmann::json& j, torch::ScalarType dtype) {
  std::vector<int64_t> shape;
  for (const nlohmann::json* cur = &j; cur->is_array(); cur = &(*cur)[0]) {
    shape.push_back(static_cast<int64_t>(cur->size()));
    if (cur->empty()) break;
  }
  std::vector<double> flat;
  std::function<void(const nlohmann::json&)> walk = [&](const nlohmann::json& x) {
    if (x.is_array())
      for (const auto& y : x) walk(y);
    else
      flat.push_back(x.get<double>());
  };
  walk(j);
  return torch::tensor(flat, torch::kDouble).view(shape).to(dtype);
}

// Max |a-b| over positions where mask == 1; a, b: [B, T, ...].
inline double masked_max_diff(const torch::Tensor& a, const torch::Tensor& b, const torch::Tensor& mask) {
  auto d = (a.to(torch::kDouble) - b.to(torch::kDouble)).abs();
  while (d.dim() > 2) d = std::get<0>(d.max(-1));
  return (d * mask.to(torch::kDouble)).max().item<double>();
}

}  // namespace xlfuse::model::parity
