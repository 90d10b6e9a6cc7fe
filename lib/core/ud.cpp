#include "core/ud.h"

namespace ng::core {
namespace {

constexpr const char* kUpos[] = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
                                 "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X", "_"};
constexpr const char* kDeps[] = {
    "dep", "acl", "acl:relcl", "advcl", "advcl:relcl", "advmod", "amod", "appos", "aux", "aux:pass", "case", "cc",
    "cc:preconj", "ccomp", "clf", "compound", "compound:prt", "conj", "cop", "csubj", "csubj:outer", "csubj:pass", "det",
    "det:predet", "discourse", "dislocated", "expl", "fixed", "flat", "goeswith", "iobj", "list", "mark", "nmod",
    "nmod:desc", "nmod:npmod", "nmod:poss", "nmod:tmod", "nmod:unmarked", "nsubj", "nsubj:outer", "nsubj:pass",
    "nummod", "obj", "obl", "obl:agent", "obl:npmod", "obl:tmod", "obl:unmarked", "orphan", "parataxis", "punct",
    "reparandum", "root", "vocative", "xcomp"};
static_assert(sizeof kDeps / sizeof kDeps[0] == size_t(Dep::Count));
static_assert(sizeof kUpos / sizeof kUpos[0] == size_t(Upos::None) + 1);

}  // namespace

const char* to_string(Upos u) { return kUpos[size_t(u) <= size_t(Upos::None) ? size_t(u) : size_t(Upos::None)]; }

Upos upos_from(std::string_view tag) {
  for (size_t i = 0; i < size_t(Upos::None); ++i)
    if (tag == kUpos[i]) return Upos(i);
  return Upos::None;
}

const char* to_string(Dep d) { return kDeps[size_t(d) < size_t(Dep::Count) ? size_t(d) : 0]; }

Dep dep_from(std::string_view name) {
  for (size_t i = 0; i < size_t(Dep::Count); ++i)
    if (name == kDeps[i]) return Dep(i);
  size_t colon = name.find(':');
  if (colon != std::string_view::npos) return dep_from(name.substr(0, colon));
  return Dep::dep;
}

Dep universal(Dep d) {
  std::string_view n = to_string(d);
  size_t colon = n.find(':');
  return colon == std::string_view::npos ? d : dep_from(n.substr(0, colon));
}

}  // namespace ng::core
