// results.sqlite, written atomically. See results_database.h and docs/results_database.md.
#include "xlfuse/report/results_database.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "xlfuse/core/error.h"
#include "xlfuse/core/version.h"
#include "xlfuse/report/sqlite_db.h"

namespace xlfuse::report {

namespace fs = std::filesystem;

const std::string& results_schema_sql() {
  static const std::string sql = R"sql(
CREATE TABLE study (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE models (
  id           INTEGER PRIMARY KEY,
  path         TEXT NOT NULL UNIQUE,
  model_hash   TEXT,
  task         TEXT NOT NULL,
  head_kind    TEXT NOT NULL,
  chain        TEXT,
  intermediate TEXT NOT NULL,
  fusion       TEXT NOT NULL,
  fusion_json  TEXT NOT NULL,
  seed         INTEGER,
  soup_method  TEXT
);
CREATE TABLE model_intermediate_tasks (
  model_id INTEGER NOT NULL REFERENCES models(id),
  position INTEGER NOT NULL,
  task     TEXT NOT NULL,
  PRIMARY KEY (model_id, position)
);
CREATE TABLE soup_ingredients (
  soup_id       INTEGER NOT NULL REFERENCES models(id),
  position      INTEGER NOT NULL,
  path          TEXT NOT NULL,
  ingredient_id INTEGER REFERENCES models(id),
  PRIMARY KEY (soup_id, position)
);
CREATE TABLE systems (
  id           INTEGER PRIMARY KEY,
  label        TEXT NOT NULL UNIQUE,
  kind         TEXT NOT NULL CHECK (kind IN ('model', 'soup', 'ensemble', 'dev-chosen member', 'oracle member')),
  identity     TEXT NOT NULL UNIQUE,
  intermediate TEXT,
  fusion       TEXT,
  seed         INTEGER,
  method       TEXT,
  weights_from TEXT,
  pool         TEXT
);
CREATE TABLE runs (
  id         INTEGER PRIMARY KEY,
  folder     TEXT NOT NULL,
  task       TEXT NOT NULL,
  split      TEXT NOT NULL,
  model_id   INTEGER NOT NULL REFERENCES models(id),
  model_hash TEXT NOT NULL,
  system_id  INTEGER NOT NULL REFERENCES systems(id),
  raw_file   TEXT NOT NULL,
  UNIQUE (folder, task)
);
CREATE TABLE ensembles (
  id                   INTEGER PRIMARY KEY,
  system_id            INTEGER NOT NULL REFERENCES systems(id),
  folder               TEXT NOT NULL UNIQUE,
  task                 TEXT NOT NULL,
  split                TEXT NOT NULL,
  method               TEXT NOT NULL,
  weights_from         TEXT NOT NULL,
  metric               TEXT NOT NULL,
  dev_chosen_system_id INTEGER NOT NULL REFERENCES systems(id),
  oracle_system_id     INTEGER NOT NULL REFERENCES systems(id),
  wins                 INTEGER NOT NULL,
  ties                 INTEGER NOT NULL,
  losses               INTEGER NOT NULL,
  bootstrap_resamples  INTEGER NOT NULL,
  bootstrap_confidence REAL NOT NULL,
  bootstrap_seed       INTEGER NOT NULL
);
CREATE TABLE ensemble_members (
  ensemble_id  INTEGER NOT NULL REFERENCES ensembles(id),
  position     INTEGER NOT NULL,
  name         TEXT NOT NULL,
  folder       TEXT NOT NULL,
  weight       REAL NOT NULL,
  model_dir    TEXT NOT NULL,
  model_hash   TEXT NOT NULL,
  chain        TEXT NOT NULL,
  intermediate TEXT NOT NULL,
  run_id       INTEGER REFERENCES runs(id),
  system_id    INTEGER NOT NULL REFERENCES systems(id),
  PRIMARY KEY (ensemble_id, position)
);
CREATE TABLE ensemble_member_scores (
  ensemble_id INTEGER NOT NULL REFERENCES ensembles(id),
  language    TEXT NOT NULL,
  member      TEXT NOT NULL,
  value       REAL NOT NULL,
  PRIMARY KEY (ensemble_id, language, member)
);
CREATE TABLE scores (
  system_id INTEGER NOT NULL REFERENCES systems(id),
  task      TEXT NOT NULL,
  split     TEXT NOT NULL,
  language  TEXT NOT NULL,
  metric    TEXT NOT NULL,
  value     REAL NOT NULL,
  source    TEXT NOT NULL,
  PRIMARY KEY (system_id, task, split, language, metric)
);
CREATE TABLE intervals (
  ensemble_id       INTEGER NOT NULL REFERENCES ensembles(id),
  scope             TEXT NOT NULL CHECK (scope IN ('language', 'mean')),
  language          TEXT,
  metric            TEXT NOT NULL,
  ensemble          REAL NOT NULL,
  best_member       TEXT,
  best_member_score REAL NOT NULL,
  delta             REAL NOT NULL,
  low               REAL NOT NULL,
  high              REAL NOT NULL,
  confidence        REAL NOT NULL,
  disagreement      REAL,
  oracle_member     TEXT,
  oracle_score      REAL,
  UNIQUE (ensemble_id, scope, language)
);
CREATE TABLE task_means (
  system_id INTEGER NOT NULL REFERENCES systems(id),
  task      TEXT NOT NULL,
  split     TEXT NOT NULL,
  metric    TEXT NOT NULL,
  value     REAL NOT NULL,
  languages INTEGER NOT NULL,
  PRIMARY KEY (system_id, task, split, metric)
);
CREATE TABLE xtreme_r (
  system_id INTEGER PRIMARY KEY REFERENCES systems(id),
  score     REAL,
  status    TEXT NOT NULL CHECK (status IN ('complete', 'incomplete')),
  missing   TEXT NOT NULL
);
CREATE TABLE xtreme_r_tasks (
  system_id  INTEGER NOT NULL REFERENCES systems(id),
  task       TEXT NOT NULL,
  avg_metric REAL,
  PRIMARY KEY (system_id, task)
);
CREATE TABLE intermediate_gains (
  intermediate TEXT NOT NULL,
  task         TEXT NOT NULL,
  split        TEXT NOT NULL,
  language     TEXT NOT NULL,
  metric       TEXT NOT NULL,
  value        REAL NOT NULL,
  baseline     REAL NOT NULL,
  gain         REAL NOT NULL,
  models       INTEGER NOT NULL,
  baselines    INTEGER NOT NULL,
  PRIMARY KEY (intermediate, task, split, language)
);
CREATE TABLE sweeps (
  id     INTEGER PRIMARY KEY,
  file   TEXT NOT NULL UNIQUE,
  task   TEXT NOT NULL,
  fusion TEXT NOT NULL,
  metric TEXT NOT NULL,
  split  TEXT NOT NULL
);
CREATE TABLE sweep_layers (
  sweep_id  INTEGER NOT NULL REFERENCES sweeps(id),
  layer     INTEGER NOT NULL,
  model_dir TEXT NOT NULL,
  average   REAL,
  PRIMARY KEY (sweep_id, layer)
);
CREATE TABLE sweep_scores (
  sweep_id INTEGER NOT NULL REFERENCES sweeps(id),
  layer    INTEGER NOT NULL,
  language TEXT NOT NULL,
  value    REAL NOT NULL,
  PRIMARY KEY (sweep_id, layer, language)
);
CREATE TABLE notes (
  position INTEGER PRIMARY KEY,
  text     TEXT NOT NULL
);
)sql";
  return sql;
}

namespace {

SqlValue text(const std::string& s) { return s; }
SqlValue integer(int64_t v) { return v; }
SqlValue real(double v) { return v; }

// fsync a file or folder so that the rename below publishes complete contents.
void sync_path(const std::string& path, bool directory) {
  const int fd = ::open(path.c_str(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
  if (fd < 0) throw IoError(fmt::format("cannot open {} to flush it: {}", path, std::strerror(errno)));
  const int rc = ::fsync(fd);
  ::close(fd);
  if (rc != 0 && !directory) throw IoError(fmt::format("cannot flush {}: {}", path, std::strerror(errno)));
}

class DatabaseWriter {
 public:
  DatabaseWriter(SqliteDb& db, const Study& study, const Systems& systems, const ReportTables& tables)
      : db_(db), study_(study), systems_(systems), tables_(tables) {}

  void write() {
    db_.exec(results_schema_sql());
    write_study();
    write_models();
    write_systems();
    write_runs();
    write_ensembles();
    write_scores();
    write_task_means();
    write_xtreme_r();
    write_gains();
    write_sweeps();
    for (size_t i = 0; i < tables_.notes.size(); ++i)
      db_.run("INSERT INTO notes (position, text) VALUES (?, ?)",
              {integer(static_cast<int64_t>(i)), text(tables_.notes[i])});
  }

 private:
  void write_study() {
    const std::vector<std::pair<std::string, std::string>> rows = {
        {"format", "xlfuse.results"},
        {"format_version", std::to_string(kResultsSchemaVersion)},
        {"study_dir", study_.dir},
        {"benchmark", "xtreme-r"},
        {"xlfuse_version", version()}};
    for (const auto& [k, v] : rows) db_.run("INSERT INTO study (key, value) VALUES (?, ?)", {text(k), text(v)});
  }

  void write_models() {
    std::map<size_t, std::string> hash;
    for (const auto& r : study_.runs) hash.emplace(r.model, r.model_hash);
    for (size_t i = 0; i < study_.models.size(); ++i) {
      const ModelRecord& m = study_.models[i];
      auto h = hash.find(i);
      model_id_[i] = db_.run(
          "INSERT INTO models (path, model_hash, task, head_kind, chain, intermediate, fusion, fusion_json, seed, "
          "soup_method) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          {text(m.path), h == hash.end() ? sql_null() : text(h->second), text(m.task), text(m.head_kind),
           m.chain_known ? text(nlohmann::json(m.chain).dump()) : sql_null(), text(intermediate_label(m)),
           text(m.fusion), text(m.fusion_json.dump()), m.seed ? integer(static_cast<int64_t>(*m.seed)) : sql_null(),
           m.soup ? text(m.soup->method) : sql_null()});
      for (size_t p = 0; p < m.intermediate.size(); ++p)
        db_.run("INSERT INTO model_intermediate_tasks (model_id, position, task) VALUES (?, ?, ?)",
                {integer(model_id_[i]), integer(static_cast<int64_t>(p)), text(m.intermediate[p])});
    }
    for (size_t i = 0; i < study_.models.size(); ++i) {
      const ModelRecord& m = study_.models[i];
      if (!m.soup) continue;
      // Ingredients found are listed in the order written; the found ones are linked.
      const auto& found = study_.soup_ingredients[i];
      for (size_t p = 0; p < m.soup->ingredients.size(); ++p) {
        SqlValue link = sql_null();
        if (found.size() == m.soup->ingredients.size()) link = integer(model_id_[found[p]]);
        db_.run("INSERT INTO soup_ingredients (soup_id, position, path, ingredient_id) VALUES (?, ?, ?, ?)",
                {integer(model_id_[i]), integer(static_cast<int64_t>(p)), text(m.soup->ingredients[p]), link});
      }
    }
  }

  void write_systems() {
    for (size_t i = 0; i < systems_.list.size(); ++i) {
      const System& s = systems_.list[i];
      auto opt = [](const std::string& v) { return v.empty() ? sql_null() : text(v); };
      system_id_[i] = db_.run(
          "INSERT INTO systems (label, kind, identity, intermediate, fusion, seed, method, weights_from, pool) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          {text(s.label), text(to_string(s.kind)), text(s.key), opt(s.intermediate), opt(s.fusion),
           s.seed ? integer(static_cast<int64_t>(*s.seed)) : sql_null(), opt(s.method), opt(s.weights_from),
           opt(s.pool)});
    }
  }

  void write_runs() {
    for (size_t i = 0; i < study_.runs.size(); ++i) {
      const PredictionRun& r = study_.runs[i];
      run_id_[i] = db_.run(
          "INSERT INTO runs (folder, task, split, model_id, model_hash, system_id, raw_file) VALUES (?, ?, ?, ?, ?, ?, "
          "?)",
          {text(r.folder), text(r.task), text(r.split), integer(model_id_[r.model]), text(r.model_hash),
           integer(system_id_[systems_.run_system[i]]), text(r.raw_file)});
    }
  }

  void write_ensembles() {
    for (size_t e = 0; e < study_.ensembles.size(); ++e) {
      const EnsembleFolder& ef = study_.ensembles[e];
      const EnsembleRecord& r = ef.record;
      const int64_t id = db_.run(
          "INSERT INTO ensembles (system_id, folder, task, split, method, weights_from, metric, dev_chosen_system_id, "
          "oracle_system_id, wins, ties, losses, bootstrap_resamples, bootstrap_confidence, bootstrap_seed) VALUES "
          "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          {integer(system_id_[systems_.ensemble_system[e]]), text(ef.path), text(r.task), text(r.split), text(r.method),
           text(r.weights_from), text(r.metric), integer(system_id_[systems_.dev_chosen_system[e]]),
           integer(system_id_[systems_.oracle_system[e]]), integer(r.wins), integer(r.ties), integer(r.losses),
           integer(r.bootstrap_resamples), real(r.bootstrap_confidence),
           integer(static_cast<int64_t>(r.bootstrap_seed))});
      for (size_t m = 0; m < r.members.size(); ++m) {
        const EnsembleMemberRecord& member = r.members[m];
        const std::vector<std::string> intermediate(member.chain.begin(),
                                                    member.chain.empty() ? member.chain.end() : member.chain.end() - 1);
        db_.run(
            "INSERT INTO ensemble_members (ensemble_id, position, name, folder, weight, model_dir, model_hash, chain, "
            "intermediate, run_id, system_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {integer(id), integer(static_cast<int64_t>(m)), text(member.name), text(member.folder), real(member.weight),
             text(member.model_dir), text(member.model_hash), text(nlohmann::json(member.chain).dump()),
             text(member.chain.empty() ? "unknown chain" : intermediate_label(intermediate)),
             ef.member_runs[m] ? integer(run_id_[*ef.member_runs[m]]) : sql_null(),
             integer(system_id_[systems_.member_system[e][m]])});
      }
      for (const auto& l : r.languages) {
        for (const auto& [name, value] : l.members)
          db_.run("INSERT INTO ensemble_member_scores (ensemble_id, language, member, value) VALUES (?, ?, ?, ?)",
                  {integer(id), text(l.lang), text(name), real(value)});
        auto oracle = r.oracle.find(l.lang);
        db_.run(
            "INSERT INTO intervals (ensemble_id, scope, language, metric, ensemble, best_member, best_member_score, "
            "delta, low, high, confidence, disagreement, oracle_member, oracle_score) VALUES (?, 'language', ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {integer(id), text(l.lang), text(r.metric), real(l.ensemble), text(l.best_member),
             real(l.best_member_score), real(l.delta.delta), real(l.delta.low), real(l.delta.high),
             real(r.bootstrap_confidence), real(l.disagreement),
             oracle == r.oracle.end() ? sql_null() : text(oracle->second.member),
             oracle == r.oracle.end() ? sql_null() : real(oracle->second.score)});
      }
      std::optional<double> oracle_mean;
      for (const auto& c : tables_.comparisons)
        if (c.ensemble == e) oracle_mean = c.oracle_mean;
      db_.run(
          "INSERT INTO intervals (ensemble_id, scope, language, metric, ensemble, best_member, best_member_score, "
          "delta, "
          "low, high, confidence, disagreement, oracle_member, oracle_score) VALUES (?, 'mean', NULL, ?, ?, NULL, ?, "
          "?, "
          "?, ?, ?, NULL, NULL, ?)",
          {integer(id), text(r.metric), real(r.mean_ensemble), real(r.mean_best_member), real(r.mean_delta.delta),
           real(r.mean_delta.low), real(r.mean_delta.high), real(r.bootstrap_confidence), sql_optional(oracle_mean)});
    }
  }

  void write_scores() {
    for (size_t i = 0; i < systems_.list.size(); ++i)
      for (const auto& sc : systems_.list[i].scores)
        for (const auto& [lang, metrics] : sc.languages)
          for (const auto& [metric, value] : metrics)
            db_.run(
                "INSERT INTO scores (system_id, task, split, language, metric, value, source) VALUES (?, ?, ?, ?, ?, "
                "?, ?)",
                {integer(system_id_[i]), text(sc.task), text(sc.split), text(lang), text(metric), real(value),
                 text(sc.source)});
  }

  void write_task_means() {
    for (const auto& t : tables_.tasks)
      for (const auto& r : t.rows)
        if (r.mean)
          db_.run("INSERT INTO task_means (system_id, task, split, metric, value, languages) VALUES (?, ?, ?, ?, ?, ?)",
                  {integer(system_id_[r.system]), text(t.task), text(t.split), text(t.metric), real(*r.mean),
                   integer(static_cast<int64_t>(t.languages.size()))});
  }

  void write_xtreme_r() {
    for (const auto& r : tables_.xtreme_r) {
      db_.run("INSERT INTO xtreme_r (system_id, score, status, missing) VALUES (?, ?, ?, ?)",
              {integer(system_id_[r.system]), sql_optional(r.score.score),
               text(r.score.score ? "complete" : "incomplete"), text(nlohmann::json(r.score.missing).dump())});
      for (size_t i = 0; i < r.score.tasks.size(); ++i)
        db_.run("INSERT INTO xtreme_r_tasks (system_id, task, avg_metric) VALUES (?, ?, ?)",
                {integer(system_id_[r.system]), text(r.score.tasks[i]), sql_optional(r.score.task_values[i])});
    }
  }

  void write_gains() {
    for (const auto& g : tables_.gains)
      db_.run(
          "INSERT INTO intermediate_gains (intermediate, task, split, language, metric, value, baseline, gain, models, "
          "baselines) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          {text(g.row), text(g.task), text(g.split), text(g.lang), text(g.metric), real(g.value), real(g.baseline),
           real(g.gain), integer(g.models), integer(g.baselines)});
  }

  void write_sweeps() {
    for (const auto& s : study_.sweeps) {
      const int64_t id = db_.run("INSERT INTO sweeps (file, task, fusion, metric, split) VALUES (?, ?, ?, ?, ?)",
                                 {text(s.file), text(s.task), text(s.fusion), text(s.metric), text(s.split)});
      for (const auto& r : s.rows) {
        db_.run("INSERT INTO sweep_layers (sweep_id, layer, model_dir, average) VALUES (?, ?, ?, ?)",
                {integer(id), integer(r.layer), text(r.model_dir), sql_optional(r.average)});
        for (const auto& [lang, value] : r.scores)
          db_.run("INSERT INTO sweep_scores (sweep_id, layer, language, value) VALUES (?, ?, ?, ?)",
                  {integer(id), integer(r.layer), text(lang), real(value)});
      }
    }
  }

  SqliteDb& db_;
  const Study& study_;
  const Systems& systems_;
  const ReportTables& tables_;
  std::map<size_t, int64_t> model_id_, system_id_, run_id_;
};

}  // namespace

void write_results_database(const std::string& path, const Study& study, const Systems& systems,
                            const ReportTables& tables) {
  const fs::path target(path);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  const fs::path temp = dir / fmt::format(".{}.tmp-{}", target.filename().string(), ::getpid());
  std::error_code ec;
  fs::remove(temp, ec);
  try {
    {
      SqliteDb db(temp.string());
      // The temporary file is private until renamed: no journal is needed to survive a crash.
      db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON; BEGIN;");
      DatabaseWriter(db, study, systems, tables).write();
      db.exec("COMMIT;");
      db.close();
    }
    sync_path(temp.string(), false);
    fs::rename(temp, target);
  } catch (const fs::filesystem_error& e) {
    fs::remove(temp, ec);
    throw IoError(fmt::format("cannot write {}: {}", path, e.what()));
  } catch (...) {
    fs::remove(temp, ec);
    throw;
  }
  sync_path(dir.string(), true);
}

}  // namespace xlfuse::report
