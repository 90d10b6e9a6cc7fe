#pragma once
// Query answers as rows and columns, printed as an aligned table, JSON or CSV.
#include <string>
#include <vector>

namespace ng::query {

struct Column {
  std::string name;
  bool list = false;  // cells hold several values (a JSON array; joined by ", " elsewhere)
  bool number = false;  // cells hold integers (JSON numbers)
};

struct Table {
  std::vector<Column> columns;
  std::vector<std::vector<std::vector<std::string>>> rows;  // rows[r][c] = the values of one cell
};

enum class Format { Table, Json, Csv };

// Aligned text: a header line, then one line per row; columns padded to their widest
// cell (in code points), the last column unpadded; "-" for an empty cell; with
// `max_width` > 0 each line is cut to that many code points, its last one "…" where it
// was cut. JSON: an array of objects keyed by column name (list columns as arrays,
// number columns as numbers, others as strings). CSV (RFC 4180): a header row, cells
// quoted when needed, list values joined by "; ". All end with a newline; an empty
// table prints its header only (JSON: "[]"). `max_width` applies to Format::Table only.
std::string render(const Table& t, Format f, size_t max_width = 0);

}  // namespace ng::query
