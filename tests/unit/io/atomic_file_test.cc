#include "xlfuse/io/atomic_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <stdexcept>
#include <string>

#include "test_utils.h"
#include "xlfuse/core/error.h"

namespace xlfuse::io {
namespace {

namespace fs = std::filesystem;

size_t count_entries(const fs::path& dir) {
  size_t n = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    (void)entry;
    ++n;
  }
  return n;
}

TEST(AtomicFileTest, WritesNewFile) {
  test::TempDir dir;
  const auto path = dir / "out.txt";
  write_file_atomic(path.string(), std::string_view("hello\n"));
  EXPECT_EQ(test::read_file(path), "hello\n");
  EXPECT_EQ(count_entries(dir.path()), 1u) << "no temporary file left behind";
}

TEST(AtomicFileTest, ReplacesExistingFileAndKeepsItsMode) {
  test::TempDir dir;
  const auto path = dir / "out.txt";
  test::write_file(path, "old");
  ASSERT_EQ(::chmod(path.c_str(), 0640), 0);
  write_file_atomic(path.string(), [](std::ostream& out) { out << "new " << 42; });
  EXPECT_EQ(test::read_file(path), "new 42");
  struct stat st {};
  ASSERT_EQ(::stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0640u);
  EXPECT_EQ(count_entries(dir.path()), 1u);
}

TEST(AtomicFileTest, WriterThrowingLeavesOldFileAndNoTemporary) {
  test::TempDir dir;
  const auto path = dir / "model.safetensors";
  test::write_file(path, "old content");
  try {
    write_file_atomic(path.string(), [](std::ostream& out) {
      out << std::string(3 << 20, 'x');  // more than the buffer: bytes reach the temporary file
      throw std::runtime_error("writer failed half-way");
    });
    FAIL() << "the writer's exception must propagate";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "writer failed half-way");
  }
  EXPECT_EQ(test::read_file(path), "old content");
  EXPECT_EQ(count_entries(dir.path()), 1u) << "the temporary file must be removed";
}

TEST(AtomicFileTest, WriterThrowingWithoutOldFileCreatesNothing) {
  test::TempDir dir;
  const auto path = dir / "new.txt";
  EXPECT_THROW(
      write_file_atomic(path.string(), [](std::ostream&) { throw std::logic_error("no"); }),
      std::logic_error);
  EXPECT_FALSE(fs::exists(path));
  EXPECT_EQ(count_entries(dir.path()), 0u);
}

TEST(AtomicFileTest, MissingDirectoryIsIoErrorNamingThePath) {
  test::TempDir dir;
  const std::string path = (dir / "missing/out.txt").string();
  XLFUSE_EXPECT_THROW_WITH(write_file_atomic(path, std::string_view("x")), IoError,
                           "cannot write '" + path + "'");
  XLFUSE_EXPECT_THROW_WITH(write_file_atomic(path, std::string_view("x")), IoError,
                           "No such file or directory");
}

TEST(AtomicFileTest, UnwritableDirectoryIsIoError) {
  if (::geteuid() == 0) GTEST_SKIP() << "SKIPPED: root can write into a read-only directory";
  test::TempDir dir;
  const auto ro = dir / "ro";
  fs::create_directory(ro);
  ASSERT_EQ(::chmod(ro.c_str(), 0555), 0);
  XLFUSE_EXPECT_THROW_WITH(write_file_atomic((ro / "x").string(), std::string_view("x")), IoError,
                           "Permission denied");
  ::chmod(ro.c_str(), 0755);
}

TEST(AtomicFileTest, TargetIsADirectoryIsIoErrorAndLeavesNoTemporary) {
  test::TempDir dir;
  fs::create_directory(dir / "sub");
  XLFUSE_EXPECT_THROW_WITH(write_file_atomic((dir / "sub").string(), std::string_view("x")),
                           IoError, "renaming the temporary file");
  EXPECT_EQ(count_entries(dir.path()), 1u);
  EXPECT_TRUE(fs::is_directory(dir / "sub"));
}

TEST(AtomicFileTest, RelativePathInCurrentDirectory) {
  test::TempDir dir;
  const fs::path old_cwd = fs::current_path();
  fs::current_path(dir.path());
  write_file_atomic("plain.txt", std::string_view("abc"));
  fs::current_path(old_cwd);
  EXPECT_EQ(test::read_file(dir / "plain.txt"), "abc");
}

TEST(AtomicFileTest, ReadFile) {
  test::TempDir dir;
  std::string content(200000, '\0');
  for (size_t i = 0; i < content.size(); ++i) content[i] = static_cast<char>(i * 7);
  test::write_file(dir / "bin", content);
  EXPECT_EQ(read_file((dir / "bin").string()), content);
  const std::string missing = (dir / "missing.json").string();
  XLFUSE_EXPECT_THROW_WITH(read_file(missing), IoError, "cannot read '" + missing + "'");
}

}  // namespace
}  // namespace xlfuse::io
