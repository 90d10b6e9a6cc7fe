#include "temporal/timeml.h"

#include "core/error.h"

namespace ng::temporal {
namespace {

long line_of(const std::string& s, size_t pos) {
  long line = 1;
  for (size_t i = 0; i < pos && i < s.size(); ++i) line += s[i] == '\n';
  return line;
}

// The value of attribute `name` in the tag text `tag` ("<TIMEX3 tid=\"t1\" ...>").
std::string attribute(const std::string& tag, const std::string& name) {
  size_t p = 0;
  while ((p = tag.find(name, p)) != std::string::npos) {
    bool start = p > 0 && (tag[p - 1] == ' ' || tag[p - 1] == '\t' || tag[p - 1] == '\n');
    size_t q = p + name.size();
    while (q < tag.size() && tag[q] == ' ') ++q;
    if (start && q < tag.size() && tag[q] == '=') {
      ++q;
      while (q < tag.size() && tag[q] == ' ') ++q;
      if (q < tag.size() && (tag[q] == '"' || tag[q] == '\'')) {
        size_t end = tag.find(tag[q], q + 1);
        if (end != std::string::npos) return tag.substr(q + 1, end - q - 1);
      }
    }
    p += name.size();
  }
  return "";
}

}  // namespace

TimemlDoc read_timeml(const std::string& bytes, const std::string& path) {
  TimemlDoc t;
  size_t open = bytes.find("<TEXT>");
  size_t close = bytes.rfind("</TEXT>");
  if (open == std::string::npos || close == std::string::npos || close < open)
    throw core::Error(path, "not a TimeML document: no <TEXT>...</TEXT> element");
  size_t body = open + 6;
  t.head = bytes.substr(0, body);
  t.tail = bytes.substr(close);
  size_t dct = bytes.find("<DCT>");
  if (dct != std::string::npos && dct < open) {
    size_t dct_end = bytes.find("</DCT>", dct);
    std::string inner = bytes.substr(dct, dct_end == std::string::npos ? std::string::npos : dct_end - dct);
    size_t tag = inner.find("<TIMEX3");
    if (tag != std::string::npos) t.dct = attribute(inner.substr(tag, inner.find('>', tag) - tag), "value");
  }
  t.text.reserve(close - body);
  std::vector<size_t> open_timex;  // indices into t.timexes of TIMEX3 elements still open
  for (size_t i = body; i < close;) {
    char c = bytes[i];
    if (c != '<') {
      t.text += c;
      ++i;
      continue;
    }
    size_t end = bytes.find('>', i);
    if (end == std::string::npos || end > close) throw core::Error(path, "unclosed tag inside <TEXT>", line_of(bytes, i));
    std::string tag = bytes.substr(i, end + 1 - i);
    bool closing = tag.size() > 1 && tag[1] == '/';
    bool self_closing = tag.size() > 2 && tag[tag.size() - 2] == '/';
    bool timex = tag.compare(closing ? 2 : 1, 6, "TIMEX3") == 0;
    if (timex && !closing) {
      TimemlTimex x;
      x.begin = x.end = static_cast<uint32_t>(t.text.size());
      x.type = attribute(tag, "type");
      x.value = attribute(tag, "value");
      t.timexes.push_back(x);
      if (!self_closing) open_timex.push_back(t.timexes.size() - 1);
    } else if (timex && closing) {
      if (open_timex.empty()) throw core::Error(path, "</TIMEX3> without <TIMEX3>", line_of(bytes, i));
      t.timexes[open_timex.back()].end = static_cast<uint32_t>(t.text.size());
      open_timex.pop_back();
    }
    i = end + 1;
  }
  if (!open_timex.empty()) throw core::Error(path, "<TIMEX3> not closed inside <TEXT>");
  return t;
}

core::Document to_document(const TimemlDoc& t, const std::string& path) {
  core::Document doc;
  doc.path = path;
  doc.id = path;
  doc.text = t.text;
  doc.body = {0, static_cast<uint32_t>(t.text.size())};
  if (t.dct.size() >= 10 && t.dct[4] == '-' && t.dct[7] == '-') doc.dct = t.dct.substr(0, 10);
  else if (t.dct.size() >= 8) doc.dct = t.dct.substr(0, 4) + "-" + t.dct.substr(4, 2) + "-" + t.dct.substr(6, 2);
  return doc;
}

std::string write_timeml(const TimemlDoc& t, const std::vector<core::Timex>& timexes) {
  std::string out = t.head;
  out.reserve(t.head.size() + t.text.size() + t.tail.size() + 80 * timexes.size());
  size_t pos = 0;
  int tid = 1;
  for (const auto& x : timexes) {
    if (x.span.begin < pos || x.span.end > t.text.size() || x.span.empty()) continue;  // never overlap
    out.append(t.text, pos, x.span.begin - pos);
    out += "<TIMEX3 tid=\"t" + std::to_string(tid++) + "\" type=\"" + core::to_string(x.type) + "\" value=\"" + x.value + "\"";
    if (!x.mod.empty()) out += " mod=\"" + x.mod + "\"";
    out += ">";
    out.append(t.text, x.span.begin, x.span.size());
    out += "</TIMEX3>";
    pos = x.span.end;
  }
  out.append(t.text, pos, std::string::npos);
  out += t.tail;
  return out;
}

void score_timexes(const std::string& text, const std::vector<TimemlTimex>& gold, const std::vector<TimemlTimex>& pred,
                   TimexScore& score, std::vector<std::string>* errors) {
  auto quote = [&](uint32_t b, uint32_t e) { return "'" + text.substr(b, e - b) + "'"; };
  score.gold += static_cast<long>(gold.size());
  score.pred += static_cast<long>(pred.size());
  for (const auto& p : pred)
    for (const auto& g : gold)
      if (p.begin == g.begin && p.end == g.end) { ++score.strict; break; }
  std::vector<bool> used(pred.size(), false);
  for (const auto& g : gold) {
    size_t hit = pred.size();
    for (size_t k = 0; k < pred.size(); ++k)
      if (!used[k] && pred[k].begin < g.end && g.begin < pred[k].end) { hit = k; break; }
    if (hit == pred.size()) {
      if (errors) errors->push_back("MISSED\t" + quote(g.begin, g.end) + "\t" + g.type + "\t" + g.value);
      continue;
    }
    used[hit] = true;
    ++score.relaxed_gold;
    ++score.relaxed_pred;
    const auto& p = pred[hit];
    score.value += p.value == g.value;
    score.type += p.type == g.type;
    if (errors && p.value != g.value)
      errors->push_back("VALUE\t" + quote(g.begin, g.end) + "\tgold " + g.value + "\tpred " + p.value + "\t" + quote(p.begin, p.end));
    if (errors && p.type != g.type) errors->push_back("TYPE\t" + quote(g.begin, g.end) + "\tgold " + g.type + "\tpred " + p.type);
  }
  if (errors)
    for (size_t k = 0; k < pred.size(); ++k)
      if (!used[k]) errors->push_back("SPURIOUS\t" + quote(pred[k].begin, pred[k].end) + "\t" + pred[k].type + "\t" + pred[k].value);
}

}  // namespace ng::temporal
