// newsgraph eval: runs the pipeline on each article alone and scores it against the
// gold annotation beside it, with the matching rules of shared/corpus/GUIDELINES.md.
#include <array>
#include <map>
#include <cstdio>
#include <iostream>

#include "args.h"
#include "command.h"
#include "core/error.h"
#include "eval/rams.h"
#include "eval/re3d.h"
#include "eval/score.h"
#include "pipeline/pipeline.h"
#include "text/article.h"

namespace ng::tools {
namespace {

// x (a ratio) as a percentage with one decimal, rounded as Python's round() is.
std::string fmt1(double x) {
  char b[32];
  std::snprintf(b, sizeof b, "%.1f", 100 * x);
  return b;
}

const char* kUsageText =
    "usage: newsgraph eval --gold DIR [--errors] [--json] [--ner-model FILE] INPUT...\n"
    "       newsgraph eval --rams FILE.jsonlines\n"
    "       newsgraph eval --re3d DIR [--date YYYY-MM-DD]\n"
    "Runs the pipeline on each INPUT article alone and scores it against\n"
    "DIR/<stem>.gold.json: entity F1, meeting pair F1 without and with dates,\n"
    "statement F1 by speaker and by (speaker, date), and trip (who, to) F1. Prints a\n"
    "per-article table (F1, then matched/total for gold and for predictions) and the\n"
    "totals. --errors adds every miss and spurious item; --json prints only the totals\n"
    "as graph_score.py --json does.\n"
    "--rams scores the meeting pairs on the RAMS examples whose event type holds\n"
    "'.meet': recall of the annotated participant pairs (any meeting in the window),\n"
    "precision of the pairs of meetings stated in the trigger's sentence.\n"
    "--re3d scores the meeting pairs on the re3d documents under DIR (its subfolders'\n"
    "documents.json and relations.json) against their CommWith relations, per source\n"
    "and in total: CommWith pairs a meeting pair stands for, and meeting pairs a\n"
    "CommWith supports. CommWith also covers communication that is no meeting and is\n"
    "not exhaustive, so both are bounds. --date sets the document date (re3d has none).\n";

int run_rams(pipeline::Pipeline& pipe, const std::string& path) {
  eval::RamsCounts total;
  for (const auto& ex : eval::read_rams(path, ".meet")) {
    core::Document doc = pipe.run(ex.id, path, ex.text);
    total.add(eval::score_rams(ex, doc));
  }
  auto pct = [](size_t a, size_t b) { return b ? fmt1(double(a) / b) : std::string("0"); };
  std::cout << "rams meet examples\t" << total.examples << "\n"
            << "participant pairs found (recall)\t" << total.found_gold_pairs << "/" << total.gold_pairs << "\t"
            << pct(total.found_gold_pairs, total.gold_pairs) << "\n"
            << "meeting pairs right (precision)\t" << total.right_pred_pairs << "/" << total.pred_pairs << "\t"
            << pct(total.right_pred_pairs, total.pred_pairs) << "\n";
  return kOk;
}

int run_re3d(pipeline::Pipeline& pipe, const std::string& dir) {
  std::map<std::string, eval::Re3dCounts> by_source;
  eval::Re3dCounts total;
  for (const auto& d : eval::read_re3d(dir)) {
    core::Document doc = pipe.run(d.id, dir, d.text);
    eval::Re3dCounts c = eval::score_re3d(d, doc);
    by_source[d.source].add(c);
    total.add(c);
  }
  auto pct = [](size_t a, size_t b) { return b ? fmt1(double(a) / b) : std::string("-"); };
  auto row = [&](const std::string& name, const eval::Re3dCounts& c) {
    std::cout << name << "\t" << c.documents << "\t" << c.found_gold_pairs << "/" << c.gold_pairs << "\t"
              << pct(c.found_gold_pairs, c.gold_pairs) << "\t" << c.supported_pred_pairs << "/" << c.pred_pairs << "\t"
              << pct(c.supported_pred_pairs, c.pred_pairs) << "\n";
  };
  std::cout << "source\tdocuments\tCommWith found\t%\tmeeting pairs supported\t%\n";
  for (const auto& [name, c] : by_source) row(name, c);
  row("total", total);
  return kOk;
}

std::string cell(const eval::Counts& c) {
  char b[64];
  if (c.gold == 0 && c.pred == 0) return "-";
  std::snprintf(b, sizeof b, "%s %zu/%zu %zu/%zu", fmt1(c.f1()).c_str(), c.matched_gold, c.gold, c.matched_pred, c.pred);
  return b;
}

std::string pad(std::string s, size_t w) {
  if (s.size() < w) s.append(w - s.size(), ' ');
  return s;
}

int run(const std::vector<std::string>& argv) {
  Args args(argv, {"--gold", "--ner-model", "--date", "--rams", "--re3d"}, {"--errors", "--json"});
  if (args.help()) { std::cout << kUsageText; return kOk; }
  if (args.has("--re3d")) {
    pipeline::Options opt;
    opt.ner.model_path = args.get("--ner-model");
    opt.date = args.get("--date");
    pipeline::Pipeline pipe(opt);
    return run_re3d(pipe, args.get("--re3d"));
  }
  if (args.has("--rams")) {
    pipeline::Options opt;
    opt.ner.model_path = args.get("--ner-model");
    pipeline::Pipeline pipe(opt);
    return run_rams(pipe, args.get("--rams"));
  }
  if (!args.has("--gold")) throw UsageError("--gold DIR is required");
  if (args.positional().empty()) throw UsageError("expected at least one INPUT article");
  pipeline::Options opt;
  opt.ner.model_path = args.get("--ner-model");
  opt.date = args.get("--date");
  pipeline::Pipeline pipe(opt);
  const std::string dir = args.get("--gold");
  const bool json = args.has("--json"), errors = args.has("--errors");

  std::array<eval::Counts, eval::kMetricCount> total{};
  std::vector<std::string> error_lines;
  const size_t w = 24, cw = 20;
  if (!json) {
    std::cout << pad("article", w);
    for (int m = 0; m < eval::kMetricCount; ++m) std::cout << pad(eval::metric_name(eval::Metric(m)), cw);
    std::cout << "\n";
  }
  for (const auto& path : args.positional()) {
    std::string id = text::article_id(path);
    eval::Gold gold = eval::read_gold(dir + "/" + id + ".gold.json");
    core::Document doc = pipe.run_file(path);
    eval::ArticleScore s = eval::score(gold, eval::predicted_from(doc));
    if (!json) std::cout << pad(id, w);
    for (int m = 0; m < eval::kMetricCount; ++m) {
      total[m].add(s.counts[m]);
      if (!json) std::cout << pad(cell(s.counts[m]), cw);
    }
    if (!json) std::cout << "\n";
    for (const auto& e : s.errors) error_lines.push_back(id + "\t" + e);
  }
  if (json) {
    std::cout << "{\"docs\": " << args.positional().size() << ", \"unloadable\": 0";
    for (int m = 0; m < eval::kMetricCount; ++m) {
      const auto& c = total[m];
      // graph_score.py prints an integer 0 where a ratio has no denominator.
      std::cout << ", \"" << eval::metric_name(eval::Metric(m)) << "\": {\"P\": " << (c.pred ? fmt1(c.precision()) : "0")
                << ", \"R\": " << (c.gold ? fmt1(c.recall()) : "0") << ", \"F1\": " << (c.precision() + c.recall() > 0 ? fmt1(c.f1()) : "0") << ", \"gold\": " << c.gold << ", \"pred\": " << c.pred << "}";
    }
    std::cout << "}\n";
  } else {
    std::cout << "\n" << pad("total", w) << pad("P", 8) << pad("R", 8) << pad("F1", 8) << pad("gold", 8) << "pred\n";
    for (int m = 0; m < eval::kMetricCount; ++m) {
      const auto& c = total[m];
      std::cout << pad(eval::metric_name(eval::Metric(m)), w) << pad(fmt1(c.precision()), 8) << pad(fmt1(c.recall()), 8)
                << pad(fmt1(c.f1()), 8) << pad(std::to_string(c.gold), 8) << c.pred << "\n";
    }
  }
  if (errors)
    for (const auto& e : error_lines) (json ? std::cerr : std::cout) << e << "\n";
  return kOk;
}

Registration reg({"eval", "score articles against gold annotations (entity, meeting, statement, trip F1)",
                  [](const std::vector<std::string>& a) { return with_usage("eval", kUsageText, a, run); }});

}  // namespace
}  // namespace ng::tools
