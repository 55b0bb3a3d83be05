#pragma once
// Readers for the retrieval tasks: Tatoeba, BUCC 2018, LAReQA (XQuAD-R) and Mewsli-X.
#include <filesystem>
#include <string>
#include <vector>

#include "xlfuse/data/example.h"

namespace xlfuse::data {

// Tatoeba `{l}-en.{l}` / `{l}-en.en`. Ids are the 0-based line numbers. In LASER's original order
// line i of one file translates line i of the other, and the gold pairs are (i, i). XTREME's
// preprocessing sorts the English side to hide the alignment (its gold index stays with the
// leaderboard), as in shared/data: when the English lines are in sorted (code point) order the
// gold is left empty, since identity pairs would be wrong. Different line counts are an error.
BitextExample read_tatoeba(const std::filesystem::path& source, const std::filesystem::path& target);

// BUCC 2018 `{lg}-en.{split}.{lg|en}`: "id\tsentence" per line; gold "src_id\ttgt_id" per line
// (optional: test gold is not distributed).
BitextExample read_bucc(const std::filesystem::path& source, const std::filesystem::path& target,
                        const std::filesystem::path* gold);

// One XQuAD-R file (SQuAD format plus `sentence_breaks` per paragraph, code-point offsets):
// questions (xling_id = the question id) and every sentence of every paragraph as a candidate;
// each question's answer sentence is the one whose break contains answer_start (questions whose
// answer is in no sentence are skipped with a warning, as LAReQA's code does).
LareqaExample read_lareqa_json(const std::filesystem::path& path, const std::string& lang);

// Mewsli-X candidate_set_entities.jsonl (one Entity per line).
std::vector<MewslixEntity> read_mewslix_entities(const std::filesystem::path& path);

// wikinews_mentions/{split}-{lang}.jsonl (one ContextualMention per line), with gold entities
// from the labels file wikinews_labels/{split}-{lang}.json ({example_id: [entity_id]}) if given.
std::vector<MewslixMention> read_mewslix_mentions(const std::filesystem::path& path,
                                                  const std::string& lang,
                                                  const std::filesystem::path* labels);

// wikipedia_pairs-{train,dev}.jsonl (one MentionEntityPair per line): mentions[i] pairs with
// entities[i].
MewslixExample read_mewslix_pairs(const std::filesystem::path& path);

// The Mewsli-X query string for a mention in a text with sentence spans (code points):
// "{mention}: {left} { {mention} } {right}" over the mention's sentence, "{...}" already in the
// sentence escaped to "(...)", line breaks joined with spaces, double spaces replaced once,
// stripped (utils_mewslix.preprocess_mention). FormatError if the mention crosses sentences.
std::string mewslix_query(const std::string& text, const std::vector<std::pair<int64_t, int64_t>>& sentences,
                          int64_t mention_start, int64_t mention_end, const std::string& mention,
                          const std::string& where);

}  // namespace xlfuse::data
