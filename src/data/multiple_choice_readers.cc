#include "xlfuse/data/multiple_choice_readers.h"

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/data/text_file.h"

namespace xlfuse::data {
namespace fs = std::filesystem;

namespace {

// A label given as an integer or a digit string, checked against the number of choices.
int choice_index(const nlohmann::json& o, const char* key, size_t n_choices, const std::string& at) {
  const std::string s = json_label(o, key, at);
  int value = -1;
  if (!s.empty() && s.find_first_not_of("0123456789") == std::string::npos && s.size() < 3)
    value = std::stoi(s);
  if (value < 0 || static_cast<size_t>(value) >= n_choices)
    throw FormatError(fmt::format("{}: unknown label '{}' in field '{}'; expected one of 0..{}", at,
                                  s, key, n_choices - 1));
  return value;
}

// A letter label "A".."E" -> 0..4, checked against the choice labels.
int letter_index(const std::string& letter, const std::vector<std::string>& letters,
                 const std::string& at) {
  for (size_t k = 0; k < letters.size(); ++k)
    if (letters[k] == letter) return static_cast<int>(k);
  throw FormatError(fmt::format("{}: unknown label '{}'; expected one of {}", at, letter,
                                fmt::join(letters, ", ")));
}

}  // namespace

std::vector<MultipleChoiceExample> read_copa_jsonl(const fs::path& path, bool* labelled) {
  std::vector<MultipleChoiceExample> out;
  bool any_label = false;
  for_each_jsonl(path, [&](const nlohmann::json& o, size_t line) {
    const std::string at = where(path, line);
    MultipleChoiceExample ex;
    ex.id = o.contains("idx") ? json_label(o, "idx", at) : std::to_string(out.size());
    ex.context = json_string(o, "premise", at);
    ex.question = json_string(o, "question", at);
    if (ex.question != "cause" && ex.question != "effect")
      throw FormatError(fmt::format("{}: field 'question' must be 'cause' or 'effect', got '{}'",
                                    at, ex.question));
    ex.choices = {json_string(o, "choice1", at), json_string(o, "choice2", at)};
    if (o.contains("label")) {
      ex.label = choice_index(o, "label", 2, at);
      any_label = true;
    }
    out.push_back(std::move(ex));
  });
  if (labelled) *labelled = any_label;
  return out;
}

std::vector<MultipleChoiceExample> read_siqa_jsonl(const fs::path& path, const fs::path* labels_path,
                                                   bool* labelled) {
  std::vector<MultipleChoiceExample> out;
  size_t with_label = 0;
  const std::vector<std::string> letters = {"A", "B", "C"};
  for_each_jsonl(path, [&](const nlohmann::json& o, size_t line) {
    const std::string at = where(path, line);
    MultipleChoiceExample ex;
    ex.id = std::to_string(out.size());
    ex.context = json_string(o, "context", at);
    ex.question = json_string(o, "question", at);
    ex.choices = {json_string(o, "answerA", at), json_string(o, "answerB", at),
                  json_string(o, "answerC", at)};
    if (o.contains("correct")) {
      ex.label = letter_index(json_string(o, "correct", at), letters, at);
      ++with_label;
    }
    out.push_back(std::move(ex));
  });
  if (with_label == 0 && labels_path) {
    const std::string text = read_text_file(*labels_path);
    LineCursor cursor(text);
    std::string_view line;
    size_t k = 0;
    while (cursor.next(&line)) {
      if (line.empty()) continue;
      const std::string at = where(*labels_path, cursor.line_number());
      if (k >= out.size())
        throw FormatError(fmt::format("{}: more labels than the {} examples of {}", at, out.size(),
                                      path.string()));
      if (line != "1" && line != "2" && line != "3")
        throw FormatError(fmt::format("{}: unknown label '{}'; expected one of 1, 2, 3", at, line));
      out[k++].label = line[0] - '1';
    }
    if (k != out.size())
      throw FormatError(fmt::format("{}: {} labels for {} examples in {}", labels_path->string(), k,
                                    out.size(), path.string()));
    with_label = k;
  }
  if (with_label != 0 && with_label != out.size())
    throw FormatError(fmt::format("{}: {} of {} rows have a 'correct' label; expected all or none",
                                  path.string(), with_label, out.size()));
  if (labelled) *labelled = with_label > 0;
  return out;
}

std::vector<MultipleChoiceExample> read_commonsenseqa_jsonl(const fs::path& path, bool* labelled) {
  std::vector<MultipleChoiceExample> out;
  bool any_label = false;
  for_each_jsonl(path, [&](const nlohmann::json& o, size_t line) {
    const std::string at = where(path, line);
    MultipleChoiceExample ex;
    ex.id = json_string(o, "id", at);
    std::vector<std::string> letters;
    const auto& q = json_field(o, "question", at);
    if (q.is_string()) {  // HF layout
      ex.question = q.get<std::string>();
      const auto& choices = json_field(o, "choices", at);
      const auto& lab = json_field(choices, "label", at + ": choices");
      const auto& txt = json_field(choices, "text", at + ": choices");
      if (!lab.is_array() || !txt.is_array() || lab.size() != txt.size() || lab.empty())
        throw FormatError(fmt::format(
            "{}: 'choices' must hold arrays 'label' and 'text' of the same non-zero length", at));
      for (size_t k = 0; k < lab.size(); ++k) {
        if (!lab[k].is_string() || !txt[k].is_string())
          throw FormatError(fmt::format("{}: choices.label/text[{}] must be strings", at, k));
        letters.push_back(lab[k].get<std::string>());
        ex.choices.push_back(txt[k].get<std::string>());
      }
    } else if (q.is_object()) {  // original layout
      ex.question = json_string(q, "stem", at + ": question");
      const auto& choices = json_field(q, "choices", at + ": question");
      if (!choices.is_array() || choices.empty())
        throw FormatError(fmt::format("{}: question.choices must be a non-empty array", at));
      for (const auto& c : choices) {
        letters.push_back(json_string(c, "label", at + ": question.choices"));
        ex.choices.push_back(json_string(c, "text", at + ": question.choices"));
      }
    } else {
      throw FormatError(fmt::format("{}: field 'question' must be a string or an object", at));
    }
    if (o.contains("answerKey")) {
      std::string key = json_string(o, "answerKey", at);
      if (!key.empty()) {
        ex.label = letter_index(key, letters, at);
        any_label = true;
      }
    }
    out.push_back(std::move(ex));
  });
  if (labelled) *labelled = any_label;
  return out;
}

std::vector<MultipleChoiceExample> read_hellaswag_jsonl(const fs::path& path, bool* labelled) {
  std::vector<MultipleChoiceExample> out;
  bool any_label = false;
  for_each_jsonl(path, [&](const nlohmann::json& o, size_t line) {
    const std::string at = where(path, line);
    MultipleChoiceExample ex;
    ex.id = o.contains("ind") ? json_label(o, "ind", at) : std::to_string(out.size());
    ex.context = json_string(o, "ctx_a", at);
    ex.question = json_string(o, "ctx_b", at);
    const auto& endings = json_field(o, "endings", at);
    if (!endings.is_array() || endings.empty())
      throw FormatError(fmt::format("{}: field 'endings' must be a non-empty array", at));
    for (const auto& e : endings) {
      if (!e.is_string()) throw FormatError(fmt::format("{}: 'endings' must hold strings", at));
      ex.choices.push_back(e.get<std::string>());
    }
    if (o.contains("label") && !o["label"].is_null() && !(o["label"].is_string() && o["label"] == "")) {
      ex.label = choice_index(o, "label", ex.choices.size(), at);
      any_label = true;
    }
    out.push_back(std::move(ex));
  });
  if (labelled) *labelled = any_label;
  return out;
}

std::vector<MultipleChoiceExample> read_cosmosqa_jsonl(const fs::path& path, bool* labelled) {
  std::vector<MultipleChoiceExample> out;
  bool any_label = false;
  for_each_jsonl(path, [&](const nlohmann::json& o, size_t line) {
    const std::string at = where(path, line);
    MultipleChoiceExample ex;
    ex.id = json_string(o, "id", at);
    ex.context = json_string(o, "context", at);
    ex.question = json_string(o, "question", at);
    for (const char* key : {"answer0", "answer1", "answer2", "answer3"})
      ex.choices.push_back(json_string(o, key, at));
    if (o.contains("label")) {
      ex.label = choice_index(o, "label", 4, at);
      any_label = true;
    }
    out.push_back(std::move(ex));
  });
  if (labelled) *labelled = any_label;
  return out;
}

}  // namespace xlfuse::data
