#include "pipeline/pipeline.h"


#include "core/calendar.h"
#include "core/error.h"
#include "core/io.h"
#include "text/article.h"
#include "tokenize/tokenizer.h"

namespace ng::pipeline {

bool valid_iso_date(const std::string& s) {
  core::Ymd d;
  return core::parse_iso_date(s, d);
}

namespace {

std::unique_ptr<syntax::DependencyParser> load_parser(Options::Parse parse, syntax::Options options) {
  return parse != Options::Parse::None ? std::make_unique<syntax::DependencyParser>(options) : nullptr;
}

std::unique_ptr<const ner::EntityRecognizer> load_recognizer(ner::Options options) {
  return std::make_unique<const ner::EntityRecognizer>(options);
}

}  // namespace

Pipeline::Pipeline(const Options& options)
    : Pipeline(options,
               options.load_in_parallel ? std::async(std::launch::async, load_parser, options.parse, options.syntax)
                                        : std::future<std::unique_ptr<syntax::DependencyParser>>(),
               options.load_in_parallel ? std::async(std::launch::async, load_recognizer, options.ner)
                                        : std::future<std::unique_ptr<const ner::EntityRecognizer>>()) {}

Pipeline::Pipeline(const Options& options, std::future<std::unique_ptr<syntax::DependencyParser>> syntax,
                   std::future<std::unique_ptr<const ner::EntityRecognizer>> ner)
    : options_(options),
      syntax_(syntax.valid() ? nullptr : load_parser(options.parse, options.syntax)),
      ner_(ner.valid() ? nullptr : load_recognizer(options.ner)),
      coref_(options.coref),
      temporal_(options.temporal),
      events_(options.events) {
  if (syntax.valid()) syntax_ = syntax.get();
  if (ner.valid()) ner_ = ner.get();
  if (!options_.date.empty() && !valid_iso_date(options_.date))
    throw core::Error("invalid --date '" + options_.date + "': expected YYYY-MM-DD");
}

core::Document Pipeline::run(std::string id, std::string path, std::string bytes) const {
  core::Document doc = text::read_article(std::move(id), std::move(path), std::move(bytes));
  if (!options_.date.empty()) {
    doc.dct = options_.date;
    doc.dct_basis = core::DateBasis::Publication;
  }
  if (doc.dct.empty())
    doc.warnings.push_back(doc.path + ": no document date (no --date, Published header or dateline); relative dates stay unresolved");
  tokenize::tokenize(doc);
  if (syntax_) {
    if (options_.parse == Options::Parse::All) {
      syntax_->annotate(doc);
    } else {
      std::vector<uint8_t> which = events_.event_sentences(doc);
      syntax_->annotate(doc, &which);
    }
  }
  ner_->annotate(doc);
  coref_.annotate(doc);
  temporal_.annotate(doc);
  events_.annotate(doc);
  return doc;
}

core::Document Pipeline::run_file(const std::string& path) const {
  return run(text::article_id(path), path, core::read_file(path));
}

}  // namespace ng::pipeline
