#pragma once
// CoNLL-2003 style data: reading (token in the first column, the NER tag in the last,
// IOB1 or IOB2; "-DOCSTART-" lines separate documents, blank lines sentences) and
// conlleval-compatible chunk scoring.
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "ner/features.h"
#include "ner/lexicon.h"
#include "ner/tags.h"

namespace ng::ner {

struct LabeledDoc {
  TaggerDoc doc;
  std::vector<Tag> gold;            // BILOU, one per word (all O when the file has no tags)
  std::vector<uint32_t> word_line;  // index into ConllFile::lines of each word
};

// Views point into `text`, so a ConllFile lives behind a pointer and never moves.
struct ConllFile {
  std::string path;
  std::string text;                      // the file's bytes; every view points into it
  std::vector<std::string_view> lines;   // every line, without its '\n'
  std::vector<LabeledDoc> docs;
  bool has_tags = false;                 // lines carry a gold tag column
};

// Reads a CoNLL file. `tag_column`: true when the last column is a gold NER tag (then
// a bad tag is an error naming the file and line), false to read tokens only.
std::unique_ptr<ConllFile> read_conll(const std::string& path, bool tag_column);

// Reads the GMB CSV extract ("Sentence #,Word,POS,Tag"; Latin-1; geo/gpe -> LOC, per -> PER,
// org -> ORG, art/eve/nat -> MISC, tim -> O), grouping `sentences_per_doc` sentences into one
// document, and conforms it to CoNLL's conventions: titles that GMB puts inside person
// names ("Prime Minister Ehud Olmert") are left out (when `titles` is given), a person
// chunk of title words alone ("Mr." tagged apart from the name after it) is no entity, and
// a one-word place that `gazetteer` lists as a demonym ("Israeli") is MISC.
std::unique_ptr<ConllFile> read_gmb_csv(const std::string& path, uint32_t sentences_per_doc, const TitleLexicon* titles,
                       const Gazetteer* gazetteer);

// Reads Universal NER's IOB2 TSV: "# newdoc id = ..." lines start a document, other "#"
// lines are comments, blank lines end sentences, and each word is a line
// "index<TAB>token<TAB>tag<TAB>..." (tags IOB2 over PER, ORG, LOC). word_line indexes
// ConllFile::lines. Throws core::Error naming the file and line on a malformed line.
std::unique_ptr<ConllFile> read_uner(const std::string& path);

// The words of `d` as a tokenized core::Document, so the whole entity recognizer can run
// on CoNLL-style data: the text is the words joined by single spaces, each sentence on a
// line of its own; token k is word k (Punct when it starts with neither a letter, a digit
// nor a byte of a multi-byte character, Number when it starts with a digit, else Word),
// and each sentence is a core::Sentence and a paragraph. The body is the whole text.
core::Document conll_document(const TaggerDoc& d);

// BILOU tags, one per token of a conll_document, from doc.mentions (a title stays
// outside its mention): Person PER, Organization ORG, Place LOC, Misc MISC.
void mention_tags(const core::Document& doc, std::vector<Tag>& tags);

// Turns into O every chunk whose type's bit (1 << type) is not in `mask`.
void keep_types(std::vector<Tag>& tags, unsigned mask);

// Chunk counts per type (kTypes) for P/R/F1.
struct ChunkScore {
  std::array<long, kTypes> gold{}, predicted{}, correct{};
  long tokens = 0;
  void add(const ChunkScore& o);
  // F1 (0..100) for one type, or over all types when type < 0.
  double f1(int type = -1) const;
  double precision(int type = -1) const;
  double recall(int type = -1) const;
  // A conlleval-like table: one line per type and one for all.
  std::string table() const;
};

// Counts chunks of two BILOU sequences of one sentence or document.
void score_bilou(const std::vector<Tag>& gold, const std::vector<Tag>& predicted, ChunkScore& score);

// Scores IOB1/IOB2/IOBES tag strings the way conlleval does (its startOfChunk and
// endOfChunk rules); a chunk is correct when gold and prediction have it with the same
// boundaries and type.
class ConllevalCounter {
 public:
  // Feeds one token's gold and predicted tag strings ("O", "I-PER", "B-LOC", ...).
  // Returns false when a tag is not of that form.
  bool add(std::string_view gold, std::string_view predicted);
  // Closes the sentence (a blank line or -DOCSTART-).
  void sentence_end();
  const ChunkScore& score() const { return score_; }

 private:
  struct Chunk {
    uint32_t begin, end;
    int type;
  };
  static void chunks(const std::vector<std::pair<char, int>>& tags, std::vector<Chunk>& out);
  std::vector<std::pair<char, int>> gold_, pred_;  // (B/I/E/S/O, type)
  std::vector<Chunk> gold_chunks_, pred_chunks_;
  ChunkScore score_;
};

// Scores a file of "token ... gold predicted" lines (blank lines and -DOCSTART- separate
// sentences). Throws core::Error naming the file and line on a malformed line.
ChunkScore score_conll_file(const std::string& path);

// IOB2 string of a BILOU tag: "O", "B-PER", "I-ORG".
std::string iob2(Tag t);

}  // namespace ng::ner
