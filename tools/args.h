#pragma once
// A small argument parser shared by the subcommands: "--name value", "--name=value",
// boolean flags, positionals, "-" as a positional (stdin), "--" ends options.
// Unknown options and missing values throw UsageError.
#include <cstdint>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace ng::tools {

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Args {
 public:
  // `valued`: options that take a value; `flags`: options that do not. Names include
  // the leading dashes ("--date", "-o"). "--help"/"-h" is always accepted as a flag.
  Args(const std::vector<std::string>& argv, std::set<std::string> valued, std::set<std::string> flags);

  bool has(const std::string& name) const { return values_.count(name) > 0; }
  std::string get(const std::string& name, const std::string& fallback = "") const;
  // Every value given for a repeatable option, in order.
  std::vector<std::string> all(const std::string& name) const;
  const std::vector<std::string>& positional() const { return positional_; }
  bool help() const { return has("--help"); }

 private:
  std::multimap<std::string, std::string> values_;
  std::vector<std::string> positional_;
};

// The comma-separated numbers of option `name` ("64,256"); throws UsageError naming the
// option when one is not a number.
std::vector<uint32_t> number_list(const Args& args, const std::string& name);

// Runs `body`; maps UsageError to a message naming the command and its usage line,
// and exit code 2. Every other exception propagates to main.
int with_usage(const char* command, const char* usage_text, const std::vector<std::string>& argv,
               int (*body)(const std::vector<std::string>&));

}  // namespace ng::tools
