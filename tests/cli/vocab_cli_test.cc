// `xlfuse vocab restrict`: the restricted vocabulary tokenizes its corpus exactly as the full one
// (checked through `xlfuse tokenize` on real text), and bad arguments are clear.
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "test_utils.h"

namespace xlfuse::test {
namespace {

namespace fs = std::filesystem;

TEST(VocabCliTest, RestrictKeepsTheTokenizationOfItsCorpus) {
  TempDir dir;
  const fs::path data = fs::path(XLFUSE_SOURCE_DIR) / "examples/data";
  const std::string full = (data / "mbert-vocab/vocab.txt").string();
  const std::string de = (data / "xquad-questions/de.txt").string(), zh = (data / "xquad-questions/zh.txt").string();
  std::string out;
  ASSERT_EQ(run_command(xlfuse_binary() + " vocab restrict --vocab " + full + " --text " + de + "," + zh + " --words " +
                            (data / "xtreme-mini/udpos/test-fi.tsv").string() + " --out " + (dir / "v").string(),
                        &out),
            0)
      << out;
  EXPECT_NE(out.find("of 119547 tokens"), std::string::npos) << out;
  ASSERT_TRUE(fs::exists(dir / "v/vocab.txt"));
  for (const std::string& file : {de, zh}) {
    std::string with_full, with_small;
    ASSERT_EQ(run_command(xlfuse_binary() + " tokenize --vocab " + full + " " + file, &with_full), 0);
    ASSERT_EQ(run_command(xlfuse_binary() + " tokenize --vocab " + (dir / "v/vocab.txt").string() + " " + file,
                          &with_small),
              0);
    EXPECT_EQ(with_small, with_full) << file;
  }
}

TEST(VocabCliTest, BadArgumentsAreClear) {
  TempDir dir;
  const std::string full = (fs::path(XLFUSE_SOURCE_DIR) / "examples/data/mbert-vocab/vocab.txt").string();
  std::string out;
  EXPECT_EQ(run_command(xlfuse_binary() + " vocab restrict --vocab " + full + " --out " + (dir / "v").string(), &out), 2)
      << out;
  EXPECT_NE(out.find("give --text and/or --words"), std::string::npos) << out;
  EXPECT_EQ(run_command(xlfuse_binary() + " vocab restrict --vocab " + full + " --text " + (dir / "nope.txt").string() +
                            " --out " + (dir / "v").string(),
                        &out),
            1)
      << out;
  EXPECT_NE(out.find("nope.txt"), std::string::npos) << out;
  EXPECT_FALSE(fs::exists(dir / "v/vocab.txt"));
}

}  // namespace
}  // namespace xlfuse::test
