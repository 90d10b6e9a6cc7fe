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
  // An array that a reader may use in place (ByteReader::view_array): its count, then
  // zero bytes up to the next multiple of 8 from the start of the output, then the
  // elements' bytes. T must have no padding bytes, so that equal arrays write equal bytes.
  template <class T>
  void put_array(const T* data, size_t n) {
    static_assert(std::is_trivially_copyable_v<T> && alignof(T) <= 8);
    put<uint64_t>(n);
    out_.append((8 - out_.size() % 8) % 8, '\0');
    if (n) out_.append(reinterpret_cast<const char*>(data), n * sizeof(T));
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
  // An array written by ByteWriter::put_array, where it lies: no copy. REQUIRES: the
  // reader's bytes start at an offset of the writer's output that is a multiple of 8,
  // on an address aligned for T, and outlive the returned pointer. Sets `n` to the count.
  template <class T>
  const T* view_array(uint64_t max_count, size_t& n) {
    static_assert(std::is_trivially_copyable_v<T> && alignof(T) <= 8);
    auto count = get<uint64_t>();
    if (count > max_count) fail("implausible array size");
    skip((8 - pos_ % 8) % 8);
    need(count * sizeof(T));
    const char* at = bytes_.data() + pos_;
    if (reinterpret_cast<uintptr_t>(at) % alignof(T) != 0) fail("misaligned array");
    pos_ += count * sizeof(T);
    n = size_t(count);
    return reinterpret_cast<const T*>(at);
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
