#include "xlfuse/data/task_registry.h"

#include <algorithm>
#include <mutex>
#include <regex>
#include <stdexcept>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/data/classification_readers.h"
#include "xlfuse/data/multiple_choice_readers.h"
#include "xlfuse/data/qa_readers.h"
#include "xlfuse/data/retrieval_readers.h"
#include "xlfuse/data/tagging_readers.h"

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

// ---- reader adapters: DataFiles -> Dataset ----

Dataset make_dataset(const TaskInfo& task, const DataFiles& files) {
  Dataset d;
  d.task = task.name;
  d.split = files.split;
  d.lang = files.lang;
  for (const auto& p : files.main) d.files.push_back(p.string());
  return d;
}

// Reads every main file with `fn(path, &labelled)` and concatenates the vectors.
template <typename T, typename Fn>
Dataset read_each(const TaskInfo& task, const DataFiles& files, Fn fn) {
  Dataset d = make_dataset(task, files);
  std::vector<T> all;
  bool labelled = true;
  for (const auto& p : files.main) {
    bool l = false;
    std::vector<T> part = fn(p, &l);
    labelled = labelled && l;
    if (all.empty()) all = std::move(part);
    else all.insert(all.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
  }
  d.labelled = labelled && !all.empty();
  d.examples = std::move(all);
  return d;
}

Dataset read_pair_task(const TaskInfo& task, const DataFiles& files) {
  PairTsvOptions o;
  o.labels = task.labels;
  o.label_aliases = {{"contradictory", "contradiction"}};
  o.id_prefix = fmt::format("{}-{}-", files.split, files.lang);
  return read_each<PairExample>(task, files, [&](const fs::path& p, bool* l) { return read_pair_tsv(p, o, l); });
}

Dataset read_nli_task(const TaskInfo& task, const DataFiles& files) {
  return read_each<PairExample>(task, files, [&](const fs::path& p, bool* l) {
    if (p.extension() == ".tsv")
      return read_glue_tsv(p, {"sentence1", "sentence2", "gold_label", "pairID"}, task.labels, l);
    return read_nli_jsonl(p, task.labels, l);
  });
}

Dataset read_qqp_task(const TaskInfo& task, const DataFiles& files) {
  return read_each<PairExample>(task, files, [&](const fs::path& p, bool* l) {
    return read_glue_tsv(p, {"question1", "question2", "is_duplicate", "id"}, task.labels, l);
  });
}

Dataset read_tags_task(const TaskInfo& task, const DataFiles& files) {
  ConllTagsOptions o;
  o.labels = task.labels;
  o.lang = files.lang;
  o.id_prefix = fmt::format("{}-{}-", files.split, files.lang);
  return read_each<TaggingExample>(task, files, [&](const fs::path& p, bool* l) { return read_conll_tags(p, o, l); });
}

Dataset read_conllu_task(const TaskInfo& task, const DataFiles& files, ConlluColumn column) {
  ConlluOptions o;
  o.column = column;
  o.labels = task.labels;
  return read_each<TaggingExample>(task, files, [&](const fs::path& p, bool* l) {
    *l = true;
    return read_conllu(p, o);
  });
}

Dataset read_tatoeba_task(const TaskInfo& task, const DataFiles& files) {
  Dataset d = make_dataset(task, files);
  const fs::path* en = files.find("en");
  d.files.push_back(en->string());
  d.examples = read_tatoeba(files.main.at(0), *en);
  d.labelled = !std::get<BitextExample>(d.examples).gold.empty();
  return d;
}

Dataset read_bucc_task(const TaskInfo& task, const DataFiles& files) {
  Dataset d = make_dataset(task, files);
  const fs::path* en = files.find("en");
  const fs::path* gold = files.find("gold");
  d.files.push_back(en->string());
  if (gold) d.files.push_back(gold->string());
  d.examples = read_bucc(files.main.at(0), *en, gold);
  d.labelled = gold != nullptr;
  return d;
}

Dataset read_lareqa_task(const TaskInfo& task, const DataFiles& files) {
  Dataset d = make_dataset(task, files);
  d.examples = read_lareqa_json(files.main.at(0), files.lang);
  d.labelled = true;
  return d;
}

Dataset read_mewslix_task(const TaskInfo& task, const DataFiles& files) {
  Dataset d = make_dataset(task, files);
  const fs::path* candidates = files.find("candidates");
  if (!candidates) {  // wikipedia_pairs-{split}.jsonl
    d.examples = read_mewslix_pairs(files.main.at(0));
    d.labelled = true;
    return d;
  }
  const fs::path* labels = files.find("labels");
  MewslixExample ex;
  ex.mentions = read_mewslix_mentions(files.main.at(0), files.lang, labels);
  ex.entities = read_mewslix_entities(*candidates);
  d.files.push_back(candidates->string());
  if (labels) d.files.push_back(labels->string());
  d.labelled = !ex.mentions.empty() &&
               std::all_of(ex.mentions.begin(), ex.mentions.end(), [](const MewslixMention& m) { return !m.entity_id.empty(); });
  d.examples = std::move(ex);
  return d;
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
  auto& readers = registries().readers;
  readers["pair_tsv"] = read_pair_task;
  readers["nli"] = read_nli_task;
  readers["qqp"] = read_qqp_task;
  readers["copa"] = [](const TaskInfo& t, const DataFiles& f) {
    return read_each<MultipleChoiceExample>(t, f, [](const fs::path& p, bool* l) { return read_copa_jsonl(p, l); });
  };
  readers["siqa"] = [](const TaskInfo& t, const DataFiles& f) {
    const fs::path* labels = f.find("labels");
    Dataset d = read_each<MultipleChoiceExample>(
        t, f, [&](const fs::path& p, bool* l) { return read_siqa_jsonl(p, labels, l); });
    if (labels) d.files.push_back(labels->string());
    return d;
  };
  readers["commonsenseqa"] = [](const TaskInfo& t, const DataFiles& f) {
    return read_each<MultipleChoiceExample>(t, f, [](const fs::path& p, bool* l) { return read_commonsenseqa_jsonl(p, l); });
  };
  readers["hellaswag"] = [](const TaskInfo& t, const DataFiles& f) {
    return read_each<MultipleChoiceExample>(t, f, [](const fs::path& p, bool* l) { return read_hellaswag_jsonl(p, l); });
  };
  readers["cosmosqa"] = [](const TaskInfo& t, const DataFiles& f) {
    return read_each<MultipleChoiceExample>(t, f, [](const fs::path& p, bool* l) { return read_cosmosqa_jsonl(p, l); });
  };
  readers["conll_tags"] = read_tags_task;
  readers["conllu_upos"] = [](const TaskInfo& t, const DataFiles& f) { return read_conllu_task(t, f, ConlluColumn::Upos); };
  readers["conllu_deprel"] = [](const TaskInfo& t, const DataFiles& f) { return read_conllu_task(t, f, ConlluColumn::Deprel); };
  readers["squad"] = [](const TaskInfo& t, const DataFiles& f) {
    return read_each<QaExample>(t, f, [](const fs::path& p, bool* l) { return read_squad_json(p, l); });
  };
  readers["tatoeba"] = read_tatoeba_task;
  readers["bucc"] = read_bucc_task;
  readers["lareqa"] = read_lareqa_task;
  readers["mewslix"] = read_mewslix_task;

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

// ---- file layouts ----

std::string regex_escape(const std::string& s) {
  static const std::string specials = R"(\^$.|?*+()[]{}/)";
  std::string out;
  for (char c : s) {
    if (specials.find(c) != std::string::npos) out += '\\';
    out += c;
  }
  return out;
}

struct CompiledLayout {
  std::regex re;
  int split_group = 0, lang_group = 0, qlang_group = 0;
};

CompiledLayout compile(const std::string& pattern) {
  CompiledLayout c;
  std::string re;
  int group = 0;
  size_t i = 0;
  std::string literal;
  auto flush = [&] {
    re += regex_escape(literal);
    literal.clear();
  };
  while (i < pattern.size()) {
    auto take = [&](const char* ph, int* slot, const char* cls) {
      const size_t n = std::char_traits<char>::length(ph);
      if (pattern.compare(i, n, ph) != 0) return false;
      flush();
      if (*slot == 0) {
        *slot = ++group;
        re += cls;
      } else {
        re += "\\" + std::to_string(*slot);
      }
      i += n;
      return true;
    };
    if (take("{split}", &c.split_group, "([A-Za-z0-9_]+)") || take("{lang}", &c.lang_group, "([A-Za-z0-9]+)") ||
        take("{qlang}", &c.qlang_group, "([A-Za-z0-9]+)"))
      continue;
    if (pattern[i] == '*') {
      flush();
      re += "[^/]*";
      ++i;
      continue;
    }
    literal += pattern[i++];
  }
  flush();
  c.re = std::regex(re, std::regex::ECMAScript | std::regex::optimize);
  return c;
}

std::string canonical_split(const FileLayout& l, const std::string& in_file) {
  for (const auto& [canon, name] : l.split_names)
    if (name == in_file) return canon;
  return in_file;
}

std::string file_split(const FileLayout& l, const std::string& canon) {
  for (const auto& [c, name] : l.split_names)
    if (c == canon) return name;
  return canon;
}

// Replaces the placeholders of a companion pattern.
std::string format_pattern(std::string pattern, const std::string& split, const std::string& lang,
                           const std::string& qlang) {
  auto replace_all = [&](const std::string& ph, const std::string& value) {
    for (size_t p = pattern.find(ph); p != std::string::npos; p = pattern.find(ph, p + value.size()))
      pattern.replace(p, ph.size(), value);
  };
  replace_all("{split}", split);
  replace_all("{lang}", lang);
  replace_all("{qlang}", qlang);
  return pattern;
}

std::vector<std::string> list_files(const fs::path& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  fs::recursive_directory_iterator it(dir, fs::directory_options::follow_directory_symlink, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    if (it.depth() >= 3) it.disable_recursion_pending();
    if (it->is_regular_file(ec)) out.push_back(fs::relative(it->path(), dir, ec).generic_string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

size_t split_rank(const TaskInfo& task, const std::string& split) {
  auto it = std::find(task.splits.begin(), task.splits.end(), split);
  return static_cast<size_t>(it - task.splits.begin());
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

fs::path task_dir(const fs::path& data_dir, const TaskInfo& task) { return data_dir / task.folder; }

std::vector<std::string> expected_paths(const TaskInfo& task, const std::string& split,
                                        const std::string& lang) {
  std::vector<std::string> out;
  for (const auto& l : task.layouts) {
    if (!l.fixed_split.empty() && l.fixed_split != split) continue;
    if (!l.fixed_lang.empty() && l.fixed_lang != lang) continue;
    if (!l.splits.empty() && std::find(l.splits.begin(), l.splits.end(), split) == l.splits.end()) continue;
    std::string clang = lang, qlang = lang;
    if (auto dash = lang.find('-'); dash != std::string::npos) {
      clang = lang.substr(0, dash);
      qlang = lang.substr(dash + 1);
    }
    std::string files = format_pattern(l.pattern, file_split(l, split), clang, qlang);
    for (const auto& [role, pattern] : l.companions)
      files += " + " + format_pattern(pattern, file_split(l, split), clang, qlang);
    out.push_back(std::move(files));
  }
  return out;
}

std::vector<DataFiles> available(const fs::path& data_dir, const TaskInfo& task,
                                 std::vector<std::string>* incomplete) {
  const fs::path dir = task_dir(data_dir, task);
  const std::vector<std::string> files = list_files(dir);
  std::vector<DataFiles> out;
  auto find_entry = [&](const std::string& split, const std::string& lang) -> DataFiles* {
    for (auto& d : out)
      if (d.split == split && d.lang == lang) return &d;
    return nullptr;
  };
  std::vector<std::pair<std::string, std::string>> claimed;  // (split, lang) owned by an earlier layout
  for (const auto& layout : task.layouts) {
    const CompiledLayout c = compile(layout.pattern);
    std::vector<std::pair<std::string, std::string>> mine;
    for (const auto& rel : files) {
      std::smatch m;
      if (!std::regex_match(rel, m, c.re)) continue;
      const std::string raw_split = c.split_group ? m[c.split_group].str() : layout.fixed_split;
      const std::string clang = c.lang_group ? m[c.lang_group].str() : layout.fixed_lang;
      const std::string qlang = c.qlang_group ? m[c.qlang_group].str() : clang;
      const std::string split = canonical_split(layout, raw_split);
      if (!layout.splits.empty() && std::find(layout.splits.begin(), layout.splits.end(), split) == layout.splits.end())
        continue;
      const std::string lang = qlang == clang ? clang : clang + "-" + qlang;
      const auto key = std::make_pair(split, lang);
      if (std::find(claimed.begin(), claimed.end(), key) != claimed.end()) continue;
      std::map<std::string, fs::path> extra;
      std::vector<std::string> missing;
      for (const auto& [role, pattern] : layout.companions) {
        const std::string p = format_pattern(pattern, raw_split, clang, qlang);
        std::error_code ec;
        if (fs::is_regular_file(dir / p, ec)) extra[role] = dir / p;
        else missing.push_back((dir / p).string());
      }
      if (!missing.empty()) {
        if (incomplete)
          incomplete->push_back(fmt::format("{} {}-{}: {} present but missing {}", task.name, split, lang,
                                            (dir / rel).string(), fmt::join(missing, ", ")));
        continue;
      }
      for (const auto& [role, pattern] : layout.optional) {
        const std::string p = format_pattern(pattern, raw_split, clang, qlang);
        std::error_code ec;
        if (fs::is_regular_file(dir / p, ec)) extra[role] = dir / p;
      }
      DataFiles* entry = find_entry(split, lang);
      if (!entry) {
        out.push_back(DataFiles{split, lang, {}, {}});
        entry = &out.back();
        mine.push_back(key);
      }
      entry->main.push_back(dir / rel);
      for (auto& [role, p] : extra) entry->extra[role] = p;
    }
    claimed.insert(claimed.end(), mine.begin(), mine.end());
  }
  std::sort(out.begin(), out.end(), [&](const DataFiles& a, const DataFiles& b) {
    const size_t ra = split_rank(task, a.split), rb = split_rank(task, b.split);
    if (ra != rb) return ra < rb;
    if (a.split != b.split) return a.split < b.split;
    return a.lang < b.lang;
  });
  return out;
}

DataFiles locate(const fs::path& data_dir, const TaskInfo& task, const std::string& split,
                 const std::string& lang) {
  std::vector<std::string> incomplete;
  std::vector<DataFiles> all = available(data_dir, task, &incomplete);
  for (auto& d : all)
    if (d.split == split && d.lang == lang) return d;
  std::vector<std::string> expected;
  for (const auto& p : expected_paths(task, split, lang)) expected.push_back(p);
  std::vector<std::string> present;
  for (const auto& d : all) present.push_back(d.split + "/" + d.lang);
  std::string msg = fmt::format(
      "task '{}': no data for split '{}', language '{}' under {}; expected {}", task.name, split, lang,
      task_dir(data_dir, task).string(),
      expected.empty() ? std::string("nothing: no layout of this task has that split/language")
                       : fmt::format("{}", fmt::join(expected, " or ")));
  if (!incomplete.empty()) msg += fmt::format("; incomplete: {}", fmt::join(incomplete, "; "));
  msg += present.empty() ? fmt::format("; nothing of this task found under {}", task_dir(data_dir, task).string())
                         : fmt::format("; present: {}", fmt::join(present, ", "));
  throw IoError(msg);
}

Dataset read_task(const fs::path& data_dir, const std::string& task_name, const std::string& split,
                  const std::string& lang) {
  const TaskInfo& task = task_info(task_name);
  return reader(task.reader)(task, locate(data_dir, task, split, lang));
}

}  // namespace xlfuse::data
