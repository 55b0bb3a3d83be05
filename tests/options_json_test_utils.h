#pragma once
// The canonical-JSON contract of an options struct (core/json_fields.h), checked the same way for
// every struct: the sample sets every field to a non-default value, dump -> load -> dump gives the
// same bytes, and the loaded copy is returned for the caller's field-by-field comparison.
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace xlfuse::test {

// Every leaf of `sample` differs from the same leaf of `defaults` (same keys on both sides), so a
// round trip of the sample exercises every field.
inline void expect_every_leaf_differs(const nlohmann::json& sample, const nlohmann::json& defaults,
                                      const std::string& path = "") {
  ASSERT_EQ(sample.size(), defaults.size()) << path;
  for (const auto& [key, value] : defaults.items()) {
    const std::string where = path.empty() ? key : path + "." + key;
    ASSERT_TRUE(sample.contains(key)) << where;
    if (value.is_object())
      expect_every_leaf_differs(sample.at(key), value, where);
    else
      EXPECT_NE(sample.at(key), value) << where << " keeps its default in the sample";
  }
}

// to_json / from_json are found by argument-dependent lookup in T's namespace.
template <typename T>
T expect_canonical_round_trip(const T& sample) {
  const nlohmann::json j = to_json(sample);
  expect_every_leaf_differs(j, to_json(T{}));
  const std::string text = j.dump(2);
  T back;
  from_json(nlohmann::json::parse(text), &back, "");
  EXPECT_EQ(to_json(back).dump(2), text) << "dump -> load -> dump changed the text";
  return back;
}

}  // namespace xlfuse::test
