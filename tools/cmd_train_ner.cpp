// newsgraph train-ner: trains the entity tagger from CoNLL-format data.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>

#include "args.h"
#include "command.h"
#include "core/error.h"
#include "core/resources.h"
#include "ner/conll.h"
#include "ner/train.h"

namespace ng::tools {
namespace {

const char* kUsageText =
    "usage: newsgraph train-ner --train FILE [--train FILE ...] [--gmb CSV] [--dev FILE] -o MODEL\n"
    "                           [--epochs N] [--seed N] [--prune X] [--gazetteer TSV] [--no-gazetteer]\n"
    "                           [--clusters FILE]\n"
    "Trains the averaged-perceptron entity tagger on CoNLL-2003 format files (token first,\n"
    "NER tag last, IOB1 or IOB2), optionally adding the GMB CSV extract (geo/gpe -> LOC), and\n"
    "prints the dev F1 after each epoch. Deterministic: same data and options, same model bytes.\n"
    "Defaults: 12 epochs, seed 20030531, prune 0, gazetteer data/gazetteer.tsv when present;\n"
    "--clusters reads 'path<TAB>word[<TAB>count]' lines (Brown cluster output).\n";

bool file_exists(const std::string& p) { return std::ifstream(p).good(); }

void read_clusters(const std::string& path, ner::WordClusters& clusters) {
  std::ifstream in(path);
  if (!in) throw core::Error(path, "cannot read word clusters");
  std::string line;
  long ln = 0;
  while (std::getline(in, line)) {
    ++ln;
    if (line.empty()) continue;
    size_t a = line.find('\t');
    if (a == std::string::npos) throw core::Error(path, "expected path<TAB>word", ln);
    size_t b = line.find('\t', a + 1);
    clusters.add(std::string_view(line).substr(a + 1, b == std::string::npos ? std::string::npos : b - a - 1),
                 std::string_view(line).substr(0, a));
  }
  clusters.finish();
}

int run(const std::vector<std::string>& argv) {
  Args args(argv, {"--train", "--gmb", "--dev", "-o", "--epochs", "--seed", "--prune", "--gazetteer", "--clusters"},
            {"--no-gazetteer"});
  if (args.help()) { std::cout << kUsageText; return kOk; }
  if (args.all("--train").empty()) throw UsageError("--train FILE is required");
  if (!args.has("-o")) throw UsageError("-o MODEL is required");
  ner::TrainOptions opt;
  try {
    opt.epochs = std::stoi(args.get("--epochs", "12"));
    opt.seed = std::stoull(args.get("--seed", "20030531"));
    opt.prune = std::stof(args.get("--prune", "0"));
  } catch (const std::exception&) {
    throw UsageError("--epochs, --seed and --prune take numbers");
  }
  if (opt.epochs < 1) throw UsageError("--epochs must be at least 1");

  std::vector<ner::ConllFile> files;
  std::vector<const ner::LabeledDoc*> train, dev;
  std::string description = "averaged perceptron, BILOU, greedy; epochs " + std::to_string(opt.epochs) + ", seed " +
                            std::to_string(opt.seed) + ", prune " + args.get("--prune", "0") + "; train:";
  files.reserve(8);
  for (const auto& p : args.all("--train")) {
    files.push_back(ner::read_conll(p, true));
    for (const auto& d : files.back().docs) train.push_back(&d);
    description += " " + p.substr(p.find_last_of('/') + 1);
  }
  if (args.has("--gmb")) {
    files.push_back(ner::read_gmb_csv(args.get("--gmb"), 20));
    for (const auto& d : files.back().docs) train.push_back(&d);
    description += " gmb";
  }
  if (args.has("--dev")) {
    files.push_back(ner::read_conll(args.get("--dev"), true));
    for (const auto& d : files.back().docs) dev.push_back(&d);
  }
  ner::Gazetteer gazetteer;
  std::string gaz_path = args.get("--gazetteer", core::resource_path("data/gazetteer.tsv"));
  if (!args.has("--no-gazetteer") && (args.has("--gazetteer") || file_exists(gaz_path))) {
    ner::read_gazetteer_tsv(gaz_path, gazetteer);
    description += "; gazetteer " + gaz_path.substr(gaz_path.find_last_of('/') + 1);
  }
  gazetteer.finish();
  ner::WordClusters clusters;
  if (args.has("--clusters")) {
    read_clusters(args.get("--clusters"), clusters);
    description += "; clusters " + std::to_string(clusters.size()) + " words";
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
                                               std::snprintf(buf, sizeof buf, "epoch %2d  train acc %.2f  %s%.2f  (%.1fs)\n",
                                                             r.epoch, r.train_accuracy, r.has_dev ? "dev F1 " : "",
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
