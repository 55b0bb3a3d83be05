// report.html. See html_report.h.
#include "xlfuse/report/html_report.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "xlfuse/core/version.h"
#include "xlfuse/report/heatmap_chart.h"
#include "xlfuse/report/html_escape.h"
#include "xlfuse/report/interval_bar_chart.h"
#include "xlfuse/report/line_chart.h"
#include "xlfuse/report/markdown_report.h"
#include "xlfuse/report/scatter_chart.h"
#include "xlfuse/report/scores_file.h"
#include "xlfuse/report/svg_canvas.h"
#include "xlfuse/report/value_format.h"

namespace xlfuse::report {

namespace {

constexpr const char* kStyle = R"css(
body { font-family: sans-serif; margin: 24px 32px; color: #222; background: #fff; max-width: 1500px; }
h1 { font-size: 24px; margin: 0 0 4px 0; }
h2 { font-size: 19px; margin: 32px 0 8px 0; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
h3 { font-size: 15px; margin: 20px 0 6px 0; }
p, li { font-size: 14px; line-height: 1.45; max-width: 70em; }
.study { color: #555; font-family: monospace; font-size: 13px; }
nav a { margin-right: 14px; font-size: 13px; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; font-size: 12.5px; margin: 6px 0 14px 0; }
th, td { border: 1px solid #d6d6d6; padding: 3px 7px; }
th { background: #f0f0f0; text-align: left; }
table.task td:first-child, table.xtreme-r td:first-child { min-width: 18em; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.num small { display: block; color: #555; }
tr.kind-oracle-member td { background: #f4f4f4; font-style: italic; color: #555; }
tr.kind-ensemble td { background: #fff6ee; }
tr.kind-dev-chosen-member td { background: #eef4fb; }
.better { color: #1a7f37; font-weight: bold; }
.worse { color: #b42318; }
.incomplete { color: #888; font-style: italic; }
figure { margin: 10px 0 22px 0; }
figcaption { font-size: 12.5px; color: #555; max-width: 70em; }
svg { display: block; max-width: 100%; height: auto; }
footer { margin-top: 32px; font-size: 12px; color: #777; }
)css";

std::string esc(const std::string& s) { return html_escape(s); }

std::string kind_class(SystemKind kind) {
  std::string k = to_string(kind);
  std::replace(k.begin(), k.end(), ' ', '-');
  return "kind-" + k;
}

std::string delta_class(const DeltaInterval& d) {
  if (d.low > 0) return "better";
  if (d.high < 0) return "worse";
  return "";
}

std::string comparison_html(const ReportTables& t) {
  if (t.comparisons.empty()) return "<p>No ensembles were found (no ensemble.json below the study folder).</p>\n";
  std::string out =
      "<div class=\"scroll\"><table class=\"comparison\"><thead><tr><th>task</th><th>split</th><th>metric</th>"
      "<th>ensemble</th><th>member chosen on English dev</th><th>member mean</th><th>ensemble mean</th>"
      "<th>Δ ensemble − member [interval]</th><th>wins / ties / losses</th><th>ORACLE member mean</th>"
      "<th>languages</th></tr></thead><tbody>\n";
  for (const auto& c : t.comparisons) {
    out += fmt::format(
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>"
        "<td class=\"num {}\">{} ({:.0f}%)</td><td class=\"num\">{}/{}/{}</td><td class=\"num\">{}</td>"
        "<td class=\"num\">{}</td></tr>\n",
        esc(c.task), esc(c.split), esc(c.metric), esc(c.ensemble_label), esc(c.dev_member),
        format_score(c.dev_member_mean), format_score(c.ensemble_mean), delta_class(c.delta),
        esc(format_interval(c.delta)), c.confidence * 100, c.wins, c.ties, c.losses, format_score(c.oracle_mean),
        c.languages);
  }
  return out + "</tbody></table></div>\n";
}

std::string bars_html(const ReportTables& t, const Study& study) {
  // Per (task, split): the ensemble with the best target mean (a choice made with target labels,
  // which the caption says) against the member chosen on English dev.
  std::map<std::pair<std::string, std::string>, const Comparison*> best;
  for (const auto& c : t.comparisons) {
    auto& b = best[{c.task, c.split}];
    if (!b || c.ensemble_mean > b->ensemble_mean) b = &c;
  }
  if (best.empty()) return "<p>No ensembles, so no bars.</p>\n";
  std::string out;
  for (const auto& [key, c] : best) {
    const EnsembleRecord& r = study.ensembles[c->ensemble].record;
    BarChartSpec spec;
    spec.title = fmt::format("{} ({}): best ensemble vs dev-chosen member", c->task, c->split);
    spec.metric = c->metric;
    spec.member_label = c->dev_member;
    spec.ensemble_label = c->ensemble_label;
    spec.confidence = c->confidence;
    for (const auto& l : r.languages) {
      BarGroup g{l.lang, l.best_member_score, l.ensemble, l.delta, std::nullopt};
      if (auto o = r.oracle.find(l.lang); o != r.oracle.end()) g.oracle = o->second.score;
      spec.groups.push_back(g);
    }
    spec.groups.push_back({"mean", r.mean_best_member, r.mean_ensemble, r.mean_delta, c->oracle_mean});
    out += "<figure><div class=\"scroll\">" + interval_bar_chart(spec) + "</div><figcaption>";
    out += fmt::format(
        "Blue: the member chosen on English dev ({}); orange: {} ({}). Whiskers: the {:.0f}% paired-bootstrap interval "
        "of ensemble − member, drawn around the member's score plus the difference. Grey ticks: the ORACLE member "
        "(best member on each target language, chosen with target labels). The ensemble shown is the one with the "
        "best target-language mean among this task's ensembles, which is itself a choice made with target labels. "
        "The y axis does not necessarily start at 0.",
        esc(c->dev_member), esc(c->ensemble_label), esc(c->folder), c->confidence * 100);
    out += "</figcaption></figure>\n";
  }
  return out;
}

std::string heatmap_html(const ReportTables& t) {
  if (t.gains.empty())
    return "<p>No gains to show: the study needs models of a target task with and without an intermediate task "
           "(chains [task] and [intermediate, task]) with the same fusion.</p>\n";
  HeatmapSpec spec;
  spec.title = fmt::format("Gain over the no-intermediate model ({} split, headline metric)", t.gains.front().split);
  spec.value_label = "points gained";
  std::map<std::string, std::vector<std::string>> task_langs;
  for (const auto& g : t.gains) {
    if (std::find(spec.rows.begin(), spec.rows.end(), g.row) == spec.rows.end()) spec.rows.push_back(g.row);
    auto& langs = task_langs[g.task];
    if (std::find(langs.begin(), langs.end(), g.lang) == langs.end()) langs.push_back(g.lang);
  }
  std::map<std::pair<std::string, std::string>, size_t> column;
  for (auto& [task, langs] : task_langs)
    for (const auto& lang : order_languages(task, langs)) {
      column[{task, lang}] = spec.columns.size();
      spec.columns.push_back(task + " / " + lang);
    }
  for (const auto& g : t.gains) {
    const size_t r = static_cast<size_t>(std::find(spec.rows.begin(), spec.rows.end(), g.row) - spec.rows.begin());
    spec.cells[{r, column[{g.task, g.lang}]}] = g.gain;
  }
  return "<figure><div class=\"scroll\">" + heatmap_chart(spec) +
         "</div><figcaption>Rows: intermediate task(s); columns: target task and language. A cell is the headline "
         "score of the models trained through the intermediate task(s) minus that of the model of the same target "
         "task and fusion without one (each averaged over seeds). Green: gain; red: loss; the strongest colour is "
         "the largest absolute value shown.</figcaption></figure>\n";
}

std::string scatter_html(const ReportTables& t, const Study& study) {
  ScatterSpec spec;
  spec.title = "Member diversity vs ensemble gain (one point per ensemble and language)";
  spec.x_label = "member disagreement (mean pairwise)";
  spec.y_label = "ensemble − dev-chosen member";
  for (const auto& c : t.comparisons) {
    const EnsembleRecord& r = study.ensembles[c.ensemble].record;
    const std::string series = r.split == "test" ? r.task : r.task + " (" + r.split + ")";
    for (const auto& l : r.languages)
      spec.points.push_back({l.disagreement, l.delta.delta, l.delta.low, l.delta.high, series,
                             fmt::format("{} {}: {}; disagreement {:.3f}; Δ {}", r.task, l.lang, c.ensemble_label,
                                         l.disagreement, format_interval(l.delta))});
  }
  if (spec.points.empty()) return "<p>No ensembles, so no diversity plot.</p>\n";
  return "<figure><div class=\"scroll\">" + scatter_chart(spec) +
         "</div><figcaption>x: ensemble.json's \"disagreement\" (how often two members' predictions differ, averaged "
         "over member pairs); y: \"delta\", the ensemble's score minus the dev-chosen member's, with its bootstrap "
         "interval as a vertical line. Colours: target tasks.</figcaption></figure>\n";
}

std::string sweeps_html(const ReportTables& t) {
  if (t.sweeps.empty()) return "<p>No layer sweep (sweep.json) in the study.</p>\n";
  std::string out;
  for (const auto& s : t.sweeps) {
    LineChartSpec spec;
    spec.title = fmt::format("Layer sweep: {} with {} fusion ({})", s.task, s.fusion, s.split);
    spec.x_label = "fused lower layer";
    spec.y_label = s.metric;
    for (const auto& lang : s.langs) {
      LineSeries series{lang, {}, false};
      for (const auto& r : s.rows)
        if (auto it = r.scores.find(lang); it != r.scores.end())
          series.points.emplace_back(static_cast<double>(r.layer), it->second);
      if (!series.points.empty()) spec.series.push_back(std::move(series));
    }
    LineSeries average{"average", {}, true};
    for (const auto& r : s.rows)
      if (r.average) average.points.emplace_back(static_cast<double>(r.layer), *r.average);
    if (!average.points.empty()) spec.series.push_back(std::move(average));
    out += "<figure><div class=\"scroll\">" + line_chart(spec) + "</div><figcaption>" + esc(s.file) +
           ": one line per language, the average in black.</figcaption></figure>\n";
  }
  return out;
}

std::string xtreme_r_html(const ReportTables& t) {
  if (t.xtreme_r.empty()) return "<p>No systems.</p>\n";
  std::string out = "<div class=\"scroll\"><table class=\"xtreme-r\"><thead><tr><th>system</th><th>kind</th>";
  for (const auto& task : t.xtreme_r.front().score.tasks) out += "<th>" + esc(task) + "</th>";
  out += "<th>XTREME-R score</th></tr></thead><tbody>\n";
  for (const auto& r : t.xtreme_r) {
    out += fmt::format("<tr class=\"{}\"><td>{}</td><td>{}</td>", kind_class(r.kind), esc(r.label),
                       esc(to_string(r.kind)));
    for (const auto& v : r.score.task_values) out += "<td class=\"num\">" + format_score(v) + "</td>";
    if (r.score.score) {
      out += "<td class=\"num\"><b>" + format_score(r.score.score) + "</b></td>";
    } else {
      out += "<td class=\"incomplete\" title=\"" + esc(fmt::format("missing: {}", fmt::join(r.score.missing, "; "))) +
             "\">incomplete</td>";
    }
    out += "</tr>\n";
  }
  return out + "</tbody></table></div>\n";
}

std::string task_tables_html(const ReportTables& t) {
  std::string out;
  for (const auto& table : t.tasks) {
    out += fmt::format(
        "<h3>{} ({}, {})</h3>\n<div class=\"scroll\"><table class=\"task\"><thead><tr><th>system</th>"
        "<th>kind</th>",
        esc(table.task), esc(table.split), esc(table.metric));
    for (const auto& l : table.languages) out += "<th>" + esc(l) + "</th>";
    out += "<th>mean</th></tr></thead><tbody>\n";
    for (const auto& r : table.rows) {
      out += fmt::format("<tr class=\"{}\"><td>{}</td><td>{}</td>", kind_class(r.kind), esc(r.label),
                         esc(to_string(r.kind)));
      for (const auto& l : table.languages) {
        auto v = r.values.find(l);
        out +=
            "<td class=\"num\">" + format_score(v == r.values.end() ? std::nullopt : std::optional<double>(v->second));
        if (auto i = r.intervals.find(l); i != r.intervals.end())
          out +=
              fmt::format("<small class=\"{}\">Δ {}</small>", delta_class(i->second), esc(format_interval(i->second)));
        out += "</td>";
      }
      out += "<td class=\"num\">" + format_score(r.mean);
      if (r.mean_interval)
        out += fmt::format("<small class=\"{}\">Δ {}</small>", delta_class(*r.mean_interval),
                           esc(format_interval(*r.mean_interval)));
      out += "</td></tr>\n";
    }
    out += "</tbody></table></div>\n";
  }
  return out.empty() ? "<p>No scores were found.</p>\n" : out;
}

}  // namespace

std::string render_html_report(const ReportTables& tables, const Study& study, const std::vector<std::string>& files) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<title>xlfuse report: " + esc(tables.study_dir) + "</title>\n<style>" + std::string(kStyle) +
         "</style>\n</head>\n<body>\n";
  out += "<header><h1>xlfuse report</h1><p class=\"study\">" + esc(tables.study_dir) + "</p></header>\n";
  out +=
      "<nav><a href=\"#summary\">ensembles vs members</a><a href=\"#bars\">per language</a><a href=\"#heatmap\">"
      "intermediate tasks</a><a href=\"#diversity\">diversity</a><a href=\"#sweeps\">layer sweeps</a><a "
      "href=\"#xtreme-r\">XTREME-R</a><a href=\"#tables\">tables</a><a href=\"#notes\">notes</a></nav>\n";
  out += "<section id=\"summary\"><h2>Do ensembles beat their members?</h2>\n";
  out +=
      "<p>One row per ensemble. The member it is compared with is the one with the best <b>English dev</b> score "
      "(the choice a zero-shot user can make). Δ is the ensemble's mean score minus that member's, with its "
      "paired-bootstrap interval: <span class=\"better\">green</span> when the whole interval is above 0, "
      "<span class=\"worse\">red</span> when below. The ORACLE member picks the best member on each target "
      "language using the target labels: an upper bound for any single-member choice, never a usable system.</p>\n";
  out += comparison_html(tables) + "</section>\n";
  out += "<section id=\"bars\"><h2>Per language: best ensemble vs the member chosen on English dev</h2>\n" +
         bars_html(tables, study) + "</section>\n";
  out += "<section id=\"heatmap\"><h2>What intermediate tasks add, per target language</h2>\n" + heatmap_html(tables) +
         "</section>\n";
  out += "<section id=\"diversity\"><h2>Member diversity vs ensemble gain</h2>\n" + scatter_html(tables, study) +
         "</section>\n";
  out += "<section id=\"sweeps\"><h2>Layer sweeps</h2>\n" + sweeps_html(tables) + "</section>\n";
  out +=
      "<section id=\"xtreme-r\"><h2>XTREME-R score</h2>\n<p>As the leaderboard's evaluate.py averages it: per task "
      "the mean over its languages of (EM + F1) / 2 for QA, else F1, accuracy or map@20; the score is the mean over "
      "the 9 tasks of the official score (LAReQA cannot be scored by evaluate.py and is left out). A system "
      "without complete test scores on every task is <span class=\"incomplete\">incomplete</span> (hover for "
      "what is missing); no partial mean is shown as its score.</p>\n" +
      xtreme_r_html(tables) + "</section>\n";
  out +=
      "<section id=\"tables\"><h2>Tables per task</h2>\n<p>Every individual model, soup, member choice and ensemble "
      "of each task; the mean is over the table's languages and only shown for rows that have all of them. "
      "Δ under an ensemble's score: ensemble − dev-chosen member [bootstrap interval].</p>\n" +
      task_tables_html(tables) + "</section>\n";
  out += "<section id=\"notes\"><h2>Notes</h2>\n";
  if (tables.notes.empty()) {
    out += "<p>None.</p>\n";
  } else {
    out += "<ul>\n";
    for (const auto& n : tables.notes) out += "<li>" + esc(n) + "</li>\n";
    out += "</ul>\n";
  }
  out += "</section>\n<section id=\"files\"><h2>Files</h2>\n<ul>\n";
  for (const auto& f : files) out += "<li>" + esc(f) + "</li>\n";
  out += "</ul>\n</section>\n<footer>xlfuse " + esc(version()) + "</footer>\n</body>\n</html>\n";
  return out;
}

}  // namespace xlfuse::report
