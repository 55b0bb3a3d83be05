// Walks a study folder and reads every file the report is made of. See study_scan.h.
#include "xlfuse/report/study_scan.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/io/safetensors.h"

namespace xlfuse::report {

namespace fs = std::filesystem;

namespace {

constexpr const char* kRawFormat = "xlfuse.raw_outputs";

bool is_dir(const fs::path& p) {
  std::error_code ec;
  return fs::is_directory(p, ec);
}

bool is_file(const fs::path& p) {
  std::error_code ec;
  return fs::is_regular_file(p, ec);
}

std::string canonical_of(const fs::path& p) { return fs::weakly_canonical(fs::absolute(p)).string(); }

// The folders a study is made of, by what they hold.
struct Found {
  std::vector<fs::path> prediction_dirs, ensemble_dirs, model_dirs, sweep_files;
};

Found walk(const fs::path& root) {
  Found f;
  std::vector<fs::path> dirs = {root};
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied, ec);
       it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) throw IoError(fmt::format("cannot list {}: {}", root.string(), ec.message()));
    if (!it->is_directory(ec) || it->is_symlink(ec)) continue;
    // Raw-output folders hold only safetensors files: nothing to find below them.
    if (it->path().filename() == "raw" && is_file(it->path().parent_path() / "scores.json")) {
      it.disable_recursion_pending();
      continue;
    }
    dirs.push_back(it->path());
  }
  if (ec) throw IoError(fmt::format("cannot list {}: {}", root.string(), ec.message()));
  std::sort(dirs.begin(), dirs.end());
  for (const auto& d : dirs) {
    const bool ensemble = is_file(d / "ensemble.json");
    if (ensemble) f.ensemble_dirs.push_back(d);
    if (!ensemble && is_file(d / "scores.json") && is_dir(d / "raw")) f.prediction_dirs.push_back(d);
    if (is_file(d / "xlfuse.json")) f.model_dirs.push_back(d);
    if (is_file(d / "sweep.json")) f.sweep_files.push_back(d / "sweep.json");
  }
  return f;
}

// A folder with config.json and weights but no xlfuse.json: a pretrained encoder used as is
// (e.g. for Tatoeba): no intermediate task, no head.
ModelRecord plain_encoder_record(const fs::path& dir, const std::string& shown) {
  ModelRecord m;
  m.path = shown;
  m.canonical = canonical_of(dir);
  m.head_kind = "encoder";
  m.chain_known = true;
  m.fusion = "last_layer";
  return m;
}

// Metadata of one raw-output file, header only (the tensors are not read).
struct RawMeta {
  std::string model_hash, model_dir, task, split;
};

RawMeta read_raw_meta(const fs::path& file) {
  const io::SafetensorsFile st = io::SafetensorsFile::open(file.string());
  const auto& md = st.metadata();
  auto get = [&](const std::string& key) -> std::string {
    auto it = md.find(key);
    if (it == md.end())
      throw FormatError(fmt::format("{}: metadata key \"{}\" is missing (expected a raw-output file of xlfuse predict)",
                                    file.string(), key));
    return it->second;
  };
  if (get("format") != kRawFormat)
    throw FormatError(fmt::format("{}: metadata \"format\": expected \"{}\", found \"{}\"", file.string(), kRawFormat,
                                  get("format")));
  return {get("model_hash"), get("model_dir"), get("task"), get("split")};
}

}  // namespace

std::optional<size_t> Study::find_model(const std::string& canonical_path) const {
  for (size_t i = 0; i < models.size(); ++i)
    if (models[i].canonical == canonical_path) return i;
  return std::nullopt;
}

namespace {

class Scanner {
 public:
  explicit Scanner(const std::string& dir) {
    study_.dir = dir;
    if (!is_dir(dir)) throw IoError(fmt::format("study folder {} is not a folder", dir));
    study_.canonical = canonical_of(dir);
    root_ = study_.canonical;
  }

  Study run() {
    const Found found = walk(root_);
    for (const auto& d : found.model_dirs) add_model(d, /*has_info=*/true);
    for (const auto& d : found.prediction_dirs) add_prediction_folder(d);
    for (const auto& d : found.ensemble_dirs) add_ensemble_folder(d);
    for (const auto& f : found.sweep_files) {
      SweepRecord s = read_sweep_record(f.string());
      s.file = shown(f);
      study_.sweeps.push_back(std::move(s));
    }
    link_soups();
    sort_models();
    return std::move(study_);
  }

