// Statements read from the dependency tree: the subject of a verb of saying is its
// speaker, whatever stands between them ("X, who was in Paris last week, said ...",
// "Reuters on Monday reported ...").
#include "events/run.h"

#include <algorithm>

namespace ng::events::detail {

using core::Dep;
using core::Upos;

namespace {
// The tokens of sentence `sen` within kPhraseWindow of token t, where its tree children
// are looked for: every real phrase, and linear work on run-on text with no breaks.
std::pair<size_t, size_t> near(const core::Sentence& sen, size_t t) {
  size_t b = t > sen.first_token + kPhraseWindow ? t - kPhraseWindow : sen.first_token;
  size_t e = std::min<size_t>(sen.last_token, t + kPhraseWindow);
  return {b, e};
}
}  // namespace

Arg Run::named_by_tree(size_t t) const {
  if (ment_[t] >= 0 && mention(t).entity >= 0) return {mention(t).entity, mention(t).span};
  // A description with a name in apposition or as a flat part: "its spokesman, X".
  auto [b, e] = near(doc_.sentences[doc_.tokens[t].sentence], t);
  for (size_t c = b; c < e; ++c) {
    const auto& x = doc_.syntax[c];
    if (x.head != int32_t(t)) continue;
    if ((x.dep == Dep::appos || x.dep == Dep::flat) && ment_[c] >= 0 && mention(c).entity >= 0)
      return {mention(c).entity, mention(c).span};
  }
  return {};
}

void Run::statement_from_tree(uint32_t s, size_t t, Group& speakers_out) {
  const auto& sen = doc_.sentences[s];
  const auto& v = doc_.syntax[t];
  // A verb of saying used as a verb (not "the announced plan"), not passive.
  if (v.upos != Upos::VERB) return;
  if (quote(t) || in_quote(s, t)) return;
  // A participle ("with officials saying") is the surface patterns' kSayIng.
  if (word(t).size() > 4 && word(t).substr(word(t).size() - 3) == "ing") return;
  // A verb whose speaker the surface patterns found.
  for (size_t i = events_.size(); i-- > 0 && events_[i].sentence == s;)
    if (events_[i].kind == core::EventKind::Statement && events_[i].trigger.begin == doc_.tokens[t].span.begin) return;
  Group speakers;
  auto [b, e] = near(sen, t);
  for (size_t c = b; c < e; ++c) {
    const auto& x = doc_.syntax[c];
    if (x.head != int32_t(t)) continue;
    if (x.dep == Dep::aux_pass || x.dep == Dep::nsubj_pass) return;  // "were told", "was announced"
    // The subject before its verb; an inverted "said X" is the surface patterns' (and
    // a parse that puts the subject after the verb is most often wrong).
    if (x.dep != Dep::nsubj || c > t) continue;
    add_unique(speakers, named_by_tree(c));
    // every conjunct of the subject: "A and B said"
    auto [cb, ce] = near(sen, c);
    for (size_t k = cb; k < ce; ++k)
      if (doc_.syntax[k].head == int32_t(c) && doc_.syntax[k].dep == Dep::conj) add_unique(speakers, named_by_tree(k));
  }
  for (const auto& a : speakers) {
    // A place that speaks is its government only in a country's name, which the surface
    // patterns read; a city in the tree is most often a dateline or a scene.
    if (type_of(a.entity) == EntityType::Place) continue;
    if (std::any_of(speakers_out.begin(), speakers_out.end(), [&](const Arg& o) { return o.entity == a.entity; })) continue;
    emit_statement(s, t, a, t + 1, t);
    speakers_out.push_back(a);
  }
}

}  // namespace ng::events::detail
