#include "xlfuse/io/atomic_file.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <streambuf>
#include <vector>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"

namespace xlfuse::io {
namespace {

// An output stream buffer over a POSIX file descriptor that remembers the first write error, so
// that the caller can report errno (ENOSPC, EIO ...) instead of a bare "stream failed".
class FdOutBuf : public std::streambuf {
 public:
  explicit FdOutBuf(int fd) : fd_(fd), buffer_(1 << 20) { reset(); }
  int error() const { return error_; }

 protected:
  int_type overflow(int_type ch) override {
    if (!flush_buffer()) return traits_type::eof();
    if (!traits_type::eq_int_type(ch, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(ch);
      pbump(1);
    }
    return traits_type::not_eof(ch);
  }

  std::streamsize xsputn(const char* s, std::streamsize n) override {
    if (n < static_cast<std::streamsize>(buffer_.size())) return std::streambuf::xsputn(s, n);
    // Large writes bypass the buffer.
    if (!flush_buffer() || !write_all(s, static_cast<size_t>(n))) return 0;
    return n;
  }

  int sync() override { return flush_buffer() ? 0 : -1; }

 private:
  void reset() { setp(buffer_.data(), buffer_.data() + buffer_.size()); }

  bool flush_buffer() {
    const size_t n = static_cast<size_t>(pptr() - pbase());
    if (n > 0 && !write_all(pbase(), n)) return false;
    reset();
    return true;
  }

  bool write_all(const char* p, size_t n) {
    if (error_ != 0) return false;
    while (n > 0) {
      const ssize_t written = ::write(fd_, p, std::min<size_t>(n, size_t{1} << 30));
      if (written < 0) {
        if (errno == EINTR) continue;
        error_ = errno;
        return false;
      }
      p += written;
      n -= static_cast<size_t>(written);
    }
    return true;
  }

  int fd_;
  std::vector<char> buffer_;
  int error_ = 0;
};

// Removes the temporary file unless the rename happened.
struct TempFile {
  std::string name;
  int fd = -1;
  bool committed = false;
  ~TempFile() {
    if (fd >= 0) ::close(fd);
    if (!committed && !name.empty()) ::unlink(name.c_str());
  }
};

std::atomic<uint64_t> g_temp_counter{0};

}  // namespace

void write_file_atomic(const std::string& path, const std::function<void(std::ostream&)>& write) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  const std::string base = target.filename().string();
  if (base.empty() || base == "." || base == "..") {
    throw IoError(fmt::format("cannot write '{}': not a file path", path));
  }
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");

  // A unique name in the same directory (rename is atomic only within one file system). The
  // name is hidden and made unique by pid, a process-wide counter and the clock; O_EXCL makes a
  // collision a retry rather than a clobber.
  TempFile temp;
  for (int attempt = 0; attempt < 100; ++attempt) {
    const auto ticks = std::chrono::steady_clock::now().time_since_epoch().count();
    temp.name = (dir / fmt::format(".{}.tmp-{}-{}-{:x}", base, ::getpid(), g_temp_counter++,
                                   static_cast<uint64_t>(ticks) & 0xffffff))
                    .string();
    temp.fd = ::open(temp.name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (temp.fd >= 0 || errno != EEXIST) break;
  }
  if (temp.fd < 0) {
    const int err = errno;
    temp.name.clear();  // nothing to remove
    throw IoError(fmt::format("cannot write '{}': cannot create a temporary file in '{}': {}", path,
                              dir.string(), std::strerror(err)));
  }
  // Keep the permissions of a file being replaced.
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
    ::fchmod(temp.fd, st.st_mode & 07777);
  }

  {
    FdOutBuf buffer(temp.fd);
    std::ostream out(&buffer);
    write(out);  // an exception leaves through here; TempFile removes the temporary
    out.flush();
    if (!out || buffer.error() != 0) {
      const int err = buffer.error();
      throw IoError(fmt::format("cannot write '{}': {}", path,
                                err != 0 ? std::strerror(err) : "the output stream failed"));
    }
  }
  if (::fsync(temp.fd) != 0) {
    throw IoError(fmt::format("cannot write '{}': fsync failed: {}", path, std::strerror(errno)));
  }
  const int fd = temp.fd;
  temp.fd = -1;
  if (::close(fd) != 0) {
    throw IoError(fmt::format("cannot write '{}': close failed: {}", path, std::strerror(errno)));
  }
  if (::rename(temp.name.c_str(), path.c_str()) != 0) {
    throw IoError(
        fmt::format("cannot write '{}': renaming the temporary file '{}' over it failed: {}", path,
                    temp.name, std::strerror(errno)));
  }
  temp.committed = true;

  // Make the rename itself durable. The new file is in place either way, so a failure here is
  // only worth a warning.
  const int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd < 0 || ::fsync(dir_fd) != 0) {
    XLFUSE_LOG_WARN("[io] wrote '{}' but could not fsync its directory '{}': {}", path,
                    dir.string(), std::strerror(errno));
  }
  if (dir_fd >= 0) ::close(dir_fd);
}

void write_file_atomic(const std::string& path, std::string_view content) {
  write_file_atomic(path, [content](std::ostream& out) {
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
  });
}

std::string read_file(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    throw IoError(fmt::format("cannot read '{}': {}", path, std::strerror(errno)));
  }
  std::string content;
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
    content.reserve(static_cast<size_t>(st.st_size));
  char chunk[1 << 16];
  while (true) {
    const ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int err = errno;
      ::close(fd);
      throw IoError(fmt::format("cannot read '{}': {}", path, std::strerror(err)));
    }
    if (n == 0) break;
    content.append(chunk, static_cast<size_t>(n));
  }
  ::close(fd);
  return content;
}

}  // namespace xlfuse::io
