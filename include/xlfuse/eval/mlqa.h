#pragma once
// MLQA exact match and F1 (XTREME's third_party/evaluate_mlqa.py, from the MLQA release), the
// language-aware variant of SQuAD's: normalise = lower -> remove punctuation -> remove articles
// -> tokenise and re-join, with
//   punctuation: every Unicode P* character plus the 32 of string.punctuation;
//   articles (replaced by ' ' as whole words, re's Unicode \b):
//     en a an the; es un una unos unas el la los las;
//     de ein eine einen einem eines einer der die das den dem des; vi của là cái chiếc những;
//     hi, zh none;
//     ar: the script's pattern is '\sال^|ال'. Its first alternative needs '^' (start of string)
//         after a consumed character and can never match, so it removes every occurrence of
//         "ال" (U+0627 U+0644) anywhere, also inside words: "الكتاب" -> " كتاب",
//         "مال" -> "م ".
//   tokenisation: str.split() for en es hi vi de ar; for zh "mixed segmentation": every
//     character in U+4E00..U+9FA5 (the script's range, not all CJK) and every punctuation
//     character is its own token, other runs are split on whitespace.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "xlfuse/eval/squad.h"

namespace xlfuse::eval {

// The languages evaluate_mlqa.py knows: en es de ar hi vi zh.
bool is_mlqa_language(std::string_view lang);

// Throws ConfigError for a language the script does not know (it raises an Exception too).
std::string mlqa_normalize_answer(std::string_view text, std::string_view lang);
std::vector<std::string> mlqa_mixed_segmentation(std::string_view text);
double mlqa_exact_match(std::string_view prediction, std::string_view gold, std::string_view lang);
double mlqa_f1(std::string_view prediction, std::string_view gold, std::string_view lang);

QaScores mlqa_evaluate(const std::vector<QaQuestion>& questions, const std::map<std::string, std::string>& predictions,
                       std::string_view lang);

}  // namespace xlfuse::eval
