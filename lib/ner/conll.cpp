#include "ner/conll.h"

#include <algorithm>
#include <cstdio>

#include "core/error.h"
#include "core/io.h"

namespace ng::ner {
namespace {

std::vector<std::string_view> split_ws(std::string_view line) {
  std::vector<std::string_view> f;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    size_t j = i;
    while (j < line.size() && line[j] != ' ' && line[j] != '\t') ++j;
    if (j > i) f.push_back(line.substr(i, j - i));
    i = j;
  }
  return f;
}

// Parses "O", "I-PER", "B-LOC", "E-ORG", "S-MISC" into (prefix, type); type -1 for O.
bool parse_tag(std::string_view t, char& prefix, int& type) {
  if (t == "O") { prefix = 'O'; type = -1; return true; }
  if (t.size() < 3 || t[1] != '-') return false;
  prefix = t[0];
  if (prefix != 'B' && prefix != 'I' && prefix != 'E' && prefix != 'S') return false;
  type = type_from_name(t.substr(2));
  return type >= 0;
}

// IOB1/IOB2 (prefix, type) per word of one sentence -> BILOU tags.
void to_bilou(const std::vector<std::pair<char, int>>& iob, std::vector<Tag>& out) {
  size_t n = iob.size();
  size_t base = out.size();
  out.resize(base + n, 0);
  size_t i = 0;
  while (i < n) {
    if (iob[i].second < 0) { ++i; continue; }
    int type = iob[i].second;
    size_t j = i + 1;
    while (j < n && iob[j].second == type && iob[j].first == 'I') ++j;
    if (j - i == 1) {
      out[base + i] = make_tag(type, kU);
    } else {
      out[base + i] = make_tag(type, kB);
      for (size_t k = i + 1; k + 1 < j; ++k) out[base + k] = make_tag(type, kI);
      out[base + j - 1] = make_tag(type, kL);
    }
    i = j;
  }
}

void finish_doc(ConllFile& f, LabeledDoc& d) {
  if (!d.doc.words.empty()) f.docs.push_back(std::move(d));
  d = LabeledDoc{};
}

// A ConllFile of the file's bytes and lines (without '\n' or a final '\r'), no documents yet.
std::unique_ptr<ConllFile> read_lines(const std::string& path, bool has_tags) {
  auto owned = std::make_unique<ConllFile>();
  ConllFile& f = *owned;
  f.path = path;
  f.text = core::read_file(path);
  f.has_tags = has_tags;
  for (size_t i = 0; i < f.text.size();) {
    size_t j = f.text.find('\n', i);
    if (j == std::string::npos) j = f.text.size();
    std::string_view l(f.text.data() + i, j - i);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    f.lines.push_back(l);
    i = j + 1;
  }
  return owned;
}

}  // namespace

std::unique_ptr<ConllFile> read_conll(const std::string& path, bool tag_column) {
  auto owned = read_lines(path, tag_column);
  ConllFile& f = *owned;
  LabeledDoc doc;
  std::vector<std::pair<char, int>> sentence_tags;
  bool in_sentence = false;
  auto end_sentence = [&] {
    if (!in_sentence) return;
    to_bilou(sentence_tags, doc.gold);
    sentence_tags.clear();
    in_sentence = false;
  };
  for (uint32_t ln = 0; ln < f.lines.size(); ++ln) {
    auto fields = split_ws(f.lines[ln]);
    if (fields.empty()) { end_sentence(); continue; }
    if (fields[0] == "-DOCSTART-") { end_sentence(); finish_doc(f, doc); continue; }
    if (tag_column && fields.size() < 2) throw core::Error(path, "expected a token and a tag column", ln + 1);
    char prefix = 'O';
    int type = -1;
    if (tag_column && !parse_tag(fields.back(), prefix, type))
      throw core::Error(path, "bad NER tag '" + std::string(fields.back()) + "'", ln + 1);
    if (!in_sentence) {
      doc.doc.sentence_starts.push_back(static_cast<uint32_t>(doc.doc.words.size()));
      in_sentence = true;
    }
    doc.doc.words.push_back(fields[0]);
    doc.word_line.push_back(ln);
    sentence_tags.emplace_back(prefix, type);
  }
  end_sentence();
  finish_doc(f, doc);
  return owned;
}

