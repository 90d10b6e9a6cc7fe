#include "query/table.h"

#include <algorithm>

namespace ng::query {
namespace {

size_t width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) out += (i ? sep : "") + v[i];
  return out;
}

std::string one_line(std::string s) {
  for (char& c : s)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return s;
}

void json_string(std::string& out, const std::string& s) {
  static const char* hex = "0123456789abcdef";
  out += '"';
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') out += '\\', out += char(c);
    else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c == '\r') out += "\\r";
    else if (c < 0x20) out += "\\u00", out += hex[c >> 4], out += hex[c & 15];
    else out += char(c);
  }
  out += '"';
}

bool is_integer(const std::string& s) {
  size_t i = !s.empty() && s[0] == '-' ? 1 : 0;
  if (i == s.size() || (s[i] == '0' && s.size() > i + 1)) return false;
  for (; i < s.size(); ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

// `s` cut to `max` code points, the last one an ellipsis where it was cut.
std::string fit(const std::string& s, size_t max) {
  if (max == 0 || width(s) <= max) return s;
  size_t n = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (n == max - 1) break;
    ++n;
  }
  return s.substr(0, i) + "\xE2\x80\xA6";
}

std::string csv_cell(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

std::string render(const Table& t, Format f, size_t max_width) {
  std::string out;
  const size_t nc = t.columns.size();
  if (f == Format::Json) {
    out += "[";
    for (size_t r = 0; r < t.rows.size(); ++r) {
      out += r ? ",\n {" : "\n {";
      for (size_t c = 0; c < nc; ++c) {
        if (c) out += ", ";
        json_string(out, t.columns[c].name);
        out += ": ";
        const auto& cell = t.rows[r][c];
        if (t.columns[c].list) {
          out += "[";
          for (size_t k = 0; k < cell.size(); ++k) {
            if (k) out += ", ";
            json_string(out, cell[k]);
          }
          out += "]";
        } else if (t.columns[c].number && cell.size() == 1 && is_integer(cell[0])) {
          out += cell[0];
        } else {
          json_string(out, join(cell, ", "));
        }
      }
      out += "}";
    }
    out += t.rows.empty() ? "]\n" : "\n]\n";
    return out;
  }
  if (f == Format::Csv) {
    for (size_t c = 0; c < nc; ++c) out += (c ? "," : "") + csv_cell(t.columns[c].name);
    out += "\r\n";
    for (const auto& row : t.rows) {
      for (size_t c = 0; c < nc; ++c) out += (c ? "," : "") + csv_cell(join(row[c], "; "));
      out += "\r\n";
    }
    return out;
  }
  std::vector<std::vector<std::string>> cells;
  std::vector<std::string> header;
  for (const auto& c : t.columns) header.push_back(c.name);
  cells.push_back(header);
  for (const auto& row : t.rows) {
    std::vector<std::string> line;
    for (const auto& cell : row) {
      std::string s = one_line(join(cell, ", "));
      line.push_back(s.empty() ? "-" : s);
    }
    cells.push_back(line);
  }
  std::vector<size_t> w(nc, 0);
  for (const auto& line : cells)
    for (size_t c = 0; c + 1 < nc; ++c) w[c] = std::max(w[c], width(line[c]));
  for (const auto& line : cells) {
    std::string s;
    for (size_t c = 0; c < nc; ++c) {
      s += line[c];
      if (c + 1 < nc) s += std::string(w[c] - width(line[c]) + 2, ' ');
    }
    out += fit(s, max_width) + "\n";
  }
  return out;
}

}  // namespace ng::query
