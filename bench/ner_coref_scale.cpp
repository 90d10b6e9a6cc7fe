// Growth of alias merging (coref::EntityResolver) with the size of one document: builds
// synthetic articles of N sentences "<First> <Last> met <Last> in <Place>." with distinct
// names (so the number of entities grows with N as well), marks the mentions by hand, and
// prints the median time of 5 runs per mention for N = 1k ... 32k. A near-linear
// resolver spends about the same time per mention at every size; a resolver comparing
// each mention with every entity would spend time per mention growing with N.
// usage: bench_ner_coref_scale [MAX_SENTENCES]   (default 32000)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "coref/resolver.h"
#include "core/error.h"
#include "tokenize/tokenizer.h"

namespace {

// A distinct capitalised word for each i (base-26 letters after a fixed capital).
std::string word(char initial, size_t i) {
  std::string w(1, initial);
  do {
    w += static_cast<char>('a' + i % 26);
    i /= 26;
  } while (i);
  return w + "o";
}

ng::core::Document make_document(size_t sentences) {
  using ng::core::EntityType;
  ng::core::Document doc;
  std::vector<std::pair<ng::core::Span, EntityType>> marks;
  for (size_t i = 0; i < sentences; ++i) {
    std::string first = word('F', i), last = word('L', i), place = word('P', i % 500);
    auto mark = [&](const std::string& s, EntityType t) {
      uint32_t b = static_cast<uint32_t>(doc.text.size());
      doc.text += s;
      marks.push_back({{b, static_cast<uint32_t>(doc.text.size())}, t});
    };
    mark(first + " " + last, EntityType::Person);
    doc.text += " met ";
    mark(last, EntityType::Person);
    doc.text += " in ";
    mark(place, EntityType::Place);
    doc.text += ".\n";
  }
  doc.body = {0, static_cast<uint32_t>(doc.text.size())};
  ng::tokenize::tokenize(doc);
  size_t t = 0;
  for (const auto& [span, type] : marks) {
    ng::core::Mention m;
    m.span = span;
    m.type = type;
    while (doc.tokens[t].span.begin < span.begin) ++t;
    m.first_token = static_cast<uint32_t>(t);
    while (doc.tokens[t].span.end < span.end) ++t;
    m.last_token = static_cast<uint32_t>(t + 1);
    doc.mentions.push_back(m);
  }
  return doc;
}

}  // namespace

int main(int argc, char** argv) {
  size_t max_sentences = argc > 1 ? std::stoul(argv[1]) : 32000;
  try {
    ng::coref::EntityResolver resolver;
    std::printf("coref growth: sentences, mentions, entities, median of 5 runs: ms total, ns per mention\n");
    for (size_t n = 1000; n <= max_sentences; n *= 2) {
      ng::core::Document doc = make_document(n);
      std::vector<double> runs;
      for (int r = 0; r < 5; ++r) {
        auto t0 = std::chrono::steady_clock::now();
        resolver.annotate(doc);
        runs.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
      }
      std::sort(runs.begin(), runs.end());
      std::printf("%6zu %7zu %7zu %9.2f %9.0f\n", n, doc.mentions.size(), doc.entities.size(), runs[2] * 1e3,
                  runs[2] * 1e9 / static_cast<double>(doc.mentions.size()));
      std::fflush(stdout);
    }
  } catch (const ng::core::Error& e) {
    std::fprintf(stderr, "bench_ner_coref_scale: %s\n", e.what());
    return 1;
  }
  return 0;
}
