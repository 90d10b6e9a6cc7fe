#pragma once
// Tokens and sentences with byte spans into Document::text.
#include "core/document.h"

namespace ng::tokenize {

// Splits doc.title_span (when set, before the body) and doc.body into tokens and
// sentences. Contract:
// - every token's span is a non-empty range of the title or the body with no
//   whitespace inside; the title's tokens come first and form their own sentences and
//   paragraph (0), so the body's first paragraph is 1 when there is a title;
// - words keep internal apostrophes, hyphens and abbreviation periods ("U.S.", "p.m.",
//   "Jr.", "Jan."); a possessive "'s" / "’s" is its own token; numbers keep internal
//   "," and "." ("7,000", "3.5"); every other punctuation mark is a token of its own;
// - a citation marker "[2]" is one Citation token, and its number is recorded on the
//   sentence that it closes;
// - a line break always ends a sentence (and starts a paragraph after a blank line or a
//   heading); otherwise ".", "!", "?" (with any closing quotes or brackets) end a sentence
//   when the next token starts with an upper-case letter, a digit or an opening quote.
// Runs in linear time with no allocation per token beyond the vectors' growth.
void tokenize(core::Document& doc);

}  // namespace ng::tokenize
