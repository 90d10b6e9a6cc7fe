#pragma once
// A hand-built document for events tests: tokens from the tokenizer, then mentions,
// entities and timexes set by hand, so a test checks the events stage alone.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <cctype>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/ud.h"
#include "events/extractor.h"
#include "syntax/parser.h"
#include "tokenize/tokenizer.h"

namespace events_test {

using ng::core::Document;
using ng::core::EntityType;
using ng::core::EventKind;

struct Builder {
  Document doc;
  explicit Builder(std::string body, std::string dct = "2026-01-22", std::string title = "") {
    if (!title.empty()) doc.text = "Title: " + title + "\n\n";
    doc.title = title;
    doc.body = {uint32_t(doc.text.size()), 0};
    doc.text += body;
    doc.body.end = uint32_t(doc.text.size());
    doc.dct = dct;
    ng::tokenize::tokenize(doc);
  }
  // An entity with a mention at each occurrence of each of its names (longest first).
  int entity(EntityType type, std::string name, std::vector<std::string> aliases = {}, std::string job = "") {
    int e = int(doc.entities.size());
    doc.entities.push_back({type, name, aliases, {}, job, -1});
    std::vector<std::string> names{name};
    names.insert(names.end(), aliases.begin(), aliases.end());
    for (const auto& n : names)
      for (size_t p = doc.text.find(n, doc.body.begin); p != std::string::npos; p = doc.text.find(n, p + 1)) {
        ng::core::Span sp{uint32_t(p), uint32_t(p + n.size())};
        bool taken = false;
        for (const auto& m : doc.mentions) taken |= m.span.overlaps(sp);
        size_t end = p + n.size();
        if (taken || (end < doc.text.size() && isalpha((unsigned char)doc.text[end]))) continue;
        ng::core::Mention m;
        m.span = sp;
        m.type = type;
        m.entity = e;
        for (size_t t = 0; t < doc.tokens.size(); ++t) {
          if (doc.tokens[t].span.begin == sp.begin) m.first_token = uint32_t(t);
          if (doc.tokens[t].span.end == sp.end) m.last_token = uint32_t(t + 1);
        }
        doc.mentions.push_back(m);
      }
    std::sort(doc.mentions.begin(), doc.mentions.end(), [](const auto& a, const auto& b) { return a.span < b.span; });
    doc.entities[e].mentions.clear();
    return e;
  }
  // One Person entity per name, each named only by itself.
  void people(const std::vector<std::string>& names) {
    for (const auto& n : names) entity(EntityType::Person, n);
  }
  void timex(const std::string& text, std::string value, std::string end_value = "") {
    size_t p = doc.text.find(text, doc.body.begin);
    REQUIRE(p != std::string::npos);
    ng::core::Timex x;
    x.span = {uint32_t(p), uint32_t(p + text.size())};
    x.value = std::move(value);
    x.end_value = std::move(end_value);
    for (const auto& t : doc.tokens)
      if (t.span.begin == p) x.sentence = t.sentence;
    doc.timexes.push_back(x);
  }
  // Parses every sentence with the committed syntax model (Document::syntax).
  Builder& parse() {
    static const ng::syntax::DependencyParser parser;
    parser.annotate(doc);
    return *this;
  }
  // A hand-made dependency tree for sentence `s`: one "UPOS head relation" entry per token,
  // '|' between tokens, heads counted from 1 within the sentence and 0 for the root (as in
  // CoNLL-U). Other sentences stay unparsed.
  void tree(uint32_t s, const std::string& spec) {
    doc.syntax.resize(doc.tokens.size());
    const auto& sen = doc.sentences.at(s);
    size_t t = sen.first_token, pos = 0;
    while (pos <= spec.size()) {
      size_t bar = spec.find('|', pos);
      std::string item = spec.substr(pos, bar == std::string::npos ? std::string::npos : bar - pos);
      pos = bar == std::string::npos ? spec.size() + 1 : bar + 1;
      char upos[16] = {0}, rel[32] = {0};
      int head = 0;
      REQUIRE(sscanf(item.c_str(), " %15s %d %31s", upos, &head, rel) == 3);
      REQUIRE(t < sen.last_token);
      doc.syntax[t] = {ng::core::upos_from(upos), ng::core::dep_from(rel), head == 0 ? -1 : int32_t(sen.first_token + head - 1)};
      ++t;
    }
    REQUIRE(t == sen.last_token);
  }
  Document& run(const ng::events::Options& options = {}) {
    ng::events::EventExtractor(options).annotate(doc);
    return doc;
  }
};

inline std::vector<std::string> who(const Document& doc, const ng::core::Event& ev) {
  std::vector<std::string> out;
  for (const auto& a : ev.participants) out.push_back(a.entity >= 0 ? doc.entities[a.entity].name : "?");
  std::sort(out.begin(), out.end());
  return out;
}

inline std::vector<const ng::core::Event*> of_kind(const Document& doc, EventKind k) {
  std::vector<const ng::core::Event*> out;
  for (const auto& e : doc.events)
    if (e.kind == k) out.push_back(&e);
  return out;
}

// The speakers' names of the statements, in order.
inline std::vector<std::string> speakers(const Document& doc) {
  std::vector<std::string> out;
  for (auto* st : of_kind(doc, EventKind::Statement)) out.push_back(doc.entities[st->participants[0].entity].name);
  return out;
}

}  // namespace events_test
