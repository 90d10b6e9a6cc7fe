#pragma once
// File I/O shared by every stage and tool.
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace ng::core {

// Reads a whole file. Throws Error naming the file when it cannot be read.
std::string read_file(const std::string& path);

// Calls `row(columns, line_number)` for each line of a tab-separated file, the columns
// split on tabs; empty lines and lines starting with '#' are skipped. Throws Error naming
// the file when it cannot be read; `row` may throw Error(path, message, line) itself.
void for_each_tsv_row(const std::string& path,
                      const std::function<void(const std::vector<std::string>& columns, long line)>& row);

// Writes a file atomically: `write` fills a temporary file beside `path`, which then
// replaces `path` by rename. If `write` throws, or writing fails, `path` is untouched
// and the temporary file is removed; the error propagates as Error.
void write_file_atomic(const std::string& path, const std::function<void(std::ostream&)>& write);

}  // namespace ng::core
