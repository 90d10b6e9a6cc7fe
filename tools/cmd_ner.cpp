// newsgraph ner: tags CoNLL-format input with the entity tagger, or scores tagged output.
#include <iostream>

#include "args.h"
#include "command.h"
#include "core/error.h"
#include "core/resources.h"
#include "ner/conll.h"
#include "ner/model.h"

namespace ng::tools {
namespace {

const char* kUsageText =
    "usage: newsgraph ner --conll FILE [--ner-model MODEL] [--eval]\n"
    "       newsgraph ner --score FILE\n"
    "--conll: prints every input line with the predicted tag (IOB2: B-/I- PER, ORG, LOC,\n"
    "MISC; O) appended as the last column; -DOCSTART- lines get O, blank lines stay blank.\n"
    "The token is the first column; -DOCSTART- separates documents, blank lines sentences.\n"
    "--eval: instead of the lines, prints conlleval-style P/R/F1 per type against the\n"
    "input's last column. --score: scores a file whose last two columns are gold and\n"
    "predicted tags (as conlleval does).\n";

int run(const std::vector<std::string>& argv) {
  Args args(argv, {"--conll", "--ner-model", "--score"}, {"--eval"});
  if (args.help()) { std::cout << kUsageText; return kOk; }
  if (args.has("--score")) {
    std::cout << ner::score_conll_file(args.get("--score")).table();
    return kOk;
  }
  if (!args.has("--conll")) throw UsageError("expected --conll FILE or --score FILE");
  std::string model_path = args.get("--ner-model", core::resource_path("models/ner.model"));
  ner::TaggerModel model = ner::TaggerModel::load(model_path);
  bool eval = args.has("--eval");
  auto owned = ner::read_conll(args.get("--conll"), eval);
  const ner::ConllFile& file = *owned;
  std::vector<std::string> predicted(file.lines.size());
  std::vector<ner::Tag> tags;
  ner::ChunkScore score;
  for (const auto& d : file.docs) {
    model.tag(d.doc, tags);
    if (eval) score_bilou(d.gold, tags, score);
    for (size_t i = 0; i < tags.size(); ++i) predicted[d.word_line[i]] = ner::iob2(tags[i]);
  }
  if (eval) {
    std::cout << score.table();
    return kOk;
  }
  std::string out;
  out.reserve(file.text.size() + file.lines.size() * 6);
  for (size_t i = 0; i < file.lines.size(); ++i) {
    if (i + 1 == file.lines.size() && file.lines[i].empty()) break;  // the final newline
    std::string_view l = file.lines[i];
    out.append(l.data(), l.size());
    bool blank = l.find_first_not_of(" \t") == std::string_view::npos;
    if (!blank) {
      out += ' ';
      out += predicted[i].empty() ? "O" : predicted[i];
    }
    out += '\n';
  }
  std::cout << out;
  return kOk;
}

Registration reg({"ner", "tag CoNLL-format tokens with entity types (or score tagged output)",
                  [](const std::vector<std::string>& a) { return with_usage("ner", kUsageText, a, run); }});

}  // namespace
}  // namespace ng::tools
