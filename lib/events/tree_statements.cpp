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

// A quoted complement: a word whose own phrase opens with a quotation mark ("called it
// \"a non-starter\"", "described it as \"cowardly\"").
bool Run::quoted(size_t c) const {
  Dep d = syn(c).dep;
  if (d != Dep::xcomp && d != Dep::obj && d != Dep::obl) return false;
  for (uint32_t k = kid_begin_[c]; k < kid_begin_[c + 1]; ++k)
    if (kids_[k] < c && quote(kids_[k])) return true;
  return false;
}

bool Run::is_country(int32_t e) const {
  if (type_of(e) != EntityType::Place) return false;
  std::string low;
  auto lower_is_country = [&](const std::string& name) {
    low.assign(name);
    for (char& c : low) c = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
    return lex_.is_country_name(low);
  };
  const auto& ent = doc_.entities[e];
  return lower_is_country(ent.name) || std::any_of(ent.aliases.begin(), ent.aliases.end(), lower_is_country);
}

// A noun phrase parsed as an object that a finite verb or auxiliary follows right away is
// the subject of a clause without "that": "maintained an inquiry is what it does".
bool Run::subject_of_clause(size_t c) const {
  // ... or that the parser hung on the phrase as a clause modifying it, finite (it has an
  // auxiliary) with no subject or relative word of its own: "saying the plan did not
  // protect farmers"
  for (uint32_t i = kid_begin_[c]; i < kid_begin_[c + 1]; ++i) {
    uint32_t v = kids_[i];
    if (v < c || (syn(v).dep != Dep::acl && syn(v).dep != Dep::acl_relcl) || has_subject(v)) continue;
    bool aux = false, marked = false;
    for (uint32_t j = kid_begin_[v]; j < kid_begin_[v + 1]; ++j) {
      Dep d = syn(kids_[j]).dep;
      aux |= (d == Dep::aux || d == Dep::aux_pass || d == Dep::cop) && kids_[j] < v;
      marked |= d == Dep::mark || syn(kids_[j]).upos == Upos::PRON;
    }
    if (aux && !marked) return true;
  }
  const uint32_t s = doc_.tokens[c].sentence;
  size_t k = c + 1;
  for (const size_t end = doc_.sentences[s].last_token; k < end; ++k) {
    size_t h = k;
    for (int steps = 0; steps < 8 && h != c && syn(h).head >= 0; ++steps) h = size_t(syn(h).head);
    if (h != c) break;  // the first token past the phrase
  }
  if (k >= doc_.sentences[s].last_token || !parsed(k)) return false;
  if (syn(k).upos == Upos::AUX) return true;
  // a verb that may be a participle modifying the phrase ("a deal signed by X") is none
  std::string_view w = word(k);
  auto ends = [&](std::string_view x) { return w.size() > x.size() + 2 && w.substr(w.size() - x.size()) == x; };
  return syn(k).upos == Upos::VERB && !ends("ed") && !ends("ing") && !ends("en");
}

