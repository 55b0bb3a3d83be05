#pragma once
// Reader for SQuAD-format JSON (v1.1 and v2.0): SQuAD, XQuAD, MLQA, TyDiQA-GoldP.
#include <filesystem>
#include <vector>

#include "xlfuse/data/example.h"

namespace xlfuse::data {

// {"data": [{"title", "paragraphs": [{"context", "qas": [{"id", "question", "answers":
// [{"text", "answer_start"}], "is_impossible"?, "plausible_answers"?}]}]}]}. Answers whose text
// is empty (XTREME's blanked test annotations) are dropped; *labelled is false when no question
// has an answer and none is marked impossible. Syntax errors carry path:line; structural errors
// name the JSON path (data[3].paragraphs[0].qas[2]).
std::vector<QaExample> read_squad_json(const std::filesystem::path& path, bool* labelled);

}  // namespace xlfuse::data
