#pragma once
// Internal to lib/syntax: beam search over arc-eager transitions (Zhang & Clark 2008;
// Zhang & Nivre 2011), shared by decoding and by the global training of model.h's
// transition weights (Huang, Fayong & Guo 2012's max-violation update).
//
// A sentence of n words takes exactly 2n transitions (each word is pushed once, by
// Shift or Right, and popped once, by Reduce or Left), so the items of a beam are always
// at the same step. Each step extends every item by its valid actions and keeps the
// `width` best by total score; ties go to the earlier item, then the lower action, so
// the search is deterministic. Arcs take their label from a callback when made.
#include <algorithm>
#include <cstdint>
#include <vector>

#include "syntax/features.h"

namespace ng::syntax::detail {

// What this object represents: the buffers of one search, reused between sentences (no
// allocation once they have grown). Not thread-safe: one per thread.
class BeamSearch {
 public:
  // One transition of an item's history.
  struct Step {
    int32_t parent;  // index into history() of the previous step, -1 at the first
    uint8_t action;
    uint16_t label;
  };
  struct Item {
    Config config;
    double score = 0;
    int32_t last = -1;  // index into history() of its latest step
    bool gold = true;   // every step so far was the gold one (only when a gold sequence is given)
  };

  // Searches the 2n transitions of a sentence of n words, keeping at most `width` items,
  // and of those only the ones whose score lies within `margin` of the best (a beam that
  // narrows where the scores leave no doubt: most steps keep one item). `score(config, keys, count,
  // scores)` adds the transitions' scores for the features `keys` of `config` into
  // scores[0..kActions); `label(config, head, dep, gold)` gives the label of an arc about
  // to be made (`gold`: the item has followed `gold_actions` so far). When
  // `gold_actions` is not null, `after(step)` is called after each step with the beam as
  // it then stands (item(0) the best).
  template <class Score, class Label, class After>
  void run(size_t n, int width, double margin, const std::vector<WordInfo>& info, const uint8_t* tags, Score&& score,
           Label&& label, const std::vector<uint8_t>* gold_actions, After&& after) {
    history_.clear();
    if (items_.empty()) items_.resize(1);
    live_ = 1;
    items_[0].config.reset(n);
    items_[0].score = 0;
    items_[0].last = -1;
    items_[0].gold = gold_actions != nullptr;
    uint64_t keys[kMaxParserFeatures];
    for (size_t t = 0; t < 2 * n; ++t) {
      candidates_.clear();
      for (size_t i = 0; i < live_; ++i) {
        const Config& c = items_[i].config;
        int nf = parser_features(c, info, tags, keys);
        double s[kActions] = {};
        score(c, keys, nf, s);
        for (int a = 0; a < kActions; ++a)
          if (c.valid(Action(a))) candidates_.push_back(Candidate{items_[i].score + s[a], uint32_t(i), uint8_t(a)});
      }
      size_t keep = std::min(candidates_.size(), size_t(width));
      std::partial_sort(candidates_.begin(), candidates_.begin() + long(keep), candidates_.end(),
                        [](const Candidate& x, const Candidate& y) {
                          if (x.score != y.score) return x.score > y.score;
                          return x.item != y.item ? x.item < y.item : x.action < y.action;
                        });
      while (keep > 1 && candidates_[keep - 1].score < candidates_[0].score - margin) --keep;
      next_.resize(std::max(next_.size(), keep));
      for (size_t j = 0; j < keep; ++j) {
        const Candidate& cand = candidates_[j];
        const Item& from = items_[cand.item];
        Item& to = next_[j];
        to.config = from.config;
        to.score = cand.score;
        to.gold = from.gold && (*gold_actions)[t] == cand.action;
        const Action a = Action(cand.action);
        uint16_t lab = 0;
        if (a == kLeft || a == kRight) {
          const Config& c = from.config;
          int32_t h = a == kLeft ? c.b : c.s0(), d = a == kLeft ? c.s0() : c.b;
          lab = label(c, h, d, to.gold);
        }
        history_.push_back(Step{from.last, cand.action, lab});
        to.last = int32_t(history_.size() - 1);
        to.config.apply(a, lab);
      }
      // The buffers only grow: both vectors keep their items' arrays for the next steps.
      std::swap(items_, next_);
      live_ = keep;
      if (gold_actions) after(t);
    }
  }

  // The beam, best first: items 0..size().
  size_t size() const { return live_; }
  const Item& item(size_t i) const { return items_[i]; }
  const std::vector<Step>& history() const { return history_; }
  // The actions and labels of the item whose latest step is history()[last], first step first.
  void path(int32_t last, std::vector<Step>& out) const {
    out.clear();
    for (int32_t s = last; s >= 0; s = history_[size_t(s)].parent) out.push_back(history_[size_t(s)]);
    std::reverse(out.begin(), out.end());
  }

 private:
  struct Candidate {
    double score;
    uint32_t item;
    uint8_t action;
  };
  std::vector<Item> items_, next_;  // the live items are items_[0..live_)
  size_t live_ = 0;
  std::vector<Candidate> candidates_;
  std::vector<Step> history_;
};

}  // namespace ng::syntax::detail
