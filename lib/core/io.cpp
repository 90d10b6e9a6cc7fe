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
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path, std::string("cannot open: ") + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw Error(path, "read failed");
  return std::move(ss).str();
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
