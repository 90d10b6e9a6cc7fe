#include "core/io.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string_view>
#include <unistd.h>

#include "core/error.h"

namespace ng::core {

std::string read_file(const std::string& path) {
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

void write_file_atomic(const std::string& path, const std::function<void(std::ostream&)>& write) {
  std::string tmp = path + ".tmp." + std::to_string(::getpid());
  try {
    {
      std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
      if (!out) throw Error(path, std::string("cannot write: ") + std::strerror(errno));
      write(out);
      out.flush();
      if (!out) throw Error(path, "write failed");
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0)
      throw Error(path, std::string("cannot replace: ") + std::strerror(errno));
  } catch (...) {
    std::remove(tmp.c_str());
    throw;
  }
}

}  // namespace ng::core
