#include "xlfuse/eval/mlqa.h"

#include <algorithm>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/eval/python_string.h"

namespace xlfuse::eval {
namespace {

bool is_mlqa_punct(char32_t c) { return py::is_ascii_punctuation(c) || py::is_unicode_punctuation(c); }

// The script's pattern [\u4e00-\u9fa5].
bool is_mlqa_cjk(char32_t c) { return c >= 0x4E00 && c <= 0x9FA5; }

const std::vector<std::u32string>* articles(std::string_view lang) {
  static const std::vector<std::u32string> en = {U"a", U"an", U"the"};
  static const std::vector<std::u32string> es = {U"un", U"una", U"unos", U"unas", U"el", U"la", U"los", U"las"};
  static const std::vector<std::u32string> de = {U"ein", U"eine", U"einen", U"einem", U"eines", U"einer",
                                                 U"der", U"die",  U"das",   U"den",   U"dem",   U"des"};
  static const std::vector<std::u32string> vi = {U"c\u1ee7a", U"l\u00e0", U"c\u00e1i", U"chi\u1ebfc", U"nh\u1eefng"};
  if (lang == "en") return &en;
  if (lang == "es") return &es;
  if (lang == "de") return &de;
  if (lang == "vi") return &vi;
  return nullptr;
}

void check_language(std::string_view lang) {
  if (!is_mlqa_language(lang))
    throw ConfigError(fmt::format("MLQA evaluation: unknown language '{}': expected one of en es de ar hi vi zh", lang));
}

std::vector<std::u32string> mixed_segmentation(std::u32string_view text) {
  std::vector<std::u32string> out;
  std::u32string pending;
  auto flush = [&] {
    if (pending.empty()) return;
    for (auto& t : py::split(std::u32string_view(pending))) out.push_back(std::move(t));
    pending.clear();
  };
  for (char32_t c : text) {
    if (is_mlqa_cjk(c) || is_mlqa_punct(c)) {
      flush();
      out.emplace_back(1, c);
    } else {
      pending.push_back(c);
    }
  }
  flush();
  return out;
}

std::u32string normalize(std::string_view text, std::string_view lang) {
  check_language(lang);
  std::u32string s = py::lower(py::decode(text));
  s.erase(std::remove_if(s.begin(), s.end(), is_mlqa_punct), s.end());
  if (const auto* words = articles(lang)) {
    s = py::replace_whole_words(s, *words, U" ");
  } else if (lang == "ar") {
    // re.sub('\sال^|ال', ' ', text): only the second alternative can match (see mlqa.h).
    static const std::u32string al = U"\u0627\u0644";
    std::u32string out;
    out.reserve(s.size());
    size_t i = 0;
    while (i < s.size()) {
      if (s.compare(i, al.size(), al) == 0) {
        out.push_back(U' ');
        i += al.size();
      } else {
        out.push_back(s[i++]);
      }
    }
    s = std::move(out);
  }
  std::vector<std::u32string> tokens = lang == "zh" ? mixed_segmentation(s) : py::split(std::u32string_view(s));
  std::u32string joined;
  bool first = true;
  for (const auto& t : tokens) {
    if (py::strip(std::u32string_view(t)).empty()) continue;
    if (!first) joined.push_back(U' ');
    joined += t;
    first = false;
  }
  return joined;
}

}  // namespace

bool is_mlqa_language(std::string_view lang) {
  return lang == "en" || lang == "es" || lang == "de" || lang == "ar" || lang == "hi" || lang == "vi" || lang == "zh";
}

std::string mlqa_normalize_answer(std::string_view text, std::string_view lang) { return py::encode(normalize(text, lang)); }

std::vector<std::string> mlqa_mixed_segmentation(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& t : mixed_segmentation(py::decode(text))) out.push_back(py::encode(t));
  return out;
}

double mlqa_exact_match(std::string_view prediction, std::string_view gold, std::string_view lang) {
  return normalize(prediction, lang) == normalize(gold, lang) ? 1.0 : 0.0;
}

double mlqa_f1(std::string_view prediction, std::string_view gold, std::string_view lang) {
  return token_f1(py::split(mlqa_normalize_answer(prediction, lang)), py::split(mlqa_normalize_answer(gold, lang)));
}

QaScores mlqa_evaluate(const std::vector<QaQuestion>& questions, const std::map<std::string, std::string>& predictions,
                       std::string_view lang) {
  check_language(lang);
  std::string l(lang);
  return evaluate_qa(
      questions, predictions, [&l](std::string_view p, std::string_view g) { return mlqa_exact_match(p, g, l); },
      [&l](std::string_view p, std::string_view g) { return mlqa_f1(p, g, l); });
}

}  // namespace xlfuse::eval