namespace {
// Applies read_gmb_csv's conventions to one document's gold tags.
void conform_to_conll(LabeledDoc& d, const TitleLexicon* titles, const Gazetteer* gazetteer) {
  const uint32_t n = static_cast<uint32_t>(d.doc.words.size());
  std::vector<uint64_t> lower(n);
  for (uint32_t i = 0; i < n; ++i) lower[i] = lower_hash(d.doc.words[i]);
  for (uint32_t i = 0; i < n; ++i) {
    Tag t = d.gold[i];
    if (!t || (tag_part(t) != kB && tag_part(t) != kU)) continue;
    uint32_t e = i + 1;
    if (tag_part(t) == kB)
      while (e < n && tag_part(d.gold[e]) == kI) ++e;
    if (tag_part(t) == kB && e < n) ++e;  // the L
    int type = tag_type(t);
    // A person chunk of title words only ("Mr." or "Prime" of "Prime Minister", the
    // name after them tagged apart or left out, as GMB does in about 1,400 places) names
    // no one: a title alone is no entity in CoNLL or here.
    if (type == kPer && titles && titles->match_at(lower.data(), i, n) >= e) {
      for (uint32_t k = i; k < e; ++k) d.gold[k] = 0;
      i = e - 1;
      continue;
    }
    if (type == kPer && titles) {
      uint32_t name = titles->match_at(lower.data(), i, e);
      if (name > i && name < e) {
        for (uint32_t k = i; k < name; ++k) d.gold[k] = 0;
        if (e - name == 1) d.gold[name] = make_tag(kPer, kU);
        else d.gold[name] = make_tag(kPer, kB);
      }
    }
    if (type == kLoc && e == i + 1 && gazetteer && (gazetteer->categories(phrase_step(0, lower[i])) & (1u << kGazDemonym)))
      d.gold[i] = make_tag(kMisc, kU);
    i = e - 1;
  }
}
}  // namespace

std::unique_ptr<ConllFile> read_gmb_csv(const std::string& path, uint32_t sentences_per_doc, const TitleLexicon* titles,
                                        const Gazetteer* gazetteer) {
  auto owned = std::make_unique<ConllFile>();
  ConllFile& f = *owned;
  f.path = path;
  std::string raw = core::read_file(path);
  // Latin-1 -> UTF-8, so every view is valid UTF-8 like Document text.
  f.text.reserve(raw.size() + raw.size() / 16);
  for (unsigned char c : raw) {
    if (c < 0x80) f.text.push_back(static_cast<char>(c));
    else { f.text.push_back(static_cast<char>(0xC0 | (c >> 6))); f.text.push_back(static_cast<char>(0x80 | (c & 0x3F))); }
  }
  f.has_tags = true;
  LabeledDoc doc;
  std::vector<std::pair<char, int>> sentence_tags;
  uint32_t sentences = 0;
  size_t i = 0;
  long ln = 0;
  auto end_sentence = [&] {
    if (sentence_tags.empty()) return;
    to_bilou(sentence_tags, doc.gold);
    sentence_tags.clear();
    if (++sentences % sentences_per_doc == 0) finish_doc(f, doc);
  };
  while (i < f.text.size()) {
    size_t j = f.text.find('\n', i);
    if (j == std::string::npos) j = f.text.size();
    std::string_view l(f.text.data() + i, j - i);
    i = j + 1;
    ++ln;
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    if (ln == 1 || l.empty()) continue;
    // Fields: sentence, word, POS, tag; the word may be a quoted field containing commas.
    size_t c1 = l.find(',');
    if (c1 == std::string_view::npos) throw core::Error(path, "expected 4 comma-separated fields", ln);
    size_t c3 = l.rfind(','), c2 = c3 == std::string_view::npos || c3 == 0 ? std::string_view::npos : l.rfind(',', c3 - 1);
    if (c2 == std::string_view::npos || c2 <= c1) throw core::Error(path, "expected 4 comma-separated fields", ln);
    std::string_view word = l.substr(c1 + 1, c2 - c1 - 1), tag = l.substr(c3 + 1);
    if (word.size() >= 2 && word.front() == '"' && word.back() == '"') word = word.substr(1, word.size() - 2);
    if (c1 > 0) end_sentence();
    if (sentence_tags.empty()) doc.doc.sentence_starts.push_back(static_cast<uint32_t>(doc.doc.words.size()));
    int type = -1;
    char prefix = 'O';
    if (tag.size() > 2 && tag[1] == '-') {
      std::string_view t = tag.substr(2);
      if (t == "per") type = kPer;
      else if (t == "org") type = kOrg;
      else if (t == "geo" || t == "gpe") type = kLoc;
      else if (t == "art" || t == "eve" || t == "nat") type = kMisc;
      prefix = type < 0 ? 'O' : (tag[0] == 'B' ? 'B' : 'I');
    }
    doc.doc.words.push_back(word);
    doc.word_line.push_back(0);
    sentence_tags.emplace_back(prefix, type);  // to_bilou reads IOB2 as well as IOB1
  }
  end_sentence();
  finish_doc(f, doc);
  for (auto& d : f.docs) conform_to_conll(d, titles, gazetteer);
  return owned;
}

