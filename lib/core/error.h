#pragma once
// The one error type of newsgraph: what a caller cannot go on from (I/O, malformed
// input, a bad model file). Its message names the file and, where known, the line.
// Linguistic doubt is never an Error: it is data (an empty optional, a note).
#include <stdexcept>
#include <string>

namespace ng::core {

class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message) : std::runtime_error(message) {}
  // "FILE: message" or "FILE:LINE: message" (line > 0).
  Error(const std::string& file, const std::string& message, long line = 0)
      : std::runtime_error(file + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " + message) {}
};

}  // namespace ng::core
