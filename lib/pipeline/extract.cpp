#include "pipeline/extract.h"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <mutex>
#include <optional>
#include <thread>

#include "core/error.h"
#include "core/io.h"
#include "text/article.h"
#include "text/formats.h"

namespace ng::pipeline {

std::vector<Input> article_inputs(const std::vector<std::string>& args, std::vector<std::string>* skipped) {
  namespace fs = std::filesystem;
  std::vector<Input> out;
  auto add = [&](const std::string& path) {
    if (path == "-") out.push_back({"stdin", path, "<stdin>"});
    else out.push_back({text::article_id(path), path, path});
  };
  for (const auto& in : args) {
    std::error_code ec;
    if (in == "-" || !fs::is_directory(in, ec)) {
      add(in);
      continue;
    }
    std::vector<std::string> files, others;
    for (fs::recursive_directory_iterator it(in, ec), end; !ec && it != end; it.increment(ec))
      if (it->is_regular_file(ec))
        (text::input_kind(it->path().string()) != text::InputKind::Other ? files : others).push_back(it->path().string());
    if (ec) throw core::Error(in, "cannot list directory: " + ec.message());
    if (files.empty()) throw core::Error(in, "directory holds no articles (.txt, .jsonl, .html)");
    std::sort(others.begin(), others.end());
    if (skipped)
      for (auto& o : others) skipped->push_back(o + " (not .txt, .jsonl or .html)");
    for (const auto& f : files) add(f);
  }
  std::stable_sort(out.begin(), out.end(), [](const Input& a, const Input& b) {
    return graph::fragment_order(a.id, a.recorded_path, "", b.id, b.recorded_path, "");
  });
  return out;
}

unsigned default_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

namespace {

Extracted extract_one(const Pipeline& pipe, const Input& in, const SkipText& skip) {
  std::vector<text::SourceArticle> articles;
  text::InputKind kind = in.path == "-" ? text::InputKind::Txt : text::input_kind(in.path);
  if (in.path == "-") articles.push_back({in.id, in.recorded_path, std::string(std::istreambuf_iterator<char>(std::cin), {})});
  else if (kind == text::InputKind::JsonLines) articles = text::read_json_lines(in.path, core::read_file(in.path));
  else if (kind == text::InputKind::Html) articles.push_back(text::read_html(in.path, core::read_file(in.path)));
  else articles.push_back({in.id, in.recorded_path, core::read_file(in.path)});
  Extracted out;
  for (auto& a : articles) {
    if (skip && skip(graph::article_hash(a.text))) {
      ++out.known;
      continue;
    }
    core::Document doc = pipe.run(std::move(a.id), std::move(a.path), std::move(a.text));
    out.fragments.push_back(graph::fragment_of(doc));
    out.warnings.insert(out.warnings.end(), doc.warnings.begin(), doc.warnings.end());
  }
  return out;
}

// The hand-over between workers and the consumer: a ring of `window` slots; input i
// goes to slot i % window, and a worker may start input i only once the consumer has
// taken input i - window, which bounds what waits in memory.
class OrderedResults {
 public:
  OrderedResults(size_t count, size_t window) : count_(count), slots_(window) {}

  // For a worker: the next input to extract, or nothing when all are claimed or the
  // run stops.
  std::optional<size_t> claim() {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [&] { return stop_ || next_ >= count_ || next_ < taken_ + slots_.size(); });
    if (stop_ || next_ >= count_) return std::nullopt;
    return next_++;
  }
  void deliver(size_t i, std::optional<Extracted> value, std::exception_ptr error) {
    std::lock_guard<std::mutex> lock(mutex_);
    Slot& s = slots_[i % slots_.size()];
    s.value = std::move(value);
    s.error = error;
    s.ready = true;
    changed_.notify_all();
  }
  // For the consumer: input i's result (rethrowing its error), in order.
  Extracted take(size_t i) {
    std::unique_lock<std::mutex> lock(mutex_);
    Slot& s = slots_[i % slots_.size()];
    changed_.wait(lock, [&] { return s.ready; });
    Slot got = std::move(s);
    s = Slot();
    taken_ = i + 1;
    changed_.notify_all();
    lock.unlock();
    if (got.error) std::rethrow_exception(got.error);
    return std::move(*got.value);
  }
  void stop() {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
    changed_.notify_all();
  }

 private:
  struct Slot {
    std::optional<Extracted> value;
    std::exception_ptr error;
    bool ready = false;
  };
  const size_t count_;
  std::vector<Slot> slots_;
  std::mutex mutex_;
  std::condition_variable changed_;
  size_t next_ = 0, taken_ = 0;
  bool stop_ = false;
};

// Stops and joins the workers however the consumer leaves.
struct Workers {
  OrderedResults& results;
  std::vector<std::thread> threads;
  ~Workers() {
    results.stop();
    for (auto& t : threads) t.join();
  }
};

}  // namespace

void extract(const Pipeline& pipe, const std::vector<Input>& inputs, unsigned jobs,
             const std::function<void(Extracted&&)>& sink, const SkipText& skip) {
  if (jobs <= 1 || inputs.size() <= 1) {
    for (const Input& in : inputs) sink(extract_one(pipe, in, skip));
    return;
  }
  OrderedResults results(inputs.size(), 4 * size_t(jobs));
  Workers workers{results, {}};
  for (unsigned j = 0; j < jobs && j < inputs.size(); ++j)
    workers.threads.emplace_back([&] {
      while (auto i = results.claim()) {
        try {
          results.deliver(*i, extract_one(pipe, inputs[*i], skip), nullptr);
        } catch (...) {
          results.deliver(*i, std::nullopt, std::current_exception());
        }
      }
    });
  for (size_t i = 0; i < inputs.size(); ++i) sink(results.take(i));
}

}  // namespace ng::pipeline
