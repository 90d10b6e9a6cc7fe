#include "syntax/model.h"

#include <algorithm>
#include <array>
#include <climits>
#include <cstring>
#include <fstream>

#include "core/binio.h"
#include "core/error.h"
#include "core/io.h"
#include "core/ud.h"
#include "syntax/beam.h"
#include "syntax/features.h"

namespace ng::syntax {

const char* const kUpos[kUposCount] = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
                                       "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};

int upos_id(std::string_view tag) {
  for (int i = 0; i < kUposCount; ++i)
    if (tag == kUpos[i]) return i;
  return -1;
}

namespace {

// The second tagger pass looks again only at the words whose best first-pass tag led the
// next by less than this (in averaged-perceptron weight units). Measured on EWT dev with
// a model trained as models/README.md says: UAS and LAS as when it looks at every word,
// UPOS 95.46 against 95.45, and tagging in about 60% of the time.
constexpr float kSureMargin = 40.0f;

constexpr char kMagic[8] = {'N', 'G', 'S', 'Y', 'N', 'M', 'O', 'D'};

// The file's checksum: FNV-1a's step over 8-byte words in four independent lanes, so it
// runs at memory speed (a byte at a time took 40 ms of a 32 MB model's load). Each step
// is a bijection of its lane, so a change to any one word always changes the sum.
uint64_t checksum(std::string_view bytes) {
  uint64_t lane[4] = {0xcbf29ce484222325ULL, 1, 2, 3};
  size_t i = 0;
  for (; i + 32 <= bytes.size(); i += 32)
    for (int k = 0; k < 4; ++k) {
      uint64_t w;
      std::memcpy(&w, bytes.data() + i + 8 * size_t(k), 8);
      lane[k] = (lane[k] ^ w) * 0x100000001b3ULL;
    }
  for (; i < bytes.size(); ++i) lane[0] = (lane[0] ^ uint8_t(bytes[i])) * 0x100000001b3ULL;
  return detail::mix(lane[0]) ^ detail::mix(lane[1] + 1) ^ detail::mix(lane[2] + 2) ^ detail::mix(lane[3] + 3);
}

// The scores of a word's own tagger features (detail::tagger_word_features) in each pass,
// for the words seen lately on this thread: most words of a text are frequent ones, and
// their own features are a third of its lookups and most of the rows with many classes.
// An entry is found by the word's hash and checked by its bytes (a word of more than
// kBytes is not kept); the cache serves the one tagger `owner` names.
struct WordScores {
  static constexpr size_t kEntries = 2048, kBytes = 22;
  struct Entry {
    uint64_t form = 0;
    uint8_t length = 0xFF;  // none
    uint8_t known = 0;      // bit p: sums of pass p filled
    char bytes[kBytes];
  };
  std::weak_ptr<const char> owner;
  int classes = 0;
  std::vector<Entry> entries;
  std::vector<int32_t> sums;  // entry e's in pass p: [(2e + p) * classes, (2e + p + 1) * classes)

