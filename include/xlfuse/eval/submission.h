#pragma once
// Files of the XTREME / XTREME-R leaderboard layout: {dir}/{task}/test-{lang}.{ext}.
// Readers follow evaluate.py's readers (Python text mode: "\n", "\r\n" and "\r" end lines,
// str.strip() on every line) and throw FormatError naming file:line, what was expected and what
// was found; IoError when a file cannot be read. Writers write atomically (temporary file in the
// same folder, then rename), creating the task folder.
//
//   task                   ext    content
//   xnli pawsx tatoeba     tsv    one label per line
//   bucc2018               tsv    "src_id\ttgt_id" per line
//   udpos panx             tsv    one tag per line, a blank line after each sentence
//   xquad mlqa tydiqa      json   predictions {question_id: answer_text}; labels are the
//                                 SQuAD v1.1 dataset json ({"data": [...]}), as in the
//                                 official label folder
//   xcopa                  jsonl  {"label": 0|1} per line
//   mewslix                json   {example_id: [entity_id, ...ranked]}; labels
//                                 {example_id: [gold_entity_id]}
//   lareqa                 json   {question_id: [candidate_id, ...ranked]}; labels
//                                 {question_id: [relevant candidate ids]} (xlfuse's layout;
//                                 the official kit defines none)
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "xlfuse/eval/squad.h"

namespace xlfuse::eval {

// evaluate.py read_label: every line, stripped (a blank line is an empty item).
std::vector<std::string> read_label_lines(const std::string& path);

// evaluate.py read_tag: stripped non-blank lines are tags; each blank line closes a sentence
// (consecutive blank lines give empty sentences, as in Python); the last sentence is kept when
// the file does not end with a blank line. Extension: a line "word\ttag" (the labelled data
// files) contributes its last tab-separated field, so labelled test files can serve as labels.
std::vector<std::vector<std::string>> read_tag_file(const std::string& path);

// QA predictions {question_id: answer_text} (string values required).
std::map<std::string, std::string> read_qa_predictions(const std::string& path);
// QA labels: a SQuAD-format dataset file (its "data" array, or a top-level array).
std::vector<QaQuestion> read_qa_labels(const std::string& path);

// XCOPA jsonl: the "label" value of every line (kept as JSON so that scoring can use Python's
// equality: true and 1.0 equal 1, "1" does not).
std::vector<nlohmann::json> read_xcopa_labels(const std::string& path);

// Mewsli-X / LAReQA {id: [id, ...]} (arrays of strings required).
std::map<std::string, std::vector<std::string>> read_ranking_json(const std::string& path);

// {dir}/{task}/test-{lang}.{ext}; ConfigError for a task of neither benchmark.
std::string submission_path(const std::string& dir, std::string_view task, std::string_view lang);

// Atomic write: `content` goes to a temporary file beside `path`, which is then renamed over
// it; parent folders are created. On failure `path` is untouched. Throws IoError naming the path.
void write_text_atomic(const std::string& path, std::string_view content);

// Writers (each validates its input with std::invalid_argument: no line breaks inside an item,
// no empty tag, since either would change what the reader sees).
void write_label_lines(const std::string& path, const std::vector<std::string>& lines);
void write_tag_file(const std::string& path, const std::vector<std::vector<std::string>>& sentences);
void write_qa_predictions(const std::string& path, const std::map<std::string, std::string>& answers);
void write_xcopa_predictions(const std::string& path, const std::vector<int>& labels);
void write_ranking_json(const std::string& path, const std::map<std::string, std::vector<std::string>>& rankings);

}  // namespace xlfuse::eval
