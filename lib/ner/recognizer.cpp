#include "ner/recognizer.h"

#include <algorithm>

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


// Capitalised head words of organisation names written "<Head> of X" ("Office of the
// Spokesperson", "Ministry of Defence", "Bank of England"): general English knowledge.
bool is_org_head(std::string_view w) {
  static constexpr const char* kHeads[] = {
      "Office", "Ministry", "Department", "Bureau", "Bank", "University", "Council", "Committee", "Commission",
      "Institute", "Embassy", "Consulate", "Court", "Federation", "Association", "League", "Organization",
      "Organisation", "Union", "Agency", "Board", "Chamber", "College", "Academy", "Church", "Party", "Government",
      "Secretariat", "Division", "Directorate", "Authority", "Society", "Foundation", "Fund", "Congress", "House"};
  for (const char* h : kHeads)
    if (w == h) return true;
  return false;
}

// A heading: a whole line without final punctuation, of at least two words, most of whose
// words start with a capital, not already in capitals.
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
    else if (w.size() > 3) ++lower_words;  // short function words may stay lower case
  }
  return any_lower_letter && words >= 2 && lower_words == 0 && capitalised * 4 >= words * 3;
}

}  // namespace

struct EntityRecognizer::Impl {
  TaggerModel model;
  TitleLexicon titles;
};

EntityRecognizer::EntityRecognizer(const Options& options) : impl_(std::make_unique<Impl>()) {
  impl_->model = TaggerModel::load(options.model_path.empty() ? core::resource_path("models/ner.model") : options.model_path);
  impl_->titles =
      TitleLexicon::from_tsv(options.titles_path.empty() ? core::resource_path("data/titles.tsv") : options.titles_path);
}
EntityRecognizer::~EntityRecognizer() = default;
EntityRecognizer::EntityRecognizer(EntityRecognizer&&) noexcept = default;
EntityRecognizer& EntityRecognizer::operator=(EntityRecognizer&&) noexcept = default;

