#include "syntax/parser.h"

#include "core/resources.h"

namespace ng::syntax {
namespace {

bool alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = char(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = char(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

// The clitic at the end of `w` that UD writes as a word of its own ("n't", "'ll", "'re",
// "'ve", "'d", "'m", "'s"; straight or curly apostrophe), or 0.
size_t clitic_length(std::string_view w) {
  // Every clitic has its apostrophe (' or the first byte of ’) in the word's last five
  // bytes: most words have none, and are answered without the comparisons.
  bool apostrophe = false;
  for (size_t i = w.size() > 5 ? w.size() - 5 : 0; i < w.size(); ++i) apostrophe |= w[i] == '\'' || w[i] == '\xE2';
  if (!apostrophe) return 0;
  static constexpr std::string_view kClitics[] = {"n't", "n’t", "'ll", "’ll", "'re", "’re", "'ve", "’ve",
                                                  "'d",  "’d",  "'m",  "’m",  "'s",  "’s"};
  for (std::string_view c : kClitics)
    if (w.size() > c.size() && iequals(w.substr(w.size() - c.size()), c) && alpha(w[w.size() - c.size() - 1])) return c.size();
  return 0;
}

}  // namespace

size_t ud_words(std::string_view token, std::vector<std::string_view>& out) {
  const size_t before = out.size();
  size_t clitic = clitic_length(token);
  std::string_view body = token.substr(0, token.size() - clitic);
  // Hyphens between letters separate words; the hyphen is a word of its own.
  size_t start = 0;
  for (size_t i = 1; i + 1 < body.size(); ++i) {
    if (body[i] == '-' && alpha(body[i - 1]) && alpha(body[i + 1])) {
      out.push_back(body.substr(start, i - start));
      out.push_back(body.substr(i, 1));
      start = i + 1;
    }
  }
  out.push_back(body.substr(start));
  if (clitic) out.push_back(token.substr(token.size() - clitic));
  return out.size() - before;
}

DependencyParser::DependencyParser(const Options& options)
    : model_(SyntaxModel::load(options.model_path.empty() ? core::resource_path("models/syntax.model") : options.model_path)) {
  for (const auto& l : model_.labels()) deps_.push_back(core::dep_from(l));
}

void DependencyParser::annotate(core::Document& doc, const std::vector<uint8_t>* only) const {
  doc.syntax.assign(doc.tokens.size(), core::TokenSyntax{});
  std::vector<std::string_view> words;
  std::vector<uint32_t> word_token;  // token index of each word
  Analysis a;
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const auto& s = doc.sentences[si];
    if (only && (si >= only->size() || !(*only)[si])) continue;
    words.clear();
    word_token.clear();
    // the dateline is no part of the sentence's clause: it would be parsed as its subject
    const uint32_t first = doc.clause_start(si);
    for (uint32_t t = first; t < s.last_token; ++t) {
      size_t k = ud_words(doc.view(doc.tokens[t].span), words);
      word_token.insert(word_token.end(), k, t);
    }
    if (words.empty()) continue;
    model_.analyse(words, a);
    std::vector<bool> done(s.last_token - first, false);
    for (size_t w = 0; w < words.size(); ++w) {
      uint32_t t = word_token[w];
      int32_t h = a.head[w];
      bool outside = h < 0 || word_token[size_t(h)] != t;
      if (!outside || done[t - first]) continue;
      done[t - first] = true;
      core::TokenSyntax& ts = doc.syntax[t];
      ts.upos = core::Upos(a.upos[w]);
      ts.dep = deps_[a.label[w]];
      ts.head = h < 0 ? -1 : int32_t(word_token[size_t(h)]);
    }
  }
}

}  // namespace ng::syntax