std::unique_ptr<ConllFile> read_uner(const std::string& path) {
  auto owned = read_lines(path, true);
  ConllFile& f = *owned;
  LabeledDoc doc;
  std::vector<std::pair<char, int>> sentence_tags;
  auto end_sentence = [&] {
    if (sentence_tags.empty()) return;
    to_bilou(sentence_tags, doc.gold);
    sentence_tags.clear();
  };
  for (uint32_t ln = 0; ln < f.lines.size(); ++ln) {
    std::string_view l = f.lines[ln];
    if (l.empty()) { end_sentence(); continue; }
    if (l[0] == '#') {
      if (l.rfind("# newdoc", 0) == 0) { end_sentence(); finish_doc(f, doc); }
      continue;
    }
    size_t t1 = l.find('\t'), t2 = t1 == std::string_view::npos ? t1 : l.find('\t', t1 + 1);
    if (t2 == std::string_view::npos) throw core::Error(path, "expected index, token and tag columns", ln + 1);
    size_t t3 = l.find('\t', t2 + 1);
    std::string_view word = l.substr(t1 + 1, t2 - t1 - 1);
    std::string_view tag = l.substr(t2 + 1, t3 == std::string_view::npos ? std::string_view::npos : t3 - t2 - 1);
    char prefix = 'O';
    int type = -1;
    if (word.empty() || !parse_tag(tag, prefix, type))
      throw core::Error(path, "bad token or NER tag '" + std::string(tag) + "'", ln + 1);
    if (sentence_tags.empty()) doc.doc.sentence_starts.push_back(static_cast<uint32_t>(doc.doc.words.size()));
    doc.doc.words.push_back(word);
    doc.word_line.push_back(ln);
    sentence_tags.emplace_back(prefix, type);
  }
  end_sentence();
  finish_doc(f, doc);
  return owned;
}

