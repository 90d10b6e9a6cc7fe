#include "core/resources.h"

#include <cstdlib>

#ifndef NEWSGRAPH_SOURCE_DIR
#define NEWSGRAPH_SOURCE_DIR "."
#endif

namespace ng::core {

std::string resource_path(const std::string& relative) {
  const char* home = std::getenv("NEWSGRAPH_HOME");
  std::string root = (home && *home) ? home : NEWSGRAPH_SOURCE_DIR;
  if (!root.empty() && root.back() != '/') root += '/';
  return root + relative;
}

}  // namespace ng::core
