#pragma once
// A string for the graph's many small records: 16 bytes in place of a std::string's 32.
//
// What this object represents: an owned, immutable-length byte string (assignment
// replaces it whole). Up to 15 bytes live in the object itself, as in a std::string; a
// longer one lives in a heap block of exactly its size plus a terminator (no growth
// slack, and at most 4 GB - 1 bytes). Like std::string it is NUL-terminated (c_str())
// and compares by its bytes; it converts to std::string_view for free and to std::string
// by a copy, so code that reads a node's strings reads it as it read a std::string.
// Why: a graph of a 1 GB input holds some 5 million nodes with four strings each, and 3
// million reports with two; at 32 bytes a string those alone take 0.8 GB.
// Thread safety: as a std::string's (const methods may run concurrently).
#include <cstdint>
#include <cstring>
#include <ostream>
#include <string>
#include <string_view>

namespace ng::graph {

class CompactString {
 public:
  CompactString() noexcept { clear_inline(); }
  CompactString(std::string_view s) { assign_new(s); }  // NOLINT: implicit, as std::string's
  CompactString(const char* s) : CompactString(std::string_view(s)) {}
  CompactString(const std::string& s) : CompactString(std::string_view(s)) {}
  CompactString(const CompactString& o) { assign_new(o.view()); }
  CompactString(CompactString&& o) noexcept {
    std::memcpy(b_, o.b_, sizeof b_);
    o.clear_inline();
  }
  CompactString& operator=(const CompactString& o) {
    if (this != &o) assign(o.view());
    return *this;
  }
  CompactString& operator=(CompactString&& o) noexcept {
    if (this != &o) {
      free_heap();
      std::memcpy(b_, o.b_, sizeof b_);
      o.clear_inline();
    }
    return *this;
  }
  CompactString& operator=(std::string_view s) { return assign(s); }
  CompactString& operator=(const std::string& s) { return assign(s); }
  CompactString& operator=(const char* s) { return assign(s); }
  ~CompactString() { free_heap(); }

  size_t size() const noexcept {
    if (!on_heap()) return kInline - size_t(static_cast<unsigned char>(b_[kInline]));
    uint32_t n;
    std::memcpy(&n, b_ + 8, 4);
    return n;
  }
  size_t length() const noexcept { return size(); }
  bool empty() const noexcept { return size() == 0; }
  const char* data() const noexcept { return on_heap() ? heap_ptr() : b_; }
  const char* c_str() const noexcept { return data(); }
  std::string_view view() const noexcept { return std::string_view(data(), size()); }
  operator std::string_view() const noexcept { return view(); }
  operator std::string() const { return std::string(view()); }
  std::string str() const { return std::string(view()); }
  const char* begin() const noexcept { return data(); }
  const char* end() const noexcept { return data() + size(); }
  char operator[](size_t i) const noexcept { return data()[i]; }
  char front() const noexcept { return data()[0]; }
  char back() const noexcept { return data()[size() - 1]; }
  std::string substr(size_t pos, size_t n = std::string::npos) const { return std::string(view().substr(pos, n)); }
  size_t find(std::string_view s, size_t pos = 0) const noexcept { return view().find(s, pos); }
  size_t find(char c, size_t pos = 0) const noexcept { return view().find(c, pos); }
  size_t rfind(std::string_view s, size_t pos = std::string::npos) const noexcept { return view().rfind(s, pos); }
  size_t rfind(char c, size_t pos = std::string::npos) const noexcept { return view().rfind(c, pos); }
  int compare(std::string_view s) const noexcept { return view().compare(s); }
  int compare(size_t pos, size_t n, std::string_view s) const { return view().substr(pos, n).compare(s); }
  void clear() noexcept {
    free_heap();
    clear_inline();
  }
  // Bytes this string holds outside itself: 0 when it fits in place.
  size_t heap_bytes() const noexcept { return on_heap() ? size() + 1 : 0; }

