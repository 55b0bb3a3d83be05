#pragma once
// Reading an options struct from a JSON object, strictly: every field has a typed reader that
// keeps the current value when the key is absent, and reject_unknown_keys() refuses keys that no
// reader asked for (so a typo such as "lerning_rate" is an error, not a silently ignored key).
// Errors are ConfigError naming the key path, what was expected and what was found:
//
//   training.fusion.layer: expected an integer, found string "6"
//
//   void from_json(const nlohmann::json& json, FooOptions* o, const std::string& path) {
//     JsonFields f(json, path);
//     f.read("batch_size", &o->batch_size);
//     f.read_enum("precision", &o->precision, model::precision_names());
//     f.read_object("fusion", &o->fusion);        // calls from_json(json, &o->fusion, "<path>.fusion")
//     f.reject_unknown_keys();
//   }
//
// The options structs pair this with `nlohmann::json to_json(const FooOptions&)`, which writes
// every field (enums by their canonical names), so `to_json(o).dump(2)` is the options' canonical
// text: keys sorted, doubles in the shortest form that reads back exactly, and dump -> load ->
// dump gives the same bytes. The study runner keys its result cache on that text, so adding or
// renaming a field or an enum name changes every cache key (tests/options_json_test_utils.h
// checks the round trip for each struct).
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "xlfuse/core/enum_names.h"

namespace xlfuse {

class JsonFields {
 public:
  // `path` names `json` in messages ("" = the top level). ConfigError when json is not an object.
  JsonFields(const nlohmann::json& json, std::string path);

  // Integers refuse fractional numbers (1.5 and 1.0 alike) and values out of the field's range
  // (negative ones for unsigned fields); doubles take any number.
  void read(const char* key, bool* value);
  void read(const char* key, int32_t* value);
  void read(const char* key, int64_t* value);
  void read(const char* key, uint64_t* value);
  void read(const char* key, double* value);
  void read(const char* key, std::string* value);
  // A list replaces the whole current list.
  void read(const char* key, std::vector<std::string>* value);
  void read(const char* key, std::vector<int32_t>* value);
  void read(const char* key, std::vector<int64_t>* value);

  // An enum by any of its names (aliases too).
  template <typename E>
  void read_enum(const char* key, E* value, const EnumTable<E>& names) {
    const nlohmann::json* j = find(key);
    if (j == nullptr) return;
    const std::vector<std::string> canonical = enum_names(names);
    if (!j->is_string()) fail(path_of(key), "a string (one of " + join(canonical) + ")", *j);
    for (const auto& [v, name] : names)
      if (name == j->get_ref<const std::string&>()) {
        *value = v;
        return;
      }
    throw ConfigError(path_of(key) + ": expected one of " + join(canonical) + ", found \"" +
                      j->get_ref<const std::string&>() + "\"");
  }

  // A nested options struct, read by its own from_json(json, value, "<path>.<key>") (found by
  // argument-dependent lookup in T's namespace).
  template <typename T>
  void read_object(const char* key, T* value) {
    if (const nlohmann::json* j = find(key)) from_json(*j, value, path_of(key));
  }

  // ConfigError naming the first key no reader asked for and listing the known keys.
  void reject_unknown_keys() const;

  // "<path>.<key>", or "<key>" at the top level.
  std::string path_of(const char* key) const;

 private:
  // The value under `key` (nullptr when absent); the key becomes known either way.
  const nlohmann::json* find(const char* key);
  // ConfigError "<where>: expected <expected>, found <describe_json_value(found)>".
  [[noreturn]] static void fail(const std::string& where, const std::string& expected, const nlohmann::json& found);
  static std::string join(const std::vector<std::string>& names);
  template <typename T>
  static T integer(const nlohmann::json& j, const std::string& where);
  template <typename T>
  void read_integer(const char* key, T* value);
  template <typename T>
  void read_integer_list(const char* key, std::vector<T>* value);

  const nlohmann::json& json_;
  std::string path_;
  std::vector<std::string> known_;
};

// How a JSON value appears in messages: `string "6"`, `number 1.5`, `boolean true`, `null`,
// `array`, `object`.
std::string describe_json_value(const nlohmann::json& value);

}  // namespace xlfuse
