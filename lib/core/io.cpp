#include "core/io.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string_view>
#include <algorithm>
#include <chrono>
#include <thread>

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/error.h"

namespace ng::core {

std::string read_file(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw Error(path, "is a directory, not a file");
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) throw Error(path, std::string("cannot open: ") + std::strerror(errno));
  // One read into a string of the file's size, where a stream would copy it twice;
  // a file that grows or is not seekable (a pipe) is read on in blocks.
  std::string out;
  if (std::fseek(f, 0, SEEK_END) == 0) {
    long size = std::ftell(f);
    if (size > 0) out.resize(size_t(size));
    std::rewind(f);
  }
  size_t got = std::fread(out.data(), 1, out.size(), f);
  out.resize(got);
  char block[65536];
  for (size_t n; (n = std::fread(block, 1, sizeof block, f)) > 0;) out.append(block, n);
  bool failed = std::ferror(f) != 0;
  int err = errno;
  std::fclose(f);
  if (failed) throw Error(path, std::string("read failed: ") + std::strerror(err));
  return out;
}

FileImage::FileImage(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw Error(path, std::string("cannot open: ") + std::strerror(errno));
  auto fail = [&](const std::string& what) {
    int err = errno;
    ::close(fd);
    if (block_) ::munmap(block_, block_size_);
    throw Error(path, what + std::strerror(err));
  };
  struct stat st;
  if (::fstat(fd, &st) != 0) fail("cannot stat: ");
  if (!S_ISREG(st.st_mode)) {
    errno = EINVAL;
    fail("not a regular file: ");
  }
  size_ = size_t(st.st_size);
  constexpr size_t kHuge = size_t(2) << 20;
  const size_t rounded = (size_ + kHuge - 1) / kHuge * kHuge;
  block_size_ = rounded + kHuge;  // room to start on a 2 MB boundary
  void* p = ::mmap(nullptr, block_size_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) {
    block_ = nullptr;
    fail("cannot allocate memory for it: ");
  }
  block_ = p;
  char* start = reinterpret_cast<char*>((reinterpret_cast<uintptr_t>(p) + kHuge - 1) / kHuge * kHuge);
  ::madvise(start, rounded, MADV_HUGEPAGE);  // advice: without it the bytes are the same
  for (size_t got = 0; got < size_;) {
    ssize_t n = ::pread(fd, start + got, size_ - got, off_t(got));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail("read failed: ");
    if (n == 0) {
      errno = EIO;
      fail("file shrank while read: ");
    }
    got += size_t(n);
  }
  ::close(fd);
  data_ = start;
}

FileImage::~FileImage() { ::munmap(block_, block_size_); }

void for_each_tsv_row(const std::string& path,
                      const std::function<void(const std::vector<std::string>& columns, long line)>& row) {
  std::string text = read_file(path);
  long line_no = 0;
  std::vector<std::string> cols;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + start, end - start);
    start = end + 1;
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    cols.clear();
    for (size_t c = 0;;) {
      size_t tab = line.find('\t', c);
      cols.emplace_back(line.substr(c, tab == std::string_view::npos ? std::string_view::npos : tab - c));
      if (tab == std::string_view::npos) break;
      c = tab + 1;
    }
    row(cols, line_no);
  }
}

namespace {

// fsync of the file or folder at `path`; false with errno set when it fails.
bool sync_path(const std::string& path, int flags) {
  int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) return false;
  bool ok = ::fsync(fd) == 0;
  int e = errno;
  ::close(fd);
  errno = e;
  return ok;
}

// Removes PATH.tmp.PID files beside `path` whose process PID is gone (kill -9 mid-write).
// A PID that runs again (reused) keeps its file until that process ends too.
void remove_dead_temps(const std::filesystem::path& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
  std::string prefix = path.filename().string() + ".tmp.";
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) continue;
    std::string digits = name.substr(prefix.size());
    if (digits.size() > 9 || digits.find_first_not_of("0123456789") != std::string::npos) continue;
    pid_t pid = pid_t(std::stol(digits));
    if (pid <= 0 || pid == ::getpid()) continue;
    if (::kill(pid, 0) != 0 && errno == ESRCH) {
      std::error_code ignored;
      fs::remove(it->path(), ignored);
    }
  }
}

}  // namespace

void write_file_atomic(const std::string& path, const std::function<void(std::ostream&)>& write) {
  remove_dead_temps(path);
  std::string tmp = path + ".tmp." + std::to_string(::getpid());
  try {
    {
      std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
      if (!out) throw Error(path, std::string("cannot write: ") + std::strerror(errno));
      write(out);
      out.flush();
      if (!out) throw Error(path, "write failed");
    }
    if (!sync_path(tmp, O_RDONLY)) throw Error(path, std::string("cannot sync: ") + std::strerror(errno));
    if (std::rename(tmp.c_str(), path.c_str()) != 0)
      throw Error(path, std::string("cannot replace: ") + std::strerror(errno));
  } catch (...) {
    std::remove(tmp.c_str());
    throw;
  }
  std::filesystem::path p(path);
  std::string dir = p.has_parent_path() ? p.parent_path().string() : ".";
  // A file system that cannot sync a folder (EINVAL) has nothing more to give.
  if (!sync_path(dir, O_RDONLY | O_DIRECTORY) && errno != EINVAL)
    throw Error(path, std::string("cannot sync its folder: ") + std::strerror(errno));
}

FileLock::FileLock(const std::string& lock_path, double timeout_seconds) {
  fd_ = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) throw Error(lock_path, std::string("cannot open lock file: ") + std::strerror(errno));
  auto start = std::chrono::steady_clock::now();
  auto wait = std::chrono::milliseconds(1);
  while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    int e = errno;
    if (e == EINTR) continue;
    double waited = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (e != EWOULDBLOCK || (timeout_seconds >= 0 && waited >= timeout_seconds)) {
      ::close(fd_);
      if (e != EWOULDBLOCK) throw Error(lock_path, std::string("cannot lock: ") + std::strerror(e));
      char secs[32];
      std::snprintf(secs, sizeof secs, "%.1f", waited);
      throw Error(lock_path, std::string("locked by another process (gave up after ") + secs + " s)");
    }
    std::this_thread::sleep_for(wait);
    wait = std::min(wait * 2, std::chrono::milliseconds(100));
  }
}

FileLock::~FileLock() {
  if (fd_ >= 0) ::close(fd_);  // closing drops the lock
}

}  // namespace ng::core
