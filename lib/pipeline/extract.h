#pragma once
// Extraction over many articles: the "map" half of building a graph, on all cores.
// Articles are read, annotated and reduced to graph::Fragments by worker threads that
// share one const Pipeline (models loaded once, read-only); the results reach the caller
// on its own thread in input order, whatever order the workers finish in, so the graph
// folded from them is the same bytes for any number of jobs. A stage added to Pipeline
// runs on the workers as it is, provided it keeps the stages' contract: configured once,
// then const, with no mutable state shared between documents (models read-only).
#include <functional>
#include <string>
#include <vector>

#include "graph/fragment.h"
#include "pipeline/pipeline.h"

namespace ng::pipeline {

// One article to extract: `path` as given ("-" for standard input) and the id and path
// its document gets (the file's stem and `path`; "stdin" and "<stdin>" for "-").
struct Input {
  std::string id, path, recorded_path;
};

// The article files of INPUT arguments (files; directories, whose .txt, .jsonl, .html
// and .htm files count, recursively; "-") in merge order: by id, then recorded path
// (graph::fragment_order), so that the graph does not depend on the order of the
// arguments. A directory's other files are appended to `skipped` (when given), each
// "path (not .txt, .jsonl or .html)". Throws core::Error for a directory that cannot be
// listed or holds no article file.
std::vector<Input> article_inputs(const std::vector<std::string>& args, std::vector<std::string>* skipped = nullptr);

// The number of jobs `--jobs` means by default: the machine's hardware threads (>= 1).
unsigned default_jobs();

// One extracted input: the fragments of its articles (one for a .txt or .html file,
// one a record for .jsonl) and the warnings their documents gathered. `known` counts
// the articles not run because `skip` said their text is known.
struct Extracted {
  std::vector<graph::Fragment> fragments;
  std::vector<std::string> warnings;
  size_t known = 0;
};

// Whether an article's text (by graph::article_hash) need not be extracted. Called on
// the worker threads: it must be safe to call concurrently (a set made before the run).
using SkipText = std::function<bool(const std::string& hash)>;

// Runs `pipe` over `inputs` on `jobs` threads (1: on the calling thread alone) and calls
// `sink` on the calling thread once per input, in the order of `inputs`. Memory: the
// texts and documents of at most 4 x jobs articles at a time, never the whole input.
// If an input cannot be read (core::Error from the pipeline) or `sink` throws, the
// workers stop and the error propagates after every earlier input has reached `sink`,
// exactly as with one job.
void extract(const Pipeline& pipe, const std::vector<Input>& inputs, unsigned jobs,
             const std::function<void(Extracted&&)>& sink, const SkipText& skip = nullptr);

}  // namespace ng::pipeline
