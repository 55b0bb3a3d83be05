#include "xlfuse/data/task_registry.h"

#include <algorithm>
#include <mutex>
#include <stdexcept>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/data/task_readers.h"

namespace xlfuse::data {
namespace fs = std::filesystem;

std::string to_string(TaskKind kind) {
  switch (kind) {
    case TaskKind::Classification: return "classification";
    case TaskKind::MultipleChoice: return "multiple_choice";
    case TaskKind::Tagging: return "tagging";
    case TaskKind::Qa: return "qa";
    case TaskKind::Retrieval: return "retrieval";
  }
  return "?";
}

TaskKind task_kind_from_string(const std::string& name) {
  for (TaskKind k : {TaskKind::Classification, TaskKind::MultipleChoice, TaskKind::Tagging,
                     TaskKind::Qa, TaskKind::Retrieval})
    if (to_string(k) == name) return k;
  throw std::invalid_argument(fmt::format(
      "unknown task kind '{}'; expected one of classification, multiple_choice, tagging, qa, retrieval",
      name));
}


const fs::path* DataFiles::find(const std::string& role) const {
  auto it = extra.find(role);
  return it == extra.end() ? nullptr : &it->second;
}

namespace {

std::vector<std::string> split_list(const char* s) {
  std::vector<std::string> out;
  std::string cur;
  for (const char* p = s;; ++p) {
    if (*p == ' ' || *p == ',' || *p == '\0') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
      if (*p == '\0') break;
    } else {
      cur += *p;
    }
  }
  return out;
}

std::vector<std::string> plus(std::vector<std::string> a, const char* more) {
  for (auto& l : split_list(more)) a.push_back(l);
  return a;
}

// ---- the registries ----

struct Registries {
  std::vector<TaskInfo> tasks;  // sorted by name
  std::map<std::string, ReaderFn> readers;
};

Registries& registries() {
  static Registries r;
  return r;
}

void register_builtin() {
  add_task_readers(&registries().readers);

  const auto nli_labels = split_list("contradiction entailment neutral");
  const auto upos = split_list("ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X");
  const auto ner = split_list("B-LOC B-ORG B-PER I-LOC I-ORG I-PER O");
  const auto deprel = split_list(
      "acl advcl advmod amod appos aux case cc ccomp clf compound conj cop csubj dep det discourse "
      "dislocated expl fixed flat goeswith iobj list mark nmod nsubj nummod obj obl orphan "
      "parataxis punct reparandum root vocative xcomp");
  const auto udpos_x = split_list(
      "af ar bg de el en es et eu fa fi fr he hi hu id it ja kk ko mr nl pt ru ta te th tl tr ur vi yo zh");
  const auto panx_x = split_list(
      "ar he vi id jv ms tl eu ml ta te af nl en de el bn hi mr ur fa fr it pt es bg ru ja ka ko th "
      "sw yo my zh kk tr et fi hu");
  const auto tatoeba_x = split_list(
      "ar he vi id jv tl eu ml ta te af nl de el bn hi mr ur fa fr it pt es bg ru ja ka ko th sw zh "
      "kk tr et fi hu");
  const auto xnli_l = split_list("ar bg de el en es fr hi ru sw th tr ur vi zh");
  const auto xquad_x = split_list("en es de el ru tr ar vi th zh hi");

  auto& tasks = registries().tasks;
  auto add = [&](TaskInfo t) { tasks.push_back(std::move(t)); };
  auto layout = [](std::string pattern) {
    FileLayout l;
    l.pattern = std::move(pattern);
    return l;
  };

  // ---- XTREME / XTREME-R target tasks ----
  {
    TaskInfo t{"xnli", "XNLI natural language inference (premise, hypothesis)", TaskKind::Classification,
               nli_labels, "accuracy", xnli_l, xnli_l, false, "xnli", {layout("{split}-{lang}.tsv")},
               "pair_tsv", {"train", "dev", "test"}};
    add(t);
  }
  add({"pawsx", "PAWS-X paraphrase identification", TaskKind::Classification, {"0", "1"}, "accuracy",
       split_list("de en es fr ja ko zh"), {}, false, "pawsx", {layout("{split}-{lang}.tsv")}, "pair_tsv",
       {"train", "dev", "test"}});
  add({"xcopa", "XCOPA causal commonsense reasoning (2 choices)", TaskKind::MultipleChoice, {"0", "1"},
       "accuracy", {}, split_list("et ht id it qu sw ta th tr vi zh"), false, "xcopa",
       {layout("{split}-{lang}.jsonl")}, "copa", {"train", "val", "test"}});
  add({"udpos", "UD-POS part-of-speech tagging (UPOS)", TaskKind::Tagging, upos, "f1", udpos_x,
       plus(udpos_x, "lt pl uk wo ro"), false, "udpos", {layout("{split}-{lang}.tsv")}, "conll_tags",
       {"train", "dev", "test"}});
  add({"panx", "PAN-X / WikiANN named entity recognition (IOB2)", TaskKind::Tagging, ner, "f1", panx_x,
       plus(panx_x, "qu pl uk az lt pa gu ro"), false, "panx", {layout("{split}-{lang}.tsv")}, "conll_tags",
       {"train", "dev", "test"}});
  {
    FileLayout l = layout("xquad.{lang}.json");
    l.fixed_split = "test";
    add({"xquad", "XQuAD extractive QA", TaskKind::Qa, {}, "squad_em_f1", xquad_x, plus(xquad_x, "ro"),
         false, "xquad", {l}, "squad", {"test"}});
  }
  add({"mlqa", "MLQA extractive QA (lang 'de' = context de, question de; 'de-en' = question en)",
       TaskKind::Qa, {}, "mlqa_em_f1", split_list("en es de ar hi vi zh"),
       split_list("en es de ar hi vi zh"), false, "mlqa",
       {layout("MLQA_V1/{split}/{split}-context-{lang}-question-{qlang}.json")}, "squad", {"dev", "test"}});
  add({"tydiqa", "TyDiQA-GoldP extractive QA", TaskKind::Qa, {}, "squad_em_f1",
       split_list("en ar bn fi id ko ru sw te"), split_list("en ar bn fi id ko ru sw te"), false, "tydiqa",
       {layout("tydiqa.goldp.{lang}.{split}.json"),
        layout("tydiqa-goldp-v1.1-{split}/tydiqa.goldp.{lang}.{split}.json")},
       "squad", {"train", "dev"}});
  {
    FileLayout l = layout("{lang}-en.{split}.{lang}");
    l.companions = {{"en", "{lang}-en.{split}.en"}};
    l.optional = {{"gold", "{lang}-en.{split}.gold"}};
    add({"bucc2018", "BUCC 2018 parallel sentence mining", TaskKind::Retrieval, {}, "bucc_f1",
         split_list("de fr ru zh"), {}, false, "bucc2018", {l}, "bucc", {"dev", "test"}});
  }
  {
    FileLayout l = layout("{lang}-en.{lang}");
    l.companions = {{"en", "{lang}-en.en"}};
    l.fixed_split = "test";
    add({"tatoeba", "Tatoeba sentence retrieval (line-aligned)", TaskKind::Retrieval, {}, "accuracy",
         tatoeba_x, plus(tatoeba_x, "az lt pl uk ro"), false, "tatoeba", {l}, "tatoeba", {"test"}});
  }
  {
    FileLayout mentions = layout("wikinews_mentions/{split}-{lang}.jsonl");
    mentions.companions = {{"candidates", "candidate_set_entities.jsonl"}};
    mentions.optional = {{"labels", "wikinews_labels/{split}-{lang}.json"}};
    mentions.splits = {"dev", "test"};
    FileLayout pairs = layout("wikipedia_pairs-{split}.jsonl");
    pairs.fixed_lang = "multi";
    pairs.splits = {"train", "dev"};
    add({"mewslix", "Mewsli-X entity linking (mention -> entity retrieval; lang 'multi' = Wikipedia pairs)",
         TaskKind::Retrieval, {}, "map@20", {}, split_list("ar de en es fa ja pl ro ta tr uk"), false,
         "mewslix", {mentions, pairs}, "mewslix", {"train", "dev", "test"}});
  }
  {
    FileLayout l = layout("xquad-r/{lang}.json");
    l.fixed_split = "test";
    add({"lareqa", "LAReQA XQuAD-R answer retrieval from a multilingual pool", TaskKind::Retrieval, {},
         "map@20", {}, split_list("ar de el en es hi ru th tr vi zh"), false, "lareqa", {l}, "lareqa",
         {"test"}});
  }

  // ---- English intermediate tasks ----
  auto en_layout = [](std::string pattern, std::vector<std::pair<std::string, std::string>> names = {}) {
    FileLayout l;
    l.pattern = std::move(pattern);
    l.fixed_lang = "en";
    l.split_names = std::move(names);
    return l;
  };
  add({"mnli", "MultiNLI (jsonl or GLUE tsv)", TaskKind::Classification, nli_labels, "accuracy", {}, {}, true,
       "mnli", {en_layout("multinli_1.0_{split}.jsonl"), en_layout("{split}.tsv")}, "nli",
       {"train", "dev_matched", "dev_mismatched", "test_matched", "test_mismatched"}});
  add({"snli", "SNLI", TaskKind::Classification, nli_labels, "accuracy", {}, {}, true, "snli",
       {en_layout("snli_1.0_{split}.jsonl")}, "nli", {"train", "dev", "test"}});
  add({"anli", "Adversarial NLI (rounds R1-R3 concatenated)", TaskKind::Classification, nli_labels,
       "accuracy", {}, {}, true, "anli", {en_layout("{split}.jsonl"), en_layout("*/{split}.jsonl")}, "nli",
       {"train", "dev", "test"}});
  add({"qqp", "Quora Question Pairs (GLUE tsv)", TaskKind::Classification, {"0", "1"}, "accuracy", {}, {},
       true, "qqp", {en_layout("{split}.tsv")}, "qqp", {"train", "dev", "test"}});
  add({"squad", "SQuAD v1.1", TaskKind::Qa, {}, "squad_em_f1", {}, {}, true, "squad",
       {en_layout("{split}-v1.1.json")}, "squad", {"train", "dev"}});
  add({"squad2", "SQuAD v2.0 (unanswerable questions)", TaskKind::Qa, {}, "squad_em_f1", {}, {}, true,
       "squad2", {en_layout("{split}-v2.0.json")}, "squad", {"train", "dev"}});
  {
    FileLayout v14 = en_layout("socialIQa_v1.4_{split}.jsonl", {{"train", "trn"}, {"test", "tst"}});
    FileLayout orig = en_layout("{split}.jsonl");
    orig.optional = {{"labels", "{split}-labels.lst"}};
    add({"siqa", "SocialIQA (3 choices)", TaskKind::MultipleChoice, {"A", "B", "C"}, "accuracy", {}, {},
         true, "siqa", {v14, orig}, "siqa", {"train", "dev", "test"}});
  }
  add({"commonsenseqa", "CommonsenseQA (5 choices)", TaskKind::MultipleChoice, {"A", "B", "C", "D", "E"},
       "accuracy", {}, {}, true, "commonsenseqa", {en_layout("{split}_rand_split.jsonl")}, "commonsenseqa",
       {"train", "dev", "test"}});
  add({"hellaswag", "HellaSwag (4 endings)", TaskKind::MultipleChoice, {"0", "1", "2", "3"}, "accuracy", {},
       {}, true, "hellaswag", {en_layout("hellaswag_{split}.jsonl")}, "hellaswag", {"train", "val", "test"}});
  add({"cosmosqa", "CosmosQA (4 choices)", TaskKind::MultipleChoice, {"0", "1", "2", "3"}, "accuracy", {},
       {}, true, "cosmosqa", {en_layout("{split}.jsonl", {{"dev", "valid"}})}, "cosmosqa",
       {"train", "dev", "test"}});
  add({"copa", "English COPA (XCOPA's English files)", TaskKind::MultipleChoice, {"0", "1"}, "accuracy", {},
       {}, true, "xcopa", {en_layout("{split}-en.jsonl")}, "copa", {"train", "val", "test"}});
  {
    FileLayout ud;
    ud.pattern = "UD_*/{lang}_*-ud-{split}.conllu";
    add({"ud-upos", "Universal Dependencies UPOS tagging (CoNLL-U treebanks of a language concatenated)",
         TaskKind::Tagging, upos, "f1", {}, {}, true, "ud", {ud}, "conllu_upos", {"train", "dev", "test"}});
    add({"ud-deprel", "Universal Dependencies relation tagging (universal DEPREL, subtypes dropped)",
         TaskKind::Tagging, deprel, "f1", {}, {}, true, "ud", {ud}, "conllu_deprel",
         {"train", "dev", "test"}});
  }
  std::sort(tasks.begin(), tasks.end(), [](const TaskInfo& a, const TaskInfo& b) { return a.name < b.name; });
}

Registries& ensure_registered() {
  static std::once_flag once;
  std::call_once(once, register_builtin);
  return registries();
}

}  // namespace

