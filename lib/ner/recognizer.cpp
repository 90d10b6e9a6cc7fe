#include "ner/recognizer.h"

#include "ner/mention_passes.h"

#include <algorithm>

#include "core/io.h"
#include "core/resources.h"
#include "ner/features.h"
#include "ner/lexicon.h"
#include "ner/model.h"

namespace ng::ner {
namespace {

using core::EntityType;

EntityType entity_type(int type) {
  switch (type) {
    case kPer: return EntityType::Person;
    case kOrg: return EntityType::Organization;
    case kLoc: return EntityType::Place;
    default: return EntityType::Misc;
  }
}

bool has_lower(std::string_view w) {
  for (char c : w)
    if (c >= 'a' && c <= 'z') return true;
  return false;
}
bool has_upper(std::string_view w) {
  for (char c : w)
    if (c >= 'A' && c <= 'Z') return true;
  return false;
}


// A hyphenated Chinese or Korean given name written after the family name ("Kwok-hung",
// "Won-sik", "Ki-moon"): a capital, then two short lower-case syllables joined by a hyphen.
bool is_hyphenated_given_name(std::string_view w) {
  size_t h = w.find('-');
  if (h == std::string_view::npos || h < 2 || h > 6 || w.size() - h - 1 < 2 || w.size() - h - 1 > 6) return false;
  if (!(w[0] >= 'A' && w[0] <= 'Z')) return false;
  for (size_t i = 1; i < w.size(); ++i)
    if (i != h && !(w[i] >= 'a' && w[i] <= 'z')) return false;
  // An English participle or noun after the hyphen makes a compound ("Kong-based",
  // "York-born", "Kong-listed"): no romanised syllable ends in "ed".
  std::string_view after = w.substr(h + 1);
  if ((after.size() > 2 && after.substr(after.size() - 2) == "ed") || after == "born" || after == "run" ||
      after == "made" || after == "style" || after == "era")
    return false;
  return true;
}

// A heading: a whole line without final punctuation, of at least two words, most of whose
// words start with a capital, not already in capitals; only function words are lower case.
bool is_heading(const core::Document& doc, const TaggerDoc& td, const std::vector<uint32_t>& word_token, uint32_t b,
                uint32_t e) {
  if (e - b < 2 || !doc.tokens[word_token[b]].line_start) return false;
  uint32_t after = word_token[e - 1] + 1;
  while (after < doc.tokens.size() && doc.tokens[after].kind == core::TokenKind::Citation) ++after;
  if (after < doc.tokens.size() && !doc.tokens[after].line_start) return false;
  std::string_view last = td.words[e - 1];
  if (last == "." || last == "?" || last == "!" || last == ":" || last == ";" || last == ",") return false;
  int words = 0, capitalised = 0, lower_words = 0;
  bool any_lower_letter = false;
  for (uint32_t i = b; i < e; ++i) {
    std::string_view w = td.words[i];
    unsigned char c = static_cast<unsigned char>(w[0]);
    if (has_lower(w)) any_lower_letter = true;
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) continue;
    ++words;
    if (c >= 'A' && c <= 'Z') ++capitalised;
    else if (w.size() > 4 && w != "about" && w != "after" && w != "before" && w != "between" && w != "during" &&
             w != "against" && w != "amid" && w != "among" && w != "through")
      ++lower_words;  // function words ("of", "with", "between") may stay lower case
  }
  return any_lower_letter && words >= 2 && lower_words == 0 && capitalised * 4 >= words * 3;
}

// Sorts `v` by first word (`b`) as std::sort does when no two elements share a first
// word, which holds for the chunk lists below (they do not overlap): then the order is
// the only sorted one, and a sorted run followed by a few added chunks is merged in
// O(n) instead of sorting all of it (std::sort's median-of-three pivots degrade on such
// input, down to its heap-sort fallback). With a repeated first word it is std::sort of
// `v` as it came, as before.
template <class T>
void sort_by_begin(std::vector<T>& v) {
  auto less = [](const T& a, const T& b) { return a.b < b.b; };
  size_t p = 1;
  while (p < v.size() && v[p - 1].b < v[p].b) ++p;
  if (p >= v.size()) return;
  std::vector<T> tail(v.begin() + static_cast<std::ptrdiff_t>(p), v.end());  // `v` stays as it came until checked
  std::sort(tail.begin(), tail.end(), less);
  bool distinct = true;
  for (size_t j = 0; j < tail.size() && distinct; ++j)
    distinct = (j == 0 || tail[j - 1].b != tail[j].b) &&
               !std::binary_search(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(p), tail[j], less);
  if (!distinct) {
    std::sort(v.begin(), v.end(), less);
    return;
  }
  std::copy(tail.begin(), tail.end(), v.begin() + static_cast<std::ptrdiff_t>(p));
  std::inplace_merge(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(p), v.end(), less);  // a buffer the tail's size
}


// The word classes of data/rule_words.tsv, in the order of kWordClassNames.
enum WordClass {
  kOrgHead, kInstitutionHead, kMonth, kNumberWord, kPartyPlural, kGroupNoun, kLegalSuffix, kCompass, kCardinalPoint,
  kDirectionalAdjective, kArabicArticle, kNameParticle, kHeadingStop, kAgentWord, kWordClassCount
};
constexpr const char* kWordClassNames[kWordClassCount] = {
    "org_head", "institution_head", "month", "number_word", "party_plural", "group_noun", "legal_suffix", "compass",
    "cardinal_point", "directional_adjective", "arabic_article", "name_particle", "heading_stop", "agent_word"};
// Classes matched without regard to case (lower_hash); the others as written (hash_bytes).
bool any_case(int c) { return c == kNameParticle || c == kHeadingStop || c == kAgentWord; }

// The word lists and model the rules read, loaded once by the constructor.
struct Lexicons {
  TaggerModel model;
  TitleLexicon titles;
  std::vector<uint64_t> misc_words;  // lower_hash, sorted
  std::vector<uint64_t> function_words;  // lower_hash, sorted
  std::vector<uint64_t> common_words;  // lower_hash, sorted
  std::vector<uint64_t> proper_words;  // lower_hash, sorted
  MentionLexicon passes;
  bool common(uint64_t h) const { return std::binary_search(common_words.begin(), common_words.end(), h); }
  bool proper(uint64_t h) const { return std::binary_search(proper_words.begin(), proper_words.end(), h); }
  // A capitalised head word of a geographic feature that ends a place's name ("South China
  // Sea", "Korean Peninsula": venue_words.tsv's `feature` rows). Words that long fit a
  // std::string's inline buffer: no heap allocation per token.
  bool geo_feature(std::string_view w) const {
    if (w.empty() || w.size() > 15 || w[0] < 'A' || w[0] > 'Z') return false;
    std::string l(w);
    for (char& c : l)
      if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return passes.features.count(l) > 0;
  }
  // data/rule_words.tsv: per class, the sorted hashes of its words (any_case classes:
  // lower_hash; the others: hash_bytes of the word as written).
  std::vector<uint64_t> rule_words[kWordClassCount];
  bool has(WordClass c, uint64_t h) const {
    return std::binary_search(rule_words[c].begin(), rule_words[c].end(), h);
  }
  bool is(WordClass c, std::string_view w) const { return has(c, hash_bytes(w)); }  // an as-written class
  // Capitalised head words of organisation names written "<Head> of X" ("Office of the
  // Spokesperson", "Ministry of Defence", "Bank of England"): the `org_head` class.
  bool org_head(std::string_view w) const {
    if (w.size() < 4 || w.size() > 12 || w[0] < 'A' || w[0] > 'Z') return false;  // as every head: most words stop here
    return is(kOrgHead, w);
  }
  // Head words of institutions that a place's name never ends in ("African Union" has a
  // head that a country may have: "Soviet Union", so it is not one of them).
  bool institution_head(std::string_view w) const {
    if (w.size() < 4 || w.size() > 12 || w[0] < 'A' || w[0] > 'Z') return false;  // as every head
    return is(kInstitutionHead, w);
  }
  // "al-Jubeir", "el-Sisi": a lower-case Arabic article joined by a hyphen to a capitalised
  // name; it may begin, end or stand inside a name.
  bool article_name(std::string_view w) const {
    size_t h = w.find('-');
    if (h == std::string_view::npos || h + 1 >= w.size() || !(w[h + 1] >= 'A' && w[h + 1] <= 'Z')) return false;
    return is(kArabicArticle, w.substr(0, h));
  }
};

// A name the rules work on: a word range, its type (kPer, kOrg, kLoc, kMisc; -1 drops it)
// and the title word range before it (empty when tb == te).
struct Chunk {
  uint32_t b, e;  // word range
  int type;
  uint32_t tb = 0, te = 0;  // title word range (empty when tb == te)
};

// A transcript speaker label ("PRESIDENT BIDEN:"): title words [title, name), the name
// [name, end), the colon at end.
struct Label {
  uint32_t title, name, end;
};

// Grammar the rules' logic is written in (connectives and patronymic particles).
const uint64_t kBin = lower_hash("bin"), kBint = lower_hash("bint"), kIbn = lower_hash("ibn"), kAl = lower_hash("al"),
               kEl = lower_hash("el"), kAnd = lower_hash("and"), kOfW = lower_hash("of"), kForW = lower_hash("for"),
               kToW = lower_hash("to"), kTheW = lower_hash("the");

// What this object represents: one document on its way through the recognizer's rules,
// the state every rule pass reads and changes. The document's words (citation markers
// skipped; word_token maps a word back to Document::tokens) and their lower_hash; the
// sentence starts the tagger sees (td.sentence_starts, which the passes before tagging
// may add to) and, after tagging, sentence_start[] per word; the words of Title Case
// headings (in_heading[]); the tagger's tags and the chunks built from them. A pass
// before tagging changes only td (its words and sentence starts) and labels; a pass
// after it changes only chunks. Each pass is a method named in kBeforeTagging or
// kChunkPasses (below), run once in table order.
struct Rules {
  Rules(const Lexicons& lexicons, core::Document& document);

  const Lexicons& lex;
  core::Document& doc;
  TaggerDoc td;
  std::vector<uint32_t> word_token;
  uint32_t n = 0;
  std::vector<uint64_t> lower;
  std::vector<Label> labels;
  std::string heading_text;                      // headings in capitals: td.words point into it while tagging
  std::vector<std::string_view> original_words;  // the headings' words as written, when there are headings
  std::vector<uint8_t> in_heading;
  std::vector<uint8_t> sentence_start;
  std::vector<Tag> tags;
  std::vector<Chunk> chunks;
  const Gazetteer& gazetteer;
  std::vector<uint8_t> covered;  // merge_added's scratch

  // Tags the words and builds the chunks from the BILOU tags (the words as written again).
  void tag_and_chunk();
  // Turns the chunks into doc.mentions.
  void emit() const;

  // Shared by the name rules.
  bool is_org_head(std::string_view w) const { return lex.org_head(w); }
  bool is_institution_head(std::string_view w) const { return lex.institution_head(w); }
  bool is_article_name(std::string_view w) const { return lex.article_name(w); }
  uint32_t gaz_one(uint32_t i) const { return gazetteer.categories(phrase_step(0, lower[i])); }
  bool is_first_name(uint32_t i) const { return (gaz_one(i) & (1u << kGazFirstName)) != 0; }
  bool capitalised(uint32_t i) const { return td.words[i][0] >= 'A' && td.words[i][0] <= 'Z'; }
  bool common(uint32_t i) const { return lex.common(lower[i]); }
  // The plural of a one-word title ("Ministers", "Vice-Premiers"): the title without "s".
  bool plural_title(uint32_t i) const {
    std::string_view w = td.words[i];
    size_t hyphen = w.rfind('-');
    if (hyphen != std::string_view::npos) w = w.substr(hyphen + 1);
    if (w.size() < 4 || (w.back() != 's' && w.back() != 'S')) return false;
    uint64_t h = lower_hash(w.substr(0, w.size() - 1));
    return lex.titles.match_at(&h, 0, 1) == 1;
  }
  uint32_t sentence_end(uint32_t i) const {  // first sentence start after word i
    uint32_t e = i + 1;
    while (e < n && !sentence_start[e]) ++e;
    return e;
  }
  bool is_patronym(uint32_t i) const { return lower[i] == kBin || lower[i] == kBint || lower[i] == kIbn; }
  // A word that may continue a personal name: a capitalised word ("Zayed", "J.", "III"),
  // a patronymic particle ("bin") or an Arabic article ("al", "al-Jubeir").
  bool name_word(uint32_t i) const {
    std::string_view w = td.words[i];
    if (capitalised(i)) return w.size() > 1 ? has_lower(w) || w.back() == '.' || w == "III" || w == "II" : false;
    return is_patronym(i) || lower[i] == kAl || lower[i] == kEl || is_article_name(w);
  }
  // Replaces every chunk that overlaps one of `added` (title words included) by it.
  void merge_added(std::vector<Chunk>& added);

