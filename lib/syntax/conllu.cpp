#include "syntax/conllu.h"

#include <ostream>

#include "core/error.h"
#include "core/io.h"

namespace ng::syntax {
namespace {

// Splits a line at tabs into exactly 10 views, or returns false.
bool columns(const std::string& line, std::string_view (&cols)[10]) {
  size_t start = 0;
  for (int c = 0; c < 10; ++c) {
    size_t tab = line.find('\t', start);
    if (c < 9 && tab == std::string::npos) return false;
    if (c == 9 && tab != std::string::npos) return false;
    cols[c] = std::string_view(line).substr(start, (c == 9 ? line.size() : tab) - start);
    start = tab + 1;
  }
  return true;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

std::vector<ConlluSentence> parse_conllu(const std::string& text, const std::string& path) {
  std::vector<ConlluSentence> out;
  ConlluSentence cur;
  long line_no = 0;
  auto flush = [&] {
    if (!cur.words.empty() || !cur.lines.empty()) out.push_back(std::move(cur));
    cur = ConlluSentence{};
  };
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    std::string line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      flush();
      if (nl == text.size()) break;
      continue;
    }
    cur.lines.push_back(line);
    if (line[0] == '#') continue;
    std::string_view cols[10];
    if (!columns(line, cols)) throw core::Error(path, "not CoNLL-U: expected 10 tab-separated columns", line_no);
    if (!all_digits(cols[0])) continue;  // multiword token or empty node
    ConlluWord w;
    w.form = std::string(cols[1]);
    w.upos = std::string(cols[3]);
    w.xpos = std::string(cols[4]);
    if (cols[6] == "_") w.head = -1;
    else if (all_digits(cols[6]) && cols[6].size() < 7) w.head = std::stoi(std::string(cols[6]));
    else throw core::Error(path, "not CoNLL-U: HEAD is not a number", line_no);
    w.deprel = std::string(cols[7]);
    cur.word_line.push_back(static_cast<uint32_t>(cur.lines.size() - 1));
    cur.words.push_back(std::move(w));
  }
  flush();
  return out;
}

std::vector<ConlluSentence> read_conllu(const std::string& path) { return parse_conllu(core::read_file(path), path); }

void write_conllu(std::ostream& out, const ConlluSentence& s, const std::vector<ConlluWord>& predicted) {
  size_t next = 0;
  for (size_t i = 0; i < s.lines.size(); ++i) {
    if (next < s.word_line.size() && s.word_line[next] == i && next < predicted.size()) {
      std::string_view cols[10];
      columns(s.lines[i], cols);
      const ConlluWord& p = predicted[next++];
      for (int c = 0; c < 10; ++c) {
        if (c) out << '\t';
        if (c == 3) out << p.upos;
        else if (c == 6) out << (p.head < 0 ? std::string("_") : std::to_string(p.head));
        else if (c == 7) out << p.deprel;
        else out << cols[c];
      }
      out << '\n';
    } else {
      out << s.lines[i] << '\n';
    }
  }
  out << '\n';
}

}  // namespace ng::syntax
