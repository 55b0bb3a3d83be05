#pragma once
// One way to name the values of an enum: a table of (value, name) pairs per enum, from which
// to_string and parse follow, with an error that lists the valid names. The first name of a value
// is its canonical one (what to_string and JSON write); later ones are accepted aliases.
//
//   const EnumTable<Precision>& precision_names() {
//     static const EnumTable<Precision> t{{Precision::Float32, "fp32"}, {Precision::BFloat16, "bf16"}};
//     return t;
//   }
//   parse_enum(precision_names(), "bf16", "precision");   // Precision::BFloat16
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "xlfuse/core/error.h"

namespace xlfuse {

template <typename E>
using EnumTable = std::vector<std::pair<E, std::string>>;

// The canonical names of a table, in table order, without aliases.
template <typename E>
std::vector<std::string> enum_names(const EnumTable<E>& table) {
  std::vector<std::string> out;
  for (size_t i = 0; i < table.size(); ++i) {
    bool alias = false;
    for (size_t j = 0; j < i; ++j) alias = alias || table[j].first == table[i].first;
    if (!alias) out.push_back(table[i].second);
  }
  return out;
}

// The value named `name`; ConfigError "<what>: expected one of a, b, c; got "x"" otherwise.
template <typename E>
E parse_enum(const EnumTable<E>& table, std::string_view name, std::string_view what) {
  for (const auto& [value, n] : table)
    if (n == name) return value;
  throw ConfigError(fmt::format("{}: expected one of {}; got \"{}\"", what, fmt::join(enum_names(table), ", "), name));
}

// The canonical name of `value` (std::logic_error for a value missing from the table).
template <typename E>
const std::string& enum_name(const EnumTable<E>& table, E value) {
  for (const auto& [v, n] : table)
    if (v == value) return n;
  throw std::logic_error("enum value without a name");
}

}  // namespace xlfuse

// Lets fmt print an enum by its name: XLFUSE_ENUM_FORMATTER(xlfuse::model::HeadKind) after the
// enum's to_string, at global scope.
#define XLFUSE_ENUM_FORMATTER(Type)                                                    \
  template <>                                                                          \
  struct fmt::formatter<Type> : fmt::formatter<std::string_view> {                     \
    template <typename Context>                                                        \
    auto format(Type value, Context& ctx) const {                                      \
      return fmt::formatter<std::string_view>::format(std::string_view(to_string(value)), ctx); \
    }                                                                                  \
  }