std::vector<std::string> task_names() {
  std::vector<std::string> names;
  for (const auto& t : ensure_registered().tasks) names.push_back(t.name);
  return names;
}

const TaskInfo& task_info(const std::string& name) {
  for (const auto& t : ensure_registered().tasks)
    if (t.name == name) return t;
  throw std::invalid_argument(
      fmt::format("unknown task '{}'; known tasks: {}", name, fmt::join(task_names(), ", ")));
}

std::vector<std::string> benchmark_tasks(Benchmark benchmark) {
  if (benchmark == Benchmark::Xtreme)
    return split_list("xnli pawsx udpos panx xquad mlqa tydiqa bucc2018 tatoeba");
  return split_list("xnli xcopa udpos panx xquad mlqa tydiqa tatoeba mewslix lareqa");
}

DataRef english_dev(const std::string& task_name) {
  const TaskInfo& task = task_info(task_name);
  DataRef d{task_name, "dev", "en"};
  if (task.kind == TaskKind::Retrieval) return {};
  if (task_name == "xquad" || task_name == "mlqa") d.task = "squad";
  if (task_name == "xcopa" || task_name == "copa" || task_name == "hellaswag") d.split = "val";
  if (task_name == "mnli") d.split = "dev_matched";
  const auto& splits = task_info(d.task).splits;
  if (std::find(splits.begin(), splits.end(), d.split) == splits.end()) return {};
  return d;
}

const ReaderFn& reader(const std::string& name) {
  const auto& readers = ensure_registered().readers;
  auto it = readers.find(name);
  if (it == readers.end())
    throw std::invalid_argument(
        fmt::format("unknown reader '{}'; known readers: {}", name, fmt::join(reader_names(), ", ")));
  return it->second;
}

std::vector<std::string> reader_names() {
  std::vector<std::string> names;
  for (const auto& [name, fn] : ensure_registered().readers) names.push_back(name);
  return names;
}

}  // namespace xlfuse::data
