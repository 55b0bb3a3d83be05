#pragma once
// Finds everything a report is made of below a study folder:
//   prediction folders  scores.json + raw/ (decode/prediction_folder.h); each task of scores.json
//                       is one run, whose model is found through its raw outputs' metadata
//                       (extra "model_dir" -> that folder's xlfuse.json)
//   ensemble folders    ensemble.json (format "xlfuse.ensemble"), with the folder's scores.json
//   model folders       xlfuse.json; a "soup" (weight-averaged model) is one whose xlfuse.json
//                       extra holds "soup": {"method", "ingredients"}
//   sweeps              sweep.json (`xlfuse sweep-layers`)
// Folders that are none of these are ignored. A file that claims one of these formats and does
// not parse is an error naming the file and the field; a run whose model folder cannot be found
// is an error naming the raw file and the paths tried. Paths are shown relative to the study when
// inside it.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "xlfuse/report/ensemble_record.h"
#include "xlfuse/report/model_record.h"
#include "xlfuse/report/scores_file.h"
#include "xlfuse/report/sweep_record.h"

namespace xlfuse::report {

// One task of one prediction folder: the scores one model got.
struct PredictionRun {
  std::string folder;     // shown path of the prediction folder
  std::string canonical;  // its canonical path
  std::string task;
  std::string split;
  std::vector<std::pair<std::string, eval::MetricValues>> languages;
  size_t model = 0;        // index into Study::models
  std::string model_hash;  // from the raw outputs' metadata
  std::string raw_file;    // one raw-output file of the run (named in messages)
};

struct EnsembleFolder {
  std::string path;  // shown folder
  std::string canonical;
  EnsembleRecord record;  // record.file and record.folder are shown paths
  // The folder's scores.json entry for the ensemble's task and split (all official metrics),
  // when it has one; otherwise the report uses ensemble.json's headline scores.
  std::optional<TaskScores> scores;
  // Per member (record.members order): the study's run it is (index into Study::runs), when its
  // folder is a prediction folder of the study with the ensemble's task and split.
  std::vector<std::optional<size_t>> member_runs;
};

struct Study {
  std::string dir;                  // as given
  std::string canonical;            // canonical path of the study folder
  std::vector<ModelRecord> models;  // every model folder found or referenced, sorted by path
  std::vector<PredictionRun> runs;  // sorted by folder, task
  std::vector<EnsembleFolder> ensembles;
  std::vector<SweepRecord> sweeps;  // file = shown path
  // Per model (Study::models order) with a soup: the ingredient models found (indices).
  std::vector<std::vector<size_t>> soup_ingredients;
  // What the reader should know: members outside the study, stale members, missing ingredients.
  std::vector<std::string> notes;

  std::optional<size_t> find_model(const std::string& canonical) const;
};

// Scans `dir` (see the file comment). IoError when `dir` is not a folder.
Study scan_study(const std::string& dir);

}  // namespace xlfuse::report