  // The passes, in table order (their contracts are at their definitions).
  void speaker_labels();
  void sentence_cased_copy();
  void title_case_headings();
  void speaker_label_people();
  void head_of_organisations();
  void chunk_edges();
  void titles_with_domain();
  void patronymic_names();
  void hyphenated_given_names();
  void first_name_initial();
  void first_name_surname();
  void untagged_groups_countries_acronyms();
  void geographic_features();
  void titles_inside_chunks();
  void type_fixups();
  void word_class_leftovers();
  void party_plurals();
  void building_institutions();
  void person_name_words();
  void event_organisations();
  void name_of_country();
  void common_word_tails();
  void person_run_into_name();
  void hyphenated_bodies();
  void legal_suffixes();
  void heading_names();
  void lower_case_places();
  void person_titles();
};

Rules::Rules(const Lexicons& lexicons, core::Document& document)
    : lex(lexicons), doc(document), gazetteer(lexicons.model.gazetteer()) {
  // Words are the non-citation tokens; word_token maps back to Document::tokens.
  td.words.reserve(doc.tokens.size());
  word_token.reserve(doc.tokens.size());
  uint32_t sentence = UINT32_MAX;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    const core::Token& tok = doc.tokens[t];
    if (tok.kind == core::TokenKind::Citation) continue;
    if (tok.sentence != sentence) {
      td.sentence_starts.push_back(static_cast<uint32_t>(td.words.size()));
      sentence = tok.sentence;
    }
    td.words.push_back(doc.view(tok.span));
    word_token.push_back(t);
  }
  n = static_cast<uint32_t>(td.words.size());
  lower.resize(n);
  for (uint32_t i = 0; i < n; ++i) lower[i] = lower_hash(td.words[i]);
  in_heading.assign(n, 0);
}

void Rules::tag_and_chunk() {
  // The Title header's words count as a heading's below, whatever their case.
  for (uint32_t i = 0; i < n && doc.tokens[word_token[i]].span.begin < doc.body.begin; ++i) in_heading[i] = 1;
  sentence_start.assign(n + 1, 0);
  for (uint32_t s : td.sentence_starts) sentence_start[s] = 1;
  lex.model.tag(td, tags);
  // The rules below read the words as written.
  if (!original_words.empty()) td.words = std::move(original_words);

  for (uint32_t i = 0; i < n; ++i) {
    Tag t = tags[i];
    if (!t || (tag_part(t) != kB && tag_part(t) != kU)) continue;
    uint32_t e = i + 1;
    if (tag_part(t) == kB)
      while (e < n && tags[e] && tag_type(tags[e]) == tag_type(t) && tag_part(tags[e]) != kB && tag_part(tags[e]) != kU) ++e;
    chunks.push_back({i, e, tag_type(t)});
    i = e - 1;
  }
}

void Rules::emit() const {
  for (const Chunk& c : chunks) {
    if (c.type < 0) continue;
    core::Mention m;
    m.first_token = word_token[c.b];
    m.last_token = word_token[c.e - 1] + 1;
    m.span = {doc.tokens[m.first_token].span.begin, doc.tokens[m.last_token - 1].span.end};
    m.type = entity_type(c.type);
    if (c.tb < c.te) m.title = {doc.tokens[word_token[c.tb]].span.begin, doc.tokens[word_token[c.te - 1]].span.end};
    doc.mentions.push_back(m);
  }
}

void Rules::merge_added(std::vector<Chunk>& added) {
  if (added.empty()) return;
  covered.assign(n, 0);
  for (const Chunk& a : added)
    for (uint32_t i = std::min(a.b, a.tb < a.te ? a.tb : a.b); i < a.e; ++i) covered[i] = 1;
  std::vector<Chunk> out;
  out.reserve(chunks.size() + added.size());
  for (const Chunk& c : chunks) {
    uint32_t begin = c.tb < c.te ? std::min(c.tb, c.b) : c.b, first_hit = c.e;
    for (uint32_t i = begin; i < c.e && first_hit == c.e; ++i)
      if (covered[i]) first_hit = i;
    if (first_hit == c.e) {
      out.push_back(c);
    } else if (c.tb == c.te && first_hit > c.b) {
      Chunk kept = c;  // "UN" of "UN High Commissioner ..." when the title starts inside the chunk
      kept.e = first_hit;
      while (kept.e > kept.b && !has_upper(td.words[kept.e - 1])) --kept.e;
      if (kept.e > kept.b) out.push_back(kept);
    }
  }
  out.insert(out.end(), added.begin(), added.end());
  sort_by_begin(out);
  chunks = std::move(out);
  added.clear();
}

// ---- The rule passes, in table order. Before tagging: ----

// Transcript speaker labels: a line that starts with capitals-only words and a colon
// ("PRESIDENT BIDEN:", "SECRETARY BLINKEN:"): a leading title, then the person's name;
// or, without a title, two or three words that are no dictionary common words.
// The words after the colon are tagged as a sentence of their own.
void Rules::speaker_labels() {
  for (uint32_t i = 0; i < n; ++i) {
    if (!doc.tokens[word_token[i]].line_start) continue;
    uint32_t e = i;
    while (e < n && e - i < 6 && has_upper(td.words[e]) && !has_lower(td.words[e]) && td.words[e] != ":" &&
           (e == i || !doc.tokens[word_token[e]].line_start))
      ++e;
    if (e == i || e >= n || td.words[e] != ":") continue;
    uint32_t name = lex.titles.match_at(lower.data(), i, e);
    if (name == e || e - name > 3) continue;
    if (name == i) {
      // Without a title, a label is a full name ("JOHN SMITH:"), not a form's field
      // ("ISSUER:", "DUE DATE:", "AMT:").
      bool full_name = e - i >= 2;
      for (uint32_t k = i; k < e && full_name; ++k) full_name = !lex.common(lower[k]) && td.words[k].size() > 1;
      if (!full_name) continue;
    }
    labels.push_back({i, name, e});
  }
  if (!labels.empty()) {
    std::vector<uint32_t> starts = td.sentence_starts;
    for (const Label& l : labels)
      if (l.end + 1 < n) starts.push_back(l.end + 1);
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    td.sentence_starts = std::move(starts);
  }
}

// Sentence-cased copy: an article that capitalises a function word right after a dotted
// abbreviation in mid-sentence ("the U.S. Would be pleased") capitalises whatever word
// follows one ("recent U.S. Complaints"), as at a sentence's start; so every such word
// is tagged as a sentence's first. (A real sentence break after an abbreviation, "in
// Washington, D.C. In May", is one too.)
void Rules::sentence_cased_copy() {
  auto dotted = [](std::string_view w) {  // "U.S.", "D.C.", "U.K."
    if (w.size() < 4 || w.size() % 2) return false;
    for (size_t i = 0; i < w.size(); i += 2)
      if (!(w[i] >= 'A' && w[i] <= 'Z') || w[i + 1] != '.') return false;
    return true;
  };
  std::vector<uint8_t> starts(n + 1, 0);
  for (uint32_t s : td.sentence_starts) starts[s] = 1;
  std::vector<uint32_t> after;
  bool sentence_cased = false;
  for (uint32_t i = 0; i + 1 < n; ++i) {
    std::string_view next = td.words[i + 1];
    if (starts[i + 1] || !dotted(td.words[i]) || !(next[0] >= 'A' && next[0] <= 'Z') || !has_lower(next)) continue;
    after.push_back(i + 1);
    sentence_cased = sentence_cased || std::binary_search(lex.function_words.begin(), lex.function_words.end(),
                                                          lower[i + 1]);
  }
  if (sentence_cased) {
    td.sentence_starts.insert(td.sentence_starts.end(), after.begin(), after.end());
    std::sort(td.sentence_starts.begin(), td.sentence_starts.end());
  }
}

// Headings in Title Case ("Ukraine Peace Talks Narrow to Single Issue") are tagged in
// capitals, the form headlines have in the training data, where capitalisation says
// nothing about names. A heading capitalises at least two dictionary common words
// ("Peace", "Talks"), in a body line more than half of its capitalised words (the Title
// header is a heading by its place); a line of names ("Ann Lee ( Norway ) beat Bo Li (
// Chile )", "Harbour Trust Bank, Lisbon", a byline, a signature) is no heading,
// whatever its punctuation.
void Rules::title_case_headings() {
  std::vector<std::pair<uint32_t, uint32_t>> headings;
  size_t bytes = 0;
  for (size_t s = 0; s < td.sentence_starts.size(); ++s) {
    uint32_t b = td.sentence_starts[s], e = s + 1 < td.sentence_starts.size() ? td.sentence_starts[s + 1] : n;
    if (!is_heading(doc, td, word_token, b, e)) continue;
    int common_words = 0, capitalised_words = 0;
    for (uint32_t i = b; i < e; ++i) {
      bool capital = td.words[i][0] >= 'A' && td.words[i][0] <= 'Z';
      capitalised_words += capital;
      common_words += capital && lex.common(lower[i]);
    }
    bool title_header = doc.tokens[word_token[b]].span.begin < doc.body.begin;  // a heading by its place
    if (common_words >= 2 && (title_header || common_words * 2 > capitalised_words)) {
      headings.emplace_back(b, e);
      for (uint32_t i = b; i < e; ++i) bytes += td.words[i].size(), in_heading[i] = 1;
    }
  }
  if (!headings.empty()) original_words = td.words;
  heading_text.reserve(bytes);  // views below point into it: no reallocation
  for (auto [b, e] : headings)
    for (uint32_t i = b; i < e; ++i) {
      size_t at = heading_text.size();
      for (char c : td.words[i]) heading_text += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
      td.words[i] = std::string_view(heading_text.data() + at, td.words[i].size());
    }
}

// ---- After tagging, on the chunks: ----

// Transcript speaker labels (after tagging): the labelled person, with the label's title,
// replaces any chunk inside the label.
void Rules::speaker_label_people() {
  if (!labels.empty()) {
    // The labelled person replaces any chunk inside the label. Labels are disjoint lines
    // in text order, so one pass over the chunks does it for all of them.
    chunks.erase(std::remove_if(chunks.begin(), chunks.end(),
                                [&](const Chunk& c) {
                                  auto l = std::lower_bound(labels.begin(), labels.end(), c.b,
                                                            [](const Label& x, uint32_t b) { return x.end <= b; });
                                  return l != labels.end() && c.b < l->end && c.e > l->title;
                                }),
                 chunks.end());
    for (const Label& l : labels) chunks.push_back({l.name, l.end, kPer, l.title, l.name});
    sort_by_begin(chunks);
  }
}

