// newsgraph annotate: every layer the pipeline adds to one article, for inspection.
#include <iostream>

#include "args.h"
#include "command.h"
#include "core/error.h"
#include "core/io.h"
#include "pipeline/pipeline.h"
#include "text/article.h"

namespace ng::tools {
namespace {

const char* kUsageText =
    "usage: newsgraph annotate [--date YYYY-MM-DD] [--ner-model FILE] [--layers LIST] FILE\n"
    "Prints the layers newsgraph finds in one article: sentences, deps, mentions, entities,\n"
    "timexes, events (LIST is comma-separated; default all but deps), one item per line\n"
    "with byte spans. deps prints each sentence's dependency tree, a token a line:\n"
    "position, token, UPOS, head position (0 = root), relation.\n";

int run(const std::vector<std::string>& argv) {
  Args args(argv, {"--date", "--ner-model", "--layers"}, {});
  if (args.help()) { std::cout << kUsageText; return kOk; }
  if (args.positional().size() != 1) throw UsageError("expected one FILE");
  pipeline::Options opt;
  opt.date = args.get("--date");
  opt.ner.model_path = args.get("--ner-model");
  std::string layers = "," + args.get("--layers", "sentences,mentions,entities,timexes,events") + ",";
  auto want = [&](const char* l) { return layers.find(std::string(",") + l + ",") != std::string::npos; };
  if (want("deps")) opt.parse = pipeline::Options::Parse::All;
  pipeline::Pipeline pipe(opt);
  std::string path = args.positional()[0];
  core::Document doc = path == "-" ? pipe.run("stdin", "<stdin>", std::string(std::istreambuf_iterator<char>(std::cin), {}))
                                   : pipe.run_file(path);
  auto span = [](core::Span s) { return "[" + std::to_string(s.begin) + "," + std::to_string(s.end) + ")"; };
  std::ostream& out = std::cout;
  out << "doc\t" << doc.id << "\tdct=" << doc.dct << "\tdateline_place=" << doc.dateline_place << "\n";
  for (const auto& w : doc.warnings) std::cerr << "warning: " << w << "\n";
  if (want("sentences"))
    for (size_t i = 0; i < doc.sentences.size(); ++i)
      out << "S" << i << "\tp" << doc.sentences[i].paragraph << "\t" << span(doc.sentences[i].span) << "\t"
          << doc.view(doc.sentences[i].span) << "\n";
  if (want("deps") && !doc.syntax.empty())
    // Each sentence's tree as CoNLL-U-like rows: position in the sentence (1-based),
    // token, UPOS, head position (0 = root), relation.
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
      const auto& s = doc.sentences[i];
      out << "# S" << i << "\t" << doc.view(s.span) << "\n";
      for (uint32_t t = s.first_token; t < s.last_token; ++t) {
        const auto& x = doc.syntax[t];
        out << "D\t" << t - s.first_token + 1 << "\t" << doc.view(doc.tokens[t].span) << "\t" << core::to_string(x.upos) << "\t"
            << (x.head < 0 ? 0 : x.head - int32_t(s.first_token) + 1) << "\t" << core::to_string(x.dep) << "\n";
      }
    }
  if (want("mentions"))
    for (const auto& m : doc.mentions)
      out << "M\t" << core::to_string(m.type) << "\t" << span(m.span) << "\t" << doc.view(m.span) << "\ttitle="
          << doc.view(m.title) << "\tentity=" << m.entity << "\n";
  if (want("entities"))
    for (size_t i = 0; i < doc.entities.size(); ++i) {
      const auto& e = doc.entities[i];
      out << "E" << i << "\t" << core::to_string(e.type) << "\t" << e.name << "\taliases=";
      for (size_t k = 0; k < e.aliases.size(); ++k) out << (k ? "|" : "") << e.aliases[k];
      out << "\tjob=" << e.job_title << "\tcountry=" << e.country << "\n";
    }
  if (want("timexes"))
    for (const auto& t : doc.timexes)
      out << "T\t" << core::to_string(t.type) << "\t" << t.value << "\t" << span(t.span) << "\t" << doc.view(t.span) << "\n";
  if (want("events"))
    for (const auto& e : doc.events) {
      out << "V\t" << core::to_string(e.kind) << "\t" << core::to_string(e.status) << "\t" << core::to_string(e.mode)
          << "\tdate=" << e.date << "\tplace=" << (e.place >= 0 ? doc.entities[e.place].name : "") << "\twho=";
      for (size_t k = 0; k < e.participants.size(); ++k)
        out << (k ? "|" : "") << (e.participants[k].entity >= 0 ? doc.entities[e.participants[k].entity].name : "?") << ":"
            << core::to_string(e.participants[k].role);
      out << "\tS" << e.sentence << "\t" << doc.view(e.evidence) << "\n";
    }
  return kOk;
}

Registration reg({"annotate", "print every layer found in one article (for inspection)",
                  [](const std::vector<std::string>& a) { return with_usage("annotate", kUsageText, a, run); }});

}  // namespace
}  // namespace ng::tools
