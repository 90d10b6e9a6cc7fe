#include "tokenize/tokenizer.h"

#include <array>
#include <cstring>
#include <string_view>

namespace ng::tokenize {
namespace {

using core::Span;
using core::Token;
using core::TokenKind;

inline bool ascii_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// Multi-byte punctuation and spaces that must not be read as letters.
// Returns the sequence's length when text[i] starts one, else 0; sets `space`.
int special_at(std::string_view t, size_t i, bool& space) {
  auto c = static_cast<unsigned char>(t[i]);
  space = false;
  if (c == 0xC2 && i + 1 < t.size()) {
    auto d = static_cast<unsigned char>(t[i + 1]);
    if (d == 0xA0) { space = true; return 2; }              // no-break space
    if (d == 0xAB || d == 0xBB || d == 0xB7) return 2;      // « » ·
  }
  if (c == 0xE2 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80) {
    auto d = static_cast<unsigned char>(t[i + 2]);
    if (d >= 0x80 && d <= 0x8B) { space = true; return 3; } // en/em spaces, thin, zero-width
    if (d == 0xAF) { space = true; return 3; }              // narrow no-break space
    if (d == 0x8E || d == 0x8F) { space = true; return 3; } // left-to-right, right-to-left marks
    if (d >= 0x90 && d <= 0xA7) return 3;                   // dashes, quotes, bullets, ellipsis
    if (d >= 0xB0 && d <= 0xBE) return 3;                   // per mille, primes, guillemets
  }
  if (c == 0xE2 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x81 &&
      static_cast<unsigned char>(t[i + 2]) == 0xA0) { space = true; return 3; }  // word joiner
  if (c == 0xEF && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xBB &&
      static_cast<unsigned char>(t[i + 2]) == 0xBF) { space = true; return 3; }  // zero-width no-break space (BOM)
  if (c == 0xE3 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80 &&
      static_cast<unsigned char>(t[i + 2]) == 0x80) { space = true; return 3; }
  return 0;
}

inline bool is_apostrophe(std::string_view t, size_t i, int& len) {
  if (t[i] == '\'') { len = 1; return true; }
  if (i + 2 < t.size() && static_cast<unsigned char>(t[i]) == 0xE2 && static_cast<unsigned char>(t[i + 1]) == 0x80 &&
      static_cast<unsigned char>(t[i + 2]) == 0x99) { len = 3; return true; }
  return false;
}

inline bool word_byte(std::string_view t, size_t i) {
  auto c = static_cast<unsigned char>(t[i]);
  if (ascii_alpha(c) || ascii_digit(c)) return true;
  if (c < 0x80) return false;
  bool space;
  return special_at(t, i, space) == 0;
}

// Abbreviations that keep their period (lower-case, without the period).
bool known_abbreviation(std::string_view w) {
  static constexpr std::array<const char*, 58> kAbbrev = {
      "mr", "mrs", "ms", "dr", "jr", "sr", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "adm", "prof",
      "sgt", "maj", "cmdr", "rev", "hon", "pres", "amb", "supt", "insp", "jan", "feb", "mar", "apr", "jun",
      "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "bros", "vs", "no", "nos",
      "dept", "univ", "assn", "est", "approx", "fig", "vol", "mt", "ft", "ave", "blvd", "gov't", "etc"};
  if (w.size() > 6) return false;
  char low[8];
  for (size_t i = 0; i < w.size(); ++i) low[i] = static_cast<char>(w[i] | (ascii_alpha(static_cast<unsigned char>(w[i])) ? 0x20 : 0));
  std::string_view l(low, w.size());
  for (const char* a : kAbbrev)
    if (l == a) return true;
  return false;
}

// A capitalised word of a closed class (determiners, pronouns, prepositions, conjunctions)
// that starts sentences and never continues a name: after initials that end in a period
// ("Washington, D.C. In each country"), it opens a new sentence.
bool sentence_opener(std::string_view w) {
  static constexpr std::array<const char*, 40> kOpeners = {
      "The", "A",     "An",  "In",    "On",   "At",    "It",    "He",     "She",     "They",
      "We",  "I",     "But", "And",   "This", "That",  "These", "Those",  "His",     "Her",
      "Its", "Their", "Our", "There", "When", "While", "After", "Before", "During",  "Since",
      "As",  "If",    "For", "Both",  "Some", "Many",  "Under", "With",   "Earlier", "Later"};
  for (const char* o : kOpeners)
    if (w == o) return true;
  return false;
}

bool upper_start(std::string_view t, Span s) {
  auto c = static_cast<unsigned char>(t[s.begin]);
  if (c >= 'A' && c <= 'Z') return true;
  if (c >= 0xC3 && c <= 0xC3 + 1 && s.size() >= 2) {  // Latin-1 capitals À..Þ
    auto d = static_cast<unsigned char>(t[s.begin + 1]);
    return c == 0xC3 && d >= 0x80 && d <= 0x9E;
  }
  return false;
}

bool opening_quote(std::string_view tok) {
  return tok == "\"" || tok == "\xE2\x80\x9C" || tok == "\xE2\x80\x98" || tok == "'" || tok == "(" || tok == "[";
}

bool closing_mark(std::string_view tok) {
  return tok == "\"" || tok == "\xE2\x80\x9D" || tok == "\xE2\x80\x99" || tok == "'" || tok == ")" || tok == "]";
}

}  // namespace

void tokenize(core::Document& doc) {
  std::string_view t = doc.text;
  auto& toks = doc.tokens;
  toks.clear();
  doc.sentences.clear();
  toks.reserve(doc.body.size() / 5 + 16);

  bool space_before = true, line_start = true;
  unsigned newlines = 2;  // newlines seen since the previous token
  std::vector<unsigned> breaks_before;  // newlines before each token
  breaks_before.reserve(toks.capacity());

  auto push = [&](size_t b, size_t e, TokenKind kind) {
    Token tok;
    tok.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
    tok.kind = kind;
    tok.space_before = space_before;
    tok.line_start = line_start;
    toks.push_back(tok);
    breaks_before.push_back(newlines);
    space_before = line_start = false;
    newlines = 0;
  };

  // Tokens of [i, end): words, numbers, punctuation, citation markers.
  auto scan = [&](size_t i, size_t end) {
    while (i < end) {
      auto c = static_cast<unsigned char>(t[i]);
      if (c == '\n') { ++newlines; line_start = space_before = true; ++i; continue; }
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') { space_before = true; ++i; continue; }
      bool space = false;
      int sp = c >= 0x80 ? special_at(t, i, space) : 0;
      if (space) { space_before = true; i += sp; continue; }
      if (sp > 0) { push(i, i + sp, TokenKind::Punct); i += sp; continue; }

      // Citation marker: [digits]
      if (c == '[') {
        size_t k = i + 1;
        while (k < end && ascii_digit(static_cast<unsigned char>(t[k]))) ++k;
        if (k > i + 1 && k < end && t[k] == ']' && k - i <= 5) { push(i, k + 1, TokenKind::Citation); i = k + 1; continue; }
      }
      if (!word_byte(t, i)) { push(i, i + 1, TokenKind::Punct); ++i; continue; }

      // A word or number.
      size_t b = i;
      size_t segment = i;  // start of the part after the last internal period (U.S.A)
      bool digits_only = true;
      while (i < end) {
        if (word_byte(t, i)) {
          if (!ascii_digit(static_cast<unsigned char>(t[i]))) digits_only = false;
          ++i;
          continue;
        }
        int alen = 0;
        char ch = t[i];
        bool next_word = i + 1 < end && word_byte(t, i + 1);
        if (is_apostrophe(t, i, alen) && i + alen < end && word_byte(t, i + alen)) {
          // Possessive / contraction suffixes are split: "Putin’s" -> "Putin" "’s"; "don't" -> "do" "n't".
          std::string_view rest = t.substr(i + alen, std::min<size_t>(3, end - i - alen));
          auto lower = [](char x) { return static_cast<char>(x | 0x20); };
          bool s_suffix = lower(rest[0]) == 's' && (rest.size() == 1 || !word_byte(t, i + alen + 1));
          bool other_suffix = (rest.size() >= 2 && ((lower(rest[0]) == 'l' && lower(rest[1]) == 'l') ||
                                                    (lower(rest[0]) == 'r' && lower(rest[1]) == 'e') ||
                                                    (lower(rest[0]) == 'v' && lower(rest[1]) == 'e')) &&
                               (rest.size() == 2 || !word_byte(t, i + alen + 2))) ||
                              ((lower(rest[0]) == 'd' || lower(rest[0]) == 'm') && (rest.size() == 1 || !word_byte(t, i + alen + 1)));
          if (s_suffix || other_suffix) break;
          i += alen;  // O'Brien, rock'n'roll
          continue;
        }
        if (ch == '-' && next_word && i > b) { segment = ++i; continue; }  // hyphenated words ("ROK-U.S.": a part)
        if ((ch == ',' || ch == '.' || ch == ':') && digits_only && i + 1 < end && ascii_digit(static_cast<unsigned char>(t[i + 1]))) {
          ++i;  // 7,000  3.5  7:30
          continue;
        }
        if (ch == '.' && next_word && ascii_alpha(static_cast<unsigned char>(t[i + 1])) && (i - segment) <= 2 &&
            ascii_alpha(static_cast<unsigned char>(t[i - 1]))) {
          segment = ++i;  // U.S  p.m  U.S.A  (the final period is taken below)
          continue;
        }
        break;
      }
      // A period right after the word belongs to it when the word is an abbreviation.
      if (i < end && t[i] == '.') {
        std::string_view w = t.substr(b, i - b);
        // the part after the last hyphen: "ROK-U.S" ends in initials too
        size_t hyphen = w.rfind('-');
        std::string_view part = hyphen == std::string_view::npos ? w : w.substr(hyphen + 1);
        bool initials = part.size() >= 3 && part[1] == '.';      // U.S, p.m, D.C
        bool single = w.size() == 1 && ascii_alpha(static_cast<unsigned char>(w[0])) && (w[0] >= 'A' && w[0] <= 'Z');  // J. (initial)
        if (initials || single || known_abbreviation(w)) ++i;
      }
      bool is_number = true;
      for (size_t k = b; k < i; ++k) {
        char ch = t[k];
        if (!ascii_digit(static_cast<unsigned char>(ch)) && ch != ',' && ch != '.' && ch != ':') { is_number = false; break; }
      }
      push(b, i, is_number ? TokenKind::Number : TokenKind::Word);
      // Split suffix ('s, n't handled as 's / 'll / 're / 've / 'd / 'm) as its own token.
      int alen = 0;
      if (i < end && is_apostrophe(t, i, alen) && i + alen < end && word_byte(t, i + alen)) {
        size_t s = i;
        i += alen;
        while (i < end && word_byte(t, i)) ++i;
        push(s, i, TokenKind::Word);
      }
    }
  };
  // The Title header is its own sentence (and paragraph) ahead of the body.
  if (!doc.title_span.empty() && doc.title_span.end <= doc.body.begin) {
    scan(doc.title_span.begin, doc.title_span.end);
    newlines = 2;
    line_start = space_before = true;
  }
  scan(doc.body.begin, doc.body.end);

  // Sentences.
  const size_t n = toks.size();
  auto tok_view = [&](size_t k) { return t.substr(toks[k].span.begin, toks[k].span.size()); };
  uint32_t paragraph = 0;
  size_t first = 0;
  auto close = [&](size_t last) {  // [first, last)
    if (last <= first) return;
    core::Sentence s;
    s.first_token = static_cast<uint32_t>(first);
    s.last_token = static_cast<uint32_t>(last);
    s.span = {toks[first].span.begin, toks[last - 1].span.end};
    s.paragraph = paragraph;
    uint32_t idx = static_cast<uint32_t>(doc.sentences.size());
    for (size_t k = first; k < last; ++k) {
      toks[k].sentence = idx;
      if (toks[k].kind == TokenKind::Citation) {
        std::string_view v = tok_view(k);
        int num = 0;
        for (char ch : v.substr(1, v.size() - 2)) num = num * 10 + (ch - '0');
        s.citations.push_back(num);
      }
    }
    doc.sentences.push_back(std::move(s));
    first = last;
  };
  for (size_t k = 0; k < n; ++k) {
    if (k > first && breaks_before[k] > 0) {
      close(k);
      ++paragraph;
    }
    std::string_view v = tok_view(k);
    // initials whose period ends the sentence too: "... in Washington, D.C. In each country"
    if (v.size() >= 4 && v[1] == '.' && v.back() == '.' && k + 1 < n && breaks_before[k + 1] == 0 &&
        sentence_opener(tok_view(k + 1))) {
      close(k + 1);
      continue;
    }
    if (v == "." || v == "!" || v == "?" || v == "\xE2\x80\xA6") {
      size_t j = k + 1;
      // Closing quotes, brackets and citation markers stay with the sentence they close.
      while (j < n && breaks_before[j] == 0 && (closing_mark(tok_view(j)) || toks[j].kind == TokenKind::Citation) &&
             !(opening_quote(tok_view(j)) && toks[j].space_before && j + 1 < n && !toks[j + 1].space_before &&
               toks[j].kind != TokenKind::Citation))
        ++j;
      if (j >= n || breaks_before[j] > 0) { k = j - 1; continue; }
      std::string_view next = tok_view(j);
      if (upper_start(t, toks[j].span) || toks[j].kind == TokenKind::Number || opening_quote(next) ||
          next == "\xE2\x80\x9C") {
        close(j);
        k = j - 1;
      }
    }
  }
  close(n);
}

}  // namespace ng::tokenize
