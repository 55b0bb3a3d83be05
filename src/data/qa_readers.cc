#include "xlfuse/data/qa_readers.h"

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/data/text_file.h"

namespace xlfuse::data {
namespace fs = std::filesystem;

namespace {

const nlohmann::json& array_field(const nlohmann::json& o, const char* key, const std::string& at) {
  const auto& v = json_field(o, key, at);
  if (!v.is_array())
    throw FormatError(fmt::format("{}: field '{}' must be an array, got {}", at, key, v.type_name()));
  return v;
}

std::vector<QaAnswer> read_answers(const nlohmann::json& list, const std::string& at) {
  std::vector<QaAnswer> out;
  for (size_t k = 0; k < list.size(); ++k) {
    const std::string a_at = fmt::format("{}[{}]", at, k);
    if (!list[k].is_object()) throw FormatError(fmt::format("{}: expected an object", a_at));
    QaAnswer a;
    a.text = json_string(list[k], "text", a_at);
    a.answer_start = json_int(list[k], "answer_start", a_at);
    if (a.answer_start < 0)
      throw FormatError(fmt::format("{}: answer_start must be >= 0, got {}", a_at, a.answer_start));
    if (!a.text.empty()) out.push_back(std::move(a));
  }
  return out;
}

}  // namespace

std::vector<QaExample> read_squad_json(const fs::path& path, bool* labelled) {
  const nlohmann::json root = parse_json(read_text_file(path), path);
  const std::string file = path.string();
  if (!root.is_object()) throw FormatError(fmt::format("{}: expected a JSON object with 'data'", file));
  const auto& data = array_field(root, "data", file);
  std::vector<QaExample> out;
  bool any_label = false;
  for (size_t i = 0; i < data.size(); ++i) {
    const std::string art_at = fmt::format("{}: data[{}]", file, i);
    const auto& article = data[i];
    if (!article.is_object()) throw FormatError(fmt::format("{}: expected an object", art_at));
    std::string title;
    if (auto t = article.find("title"); t != article.end() && t->is_string()) title = t->get<std::string>();
    const auto& paragraphs = array_field(article, "paragraphs", art_at);
    for (size_t j = 0; j < paragraphs.size(); ++j) {
      const std::string par_at = fmt::format("{}.paragraphs[{}]", art_at, j);
      const auto& par = paragraphs[j];
      if (!par.is_object()) throw FormatError(fmt::format("{}: expected an object", par_at));
      const std::string context = json_string(par, "context", par_at);
      const auto& qas = array_field(par, "qas", par_at);
      for (size_t k = 0; k < qas.size(); ++k) {
        const std::string q_at = fmt::format("{}.qas[{}]", par_at, k);
        const auto& qa = qas[k];
        if (!qa.is_object()) throw FormatError(fmt::format("{}: expected an object", q_at));
        QaExample ex;
        ex.id = json_label(qa, "id", q_at);
        ex.title = title;
        ex.question = json_string(qa, "question", q_at);
        ex.context = context;
        ex.answers = read_answers(array_field(qa, "answers", q_at), q_at + ".answers");
        if (auto imp = qa.find("is_impossible"); imp != qa.end()) {
          if (!imp->is_boolean())
            throw FormatError(fmt::format("{}: field 'is_impossible' must be a boolean", q_at));
          ex.is_impossible = imp->get<bool>();
        }
        if (qa.contains("plausible_answers"))
          ex.plausible_answers = read_answers(array_field(qa, "plausible_answers", q_at),
                                              q_at + ".plausible_answers");
        if (ex.is_impossible && !ex.answers.empty())
          throw FormatError(fmt::format("{}: an impossible question must have no answers", q_at));
        if (!ex.answers.empty() || ex.is_impossible) any_label = true;
        out.push_back(std::move(ex));
      }
    }
  }
  if (labelled) *labelled = any_label;
  return out;
}

}  // namespace xlfuse::data