 private:
  // Relative to the study when inside it, else absolute.
  std::string shown(const fs::path& p) const {
    const fs::path c = canonical_of(p);
    if (c == root_) return ".";
    return inside_study(c) ? c.lexically_relative(root_).string() : c.string();
  }

  bool inside_study(const fs::path& canonical_path) const {
    const fs::path rel = canonical_path.lexically_relative(root_);
    return !rel.empty() && *rel.begin() != "..";
  }

  // A relative path written in a file found in `base`: tried against `base` and each folder
  // above it up to the study, then against the working directory. nullopt when none exists.
  std::optional<fs::path> resolve(const std::string& written, const fs::path& base, std::vector<std::string>* tried) {
    const fs::path p(written);
    std::vector<fs::path> candidates;
    if (p.is_absolute()) {
      candidates.push_back(p);
    } else {
      fs::path b = fs::weakly_canonical(fs::absolute(base));
      candidates.push_back(b / p);
      while (b != root_ && inside_study(b)) {
        b = b.parent_path();
        candidates.push_back(b / p);
      }
      candidates.push_back(fs::current_path() / p);
    }
    for (const auto& c : candidates) {
      if (tried) tried->push_back(c.string());
      if (is_dir(c)) return c;
    }
    return std::nullopt;
  }

  size_t add_model(const fs::path& dir, bool has_info) {
    const std::string canonical = canonical_of(dir);
    if (auto i = study_.find_model(canonical)) return *i;
    study_.models.push_back(has_info ? read_model_record(dir.string(), shown(dir))
                                     : plain_encoder_record(dir, shown(dir)));
    return study_.models.size() - 1;
  }

  void add_prediction_folder(const fs::path& dir) {
    const ScoresFile scores = read_scores_file((dir / "scores.json").string());
    for (const auto& ts : scores.tasks) {
      PredictionRun run;
      run.folder = shown(dir);
      run.canonical = canonical_of(dir);
      run.task = ts.task;
      run.split = ts.split;
      run.languages = ts.languages;
      find_run_model(dir, &run);
      study_.runs.push_back(std::move(run));
    }
  }

  // The model of a run, from the metadata of its raw-output files (which must all agree).
  void find_run_model(const fs::path& dir, PredictionRun* run) {
    const fs::path raw_dir = dir / "raw" / run->task;
    std::vector<fs::path> files;
    std::error_code ec;
    if (is_dir(raw_dir))
      for (const auto& e : fs::directory_iterator(raw_dir, ec))
        if (e.path().extension() == ".safetensors" && e.path().filename().string().rfind(run->split + "-", 0) == 0)
          files.push_back(e.path());
    std::sort(files.begin(), files.end());
    if (files.empty())
      throw FormatError(
          fmt::format("{}: task \"{}\" has {} scores but {} holds no {}-<lang>.safetensors raw outputs, "
                      "so the model that made them is unknown",
                      (dir / "scores.json").string(), run->task, run->split, raw_dir.string(), run->split));
    RawMeta first;
    for (size_t i = 0; i < files.size(); ++i) {
      const RawMeta m = read_raw_meta(files[i]);
      if (m.task != run->task)
        throw FormatError(fmt::format("{}: metadata \"task\": expected \"{}\" (its folder), found \"{}\"",
                                      files[i].string(), run->task, m.task));
      if (i == 0) {
        first = m;
        continue;
      }
      if (m.model_hash != first.model_hash || m.model_dir != first.model_dir)
        throw FormatError(fmt::format(
            "{} and {} were written by different models (model_hash {} / {}, model_dir {} / {}); one prediction "
            "folder holds one model's outputs per task",
            files[0].string(), files[i].string(), first.model_hash, m.model_hash, first.model_dir, m.model_dir));
    }
    run->raw_file = files[0].string();
    run->model_hash = first.model_hash;
    std::vector<std::string> tried;
    const auto model_dir = resolve(first.model_dir, dir, &tried);
    if (!model_dir)
      throw IoError(fmt::format("{}: the model folder of metadata \"model_dir\" = \"{}\" was not found (tried {})",
                                files[0].string(), first.model_dir, fmt::join(tried, ", ")));
    run->model = add_model(*model_dir, is_file(*model_dir / "xlfuse.json"));
  }

