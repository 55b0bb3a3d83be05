#pragma once
// Helpers shared by all test executables.
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace xlfuse::test {

// The shared/ folder (goldens, real benchmark data): $XLFUSE_SHARED_DIR, else ../shared beside
// the source tree. Empty path if it does not exist.
std::filesystem::path shared_dir();

// In-repo fixtures: tests/data.
std::filesystem::path test_data_dir();

// A fresh empty temporary directory, removed when the object dies.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, const std::string& content);
// One JSON value per non-empty line (golden files); a test failure when the file cannot be opened.
std::vector<nlohmann::json> read_jsonl(const std::filesystem::path& path);

// The path to the built xlfuse binary (for CLI tests).
std::string xlfuse_binary();

// Runs a shell command, capturing stdout+stderr; returns the exit code.
int run_command(const std::string& command, std::string* output);

}  // namespace xlfuse::test

// Skips the test with a clear message when shared/<relative> is absent.
#define XLFUSE_REQUIRE_SHARED(relative)                                                        \
  do {                                                                                         \
    if (::xlfuse::test::shared_dir().empty() ||                                                \
        !std::filesystem::exists(::xlfuse::test::shared_dir() / (relative)))                   \
      GTEST_SKIP() << "SKIPPED: needs ../shared/" << (relative)                                \
                   << " (set XLFUSE_SHARED_DIR to the shared folder to run this test)";        \
  } while (false)

// Expects `statement` to throw `exception_type` whose what() contains `substring`.
#define XLFUSE_EXPECT_THROW_WITH(statement, exception_type, substring)                         \
  do {                                                                                         \
    try {                                                                                      \
      statement;                                                                               \
      ADD_FAILURE() << "expected " #exception_type " containing '" << (substring)              \
                    << "', nothing was thrown";                                                \
    } catch (const exception_type& e) {                                                        \
      EXPECT_NE(std::string(e.what()).find(substring), std::string::npos)                      \
          << "message was: " << e.what();                                                      \
    } catch (const std::exception& e) {                                                        \
      ADD_FAILURE() << "expected " #exception_type ", got another exception: " << e.what();    \
    }                                                                                          \
  } while (false)