Arg Run::named_by_tree(size_t t) const {
  static const std::vector<std::string> kOfBody{"for", "at", "of", "from", "by"};
  static const std::vector<std::string> kFromBy{"from", "by"};
  if (ment_[t] >= 0 && mention(t).entity >= 0) return {mention(t).entity, mention(t).span};
  // A description with a name in apposition or as a flat part: "its spokesman, X".
  for (uint32_t k = kid_begin_[t]; k < kid_begin_[t + 1]; ++k) {
    uint32_t c = kids_[k];
    if ((syn(c).dep == Dep::appos || syn(c).dep == Dep::flat) && ment_[c] >= 0 && mention(c).entity >= 0)
      return {mention(c).entity, mention(c).span};
  }
  // A description of people or of a statement that names no one, with the body it speaks
  // for: "a spokesman for X", "officials at X", "a statement from X". Only an organisation
  // or a country speaks so ("the wife of X" is not X).
  if (ment_[t] >= 0 || syn(t).upos != Upos::NOUN || !has(t, kNounPhrase | kPlural | kSayNoun | kVoice | kOutlet))
    return {};
  for (uint32_t k = kid_begin_[t]; k < kid_begin_[t + 1]; ++k) {
    uint32_t c = kids_[k];
    // one who speaks for another, a person too: "X's spokesman", "the office of X"; and
    // what a person said: "X's statement", "a tweet by X", "a Xinhua commentary"
    // and a news outlet by what it is: "the Itar-Tass news agency", "The Times newspaper"
    bool voice_of =
        (has(t, kOutlet) && syn(c).dep == Dep::compound && ment_[c] >= 0 && mention(c).entity >= 0 &&
         type_of(mention(c).entity) == EntityType::Organization) ||
        (has(t, kVoice) && (syn(c).dep == Dep::nmod_poss || syn(c).dep == Dep::nmod)) ||
        (has(t, kSayNoun) && (syn(c).dep == Dep::nmod_poss || syn(c).dep == Dep::compound || has_case(c, kFromBy)));
    if ((syn(c).dep != Dep::nmod && !voice_of) || ment_[c] < 0 || mention(c).entity < 0) continue;
    if (syn(c).dep == Dep::nmod && !has_case(c, kOfBody)) continue;
    int32_t ent = mention(c).entity;
    if (type_of(ent) == EntityType::Organization || is_country(ent) || (voice_of && type_of(ent) == EntityType::Person))
      return {ent, mention(c).span};
  }
  // "a letter on Monday from X": the parser may hang the source on another unnamed modifier
  // of the thing said (its time, its addressee)
  if (has(t, kSayNoun))
    for (uint32_t k = kid_begin_[t]; k < kid_begin_[t + 1]; ++k) {
      uint32_t c = kids_[k];
      if (syn(c).dep != Dep::nmod || ment_[c] >= 0) continue;
      for (uint32_t j = kid_begin_[c]; j < kid_begin_[c + 1]; ++j) {
        uint32_t d = kids_[j];
        if (syn(d).dep == Dep::nmod && has_case(d, kFromBy) && entity_at(d) >= 0)
          return {entity_at(d), mention(d).span};
      }
    }
  // A word for a party's people or government, modified by the party's name or demonym:
  // "the United States government", "Pentagon officials", "the Saudi government".
  if (!has(t, kSide | kSideMod)) return {};
  for (uint32_t k = kid_begin_[t]; k < kid_begin_[t + 1]; ++k) {
    uint32_t c = kids_[k];
    if (syn(c).dep != Dep::compound && syn(c).dep != Dep::amod) continue;
    if (ment_[c] >= 0 && mention(c).entity >= 0) {
      int32_t ent = mention(c).entity;
      if (type_of(ent) == EntityType::Organization || is_country(ent)) return {ent, mention(c).span};
    } else if (int32_t ent = demonym_country(c); ent >= 0 && is_country(ent)) {
      return {ent, doc_.tokens[c].span};
    }
  }
  return {};
}

void Run::named_with_conjuncts(size_t c, Group& out) const {
  // "A, B, C and D said": the parser may chain the conjuncts ("D" a conjunct of "C")
  uint32_t stack[kMaxGroup];
  size_t top = 0, seen = 0;
  stack[top++] = uint32_t(c);
  while (top > 0 && seen < kMaxGroup) {
    uint32_t x = stack[--top];
    ++seen;
    add_unique(out, named_by_tree(x));
    // the conjuncts of the name's other words too ("A B, C D and E F" parsed with "E" a
    // conjunct of "D")
    size_t lo = x, hi = x + 1;
    if (ment_[x] >= 0) lo = mention(x).first_token, hi = mention(x).last_token;
    for (size_t w = lo; w < hi; ++w)
      for (uint32_t k = kid_begin_[w]; k < kid_begin_[w + 1] && top < kMaxGroup; ++k)
        if (syn(kids_[k]).dep == Dep::conj && (kids_[k] < lo || kids_[k] >= hi)) stack[top++] = kids_[k];
  }
}

void Run::statement_noun_from_tree(uint32_t s, size_t t, Group& speakers_out) {
  if (syn(t).upos != Upos::NOUN || syn(t).head < 0 || in_quote(s, t)) return;
  size_t h = size_t(syn(t).head);
  if (syn(h).upos != Upos::VERB || !has(h, kSayLight) || negated(h)) return;
  bool object = syn(t).dep == Dep::obj, passive = syn(t).dep == Dep::nsubj_pass;
  if (!object && !passive) return;
  Group speakers;
  for (uint32_t k = kid_begin_[h]; k < kid_begin_[h + 1]; ++k)
    if (syn(kids_[k]).dep == (object ? Dep::nsubj : Dep::obl_agent)) named_with_conjuncts(kids_[k], speakers);
  for (const auto& a : speakers) {
    if (type_of(a.entity) == EntityType::Place && !is_country(a.entity)) continue;
    if (std::any_of(speakers_out.begin(), speakers_out.end(), [&](const Arg& o) { return o.entity == a.entity; })) continue;
    emit_statement(s, h, a, t + 1, h);
    speakers_out.push_back(a);
  }
}

