#pragma once
// The members of an output ensemble: prediction folders written by `xlfuse predict` (or by
// `xlfuse ensemble`, so an ensemble can be a member of another), read from their stored raw
// outputs, never by running a model. Torch-free.
//
//   MEMBER/raw/{task}/{split}-{lang}.safetensors   (io/raw_outputs.h)
//   MEMBER/scores.json                             (its scores where labels existed)
#include <string>
#include <vector>

#include "xlfuse/io/raw_outputs.h"

namespace xlfuse::ensemble {

struct MemberRef {
  // Short label for tables and messages: "name=FOLDER" on the command line, else the folder's name
  // (with its model's intermediate task when known, e.g. "siqa>xcopa").
  std::string name;
  // The member's prediction folder.
  std::string folder;
};

// "FOLDER" or "NAME=FOLDER", comma-separated. ConfigError for an empty list, a repeated name or
// folder, or fewer than two members.
std::vector<MemberRef> parse_member_list(const std::string& spec);

// The languages every member has raw outputs for, for (task, split), in sorted order.
std::vector<std::string> common_languages(const std::vector<MemberRef>& members, const std::string& task,
                                          const std::string& split);

// The split the members were predicted on: `given` when set, else "test" when every member has
// it, else the task's first split every member has. IoError when none.
std::string choose_split(const std::vector<MemberRef>& members, const std::string& task,
                         const std::vector<std::string>& task_splits, const std::string& given);

// "all" = common_languages; else the comma-separated list, each of which every member must have
// (IoError naming it and what the members have). IoError when the result is empty.
std::vector<std::string> choose_languages(const std::vector<MemberRef>& members, const std::string& task,
                                          const std::string& split, const std::string& spec);

// How strictly members must agree.
enum class Agreement {
  // Same examples (example_index per feature, in order): votes and per-example combinations.
  SameExamples,
  // Same features as well (example_index, window, choice and token count of every feature, hence
  // the same tokenizer and max_seq_length): per-feature averaging (classification, tagging, QA).
  SameFeatures,
};

// The raw outputs of every member for one (task, split, lang), read with io::read_raw_outputs.
// Members must agree on task, split, lang, output kind, labels and head kind, and (as `agreement`
// asks) on examples or features; SameFeatures also needs the same vocab_hash. Otherwise
// ConfigError naming the member, its file, the field, and both values.
std::vector<io::RawOutputs> load_member_outputs(const std::vector<MemberRef>& members, const std::string& task,
                                                const std::string& split, const std::string& lang,
                                                Agreement agreement);

}  // namespace xlfuse::ensemble
