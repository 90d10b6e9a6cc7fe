// newsgraph train-ner: trains the entity tagger from CoNLL-format data.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>

#include "args.h"
#include "command.h"
#include "core/error.h"
#include "core/resources.h"
#include "ner/clusters.h"
#include "ner/conll.h"
#include "ner/train.h"

namespace ng::tools {
namespace {

const char* kUsageText =
    "usage: newsgraph train-ner --train FILE [--train FILE ...] [--gmb CSV] [--dev FILE] -o MODEL\n"
    "                           [--epochs N] [--runs N] [--seed N] [--prune X] [--gazetteer TSV] [--no-gazetteer]\n"
    "                           [--classes K1,K2,K3 [--class-min-count N] [--cluster-text FILE ...]\n"
    "                           [--cluster-gmb CSV]]\n"
    "Trains the averaged-perceptron entity tagger on CoNLL-2003 format files (token first,\n"
    "NER tag last, IOB1 or IOB2), optionally adding the GMB CSV extract (geo/gpe -> LOC), and\n"
    "prints the dev F1 after each epoch. Deterministic: same data and options, same model bytes.\n"
    "--runs N averages the weights of N runs with seeds seed..seed+N-1.\n"
    "Defaults: 10 epochs, 1 run, seed 20030531, prune 0, gazetteer data/gazetteer.tsv when present;\n"
    "--classes: word-class features from the exchange algorithm over the training text plus\n"
    "the --cluster-text (CoNLL format) and --cluster-gmb (GMB CSV) text; unlabelled use only;\n"
    "words seen fewer than --class-min-count times (default 3) get no class.\n";

bool file_exists(const std::string& p) { return std::ifstream(p).good(); }

int run(const std::vector<std::string>& argv) {
  Args args(argv, {"--train", "--gmb", "--dev", "-o", "--epochs", "--seed", "--prune", "--runs", "--gazetteer", "--titles", "--cluster-text", "--cluster-gmb", "--classes", "--class-min-count"},
            {"--no-gazetteer"});
  if (args.help()) { std::cout << kUsageText; return kOk; }
  if (args.all("--train").empty()) throw UsageError("--train FILE is required");
  if (!args.has("-o")) throw UsageError("-o MODEL is required");
  ner::TrainOptions opt;
  try {
    opt.epochs = std::stoi(args.get("--epochs", "10"));
    opt.seed = std::stoull(args.get("--seed", "20030531"));
    opt.prune = std::stof(args.get("--prune", "0"));
    opt.runs = std::stoi(args.get("--runs", "1"));
  } catch (const std::exception&) {
    throw UsageError("--epochs, --seed and --prune take numbers");
  }
  if (opt.epochs < 1) throw UsageError("--epochs must be at least 1");

  std::vector<std::unique_ptr<ner::ConllFile>> files;
  std::vector<const ner::LabeledDoc*> train, dev;
  std::string description = "averaged perceptron, BILOU, greedy; epochs " + std::to_string(opt.epochs) + ", runs " + args.get("--runs", "1") + ", seed " +
                            std::to_string(opt.seed) + ", prune " + args.get("--prune", "0") + "; train:";
  for (const auto& p : args.all("--train")) {
    files.push_back(ner::read_conll(p, true));
    for (const auto& d : files.back()->docs) train.push_back(&d);
    description += " " + p.substr(p.find_last_of('/') + 1);
  }
  if (args.has("--dev")) {
    files.push_back(ner::read_conll(args.get("--dev"), true));
    for (const auto& d : files.back()->docs) dev.push_back(&d);
  }
  ner::Gazetteer gazetteer;
  std::string gaz_path = args.get("--gazetteer", core::resource_path("data/gazetteer.tsv"));
  if (!args.has("--no-gazetteer") && (args.has("--gazetteer") || file_exists(gaz_path))) {
    ner::read_gazetteer_tsv(gaz_path, gazetteer);
    description += "; gazetteer " + gaz_path.substr(gaz_path.find_last_of('/') + 1);
  }
  gazetteer.finish();
  if (args.has("--gmb")) {
    auto titles = ner::TitleLexicon::from_tsv(args.get("--titles", core::resource_path("data/titles.tsv")));
    files.push_back(ner::read_gmb_csv(args.get("--gmb"), 20, &titles, &gazetteer));
    for (const auto& d : files.back()->docs) train.push_back(&d);
    description += " + GMB ner_dataset.csv";
  }
  ner::WordClusters clusters;
  if (args.has("--classes")) {
    // Word classes from the training text, plus any unlabelled text given.
    ner::ClusterOptions copt;
    copt.classes.clear();
    try {
      copt.min_count = static_cast<uint32_t>(std::stoul(args.get("--class-min-count", "3")));
    } catch (const std::exception&) {
      throw UsageError("--class-min-count takes a number");
    }
    std::string list = args.get("--classes");
    copt.classes = number_list(args, "--classes");
    std::vector<std::unique_ptr<ner::ConllFile>> text_files;
    std::vector<std::vector<std::string_view>> sentences;
    auto add_doc = [&](const ner::LabeledDoc& d) {
      const auto& st = d.doc.sentence_starts;
      for (size_t s = 0; s < st.size(); ++s) {
        size_t e = s + 1 < st.size() ? st[s + 1] : d.doc.words.size();
        sentences.emplace_back(d.doc.words.begin() + st[s], d.doc.words.begin() + e);
      }
    };
    for (auto* d : train) add_doc(*d);
    for (const auto& p : args.all("--cluster-text")) {
      text_files.push_back(ner::read_conll(p, false));
      for (const auto& d : text_files.back()->docs) add_doc(d);
    }
    if (args.has("--cluster-gmb")) {
      text_files.push_back(ner::read_gmb_csv(args.get("--cluster-gmb"), 20, nullptr, nullptr));
      for (const auto& d : text_files.back()->docs) add_doc(d);
    }
    auto c0 = std::chrono::steady_clock::now();
    clusters = ner::exchange_clusters(sentences, copt);
    double cs = std::chrono::duration<double>(std::chrono::steady_clock::now() - c0).count();
    std::cerr << "train-ner: word classes " << list << " for " << clusters.size() << " words from "
              << sentences.size() << " sentences in " << cs << " s\n";
    description += "; word classes " + list + " (exchange algorithm) over the training text" +
                   (args.has("--cluster-gmb") ? std::string(" + GMB text") : std::string()) +
                   (args.has("--cluster-text") ? std::string(" + more text") : std::string());
  }
  opt.description = description;
  long words = 0;
  for (auto* d : train) words += static_cast<long>(d->doc.words.size());
  std::cerr << "train-ner: " << train.size() << " documents, " << words << " tokens; gazetteer "
            << (gazetteer.empty() ? "none" : "loaded") << "; clusters " << clusters.size() << "\n";
  auto t0 = std::chrono::steady_clock::now();
  ner::TaggerModel model = ner::train_tagger(train, dev, std::move(gazetteer), std::move(clusters), opt,
                                             [](const ner::EpochReport& r) {
                                               char buf[200];
                                               std::snprintf(buf, sizeof buf, "run %d epoch %2d  train acc %.2f  %s%.2f  (%.1fs)\n",
                                                             r.run, r.epoch, r.train_accuracy, r.has_dev ? "dev F1 " : "",
                                                             r.has_dev ? r.dev.f1() : 0.0, r.seconds);
                                               std::cerr << buf;
                                             });
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  model.save(args.get("-o"));
  std::cerr << "train-ner: " << model.features() << " feature rows, " << secs << " s; wrote " << args.get("-o") << "\n";
  if (!dev.empty()) std::cerr << ner::evaluate(model, dev).table();
  return kOk;
}

Registration reg({"train-ner", "train the entity tagger on CoNLL-format data",
                  [](const std::vector<std::string>& a) { return with_usage("train-ner", kUsageText, a, run); }});

}  // namespace
}  // namespace ng::tools
