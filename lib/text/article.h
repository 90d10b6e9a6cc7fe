#pragma once
// Reading an article: bytes -> a core::Document with its text layer filled.
#include <string>

#include "core/document.h"

namespace ng::text {

// Largest article accepted, in bytes (spans are 32-bit; beyond this is not an article).
inline constexpr size_t kMaxArticleBytes = size_t(512) << 20;

// Builds a Document from an article's bytes: checks them (non-empty, text not binary,
// valid UTF-8, at most kMaxArticleBytes), then fills id, path, text, the header fields
// (Title, Source, Published, License), body, the trailing "Sources" list, and dct from
// the Published header when it holds an ISO date.
// Throws core::Error naming `path` (and the line) when the bytes are not an article.
core::Document read_article(std::string id, std::string path, std::string bytes);

// read_file + read_article; the id is the file name without directory and extension.
core::Document load_article(const std::string& path);

// The id newsgraph gives a file: its name without directories and last extension.
std::string article_id(const std::string& path);

}  // namespace ng::text
