// The shortcuts taken for speed outside the syntax stage give what the long way gives:
// the tagger's token facts, its first pass over a long document.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "events/run.h"
#include "export/text_util.h"
#include "ner/features.h"
#include "ner/lexicon.h"

namespace {

using namespace ng;

// Words with capitals, digits, hyphens, a typographic apostrophe (U+2019, which
// lower_hash reads as "'") at the end, inside and in the last four bytes, short words.
ner::TaggerDoc sample_doc() {
  ner::TaggerDoc d;
  d.words = {"President", "Biden", "met", "NATO", "\xE2\x80\x99s", "leaders", "in", "Vilnius", ".",
             "People\xE2\x80\x99s", "Daily", "said", "the", "G-7", "and", "biden", "O\xE2\x80\x99Neil", "met", "x",
             "PEOPLE\xE2\x80\x99S", "CONGRESS", "in", "Vilnius", "at", "9", "a.m.", "\xE2\x80\x99", "IT", "ENDS"};
  d.sentence_starts = {0, 9, 19};
  return d;
}

ner::Gazetteer sample_gazetteer() {
  ner::Gazetteer g;
  g.add("president", ner::kGazTitle);
  g.add("vilnius", ner::kGazCity);
  g.add("people's daily", ner::kGazOrgWord);
  g.finish();
  return g;
}

}  // namespace

TEST_CASE("the tagger's token hashes are lower_hash's, whatever the word's apostrophes") {
  ner::TaggerDoc d = sample_doc();
  ner::Gazetteer g = sample_gazetteer();
  std::vector<ner::TokenInfo> info;
  ner::describe_tokens(d, &g, nullptr, info);
  REQUIRE(info.size() == d.words.size());
  for (size_t t = 0; t < d.words.size(); ++t) {
    std::string_view w = d.words[t];
    CAPTURE(w);
    CHECK(info[t].lower == ner::lower_hash(w));
    for (size_t k = 0; k < 4; ++k) {
      size_t len = std::min(w.size(), k + 1);
      CHECK(info[t].suffix[k] == ner::lower_hash(w.substr(w.size() - len)) + k);
    }
  }
}

TEST_CASE("gather_occurrences records what describe_sentences records, part by part") {
  ner::TaggerDoc d = sample_doc();
  ner::Gazetteer g = sample_gazetteer();
  const uint32_t sentences = static_cast<uint32_t>(d.sentence_starts.size());
  ner::WordOccurrences full, quick;
  std::vector<ner::TokenInfo> info;
  for (uint32_t s = 0; s < sentences; ++s) {
    ner::describe_sentences(d, s, s + 1, &g, nullptr, info, full);
    ner::gather_occurrences(d, s, s + 1, &g, info, quick);
  }
  int tracked = 0;
  for (std::string_view w : d.words) {
    CAPTURE(w);
    uint64_t h = ner::lower_hash(w);
    CHECK(quick.get(h) == full.get(h));
    tracked += full.get(h) != 0;
  }
  CHECK(tracked > 10);  // the comparison saw words with facts
  // and applied, they give describe_tokens' flags and contexts
  std::vector<ner::TokenInfo> whole, parts;
  ner::describe_tokens(d, &g, nullptr, whole);
  ner::describe_sentences(d, 0, sentences, &g, nullptr, parts, full);
  ner::apply_occurrences(quick, parts);
  for (size_t t = 0; t < whole.size(); ++t) {
    CHECK(parts[t].flags == whole[t].flags);
    CHECK(parts[t].context == whole[t].context);
  }
}

TEST_CASE("lower_into folds ASCII capitals and reads a whole U+2019 as an apostrophe") {
  std::string out = "left over from before";
  events::detail::lower_into("People\xE2\x80\x99s \xE2\x80\x99Quote\xE2\x80\x99", out);
  CHECK(out == "people's 'quote'");
  events::detail::lower_into("UN \xC3\x89LYS\xC3\x89" "E \xE2\x80", out);  // a cut U+2019 stays as it is
  CHECK(out == "un \xC3\x89lys\xC3\x89" "e \xE2\x80");
  events::detail::lower_into("", out);
  CHECK(out.empty());
}

TEST_CASE("is_valid_utf8 finds a bad byte wherever it lies among eight-byte ASCII blocks") {
  const std::string ascii = "Leaders met in Kyiv on Tuesday.";  // 31 bytes
  CHECK(exporter::is_valid_utf8(ascii));
  CHECK(exporter::is_valid_utf8(""));
  for (size_t at = 0; at < ascii.size(); ++at) {
    CAPTURE(at);
    for (const char* bad : {"\xFF", "\xC3", "\x80", "\xE2\x80", "\xED\xA0\x80"}) {
      std::string s = ascii;
      s.insert(at, bad);
      CHECK_FALSE(exporter::is_valid_utf8(s));
    }
    std::string good = ascii;
    good.insert(at, "\xC3\xA9\xE2\x80\x99\xF0\x9F\x98\x80");  // é ’ U+1F600, across block edges
    CHECK(exporter::is_valid_utf8(good));
  }
  CHECK_FALSE(exporter::is_valid_utf8(ascii + "\xE2\x80"));  // cut at the end
}
