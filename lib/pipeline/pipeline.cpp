#include "pipeline/pipeline.h"

#include <cstdlib>

#include "core/error.h"
#include "core/io.h"
#include "text/article.h"
#include "tokenize/tokenizer.h"

namespace ng::pipeline {

bool valid_iso_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  int y = std::atoi(s.substr(0, 4).c_str()), m = std::atoi(s.substr(5, 2).c_str()), d = std::atoi(s.substr(8, 2).c_str());
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= days[m - 1] + (m == 2 && leap ? 1 : 0);
}

Pipeline::Pipeline(const Options& options)
    : options_(options),
      ner_(options.ner),
      coref_(options.coref),
      temporal_(options.temporal),
      events_(options.events) {
  if (!options_.date.empty() && !valid_iso_date(options_.date))
    throw core::Error("invalid --date '" + options_.date + "': expected YYYY-MM-DD");
}

core::Document Pipeline::run(std::string id, std::string path, std::string bytes) const {
  core::Document doc = text::read_article(std::move(id), std::move(path), std::move(bytes));
  if (!options_.date.empty()) doc.dct = options_.date;
  if (doc.dct.empty())
    doc.warnings.push_back(doc.path + ": no document date (no --date, Published header or dateline); relative dates stay unresolved");
  tokenize::tokenize(doc);
  ner_.annotate(doc);
  coref_.annotate(doc);
  temporal_.annotate(doc);
  events_.annotate(doc);
  return doc;
}

core::Document Pipeline::run_file(const std::string& path) const {
  return run(text::article_id(path), path, core::read_file(path));
}

}  // namespace ng::pipeline
