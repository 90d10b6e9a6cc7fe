#pragma once
// Little-endian binary writing and bounds-checked reading for model files.
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "core/error.h"

namespace ng::core {

class ByteWriter {
 public:
  template <class T>
  void put(T v) {
    static_assert(std::is_trivially_copyable_v<T>);
    out_.append(reinterpret_cast<const char*>(&v), sizeof v);
  }
  template <class T>
  void put_vector(const std::vector<T>& v) {
    put<uint64_t>(v.size());
    if (!v.empty()) out_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  void put_string(std::string_view s) {
    put<uint32_t>(static_cast<uint32_t>(s.size()));
    out_.append(s.data(), s.size());
  }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

// Reads from a byte range; any read past the end throws core::Error naming `file`.
class ByteReader {
 public:
  ByteReader(std::string_view bytes, std::string file) : bytes_(bytes), file_(std::move(file)) {}
  template <class T>
  T get() {
    static_assert(std::is_trivially_copyable_v<T>);
    need(sizeof(T));
    T v;
    std::memcpy(&v, bytes_.data() + pos_, sizeof v);
    pos_ += sizeof v;
    return v;
  }
  template <class T>
  std::vector<T> get_vector(uint64_t max_count) {
    auto n = get<uint64_t>();
    if (n > max_count) fail("implausible array size");
    need(n * sizeof(T));
    std::vector<T> v(n);
    if (n) std::memcpy(v.data(), bytes_.data() + pos_, n * sizeof(T));
    pos_ += n * sizeof(T);
    return v;
  }
  std::string get_string() {
    auto n = get<uint32_t>();
    need(n);
    std::string s(bytes_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  void skip(uint64_t n) {
    need(n);
    pos_ += n;
  }
  size_t remaining() const { return bytes_.size() - pos_; }
  [[noreturn]] void fail(const std::string& what) const { throw Error(file_, "bad model file: " + what); }

 private:
  void need(uint64_t n) const {
    if (n > bytes_.size() - pos_) fail("truncated");
  }
  std::string_view bytes_;
  std::string file_;
  size_t pos_ = 0;
};

}  // namespace ng::core
