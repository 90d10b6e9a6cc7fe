// newsgraph timex: time expressions of an article, TimeML in and out (TempEval-3),
// and a TempEval-3 scorer.
#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>

#include "args.h"
#include "command.h"
#include "core/error.h"
#include "core/io.h"
#include "pipeline/pipeline.h"
#include "temporal/tagger.h"
#include "temporal/timeml.h"
#include "text/article.h"
#include "tokenize/tokenizer.h"

namespace ng::tools {
namespace {
namespace fs = std::filesystem;

const char* kUsageText =
    "usage: newsgraph timex [--date YYYY-MM-DD] FILE\n"
    "       newsgraph timex --timeml IN [-o OUT]\n"
    "       newsgraph timex --score GOLD_DIR PRED_DIR [--errors]\n"
    "       newsgraph timex --eval GOLD_DIR [--eval GOLD_DIR...] [--errors] [--top N]\n"
    "FILE: prints the article's time expressions, one per line:\n"
    "  type, value, mod, end value, [begin,end) byte span, text.\n"
    "--timeml: IN is a TempEval-3 TimeML document (<DCT>, <TEXT>) or a directory of them\n"
    "  (*.tml, *.TE3input); writes the same document with <TIMEX3 tid type value> elements\n"
    "  in <TEXT>, the text unchanged, to OUT (a file, or a directory when IN is one;\n"
    "  default stdout for one file). Inline tags already in <TEXT> are not kept.\n"
    "--score: TempEval-3 measures (strict and relaxed span F1, type F1, value F1) of the\n"
    "  TIMEX3 in PRED_DIR/<name>* against GOLD_DIR/<name>.tml.\n"
    "--eval: tags the text of every GOLD_DIR/*.tml itself and scores it; --errors lists\n"
    "  every error on stderr and the N (default 10) most frequent value errors.\n";

temporal::TimemlDoc tag_timeml(const temporal::TimeTagger& tagger, const temporal::TimemlDoc& in, const std::string& path,
                               std::vector<core::Timex>& out) {
  core::Document doc = temporal::to_document(in, path);
  tokenize::tokenize(doc);
  tagger.annotate(doc);
  out = doc.timexes;
  return in;
}

std::vector<fs::path> tml_files(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    std::string name = e.path().filename().string();
    if (!e.is_regular_file()) continue;
    if (name.size() > 4 && (name.substr(name.size() - 4) == ".tml" || name.find(".TE3input") != std::string::npos))
      files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

int run_timeml(const Args& args) {
  temporal::TimeTagger tagger;
  fs::path in = args.get("--timeml");
  std::string out = args.get("-o");
  auto convert = [&](const fs::path& src) {
    temporal::TimemlDoc t = temporal::read_timeml(core::read_file(src.string()), src.string());
    std::vector<core::Timex> timexes;
    tag_timeml(tagger, t, src.string(), timexes);
    return temporal::write_timeml(t, timexes);
  };
  if (fs::is_directory(in)) {
    if (out.empty()) throw UsageError("--timeml DIR needs -o OUT_DIR");
    fs::create_directories(out);
    for (const auto& f : tml_files(in)) {
      std::string result = convert(f);
      core::write_file_atomic((fs::path(out) / f.filename()).string(), [&](std::ostream& os) { os << result; });
    }
    return kOk;
  }
  std::string result = convert(in);
  if (out.empty() || out == "-") std::cout << result;
  else core::write_file_atomic(out, [&](std::ostream& os) { os << result; });
  return kOk;
}

void report(const temporal::TimexScore& s, std::vector<std::string>& errors, bool show_errors, int top) {
  std::cout << std::fixed << std::setprecision(2) << "gold: " << s.gold << "\npred: " << s.pred << "\nstrict_F1: " << s.strict_f1()
            << "\nrelaxed_F1: " << s.relaxed_f1() << "\ntype_F1: " << s.type_f1() << "\nvalue_F1: " << s.value_f1() << "\n";
  if (!show_errors) return;
  std::map<std::string, int> freq;
  for (const auto& e : errors) {
    if (e.rfind("VALUE\t", 0) == 0) {
      // "VALUE\t'text'\tgold G\tpred P\t'predtext'": count by text, gold and prediction
      std::string key = e.substr(0, e.rfind('\t'));
      std::string lower;
      for (char c : key) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      ++freq[lower.substr(6)];
    }
  }
  std::vector<std::pair<int, std::string>> v;
  for (const auto& [k, n] : freq) v.emplace_back(-n, k);
  std::sort(v.begin(), v.end());
  std::cout << "most frequent value errors:\n";
  for (int i = 0; i < top && i < static_cast<int>(v.size()); ++i) std::cout << "  " << -v[i].first << "\t" << v[i].second << "\n";
}

int run_score(const Args& args, bool self) {
  const auto& pos = args.positional();
  std::vector<std::string> gold_dirs = self ? args.all("--eval") : args.all("--score");
  if (!self && pos.size() != 1) throw UsageError("--score GOLD_DIR needs PRED_DIR");
  temporal::TimeTagger tagger;
  temporal::TimexScore score;
  std::vector<std::string> errors;
  bool show = args.has("--errors");
  int top = std::stoi(args.get("--top", "10"));
  std::vector<fs::path> preds;
  if (!self)
    for (const auto& e : fs::directory_iterator(pos[0])) preds.push_back(e.path());
  std::vector<fs::path> gold_files;
  for (const auto& d : gold_dirs)
    for (const auto& f : tml_files(d)) gold_files.push_back(f);
  for (const auto& f : gold_files) {
    if (f.extension() != ".tml") continue;
    temporal::TimemlDoc g = temporal::read_timeml(core::read_file(f.string()), f.string());
    std::vector<temporal::TimemlTimex> pred;
    if (self) {
      std::vector<core::Timex> timexes;
      tag_timeml(tagger, g, f.string(), timexes);
      for (const auto& x : timexes) pred.push_back({x.span.begin, x.span.end, core::to_string(x.type), x.value});
    } else {
      std::string stem = f.stem().string();
      fs::path match;
      for (const auto& p : preds)
        if (p.filename().string().rfind(stem, 0) == 0 && (match.empty() || p < match)) match = p;
      if (match.empty()) throw core::Error(f.string(), "no prediction file in " + pos[0]);
      temporal::TimemlDoc p = temporal::read_timeml(core::read_file(match.string()), match.string());
      if (p.text != g.text) throw core::Error(match.string(), "the TEXT differs from the gold document's");
      pred = p.timexes;
    }
    size_t before = errors.size();
    temporal::score_timexes(g.text, g.timexes, pred, score, show ? &errors : nullptr);
    for (size_t k = before; k < errors.size(); ++k) errors[k] = f.stem().string() + "\t" + errors[k];
  }
  // The error lines carry the document first; strip it for the frequency table.
  std::vector<std::string> bare;
  for (const auto& e : errors) bare.push_back(e.substr(e.find('\t') + 1));
  if (show)
    for (const auto& e : errors) std::cerr << e << "\n";
  std::vector<std::string> none;
  report(score, show ? bare : none, show, top);
  return kOk;
}

int run(const std::vector<std::string>& argv) {
  Args args(argv, {"--date", "--timeml", "-o", "--score", "--eval", "--top"}, {"--errors"});
  if (args.help()) { std::cout << kUsageText; return kOk; }
  if (args.has("--timeml")) return run_timeml(args);
  if (args.has("--score")) return run_score(args, false);
  if (args.has("--eval")) return run_score(args, true);
  if (args.positional().size() != 1) throw UsageError("expected one FILE");
  std::string date = args.get("--date");
  if (!date.empty() && !pipeline::valid_iso_date(date)) throw UsageError("invalid --date '" + date + "': expected YYYY-MM-DD");
  std::string path = args.positional()[0];
  core::Document doc = path == "-" ? text::read_article("stdin", "<stdin>", std::string(std::istreambuf_iterator<char>(std::cin), {}))
                                   : text::load_article(path);
  if (!date.empty()) doc.dct = date;
  tokenize::tokenize(doc);
  temporal::TimeTagger().annotate(doc);
  std::cout << "dct\t" << doc.dct << "\n";
  for (const auto& w : doc.warnings) std::cerr << "warning: " << w << "\n";
  for (const auto& t : doc.timexes)
    std::cout << core::to_string(t.type) << "\t" << t.value << "\t" << t.mod << "\t" << t.end_value << "\t[" << t.span.begin << ","
              << t.span.end << ")\t" << doc.view(t.span) << "\n";
  return kOk;
}

Registration reg({"timex", "time expressions: tag an article or TimeML (TempEval-3), score",
                  [](const std::vector<std::string>& a) { return with_usage("timex", kUsageText, a, run); }});

}  // namespace
}  // namespace ng::tools