  void add_ensemble_folder(const fs::path& dir) {
    EnsembleFolder e;
    e.record = read_ensemble_record((dir / "ensemble.json").string());
    e.path = shown(dir);
    e.canonical = canonical_of(dir);
    e.record.file = shown(dir / "ensemble.json");
    e.record.folder = e.path;
    if (is_file(dir / "scores.json")) {
      const ScoresFile scores = read_scores_file((dir / "scores.json").string());
      const TaskScores* ts = scores.find(e.record.task);
      if (ts && ts->split == e.record.split) e.scores = *ts;
    }
    for (const auto& member : e.record.members) {
      std::optional<size_t> link;
      if (auto folder = resolve(member.folder, dir, nullptr)) {
        const std::string c = canonical_of(*folder);
        for (size_t i = 0; i < study_.runs.size(); ++i) {
          const PredictionRun& r = study_.runs[i];
          if (r.canonical == c && r.task == e.record.task && r.split == e.record.split) link = i;
        }
      }
      if (!link) {
        study_.notes.push_back(fmt::format(
            "ensemble {}: member \"{}\" (folder {}) is not a prediction folder of this study with {} {} scores; its "
            "scores come from ensemble.json only",
            e.path, member.name, member.folder, e.record.task, e.record.split));
      } else if (!member.model_hash.empty() && member.model_hash != study_.runs[*link].model_hash) {
        study_.notes.push_back(fmt::format(
            "ensemble {}: member \"{}\" was made from model_hash {}, but {} now holds outputs of model_hash {} (the "
            "ensemble may be stale)",
            e.path, member.name, member.model_hash, study_.runs[*link].folder, study_.runs[*link].model_hash));
      }
      e.member_runs.push_back(link);
    }
    study_.ensembles.push_back(std::move(e));
  }

  void link_soups() {
    study_.soup_ingredients.assign(study_.models.size(), {});
    const size_t n = study_.models.size();  // ingredients added below are not soups to link
    for (size_t i = 0; i < n; ++i) {
      if (!study_.models[i].soup) continue;
      const SoupInfo soup = *study_.models[i].soup;
      const fs::path soup_dir = study_.models[i].canonical;
      std::vector<size_t> found;
      for (const auto& ingredient : soup.ingredients) {
        auto dir = resolve(ingredient, soup_dir, nullptr);
        if (!dir) {
          study_.notes.push_back(
              fmt::format("soup {}: ingredient {} was not found", study_.models[i].path, ingredient));
          continue;
        }
        found.push_back(add_model(*dir, is_file(*dir / "xlfuse.json")));
      }
      study_.soup_ingredients.resize(study_.models.size());
      study_.soup_ingredients[i] = std::move(found);
    }
    study_.soup_ingredients.resize(study_.models.size());
  }

  // Models sorted by path, indices in runs and soups remapped.
  void sort_models() {
    std::vector<size_t> order(study_.models.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return study_.models[a].path < study_.models[b].path; });
    std::vector<size_t> new_index(order.size());
    for (size_t i = 0; i < order.size(); ++i) new_index[order[i]] = i;
    std::vector<ModelRecord> models;
    std::vector<std::vector<size_t>> ingredients;
    for (size_t old : order) {
      models.push_back(std::move(study_.models[old]));
      std::vector<size_t> ing;
      for (size_t k : study_.soup_ingredients[old]) ing.push_back(new_index[k]);
      ingredients.push_back(std::move(ing));
    }
    study_.models = std::move(models);
    study_.soup_ingredients = std::move(ingredients);
    for (auto& r : study_.runs) r.model = new_index[r.model];
  }

  Study study_;
  fs::path root_;
};

}  // namespace

Study scan_study(const std::string& dir) {
  Study s = Scanner(dir).run();
  XLFUSE_LOG_INFO("[report] {}: {} prediction runs, {} models, {} ensembles, {} sweeps", dir, s.runs.size(),
                  s.models.size(), s.ensembles.size(), s.sweeps.size());
  return s;
}

}  // namespace xlfuse::report
