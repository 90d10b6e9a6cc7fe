#pragma once
// File I/O shared by every stage and tool.
#include <functional>
#include <iosfwd>
#include <string>

namespace ng::core {

// Reads a whole file. Throws Error naming the file when it cannot be read.
std::string read_file(const std::string& path);

// Writes a file atomically: `write` fills a temporary file beside `path`, which then
// replaces `path` by rename. If `write` throws, or writing fails, `path` is untouched
// and the temporary file is removed; the error propagates as Error.
void write_file_atomic(const std::string& path, const std::function<void(std::ostream&)>& write);

}  // namespace ng::core
