#include "test_utils.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

namespace xlfuse::test {
namespace fs = std::filesystem;

fs::path shared_dir() {
  fs::path p;
  if (const char* env = std::getenv("XLFUSE_SHARED_DIR"); env && *env) {
    p = env;
  } else {
    p = XLFUSE_DEFAULT_SHARED_DIR;
  }
  std::error_code ec;
  if (!fs::is_directory(p, ec)) return {};
  return fs::canonical(p, ec);
}

fs::path test_data_dir() { return XLFUSE_TEST_DATA_DIR; }

TempDir::TempDir() {
  std::random_device rd;  // only for a unique directory name, never for results
  for (int attempt = 0; attempt < 100; ++attempt) {
    fs::path p = fs::temp_directory_path() / ("xlfuse_test_" + std::to_string(rd()));
    std::error_code ec;
    if (fs::create_directory(p, ec)) {
      path_ = p;
      return;
    }
  }
  throw std::runtime_error("cannot create a temporary directory");
}

TempDir::~TempDir() {
  // XLFUSE_KEEP_TEST_DIRS=1 keeps the folder for a look at what a test wrote.
  if (const char* keep = std::getenv("XLFUSE_KEEP_TEST_DIRS"); keep && std::string(keep) == "1") {
    std::fprintf(stderr, "kept test folder %s\n", path_.c_str());
    return;
  }
  std::error_code ec;
  fs::remove_all(path_, ec);
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_file(const fs::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

std::string xlfuse_binary() { return XLFUSE_BINARY; }

int run_command(const std::string& command, std::string* output) {
  std::string full = command + " 2>&1";
  FILE* pipe = popen(full.c_str(), "r");
  if (!pipe) return -1;
  std::array<char, 4096> buf;
  std::string out;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
  int status = pclose(pipe);
  if (output) *output = out;
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  return -1;
}

std::vector<nlohmann::json> read_jsonl(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << "cannot open " << path;
  std::vector<nlohmann::json> rows;
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) rows.push_back(nlohmann::json::parse(line));
  return rows;
}

}  // namespace xlfuse::test
