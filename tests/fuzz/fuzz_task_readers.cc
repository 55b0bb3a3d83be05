// libFuzzer target for every task reader of the registry (data::reader(name): XNLI/PAWS-X tsv,
// NLI jsonl/tsv, QQP tsv, COPA/SIQA/CommonsenseQA/HellaSwag/CosmosQA jsonl, two-column tag files,
// CoNLL-U (UPOS and DEPREL), SQuAD json, Tatoeba, BUCC, LAReQA, Mewsli-X).
// Input: byte 0 picks the reader (and thus a task that uses it), byte 1 the split and the main
// file's extension; the rest is cut at kPartSeparator into the main file and the companion or
// optional files the reader takes (Tatoeba/BUCC English side, BUCC gold, SIQA labels, Mewsli-X
// candidates and labels). Any input either reads or throws an xlfuse::Error; anything else (a
// crash, a sanitizer report, another exception type) is a finding.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "fuzz_common.h"
#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/data/task_registry.h"

namespace {

using xlfuse::data::TaskInfo;

struct Choice {
  const TaskInfo* task;
  std::vector<std::string> extra_roles;  // companion / optional files, in the input's order
};
std::vector<Choice> g_choices;

std::vector<std::string> roles_of(const std::string& reader) {
  if (reader == "tatoeba") return {"en"};
  if (reader == "bucc") return {"en", "gold"};
  if (reader == "siqa") return {"labels"};
  if (reader == "mewslix") return {"candidates", "labels"};
  return {};
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  xlfuse::set_log_level(xlfuse::LogLevel::Off);
  // One task per reader (the first in name order), so that every reader is reachable.
  std::map<std::string, const TaskInfo*> by_reader;
  for (const std::string& name : xlfuse::data::task_names()) {
    const TaskInfo& task = xlfuse::data::task_info(name);
    by_reader.emplace(task.reader, &task);
  }
  for (const std::string& reader : xlfuse::data::reader_names()) {
    auto it = by_reader.find(reader);
    if (it != by_reader.end()) g_choices.push_back({it->second, roles_of(reader)});
  }
  // The byte-0 table, for writing seeds (tests/fuzz/make_corpus.py).
  for (size_t i = 0; i < g_choices.size(); ++i)
    std::fprintf(stderr, "fuzz_task_readers: byte0 %zu = reader %s (task %s)\n", i, g_choices[i].task->reader.c_str(),
                 g_choices[i].task->name.c_str());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return 0;
  const Choice& choice = g_choices[data[0] % g_choices.size()];
  const TaskInfo& task = *choice.task;
  static const char* const kExtensions[] = {".tsv", ".jsonl", ".json", ".conllu"};
  xlfuse::data::DataFiles files;
  files.split = task.splits.empty() ? "test" : task.splits[data[1] % task.splits.size()];
  files.lang = (data[1] & 0x80) ? "de" : "en";
  const auto parts = xlfuse_fuzz::split_parts(xlfuse_fuzz::as_view(data + 2, size - 2), 1 + choice.extra_roles.size());
  xlfuse_fuzz::clear_scratch();
  files.main.push_back(xlfuse_fuzz::write_file(std::string("main") + kExtensions[(data[1] >> 4) & 3], parts[0]));
  // Missing parts mean absent optional files; a missing required companion gets an empty file.
  for (size_t i = 0; i < choice.extra_roles.size(); ++i) {
    const std::string& role = choice.extra_roles[i];
    if (i + 1 < parts.size()) files.extra[role] = xlfuse_fuzz::write_file(role + ".part", parts[i + 1]);
    else if (role == "en") files.extra[role] = xlfuse_fuzz::write_file(role + ".part", "");
  }
  try {
    const xlfuse::data::Dataset dataset = xlfuse::data::reader(task.reader)(task, files);
    (void)dataset.size();
  } catch (const xlfuse::Error&) {
  }
  return 0;
}
