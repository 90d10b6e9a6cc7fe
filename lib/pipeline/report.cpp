#include "pipeline/report.h"

#include <cstdio>

namespace ng::pipeline {
namespace {

std::string plural(size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string seconds_text(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, s < 10 ? "%.1f s" : "%.0f s", s);
  return buf;
}

}  // namespace

std::string summary_line(const BuildStats& stats, const graph::Graph& g) {
  size_t entities = 0, meetings = 0, statements = 0, trips = 0;
  for (graph::Vertex v = 0; v < g.size(); ++v) {
    graph::NodeKind k = g.node(v).kind;
    entities += graph::is_entity(k) ? 1 : 0;
    meetings += k == graph::NodeKind::Meeting ? 1 : 0;
    statements += k == graph::NodeKind::Statement ? 1 : 0;
    trips += k == graph::NodeKind::Travel ? 1 : 0;
  }
  std::string out = "read " + plural(stats.articles + stats.duplicates, "article", "articles");
  if (stats.duplicates) out += " (" + std::to_string(stats.duplicates) + " skipped as duplicates)";
  out += "; graph: " + plural(entities, "entity", "entities") + ", " + plural(meetings, "meeting", "meetings") + ", " +
         plural(statements, "statement", "statements") + ", " + plural(trips, "trip", "trips") + "; " +
         plural(stats.warnings, "warning", "warnings") + "; " + seconds_text(stats.seconds);
  if (!stats.skipped.empty()) {
    out += "; skipped " + plural(stats.skipped.size(), "file", "files") + ": ";
    for (size_t i = 0; i < stats.skipped.size() && i < 5; ++i) out += (i ? ", " : "") + stats.skipped[i];
    if (stats.skipped.size() > 5) out += ", ...";
  }
  return out;
}

std::string progress_line(size_t done, size_t total, double seconds, bool bar) {
  if (total == 0) return std::to_string(done) + " articles, " + seconds_text(seconds);
  int percent = int(done * 100 / total);
  std::string counts = std::to_string(done) + "/" + std::to_string(total) + " articles";
  if (!bar) return counts + " (" + std::to_string(percent) + "%), " + seconds_text(seconds);
  const int width = 30;
  int filled = int(done * width / total);
  char pct[8];
  std::snprintf(pct, sizeof pct, "%3d%%", percent);
  return "[" + std::string(size_t(filled), '#') + std::string(size_t(width - filled), '.') + "] " + pct + "  " + counts +
         "  " + seconds_text(seconds);
}

}  // namespace ng::pipeline
