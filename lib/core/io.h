#pragma once
// File I/O shared by every stage and tool.
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace ng::core {

// Reads a whole file. Throws Error naming the file when it cannot be read.
std::string read_file(const std::string& path);

// What this object represents: a whole file's bytes, read with one read into a block of
// anonymous memory that starts on a 2 MB boundary and is advised for transparent huge
// pages (madvise), for model files whose tables are used where they lie: lookups that
// jump about tens of MB miss the TLB far less on 2 MB pages than on the page cache's
// 4 KB ones (a mapping of the file). Throws Error naming the file when it cannot be
// read. Thread safety: const; the bytes stay valid while the object lives.
class FileImage {
 public:
  explicit FileImage(const std::string& path);
  ~FileImage();
  FileImage(const FileImage&) = delete;
  FileImage& operator=(const FileImage&) = delete;
  std::string_view bytes() const { return {data_, size_}; }

 private:
  void* block_ = nullptr;  // the mapping, of block_size_ bytes; data_ lies inside it
  size_t block_size_ = 0;
  const char* data_ = nullptr;
  size_t size_ = 0;
};

// Calls `row(columns, line_number)` for each line of a tab-separated file, the columns
// split on tabs; empty lines and lines starting with '#' are skipped. Throws Error naming
// the file when it cannot be read; `row` may throw Error(path, message, line) itself.
void for_each_tsv_row(const std::string& path,
                      const std::function<void(const std::vector<std::string>& columns, long line)>& row);

// Writes a file atomically and durably: `write` fills a temporary file beside `path`
// (PATH.tmp.PID), which is fsync'ed, then replaces `path` by rename, and the folder is
// fsync'ed, so after a crash or power cut `path` holds the old bytes or the new, whole.
// If `write` throws, or writing fails, `path` is untouched and the temporary file is
// removed; the error propagates as Error. Temporary files of `path` left by processes
// that no longer run (killed mid-write) are removed first.
void write_file_atomic(const std::string& path, const std::function<void(std::ostream&)>& write);

// An exclusive advisory lock (flock) on the file `lock_path`, created when missing and
// left in place (removing it would race with the next locker), held while the object
// lives; the kernel drops it when the process dies, so a killed holder blocks no one.
// Waits for another holder up to `timeout_seconds` (< 0: for as long as it takes), then
// throws Error naming `lock_path`. Not for threads of one process (flock is per open
// file): one per process and file.
class FileLock {
 public:
  explicit FileLock(const std::string& lock_path, double timeout_seconds = -1);
  ~FileLock();
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace ng::core
