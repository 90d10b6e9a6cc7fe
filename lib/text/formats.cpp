#include "text/formats.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "core/error.h"
#include "text/article.h"

namespace ng::text {
namespace {

bool ends_with(const std::string& s, const char* suffix) {
  std::string low = s;
  for (char& c : low) c = char(std::tolower(static_cast<unsigned char>(c)));
  size_t n = std::char_traits<char>::length(suffix);
  return low.size() >= n && low.compare(low.size() - n, n, suffix) == 0;
}

// A header value on one line: runs of white space (line breaks included) as one space.
std::string one_line(const std::string& s) {
  std::string out;
  for (char c : s) {
    bool space = std::isspace(static_cast<unsigned char>(c));
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The .txt form: the header lines that have a value, a blank line, the body.
std::string txt_form(const std::string& title, const std::string& source, const std::string& published,
                     const std::string& body) {
  std::string out;
  for (auto [key, value] : {std::pair<const char*, const std::string&>{"Title", title}, {"Source", source},
                            {"Published", published}}) {
    std::string v = one_line(value);
    if (!v.empty()) out += std::string(key) + ": " + v + "\n";
  }
  if (!out.empty()) out += "\n";
  return out + body;
}

// Appends the UTF-8 encoding of code point c (invalid ones as U+FFFD).
void append_utf8(std::string& out, uint32_t c) {
  if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
  if (c < 0x80) {
    out += char(c);
  } else if (c < 0x800) {
    out += char(0xC0 | (c >> 6)), out += char(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += char(0xE0 | (c >> 12)), out += char(0x80 | ((c >> 6) & 0x3F)), out += char(0x80 | (c & 0x3F));
  } else {
    out += char(0xF0 | (c >> 18)), out += char(0x80 | ((c >> 12) & 0x3F)), out += char(0x80 | ((c >> 6) & 0x3F)),
        out += char(0x80 | (c & 0x3F));
  }
}

// HTML text: tags dropped (a <br> as a space), the common named and all numeric
// character references decoded, white space runs as one space.
std::string html_text(std::string_view s) {
  static const std::pair<const char*, const char*> kNamed[] = {
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "},
      {"rsquo", "\xE2\x80\x99"}, {"lsquo", "\xE2\x80\x98"}, {"rdquo", "\xE2\x80\x9D"}, {"ldquo", "\xE2\x80\x9C"},
      {"ndash", "\xE2\x80\x93"}, {"mdash", "\xE2\x80\x94"}, {"hellip", "\xE2\x80\xA6"}};
  std::string raw;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '<') {
      size_t end = s.find('>', i);
      if (end == std::string_view::npos) break;
      raw += ' ';
      i = end;
    } else if (s[i] == '&') {
      size_t end = s.find(';', i);
      std::string_view name = end == std::string_view::npos || end - i > 10 ? std::string_view() : s.substr(i + 1, end - i - 1);
      bool done = false;
      if (name.size() > 1 && name[0] == '#') {
        bool hex = name[1] == 'x' || name[1] == 'X';
        std::string digits(name.substr(hex ? 2 : 1));
        char* stop = nullptr;
        unsigned long c = digits.empty() ? 0 : std::strtoul(digits.c_str(), &stop, hex ? 16 : 10);
        if (!digits.empty() && *stop == 0) append_utf8(raw, uint32_t(std::min<unsigned long>(c, 0x110000))), done = true;
      } else {
        for (auto [n, v] : kNamed)
          if (name == n) raw += v, done = true;
      }
      if (done) i = end;
      else raw += '&';
    } else {
      raw += s[i];
    }
  }
  return one_line(raw);
}

// The position of the next tag named `name` ("p", "/p", "article") at or after `from`,
// case-insensitively; npos when none.
size_t find_tag(std::string_view html, std::string_view name, size_t from) {
  for (size_t at = html.find('<', from); at != std::string_view::npos; at = html.find('<', at + 1)) {
    if (at + 1 + name.size() > html.size()) return std::string_view::npos;
    bool same = true;
    for (size_t k = 0; k < name.size() && same; ++k)
      same = std::tolower(static_cast<unsigned char>(html[at + 1 + k])) == name[k];
    char next = at + 1 + name.size() < html.size() ? html[at + 1 + name.size()] : '>';
    if (same && (next == '>' || next == '/' || std::isspace(static_cast<unsigned char>(next)))) return at;
  }
  return std::string_view::npos;
}

// The value of attribute `attr` in the tag starting at `at` ("" when absent).
std::string attribute(std::string_view html, size_t at, std::string_view attr) {
  size_t end = html.find('>', at);
  std::string tag(html.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at));
  std::string low = tag;
  for (char& c : low) c = char(std::tolower(static_cast<unsigned char>(c)));
  for (size_t p = low.find(attr); p != std::string::npos; p = low.find(attr, p + 1)) {
    size_t q = p + attr.size();
    while (q < low.size() && low[q] == ' ') ++q;
    if (p == 0 || !std::isspace(static_cast<unsigned char>(low[p - 1])) || q >= low.size() || low[q] != '=') continue;
    ++q;
    while (q < low.size() && low[q] == ' ') ++q;
    if (q >= tag.size()) return "";
    char quote = tag[q];
    if (quote == '"' || quote == '\'') {
      size_t close = tag.find(quote, q + 1);
      return html_text(tag.substr(q + 1, close == std::string::npos ? std::string::npos : close - q - 1));
    }
    size_t stop = q;
    while (stop < tag.size() && !std::isspace(static_cast<unsigned char>(tag[stop])) && tag[stop] != '>') ++stop;
    return html_text(tag.substr(q, stop - q));
  }
  return "";
}

// The content of the <meta> (or <link>) whose `key_attr` is `key`, from `value_attr`.
std::string meta(std::string_view html, const char* tag, const char* key_attr, const char* key, const char* value_attr) {
  for (size_t at = find_tag(html, tag, 0); at != std::string_view::npos; at = find_tag(html, tag, at + 1)) {
    std::string k = attribute(html, at, key_attr);
    for (char& c : k) c = char(std::tolower(static_cast<unsigned char>(c)));
    if (k == key) return attribute(html, at, value_attr);
  }
  return "";
}

}  // namespace

InputKind input_kind(const std::string& path) {
  if (ends_with(path, ".txt")) return InputKind::Txt;
  if (ends_with(path, ".jsonl")) return InputKind::JsonLines;
  if (ends_with(path, ".html") || ends_with(path, ".htm")) return InputKind::Html;
  return InputKind::Other;
}

std::vector<SourceArticle> read_json_lines(const std::string& path, const std::string& bytes) {
  std::vector<SourceArticle> out;
  size_t line_no = 0;
  for (size_t start = 0; start < bytes.size();) {
    size_t end = bytes.find('\n', start);
    if (end == std::string::npos) end = bytes.size();
    std::string line = bytes.substr(start, end - start);
    start = end + 1;
    ++line_no;
    if (std::all_of(line.begin(), line.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); })) continue;
    rapidjson::Document d;
    d.Parse(line.c_str(), line.size());
    if (d.HasParseError())
      throw core::Error(path, std::string("not a JSON object: ") + rapidjson::GetParseError_En(d.GetParseError()), long(line_no));
    if (!d.IsObject()) throw core::Error(path, "not a JSON object", long(line_no));
    auto field = [&](const char* name) -> std::string {
      auto m = d.FindMember(name);
      if (m == d.MemberEnd() || m->value.IsNull()) return "";
      if (!m->value.IsString()) throw core::Error(path, std::string("\"") + name + "\" is not a string", long(line_no));
      return std::string(m->value.GetString(), m->value.GetStringLength());
    };
    std::string text = field("text");
    if (text.empty()) throw core::Error(path, "no \"text\"", long(line_no));
    std::string id = field("id");
    if (id.empty()) id = article_id(path) + "-" + std::to_string(line_no);
    std::string url = field("url"), source = field("source");
    out.push_back({id, path + ":" + std::to_string(line_no),
                   txt_form(field("title"), url.empty() ? source : url, field("published"), text)});
  }
  return out;
}

