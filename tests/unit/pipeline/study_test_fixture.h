#pragma once
// Shared by the study runner's tests: a small study (two target tasks, the baseline and one
// intermediate task, two seeds, ensembles and soups) on a data folder written here, and a fast
// fake executor in place of the library calls.
//
// The fake writes, for every step, <output_dir>/out.txt = the step's key and the fingerprints of
// its dependencies' out.txt, in `parts` pieces with a pause after each (so that a kill can land in
// the middle of a step). Training steps keep their pieces and continue after the last one, as
// run_training does with resume_if_present; other steps start over (the runner clears them).
// Every call appends "begin <kind> <label> <pid>", "part <kind> <label> <pid>" after each piece
// and "end <kind> <label> <pid>" to a log shared by all processes (O_APPEND), which the tests read
// to see what ran where.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/core/fingerprint.h"
#include "xlfuse/io/atomic_file.h"
#include "xlfuse/pipeline/input_fingerprints.h"
#include "xlfuse/pipeline/step_executor.h"
#include "xlfuse/pipeline/study_file.h"
#include "xlfuse/pipeline/study_plan.h"

namespace xlfuse::pipeline::testing {

namespace fs = std::filesystem;

inline void append_line(const fs::path& path, const std::string& line) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  ASSERT_GE(fd, 0) << path;
  const std::string text = line + "\n";
  ASSERT_EQ(::write(fd, text.data(), text.size()), static_cast<ssize_t>(text.size()));
  ::close(fd);
}

inline std::vector<std::string> read_lines(const fs::path& path) {
  std::vector<std::string> lines;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

class FakeStepExecutor : public StepExecutor {
 public:
  FakeStepExecutor(fs::path log, int parts = 1, double pause_seconds = 0.0, std::set<std::string> fail = {})
      : log_(std::move(log)), parts_(parts), pause_(pause_seconds), fail_(std::move(fail)) {}

  nlohmann::json execute(const PlannedStep& step, const StudyPlan& plan) override {
    const std::string who = fmt::format("{} {} {}", to_string(step.kind), step.label, ::getpid());
    append_line(log_, "begin " + who);
    if (fail_.count(step.label)) throw ConfigError("fake failure of " + step.label);
    const fs::path out = step.output_dir();
    fs::create_directories(out);
    std::string content = step.key + "\n";
    for (size_t d : step.deps) {
      Fnv1a64 h;
      h.update(io::read_file((plan.steps[d].output_dir() / "out.txt").string()));
      content += plan.steps[d].label + " " + h.hex() + "\n";
    }
    int first = 0;
    while (fs::exists(out / fmt::format("part-{}", first))) ++first;
    if (first > 0) append_line(log_, fmt::format("continue {} at part {}", who, first));
    for (int p = first; p < parts_; ++p) {
      io::write_file_atomic((out / fmt::format("part-{}", p)).string(), fmt::format("{}{}\n", content, p));
      append_line(log_, "part " + who);
      if (pause_ > 0) std::this_thread::sleep_for(std::chrono::duration<double>(pause_));
    }
    io::write_file_atomic((out / "out.txt").string(), content);
    append_line(log_, "end " + who);
    return {{"parts", parts_}};
  }

 private:
  fs::path log_;
  int parts_;
  double pause_;
  std::set<std::string> fail_;
};

// Lines of the log that start with `event` ("begin", "part", "end"), as "kind label" (pid dropped).
inline std::vector<std::string> log_events(const fs::path& log, const std::string& event) {
  std::vector<std::string> out;
  for (const auto& line : read_lines(log)) {
    if (line.rfind(event + " ", 0) != 0) continue;
    std::string rest = line.substr(event.size() + 1);
    out.push_back(rest.substr(0, rest.rfind(' ')));
  }
  return out;
}

// A study folder with data for udpos and panx (de, es) and the study file text.
class StudyFixture {
 public:
  StudyFixture() {
    for (const std::string task : {"udpos", "panx"}) {
      const std::string tag = task == "udpos" ? "NOUN" : "O";
      fs::create_directories(dir_ / "data" / task);
      for (const std::string file : {"train-en", "dev-en", "test-de", "test-es"})
        test::write_file(dir_ / "data" / task / (file + ".tsv"), fmt::format("dog\t{}\ncat\t{}\n\n", tag, tag));
    }
  }

  fs::path dir() const { return dir_.path(); }
  fs::path out() const { return dir_ / "out"; }
  fs::path log() const { return dir_ / "executions.log"; }

  // The study; `udpos_options` goes into [targets.task.udpos].
  std::string study_text(const std::string& udpos_options = "", const std::string& extra = "") const {
    return fmt::format(R"(
[study]
name = "fake"
encoder = "{}"
data_dir = "{}"
out_dir = "{}"
seeds = [1, 2]

[targets]
tasks = ["udpos", "panx"]
langs = ["de", "es"]

[targets.train]
max_steps = 2
{}
[[intermediate]]
name = "none"

[[intermediate]]
name = "siqa"
task = "siqa"
data_dir = "{}"
max_steps = 2

[ensembles]
methods = ["mean-prob"]

[soups]
methods = ["uniform"]
{}
)",
                       (test::test_data_dir() / "tiny_bert").string(), (dir_ / "data").string(), out().string(),
                       udpos_options.empty() ? "" : "\n[targets.task.udpos]\n" + udpos_options + "\n",
                       (test::test_data_dir() / "data").string(), extra);
  }

  StudyPlan plan(const std::string& udpos_options = "", const std::string& extra = "") const {
    const StudyFile study = parse_study(study_text(udpos_options, extra), "study.toml", dir_.path());
    InputFingerprints fingerprints;
    return make_study_plan(study, fingerprints);
  }

  // Step label -> out.txt of every step (what two runs of the same study must agree on).
  static std::map<std::string, std::string> outputs(const StudyPlan& plan) {
    std::map<std::string, std::string> out;
    for (const auto& s : plan.steps) {
      const fs::path f = s.output_dir() / "out.txt";
      out[to_string(s.kind) + " " + s.label] = fs::exists(f) ? io::read_file(f.string()) : "(missing)";
    }
    return out;
  }

 private:
  test::TempDir dir_;
};

}  // namespace xlfuse::pipeline::testing
