#pragma once
// The one entry point tools use: article bytes in, a fully annotated Document out.
#include <future>
#include <memory>
#include <string>

#include "core/document.h"
#include "coref/resolver.h"
#include "events/extractor.h"
#include "ner/recognizer.h"
#include "syntax/parser.h"
#include "temporal/tagger.h"

namespace ng::pipeline {

struct Options {
  std::string date;  // "YYYY-MM-DD": overrides the Published header and the dateline
  // Which sentences the syntax stage parses (Document::syntax): those that may state a
  // meeting (EventExtractor::event_sentences; the default), all, or none.
  enum class Parse { None, EventSentences, All } parse = Parse::EventSentences;
  syntax::Options syntax;
  ner::Options ner;
  coref::Options coref;
  temporal::Options temporal;
  events::Options events;
  // Load the syntax model and the entity recognizer each on a thread of their own while
  // the other stages load (the same stages; a caller that goes on to run() on several
  // threads gains the wall time). Errors: as loaded in turn (syntax, entities, coref,
  // temporal, events, the first failing one's), except that coref's, temporal's and
  // events' come before the syntax model's and the recognizer's.
  bool load_in_parallel = false;
};

// What this object represents: every stage, configured once. Thread safety: const
// after construction; run() may be called from many threads at once.
class Pipeline {
 public:
  // Loads models and lexicons. Throws core::Error if one is missing or malformed, or if
  // options.date is not a valid YYYY-MM-DD date.
  explicit Pipeline(const Options& options = {});

  // Runs text -> tokenize -> syntax -> ner -> coref -> temporal -> events on an
  // article's bytes.
  // Throws core::Error naming `path` if the bytes are not a readable article.
  core::Document run(std::string id, std::string path, std::string bytes) const;

  // Reads the file at `path` and runs it; the id is the file's stem.
  core::Document run_file(const std::string& path) const;

 private:
  // `syntax`, `ner`: the stages loading on threads of their own, or no futures (load them
  // here, in turn).
  Pipeline(const Options& options, std::future<std::unique_ptr<syntax::DependencyParser>> syntax,
           std::future<std::unique_ptr<const ner::EntityRecognizer>> ner);
  Options options_;
  std::unique_ptr<syntax::DependencyParser> syntax_;  // null when options.parse is None
  std::unique_ptr<const ner::EntityRecognizer> ner_;
  coref::EntityResolver coref_;
  temporal::TimeTagger temporal_;
  events::EventExtractor events_;
};

// True when `s` is a valid calendar date written YYYY-MM-DD.
bool valid_iso_date(const std::string& s);

}  // namespace ng::pipeline
