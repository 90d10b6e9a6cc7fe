// newsgraph parse: tags and parses CoNLL-U (gold words) or an article; train-parser trains
// the model.
#include <chrono>
#include <cstdio>
#include <algorithm>
#include <iostream>
#include <memory>

#include "args.h"
#include "command.h"
#include "core/resources.h"
#include "ner/clusters.h"
#include "ner/conll.h"
#include "ner/features.h"
#include "syntax/conllu.h"
#include "syntax/train.h"

namespace ng::tools {
namespace {

const char* kParseUsage =
    "usage: newsgraph parse --conllu FILE [--eval] [--model FILE] [--beam K] [--beam-margin X]\n"
    "                       [--prune X] [--prune-parser X] [--save MODEL]\n"
    "Tags (UPOS) and parses (HEAD, DEPREL) the words of a CoNLL-U file and writes it back\n"
    "with those columns replaced. --eval prints UPOS accuracy, UAS and LAS against the\n"
    "file's own columns instead (LAS on the universal relation, punctuation counted, as\n"
    "shared/eval/ud_score.py computes them). The model defaults to models/syntax.model.\n"
    "--prune X drops the model's weight rows whose weights all lie below X first (and\n"
    "--save writes the pruned model; --prune-parser X prunes the parser's tables only).\n"
    "--beam K decodes with a beam of K instead of the model's own width (a greedily trained\n"
    "model is best greedy); --beam-margin X keeps only the items within X (averaged weight\n"
    "units) of the best, 0 = no limit. --save writes the model with the settings given.\n"
    "For an article's trees use `newsgraph annotate --layers deps FILE`.\n";

const char* kTrainUsage =
    "usage: newsgraph train-parser --train FILE [--dev FILE] -o MODEL\n"
    "                              [--tagger-epochs N] [--parser-epochs N] [--seed N] [--prune X] [--beam K]\n"
    "                              [--classes K1,K2,K3 [--class-min-count N] [--cluster-text CONLL ...]\n"
    "                              [--cluster-gmb CSV]] [--tagger-from MODEL] [--jackknife-cache FILE]\n"
    "Trains the UPOS tagger and the dependency parser on a CoNLL-U treebank. --dev is used\n"
    "only to report UPOS/UAS/LAS while training. Deterministic: same data and options, same\n"
    "model bytes. Defaults: tagger 10 epochs, parser 15, seed 1, prune 0, beam 1.\n"
    "--beam K: the parser decodes with a beam of K, trained globally (max-violation); 1 = greedy\n"
    "with the dynamic oracle.\n"
    "--classes: word-class features from the exchange algorithm over the lower-cased words of\n"
    "the treebank plus the --cluster-text (CoNLL-2003 format) and --cluster-gmb (GMB CSV) text;\n"
    "unlabelled use only; words seen fewer than --class-min-count times (default 3) get none.\n"
    "--tagger-from: train the parser alone, on the tagger and word classes of MODEL (its\n"
    "tagger is kept as it is; --classes is then not allowed). --jackknife-cache keeps the\n"
    "jackknifed tags the parser trains on in FILE between runs (same model either way).\n";

int number(const Args& args, const char* name, const char* fallback);

int parse(const std::vector<std::string>& argv) {
  Args args(argv, {"--conllu", "--model", "--prune", "--prune-parser", "--save", "--beam", "--beam-margin"},
            {"--eval"});
  if (!args.has("--conllu")) throw UsageError("--conllu FILE is required");
  if (!args.positional().empty()) throw UsageError("unexpected argument: " + args.positional()[0]);
  auto model = syntax::SyntaxModel::load(args.get("--model", core::resource_path("models/syntax.model")));
  if (args.has("--prune")) {
    try {
      model.prune(std::stof(args.get("--prune")));
    } catch (const std::invalid_argument&) {
      throw UsageError("--prune takes a number");
    }
  }
  if (args.has("--prune-parser")) {
    try {
      model.prune_parser(std::stof(args.get("--prune-parser")));
    } catch (const std::invalid_argument&) {
      throw UsageError("--prune-parser takes a number");
    }
  }
  if (args.has("--beam")) model.set_beam(number(args, "--beam", "1"));
  if (args.has("--beam-margin")) {
    try {
      model.set_beam_margin(std::stof(args.get("--beam-margin")));
    } catch (const std::exception&) {
      throw UsageError("--beam-margin takes a number");
    }
  }
  if (args.has("--save")) model.save(args.get("--save"));
  auto sentences = syntax::read_conllu(args.get("--conllu"));
  syntax::ParseScore score;
  for (const auto& s : sentences) {
    auto pred = syntax::analyse_words(model, s);
    if (args.has("--eval")) syntax::add_score(score, s.words, pred);
    else syntax::write_conllu(std::cout, s, pred);
  }
  if (args.has("--eval")) {
    char buf[200];
    std::snprintf(buf, sizeof buf, "sentences %zu words %zu\nUPOS %.2f\nUAS %.2f\nLAS %.2f\n", sentences.size(), score.words,
                  score.upos_pct(), score.uas_pct(), score.las_pct());
    std::cout << buf;
  }
  return kOk;
}

int number(const Args& args, const char* name, const char* fallback) {
  try {
    size_t used = 0;
    std::string v = args.get(name, fallback);
    int n = std::stoi(v, &used);
    if (used != v.size() || n < 0) throw std::invalid_argument(v);
    return n;
  } catch (const std::exception&) {
    throw UsageError(std::string(name) + " takes a number");
  }
}

// Word classes over lower-cased text: the treebank's words and any unlabelled text given.
std::vector<std::pair<std::string, uint32_t>> word_classes(const Args& args, const std::vector<syntax::ConlluSentence>& treebank,
                                                           std::string& description) {
  ner::ClusterOptions copt;
  copt.classes.clear();
  std::string list = args.get("--classes");
  copt.classes = number_list(args, "--classes");
  copt.min_count = uint32_t(number(args, "--class-min-count", "3"));
  std::vector<std::string> lowered;  // every word once per occurrence, lower-cased
  std::vector<size_t> starts;
  auto add = [&](auto begin, auto end) {
    starts.push_back(lowered.size());
    for (auto it = begin; it != end; ++it) {
      std::string w(*it);
      for (char& c : w)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
      lowered.push_back(std::move(w));
    }
  };
  for (const auto& s : treebank) {
    std::vector<std::string_view> words;
    for (const auto& w : s.words) words.push_back(w.form);
    add(words.begin(), words.end());
  }
  std::vector<std::unique_ptr<ner::ConllFile>> files;
  for (const auto& p : args.all("--cluster-text")) files.push_back(ner::read_conll(p, false));
  if (args.has("--cluster-gmb")) files.push_back(ner::read_gmb_csv(args.get("--cluster-gmb"), 20, nullptr, nullptr));
  for (const auto& f : files)
    for (const auto& d : f->docs) {
      const auto& st = d.doc.sentence_starts;
      for (size_t k = 0; k < st.size(); ++k) {
        size_t e = k + 1 < st.size() ? st[k + 1] : d.doc.words.size();
        add(d.doc.words.begin() + st[k], d.doc.words.begin() + e);
      }
    }
  starts.push_back(lowered.size());
  std::vector<std::vector<std::string_view>> sentences;
  for (size_t k = 0; k + 1 < starts.size(); ++k)
    sentences.emplace_back(lowered.begin() + starts[k], lowered.begin() + starts[k + 1]);
  auto t0 = std::chrono::steady_clock::now();
  ner::WordClusters clusters = ner::exchange_clusters(sentences, copt);
  std::sort(lowered.begin(), lowered.end());
  lowered.erase(std::unique(lowered.begin(), lowered.end()), lowered.end());
  std::vector<std::pair<std::string, uint32_t>> out;
  for (auto& w : lowered)
    if (uint32_t packed = clusters.classes(ner::hash_bytes(w))) out.emplace_back(w, packed);
  std::cerr << "train-parser: word classes " << list << " for " << out.size() << " words from " << sentences.size()
            << " sentences in " << std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() << " s\n";
  description += "; word classes " + list + " (exchange algorithm, min count " + std::to_string(copt.min_count) +
                 ") over the treebank's words" + (files.empty() ? std::string() : std::string(" and more text"));
  return out;
}

int train(const std::vector<std::string>& argv) {
  Args args(argv,
            {"--train", "--dev", "-o", "--tagger-epochs", "--parser-epochs", "--seed", "--prune", "--classes",
             "--class-min-count", "--cluster-text", "--cluster-gmb", "--tagger-from", "--jackknife-cache", "--beam"},
            {});
  if (!args.has("--train")) throw UsageError("--train FILE is required");
  if (!args.has("-o")) throw UsageError("-o MODEL is required");
  syntax::TrainOptions opt;
  opt.tagger_epochs = number(args, "--tagger-epochs", "10");
  opt.parser_epochs = number(args, "--parser-epochs", "15");
  opt.seed = uint64_t(number(args, "--seed", "1"));
  opt.beam = std::max(1, number(args, "--beam", "1"));
  try {
    opt.prune = std::stof(args.get("--prune", "0"));
  } catch (const std::exception&) {
    throw UsageError("--prune takes a number");
  }
  auto train_set = syntax::read_conllu(args.get("--train"));
  std::vector<syntax::ConlluSentence> dev;
  if (args.has("--dev")) dev = syntax::read_conllu(args.get("--dev"));
  std::string t = args.get("--train");
  std::string description =
      "two-pass UPOS+XPOS tagger + arc-eager parser (dynamic oracle), averaged perceptrons; train " +
      t.substr(t.find_last_of('/') + 1) + "; tagger epochs " + std::to_string(opt.tagger_epochs) + ", parser epochs " +
      std::to_string(opt.parser_epochs) + ", seed " + std::to_string(opt.seed) + ", prune " + args.get("--prune", "0") +
      (opt.beam > 1 ? ", beam " + std::to_string(opt.beam) + " (global training)" : "");
  std::unique_ptr<syntax::SyntaxModel> tagger_model;
  if (args.has("--tagger-from")) {
    if (args.has("--classes")) throw UsageError("--tagger-from takes the word classes from its model: no --classes");
    tagger_model = std::make_unique<syntax::SyntaxModel>(syntax::SyntaxModel::load(args.get("--tagger-from")));
    opt.tagger_from = tagger_model.get();
    description +=
        "; tagger and word classes from " + args.get("--tagger-from") + " (" + tagger_model->description() + ")";
  }
  opt.jackknife_cache = args.get("--jackknife-cache", "");
  if (args.has("--classes")) opt.clusters = word_classes(args, train_set, description);
  auto model = syntax::train_syntax(train_set, dev, opt, description, &std::cerr);
  model.save(args.get("-o"));
  std::cerr << "train-parser: wrote " << args.get("-o") << " (" << model.feature_rows() << " weight rows)\n";
  return kOk;
}

Registration reg_parse({"parse", "tag and parse CoNLL-U words (UPOS, HEAD, DEPREL); --eval scores them",
                        [](const std::vector<std::string>& a) { return with_usage("parse", kParseUsage, a, parse); }});
Registration reg_train({"train-parser", "train the UPOS tagger and dependency parser on a CoNLL-U treebank",
                        [](const std::vector<std::string>& a) { return with_usage("train-parser", kTrainUsage, a, train); }});

}  // namespace
}  // namespace ng::tools
