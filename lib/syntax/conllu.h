#pragma once
// CoNLL-U (Universal Dependencies) reading and writing with gold words: the parser reads
// a sentence's words, predicts UPOS, HEAD and DEPREL, and writes the same lines back
// with those three columns replaced. Multiword-token lines ("3-4") and empty nodes
// ("8.1") are kept as they are in the output and are not words.
#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

namespace ng::syntax {

struct ConlluWord {
  std::string form;
  std::string upos;    // "_" when unknown
  std::string xpos;    // the treebank's own tag (EWT: Penn Treebank); "_" when none
  int32_t head = -1;   // 0 = root, 1-based word index; -1 when unknown ("_")
  std::string deprel;  // full relation with subtype ("nmod:poss"); "_" when unknown
};

struct ConlluSentence {
  std::vector<std::string> lines;  // every line of the block as read, comments included
  std::vector<ConlluWord> words;
  std::vector<uint32_t> word_line;  // the line of each word
};

// Reads every sentence of a CoNLL-U file. Throws core::Error naming the file and line
// when a word line does not have 10 columns or its HEAD is not a number or "_".
std::vector<ConlluSentence> read_conllu(const std::string& path);
std::vector<ConlluSentence> parse_conllu(const std::string& text, const std::string& path_for_errors);

// Writes `s` with the UPOS, HEAD and DEPREL columns of its word lines taken from
// `predicted` (one entry per word), then an empty line.
void write_conllu(std::ostream& out, const ConlluSentence& s, const std::vector<ConlluWord>& predicted);

}  // namespace ng::syntax