// "<Head> of [the] <Capitalised words>" names an organisation even where the tagger
// found nothing ("Office of the Spokesperson", "Ministry of Defence"); chunks inside it
// give way to it, and it gives way to a chunk it would cut.
// Word classes read (data/rule_words.tsv): `org_head`.
void Rules::head_of_organisations() {
  static const uint64_t kOf = lower_hash("of"), kThe = lower_hash("the");
  std::vector<Chunk> added;
  std::vector<uint32_t> reach(chunks.size() + 1, 0);  // reach[k]: the largest end of chunks [0, k)
  for (size_t k = 0; k < chunks.size(); ++k) reach[k + 1] = std::max(reach[k], chunks[k].e);
  for (uint32_t i = 0; i + 2 < n; ++i) {
    if (!is_org_head(td.words[i]) || lower[i + 1] != kOf || sentence_start[i + 1]) continue;
    uint32_t j = i + 2;
    if (j < n && lower[j] == kThe && !sentence_start[j]) ++j;
    uint32_t e = j;
    while (e < n && !sentence_start[e] && e > i && has_upper(td.words[e]) && td.words[e].size() > 1) ++e;
    if (e == j) continue;
    // A chunk cuts [i, e) when it overlaps it and starts before or ends after it: one
    // that starts before i and ends after i (reach[] holds the farthest end of the
    // chunks before each), or one that starts inside and ends after e.
    auto by_begin = [](const Chunk& c, uint32_t b) { return c.b < b; };
    size_t first = std::lower_bound(chunks.begin(), chunks.end(), i, by_begin) - chunks.begin();
    bool cuts = reach[first] > i;
    for (size_t k = first; k < chunks.size() && chunks[k].b < e && !cuts; ++k) cuts = chunks[k].e > e;
    if (!cuts) added.push_back({i, e, kOrg});
    i = e - 1;
  }
  if (!added.empty()) {
    // Chunks inside one of `added` (disjoint, in text order) give way.
    chunks.erase(std::remove_if(chunks.begin(), chunks.end(),
                                [&](const Chunk& c) {
                                  auto a = std::upper_bound(added.begin(), added.end(), c.b,
                                                            [](uint32_t b, const Chunk& x) { return b < x.b; });
                                  for (int back = 0; back < 2 && a != added.begin(); ++back)
                                    if (c.e <= (--a)->e) return true;  // a->b <= c.b
                                  return false;
                                }),
                 chunks.end());
    chunks.insert(chunks.end(), added.begin(), added.end());
    sort_by_begin(chunks);
  }
}

