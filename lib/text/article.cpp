#include "text/article.h"

#include <algorithm>
#include <cctype>

#include "core/error.h"
#include "core/io.h"
#include "text/dateline.h"
#include "text/utf8.h"

namespace ng::text {
namespace {

using core::Error;
using core::Span;

bool is_blank(std::string_view line) {
  return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

long line_of(std::string_view s, size_t offset) {
  return 1 + static_cast<long>(std::count(s.begin(), s.begin() + static_cast<long>(offset), '\n'));
}

// "Key: value" with Key one capitalised word of letters and hyphens.
bool header_line(std::string_view line, std::string_view& key, std::string_view& value) {
  size_t colon = line.find(": ");
  if (colon == std::string_view::npos || colon == 0 || colon > 24) return false;
  if (!std::isupper(static_cast<unsigned char>(line[0]))) return false;
  for (size_t i = 0; i < colon; ++i) {
    char c = line[i];
    if (!std::isalpha(static_cast<unsigned char>(c)) && c != '-') return false;
  }
  key = line.substr(0, colon);
  value = trim(line.substr(colon + 2));
  return true;
}

bool iso_date_prefix(std::string_view s) {
  if (s.size() < 10) return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  return s[4] == '-' && s[7] == '-';
}

// Lines of `text` from `from` as (begin, end-without-newline) pairs.
struct Line { size_t begin, end; };
std::vector<Line> lines_of(std::string_view text, size_t from) {
  std::vector<Line> out;
  size_t i = from;
  while (i < text.size()) {
    size_t nl = text.find('\n', i);
    size_t e = nl == std::string_view::npos ? text.size() : nl;
    out.push_back({i, e});
    i = e + 1;
  }
  return out;
}

// UTF-16 (either byte order): a byte-order mark, or, in the first 4 KB, NUL in most
// bytes of one parity and in almost none of the other (ASCII text as UTF-16).
bool looks_utf16(std::string_view bytes) {
  if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF')))
    return true;
  size_t n = std::min<size_t>(bytes.size(), 4096) & ~size_t(1), nul[2] = {0, 0};
  for (size_t i = 0; i < n; ++i) nul[i & 1] += bytes[i] == '\0';
  size_t half = n / 2;
  return half >= 2 && (std::max(nul[0], nul[1]) * 10 >= half * 7) && std::min(nul[0], nul[1]) * 10 <= half;
}

void check_bytes(const std::string& path, std::string_view bytes) {
  if (bytes.size() > kMaxArticleBytes)
    throw Error(path, "file too large (" + std::to_string(bytes.size()) + " bytes; the limit is " +
                          std::to_string(kMaxArticleBytes >> 20) + " MiB)");
  if (looks_utf16(bytes))
    throw Error(path, "UTF-16 text, not UTF-8: convert it first (iconv -f UTF-16 -t UTF-8)");
  if (bytes.find('\0') != std::string_view::npos)
    throw Error(path, "binary file (contains NUL bytes), not a text article", line_of(bytes, bytes.find('\0')));
  size_t bad = find_invalid_utf8(bytes);
  if (bad != std::string_view::npos)
    throw Error(path, "invalid UTF-8 at byte " + std::to_string(bad), line_of(bytes, bad));
  size_t controls = 0;
  for (unsigned char c : bytes)
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++controls;
  if (controls > 0 && controls * 100 > bytes.size())
    throw Error(path, "binary file (" + std::to_string(controls) + " control bytes), not a text article");
  if (is_blank(bytes) || std::all_of(bytes.begin(), bytes.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); }))
    throw Error(path, "empty article (no text)");
}

}  // namespace

std::string article_id(const std::string& path) {
  size_t slash = path.find_last_of('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  size_t dot = name.find_last_of('.');
  if (dot != std::string::npos && dot > 0) name.resize(dot);
  return name.empty() ? "stdin" : name;
}

core::Document read_article(std::string id, std::string path, std::string bytes) {
  check_bytes(path, bytes);
  core::Document doc;
  doc.id = std::move(id);
  doc.path = std::move(path);
  doc.text = std::move(bytes);
  std::string_view text = doc.text;

  size_t start = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") start = 3;  // byte order mark
  std::vector<Line> lines = lines_of(text, start);

  // Header block: consecutive "Key: value" lines closed by a blank line, naming at
  // least one of the keys articles use.
  size_t body_line = 0;
  {
    size_t i = 0;
    bool known = false;
    std::string title, source, published, license;
    Span title_span;
    while (i < lines.size()) {
      std::string_view line = text.substr(lines[i].begin, lines[i].end - lines[i].begin);
      std::string_view key, value;
      if (!header_line(line, key, value)) break;
      if (key == "Title") {
        title = value, known = true;
        title_span = {static_cast<uint32_t>(value.data() - text.data()),
                      static_cast<uint32_t>(value.data() - text.data() + value.size())};
      }
      else if (key == "Source") source = value, known = true;
      else if (key == "Published") published = value, known = true;
      else if (key == "License") license = value, known = true;
      ++i;
    }
    bool closed = i < lines.size() && is_blank(text.substr(lines[i].begin, lines[i].end - lines[i].begin));
    if (known && i > 0 && closed) {
      doc.title = title, doc.source = source, doc.published = published, doc.license = license;
      doc.title_span = title.empty() ? Span{} : title_span;
      body_line = i + 1;
    }
  }
  while (body_line < lines.size() && is_blank(text.substr(lines[body_line].begin, lines[body_line].end - lines[body_line].begin)))
    ++body_line;
  size_t body_begin = body_line < lines.size() ? lines[body_line].begin : text.size();
  size_t body_end = text.size();

  // A trailing source list: a line "Sources" or "References" followed only by items.
  for (size_t i = lines.size(); i-- > body_line + 1;) {
    std::string_view line = trim(text.substr(lines[i].begin, lines[i].end - lines[i].begin));
    if (line == "Sources" || line == "References" || line == "Sources:" || line == "References:") {
      std::vector<std::string> items;
      bool all_items = true;
      for (size_t k = i + 1; k < lines.size(); ++k) {
        std::string_view item = trim(text.substr(lines[k].begin, lines[k].end - lines[k].begin));
        if (item.empty()) continue;
        if (item.substr(0, 2) == "- " || item.substr(0, 2) == "* ") item.remove_prefix(2);
        else if (item.size() > 2 && std::isdigit(static_cast<unsigned char>(item[0]))) {
          size_t d = item.find_first_not_of("0123456789");
          if (d == std::string_view::npos || (item[d] != '.' && item[d] != ')')) { all_items = false; break; }
          item = trim(item.substr(d + 1));
        } else if (item.size() > 1 && item.front() == '[') {
          size_t close = item.find(']');
          if (close == std::string_view::npos) { all_items = false; break; }
          item = trim(item.substr(close + 1));
        } else { all_items = false; break; }
        items.emplace_back(item);
      }
      if (all_items && !items.empty()) {
        doc.sources = std::move(items);
        body_end = lines[i].begin;
      }
      break;
    }
  }
  while (body_end > body_begin && std::isspace(static_cast<unsigned char>(text[body_end - 1]))) --body_end;
  doc.body = Span{static_cast<uint32_t>(body_begin), static_cast<uint32_t>(body_end)};

  if (iso_date_prefix(doc.published)) {
    doc.dct = doc.published.substr(0, 10);
    doc.dct_basis = core::DateBasis::Publication;
  }
  find_dateline(doc);
  return doc;
}

core::Document load_article(const std::string& path) {
  return read_article(article_id(path), path, core::read_file(path));
}

}  // namespace ng::text
