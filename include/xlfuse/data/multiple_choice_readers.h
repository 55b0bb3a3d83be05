#pragma once
// Readers for multiple-choice jsonl files: COPA / XCOPA, SocialIQA, CommonsenseQA (original and
// HF-datasets layouts), HellaSwag, CosmosQA.
#include <filesystem>
#include <string>
#include <vector>

#include "xlfuse/data/example.h"

namespace xlfuse::data {

// COPA/XCOPA: {premise, choice1, choice2, question: cause|effect, label: 0|1, idx}. The model
// input ("{premise} What was the {question}?") is built by features, not here.
std::vector<MultipleChoiceExample> read_copa_jsonl(const std::filesystem::path& path,
                                                   bool* labelled);

// SocialIQA: {context, question, answerA, answerB, answerC[, correct: A|B|C]}. When the rows have
// no "correct" field, labels come from `labels_path` (one of 1|2|3 per line, the original
// release's *-labels.lst) if given.
std::vector<MultipleChoiceExample> read_siqa_jsonl(const std::filesystem::path& path,
                                                   const std::filesystem::path* labels_path,
                                                   bool* labelled);

// CommonsenseQA: HF layout {id, question, choices: {label: [A..E], text: [...]}, answerKey} or the
// original {id, question: {stem, choices: [{label, text}]}, answerKey}. answerKey "" = unlabelled.
std::vector<MultipleChoiceExample> read_commonsenseqa_jsonl(const std::filesystem::path& path,
                                                            bool* labelled);

// HellaSwag: {ind, ctx_a, ctx_b, endings: [4], label}; context = ctx_a, question = ctx_b.
std::vector<MultipleChoiceExample> read_hellaswag_jsonl(const std::filesystem::path& path,
                                                        bool* labelled);

// CosmosQA: {id, context, question, answer0..answer3, label}.
std::vector<MultipleChoiceExample> read_cosmosqa_jsonl(const std::filesystem::path& path,
                                                       bool* labelled);

}  // namespace xlfuse::data