SourceArticle read_html(const std::string& path, const std::string& bytes) {
  std::string_view html = bytes;
  size_t from = 0, to = html.size();
  if (size_t a = find_tag(html, "article", 0); a != std::string_view::npos) {
    from = a;
    size_t close = find_tag(html, "/article", a);
    if (close != std::string_view::npos) to = close;
  }
  std::string body;
  for (size_t p = find_tag(html, "p", from); p != std::string_view::npos && p < to; p = find_tag(html, "p", p + 1)) {
    size_t open_end = html.find('>', p);
    if (open_end == std::string_view::npos) break;
    size_t close = std::min({find_tag(html, "/p", open_end), find_tag(html, "p", open_end), to});
    std::string para = html_text(html.substr(open_end + 1, close - open_end - 1));
    if (!para.empty()) body += (body.empty() ? "" : "\n\n") + para;
  }
  if (body.empty()) throw core::Error(path, "no paragraph text (<p>) in the HTML page");
  std::string title = meta(html, "meta", "property", "og:title", "content");
  if (title.empty()) {
    size_t t = find_tag(html, "title", 0);
    size_t open_end = t == std::string_view::npos ? t : html.find('>', t);
    size_t close = open_end == std::string_view::npos ? open_end : find_tag(html, "/title", open_end);
    if (close != std::string_view::npos) title = html_text(html.substr(open_end + 1, close - open_end - 1));
  }
  std::string published = meta(html, "meta", "property", "article:published_time", "content");
  std::string source = meta(html, "link", "rel", "canonical", "href");
  if (source.empty()) source = meta(html, "meta", "property", "og:url", "content");
  return {article_id(path), path, txt_form(title, source, published, body + "\n")};
}

}  // namespace ng::text
