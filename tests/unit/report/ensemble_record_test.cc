// ensemble.json is read strictly: the contract's fields, and errors naming the file and field.
#include "xlfuse/report/ensemble_record.h"

#include <functional>

#include <gtest/gtest.h>

#include "report_study_fixture.h"
#include "test_utils.h"
#include "xlfuse/core/error.h"

namespace xlfuse::report {
namespace {

using test::TempDir;
using test::report_fixture::StandardStudy;
using test::report_fixture::write_json;

std::string write(const TempDir& dir, const nlohmann::json& j) {
  const auto path = dir / "ens" / "ensemble.json";
  write_json(path, j);
  return path.string();
}

TEST(EnsembleRecordTest, ReadsTheContract) {
  TempDir dir;
  const EnsembleRecord r = read_ensemble_record(write(dir, StandardStudy::ensemble()));
  EXPECT_EQ(r.task, "xcopa");
  EXPECT_EQ(r.split, "test");
  EXPECT_EQ(r.method, "mean-prob");
  EXPECT_EQ(r.weights_from, "uniform");
  ASSERT_EQ(r.members.size(), 3u);
  EXPECT_EQ(r.members[1].name, "siqa");
  EXPECT_EQ(r.members[1].chain, (std::vector<std::string>{"siqa", "xcopa"}));
  EXPECT_NEAR(r.members[1].weight, 1.0 / 3, 1e-12);
  // Languages in XCOPA's official order (et ht id ...), not JSON's key order.
  ASSERT_EQ(r.languages.size(), 3u);
  EXPECT_EQ(r.languages[0].lang, "et");
  EXPECT_EQ(r.languages[1].lang, "ht");
  const EnsembleLanguage* ht = r.find_language("ht");
  ASSERT_NE(ht, nullptr);
  EXPECT_DOUBLE_EQ(ht->ensemble, 57);
  EXPECT_EQ(ht->best_member, "siqa");
  EXPECT_DOUBLE_EQ(ht->best_member_score, 52);
  EXPECT_DOUBLE_EQ(ht->delta.delta, 5);
  EXPECT_DOUBLE_EQ(ht->delta.low, 3.5);
  EXPECT_DOUBLE_EQ(ht->delta.high, 6.5);
  EXPECT_DOUBLE_EQ(ht->disagreement, 0.35);
  EXPECT_DOUBLE_EQ(ht->members.at("mnli"), 56);
  EXPECT_EQ(r.oracle.at("ht").member, "mnli");
  EXPECT_NEAR(r.mean_delta.delta, 8.0 / 3, 1e-12);
  EXPECT_EQ(r.wins, 3);
  EXPECT_EQ(r.bootstrap_resamples, 1000);
}

struct Case {
  const char* what;
  std::function<void(nlohmann::json&)> break_it;
  const char* field;     // named in the message
  const char* expected;  // what the message says was expected
};

TEST(EnsembleRecordTest, MalformedFilesAreRefusedNamingFileAndField) {
  const std::vector<Case> cases = {
      {"wrong format", [](nlohmann::json& j) { j["format"] = "xlfuse.sweep"; }, "field \"format\"", "xlfuse.ensemble"},
      {"no format", [](nlohmann::json& j) { j.erase("format"); }, "field \"format\"", "found nothing"},
      {"future version", [](nlohmann::json& j) { j["format_version"] = 2; }, "field \"format_version\"", "expected 1"},
      {"delta low missing", [](nlohmann::json& j) { j["languages"]["ht"]["delta"].erase("low"); },
       "field \"languages.ht.delta.low\"", "expected a number"},
      {"score as text", [](nlohmann::json& j) { j["languages"]["et"]["ensemble"] = "62"; },
       "field \"languages.et.ensemble\"", "found string \"62\""},
      {"unknown best member", [](nlohmann::json& j) { j["languages"]["id"]["best_member"] = "xnli"; },
       "field \"languages.id.best_member\"", "the name of one of the members"},
      {"bad weight source", [](nlohmann::json& j) { j["weights_from"] = "target"; }, "field \"weights_from\"",
       "one of uniform"},
      {"member without chain", [](nlohmann::json& j) { j["members"][2].erase("chain"); }, "field \"members.2.chain\"",
       "an array of strings"},
      {"interval upside down", [](nlohmann::json& j) { j["mean"]["delta"]["high"] = -100; },
       "field \"mean.delta.high\"", "a value >= low"},
      {"oracle names no member", [](nlohmann::json& j) { j["oracle"]["et"]["member"] = "ghost"; },
       "field \"oracle.et.member\"", "the name of one of the members"},
      {"one member", [](nlohmann::json& j) { j["members"] = nlohmann::json::array({j["members"][0]}); },
       "field \"members\"", "at least two members"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.what);
    TempDir dir;
    nlohmann::json j = StandardStudy::ensemble();
    c.break_it(j);
    const std::string path = write(dir, j);
    try {
      read_ensemble_record(path);
      ADD_FAILURE() << "no error for " << c.what;
    } catch (const FormatError& e) {
      const std::string msg = e.what();
      EXPECT_NE(msg.find(path), std::string::npos) << msg;
      EXPECT_NE(msg.find(c.field), std::string::npos) << msg;
      EXPECT_NE(msg.find(c.expected), std::string::npos) << msg;
    }
  }
}

TEST(EnsembleRecordTest, InvalidJsonNamesTheFile) {
  TempDir dir;
  const auto path = dir / "ensemble.json";
  test::write_file(path, "{\"format\": \"xlfuse.ensemble\",");
  XLFUSE_EXPECT_THROW_WITH(read_ensemble_record(path.string()), FormatError, path.string() + ": invalid JSON");
}

}  // namespace
}  // namespace xlfuse::report
