#include "args.h"

#include <iostream>

#include "command.h"

namespace ng::tools {

Args::Args(const std::vector<std::string>& argv, std::set<std::string> valued, std::set<std::string> flags) {
  flags.insert("--help");
  flags.insert("-h");
  bool options_done = false;
  for (size_t i = 0; i < argv.size(); ++i) {
    const std::string& a = argv[i];
    if (options_done || a == "-" || a.size() < 2 || a[0] != '-') {
      positional_.push_back(a);
      continue;
    }
    if (a == "--") {
      options_done = true;
      continue;
    }
    std::string name = a, value;
    bool inline_value = false;
    if (size_t eq = a.find('='); eq != std::string::npos && a.rfind("--", 0) == 0) {
      name = a.substr(0, eq);
      value = a.substr(eq + 1);
      inline_value = true;
    }
    if (flags.count(name)) {
      if (inline_value) throw UsageError("option " + name + " takes no value");
      values_.emplace(name == "-h" ? "--help" : name, "");
    } else if (valued.count(name)) {
      if (!inline_value) {
        if (i + 1 >= argv.size()) throw UsageError("option " + name + " needs a value");
        value = argv[++i];
      }
      values_.emplace(name, value);
    } else {
      throw UsageError("unknown option '" + name + "'");
    }
  }
}

std::string Args::get(const std::string& name, const std::string& fallback) const {
  auto range = values_.equal_range(name);
  if (range.first == range.second) return fallback;
  return std::prev(range.second)->second;  // the last one given wins
}

std::vector<std::string> Args::all(const std::string& name) const {
  std::vector<std::string> out;
  auto range = values_.equal_range(name);
  for (auto it = range.first; it != range.second; ++it) out.push_back(it->second);
  return out;
}

std::vector<uint32_t> number_list(const Args& args, const std::string& name) {
  std::vector<uint32_t> out;
  std::string list = args.get(name);
  for (size_t i = 0; i < list.size();) {
    size_t j = list.find(',', i);
    if (j == std::string::npos) j = list.size();
    std::string item = list.substr(i, j - i);
    if (item.empty() || item.size() > 9 || item.find_first_not_of("0123456789") != std::string::npos)
      throw UsageError(name + " takes comma-separated numbers");
    out.push_back(static_cast<uint32_t>(std::stoul(item)));
    i = j + 1;
  }
  return out;
}

int with_usage(const char* command, const char* usage_text, const std::vector<std::string>& argv,
               int (*body)(const std::vector<std::string>&)) {
  try {
    return body(argv);
  } catch (const UsageError& e) {
    std::cerr << "newsgraph " << command << ": " << e.what() << "\n" << usage_text;
    return kUsage;
  }
}

}  // namespace ng::tools
