#pragma once
// Subcommands register themselves: each tools/cmd_*.cpp defines one Command and a
// static Registration, so main.cpp never changes when a subcommand is added.
#include <string>
#include <vector>

namespace ng::tools {

struct Command {
  const char* name;
  const char* summary;                       // one line for `newsgraph --help`
  int (*run)(const std::vector<std::string>& args);  // args after the subcommand name
};

// Exit codes: 0 ok, 1 error (bad input, I/O), 2 usage.
inline constexpr int kOk = 0, kError = 1, kUsage = 2;

std::vector<Command>& registry();

struct Registration {
  explicit Registration(Command c) { registry().push_back(c); }
};

}  // namespace ng::tools
