#pragma once
#include <string>

namespace ng::core {

// Absolute path of a committed resource such as "data/gazetteer.tsv" or
// "models/ner.model". Looks in $NEWSGRAPH_HOME when set, else in the source tree the
// binary was built from. Does not check that the file exists.
std::string resource_path(const std::string& relative);

}  // namespace ng::core
