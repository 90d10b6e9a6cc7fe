#pragma once
// Query answers as rows and columns, printed as an aligned table, JSON or CSV.
#include <string>
#include <vector>

namespace ng::query {

struct Column {
  std::string name;
  bool list = false;  // cells hold several values (a JSON array; joined by ", " elsewhere)
};

struct Table {
  std::vector<Column> columns;
  std::vector<std::vector<std::vector<std::string>>> rows;  // rows[r][c] = the values of one cell
};

enum class Format { Table, Json, Csv };

// Aligned text: a header line, then one line per row; columns padded to their widest
// cell (in code points), the last column unpadded; "-" for an empty cell. JSON: an array
// of objects keyed by column name (list columns as arrays, others as strings). CSV
// (RFC 4180): a header row, cells quoted when needed, list values joined by "; ".
// All end with a newline; an empty table prints its header only (JSON: "[]").
std::string render(const Table& t, Format f);

}  // namespace ng::query