core::Document conll_document(const TaggerDoc& d) {
  core::Document doc;
  size_t bytes = 0;
  for (std::string_view w : d.words) bytes += w.size() + 1;
  doc.text.reserve(bytes);
  doc.tokens.reserve(d.words.size());
  const uint32_t n = static_cast<uint32_t>(d.words.size());
  for (size_t s = 0; s < d.sentence_starts.size(); ++s) {
    uint32_t b = d.sentence_starts[s], e = s + 1 < d.sentence_starts.size() ? d.sentence_starts[s + 1] : n;
    if (b >= e) continue;
    core::Sentence sentence;
    sentence.first_token = static_cast<uint32_t>(doc.tokens.size());
    sentence.paragraph = static_cast<uint32_t>(doc.sentences.size());
    for (uint32_t i = b; i < e; ++i) {
      if (i > b) doc.text += ' ';
      else if (!doc.text.empty()) doc.text += '\n';
      core::Token tok;
      tok.span = {static_cast<uint32_t>(doc.text.size()), static_cast<uint32_t>(doc.text.size() + d.words[i].size())};
      doc.text.append(d.words[i].data(), d.words[i].size());
      unsigned char c = static_cast<unsigned char>(d.words[i][0]);
      bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
      tok.kind = c >= '0' && c <= '9' ? core::TokenKind::Number : letter ? core::TokenKind::Word : core::TokenKind::Punct;
      tok.sentence = static_cast<uint32_t>(doc.sentences.size());
      tok.space_before = true;
      tok.line_start = i == b;
      doc.tokens.push_back(tok);
    }
    sentence.last_token = static_cast<uint32_t>(doc.tokens.size());
    sentence.span = {doc.tokens[sentence.first_token].span.begin, doc.tokens.back().span.end};
    doc.sentences.push_back(sentence);
  }
  doc.body = {0, static_cast<uint32_t>(doc.text.size())};
  return doc;
}

void mention_tags(const core::Document& doc, std::vector<Tag>& tags) {
  tags.assign(doc.tokens.size(), 0);
  for (const core::Mention& m : doc.mentions) {
    int type = m.type == core::EntityType::Person         ? kPer
               : m.type == core::EntityType::Organization ? kOrg
               : m.type == core::EntityType::Place        ? kLoc
                                                          : kMisc;
    if (m.last_token <= m.first_token || m.last_token > tags.size()) continue;
    if (m.last_token - m.first_token == 1) {
      tags[m.first_token] = make_tag(type, kU);
      continue;
    }
    tags[m.first_token] = make_tag(type, kB);
    for (uint32_t i = m.first_token + 1; i + 1 < m.last_token; ++i) tags[i] = make_tag(type, kI);
    tags[m.last_token - 1] = make_tag(type, kL);
  }
}

void keep_types(std::vector<Tag>& tags, unsigned mask) {
  for (Tag& t : tags)
    if (t && !(mask & (1u << tag_type(t)))) t = 0;
}

void ChunkScore::add(const ChunkScore& o) {
  for (int t = 0; t < kTypes; ++t) {
    gold[t] += o.gold[t];
    predicted[t] += o.predicted[t];
    correct[t] += o.correct[t];
  }
  tokens += o.tokens;
}

namespace {
template <class A>
long total(const A& a, int type) {
  if (type >= 0) return a[type];
  long s = 0;
  for (long v : a) s += v;
  return s;
}
}  // namespace

