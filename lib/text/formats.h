#pragma once
// Articles in the forms people have them besides newsgraph's own .txt (header block,
// blank line, body): JSON Lines exports and saved HTML pages. Each is turned into the
// .txt form (a "Title/Source/Published" header and the body's paragraphs), which
// read_article then reads; spans index that text.
#include <string>
#include <vector>

namespace ng::text {

struct SourceArticle {
  std::string id;     // the record's "id", or the file's name
  std::string path;   // "FILE" or "FILE:LINE" for a JSON Lines record
  std::string text;   // in the .txt form
};

// How a file is read, by its extension: Txt (.txt), JsonLines (.jsonl), Html (.html,
// .htm); Other for any other (a folder's such files are skipped and named).
enum class InputKind { Txt, JsonLines, Html, Other };
InputKind input_kind(const std::string& path);

// One article per non-blank line: a JSON object with "text" (required, a string) and
// optionally "id", "title", "published", "source", "url" (strings). The id defaults to
// "<file id>-<line>". Throws core::Error naming the file and line on a line that is not
// such an object.
std::vector<SourceArticle> read_json_lines(const std::string& path, const std::string& bytes);

// The article in an HTML page: the text of the <p> elements inside <article> (else in
// the whole page), tags dropped, entities decoded, one paragraph each; the title from
// <meta property="og:title"> else <title>; the date from <meta
// property="article:published_time">; the source from <link rel="canonical"> else
// og:url. Throws core::Error naming the file when the page has no paragraph text.
SourceArticle read_html(const std::string& path, const std::string& bytes);

}  // namespace ng::text
