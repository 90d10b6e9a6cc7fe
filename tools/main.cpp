// newsgraph: a knowledge-graph builder for news. Dispatches to subcommands.
#include <algorithm>
#include <cstring>
#include <exception>
#include <iostream>

#include "command.h"
#include "core/error.h"

namespace ng::tools {

std::vector<Command>& registry() {
  static std::vector<Command> commands;
  return commands;
}

}  // namespace ng::tools

namespace {

void usage(std::ostream& out) {
  auto commands = ng::tools::registry();
  std::sort(commands.begin(), commands.end(), [](const auto& a, const auto& b) { return std::strcmp(a.name, b.name) < 0; });
  out << "usage: newsgraph COMMAND [ARGS...]\n\n"
         "Builds a knowledge graph of people, organisations, places, meetings and\n"
         "statements from news articles.\n\ncommands:\n";
  for (const auto& c : commands) out << "  " << c.name << std::string(12 - std::min<size_t>(11, std::strlen(c.name)), ' ') << c.summary << "\n";
  out << "\n'newsgraph COMMAND --help' describes one command.\n";
}

}  // namespace

int main(int argc, char** argv) {
  using namespace ng::tools;
  std::ios::sync_with_stdio(false);
  if (argc < 2) {
    usage(std::cerr);
    return kUsage;
  }
  std::string name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    usage(std::cout);
    return kOk;
  }
  if (name == "--version") {
    std::cout << "newsgraph 0.1.0\n";
    return kOk;
  }
  for (const auto& c : registry()) {
    if (name != c.name) continue;
    try {
      return c.run(std::vector<std::string>(argv + 2, argv + argc));
    } catch (const ng::core::Error& e) {
      std::cerr << "newsgraph " << name << ": " << e.what() << "\n";
      return kError;
    } catch (const std::bad_alloc&) {
      std::cerr << "newsgraph " << name << ": out of memory\n";
      return kError;
    } catch (const std::exception& e) {
      std::cerr << "newsgraph " << name << ": " << e.what() << "\n";
      return kError;
    }
  }
  std::cerr << "newsgraph: unknown command '" << name << "' (see 'newsgraph --help')\n";
  return kUsage;
}
