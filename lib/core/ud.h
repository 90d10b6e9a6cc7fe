#pragma once
// Universal Dependencies categories as the syntax layer stores them: the 17 UPOS tags
// and the relations of UD v2 with the subtypes English treebanks use.
#include <cstdint>
#include <string_view>

namespace ng::core {

enum class Upos : uint8_t {
  ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X, None
};
const char* to_string(Upos u);
Upos upos_from(std::string_view tag);  // Upos::None when not a tag

// Relations, named as UD writes them with ':' as '_' (case_ and list_ avoid keywords).
enum class Dep : uint8_t {
  dep, acl, acl_relcl, advcl, advcl_relcl, advmod, amod, appos, aux, aux_pass, case_, cc, cc_preconj, ccomp, clf,
  compound, compound_prt, conj, cop, csubj, csubj_outer, csubj_pass, det, det_predet, discourse, dislocated, expl,
  fixed, flat, goeswith, iobj, list_, mark, nmod, nmod_desc, nmod_npmod, nmod_poss, nmod_tmod, nmod_unmarked, nsubj,
  nsubj_outer, nsubj_pass, nummod, obj, obl, obl_agent, obl_npmod, obl_tmod, obl_unmarked, orphan, parataxis, punct,
  reparandum, root, vocative, xcomp, Count
};
const char* to_string(Dep d);  // "nmod:poss"
// The relation named `name`; an unknown subtype gives its universal relation, anything
// else unknown gives Dep::dep.
Dep dep_from(std::string_view name);
// The universal relation of `d` (nmod_poss -> nmod).
Dep universal(Dep d);

}  // namespace ng::core
