// report.md. See markdown_report.h.
#include "xlfuse/report/markdown_report.h"

#include <fmt/format.h>

#include "xlfuse/report/value_format.h"

namespace xlfuse::report {

namespace {

std::string row(const std::vector<std::string>& cells) {
  std::string out = "|";
  for (const auto& c : cells) out += " " + c + " |";
  return out + "\n";
}

// The first `text_columns` columns are left-aligned text, the others right-aligned numbers.
std::string header(const std::vector<std::string>& cells, size_t text_columns = 1) {
  std::string out = row(cells) + "|";
  for (size_t i = 0; i < cells.size(); ++i) out += i < text_columns ? "---|" : "---:|";
  return out + "\n";
}

}  // namespace

std::string comparison_markdown(const ReportTables& tables) {
  if (tables.comparisons.empty()) return "No ensembles found (no ensemble.json below the study folder).\n";
  std::string out = header({"task", "split", "metric", "ensemble", "dev-chosen member", "member mean", "ensemble mean",
                            "Δ ensemble − member [CI]", "W/T/L", "ORACLE member mean", "langs"},
                           5);
  for (const auto& c : tables.comparisons) {
    out += row({markdown_cell(c.task), markdown_cell(c.split), markdown_cell(c.metric), markdown_cell(c.ensemble_label),
                markdown_cell(c.dev_member), format_score(c.dev_member_mean), format_score(c.ensemble_mean),
                format_interval(c.delta) + fmt::format(" ({:.0f}%)", c.confidence * 100),
                fmt::format("{}/{}/{}", c.wins, c.ties, c.losses), format_score(c.oracle_mean),
                std::to_string(c.languages)});
  }
  return out;
}

std::string xtreme_r_markdown(const ReportTables& tables) {
  if (tables.xtreme_r.empty()) return "No systems.\n";
  std::vector<std::string> head = {"system", "kind"};
  for (const auto& t : tables.xtreme_r.front().score.tasks) head.push_back(t);
  head.push_back("XTREME-R score");
  std::string out = header(head, 2);
  for (const auto& r : tables.xtreme_r) {
    std::vector<std::string> cells = {markdown_cell(r.label), to_string(r.kind)};
    for (const auto& v : r.score.task_values) cells.push_back(format_score(v));
    cells.push_back(r.score.score ? format_score(r.score.score) : "incomplete");
    out += row(cells);
  }
  return out;
}

std::string task_table_markdown(const TaskTable& t) {
  std::vector<std::string> head = {"system", "kind"};
  for (const auto& l : t.languages) head.push_back(markdown_cell(l));
  head.push_back("mean");
  std::string out = header(head, 2);
  for (const auto& r : t.rows) {
    std::vector<std::string> cells = {markdown_cell(r.label), to_string(r.kind)};
    for (const auto& l : t.languages) {
      auto v = r.values.find(l);
      std::string cell = format_score(v == r.values.end() ? std::nullopt : std::optional<double>(v->second));
      if (auto i = r.intervals.find(l); i != r.intervals.end()) cell += " (Δ " + format_interval(i->second) + ")";
      cells.push_back(cell);
    }
    std::string mean = format_score(r.mean);
    if (r.mean_interval) mean += " (Δ " + format_interval(*r.mean_interval) + ")";
    cells.push_back(mean);
    out += row(cells);
  }
  return out;
}

std::string report_markdown(const ReportTables& tables) {
  std::string out = fmt::format("# xlfuse report: {}\n\n", markdown_cell(tables.study_dir));
  out +=
      "Scores are on the 0-100 scale. Δ = ensemble − the member chosen on English dev (the zero-shot choice), with "
      "its paired-bootstrap interval; W/T/L = languages won, tied and lost. ORACLE rows pick the best member on each "
      "target language with the target labels: an upper bound for choosing one member, not a zero-shot system.\n\n";
  out += "## Ensembles against their members\n\n" + comparison_markdown(tables) + "\n";
  out +=
      "## XTREME-R score\n\nAs evaluate.py averages it: per task the mean over its languages of (EM + F1) / 2 for "
      "QA, else F1, accuracy or map@20; the score is the mean over the 9 tasks of the official score (LAReQA is "
      "left out, as evaluate.py cannot score it). A system without complete test scores on every task is "
      "\"incomplete\".\n\n";
  out += xtreme_r_markdown(tables);
  for (const auto& r : tables.xtreme_r)
    if (!r.score.score && !r.score.missing.empty() && r.score.missing.size() < r.score.tasks.size())
      out += fmt::format("\n- {}: missing {}", markdown_cell(r.label),
                         markdown_cell(fmt::format("{}", fmt::join(r.score.missing, "; "))));
  out += "\n\n## Tables per task\n";
  for (const auto& t : tables.tasks) {
    out += fmt::format("\n### {} ({}, {})\n\n", markdown_cell(t.task), markdown_cell(t.split), markdown_cell(t.metric));
    out += task_table_markdown(t);
  }
  if (!tables.gains.empty()) {
    out += "\n## Gain of intermediate tasks over the no-intermediate model\n\n";
    out += header({"intermediate", "task", "language", "metric", "with", "without", "gain"}, 4);
    for (const auto& g : tables.gains)
      out += row({markdown_cell(g.row), markdown_cell(g.task), markdown_cell(g.lang), markdown_cell(g.metric),
                  format_score(g.value), format_score(g.baseline), format_signed(g.gain)});
  }
  for (const auto& s : tables.sweeps) {
    out += fmt::format("\n## Layer sweep: {} ({} fusion, {}, {})\n\n{}\n\n", markdown_cell(s.task),
                       markdown_cell(s.fusion), markdown_cell(s.split), markdown_cell(s.metric), markdown_cell(s.file));
    std::vector<std::string> head = {"layer"};
    for (const auto& l : s.langs) head.push_back(markdown_cell(l));
    head.push_back("average");
    out += header(head);
    for (const auto& r : s.rows) {
      std::vector<std::string> cells = {std::to_string(r.layer)};
      for (const auto& l : s.langs) {
        auto it = r.scores.find(l);
        cells.push_back(format_score(it == r.scores.end() ? std::nullopt : std::optional<double>(it->second)));
      }
      cells.push_back(format_score(r.average));
      out += row(cells);
    }
  }
  if (!tables.notes.empty()) {
    out += "\n## Notes\n\n";
    for (const auto& n : tables.notes) out += "- " + markdown_cell(n) + "\n";
  }
  return out;
}

}  // namespace xlfuse::report