void EntityRecognizer::annotate(core::Document& doc) const {
  doc.mentions.clear();
  // Words are the non-citation tokens; word_token maps back to Document::tokens.
  TaggerDoc td;
  std::vector<uint32_t> word_token;
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
  const uint32_t n = static_cast<uint32_t>(td.words.size());
  std::vector<uint64_t> lower(n);
  for (uint32_t i = 0; i < n; ++i) lower[i] = lower_hash(td.words[i]);

  // Transcript speaker labels: a line that starts with capitals-only words and a colon
  // ("PRESIDENT BIDEN:", "SECRETARY BLINKEN:"): a leading title, then the person's name.
  // The words after the colon are tagged as a sentence of their own.
  struct Label {
    uint32_t title, name, end;
  };
  std::vector<Label> labels;
  for (uint32_t i = 0; i < n; ++i) {
    if (!doc.tokens[word_token[i]].line_start) continue;
    uint32_t e = i;
    while (e < n && e - i < 6 && has_upper(td.words[e]) && !has_lower(td.words[e]) && td.words[e] != ":" &&
           (e == i || !doc.tokens[word_token[e]].line_start))
      ++e;
    if (e == i || e >= n || td.words[e] != ":") continue;
    uint32_t name = impl_->titles.match_at(lower.data(), i, e);
    if (name == e || e - name > 3) continue;
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
  // Headings in Title Case ("Ukraine Peace Talks Narrow to Single Issue") are tagged in
  // capitals, the form headlines have in the training data, where capitalisation says
  // nothing about names.
  std::string heading_text;
  {
    std::vector<std::pair<uint32_t, uint32_t>> headings;
    size_t bytes = 0;
    for (size_t s = 0; s < td.sentence_starts.size(); ++s) {
      uint32_t b = td.sentence_starts[s], e = s + 1 < td.sentence_starts.size() ? td.sentence_starts[s + 1] : n;
      if (is_heading(doc, td, word_token, b, e)) {
        headings.emplace_back(b, e);
        for (uint32_t i = b; i < e; ++i) bytes += td.words[i].size();
      }
    }
    heading_text.reserve(bytes);  // views below point into it: no reallocation
    for (auto [b, e] : headings)
      for (uint32_t i = b; i < e; ++i) {
        size_t at = heading_text.size();
        for (char c : td.words[i]) heading_text += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
        td.words[i] = std::string_view(heading_text.data() + at, td.words[i].size());
      }
  }
  std::vector<uint8_t> sentence_start(n + 1, 0);
  for (uint32_t s : td.sentence_starts) sentence_start[s] = 1;
  std::vector<Tag> tags;
  impl_->model.tag(td, tags);

  struct Chunk {
    uint32_t b, e;  // word range
    int type;
    uint32_t tb = 0, te = 0;  // title word range (empty when tb == te)
  };
  std::vector<Chunk> chunks;
  for (uint32_t i = 0; i < n; ++i) {
    Tag t = tags[i];
    if (!t || (tag_part(t) != kB && tag_part(t) != kU)) continue;
    uint32_t e = i + 1;
    if (tag_part(t) == kB)
      while (e < n && tags[e] && tag_type(tags[e]) == tag_type(t) && tag_part(tags[e]) != kB && tag_part(tags[e]) != kU) ++e;
    chunks.push_back({i, e, tag_type(t)});
    i = e - 1;
  }

  for (const Label& l : labels) {
    // The labelled person replaces any chunk inside the label.
    chunks.erase(std::remove_if(chunks.begin(), chunks.end(), [&](const Chunk& c) { return c.b < l.end && c.e > l.title; }),
                 chunks.end());
    Chunk c{l.name, l.end, kPer, l.title, l.name};
    chunks.insert(std::lower_bound(chunks.begin(), chunks.end(), c, [](const Chunk& a, const Chunk& b) { return a.b < b.b; }), c);
  }

  // Chunk edges: function words and punctuation never begin or end a name ("of the
  // United States" -> "United States"); a generational suffix ends a person's name
  // ("Marcos Jr."); an organisation written "Office of the X" includes its head.
  {
    static const uint64_t kOf = lower_hash("of"), kThe = lower_hash("the"), kFor = lower_hash("for");
    auto is_edge_junk = [&](uint32_t i) {
      std::string_view w = td.words[i];
      unsigned char c = static_cast<unsigned char>(w[0]);
      if (c >= 'a' && c <= 'z') return true;  // "of", "the", "and"
      return w.size() == 1 && !((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    };
    std::vector<Chunk> kept;
    for (size_t k = 0; k < chunks.size(); ++k) {
      Chunk c = chunks[k];
      if (c.tb == c.te) {
        while (c.b < c.e && is_edge_junk(c.b)) ++c.b;
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

  // A title inside a chunk splits it: "Environment Minister John Baird" (tagged as one
  // organisation) is the person John Baird with the title "Environment Minister";
  // "Ontario Premier David Peterson" is the place Ontario, then a titled person. A chunk
  // that is a title and nothing else ("Spokesperson") is no entity.
  {
    const Gazetteer& gaz = impl_->model.gazetteer();
    auto first_name = [&](uint32_t i) { return (gaz.categories(phrase_step(0, lower[i])) & (1u << kGazFirstName)) != 0; };
    std::vector<Chunk> out;
    for (size_t k = 0; k < chunks.size(); ++k) {
      Chunk c = chunks[k];
      if (c.tb != c.te) { out.push_back(c); continue; }  // speaker label
      if (c.type != kPer && impl_->titles.match_at(lower.data(), c.b, c.e) == c.e) {
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
        uint32_t s = impl_->titles.match_before(lower.data(), std::max(floor, c.b > 3 ? c.b - 3 : 0), t);
        if (s == t) continue;
        if (!has_upper(td.words[t]) || !has_upper(td.words[c.e - 1])) continue;
        // Outside person chunks a one-word title before a one-word name is too weak a sign
        // ("General Motors", "Justice Department").
        if (c.type != kPer && t - s < 2 && c.e - t < 2) continue;
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
        out.push_back({t, c.e, kPer, std::min(s, c.b), t});
      }
      // "... Envoy for Afghan Women and Human Rights Rina Amiri": a non-person chunk that
      // ends in a first name and one or two more capitalised words ends in a person.
      if (!split && c.type != kPer && c.e - c.b >= 3) {
        for (uint32_t t = c.e >= 3 ? c.e - 3 : 0; t + 2 <= c.e && !split; ++t) {
          if (t <= c.b || !(first_name(t) && !first_name(t - 1))) continue;
          bool caps = true;
          for (uint32_t i = t; i < c.e; ++i)
            caps = caps && has_upper(td.words[i]) && has_lower(td.words[i]) && !is_org_head(td.words[i]);
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
        // The name may not end inside a later chunk.
        for (size_t j = k + 1; j < chunks.size() && chunks[j].b < e && whole; ++j)
          if (chunks[j].e > e) whole = false;
        if (whole && e > c.b) {
          c = {c.b, e, kLoc};
          while (k + 1 < chunks.size() && chunks[k + 1].b < e) ++k;
        }
      }
      if (!split) out.push_back(c);
    }
    chunks = std::move(out);
  }

  // Titles: leading title words inside a person's span move out; a title right before a
  // person (not crossing a sentence start or another mention) becomes Mention::title. A
  // non-person chunk that is only a title right before a person is that title.
  for (size_t k = 0; k < chunks.size(); ++k) {
    Chunk& c = chunks[k];
    if (c.type != kPer) continue;
    if (c.tb != c.te) continue;  // speaker label
    uint32_t inner = impl_->titles.match_at(lower.data(), c.b, c.e);
    uint32_t title_end = c.b;
    if (inner > c.b && inner < c.e) {
      title_end = inner;
      c.b = inner;
    }
    uint32_t floor = k > 0 ? chunks[k - 1].e : 0;
    for (uint32_t s = title_end; s > floor; --s)
      if (sentence_start[s]) { floor = s; break; }
    uint32_t begin = impl_->titles.match_before(lower.data(), floor, title_end);
    // Absorb a preceding chunk that is itself a title ("Foreign Minister" tagged ORG).
    if (begin == title_end && k > 0 && chunks[k - 1].e == title_end && chunks[k - 1].type != kPer &&
        impl_->titles.match_at(lower.data(), chunks[k - 1].b, chunks[k - 1].e) == chunks[k - 1].e) {
      begin = chunks[k - 1].b;
      chunks[k - 1].type = -1;  // dropped below
    }
    if (begin < c.b) { c.tb = begin; c.te = c.b; }
  }

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

}  // namespace ng::ner