  void serve(const std::shared_ptr<const char>& id, int count) {
    if (!owner.owner_before(id) && !id.owner_before(owner) && classes == count) return;
    owner = id;
    classes = count;
    entries.assign(kEntries, Entry{});
    sums.assign(kEntries * 2 * size_t(count), 0);
  }
  // The entry of `word` (whose hash_bytes is `form`), emptied if it held another word; null
  // for a word too long to keep.
  Entry* entry(std::string_view word, uint64_t form, size_t& index) {
    if (word.size() > kBytes) return nullptr;
    index = size_t(form) & (kEntries - 1);
    Entry& e = entries[index];
    if (e.length != word.size() || e.form != form || std::memcmp(e.bytes, word.data(), word.size()) != 0) {
      e.form = form;
      e.length = uint8_t(word.size());
      e.known = 0;
      std::memcpy(e.bytes, word.data(), word.size());
    }
    return &e;
  }
};

// Per-thread buffers, so that analysing a sentence allocates nothing once they have grown.
struct Scratch {
  WordScores word_scores;
  std::vector<detail::WordInfo> info;
  std::string lower;
  detail::Config config;
  std::vector<int32_t> label_scores;
  std::vector<uint8_t> first;  // the tagger's first pass
  std::vector<int32_t> margin;  // how far the first pass's best tag led the next
  // The transition scores of each role's features for each word filling it (-1..n):
  // role_sums[role * (n + 2) + word + 1], filled when first needed (role_known).
  std::vector<std::array<int32_t, detail::kActions>> role_sums;
  std::vector<uint8_t> role_known;
  detail::BeamSearch beam;
};
Scratch& scratch() {
  thread_local Scratch s;
  return s;
}

// The best label but `root` for the features `keys` in `table`.
uint16_t best_label(const detail::WeightTable& table, const uint64_t* keys, int count, uint16_t root, std::vector<int32_t>& scores) {
  scores.assign(size_t(table.classes()), 0);
  table.score(keys, count, scores.data());
  int best = -1;
  for (int l = 0; l < table.classes(); ++l)
    if (l != root && (best < 0 || scores[size_t(l)] > scores[size_t(best)])) best = l;
  return uint16_t(best < 0 ? 0 : best);
}

}  // namespace

void SyntaxModel::tag_fine(const std::vector<std::string_view>& words, std::vector<uint8_t>& fine) const {
  Scratch& s = scratch();
  detail::describe_words(words, words_, s.info, s.lower);
  tag_described(words, fine);
}

void SyntaxModel::tag_described(const std::vector<std::string_view>& words, std::vector<uint8_t>& fine) const {
  Scratch& s = scratch();
  const size_t n = words.size();
  fine.assign(n, 0);
  uint64_t keys[detail::kMaxTaggerFeatures + detail::kMaxTaggerWordFeatures];
  const int count = int(fine_names_.size());
  WordScores& cache = s.word_scores;
  if (tagger_id_) cache.serve(tagger_id_, count);
  s.margin.assign(n, 0);
  const int32_t sure = int32_t(kSureMargin / tagger_.scale());
  for (int pass = 0; pass < (retagger_.rows() > 0 ? 2 : 1); ++pass) {
    if (pass == 1) s.first.assign(fine.begin(), fine.end());
    const detail::WeightTable& table = pass == 0 ? tagger_ : retagger_;
    for (size_t i = 0; i < n; ++i) {
      if (pass == 1 && s.margin[i] >= sure) continue;  // the first pass was sure
      // The sum of tagger_features' weights, as the word's own features' (kept) and the rest's.
      int nk = detail::tagger_context_features(s.info, n, i, fine.data(), pass == 0 ? nullptr : s.first.data(), keys);
      size_t at = 0;
      WordScores::Entry* e = tagger_id_ ? cache.entry(words[i], s.info[i].form, at) : nullptr;
      int32_t* own = nullptr;
      // The word's own keys when its sums are not kept yet: fetched together with the rest's.
      uint64_t word_keys[detail::kMaxTaggerWordFeatures];
      int nw = -1;
      if (e) {
        own = &cache.sums[(2 * at + size_t(pass)) * size_t(count)];
        if (!(e->known & (1 << pass))) {
          nw = detail::tagger_word_features(s.info[i], word_keys);
          table.prefetch(word_keys, nw);
        }
      } else {
        nk += detail::tagger_word_features(s.info[i], keys + nk);
      }
      int32_t scores[detail::kMaxFineTags];
      std::fill_n(scores, count, 0);
      table.score(keys, nk, scores);
      if (nw >= 0) {
        std::fill_n(own, count, 0);
        table.score(word_keys, nw, own);
        e->known |= uint8_t(1 << pass);
      }
      if (own)
        for (int t = 0; t < count; ++t) scores[t] += own[t];
      // The best tag (the first of equals) and, in the first pass, the next best's score.
      int best = 0;
      int32_t second = INT32_MIN;
      for (int t = 1; t < count; ++t) {
        if (scores[t] > scores[best]) second = scores[best], best = t;
        else if (scores[t] > second) second = scores[t];
      }
      fine[i] = uint8_t(best);
      if (pass == 0) s.margin[i] = count > 1 ? scores[best] - second : 0;
    }
  }
}

void SyntaxModel::tag(const std::vector<std::string_view>& words, std::vector<uint8_t>& upos) const {
  tag_fine(words, upos);
  for (uint8_t& t : upos) t = fine_upos_[t];
}

void SyntaxModel::parse(const std::vector<std::string_view>& words, const std::vector<uint8_t>& fine, Analysis& out) const {
  Scratch& s = scratch();
  detail::describe_words(words, words_, s.info, s.lower);
  parse_described(words.size(), fine, out);
}

void SyntaxModel::parse_described(size_t n, const std::vector<uint8_t>& fine, Analysis& out) const {
  Scratch& s = scratch();
  uint64_t keys[detail::kMaxParserFeatures];
  static_assert(detail::kMaxParserFeatures >= detail::kMaxLabelFeatures, "keys holds every feature set");
  auto arc_label = [&](const detail::Config& c, int32_t h, int32_t d) {
    if (h == int32_t(n)) return root_label_;
    int nl = detail::label_features(c, s.info, fine.data(), h, d, keys);
    return best_label(arc_labels_, keys, nl, root_label_, s.label_scores);
  };
  const detail::Config* done = &s.config;
  if (beam_ > 1) {
    s.beam.run(
        n, beam_, double(beam_margin_) / double(actions_.scale()), s.info, fine.data(),
        [&](const detail::Config&, const uint64_t* k, int count, double* scores) {
          int32_t sc[detail::kActions] = {};
          actions_.score(k, count, sc);
          for (int a = 0; a < detail::kActions; ++a) scores[a] = sc[a];
        },
        [&](const detail::Config& c, int32_t h, int32_t d, bool) { return arc_label(c, h, d); }, nullptr,
        [](size_t) {});
    done = &s.beam.item(0).config;
  } else {
    detail::Config& c = s.config;
    c.reset(n);
    const size_t stride = n + 2;
    s.role_sums.resize(detail::kRoles * stride);
    s.role_known.assign(detail::kRoles * stride, 0);
    while (!c.terminal()) {
      // The sum of parser_features' weights, as the roles' sums and the rest's.
      // The keys of the roles not scored before are fetched together with the rest's,
      // so that their memory reads overlap rather than wait on each other.
      int32_t fill[detail::kRoles];
      detail::role_tokens(c, fill);
      uint64_t role_keys[detail::kRoles][detail::kMaxRoleFeatures];
      int role_count[detail::kRoles];
      for (int r = 0; r < detail::kRoles; ++r) {
        role_count[r] = -1;
        if (s.role_known[size_t(r) * stride + size_t(fill[r] + 1)]) continue;
        role_count[r] = detail::role_features(detail::Role(r), fill[r], n, s.info, fine.data(), role_keys[r]);
        actions_.prefetch(role_keys[r], role_count[r]);
      }
      int nf = detail::config_features(c, s.info, fine.data(), keys);
      int32_t scores[detail::kActions] = {};
      actions_.score(keys, nf, scores);
      for (int r = 0; r < detail::kRoles; ++r) {
        const size_t at = size_t(r) * stride + size_t(fill[r] + 1);
        auto& sums = s.role_sums[at];
        if (role_count[r] >= 0) {
          sums.fill(0);
          actions_.score(role_keys[r], role_count[r], sums.data());
          s.role_known[at] = 1;
        }
        for (int a = 0; a < detail::kActions; ++a) scores[a] += sums[size_t(a)];
      }
      // UD punctuation heads nothing: no arc from a word tagged PUNCT (the root and the
      // other actions always leave a way to finish the tree). A name the model would hang
      // on the final "." goes to the root instead, where the events stage still sees it.
      auto punct = [&](int32_t w) {
        return w >= 0 && w < int32_t(n) && fine_upos_[fine[size_t(w)]] == uint8_t(core::Upos::PUNCT);
      };
      int best = -1;
      for (int a = 0; a < detail::kActions; ++a)
        if (c.valid(detail::Action(a)) && !(a == detail::kLeft && punct(c.b)) &&
            !(a == detail::kRight && punct(c.s0())) && (best < 0 || scores[a] > scores[best]))
          best = a;
      uint16_t lab = 0;
      if (best == detail::kLeft || best == detail::kRight)
        lab = best == detail::kLeft ? arc_label(c, c.b, c.s0()) : arc_label(c, c.s0(), c.b);
      c.apply(detail::Action(best), lab);
    }
  }
  const detail::Config& c = *done;
  if (&out.fine != &fine) out.fine = fine;
  out.upos.resize(n);
  for (size_t i = 0; i < n; ++i) out.upos[i] = fine_upos_[fine[i]];
  out.head.assign(n, -1);
  out.label.assign(n, root_label_);
  int32_t root = -1;
  for (size_t i = 0; i < n; ++i) {
    if (c.head[i] == int32_t(n) && root < 0) root = int32_t(i);
  }
  uint16_t parataxis = root_label_;
  for (size_t l = 0; l < labels_.size(); ++l)
    if (labels_[l] == "parataxis") parataxis = uint16_t(l);
  for (size_t i = 0; i < n; ++i) {
    if (c.head[i] == int32_t(n)) {
      // One root: a second word attached to the root joins the first as parataxis.
      out.head[i] = int32_t(i) == root ? -1 : root;
      out.label[i] = int32_t(i) == root ? root_label_ : parataxis;
    } else {
      out.head[i] = c.head[i];
      out.label[i] = c.label[i];
    }
  }
}

void SyntaxModel::analyse(const std::vector<std::string_view>& words, Analysis& out) const {
  // The words are described once for the tagger and the parser.
  Scratch& s = scratch();
  detail::describe_words(words, words_, s.info, s.lower);
  tag_described(words, out.fine);
  parse_described(words.size(), out.fine, out);
  subject_after_comma(words, out);
}

// A main-clause verb has a subject. When the tree gives the root verb none, and the words
// between it and the comma before it hang, as conjuncts, on a word before the comma
// ("Building on the meeting with A and B, C and the ministers discussed ..." parsed with C
// a third item of "A and B"), or as one apposition ("During his visit to Beijing, A met B"
// parsed with A an apposition of Beijing), the comma closes the fronted phrase: the first of
// those words is the verb's subject and the others are its conjuncts.
void SyntaxModel::subject_after_comma(const std::vector<std::string_view>& words, Analysis& out) const {
  const int32_t n = int32_t(words.size());
  int32_t v = -1;
  for (int32_t i = 0; i < n; ++i)
    if (out.head[size_t(i)] < 0) v = i;
  if (v <= 0 || out.upos[size_t(v)] != uint8_t(core::Upos::VERB)) return;
  const uint16_t nsubj = nsubj_label_, conj = conj_label_;
  if (nsubj == UINT16_MAX || conj == UINT16_MAX) return;
  for (int32_t i = 0; i < n; ++i)  // a nominal, clausal or expletive subject
    if (out.head[size_t(i)] == v && label_flags_[out.label[size_t(i)]]) return;
  int32_t comma = v - 1;
  while (comma > 0 && words[size_t(comma)] != ",") --comma;
  if (comma <= 0 || comma + 1 >= v) return;
  // every word between hangs inside the stretch, but conjuncts of a word before the comma
  int32_t first = -1;
  for (int32_t i = comma + 1; i < v; ++i) {
    int32_t h = out.head[size_t(i)];
    if (h > comma && h < v) continue;
    const uint16_t l = out.label[size_t(i)];
    if (h >= 0 && h < comma && (l == conj || (l == appos_label_ && first < 0))) {
      if (first < 0) first = i;
      continue;
    }
    return;
  }
  if (first < 0) return;
  for (int32_t i = comma + 1; i < v; ++i) {
    int32_t h = out.head[size_t(i)];
    if (i == first) {
      out.head[size_t(i)] = v;
      out.label[size_t(i)] = nsubj;
    } else if (h >= 0 && h < comma) {
      out.head[size_t(i)] = first;  // a later conjunct: the subject's
    }
  }
}

void SyntaxModel::index_labels() {
  label_flags_.assign(labels_.size(), 0);
  for (size_t l = 0; l < labels_.size(); ++l) {
    const std::string& x = labels_[l];
    label_flags_[l] = x.compare(0, 5, "nsubj") == 0 || x.compare(0, 5, "csubj") == 0 || x == "expl";
    if (x == "nsubj") nsubj_label_ = uint16_t(l);
    if (x == "conj") conj_label_ = uint16_t(l);
    if (x == "appos") appos_label_ = uint16_t(l);
  }
}

void SyntaxModel::prune(float threshold) {
  tagger_ = tagger_.pruned(threshold);
  retagger_ = retagger_.pruned(threshold);
  tagger_id_ = std::make_shared<char>();
  description_ += "; pruned at " + std::to_string(threshold);
  prune_parser(threshold, false);
}

void SyntaxModel::prune_parser(float threshold, bool say) {
  actions_ = actions_.pruned(threshold);
  arc_labels_ = arc_labels_.pruned(threshold);
  if (say) description_ += "; parser pruned at " + std::to_string(threshold);
}

void SyntaxModel::save(const std::string& path) const {
  core::ByteWriter w;
  w.bytes().append(kMagic, sizeof kMagic);
  w.put<uint32_t>(kSyntaxModelVersion);
  w.put_string(description_);
  w.put<uint32_t>(uint32_t(labels_.size()));
  for (const auto& l : labels_) w.put_string(l);
  w.put<uint16_t>(root_label_);
  w.put<uint32_t>(uint32_t(beam_));
  w.put<float>(beam_margin_);
  w.put<uint32_t>(uint32_t(fine_names_.size()));
  for (size_t t = 0; t < fine_names_.size(); ++t) w.put_string(fine_names_[t]), w.put<uint8_t>(fine_upos_[t]);
  words_.save(w);
  tagger_.save(w);
  retagger_.save(w);
  actions_.save(w);
  arc_labels_.save(w);
  w.put<uint64_t>(checksum(w.bytes()));
  core::write_file_atomic(path, [&](std::ostream& out) { out.write(w.bytes().data(), std::streamsize(w.bytes().size())); });
}

SyntaxModel SyntaxModel::load(const std::string& path) {
  // The weight tables are used where they lie in the file's image (WeightTable::load).
  auto file = std::make_shared<core::FileImage>(path);
  std::string_view bytes = file->bytes();
  if (bytes.size() < sizeof kMagic + 12 || bytes.compare(0, sizeof kMagic, kMagic, sizeof kMagic) != 0)
    throw core::Error(path, "not a newsgraph syntax model");
  uint32_t version;
  std::memcpy(&version, bytes.data() + sizeof kMagic, 4);
  if (version != kSyntaxModelVersion && version != 3)
    throw core::Error(path, "syntax model version " + std::to_string(version) + ", expected " + std::to_string(kSyntaxModelVersion) +
                                ": retrain it (models/README.md)");
  uint64_t stored;
  std::memcpy(&stored, bytes.data() + bytes.size() - 8, 8);
  const std::string_view body = bytes.substr(0, bytes.size() - 8);
  if (checksum(body) != stored)
    throw core::Error(path, "bad model file: checksum mismatch (damaged or truncated)");
  core::ByteReader r(body.substr(sizeof kMagic), path);
  r.get<uint32_t>();
  SyntaxModel m;
  m.description_ = r.get_string();
  uint32_t nl = r.get<uint32_t>();
  if (nl == 0 || nl > 1000) r.fail("implausible label count");
  for (uint32_t i = 0; i < nl; ++i) m.labels_.push_back(r.get_string());
  m.index_labels();
  m.root_label_ = r.get<uint16_t>();
  if (m.root_label_ >= nl) r.fail("root label out of range");
  if (version >= 4) {
    m.beam_ = int(r.get<uint32_t>());
    if (m.beam_ < 1 || m.beam_ > 256) r.fail("implausible beam width");
    m.beam_margin_ = r.get<float>();
    if (!(m.beam_margin_ > 0)) r.fail("beam margin not positive");
  }
  uint32_t nf = r.get<uint32_t>();
  if (nf == 0 || nf > uint32_t(detail::kMaxFineTags)) r.fail("implausible fine tag count");
  for (uint32_t i = 0; i < nf; ++i) {
    m.fine_names_.push_back(r.get_string());
    m.fine_upos_.push_back(r.get<uint8_t>());
    if (m.fine_upos_.back() >= kUposCount) r.fail("fine tag with no UPOS");
  }
  m.words_ = detail::WordTable::load(r);
  for (detail::WeightTable* t : {&m.tagger_, &m.retagger_, &m.actions_, &m.arc_labels_})
    *t = detail::WeightTable::load(r, file);
  if (m.tagger_.classes() != int(nf) || m.retagger_.classes() != int(nf) || m.actions_.classes() != detail::kActions || m.arc_labels_.classes() != int(nl))
    r.fail("weight tables do not match the label set");
  if (r.remaining() != 0) r.fail("trailing bytes");
  m.tagger_id_ = std::make_shared<char>();
  return m;
}

}  // namespace ng::syntax
