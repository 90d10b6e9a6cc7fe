#pragma once
// Where the tests find ../shared (the corpus, data sets and scorers that live beside the
// repository and are never committed). Tests that need it call shared_dir() and return
// early when it is empty: the reason is printed once per test, and the test passes
// without checking anything, as a skip.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/stat.h>

#ifndef NEWSGRAPH_SOURCE_DIR
#define NEWSGRAPH_SOURCE_DIR "."
#endif

namespace ng::test {

// $NEWSGRAPH_SHARED when set, else <source dir>/../shared; "" (after printing
// "SKIP <what>: ...") when that folder does not exist.
inline std::string shared_dir(const char* what) {
  const char* env = std::getenv("NEWSGRAPH_SHARED");
  std::string dir = (env && *env) ? env : std::string(NEWSGRAPH_SOURCE_DIR) + "/../shared";
  struct stat st {};
  if (::stat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return dir;
  std::printf("SKIP %s: %s not found (set NEWSGRAPH_SHARED or clone beside ../shared)\n", what, dir.c_str());
  return "";
}

}  // namespace ng::test
