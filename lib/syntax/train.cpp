#include "syntax/train.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <numeric>
#include <ostream>

#include "core/binio.h"
#include "core/error.h"
#include "core/io.h"
#include "syntax/beam.h"
#include "syntax/features.h"

namespace ng::syntax {

// Builds a SyntaxModel's private parts.
class Trainer {
 public:
  static SyntaxModel make(std::string description, std::vector<std::string> labels, uint16_t root,
                          const std::pair<std::vector<std::string>, std::vector<uint8_t>>& fine, detail::WeightTable tagger,
                          detail::WeightTable retagger, detail::WeightTable actions, detail::WeightTable arcs, detail::WordTable clusters) {
    SyntaxModel m;
    m.fine_names_ = fine.first;
    m.fine_upos_ = fine.second;
    m.words_ = std::move(clusters);
    m.description_ = std::move(description);
    m.labels_ = std::move(labels);
    m.index_labels();
    m.root_label_ = root;
    m.tagger_ = std::move(tagger);
    m.retagger_ = std::move(retagger);
    m.actions_ = std::move(actions);
    m.arc_labels_ = std::move(arcs);
    m.tagger_id_ = std::make_shared<char>();
    return m;
  }
  // A model's tagger passes and word classes, for training a parser on them.
  static const detail::WeightTable& tagger(const SyntaxModel& m) { return m.tagger_; }
  static const detail::WeightTable& retagger(const SyntaxModel& m) { return m.retagger_; }
  static const detail::WordTable& words(const SyntaxModel& m) { return m.words_; }
};

namespace {

using detail::AveragedPerceptron;

// A training sentence: views of its words, gold tags, heads (n = root), labels.
struct Example {
  std::vector<std::string_view> words;
  std::vector<uint8_t> fine, auto_fine;  // fine tags: gold, and jackknifed (both tagger passes)
  std::vector<uint8_t> first_fine;       // jackknifed tags of the tagger's first pass
  std::vector<int32_t> head;
  std::vector<uint16_t> label;
  std::vector<std::vector<int32_t>> children;  // of 0..n
};

struct Rng {
  uint64_t state;
  uint64_t next() { return state = detail::mix(state); }
  double uniform() { return double(next() >> 11) / double(uint64_t(1) << 53); }
};

template <class T>
void shuffle(std::vector<T>& v, Rng& rng) {
  for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[rng.next() % i]);
}

std::string universal(const std::string& rel) { return rel.substr(0, rel.find(':')); }

// One greedy pass of the tagger over `ex`, learning; `first` holds the first pass's tags
// when this is the second pass (null otherwise).
void tag_pass(AveragedPerceptron& model, const detail::WordTable& clusters, const Example& ex, const uint8_t* first,
              std::vector<detail::WordInfo>& info, std::string& scratch, std::vector<uint8_t>& out) {
  detail::describe_words(ex.words, clusters, info, scratch);
  out.assign(ex.words.size(), 0);
  uint64_t keys[detail::kMaxTaggerFeatures];
  for (size_t i = 0; i < ex.words.size(); ++i) {
    int n = detail::tagger_features(info, ex.words.size(), i, out.data(), first, keys);
    float scores[detail::kMaxFineTags] = {};
    model.score(keys, n, scores);
    int best = int(std::max_element(scores, scores + model.classes()) - scores);
    model.tick();
    if (best != ex.fine[i]) {
      model.update(keys, n, ex.fine[i], 1.0f);
      model.update(keys, n, best, -1.0f);
    }
    out[i] = ex.fine[i];
  }
}

// A tagger pass trained on `data`: the first (`second` false) or the second, which sees
// each sentence's jackknifed first-pass tags.
AveragedPerceptron train_tagger(const std::vector<const Example*>& data, const detail::WordTable& clusters, int tag_count,
                                bool second, int epochs, uint64_t seed) {
  AveragedPerceptron model(tag_count);
  std::vector<const Example*> order = data;
  Rng rng{seed};
  std::vector<detail::WordInfo> info;
  std::string scratch;
  std::vector<uint8_t> tags;
  for (int e = 0; e < epochs; ++e) {
    shuffle(order, rng);
    for (const Example* ex : order) tag_pass(model, clusters, *ex, second ? ex->first_fine.data() : nullptr, info, scratch, tags);
  }
  return model;
}

detail::WeightTable table(const AveragedPerceptron& p, float prune) {
  std::vector<uint64_t> keys;
  std::vector<float> rows;
  p.averaged(keys, rows);
  return detail::WeightTable(p.classes(), keys, rows, prune);
}

// One sentence of parser training with the dynamic oracle.
void parse_pass(AveragedPerceptron& actions, AveragedPerceptron& arcs, const detail::WordTable& clusters, const Example& ex, double explore_p, Rng& rng,
                uint16_t root_label, detail::Config& c, std::vector<detail::WordInfo>& info, std::string& scratch) {
  const size_t n = ex.words.size();
  detail::describe_words(ex.words, clusters, info, scratch);
  c.reset(n);
  const uint8_t* tags = ex.auto_fine.data();
  uint64_t keys[detail::kMaxParserFeatures];
  std::vector<float> label_scores(arcs.classes());
  while (!c.terminal()) {
    int nf = detail::parser_features(c, info, tags, keys);
    float scores[detail::kActions] = {};
    actions.score(keys, nf, scores);
    int costs[detail::kActions];
    detail::action_costs(c, ex.head, ex.children, costs);
    int min_cost = *std::min_element(costs, costs + detail::kActions);
    int pred = -1, gold = -1;
    for (int a = 0; a < detail::kActions; ++a) {
      if (costs[a] >= 1000) continue;
      if (pred < 0 || scores[a] > scores[pred]) pred = a;
      if (costs[a] == min_cost && (gold < 0 || scores[a] > scores[gold])) gold = a;
    }
    actions.tick();
    if (costs[pred] > min_cost) {
      actions.update(keys, nf, gold, 1.0f);
      actions.update(keys, nf, pred, -1.0f);
    }
    // Exploration: after an error the model's own choice is followed with probability
    // explore_p, so that it learns to act well in the states its mistakes lead to.
    int follow = costs[pred] == min_cost || (explore_p > 0 && rng.uniform() < explore_p) ? pred : gold;
    uint16_t lab = 0;
    if (follow == detail::kLeft || follow == detail::kRight) {
      int32_t h = follow == detail::kLeft ? c.b : c.s0(), d = follow == detail::kLeft ? c.s0() : c.b;
      if (h == int32_t(n)) {
        lab = root_label;
      } else {
        int nl = detail::label_features(c, info, tags, h, d, keys);
        std::fill(label_scores.begin(), label_scores.end(), 0.0f);
        arcs.score(keys, nl, label_scores.data());
        int bl = -1;
        for (int l = 0; l < arcs.classes(); ++l)
          if (l != root_label && (bl < 0 || label_scores[l] > label_scores[bl])) bl = l;
        lab = uint16_t(bl);
        if (ex.head[d] == h) {
          arcs.tick();
          if (ex.label[d] != lab) {
            arcs.update(keys, nl, ex.label[d], 1.0f);
            arcs.update(keys, nl, lab, -1.0f);
          }
          lab = ex.label[d];
        }
      }
    }
    c.apply(detail::Action(follow), lab);
  }
}

// The label `arcs` gives the arc head -> dep about to be made in `c` (root: `root_label`).
uint16_t predict_label(const AveragedPerceptron& arcs, const detail::Config& c,
                       const std::vector<detail::WordInfo>& info, const uint8_t* tags, int32_t h, int32_t d,
                       uint16_t root_label, uint64_t* keys, std::vector<float>& scores, int* count = nullptr) {
  if (h == int32_t(c.n)) return root_label;
  int nl = detail::label_features(c, info, tags, h, d, keys);
  if (count) *count = nl;
  std::fill(scores.begin(), scores.end(), 0.0f);
  arcs.score(keys, nl, scores.data());
  int bl = -1;
  for (int l = 0; l < arcs.classes(); ++l)
    if (l != root_label && (bl < 0 || scores[size_t(l)] > scores[size_t(bl)])) bl = l;
  return uint16_t(bl);
}

// What one sentence of global training keeps between sentences.
struct BeamScratch {
  detail::BeamSearch search;
  std::vector<uint8_t> gold_actions;
  std::vector<uint16_t> gold_labels;
  std::vector<double> gold_score;   // after each step, of the gold sequence
  std::vector<uint64_t> gold_keys;  // the gold configurations' features, kMaxParserFeatures per step
  std::vector<int> gold_key_count;
  std::vector<detail::BeamSearch::Step> path;
};

// One sentence of global training: the gold transition sequence (the oracle's cheapest
// action at each step, in the order Left, Right, Shift, Reduce: the best tree the system
// can build, which is the gold tree when that is projective), then a beam search with the
// current weights, then the max-violation update (Huang et al. 2012): at the step where
// the best item leads the gold prefix by most, the gold prefix's features gain and the
// best item's lose. The labeller learns on the gold sequence's arcs.
void parse_pass_beam(AveragedPerceptron& actions, AveragedPerceptron& arcs, const detail::WordTable& clusters,
                     const Example& ex, int width, uint16_t root_label, BeamScratch& bs, detail::Config& c,
                     std::vector<detail::WordInfo>& info, std::string& scratch) {
  const size_t n = ex.words.size();
  detail::describe_words(ex.words, clusters, info, scratch);
  const uint8_t* tags = ex.auto_fine.data();
  constexpr int K = detail::kMaxParserFeatures;
  uint64_t keys[K];
  std::vector<float> label_scores(size_t(arcs.classes()));
  bs.gold_actions.clear(), bs.gold_labels.clear(), bs.gold_score.clear(), bs.gold_key_count.clear();
  bs.gold_keys.resize(2 * n * K);
  c.reset(n);
  double total = 0;
  for (size_t t = 0; !c.terminal(); ++t) {
    int nf = detail::parser_features(c, info, tags, &bs.gold_keys[t * K]);
    bs.gold_key_count.push_back(nf);
    float scores[detail::kActions] = {};
    actions.score(&bs.gold_keys[t * K], nf, scores);
    int costs[detail::kActions];
    detail::action_costs(c, ex.head, ex.children, costs);
    int gold = -1;
    for (int a : {detail::kLeft, detail::kRight, detail::kShift, detail::kReduce})
      if (costs[a] < 1000 && (gold < 0 || costs[a] < costs[gold])) gold = a;
    uint16_t lab = 0;
    if (gold == detail::kLeft || gold == detail::kRight) {
      int32_t h = gold == detail::kLeft ? c.b : c.s0(), d = gold == detail::kLeft ? c.s0() : c.b;
      int nl = 0;
      uint16_t pred = predict_label(arcs, c, info, tags, h, d, root_label, keys, label_scores, &nl);
      lab = h == int32_t(n) ? root_label : ex.label[size_t(d)];
      if (h != int32_t(n)) {
        arcs.tick();
        if (pred != lab) arcs.update(keys, nl, lab, 1.0f), arcs.update(keys, nl, pred, -1.0f);
      }
    }
    total += scores[gold];
    bs.gold_actions.push_back(uint8_t(gold));
    bs.gold_labels.push_back(lab);
    bs.gold_score.push_back(total);
    c.apply(detail::Action(gold), lab);
  }
  // The search, noting the step of the largest violation.
  double worst = 0;
  int64_t worst_step = -1;
  int32_t worst_item = -1;
  bs.search.run(
      n, width, 1e300, info, tags,
      [&](const detail::Config&, const uint64_t* k, int count, double* out) {
        float sc[detail::kActions] = {};
        actions.score(k, count, sc);
        for (int a = 0; a < detail::kActions; ++a) out[a] = sc[a];
      },
      [&](const detail::Config& at, int32_t h, int32_t d, bool gold_item) -> uint16_t {
        if (h == int32_t(n)) return root_label;
        if (gold_item) return ex.label[size_t(d)];
        return predict_label(arcs, at, info, tags, h, d, root_label, keys, label_scores);
      },
      &bs.gold_actions,
      [&](size_t t) {
        const auto& best = bs.search.item(0);
        if (best.gold) return;
        double v = best.score - bs.gold_score[t];
        if (v >= worst) worst = v, worst_step = int64_t(t), worst_item = best.last;
      });
  actions.tick();
  if (worst_step < 0) return;
  // Update where the two sequences differ: before that their configurations are the same.
  bs.search.path(worst_item, bs.path);
  size_t first = 0;
  while (first < bs.path.size() && bs.path[first].action == bs.gold_actions[first] &&
         bs.path[first].label == bs.gold_labels[first])
    ++first;
  c.reset(n);
  for (size_t t = 0; t < bs.path.size(); ++t) {
    if (t >= first) {
      int nf = detail::parser_features(c, info, tags, keys);
      actions.update(keys, nf, bs.path[t].action, -1.0f);
      actions.update(&bs.gold_keys[t * K], bs.gold_key_count[t], bs.gold_actions[t], 1.0f);
    }
    c.apply(detail::Action(bs.path[t].action), bs.path[t].label);
  }
}

using FineTags = std::pair<std::vector<std::string>, std::vector<uint8_t>>;  // names, their UPOS

// The tagger's tag set: the (UPOS, XPOS) pairs of `train` seen at least `min_count`
// times, and each UPOS's commonest pair in any case; most frequent first (ties by name).
// `of` maps every pair seen to its tag: a rarer pair to its UPOS's commonest.
FineTags fine_tag_set(const std::vector<ConlluSentence>& train, size_t min_count, std::map<std::string, uint8_t>& of) {
  std::map<std::string, size_t> freq;
  std::map<std::string, int> upos;
  for (const auto& s : train)
    for (const auto& w : s.words)
      if (int u = upos_id(w.upos); u >= 0) ++freq[w.upos + "/" + w.xpos], upos[w.upos + "/" + w.xpos] = u;
  std::vector<std::pair<size_t, std::string>> by_freq;
  for (auto& [t, f] : freq) by_freq.emplace_back(f, t);
  std::sort(by_freq.begin(), by_freq.end(), [](auto& a, auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
  FineTags tags;
  std::vector<int> commonest(kUposCount, -1);
  for (auto& [f, t] : by_freq) {
    int u = upos[t];
    if (f < min_count && commonest[size_t(u)] >= 0) continue;
    if (tags.first.size() == size_t(detail::kMaxFineTags)) throw core::Error("training data has too many fine tags");
    if (commonest[size_t(u)] < 0) commonest[size_t(u)] = int(tags.first.size());
    of[t] = uint8_t(tags.first.size());
    tags.first.push_back(t);
    tags.second.push_back(uint8_t(u));
  }
  for (auto& [f, t] : by_freq)
    if (!of.count(t)) of[t] = uint8_t(commonest[size_t(upos[t])]);
  return tags;
}

// The fine tag set of a trained model (commonest first within each UPOS, as fine_tag_set
// orders it), with `of` filled for every (UPOS, XPOS) pair of `train`.
FineTags fine_tag_set_of(const SyntaxModel& m, const std::vector<ConlluSentence>& train,
                         std::map<std::string, uint8_t>& of) {
  FineTags tags;
  std::vector<int> commonest(kUposCount, -1);
  for (const auto& t : m.fine_tags()) {
    int u = upos_id(t.substr(0, t.find('/')));
    if (u < 0) throw core::Error("train-parser: the tagger's model has an unknown fine tag " + t);
    if (commonest[size_t(u)] < 0) commonest[size_t(u)] = int(tags.first.size());
    of[t] = uint8_t(tags.first.size());
    tags.first.push_back(t);
    tags.second.push_back(uint8_t(u));
  }
  for (const auto& s : train)
    for (const auto& w : s.words)
      if (int u = upos_id(w.upos); u >= 0 && !of.count(w.upos + "/" + w.xpos)) {
        if (commonest[size_t(u)] < 0)
          throw core::Error("train-parser: the tagger's model has no fine tag for " + w.upos);
        of[w.upos + "/" + w.xpos] = uint8_t(commonest[size_t(u)]);
      }
  return tags;
}

// A digest of what the jackknifed tags depend on: the treebank's words and gold tags, the
// tag set, the word classes and the tagger's options.
uint64_t jackknife_digest(const std::vector<Example>& examples, const FineTags& fine, const detail::WordTable& clusters,
                          const TrainOptions& opt) {
  uint64_t h = detail::key(1, uint64_t(opt.tagger_epochs), uint64_t(opt.folds), opt.seed);
  h = detail::key(2, h, uint64_t(opt.tagger_passes), clusters.digest());
  for (const auto& t : fine.first) h = detail::key(3, h, detail::hash_bytes(t));
  for (const auto& ex : examples) {
    h = detail::key(4, h, ex.words.size());
    for (size_t i = 0; i < ex.words.size(); ++i) h = detail::key(5, h, detail::hash_bytes(ex.words[i]), ex.fine[i]);
  }
  return h;
}

constexpr char kCacheMagic[8] = {'N', 'G', 'J', 'K', 'T', 'A', 'G', 'S'};

// Reads the jackknifed tags of `path` into `examples` if the file holds them for `digest`.
bool read_jackknife_cache(const std::string& path, uint64_t digest, std::vector<Example>& examples) {
  if (path.empty() || !std::ifstream(path).good()) return false;
  const std::string bytes = core::read_file(path);
  if (bytes.size() < sizeof kCacheMagic + 16 ||
      bytes.compare(0, sizeof kCacheMagic, kCacheMagic, sizeof kCacheMagic) != 0)
    return false;
  core::ByteReader r(std::string_view(bytes).substr(sizeof kCacheMagic), path);
  if (r.get<uint64_t>() != digest || r.get<uint64_t>() != examples.size()) return false;
  for (auto& ex : examples) {
    ex.auto_fine = r.get_vector<uint8_t>(ex.words.size());
    ex.first_fine = r.get_vector<uint8_t>(ex.words.size());
    if (ex.auto_fine.size() != ex.words.size() || ex.first_fine.size() != ex.words.size())
      r.fail("jackknife cache out of step");
  }
  return true;
}

void write_jackknife_cache(const std::string& path, uint64_t digest, const std::vector<Example>& examples) {
  core::ByteWriter w;
  w.bytes().append(kCacheMagic, sizeof kCacheMagic);
  w.put<uint64_t>(digest);
  w.put<uint64_t>(examples.size());
  for (const auto& ex : examples) w.put_vector(ex.auto_fine), w.put_vector(ex.first_fine);
  core::write_file_atomic(path,
                          [&](std::ostream& out) { out.write(w.bytes().data(), std::streamsize(w.bytes().size())); });
}

// Jackknifed tags for the parser's training, and for the second tagger pass's: fold f's
// sentences are tagged by passes trained on the other folds (each example's auto_fine;
// first_fine holds the first pass's).
void jackknife(std::vector<Example>& examples, const detail::WordTable& clusters, const FineTags& fine,
               const TrainOptions& opt, std::ostream* log) {
  const uint64_t digest = jackknife_digest(examples, fine, clusters, opt);
  if (read_jackknife_cache(opt.jackknife_cache, digest, examples)) {
    if (log) *log << "syntax: jackknifed tags read from " << opt.jackknife_cache << "\n";
    return;
  }
  const int fine_count = int(fine.first.size());
  std::vector<detail::WeightTable> first_folds;
  for (int pass = 0; pass < (opt.tagger_passes >= 2 ? 2 : 1); ++pass) {
    for (int f = 0; f < opt.folds; ++f) {
      std::vector<const Example*> in;
      for (size_t i = 0; i < examples.size(); ++i)
        if (int(i % size_t(opt.folds)) != f) in.push_back(&examples[i]);
      detail::WeightTable t = table(train_tagger(in, clusters, fine_count, pass == 1, opt.tagger_epochs,
                                                 opt.seed + 100 * (pass + 1) + uint64_t(f)),
                                    0.0f);
      SyntaxModel tagger_only = pass == 0
                                    ? Trainer::make("", {"root"}, 0, fine, t, {}, {}, {}, clusters)
                                    : Trainer::make("", {"root"}, 0, fine, first_folds[size_t(f)], t, {}, {}, clusters);
      for (size_t i = f; i < examples.size(); i += size_t(opt.folds))
        tagger_only.tag_fine(examples[i].words, examples[i].auto_fine);
      if (pass == 0) first_folds.push_back(std::move(t));
      if (log) *log << "syntax: jackknife pass " << pass + 1 << " fold " << f + 1 << "/" << opt.folds << " tagged\n";
    }
    if (pass == 0)
      for (auto& ex : examples) ex.first_fine = ex.auto_fine;
  }
  if (!opt.jackknife_cache.empty()) write_jackknife_cache(opt.jackknife_cache, digest, examples);
}

}  // namespace

void add_score(ParseScore& s, const std::vector<ConlluWord>& gold, const std::vector<ConlluWord>& pred) {
  for (size_t i = 0; i < gold.size() && i < pred.size(); ++i) {
    ++s.words;
    s.upos += gold[i].upos == pred[i].upos;
    if (gold[i].head == pred[i].head) {
      ++s.uas;
      s.las += universal(gold[i].deprel) == universal(pred[i].deprel);
    }
  }
}

std::vector<ConlluWord> analyse_words(const SyntaxModel& m, const ConlluSentence& s) {
  std::vector<std::string_view> words;
  for (const auto& w : s.words) words.push_back(w.form);
  Analysis a;
  m.analyse(words, a);
  std::vector<ConlluWord> out(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    out[i].form = s.words[i].form;
    out[i].upos = kUpos[a.upos[i]];
    out[i].head = a.head[i] < 0 ? 0 : a.head[i] + 1;
    out[i].deprel = m.labels()[a.label[i]];
  }
  return out;
}

SyntaxModel train_syntax(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& dev,
                         const TrainOptions& opt, const std::string& description, std::ostream* log) {
  using clock = std::chrono::steady_clock;
  const auto t0 = clock::now();
  auto elapsed = [&] { return std::chrono::duration<double>(clock::now() - t0).count(); };
  // Labels, most frequent first (ties by name), so that the file does not depend on order.
  std::map<std::string, size_t> freq;
  for (const auto& s : train)
    for (const auto& w : s.words) ++freq[w.deprel];
  std::vector<std::pair<size_t, std::string>> by_freq;
  for (auto& [l, f] : freq)
    if (l != "_") by_freq.emplace_back(f, l);
  std::sort(by_freq.begin(), by_freq.end(), [](auto& a, auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
  std::vector<std::string> labels;
  std::map<std::string, uint16_t> label_id;
  for (auto& [f, l] : by_freq) label_id[l] = uint16_t(labels.size()), labels.push_back(l);
  if (!label_id.count("root")) throw core::Error("training data has no root relation");
  const uint16_t root = label_id["root"];
  std::map<std::string, uint8_t> fine_of;
  // Training the parser alone keeps the tagger's fine tag set: a treebank with extra
  // sentences (scripts/augment_names.py) may count a rare (UPOS, XPOS) pair past the
  // threshold; a pair not in the set counts as its UPOS's commonest, as in training.
  const FineTags fine = opt.tagger_from ? fine_tag_set_of(*opt.tagger_from, train, fine_of)
                                        : fine_tag_set(train, opt.fine_tag_min_count, fine_of);
  const int fine_count = int(fine.first.size());

  std::vector<Example> examples;
  for (const auto& s : train) {
    Example ex;
    bool ok = !s.words.empty();
    const int32_t n = int32_t(s.words.size());
    for (const auto& w : s.words) {
      int u = upos_id(w.upos);
      if (u < 0 || w.head < 0 || w.head > n || !label_id.count(w.deprel)) ok = false;
      ex.words.push_back(w.form);
      ex.fine.push_back(u < 0 ? 0 : fine_of[w.upos + "/" + w.xpos]);
      ex.head.push_back(w.head == 0 ? n : w.head - 1);
      ex.label.push_back(ok ? label_id[w.deprel] : 0);
    }
    if (!ok) continue;
    ex.children.assign(size_t(n) + 1, {});
    for (int32_t i = 0; i < n; ++i) ex.children[size_t(ex.head[i])].push_back(i);
    examples.push_back(std::move(ex));
  }
  if (log) *log << "syntax: " << examples.size() << " training sentences, " << labels.size() << " relations, " << fine_count << " fine tags\n";

  std::map<uint64_t, uint64_t> known;
  for (const auto& [w, packed] : opt.clusters) known[detail::hash_bytes(w)] |= packed;
  detail::WordTable clusters =
      opt.tagger_from ? Trainer::words(*opt.tagger_from)
                      : detail::WordTable(std::vector<std::pair<uint64_t, uint64_t>>(known.begin(), known.end()));

  if (opt.tagger_from && fine.first != opt.tagger_from->fine_tags())
    throw core::Error("train-parser: the tagger's model has another fine tag set than this treebank gives");
  std::vector<detail::WordInfo> info;
  std::string scratch;
  jackknife(examples, clusters, fine, opt, log);
  if (log) *log << "syntax: jackknifed (" << elapsed() << " s)\n";
  size_t agree = 0, total = 0;
  for (const auto& ex : examples)
    for (size_t i = 0; i < ex.fine.size(); ++i) agree += fine.second[ex.fine[i]] == fine.second[ex.auto_fine[i]], ++total;
  if (log) *log << "syntax: jackknifed UPOS accuracy on train " << 100.0 * agree / std::max<size_t>(total, 1) << "\n";

  std::vector<const Example*> all;
  for (const auto& ex : examples) all.push_back(&ex);
  detail::WeightTable tagger_table =
      opt.tagger_from ? Trainer::tagger(*opt.tagger_from)
                      : table(train_tagger(all, clusters, fine_count, false, opt.tagger_epochs, opt.seed), opt.prune);
  detail::WeightTable retagger_table =
      opt.tagger_from ? Trainer::retagger(*opt.tagger_from)
      : opt.tagger_passes >= 2
          ? table(train_tagger(all, clusters, fine_count, true, opt.tagger_epochs, opt.seed + 1), opt.prune)
          : detail::WeightTable(fine_count, {}, {}, 0.0f);
  if (log) *log << "syntax: tagger trained, " << tagger_table.rows() << " + " << retagger_table.rows() << " rows (" << elapsed() << " s)\n";

  AveragedPerceptron actions(detail::kActions), arcs(int(labels.size()));
  std::vector<const Example*> order = all;
  Rng rng{opt.seed * 7919};
  detail::Config c;
  BeamScratch beam_scratch;
  for (int e = 0; e < opt.parser_epochs; ++e) {
    shuffle(order, rng);
    for (const Example* ex : order) {
      if (opt.beam > 1)
        parse_pass_beam(actions, arcs, clusters, *ex, opt.beam, root, beam_scratch, c, info, scratch);
      else
        parse_pass(actions, arcs, clusters, *ex, e >= opt.explore_after ? opt.explore_p : 0.0, rng, root, c, info,
                   scratch);
    }
    if (log) {
      *log << "syntax: parser epoch " << e + 1 << " (" << elapsed() << " s)";
      if (!dev.empty() && (e + 1 == opt.parser_epochs || (e + 1) % 3 == 0)) {
        SyntaxModel m = Trainer::make(description, labels, root, fine, tagger_table, retagger_table, table(actions, opt.prune), table(arcs, opt.prune), clusters);
        m.set_beam(opt.beam);
        ParseScore s;
        for (const auto& d : dev) add_score(s, d.words, analyse_words(m, d));
        *log << ": dev UPOS " << s.upos_pct() << " UAS " << s.uas_pct() << " LAS " << s.las_pct();
      }
      *log << "\n" << std::flush;
    }
  }
  SyntaxModel m = Trainer::make(description, labels, root, fine, std::move(tagger_table), std::move(retagger_table),
                                table(actions, opt.prune), table(arcs, opt.prune), std::move(clusters));
  m.set_beam(opt.beam);
  return m;
}

}  // namespace ng::syntax
