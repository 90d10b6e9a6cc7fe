// newsgraph ner: tags CoNLL-format input with the entity tagger or the whole recognizer,
// or scores tagged output.
#include <algorithm>
#include <iostream>

#include "args.h"
#include "command.h"
#include "coref/resolver.h"
#include "core/error.h"
#include "core/resources.h"
#include "ner/conll.h"
#include "ner/model.h"
#include "ner/recognizer.h"

namespace ng::tools {
namespace {

const char* kUsageText =
    "usage: newsgraph ner (--conll FILE | --gmb FILE | --uner FILE) [--rules [--coref] [--skip-passes LIST]]\n"
    "                     [--types LIST] [--ner-model MODEL] [--eval]\n"
    "       newsgraph ner --score FILE\n"
    "--conll: CoNLL-2003 columns, the token first and the gold tag (if any) last; -DOCSTART-\n"
    "separates documents, blank lines sentences. Prints every input line with the predicted\n"
    "tag (IOB2: B-/I- PER, ORG, LOC, MISC; O) appended as the last column; -DOCSTART- lines\n"
    "get O, blank lines stay blank.\n"
    "--gmb: the GMB CSV extract (geo/gpe LOC, per PER, org ORG, art/eve/nat MISC; titles\n"
    "left out of people, a person chunk of title words alone dropped, one-word demonyms\n"
    "MISC; 20 sentences a document). --uner:\n"
    "Universal NER IOB2 TSV (PER, ORG, LOC; '# newdoc' starts a document). Both print\n"
    "'token gold predicted' lines, which --score reads.\n"
    "--rules: runs the whole entity recognizer (tagger and rules) on each document, its\n"
    "sentences one line each and its tokens joined by spaces, instead of the tagger alone;\n"
    "--coref: also the entity resolver, each mention taking its entity's type.\n"
    "--skip-passes: rule passes of the recognizer not to run, e.g. chunk_edges,geographic_features\n"
    "(to measure what each rule brings); the names are the recognizer's rule_pass_names().\n"
    "--types: the types kept, e.g. PER,ORG,LOC (others become O in gold and prediction);\n"
    "default all four, PER,ORG,LOC for --uner and --gmb (GMB has no MISC class: its\n"
    "art/eve/nat are a few hundred names, while CoNLL's MISC, which the tagger learnt, also\n"
    "covers the religions, adjectives and events GMB leaves untagged).\n"
    "--eval: instead of the lines, prints conlleval-style P/R/F1 per type against the\n"
    "gold tags. --score: scores a file whose last two columns are gold and predicted tags\n"
    "(as conlleval does).\n";

unsigned parse_types(const std::string& list) {
  unsigned mask = 0;
  size_t i = 0;
  while (i <= list.size()) {
    size_t j = list.find(',', i);
    if (j == std::string::npos) j = list.size();
    int t = ner::type_from_name(std::string_view(list).substr(i, j - i));
    if (t < 0) throw UsageError("--types takes PER, ORG, LOC, MISC separated by commas");
    mask |= 1u << t;
    i = j + 1;
  }
  return mask;
}

int run(const std::vector<std::string>& argv) {
  Args args(argv, {"--conll", "--gmb", "--uner", "--ner-model", "--score", "--types", "--skip-passes"}, {"--eval", "--rules", "--coref"});
  if (args.help()) { std::cout << kUsageText; return kOk; }
  if (args.has("--score")) {
    std::cout << ner::score_conll_file(args.get("--score")).table();
    return kOk;
  }
  int inputs = args.has("--conll") + args.has("--gmb") + args.has("--uner");
  if (inputs != 1) throw UsageError("expected one of --conll FILE, --gmb FILE, --uner FILE, or --score FILE");
  if (args.has("--coref") && !args.has("--rules")) throw UsageError("--coref needs --rules");
  if (args.has("--skip-passes") && !args.has("--rules")) throw UsageError("--skip-passes needs --rules");
  std::string model_path = args.get("--ner-model", core::resource_path("models/ner.model"));
  ner::TaggerModel model = ner::TaggerModel::load(model_path);
  bool eval = args.has("--eval");
  bool conll = args.has("--conll");
  unsigned mask = parse_types(args.get("--types", args.has("--uner") || args.has("--gmb") ? "PER,ORG,LOC" : "PER,ORG,LOC,MISC"));
  std::unique_ptr<ner::ConllFile> owned;
  if (conll) {
    owned = ner::read_conll(args.get("--conll"), eval);
  } else if (args.has("--uner")) {
    owned = ner::read_uner(args.get("--uner"));
  } else {
    auto titles = ner::TitleLexicon::from_tsv(core::resource_path("data/titles.tsv"));
    owned = ner::read_gmb_csv(args.get("--gmb"), 20, &titles, &model.gazetteer());
  }
  const ner::ConllFile& file = *owned;
  std::unique_ptr<ner::EntityRecognizer> recognizer;
  std::unique_ptr<coref::EntityResolver> resolver;
  if (args.has("--rules")) {
    ner::Options options;
    options.model_path = model_path;
    const std::vector<std::string> passes = ner::EntityRecognizer::rule_pass_names();
    for (std::string list = args.get("--skip-passes"); !list.empty();) {
      size_t comma = list.find(',');
      std::string name = list.substr(0, comma);
      if (std::find(passes.begin(), passes.end(), name) == passes.end())
        throw UsageError("--skip-passes: no rule pass named '" + name + "'");
      options.skip_passes.push_back(name);
      list = comma == std::string::npos ? "" : list.substr(comma + 1);
    }
    recognizer = std::make_unique<ner::EntityRecognizer>(options);
    if (args.has("--coref")) resolver = std::make_unique<coref::EntityResolver>();
  }
  std::vector<std::string> predicted(conll ? file.lines.size() : 0);
  std::string out;
  std::vector<ner::Tag> tags, gold;
  ner::ChunkScore score;
  for (const auto& d : file.docs) {
    if (recognizer) {
      core::Document doc = ner::conll_document(d.doc);
      recognizer->annotate(doc);
      if (resolver) {
        resolver->annotate(doc);
        for (auto& m : doc.mentions)
          if (m.entity >= 0) m.type = doc.entities[m.entity].type;
      }
      ner::mention_tags(doc, tags);
    } else {
      model.tag(d.doc, tags);
    }
    ner::keep_types(tags, mask);
    gold = d.gold;
    ner::keep_types(gold, mask);
    if (eval) {
      score_bilou(gold, tags, score);
    } else if (conll) {
      for (size_t i = 0; i < tags.size(); ++i) predicted[d.word_line[i]] = ner::iob2(tags[i]);
    } else {
      out += "-DOCSTART- O O\n";
      for (size_t s = 0; s < d.doc.sentence_starts.size(); ++s) {
        size_t b = d.doc.sentence_starts[s];
        size_t e = s + 1 < d.doc.sentence_starts.size() ? d.doc.sentence_starts[s + 1] : d.doc.words.size();
        out += '\n';
        for (size_t i = b; i < e; ++i) {
          out.append(d.doc.words[i].data(), d.doc.words[i].size());
          out += ' ' + ner::iob2(gold[i]) + ' ' + ner::iob2(tags[i]) + '\n';
        }
      }
      out += '\n';
    }
  }
  if (eval) {
    std::cout << score.table();
    return kOk;
  }
  if (!conll) {
    std::cout << out;
    return kOk;
  }
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