void Run::statement_from_tree(uint32_t s, size_t t, Group& speakers_out) {
  const auto& sen = doc_.sentences[s];
  const auto& v = doc_.syntax[t];
  // A verb of saying used as a verb (not "the announced plan"); a passive one only with its agent.
  if (v.upos != Upos::VERB) return;
  if (quote(t) || in_quote(s, t)) return;
  // A participle ("with officials saying") is the surface patterns' kSayIng, except one
  // that adds to its clause's verb with no subject of its own: "X blocked the treaty,
  // saying ...": X says it.
  const bool participle = word(t).size() > 4 && word(t).substr(word(t).size() - 3) == "ing";
  if (participle &&
      (syn(t).dep != Dep::advcl || syn(t).head < 0 || has_subject(t) || syn(size_t(syn(t).head)).upos != Upos::VERB))
    return;
  // A verb whose speaker the surface patterns found.
  for (size_t i = events_.size(); i-- > 0 && events_[i].sentence == s;)
    if (events_[i].kind == core::EventKind::Statement && events_[i].trigger.begin == doc_.tokens[t].span.begin) return;
  Group speakers;
  auto [b, e] = near(sen, t);
  auto add_with_conjuncts = [&](size_t c) { named_with_conjuncts(c, speakers); };
  bool passive = false, clause = false;
  for (size_t c = b; c < e; ++c) {
    const auto& x = doc_.syntax[c];
    if (x.head != int32_t(t)) continue;
    // a complement with a subject of its own is a clause, whatever its label
    clause |= x.dep == Dep::ccomp || x.dep == Dep::parataxis || quote(c) || (x.dep == Dep::xcomp && has_subject(c)) ||
              quoted(c) || (x.dep == Dep::obj && subject_of_clause(c));
    // The agent of a passive is the speaker: "the attack was claimed by X", "as reported by X".
    if (x.dep == Dep::obl_agent) {
      add_with_conjuncts(c);
      continue;
    }
    passive |= x.dep == Dep::aux_pass || x.dep == Dep::nsubj_pass;
    // The subject before its verb; an inverted "said X" is the surface patterns' (and
    // a parse that puts the subject after the verb is most often wrong).
    if (x.dep == Dep::nsubj && c < t) add_with_conjuncts(c);
  }
  // "X met Y and reaffirmed ...": a conjunct verb with no subject of its own shares the
  // subject of the verb it is conjoined to
  const bool own_subject = has_subject(t);
  for (size_t h = t; speakers.empty() && !passive && !own_subject && syn(h).dep == Dep::conj && syn(h).head >= 0;) {
    h = size_t(syn(h).head);
    if (h < sen.first_token || h > sen.last_token || syn(h).upos != Upos::VERB) break;
    for (uint32_t k = kid_begin_[h]; k < kid_begin_[h + 1]; ++k)
      if (syn(kids_[k]).dep == Dep::nsubj && kids_[k] < h) add_with_conjuncts(kids_[k]);
  }
  if (participle && speakers.empty()) {
    size_t h = size_t(syn(t).head);
    for (uint32_t k = kid_begin_[h]; k < kid_begin_[h + 1]; ++k)
      if (syn(kids_[k]).dep == Dep::nsubj && kids_[k] < h) add_with_conjuncts(kids_[k]);
  }
  // a passive without its agent names no speaker: "were told", "was announced"
  if (passive && speakers.empty()) return;
  // "maintained a policy", "reported a loss": such a verb reports speech only with a clause
  if (!has(t, kSay) && !clause) return;
  for (const auto& a : speakers) {
    // A place speaks only as a country ("Germany said": its government); a city that is
    // the subject of a verb of saying is most often a scene.
    if (type_of(a.entity) == EntityType::Place && !is_country(a.entity)) continue;
    if (std::any_of(speakers_out.begin(), speakers_out.end(), [&](const Arg& o) { return o.entity == a.entity; })) continue;
    emit_statement(s, t, a, t + 1, t);
    speakers_out.push_back(a);
  }
}

}  // namespace ng::events::detail