// Chunk edges: function words and punctuation never begin or end a name ("of the
// United States" -> "United States"); a generational suffix ends a person's name
// ("Marcos Jr."); an organisation written "Office of the X" includes its head.
// Word classes read (data/rule_words.tsv): `name_particle`, `arabic_article`, `org_head`.
void Rules::chunk_edges() {
  static const uint64_t kOf = lower_hash("of"), kThe = lower_hash("the"), kFor = lower_hash("for");
  auto is_edge_junk = [&](uint32_t i) {
    std::string_view w = td.words[i];
    unsigned char c = static_cast<unsigned char>(w[0]);
    if (c >= 'a' && c <= 'z') return !is_article_name(w);  // "of", "the", "and"; not "al-Qaida"
    return w.size() == 1 && !((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
  };
  // Lower-case words that may stand inside a name ("Bank of England", "Mohammed bin
  // Salman"); any other lower-case word ends a name (greedy decoding can run a chunk on
  // through a clause: "Harris shared the ...").
  // English grammar here, the name particles ("von", "bin", "de") in rule_words.tsv.
  static const uint64_t kInside[] = {lower_hash("of"), lower_hash("the"), lower_hash("and"), lower_hash("for"),
                                     lower_hash("on"), lower_hash("'s"),  lower_hash("in")};
  auto may_be_inside = [&](uint32_t i) {
    std::string_view w = td.words[i];
    unsigned char c = static_cast<unsigned char>(w[0]);
    if (w.size() == 1 && (c == '(' || c == ')' || c == ',' || c == ';' || c == ':' || c == '"')) return false;
    if (!(c >= 'a' && c <= 'z') && !(c == '$')) return true;
    if (c == '$') return false;
    if (is_article_name(w)) return true;
    for (uint64_t h : kInside)
      if (lower[i] == h) return true;
    return lex.has(kNameParticle, lower[i]);
  };
  std::vector<Chunk> kept;
  for (size_t k = 0; k < chunks.size(); ++k) {
    Chunk c = chunks[k];
    if (c.tb == c.te) {
      for (uint32_t i = c.b + 1; i < c.e; ++i)
        if (!may_be_inside(i)) { c.e = i; break; }
      // "The Davos ..." in a heading or at a sentence's start; in mid-sentence a
      // capitalised "The" is the name's own ("at The Oval", "The Hague").
      while (c.b < c.e && (is_edge_junk(c.b) || (lower[c.b] == kThe && (sentence_start[c.b] || in_heading[c.b] ||
                                                                        doc.tokens[word_token[c.b]].line_start))))
        ++c.b;
      while (c.e > c.b && is_edge_junk(c.e - 1)) --c.e;
      if (c.b == c.e) continue;
    }
    uint32_t limit = k + 1 < chunks.size() ? chunks[k + 1].b : n;
    if (c.type == kPer && c.e < limit && !sentence_start[c.e]) {
      std::string_view w = td.words[c.e];
      if (w == "Jr." || w == "Sr." || w == "Jr" || w == "Sr" || w == "II" || w == "III" || w == "IV") ++c.e;
    }
    if (c.type == kOrg || c.type == kPer || c.type == kLoc) {
      // "<Head> of [the] X": Office, Ministry, Bank ... (heads from the title of X alone
      // are not known, so only the capitalised head word before "of" is checked).
      uint32_t b = c.b;
      uint32_t floor = kept.empty() ? 0 : kept.back().e;
      if (b >= floor + 3 && lower[b - 1] == kThe && (lower[b - 2] == kOf || lower[b - 2] == kFor) &&
          is_org_head(td.words[b - 3]) && !sentence_start[b - 1] && !sentence_start[b - 2])
        c = {b - 3, c.e, kOrg};
      else if (b >= floor + 2 && (lower[b - 1] == kOf || lower[b - 1] == kFor) && is_org_head(td.words[b - 2]) &&
               !sentence_start[b - 1])
        c = {b - 2, c.e, kOrg};
    }
    kept.push_back(c);
  }
  chunks = std::move(kept);
}

// A title with a domain before a name: "Minister of Energy Abdulaziz bin Salman Al Saud",
// "Minister of Environment, Water, and Agriculture Abdulrahman al-Fadhli", "Prime
// Minister of the United Kingdom and Northern Ireland Boris Johnson". The domain is
// capitalised common words (data/common_words.tsv), place names and connectives; the
// name starts at the first word that is neither (or at a first name before a name).
// Word classes read (data/rule_words.tsv): `org_head`, `arabic_article`.
void Rules::titles_with_domain() {
  std::vector<Chunk> added;
  std::vector<uint8_t> per_start(n + 1, 0);
  for (const Chunk& c : chunks)
    if (c.type == kPer) per_start[c.b] = 1;
  const uint32_t place_mask = (1u << kGazCountry) | (1u << kGazRegion) | (1u << kGazCity);
  uint32_t floor = 0;
  std::vector<Chunk> places;  // places named in the domain stay places
  for (uint32_t j = 1; j + 2 < n; ++j) {
    if (sentence_start[j]) floor = j;
    if (!(lower[j] == kOfW || lower[j] == kForW || lower[j] == kToW) || sentence_start[j] || !capitalised(j - 1))
      continue;
    uint32_t tb = lex.titles.match_before(lower.data(), floor, j);
    if (tb == j) continue;
    uint32_t limit = sentence_end(j);
    uint32_t k = j + 1, domain = 0;
    bool last_connective = true;
    places.clear();
    while (k < limit && k - j <= 12) {
      std::string_view w = td.words[k];
      if (lower[k] == kAnd || lower[k] == kOfW || lower[k] == kForW || lower[k] == kTheW || w == "," || w == "&") {
        ++k;
        last_connective = true;
        continue;
      }
      if (!capitalised(k) || is_org_head(w) || lex.titles.match_at(lower.data(), k, k + 1) > k) break;
      if (k + 1 < limit && is_hyphenated_given_name(td.words[k + 1])) break;  // "Defense Shin Won-sik"
      uint32_t e = gazetteer.longest(lower.data(), k, limit, place_mask);
      if (e > k && !(e - k == 1 && is_first_name(k) && e < limit && capitalised(e) && !common(e))) {
        places.push_back({k, e, kLoc});
        k = e;
      } else if (common(k) && !(is_first_name(k) && k + 1 < limit && capitalised(k + 1) && !common(k + 1))) {
        ++k;
      } else {
        break;
      }
      ++domain;
      last_connective = false;
    }
    if (domain == 0 || last_connective || k >= limit) continue;
    // An abbreviated honorific between the domain and the name stays in the title ("Dr.").
    uint32_t h = lex.titles.match_at(lower.data(), k, limit);
    bool honorific = h > k && h < limit && td.words[h - 1].back() == '.';
    if (honorific) k = h;
    uint32_t e = k;
    while (e < limit && e - k < 7 && name_word(e)) ++e;
    while (e > k && !capitalised(e - 1) && !is_article_name(td.words[e - 1])) --e;
    bool family_name = k + 1 < e && is_hyphenated_given_name(td.words[k + 1]);
    if (e == k || !capitalised(k) || (common(k) && !is_first_name(k) && !family_name && !honorific)) continue;
    if (e - k == 1 && !per_start[k]) continue;
    // A known proper noun that is not a first name ("Hispanic") is no name's start unless
    // the tagger read a person there.
    if (lex.proper(lower[k]) && !is_first_name(k) && !family_name && !honorific &&
        !(tags[k] && tag_type(tags[k]) == kPer))
      continue;
    bool bad = false;
    for (uint32_t i = k; i < e && !bad; ++i)
      bad = (gaz_one(i) & (1u << kGazOrgWord)) || std::binary_search(lex.misc_words.begin(), lex.misc_words.end(), lower[i]);
    if (bad || gazetteer.longest(lower.data(), k, e, place_mask) == e) continue;
    added.insert(added.end(), places.begin(), places.end());
    added.push_back({k, e, kPer, tb, k});
    j = e;
  }
  merge_added(added);
}

// Patronymic names run on through "bin"/"bint"/"ibn" and the capitalised words and
// Arabic articles after them: "Mohamed bin Zayed bin Sultan Al Nahyan" is one person,
// however the tagger cut it.
// Word classes read (data/rule_words.tsv): `arabic_article`.
void Rules::patronymic_names() {
  std::vector<Chunk> out;
  for (size_t k = 0; k < chunks.size(); ++k) {
    Chunk c = chunks[k];
    if (c.type == kPer) {
      uint32_t limit = sentence_end(c.b);
      uint32_t e = c.e;
      while (e + 1 < limit && is_patronym(e) && capitalised(e + 1)) {
        e += 2;
        while (e < limit && name_word(e) && !is_patronym(e)) ++e;
      }
      while (e > c.e && !capitalised(e - 1) && !is_article_name(td.words[e - 1])) --e;
      if (e > c.e) {
        c.e = e;
        while (k + 1 < chunks.size() && chunks[k + 1].b < e) {
          ++k;
          c.e = std::max(c.e, chunks[k].e);
        }
      }
    }
    out.push_back(c);
  }
  chunks = std::move(out);
}

// Chinese and Korean names: a family name and a hyphenated given name ("Leung
// Kwok-hung", "Shin Won-sik") are one person, whatever the tagger made of them.
void Rules::hyphenated_given_names() {
  std::vector<Chunk> added;
  std::vector<int32_t> owner(n, -1);
  for (size_t k = 0; k < chunks.size(); ++k)
    for (uint32_t i = chunks[k].b; i < chunks[k].e; ++i) owner[i] = static_cast<int32_t>(k);
  for (uint32_t i = 1; i < n; ++i) {
    if (!is_hyphenated_given_name(td.words[i]) || sentence_start[i]) continue;
    std::string_view family = td.words[i - 1];
    if (!capitalised(i - 1) || family.size() > 7 || !has_lower(family)) continue;
    bool letters = true;
    for (char ch : family) letters = letters && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
    if (!letters || lex.titles.match_at(lower.data(), i - 1, i) == i) continue;
    if (sentence_start[i - 1] && common(i - 1)) continue;
    int32_t a = owner[i - 1], b = owner[i];
    if (a >= 0 && a == b && chunks[a].type == kPer) continue;
    if (a >= 0 && chunks[a].type == kPer && chunks[a].e == i && (b < 0 || chunks[b].e == i + 1)) {
      Chunk c = chunks[a];
      c.e = i + 1;
      added.push_back(c);
    } else if ((a < 0 || (chunks[a].b == i - 1 && chunks[a].e <= i + 1)) && (b < 0 || chunks[b].e == i + 1)) {
      added.push_back({i - 1, i + 1, kPer});
    }
  }
  merge_added(added);
}

// A first name, an initial and a capitalised word are one person, even where the
// sentence splitter cut after the initial ("Antony J. | Blinken, Secretary of State").
void Rules::first_name_initial() {
  std::vector<Chunk> added;
  std::vector<int32_t> person_of(n, -1);  // index of the person chunk covering each word
  for (size_t k = 0; k < chunks.size(); ++k)
    if (chunks[k].type == kPer)
      for (uint32_t i = chunks[k].b; i < chunks[k].e; ++i) person_of[i] = static_cast<int32_t>(k);
  for (uint32_t i = 0; i + 2 < n; ++i) {
    std::string_view mid = td.words[i + 1];
    if (!(mid.size() == 2 && mid[0] >= 'A' && mid[0] <= 'Z' && mid[1] == '.')) continue;
    if (!is_first_name(i) || !capitalised(i) || !has_lower(td.words[i]) || !capitalised(i + 2) ||
        !has_lower(td.words[i + 2]) || common(i + 2) || sentence_start[i + 1])
      continue;
    bool inside = person_of[i] >= 0 && person_of[i] == person_of[i + 2];  // already one person
    if (!inside) added.push_back({i, i + 3, kPer});
    i += 2;
  }
  merge_added(added);
}

// A first name and a capitalised word that is neither a common word, a place, an
// organisation word nor a title, where the tagger found nothing, name a person
// ("Spokesperson Ned Price").
void Rules::first_name_surname() {
  std::vector<Chunk> added;
  std::vector<uint8_t> in_chunk(n + 1, 0);
  for (const Chunk& c : chunks)
    for (uint32_t i = std::min(c.b, c.tb < c.te ? c.tb : c.b); i < c.e; ++i) in_chunk[i] = 1;
  const uint32_t not_surname = (1u << kGazCountry) | (1u << kGazCity) | (1u << kGazRegion) |
                               (1u << kGazDemonym) | (1u << kGazOrgWord) | (1u << kGazTitle);
  for (uint32_t i = 0; i + 1 < n; ++i) {
    if (in_chunk[i] || in_chunk[i + 1] || sentence_start[i + 1] || !capitalised(i) || !capitalised(i + 1)) continue;
    if (!is_first_name(i) || common(i) || !has_lower(td.words[i]) || !has_lower(td.words[i + 1]) || common(i + 1))
      continue;
    if (gaz_one(i + 1) & not_surname) continue;
    if (i + 2 < n && !sentence_start[i + 2] && capitalised(i + 2)) continue;  // part of a longer name
    added.push_back({i, i + 2, kPer});
    ++i;
  }
  merge_added(added);
}

// "G7", "G20", "G-77", "Group of 77", "Group of Seven": groups of countries, as
// organisations, where the tagger found nothing or read a word of its own.
// Word classes read (data/rule_words.tsv): `number_word`.
void Rules::untagged_groups_countries_acronyms() {
  std::vector<Chunk> added;
  std::vector<uint8_t> in_chunk(n + 1, 0);
  std::vector<uint8_t> alone(n + 1, 0);  // the word is a chunk of one word
  for (const Chunk& c : chunks) {
    for (uint32_t i = c.b; i < c.e; ++i) in_chunk[i] = 1;
    if (c.e == c.b + 1 && c.tb == c.te) alone[c.b] = 1;
  }
  auto number = [&](std::string_view w) {
    bool digits = !w.empty();
    for (char ch : w) digits = digits && ch >= '0' && ch <= '9';
    return digits || lex.is(kNumberWord, w);
  };
  for (uint32_t i = 0; i < n; ++i) {
    std::string_view w = td.words[i];
    if (w == "Group" && i + 2 < n && lower[i + 1] == kOfW && number(td.words[i + 2]) && !sentence_start[i + 1] &&
        !sentence_start[i + 2]) {
      added.push_back({i, i + 3, kOrg});
      continue;
    }
    if ((in_chunk[i] && !alone[i]) || w.size() < 2 || w.size() > 4 || w[0] != 'G') continue;
    size_t d = w[1] == '-' ? 2 : 1;
    bool digits = d < w.size();
    for (size_t x = d; x < w.size(); ++x) digits = digits && w[x] >= '0' && w[x] <= '9';
    if (digits) added.push_back({i, i + 1, kOrg});
  }
  // A country's name where the tagger found nothing ("Bahrain" in a list of
  // governments), unless its words are common words or first names ("Chad", "Jordan").
  {
    const uint32_t country_bit = 1u << kGazCountry;
    for (uint32_t i = 0; i < n; ++i) {
      if (in_chunk[i] || !capitalised(i) || !has_lower(td.words[i])) continue;
      uint32_t limit = std::min(n, i + 6);
      for (uint32_t k = i + 1; k < limit; ++k)
        if (sentence_start[k] || in_chunk[k]) { limit = k; break; }
      uint32_t e = gazetteer.longest(lower.data(), i, limit, country_bit);
      if (e == i) continue;
      bool plain = true;
      for (uint32_t k = i; k < e; ++k)
        if (capitalised(k) && (common(k) || is_first_name(k))) plain = false;
      if (plain && capitalised(e - 1)) {
        added.push_back({i, e, kLoc});
        i = e - 1;
      }
    }
  }
  // An acronym in running text that no dictionary or gazetteer knows ("COVAX", "NSC")
  // and the tagger left alone names an organisation.
  for (uint32_t i = 0; i < n; ++i) {
    std::string_view w = td.words[i];
    if (in_chunk[i] || w.size() < 3 || w.size() > 6) continue;
    bool caps = true;
    for (char ch : w) caps = caps && ch >= 'A' && ch <= 'Z';
    if (!caps || lex.proper(lower[i]) || common(i) || gaz_one(i) != 0) continue;
    bool running = (i > 0 && !sentence_start[i] && has_lower(td.words[i - 1])) ||
                   (i + 1 < n && !sentence_start[i + 1] && has_lower(td.words[i + 1]));
    if (running && !(i > 0 && td.words[i - 1] == "(")) added.push_back({i, i + 1, kOrg});
  }
  merge_added(added);
}

// Geographic features: "South China" + "Sea" is the place "South China Sea"; a name
// ending in such a word is a place ("Korean Peninsula", not an organisation).
// Word classes read (data/rule_words.tsv): `cardinal_point`.
void Rules::geographic_features() {
  for (size_t k = 0; k < chunks.size(); ++k) {
    Chunk& c = chunks[k];
    if (c.type == kPer || c.tb < c.te) continue;
    uint32_t next = k + 1 < chunks.size() ? chunks[k + 1].b : n;
    bool feature_next = c.e < n && !sentence_start[c.e] && lex.geo_feature(td.words[c.e]);
    if (feature_next && next == c.e && chunks[k + 1].e == c.e + 1 && chunks[k + 1].tb == chunks[k + 1].te) {
      chunks[k + 1].type = -1;  // "Hong Kong" + "Island": dropped below
      next = k + 2 < chunks.size() ? chunks[k + 2].b : n;
    }
    std::string_view after = c.e < n ? td.words[c.e] : std::string_view();
    if (feature_next && c.e < next) {
      ++c.e;
      c.type = kLoc;
    } else if (c.type == kLoc && c.e < next && !sentence_start[c.e] &&
               lex.is(kCardinalPoint, after) &&
               (c.e + 1 == n || sentence_start[c.e + 1] || !capitalised(c.e + 1))) {
      ++c.e;  // "New Territories West", "Kowloon East"
    } else if (c.e - c.b >= 2 && lex.geo_feature(td.words[c.e - 1])) {
      c.type = kLoc;
    }
  }
  chunks.erase(std::remove_if(chunks.begin(), chunks.end(), [](const Chunk& c) { return c.type < 0; }), chunks.end());
}

// A title inside a chunk splits it: "Environment Minister John Baird" (tagged as one
// organisation) is the person John Baird with the title "Environment Minister";
// "Ontario Premier David Peterson" is the place Ontario, then a titled person. A chunk
// that is a title and nothing else ("Spokesperson") is no entity.
// Word classes read (data/rule_words.tsv): `org_head`.
void Rules::titles_inside_chunks() {
  const Gazetteer& gaz = lex.model.gazetteer();
  auto first_name = [&](uint32_t i) { return (gaz.categories(phrase_step(0, lower[i])) & (1u << kGazFirstName)) != 0; };
  std::vector<Chunk> out;
  for (size_t k = 0; k < chunks.size(); ++k) {
    Chunk c = chunks[k];
    if (c.tb != c.te) { out.push_back(c); continue; }  // speaker label
    if (c.type != kPer && lex.titles.match_at(lower.data(), c.b, c.e) == c.e) {
      // A bare title: kept only when it stands right before a person (absorbed below).
      if (!(k + 1 < chunks.size() && chunks[k + 1].b == c.e && chunks[k + 1].type == kPer)) continue;
      out.push_back(c);
      continue;
    }
    uint32_t floor = out.empty() ? 0 : out.back().e;
    for (uint32_t s = c.b; s > floor; --s)
      if (sentence_start[s]) { floor = s; break; }
    bool split = false;
    for (uint32_t t = c.e - 1; t > c.b && c.e - t <= 4 && !split; --t) {
      uint32_t s = lex.titles.match_before(lower.data(), std::max(floor, c.b > 3 ? c.b - 3 : 0), t);
      if (s == t) continue;
      if (s > 0 && is_patronym(s - 1)) continue;  // "bin Sultan": a name, not a title
      if (!has_upper(td.words[t]) || !has_upper(td.words[c.e - 1])) continue;
      // Outside person chunks a one-word title before a one-word name is too weak a sign
      // ("General Motors", "Justice Department"), unless an acronym comes first and the
      // name is no dictionary or organisation word ("DRC President Tshisekedi").
      if (c.type != kPer && t - s < 2 && c.e - t < 2) {
        bool acronym = s > c.b;
        for (uint32_t i = c.b; i < s && acronym; ++i) acronym = !has_lower(td.words[i]) && has_upper(td.words[i]);
        if (!acronym || !has_lower(td.words[t]) || common(t) || is_org_head(td.words[t]) ||
            (gaz_one(t) & (1u << kGazOrgWord)))
          continue;
      }
      split = true;
      if (s > c.b) {
        uint64_t h = 0;
        for (uint32_t i = c.b; i < s; ++i) h = phrase_step(h, lower[i]);
        uint32_t cats = gaz.categories(h);
        if (cats & ((1u << kGazCountry) | (1u << kGazCity) | (1u << kGazRegion))) out.push_back({c.b, s, kLoc});
        else if (cats & (1u << kGazDemonym)) out.push_back({c.b, s, kMisc});
        else if (s - c.b >= 2) out.push_back({c.b, s, c.type});
        else s = c.b;  // a domain word of the title: "Environment Minister"
      }
      out.push_back({t, c.e, kPer, s, t});
    }
    // "... Envoy for Afghan Women and Human Rights Rina Amiri": a non-person chunk that
    // ends in a first name and one or two more capitalised words ends in a person.
    if (!split && c.type != kPer && c.e - c.b >= 3) {
      for (uint32_t t = c.e >= 3 ? c.e - 3 : 0; t + 2 <= c.e && !split; ++t) {
        if (t <= c.b || !(first_name(t) && !first_name(t - 1))) continue;
        bool caps = true;
        for (uint32_t i = t; i < c.e; ++i)
          caps = caps && has_upper(td.words[i]) && has_lower(td.words[i]) && !is_org_head(td.words[i]);
        // A surname is no common or organisation word ("New York Stock Exchange").
        for (uint32_t i = t + 1; i < c.e; ++i)
          caps = caps && !common(i) && !(gaz_one(i) & (1u << kGazOrgWord));
        if (!caps) continue;
        split = true;
        uint64_t h = 0;
        for (uint32_t i = c.b; i < t; ++i) h = phrase_step(h, lower[i]);
        uint32_t cats = gaz.categories(h);
        uint32_t title_begin = t;
        if (cats & ((1u << kGazCountry) | (1u << kGazCity) | (1u << kGazRegion))) out.push_back({c.b, t, kLoc});
        else if (cats & (1u << kGazDemonym)) out.push_back({c.b, t, kMisc});
        else title_begin = c.b;  // the domain of a title: "Human Rights"
        out.push_back({t, c.e, kPer, title_begin, t});
      }
    }
    // A chunk that begins a country's name is that place, whatever its tag and however
    // the tagger cut it ("People's Republic" + "China" -> "People's Republic of China").
    if (!split && c.type != kMisc) {
      uint32_t limit = n;
      for (uint32_t s = c.b + 1; s < n; ++s)
        if (sentence_start[s]) { limit = s; break; }
      uint32_t e = gaz.longest(lower.data(), c.b, limit, 1u << kGazCountry);
      bool whole = e >= c.e;
      // A person's one-word name that is also a first name ("Jordan said") stays a person.
      if (c.type == kPer && e == c.b + 1 && c.e == e && first_name(c.b)) whole = false;
      // The name may not end inside a later chunk.
      for (size_t j = k + 1; j < chunks.size() && chunks[j].b < e && whole; ++j)
        if (chunks[j].e > e) whole = false;
      if (whole && e > c.b) {
        c = {c.b, e, kLoc};
        while (k + 1 < chunks.size() && chunks[k + 1].b < e) ++k;
      }
    }
    // A title that ends a non-person chunk with no name after it is not part of the
    // name: "UN High Commissioner" -> "UN".
    if (!split && c.type != kPer && c.e - c.b >= 2) {
      uint32_t s = lex.titles.match_before(lower.data(), c.b + 1, c.e);
      if (s < c.e && s > c.b && (c.e == n || !has_upper(td.words[c.e])) && has_upper(td.words[s - 1])) c.e = s;
    }
    // Documents, laws and events are Misc: "Taiwan Relations Act", "NATO Summit".
    if (!split && c.type != kPer &&
        std::binary_search(lex.misc_words.begin(), lex.misc_words.end(), lower[c.e - 1]))
      c.type = kMisc;
    // A first name right before a person's chunk belongs to it, whatever the tagger
    // made of it ("Antony" + "J. Blinken").
    if (!split && c.type == kPer && !out.empty() && out.back().e == c.b && out.back().tb == out.back().te &&
        out.back().e - out.back().b == 1 && first_name(out.back().b) && !sentence_start[c.b]) {
      c.b = out.back().b;
      out.pop_back();
    } else if (!split && c.type == kPer && c.b > 0 && first_name(c.b - 1) && has_upper(td.words[c.b - 1]) &&
               !sentence_start[c.b] && (out.empty() || out.back().e < c.b)) {
      --c.b;
    }
    if (!split) out.push_back(c);
  }
  chunks = std::move(out);
}

// Types and leftovers, now that the chunks are final:
//  - a hyphenated compound of two capitalised parts used as a noun after "the" ("the
//    Indo-Pacific.", "the Asia-Pacific and ...") is a region, not a Misc adjective;
//  - a place whose last word heads organisation names ("African Union") is an
//    organisation, unless it is a country's name ("Soviet Union");
//  - a name of several words ending in a document, programme or event word ("Victory
//    Plan") is Misc even where the tagger read a person;
//  - a single capitalised common word (data/common_words.tsv: "Girls", "Future", "Via",
//    "Water"), with no title, not after "the", and not part of a longer name elsewhere
//    in the article, is a sentence start or heading word, not a name.
// Word classes read (data/rule_words.tsv): `institution_head`.
void Rules::type_fixups() {
  std::vector<uint64_t> in_longer;
  for (const Chunk& c : chunks)
    if (c.e - c.b >= 2 && c.type != kMisc)
      for (uint32_t i = c.b; i < c.e; ++i) in_longer.push_back(lower[i]);
  std::sort(in_longer.begin(), in_longer.end());
  std::vector<Chunk> out;
  out.reserve(chunks.size());
  for (const Chunk& chunk : chunks) {
    Chunk c = chunk;
    if (c.type < 0) { out.push_back(c); continue; }
    bool after_the = c.b > 0 && lower[c.b - 1] == kTheW && !sentence_start[c.b];
    std::string_view w = td.words[c.b];
    if (c.type == kMisc && c.e - c.b == 1 && after_the) {
      size_t h = w.find('-');
      bool noun = c.e == n || sentence_start[c.e] || !has_upper(td.words[c.e].substr(0, 1));
      if (noun && c.e < n && !sentence_start[c.e]) {
        std::string_view next = td.words[c.e];
        noun = next.size() == 1 || lower[c.e] == kOfW || lower[c.e] == kAnd || lower[c.e] == kForW ||
               lower[c.e] == kToW || lower[c.e] == lower_hash("in") || lower[c.e] == lower_hash("as");
      }
      if (h != std::string_view::npos && h > 0 && h + 1 < w.size() && capitalised(c.b) && w[h + 1] >= 'A' &&
          w[h + 1] <= 'Z' && has_lower(w) && noun)
        c.type = kLoc;
    }
    if (c.type == kLoc && c.e - c.b >= 2 && is_institution_head(td.words[c.e - 1]) &&
        gazetteer.longest(lower.data(), c.b, c.e, 1u << kGazCountry) != c.e)
      c.type = kOrg;  // not "Russian Federation"
    if (c.type == kPer && c.tb == c.te && c.e - c.b >= 2 && capitalised(c.e - 1) &&
        std::binary_search(lex.misc_words.begin(), lex.misc_words.end(), lower[c.e - 1]))
      c.type = kMisc;
    // After "the", a common word before a lower-case noun modifies it ("the Javelin
    // missiles", "the Future program").
    bool modifier = after_the && c.e < n && !sentence_start[c.e] &&
                    ((td.words[c.e].size() > 3 && td.words[c.e][0] >= 'a' && td.words[c.e][0] <= 'z' && common(c.e)) ||
                     lex.titles.match_at(lower.data(), c.e, std::min(n, c.e + 4)) > c.e);
    // In capitals ("FREE", "TRUE", "FALSE"), such a word of four letters or more is
    // emphasis or a heading's word, unless it is a place's name; shorter ones are
    // acronyms as often ("DAB", "EMS").
    bool caps_word = !has_lower(w) && w.size() >= 4 &&
                     !(gazetteer.categories(phrase_step(0, lower[c.b])) &
                       ((1u << kGazCountry) | (1u << kGazCity) | (1u << kGazRegion)));
    if (c.e - c.b == 1 && c.tb == c.te && c.type != kMisc && (has_lower(w) || caps_word) && common(c.b) &&
        (!after_the || modifier) && !std::binary_search(in_longer.begin(), in_longer.end(), lower[c.b])) {
      uint32_t floor = c.b;
      while (floor > 0 && !sentence_start[floor]) --floor;
      if (lex.titles.match_before(lower.data(), floor, c.b) == c.b) continue;  // "President Xi" stays
    }
    out.push_back(c);
  }
  chunks = std::move(out);
}

// More leftovers, by word class:
//  - "G7", "G20", "G-77": a group of countries, an organisation the tagger rarely knows;
//  - a Misc name used as a noun (before punctuation or a function word) that is neither
//    a nationality nor a dictionary proper noun ("al-Qaida,", "ISIS-K and", "(USAID)")
//    is an organisation;
//  - a month name never ends a place or organisation ("Rwanda August 2-12");
//  - compass words before a place join it ("South East" + "Asia");
//  - a name ending in a nationality ("East European", "Middle Eastern") is Misc;
//  - a document, programme or event word followed by "of", "for" or "on" in a name,
//    first or not, makes it Misc ("Universal Declaration of Human Rights", "Treaty of
//    Valmont", "Strategy for ...");
//  - no entity: a person's name made of common words only with no first name ("Begin
//    Text"), a title alone ("King", "Foreign Ministers") unless it ends a full name of
//    the article's, a generational suffix alone.
// Word classes read (data/rule_words.tsv): `month`, `compass`, `directional_adjective`, `arabic_article`.
void Rules::word_class_leftovers() {
  auto is_month = [&](std::string_view w) { return lex.is(kMonth, w); };
  auto is_compass = [&](std::string_view w) { return lex.is(kCompass, w); };
  auto is_misc_word = [&](uint32_t i) {
    return std::binary_search(lex.misc_words.begin(), lex.misc_words.end(), lower[i]);
  };
  auto is_function_word = [&](uint32_t i) {
    static const uint64_t kWords[] = {lower_hash("in"),   lower_hash("of"),   lower_hash("and"),   lower_hash("or"),
                                      lower_hash("to"),   lower_hash("for"),  lower_hash("on"),    lower_hash("at"),
                                      lower_hash("with"), lower_hash("from"), lower_hash("by"),    lower_hash("as"),
                                      lower_hash("is"),   lower_hash("was"),  lower_hash("has"),   lower_hash("have"),
                                      lower_hash("had"),  lower_hash("are"),  lower_hash("were"),  lower_hash("said"),
                                      lower_hash("says"), lower_hash("will"), lower_hash("would"), lower_hash("that")};
    for (uint64_t h : kWords)
      if (lower[i] == h) return true;
    return false;
  };
  const uint32_t demonym_bit = 1u << kGazDemonym;
  // The last words of the article's people's full names: a title word among them is a
  // surname here ("Billie Jean King ... King said").
  std::vector<uint64_t> surnames;
  for (const Chunk& c : chunks)
    if (c.type == kPer && c.e - c.b >= 2) surnames.push_back(lower[c.e - 1]);
  std::sort(surnames.begin(), surnames.end());
  std::vector<Chunk> out;
  out.reserve(chunks.size());
  for (size_t k = 0; k < chunks.size(); ++k) {
    Chunk c = chunks[k];
    if (c.type < 0 || c.tb < c.te) { out.push_back(c); continue; }
    std::string_view first = td.words[c.b];
    if (c.type != kPer) {
      while (c.e - c.b >= 2 && is_month(td.words[c.e - 1])) --c.e;
    }
    if (c.type == kMisc && c.e - c.b == 1) {
      bool noun = c.e == n || sentence_start[c.e] || td.words[c.e].size() == 1 || is_function_word(c.e);
      bool digits = false;
      for (char ch : first) digits = digits || (ch >= '0' && ch <= '9');
      int capitals = 0;
      for (char ch : first) capitals += ch >= 'A' && ch <= 'Z';
      size_t h = first.find('-');
      bool region = h != std::string_view::npos && h > 0 && h + 2 < first.size() && capitalised(c.b) &&
                    first[h + 1] >= 'A' && first[h + 1] <= 'Z' && has_lower(first.substr(h + 1)) &&
                    has_lower(first.substr(0, h));
      if (noun && region) {
        c.type = kLoc;  // "a free and open Indo-Pacific."
      } else if (noun && !digits && (capitals >= 2 || is_article_name(first)) && !(gaz_one(c.b) & demonym_bit) &&
                 !lex.proper(lower[c.b]) && !common(c.b) && !is_misc_word(c.b)) {
        c.type = kOrg;
      }
    }
    bool all_compass = true;
    for (uint32_t i = c.b; i < c.e; ++i) all_compass = all_compass && is_compass(td.words[i]);
    if (all_compass && k + 1 < chunks.size() && chunks[k + 1].b == c.e && chunks[k + 1].tb == chunks[k + 1].te &&
        !sentence_start[c.e] && chunks[k + 1].type != kMisc) {
      c = {c.b, chunks[k + 1].e, kLoc};
      ++k;
    }
    if (c.type != kPer && c.e - c.b >= 2) {
      std::string_view last = td.words[c.e - 1];
      if ((gaz_one(c.e - 1) & demonym_bit) || lex.is(kDirectionalAdjective, last))
        c.type = kMisc;
      for (uint32_t i = c.b; i + 1 < c.e; ++i)
        if (is_misc_word(i) && capitalised(i) && (lower[i + 1] == kOfW || lower[i + 1] == kForW || lower[i + 1] == lower_hash("on")))
          c.type = kMisc;
    }
    if (c.type == kPer) {
      bool all_common = true;
      for (uint32_t i = c.b; i < c.e; ++i) all_common = all_common && common(i) && !is_first_name(i);
      if (all_common && c.e - c.b >= 2) continue;
    }
    if (c.type != kMisc) {
      bool bare = lex.titles.match_at(lower.data(), c.b, c.e) == c.e || (c.e - c.b <= 2 && plural_title(c.e - 1) &&
                                                                             (c.e - c.b == 1 || common(c.b)));
      bool before_person = k + 1 < chunks.size() && chunks[k + 1].b == c.e && chunks[k + 1].type == kPer;
      bool surname = c.type == kPer && c.e - c.b == 1 && std::binary_search(surnames.begin(), surnames.end(), lower[c.b]);
      if (bare && !before_person && !surname) continue;
    }
    if (c.e - c.b == 1 && (first == "Jr." || first == "Sr." || first == "Jr" || first == "Sr")) continue;
    out.push_back(c);
  }
  chunks = std::move(out);
}

// Parties named by their members ("Social Democrats", "Republicans", "Liberals") are
// organisations; a plural common head before "of" is no part of the name after it
// ("Governments of Bahrain" -> "Bahrain").
// Word classes read (data/rule_words.tsv): `party_plural`, `org_head`.
void Rules::party_plurals() {
  auto is_party_plural = [&](std::string_view w) { return lex.is(kPartyPlural, w); };
  for (Chunk& c : chunks) {
    if (c.type < 0 || c.tb < c.te) continue;
    if (c.type != kPer && is_party_plural(td.words[c.e - 1])) c.type = kOrg;
    std::string_view head = td.words[c.b];
    if (c.type != kPer && c.e - c.b >= 3 && lower[c.b + 1] == kOfW && head.size() > 3 && head.back() == 's' &&
        common(c.b) && !is_org_head(head)) {
      c.b += 2;
      if (lower[c.b] == kTheW && c.b + 1 < c.e) ++c.b;
      uint32_t e = gazetteer.longest(lower.data(), c.b, c.e, (1u << kGazCountry) | (1u << kGazCity) | (1u << kGazRegion));
      if (e == c.e) c.type = kLoc;
    }
  }
}

// An institution named by its building ("the Kremlin", "the White House"): a place
// name that no gazetteer knows is an organisation in the whole article when one of its
// mentions acts or heads a title ("the Kremlin confirming", "Kremlin leader", "White
// House Social Secretary"); "at the White House" alone stays a venue.
// Word classes read (data/rule_words.tsv): `agent_word`.
void Rules::building_institutions() {
  auto is_agent_word = [&](uint32_t i) {
    if (lex.has(kAgentWord, lower[i])) return true;
    return lex.titles.match_at(lower.data(), i, std::min(n, i + 4)) > i;
  };
  const uint32_t place_mask = (1u << kGazCountry) | (1u << kGazCity) | (1u << kGazRegion);
  std::vector<uint64_t> agents;  // phrase hashes of such names
  auto phrase = [&](const Chunk& c) {
    uint64_t h = 0;
    for (uint32_t i = c.b; i < c.e; ++i) h = phrase_step(h, lower[i]);
    return h;
  };
  for (const Chunk& c : chunks) {
    if (c.type != kLoc || c.tb < c.te || c.e >= n || sentence_start[c.e]) continue;
    if (gazetteer.longest(lower.data(), c.b, c.e, place_mask) == c.e) continue;
    if (is_agent_word(c.e) || (c.e + 1 < n && capitalised(c.e) && !sentence_start[c.e + 1] &&
                               lex.titles.match_at(lower.data(), c.e + 1, std::min(n, c.e + 4)) > c.e + 1))
      agents.push_back(phrase(c));  // "White House Social Secretary"
  }
  if (!agents.empty()) {
    std::sort(agents.begin(), agents.end());
    for (Chunk& c : chunks)
      if (c.type == kLoc && std::binary_search(agents.begin(), agents.end(), phrase(c))) c.type = kOrg;
  }
}

// A two-word organisation or place whose second word is a word of a person's name of
// several words in this article, and whose first word is no dictionary word, place or
// title, is a person too ("Cyd Ho" beside "Junius Ho", "Baggio Leung" beside "Leung
// Kwok-hung").
void Rules::person_name_words() {
  std::vector<uint64_t> person_words;
  for (const Chunk& c : chunks)
    if (c.type == kPer && c.e - c.b >= 2)
      for (uint32_t i = c.b; i < c.e; ++i)
        if (capitalised(i)) person_words.push_back(lower[i]);
  std::sort(person_words.begin(), person_words.end());
  const uint32_t not_given = (1u << kGazCountry) | (1u << kGazCity) | (1u << kGazRegion) | (1u << kGazDemonym) |
                             (1u << kGazOrgWord) | (1u << kGazTitle);
  // "the Biden-Harris Administration", "the Trump administration": a government named
  // by its people, not an entity of its own.
  std::vector<uint64_t> any_person_words;
  for (const Chunk& c : chunks)
    if (c.type == kPer)
      for (uint32_t i = c.b; i < c.e; ++i) any_person_words.push_back(lower[i]);
  std::sort(any_person_words.begin(), any_person_words.end());
  auto people_only = [&](std::string_view w) {
    while (!w.empty()) {
      size_t h = w.find('-');
      std::string_view part = w.substr(0, h);
      if (part.empty() || !std::binary_search(any_person_words.begin(), any_person_words.end(), lower_hash(part)))
        return false;
      w = h == std::string_view::npos ? std::string_view() : w.substr(h + 1);
    }
    return true;
  };
  for (Chunk& c : chunks)
    if (c.tb == c.te && c.e - c.b >= 2 && c.e - c.b <= 3 && lower[c.b + 1] == lower_hash("administration") &&
        (c.e - c.b == 2 || lower[c.b + 2] == lower_hash("'s")) && people_only(td.words[c.b]))
      c.type = -1;
  // A title before a word of a person's name makes it that person ("Special
  // Representative West" after "Thomas West").
  for (Chunk& c : chunks) {
    if (c.type == kPer || c.type < 0 || c.tb < c.te || c.e - c.b != 1) continue;
    uint32_t sb = c.b > 4 ? c.b - 4 : 0;  // titles are at most a few words
    for (uint32_t i = c.b; i > sb; --i)
      if (sentence_start[i]) { sb = i; break; }
    if (lex.titles.match_before(lower.data(), sb, c.b) < c.b &&
        std::binary_search(person_words.begin(), person_words.end(), lower[c.b]))
      c.type = kPer;
  }
  // A name of two or three unknown words right after a title, plural or not, is a person
  // ("Vice-Premiers Li Peng and Tian Jiyun", "President Li Peng"), and so is a like name
  // joined to it by "and".
  {
    const uint32_t not_person = (1u << kGazCountry) | (1u << kGazCity) | (1u << kGazRegion) | (1u << kGazDemonym) |
                                (1u << kGazOrgWord) | (1u << kGazTitle);
    auto unknown_name = [&](const Chunk& c) {
      if (c.e - c.b < 2 || c.e - c.b > 3) return false;
      for (uint32_t i = c.b; i < c.e; ++i)
        if (!capitalised(i) || !has_lower(td.words[i]) || common(i) || (gaz_one(i) & not_person) ||
            (lex.proper(lower[i]) && !is_first_name(i) && td.words[i].size() > 3))
          return false;
      return true;
    };
    int32_t previous_person_end = -1;
    for (Chunk& c : chunks) {
      if (c.type == kOrg || c.type == kLoc) {
        bool titled = c.b > 0 && !sentence_start[c.b] &&
                      (lex.titles.match_before(lower.data(), c.b > 3 ? c.b - 3 : 0, c.b) < c.b ||
                       plural_title(c.b - 1));
        bool joined = previous_person_end >= 0 && c.b >= 2 && static_cast<int32_t>(c.b) - 1 == previous_person_end &&
                      lower[c.b - 1] == kAnd;
        if ((titled || joined) && unknown_name(c)) {
          c.type = kPer;
        } else if (c.tb == c.te && c.e - c.b >= 3 && plural_title(c.b)) {
          Chunk rest{c.b + 1, c.e, kPer, c.b, c.b + 1};  // "Ministers Tarek Oumbali" read as one name
          if (unknown_name(rest)) c = rest;
        }
      }
      if (c.type == kPer) previous_person_end = static_cast<int32_t>(c.e);
    }
  }
  for (Chunk& c : chunks) {
    if ((c.type != kOrg && c.type != kLoc) || c.tb < c.te || c.e - c.b != 2) continue;
    if (!has_lower(td.words[c.b]) || !has_lower(td.words[c.b + 1]) || common(c.b) || (gaz_one(c.b) & not_given) ||
        (gaz_one(c.b + 1) & not_given) || (lex.proper(lower[c.b]) && !is_first_name(c.b)))
      continue;
    if (std::binary_search(person_words.begin(), person_words.end(), lower[c.b + 1])) c.type = kPer;
  }
  chunks.erase(std::remove_if(chunks.begin(), chunks.end(), [](const Chunk& c) { return c.type < 0; }), chunks.end());
}

// An organisation that names an event or document ("NATO Summit", "G7 Summit", "ASEAN
// Charter") is a mention of its own: the acronym before the Misc head word, or a name
// the article gives elsewhere as an organisation.
void Rules::event_organisations() {
  std::vector<uint64_t> orgs;  // phrase hashes of organisation chunks
  auto phrase = [&](uint32_t b, uint32_t e) {
    uint64_t h = 0;
    for (uint32_t i = b; i < e; ++i) h = phrase_step(h, lower[i]);
    return h;
  };
  for (const Chunk& c : chunks)
    if (c.type == kOrg) orgs.push_back(phrase(c.b, c.e));
  std::sort(orgs.begin(), orgs.end());
  auto acronym = [&](uint32_t i) {
    std::string_view w = td.words[i];
    int capitals = 0;
    bool digits = false;
    for (char ch : w) {
      capitals += ch >= 'A' && ch <= 'Z';
      digits = digits || (ch >= '0' && ch <= '9');
    }
    bool group = w.size() >= 2 && w[0] == 'G' && w[1] >= '0' && w[1] <= '9';
    return (capitals >= 2 || group) && !has_lower(w) && (!digits || group) &&
           !(gaz_one(i) & ((1u << kGazCountry) | (1u << kGazCity) | (1u << kGazRegion)));
  };
  for (Chunk& c : chunks) {
    if (c.type != kMisc || c.e - c.b < 2 || !capitalised(c.e - 1) ||
        !std::binary_search(lex.misc_words.begin(), lex.misc_words.end(), lower[c.e - 1]))
      continue;
    uint32_t e = c.e - 1;
    if ((e - c.b == 1 && acronym(c.b)) || std::binary_search(orgs.begin(), orgs.end(), phrase(c.b, e))) {
      c.e = e;
      c.type = kOrg;
    }
  }
}

// "<Name> of <Country>" ("President Macron of France", a readout's form): a person's
// chunk that runs on through "of" into a country or region is the person and a place.
// A name never ends in the first words of a title that runs on after it.
// An organisation's chunk that ends in a plural title or a word for its envoys is the
// organisation without them, and no entity when nothing else is left ("the Delegation").
// Word classes read (data/rule_words.tsv): `heading_stop`, `group_noun`, `org_head`, `arabic_article`.
void Rules::name_of_country() {
  auto group_noun = [&](std::string_view w) { return lex.is(kGroupNoun, w); };
  const uint32_t country_mask = (1u << kGazCountry) | (1u << kGazRegion);
  auto heading_stop = [&](uint64_t h) { return lex.has(kHeadingStop, h); };
  std::vector<Chunk> out;
  out.reserve(chunks.size());
  uint32_t swallow_until = 0;  // chunks inside a country's name taken over (below) are dropped
  for (Chunk c : chunks) {
    if (c.b < swallow_until) continue;
    // A title that starts inside a non-person chunk and runs on past it ends the name
    // before it ("UN High" + "Commissioner for Human Rights").
    if (c.type != kPer && c.tb == c.te)
      for (uint32_t j = c.b + 1; j < c.e; ++j)
        if (capitalised(j) && lex.titles.match_at(lower.data(), j, std::min(n, j + 6)) > c.e) {
          c.e = j;
          break;
        }
    uint32_t of = c.e;
    if (c.type == kPer)
      for (uint32_t j = c.b + 1; j + 1 < c.e; ++j)
        if (lower[j] == kOfW) { of = j; break; }
    uint32_t p = of + 1;
    if (of < c.e && p < c.e && lower[p] == kTheW) ++p;
    bool has_of = false;
    for (uint32_t j = c.b; j < c.e; ++j) has_of |= lower[j] == kOfW || is_org_head(td.words[j]);
    if (in_heading[c.b]) {
      // A heading capitalises its verbs and prepositions: a name ends before them
      // ("Putin During Meetings", "Peru Says ..."), and never ends in a function word
      // ("Meeting of" left by a title) or is a lone common word.
      uint32_t e = c.b + 1;
      while (e < c.e && !heading_stop(lower[e])) ++e;
      while (e > c.b && !capitalised(e - 1) && !is_article_name(td.words[e - 1])) --e;
      if (e == c.b || (e - c.b == 1 && common(c.b) && !lex.proper(lower[c.b]) && gaz_one(c.b) == 0)) continue;
      if (e < c.e) {
        Chunk cut = c;
        cut.e = e;
        out.push_back(cut);
        continue;
      }
    }
    if ((c.type == kOrg || c.type == kLoc) && !has_of && (plural_title(c.e - 1) || group_noun(td.words[c.e - 1]))) {
      // "Taliban Representatives", "ASEAN Foreign Ministers", "U.S. Presidential
      // Delegation" (Title Case headings): the people of the organisation, which is
      // the name before them.
      Chunk org = c;
      --org.e;
      while (org.e > org.b && common(org.e - 1) && !is_org_head(td.words[org.e - 1])) --org.e;
      if (org.e > org.b) out.push_back(org);
    } else if (of < c.e && p < c.e && gazetteer.longest(lower.data(), p, c.e, country_mask) == c.e) {
      Chunk person = c;
      person.e = of;
      out.push_back(person);
      out.push_back({p, c.e, kLoc});
    } else if (uint32_t end = of < c.e && p < c.e ? gazetteer.longest(lower.data(), p, std::min(n, c.e + 4), country_mask) : 0;
               end > c.e && !sentence_start[c.e]) {
      // "President Rivlin of the State of Israel": the country's name runs on past the
      // chunk, over whatever the tagger made of its end
      Chunk person = c;
      person.e = of;
      out.push_back(person);
      out.push_back({p, end, kLoc});
      swallow_until = end;
    } else {
      out.push_back(c);
    }
  }
  chunks = std::move(out);
}

// The tail of a name after "of", "for" or "on" ("Conference on" + "Trade and
// Development", "Envoy for" + "Climate", "Secretary of" + "State") is no name of its
// own when its words are dictionary common words (no place, first name or acronym): it
// joins the name the tagger ended right before the preposition, or, where a title or
// an untagged word stands there, is dropped. After a person or a place ("Ann Lee of
// People Power") it is a name of its own and stays, and so is a name that ends in an
// institution's head ("Regional Forum") or is a place's.
// Word classes read (data/rule_words.tsv): `org_head`, `institution_head`.
void Rules::common_word_tails() {
  const uint32_t place_mask = (1u << kGazCountry) | (1u << kGazCity) | (1u << kGazRegion) | (1u << kGazDemonym);
  auto common_only = [&](const Chunk& c) {
    for (uint32_t i = c.b; i < c.e; ++i) {
      if (lower[i] == kAnd || td.words[i] == "&") continue;
      if (!capitalised(i) || !common(i) || is_first_name(i) || (gaz_one(i) & place_mask)) return false;
    }
    return capitalised(c.e - 1) && !is_org_head(td.words[c.e - 1]) && !is_institution_head(td.words[c.e - 1]) &&
           gazetteer.longest(lower.data(), c.b, c.e, place_mask) != c.e;
  };
  std::vector<Chunk> out;
  out.reserve(chunks.size());
  for (const Chunk& c : chunks) {
    if (c.type < 0 || c.type == kPer || c.tb < c.te || c.b < 2 || sentence_start[c.b] || !common_only(c)) {
      out.push_back(c);
      continue;
    }
    uint32_t prep = c.b - 1;
    if (lower[prep] == kTheW && prep >= 2 && !sentence_start[prep]) --prep;
    bool tail = (lower[prep] == kOfW || lower[prep] == kForW || lower[prep] == lower_hash("on")) && prep >= 1 &&
                !sentence_start[prep] && capitalised(prep - 1);
    if (!tail) {
      out.push_back(c);
      continue;
    }
    Chunk* head = out.empty() || out.back().e != prep ? nullptr : &out.back();
    if (!head) continue;
    if (head->type == kPer || head->type == kLoc || head->tb < head->te) out.push_back(c);  // "Ann Lee of People Power"
    else head->e = c.e;
  }
  chunks = std::move(out);
}

// An organisation's or place's name of three words or more that ends in two unknown
// capitalised words, the last of which the article uses alone as a name elsewhere,
// ends in a person run on into it ("a student at Ridgeford College Lena Moravec ...
// Moravec said"): the organisation, then the person. So does an acronym followed by
// a word the article uses alone as a person's name ("NSC Tanager" beside "Advisor Tanager").
// Word classes read (data/rule_words.tsv): `org_head`, `institution_head`.
void Rules::person_run_into_name() {
  std::vector<uint64_t> alone, alone_person;  // words that are a one-word chunk (a person's) somewhere
  for (const Chunk& c : chunks)
    if (c.type >= 0 && c.e == c.b + 1) {
      alone.push_back(lower[c.b]);
      if (c.type == kPer) alone_person.push_back(lower[c.b]);
    }
  std::sort(alone.begin(), alone.end());
  std::sort(alone_person.begin(), alone_person.end());
  const uint32_t not_name = (1u << kGazCountry) | (1u << kGazCity) | (1u << kGazRegion) | (1u << kGazDemonym) |
                            (1u << kGazOrgWord) | (1u << kGazTitle);
  auto all_capitals = [&](uint32_t i) {
    std::string_view w = td.words[i];
    int capitals = 0;
    for (char ch : w) capitals += ch >= 'A' && ch <= 'Z';
    return capitals >= 2 && !has_lower(w);
  };
  auto unknown = [&](uint32_t i) {
    return capitalised(i) && has_lower(td.words[i]) && !common(i) && !(gaz_one(i) & not_name) &&
           !is_org_head(td.words[i]) && !is_institution_head(td.words[i]) &&
           lex.titles.match_at(lower.data(), i, i + 1) == i;
  };
  std::vector<Chunk> out;
  out.reserve(chunks.size());
  for (const Chunk& c : chunks) {
    uint32_t p = c.e - 2;
    if ((c.type == kOrg || c.type == kLoc) && c.tb == c.te && c.e - c.b >= 3 && unknown(p) && unknown(p + 1) &&
        !is_first_name(p + 1) && capitalised(p - 1) && std::binary_search(alone.begin(), alone.end(), lower[p + 1])) {
      out.push_back({c.b, p, c.type});
      out.push_back({p, c.e, kPer});
      continue;
    }
    // "NSC Tanager": an acronym, then a word used alone as a person's name
    if (c.type == kOrg && c.tb == c.te && c.e == c.b + 2 && all_capitals(c.b) && capitalised(c.b + 1) &&
        has_lower(td.words[c.b + 1]) && std::binary_search(alone_person.begin(), alone_person.end(), lower[c.b + 1])) {
      out.push_back({c.b, c.b + 1, kOrg});
      out.push_back({c.b + 1, c.e, kPer});
      continue;
    }
    out.push_back(c);
  }
  chunks = std::move(out);
}

// A body of two parties written with a hyphen ("the U.K.-Norway Energy Council"): the
// first party's place joined to the institution's name by a hyphen without spaces
// belongs to the name.
// Word classes read (data/rule_words.tsv): `org_head`, `institution_head`.
void Rules::hyphenated_bodies() {
  std::vector<Chunk> out;
  out.reserve(chunks.size());
  for (const Chunk& c : chunks) {
    if (c.type == kOrg && c.tb == c.te && c.b >= 2 && !out.empty() && out.back().type == kLoc &&
        out.back().tb == out.back().te && out.back().e == c.b - 1 && td.words[c.b - 1] == "-" &&
        !doc.tokens[word_token[c.b - 1]].space_before && !doc.tokens[word_token[c.b]].space_before &&
        (is_org_head(td.words[c.e - 1]) || is_institution_head(td.words[c.e - 1]))) {
      out.back() = {out.back().b, c.e, kOrg};
      continue;
    }
    out.push_back(c);
  }
  chunks = std::move(out);
}

// A company's legal suffix ends its name, and the capitalised words right before the
// name belong to it ("Manufacturers Hanover" + "Trust Co."), however the tagger cut them.
// Word classes read (data/rule_words.tsv): `legal_suffix`, `arabic_article`.
void Rules::legal_suffixes() {
  auto legal_suffix = [&](std::string_view w) { return lex.is(kLegalSuffix, w); };
  for (size_t k = 0; k < chunks.size(); ++k) {
    Chunk& c = chunks[k];
    if (c.type < 0 || c.type == kMisc || !legal_suffix(td.words[c.e - 1]) || sentence_start[c.b]) continue;
    c.type = kOrg;
    if (c.tb < c.te) c.b = std::min(c.b, c.tb);
    c.tb = c.te = 0;
    uint32_t floor = k > 0 ? chunks[k - 1].e : 0;
    uint32_t b = c.b;
    while (b > floor && capitalised(b - 1) && !is_article_name(td.words[b - 1]) &&
           (!sentence_start[b - 1] || !common(b - 1)) && !sentence_start[b])
      --b;
    c.b = b;
  }
}

// A heading names what its article names. Title Case and capitals hide the signs the
// tagger reads, so in a heading a run of capitalised words that is, case aside, a name
// tagged in the body takes the body's type where the tagger found nothing ("... Narendra
// Modi Meets ..." beside "Narendra Modi said"), and a heading chunk whose words are a
// body name of another type takes that type. One word alone matches a body name of one
// word, or the surname of a body person of several words, then takes the first names
// before it. Body names tagged with two types count for neither.
void Rules::heading_names() {
  std::vector<std::pair<uint64_t, int>> names;  // phrase hash of a body name, its type
  std::vector<uint64_t> surnames;              // last words of body people of several words
  uint32_t longest = 0;
  for (const Chunk& c : chunks) {
    if (in_heading[c.b] || c.type < 0) continue;
    uint64_t h = 0;
    for (uint32_t i = c.b; i < c.e; ++i) h = phrase_step(h, lower[i]);
    names.emplace_back(h, c.type);
    longest = std::max(longest, c.e - c.b);
    if (c.type == kPer && c.e - c.b >= 2 && !is_first_name(c.e - 1)) surnames.push_back(lower[c.e - 1]);
  }
  std::sort(names.begin(), names.end());
  std::sort(surnames.begin(), surnames.end());
  auto body_type = [&](uint64_t h) {
    auto it = std::lower_bound(names.begin(), names.end(), std::make_pair(h, -1));
    if (it == names.end() || it->first != h) return -1;
    int type = it->second;
    for (; it != names.end() && it->first == h; ++it)
      if (it->second != type) return -1;
    return type;
  };
  std::vector<int32_t> owner(n + 1, -1);  // the chunk each word is in
  for (size_t k = 0; k < chunks.size(); ++k) {
    Chunk& c = chunks[k];
    if (c.type < 0) continue;
    for (uint32_t i = c.b; i < c.e; ++i) owner[i] = static_cast<int32_t>(k);
    if (!in_heading[c.b] || c.type == kMisc) continue;
    uint64_t h = 0;
    for (uint32_t i = c.b; i < c.e; ++i) h = phrase_step(h, lower[i]);
    int type = body_type(h);
    if (type >= 0 && type != kMisc) c.type = type;
  }
  // A match may swallow whole chunks ("Narendra" + "Modi"), never cut one.
  std::vector<Chunk> added;
  for (uint32_t i = 0; i < n && !names.empty(); ++i) {
    if (!in_heading[i] || !capitalised(i) || (owner[i] >= 0 && chunks[owner[i]].b != i)) continue;
    uint32_t limit = i + 1;
    while (limit < n && limit - i < longest && in_heading[limit] && !sentence_start[limit]) ++limit;
    for (uint32_t e = limit; e > i; --e) {
      if (!capitalised(e - 1) || (owner[e] >= 0 && owner[e] == owner[e - 1])) continue;
      if (owner[i] >= 0 && e <= chunks[owner[i]].e) break;  // no longer than the chunk there
      uint64_t h = 0;
      for (uint32_t k = i; k < e; ++k) h = phrase_step(h, lower[k]);
      int type = body_type(h);
      if (type < 0 && e - i == 1 && owner[i] < 0 && !common(i) &&
          std::binary_search(surnames.begin(), surnames.end(), lower[i]))
        type = kPer;
      if (type < 0 || (e - i == 1 && owner[i] >= 0)) continue;
      uint32_t b = i;
      if (type == kPer && e - i == 1)
        while (b > 0 && in_heading[b - 1] && owner[b - 1] < 0 && !sentence_start[b] && capitalised(b - 1) &&
               is_first_name(b - 1))
          --b;
      for (uint32_t k = b; k < e; ++k)
        if (owner[k] >= 0) chunks[owner[k]].type = -1;
      added.push_back({b, e, type});
      i = e - 1;
      break;
    }
  }
  if (!added.empty()) {
    chunks.erase(std::remove_if(chunks.begin(), chunks.end(), [](const Chunk& c) { return c.type < 0; }), chunks.end());
    chunks.insert(chunks.end(), added.begin(), added.end());
    sort_by_begin(chunks);
  }
}

// Poorly cased text (web text, e-mail: a sentence that opens with a lower-case word, or
// "i" for "I"): a run of lower-case words that names a country, region or city in the
// gazetteer is a place, when none of its words is a dictionary common word or has a word
// class, i.e. the text the classes came from never writes it in lower case ("kerala",
// "san francisco"; not "nice", "reading" or "us").
void Rules::lower_case_places() {
  auto all_lower = [&](uint32_t i) {
    for (char ch : td.words[i])
      if (ch < 'a' || ch > 'z') return false;
    return !td.words[i].empty();
  };
  bool poorly_cased = false;
  for (uint32_t s : td.sentence_starts) poorly_cased = poorly_cased || (s < n && all_lower(s) && td.words[s].size() > 1);
  for (uint32_t i = 0; i < n && !poorly_cased; ++i) poorly_cased = td.words[i] == "i";
  const WordClusters& classes = lex.model.clusters();
  if (poorly_cased && !classes.empty()) {
    std::vector<uint8_t> taken(n, 0);
    for (const Chunk& c : chunks)
      if (c.type >= 0)
        for (uint32_t i = c.b; i < c.e; ++i) taken[i] = 1;
    const uint32_t place_mask = (1u << kGazCountry) | (1u << kGazCity) | (1u << kGazRegion);
    std::vector<Chunk> added;
    for (uint32_t i = 0; i < n; ++i) {
      if (taken[i] || !all_lower(i)) continue;
      uint32_t e = gazetteer.longest(lower.data(), i, std::min(n, i + 4), place_mask);
      bool place = e > i;
      for (uint32_t k = i; k < e && place; ++k)
        place = all_lower(k) && !taken[k] && !common(k) && classes.classes(hash_bytes(td.words[k])) == 0 &&
                (k == i || !sentence_start[k]);
      if (!place) continue;
      added.push_back({i, e, kLoc});
      i = e - 1;
    }
    if (!added.empty()) {
      chunks.insert(chunks.end(), added.begin(), added.end());
      sort_by_begin(chunks);
    }
  }
}

// Titles: leading title words inside a person's span move out; a title right before a
// person (not crossing a sentence start or another mention) becomes Mention::title. A
// non-person chunk that is only a title right before a person is that title.
void Rules::person_titles() {
  for (size_t k = 0; k < chunks.size(); ++k) {
    Chunk& c = chunks[k];
    if (c.type != kPer) continue;
    if (c.tb != c.te) continue;  // speaker label
    uint32_t inner = lex.titles.match_at(lower.data(), c.b, c.e);
    uint32_t title_end = c.b;
    if (inner > c.b && inner < c.e) {
      title_end = inner;
      c.b = inner;
      // "Mayor of Dayton" read as a person: a title and its domain, no name. The domain
      // is the place it names, or nothing.
      if (lower[c.b] == kOfW || lower[c.b] == kForW || lower[c.b] == kToW) {
        uint32_t d = c.b + 1;
        if (d < c.e && lower[d] == kTheW) ++d;
        const uint32_t place_mask = (1u << kGazCountry) | (1u << kGazCity) | (1u << kGazRegion);
        if (d < c.e && gazetteer.longest(lower.data(), d, c.e, place_mask) == c.e) c = {d, c.e, kLoc};
        else c.type = -1;
        continue;
      }
    }
    uint32_t floor = k > 0 ? chunks[k - 1].e : 0;
    for (uint32_t s = title_end; s > floor; --s)
      if (sentence_start[s]) { floor = s; break; }
    uint32_t begin = lex.titles.match_before(lower.data(), floor, title_end);
    // Absorb a preceding chunk that is itself a title ("Foreign Minister" tagged ORG).
    if (begin == title_end && k > 0 && chunks[k - 1].e == title_end && chunks[k - 1].type != kPer &&
        lex.titles.match_at(lower.data(), chunks[k - 1].b, chunks[k - 1].e) == chunks[k - 1].e) {
      begin = chunks[k - 1].b;
      chunks[k - 1].type = -1;  // dropped below
    }
    if (begin < c.b) { c.tb = begin; c.te = c.b; }
  }
}
// A rule pass: its name (Options::skip_passes, rule_pass_names()) and its method.
struct RulePass {
  const char* name;
  void (Rules::*run)();
};

// The passes before tagging change the words and sentence starts the tagger sees; the
// chunk passes then fix the tagger's chunks, in this order (a later pass reads what the
// earlier ones made).
constexpr RulePass kBeforeTagging[] = {
    {"speaker_labels", &Rules::speaker_labels},
    {"sentence_cased_copy", &Rules::sentence_cased_copy},
    {"title_case_headings", &Rules::title_case_headings},
};
constexpr RulePass kChunkPasses[] = {
    {"speaker_label_people", &Rules::speaker_label_people},
    {"head_of_organisations", &Rules::head_of_organisations},
    {"chunk_edges", &Rules::chunk_edges},
    {"titles_with_domain", &Rules::titles_with_domain},
    {"patronymic_names", &Rules::patronymic_names},
    {"hyphenated_given_names", &Rules::hyphenated_given_names},
    {"first_name_initial", &Rules::first_name_initial},
    {"first_name_surname", &Rules::first_name_surname},
    {"untagged_groups_countries_acronyms", &Rules::untagged_groups_countries_acronyms},
    {"geographic_features", &Rules::geographic_features},
    {"titles_inside_chunks", &Rules::titles_inside_chunks},
    {"type_fixups", &Rules::type_fixups},
    {"word_class_leftovers", &Rules::word_class_leftovers},
    {"party_plurals", &Rules::party_plurals},
    {"building_institutions", &Rules::building_institutions},
    {"person_name_words", &Rules::person_name_words},
    {"event_organisations", &Rules::event_organisations},
    {"name_of_country", &Rules::name_of_country},
    {"common_word_tails", &Rules::common_word_tails},
    {"person_run_into_name", &Rules::person_run_into_name},
    {"hyphenated_bodies", &Rules::hyphenated_bodies},
    {"legal_suffixes", &Rules::legal_suffixes},
    {"heading_names", &Rules::heading_names},
    {"lower_case_places", &Rules::lower_case_places},
    {"person_titles", &Rules::person_titles},
};

bool skipped(const std::vector<std::string>& skip, const char* name) {
  return !skip.empty() && std::find(skip.begin(), skip.end(), name) != skip.end();
}

}  // namespace

struct EntityRecognizer::Impl : Lexicons {
  std::vector<std::string> skip_passes;
};

EntityRecognizer::EntityRecognizer(const Options& options) : impl_(std::make_unique<Impl>()) {
  impl_->model = TaggerModel::load(options.model_path.empty() ? core::resource_path("models/ner.model") : options.model_path);
  impl_->titles =
      TitleLexicon::from_tsv(options.titles_path.empty() ? core::resource_path("data/titles.tsv") : options.titles_path);
  std::string misc = options.misc_words_path.empty() ? core::resource_path("data/misc_words.tsv") : options.misc_words_path;
  for (const auto& w : read_word_list(misc)) impl_->misc_words.push_back(lower_hash(w));
  std::sort(impl_->misc_words.begin(), impl_->misc_words.end());
  std::string function_words = options.function_words_path.empty() ? core::resource_path("data/function_words.tsv")
                                                                   : options.function_words_path;
  for (const auto& w : read_word_list(function_words)) impl_->function_words.push_back(lower_hash(w));
  std::sort(impl_->function_words.begin(), impl_->function_words.end());
  std::string common =
      options.common_words_path.empty() ? core::resource_path("data/common_words.tsv") : options.common_words_path;
  for (const auto& w : read_word_list(common)) impl_->common_words.push_back(lower_hash(w));
  std::sort(impl_->common_words.begin(), impl_->common_words.end());
  std::string proper =
      options.proper_words_path.empty() ? core::resource_path("data/proper_words.tsv") : options.proper_words_path;
  for (const auto& w : read_word_list(proper)) impl_->proper_words.push_back(lower_hash(w));
  std::sort(impl_->proper_words.begin(), impl_->proper_words.end());
  auto or_default = [](const std::string& path, const char* fallback) {
    return path.empty() ? core::resource_path(fallback) : path;
  };
  const std::vector<std::string> names = rule_pass_names();
  for (const std::string& name : options.skip_passes)
    if (std::find(names.begin(), names.end(), name) == names.end())
      throw core::Error("ner: no rule pass named '" + name + "'");
  impl_->skip_passes = options.skip_passes;
  std::string rule_words = or_default(options.rule_words_path, "data/rule_words.tsv");
  core::for_each_tsv_row(rule_words, [&](const std::vector<std::string>& cols, long line) {
    if (cols.size() < 2) throw core::Error(rule_words, "expected word<TAB>class", line);
    int c = 0;
    while (c < kWordClassCount && cols[1] != kWordClassNames[c]) ++c;
    if (c == kWordClassCount) throw core::Error(rule_words, "unknown word class '" + cols[1] + "'", line);
    const std::string& w = cols[0];
    bool head = c == kOrgHead || c == kInstitutionHead;
    if (w.empty() || (head && (w.size() < 4 || w.size() > 12 || w[0] < 'A' || w[0] > 'Z')))
      throw core::Error(rule_words, "a head word has 4 to 12 letters, the first a capital", line);
    impl_->rule_words[c].push_back(any_case(c) ? lower_hash(w) : hash_bytes(w));
  });
  for (auto& words : impl_->rule_words) std::sort(words.begin(), words.end());
  impl_->passes = load_mention_lexicon(or_default(options.name_identity_path, "data/name_identity.tsv"),
                                       or_default(options.venue_words_path, "data/venue_words.tsv"),
                                       or_default(options.org_words_path, "data/org_words.tsv"),
                                       or_default(options.gazetteer_path, "data/gazetteer.tsv"),
                                       or_default(options.common_words_path, "data/common_words.tsv"),
                                       or_default(options.legal_forms_path, "data/legal_forms.tsv"),
                                       or_default(options.abbreviations_path, "data/abbreviations.tsv"),
                                       or_default(options.class_nouns_path, "data/class_nouns.tsv"),
                                       or_default(options.government_nouns_path, "data/government_nouns.tsv"),
                                       or_default(options.document_nouns_path, "data/document_nouns.tsv"),
                                       or_default(options.peoples_path, "data/peoples.tsv"),
                                       or_default(options.world_regions_path, "data/world_regions.tsv"),
                                       or_default(options.titles_path, "data/titles.tsv"),
                                       or_default(options.deities_path, "data/deities.tsv"));
}
EntityRecognizer::~EntityRecognizer() = default;
EntityRecognizer::EntityRecognizer(EntityRecognizer&&) noexcept = default;
EntityRecognizer& EntityRecognizer::operator=(EntityRecognizer&&) noexcept = default;

std::vector<std::string> EntityRecognizer::rule_pass_names() {
  std::vector<std::string> names;
  for (const RulePass& p : kBeforeTagging) names.emplace_back(p.name);
  for (const RulePass& p : kChunkPasses) names.emplace_back(p.name);
  return names;
}

void EntityRecognizer::annotate(core::Document& doc) const {
  doc.mentions.clear();
  Rules rules(*impl_, doc);
  for (const RulePass& p : kBeforeTagging)
    if (!skipped(impl_->skip_passes, p.name)) (rules.*p.run)();
  rules.tag_and_chunk();
  for (const RulePass& p : kChunkPasses)
    if (!skipped(impl_->skip_passes, p.name)) (rules.*p.run)();
  rules.emit();
  run_mention_passes(doc, impl_->passes);
}

}  // namespace ng::ner
