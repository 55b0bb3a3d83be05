// The readers of the task registry: each turns the located files of a (task, split, language)
// into a Dataset. See task_readers.h.
#include "xlfuse/data/task_readers.h"

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/data/classification_readers.h"
#include "xlfuse/data/multiple_choice_readers.h"
#include "xlfuse/data/qa_readers.h"
#include "xlfuse/data/retrieval_readers.h"
#include "xlfuse/data/tagging_readers.h"

namespace xlfuse::data {
namespace fs = std::filesystem;
namespace {

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

}  // namespace

void add_task_readers(std::map<std::string, ReaderFn>* out) {
  auto& readers = *out;
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
}

}  // namespace xlfuse::data