  CompactString& assign(std::string_view s) {
    CompactString copy(s);  // s may view this string's own bytes
    *this = std::move(copy);
    return *this;
  }

  // Comparisons and concatenations as std::string's, found only beside a CompactString
  // (hidden friends: they take no part in comparisons of other strings).
  friend bool operator==(const CompactString& a, const CompactString& b) { return a.view() == b.view(); }
  friend bool operator==(const CompactString& a, std::string_view b) { return a.view() == b; }
  friend bool operator==(std::string_view a, const CompactString& b) { return a == b.view(); }
  friend bool operator==(const CompactString& a, const std::string& b) { return a.view() == std::string_view(b); }
  friend bool operator==(const std::string& a, const CompactString& b) { return std::string_view(a) == b.view(); }
  friend bool operator==(const CompactString& a, const char* b) { return a.view() == std::string_view(b); }
  friend bool operator==(const char* a, const CompactString& b) { return std::string_view(a) == b.view(); }
  friend bool operator!=(const CompactString& a, const CompactString& b) { return !(a == b); }
  friend bool operator!=(const CompactString& a, std::string_view b) { return !(a == b); }
  friend bool operator!=(std::string_view a, const CompactString& b) { return !(a == b); }
  friend bool operator!=(const CompactString& a, const std::string& b) { return !(a == b); }
  friend bool operator!=(const std::string& a, const CompactString& b) { return !(a == b); }
  friend bool operator!=(const CompactString& a, const char* b) { return !(a == b); }
  friend bool operator!=(const char* a, const CompactString& b) { return !(a == b); }
  friend bool operator<(const CompactString& a, const CompactString& b) { return a.view() < b.view(); }
  friend bool operator<(const CompactString& a, std::string_view b) { return a.view() < b; }
  friend bool operator<(std::string_view a, const CompactString& b) { return a < b.view(); }
  friend bool operator<(const CompactString& a, const std::string& b) { return a.view() < std::string_view(b); }
  friend bool operator<(const std::string& a, const CompactString& b) { return std::string_view(a) < b.view(); }
  friend bool operator>(const CompactString& a, const CompactString& b) { return b < a; }

  friend std::string operator+(const CompactString& a, std::string_view b) { return std::string(a.view()).append(b); }
  friend std::string operator+(const CompactString& a, const std::string& b) { return a + std::string_view(b); }
  friend std::string operator+(const CompactString& a, const char* b) { return a + std::string_view(b); }
  friend std::string operator+(const CompactString& a, char b) { return std::string(a.view()) + b; }
  friend std::string operator+(std::string a, const CompactString& b) { return a.append(b.view()); }
  friend std::string operator+(const char* a, const CompactString& b) { return std::string(a).append(b.view()); }
  friend std::string operator+(char a, const CompactString& b) { return std::string(1, a).append(b.view()); }
  friend std::ostream& operator<<(std::ostream& out, const CompactString& s) { return out << s.view(); }

 private:
  static constexpr size_t kInline = 15;
  static constexpr unsigned char kHeap = 0x80;
  // In place: the bytes, then NULs; b_[15] holds 15 - size (0, the terminator, when 15
  // bytes are held). On the heap: the pointer, the size (u32), and b_[15] == kHeap.
  alignas(8) char b_[16];

  bool on_heap() const noexcept { return static_cast<unsigned char>(b_[kInline]) == kHeap; }
  const char* heap_ptr() const noexcept {
    const char* p;
    std::memcpy(&p, b_, sizeof p);
    return p;
  }
  void clear_inline() noexcept {
    std::memset(b_, 0, sizeof b_);
    b_[kInline] = char(kInline);
  }
  void free_heap() noexcept {
    if (on_heap()) delete[] heap_ptr();
  }
  void assign_new(std::string_view s);  // REQUIRES: holds nothing on the heap
};

}  // namespace ng::graph