double ChunkScore::precision(int type) const {
  long p = total(predicted, type);
  return p ? 100.0 * total(correct, type) / p : 0.0;
}
double ChunkScore::recall(int type) const {
  long g = total(gold, type);
  return g ? 100.0 * total(correct, type) / g : 0.0;
}
double ChunkScore::f1(int type) const {
  double p = precision(type), r = recall(type);
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

std::string ChunkScore::table() const {
  std::string out;
  char buf[160];
  for (int t = -1; t < kTypes; ++t) {
    int type = t < 0 ? -1 : t;
    std::snprintf(buf, sizeof buf, "%-5s P %6.2f R %6.2f F1 %6.2f  (gold %ld, pred %ld)\n", t < 0 ? "ALL" : kTypeNames[t],
                  precision(type), recall(type), f1(type), total(gold, type), total(predicted, type));
    out += buf;
  }
  return out;
}

void score_bilou(const std::vector<Tag>& gold, const std::vector<Tag>& predicted, ChunkScore& score) {
  struct C {
    size_t b, e;
    int type;
    bool operator==(const C& o) const { return b == o.b && e == o.e && type == o.type; }
  };
  auto chunks = [](const std::vector<Tag>& tags) {
    std::vector<C> out;
    size_t start = 0;
    for (size_t i = 0; i < tags.size(); ++i) {
      Tag t = tags[i];
      if (!t) continue;
      int part = tag_part(t);
      if (part == kB) start = i;
      if (part == kU) out.push_back({i, i + 1, tag_type(t)});
      if (part == kL) out.push_back({start, i + 1, tag_type(t)});
    }
    return out;
  };
  auto g = chunks(gold), p = chunks(predicted);
  for (auto& c : g) ++score.gold[c.type];
  for (auto& c : p) ++score.predicted[c.type];
  size_t a = 0, b = 0;
  while (a < g.size() && b < p.size()) {
    if (g[a] == p[b]) { ++score.correct[g[a].type]; ++a; ++b; }
    else if (g[a].b < p[b].b || (g[a].b == p[b].b && g[a].e < p[b].e)) ++a;
    else ++b;
  }
  score.tokens += static_cast<long>(gold.size());
}

bool ConllevalCounter::add(std::string_view gold, std::string_view predicted) {
  char gp, pp;
  int gt, pt;
  if (!parse_tag(gold, gp, gt) || !parse_tag(predicted, pp, pt)) return false;
  gold_.emplace_back(gp, gt);
  pred_.emplace_back(pp, pt);
  ++score_.tokens;
  return true;
}

void ConllevalCounter::chunks(const std::vector<std::pair<char, int>>& tags, std::vector<Chunk>& out) {
  out.clear();
  char prev = 'O';
  int prev_type = -1;
  bool open = false;
  uint32_t start = 0;
  for (uint32_t i = 0; i <= tags.size(); ++i) {
    char tag = i < tags.size() ? tags[i].first : 'O';
    int type = i < tags.size() ? tags[i].second : -1;
    // conlleval's endOfChunk(prev, tag).
    bool end = (prev == 'B' && (tag == 'B' || tag == 'S' || tag == 'O')) ||
               (prev == 'I' && (tag == 'B' || tag == 'S' || tag == 'O')) || prev == 'E' || prev == 'S' ||
               (prev != 'O' && prev_type != type);
    // conlleval's startOfChunk(prev, tag).
    bool begin = tag == 'B' || tag == 'S' || (prev == 'E' && (tag == 'E' || tag == 'I')) ||
                 (prev == 'S' && (tag == 'E' || tag == 'I')) || (prev == 'O' && (tag == 'E' || tag == 'I')) ||
                 (tag != 'O' && prev_type != type);
    if (open && end) {
      out.push_back({start, i, prev_type});
      open = false;
    }
    if (begin && tag != 'O') {
      start = i;
      open = true;
    }
    prev = tag;
    prev_type = type;
  }
}

void ConllevalCounter::sentence_end() {
  chunks(gold_, gold_chunks_);
  chunks(pred_, pred_chunks_);
  for (auto& c : gold_chunks_) ++score_.gold[c.type];
  for (auto& c : pred_chunks_) ++score_.predicted[c.type];
  for (auto& g : gold_chunks_)
    for (auto& p : pred_chunks_)
      if (g.begin == p.begin && g.end == p.end && g.type == p.type) ++score_.correct[g.type];
  gold_.clear();
  pred_.clear();
}

ChunkScore score_conll_file(const std::string& path) {
  std::string text = core::read_file(path);
  ConllevalCounter counter;
  size_t i = 0;
  long ln = 0;
  while (i < text.size()) {
    size_t j = text.find('\n', i);
    if (j == std::string::npos) j = text.size();
    std::string_view l(text.data() + i, j - i);
    i = j + 1;
    ++ln;
    auto f = split_ws(l);
    if (f.empty() || f[0] == "-DOCSTART-") { counter.sentence_end(); continue; }
    if (f.size() < 3) throw core::Error(path, "expected token, gold and predicted tag columns", ln);
    if (!counter.add(f[f.size() - 2], f.back()))
      throw core::Error(path, "bad tag in '" + std::string(l) + "'", ln);
  }
  counter.sentence_end();
  return counter.score();
}

std::string iob2(Tag t) {
  if (!t) return "O";
  std::string s = tag_part(t) == kB || tag_part(t) == kU ? "B-" : "I-";
  return s + kTypeNames[tag_type(t)];
}

}  // namespace ng::ner
