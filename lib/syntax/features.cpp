#include "syntax/features.h"

#include <algorithm>
#include <string>

namespace ng::syntax::detail {
namespace {

// Hashes standing for "no word here", the root, and the sentence's edges.
constexpr uint64_t kNone = 0x6e6f6e65ULL, kRoot = 0x726f6f74ULL, kStart = 0x7374617274ULL, kEnd = 0x656e64ULL;
constexpr uint64_t kNoTag = 255, kRootTag = 254;  // above any fine tag (kMaxFineTags)

// UTF-8 aware: the byte length of the last `k` code points of s (or all of s).
size_t tail_bytes(std::string_view s, int k) {
  size_t i = s.size();
  while (k > 0 && i > 0) {
    --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    --k;
  }
  return s.size() - i;
}
size_t head_bytes(std::string_view s, int k) {
  size_t i = 0;
  while (k > 0 && i < s.size()) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    --k;
  }
  return i;
}

uint64_t bucket(int32_t d) {
  if (d < 0) d = -d;
  return d <= 4 ? uint64_t(d) : d <= 6 ? 5 : d <= 9 ? 6 : 7;
}

}  // namespace

void describe_words(const std::vector<std::string_view>& words, const WordTable& known, std::vector<WordInfo>& info,
                    std::string& lower) {
  const size_t n = words.size();
  info.resize(n + 2);
  for (size_t i = 0; i < n; ++i) {
    std::string_view w = words[i];
    WordInfo& d = info[i];
    lower.assign(w.begin(), w.end());
    std::string shape;
    uint8_t flags = 0;
    bool all_caps = true, any_alpha = false;
    char last = 0;
    shape.reserve(8);
    for (char& ch : lower) {
      unsigned char c = static_cast<unsigned char>(ch);
      char cls;
      if (c >= 'A' && c <= 'Z') cls = 'X', ch = char(c - 'A' + 'a'), any_alpha = true;
      else if (c >= 'a' && c <= 'z') cls = 'x', all_caps = false, any_alpha = true;
      else if (c >= '0' && c <= '9') cls = 'd', flags |= kDigit;
      else if (c >= 0x80) cls = 'u', all_caps = false;
      else cls = char(c), flags |= (c == '-' ? kHyphen : 0);
      if (cls != last && shape.size() < 8) shape.push_back(cls);
      last = cls;
    }
    if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z') flags |= kCapital;
    if (any_alpha && all_caps && w.size() > 1) flags |= kAllCaps;
    d.form = hash_bytes(w);
    d.lower = hash_bytes(lower);
    d.shape = hash_bytes(shape);
    for (int k = 0; k < 4; ++k) d.suffix[k] = hash_bytes(std::string_view(lower).substr(lower.size() - tail_bytes(lower, k + 1)));
    for (int k = 0; k < 3; ++k) d.prefix[k] = hash_bytes(std::string_view(lower).substr(0, head_bytes(lower, k + 1)));
    d.flags = flags;
    uint64_t packed = known.find(d.lower);
    for (int g = 0; g < 3; ++g) {
      uint32_t c = (packed >> (10 * g)) & 1023;
      d.cls[g] = c ? c : 2000 + uint64_t(d.shape % 64);  // unknown words fall back to their shape
    }
  }
  for (size_t k = 0; k < 2; ++k) {
    WordInfo& d = info[n + k];
    uint64_t h = k == 0 ? kEnd : kStart;
    d.form = d.lower = d.shape = h;
    for (auto& x : d.suffix) x = h;
    for (auto& x : d.prefix) x = h;
    for (auto& x : d.cls) x = h;
    d.flags = 0;
  }
}

int tagger_word_features(const WordInfo& w, uint64_t* out) {
  int k = 0;
  out[k++] = key(1, 0);
  out[k++] = key(2, w.lower);
  out[k++] = key(3, w.form);
  for (int s = 0; s < 4; ++s) out[k++] = key(4 + s, w.suffix[s]);
  for (int s = 0; s < 3; ++s) out[k++] = key(8 + s, w.prefix[s]);
  out[k++] = key(11, w.shape);
  out[k++] = key(30, w.cls[0]);
  out[k++] = key(31, w.cls[1]);
  out[k++] = key(32, w.cls[2]);
  return k;
}

int tagger_context_features(const std::vector<WordInfo>& info, size_t n, size_t i, const uint8_t* tags, const uint8_t* first,
                            uint64_t* out) {
  auto at = [&](long j) -> const WordInfo& { return j < 0 ? info[n + 1] : size_t(j) >= n ? info[n] : info[size_t(j)]; };
  const WordInfo& w = info[i];
  const WordInfo &p1 = at(long(i) - 1), &p2 = at(long(i) - 2), &n1 = at(long(i) + 1), &n2 = at(long(i) + 2);
  uint64_t t1 = i >= 1 ? tags[i - 1] : kNoTag, t2 = i >= 2 ? tags[i - 2] : kNoTag;
  int k = 0;
  out[k++] = key(12, w.flags, i == 0);
  out[k++] = key(13, p1.lower);
  out[k++] = key(14, n1.lower);
  out[k++] = key(15, p2.lower);
  out[k++] = key(16, n2.lower);
  out[k++] = key(17, t1);
  out[k++] = key(18, t1, t2);
  out[k++] = key(19, t1, w.lower);
  out[k++] = key(20, p1.suffix[2]);
  out[k++] = key(21, n1.suffix[2]);
  out[k++] = key(22, p1.lower, w.lower);
  out[k++] = key(23, w.lower, n1.lower);
  out[k++] = key(24, t1, n1.lower);
  out[k++] = key(25, n1.shape);
  out[k++] = key(26, w.shape, p1.shape, n1.shape);
  out[k++] = key(27, t1, w.suffix[2]);
  out[k++] = key(28, n1.lower, n2.lower);
  out[k++] = key(29, w.suffix[1], n1.suffix[1]);
  out[k++] = key(33, p1.cls[1], w.cls[1]);
  out[k++] = key(34, n1.cls[1]);
  out[k++] = key(35, n1.cls[2]);
  out[k++] = key(36, p1.cls[2]);
  out[k++] = key(37, t1, w.cls[2]);
  if (first) {
    // The first pass's view of the words to the right.
    const uint64_t r1 = i + 1 < n ? first[i + 1] : kNoTag, r2 = i + 2 < n ? first[i + 2] : kNoTag;
    out[k++] = key(50, r1);
    out[k++] = key(51, r1, r2);
    out[k++] = key(52, r1, w.lower);
    out[k++] = key(53, t1, r1);
    out[k++] = key(54, r1, w.suffix[2]);
    out[k++] = key(55, first[i], w.cls[1]);
    out[k++] = key(56, t1, r1, w.cls[2]);
  }
  return k;
}

int tagger_features(const std::vector<WordInfo>& info, size_t n, size_t i, const uint8_t* tags, const uint8_t* first,
                    uint64_t* out) {
  // The templates' order, which training's float sums depend on: the word's first 11,
  // the context's first 18 (templates 12-29), the word's last 3 (30-32), the context's rest.
  uint64_t word[kMaxTaggerWordFeatures], context[kMaxTaggerFeatures];
  const int nw = tagger_word_features(info[i], word), nc = tagger_context_features(info, n, i, tags, first, context);
  int k = 0;
  for (int j = 0; j < 11; ++j) out[k++] = word[j];
  for (int j = 0; j < 18; ++j) out[k++] = context[j];
  for (int j = 11; j < nw; ++j) out[k++] = word[j];
  for (int j = 18; j < nc; ++j) out[k++] = context[j];
  return k;
}

void Config::reset(size_t words) {
  n = words;
  stack.clear();
  b = 0;
  head.assign(n + 1, -1);
  label.assign(n + 1, 0);
  lc1.assign(n + 1, -1), lc2.assign(n + 1, -1), rc1.assign(n + 1, -1), rc2.assign(n + 1, -1);
  nleft.assign(n + 1, 0), nright.assign(n + 1, 0);
  lmask.assign(n + 1, 0), rmask.assign(n + 1, 0);
  in_stack.assign(n + 1, 0);
}

bool Config::valid(Action a) const {
  const bool root_next = b == int32_t(n);
  switch (a) {
    case kShift: return !root_next;
    case kRight: return !stack.empty() && !root_next;
    case kLeft: return !stack.empty() && head[stack.back()] < 0;
    case kReduce: return !stack.empty() && head[stack.back()] >= 0;
    default: return false;
  }
}

void Config::apply(Action a, uint16_t lab) {
  auto attach = [&](int32_t h, int32_t d) {
    head[d] = h;
    label[d] = lab;
    if (d < h) {
      if (lc1[h] < 0 || d < lc1[h]) lc2[h] = lc1[h], lc1[h] = d;
      else if (lc2[h] < 0 || d < lc2[h]) lc2[h] = d;
      if (nleft[h] < 255) ++nleft[h];
      lmask[h] |= uint64_t(1) << (lab % 64);
    } else {
      if (rc1[h] < 0 || d > rc1[h]) rc2[h] = rc1[h], rc1[h] = d;
      else if (rc2[h] < 0 || d > rc2[h]) rc2[h] = d;
      if (nright[h] < 255) ++nright[h];
      rmask[h] |= uint64_t(1) << (lab % 64);
    }
  };
  switch (a) {
    case kShift:
      stack.push_back(b);
      in_stack[b] = 1;
      ++b;
      break;
    case kRight:
      attach(stack.back(), b);
      stack.push_back(b);
      in_stack[b] = 1;
      ++b;
      break;
    case kLeft:
      attach(b, stack.back());
      in_stack[stack.back()] = 0;
      stack.pop_back();
      break;
    case kReduce:
      in_stack[stack.back()] = 0;
      stack.pop_back();
      break;
    default: break;
  }
}

int parser_features(const Config& c, const std::vector<WordInfo>& info, const uint8_t* tags, uint64_t* out) {
  // The templates' order, which training's float sums depend on: each entry is a role's
  // feature {role, index} or {kRoles, index} for config_features' keys.
  static constexpr uint8_t kOrder[][2] = {{kRoleS0, 0}, {kRoleS0, 1}, {kRoleS0, 2}, {kRoleB0, 0}, {kRoleB0, 1}, {kRoleB0, 2}, {kRoleB0, 3}, {kRoleB0, 4}, {kRoleB0, 5}, {kRoleB0, 6}, {kRoleB0, 7}, {kRoleB0, 8}, {kRoles, 0}, {kRoles, 1}, {kRoles, 2}, {kRoles, 3}, {kRoles, 4}, {kRoles, 5}, {kRoles, 6}, {kRoleB0, 9}, {kRoleB0, 10}, {kRoles, 7}, {kRoles, 8}, {kRoles, 9}, {kRoles, 10}, {kRoles, 11}, {kRoles, 12}, {kRoles, 13}, {kRoles, 14}, {kRoles, 15}, {kRoles, 16}, {kRoles, 17}, {kRoles, 18}, {kRoles, 19}, {kRoles, 20}, {kRoles, 21}, {kRoles, 22}, {kRoles, 23}, {kRoleS0h, 0}, {kRoleS0h, 1}, {kRoles, 24}, {kRoleS0l, 0}, {kRoleS0l, 1}, {kRoles, 25}, {kRoleS0r, 0}, {kRoleS0r, 1}, {kRoles, 26}, {kRoleB0l, 0}, {kRoleB0l, 1}, {kRoles, 27}, {kRoleS0h2, 0}, {kRoleS0h2, 1}, {kRoles, 28}, {kRoleS0l2, 0}, {kRoleS0l2, 1}, {kRoles, 29}, {kRoleS0r2, 0}, {kRoleS0r2, 1}, {kRoles, 30}, {kRoleB0l2, 0}, {kRoleB0l2, 1}, {kRoles, 31}, {kRoles, 32}, {kRoles, 33}, {kRoles, 34}, {kRoles, 35}, {kRoles, 36}, {kRoles, 37}, {kRoles, 38}, {kRoles, 39}, {kRoles, 40}, {kRoles, 41}, {kRoleS1, 0}, {kRoles, 42}, {kRoles, 43}, {kRoles, 44}, {kRoles, 45}, {kRoles, 46}, {kRoles, 47}, {kRoleS0, 3}, {kRoleB0, 11}, {kRoleB0, 12}, {kRoles, 48}, {kRoles, 49}, {kRoles, 50}, {kRoles, 51}, {kRoles, 52}, {kRoles, 53}};
  static_assert(sizeof kOrder / sizeof kOrder[0] <= size_t(kMaxParserFeatures), "out holds every feature");
  uint64_t parts[kRoles + 1][kMaxParserFeatures];
  int32_t fill[kRoles];
  role_tokens(c, fill);
  for (int r = 0; r < kRoles; ++r) role_features(Role(r), fill[r], c.n, info, tags, parts[r]);
  config_features(c, info, tags, parts[kRoles]);
  int k = 0;
  for (const auto& [part, index] : kOrder) out[k++] = parts[part][index];
  return k;
}

int role_features(Role r, int32_t t, size_t words, const std::vector<WordInfo>& info, const uint8_t* tags, uint64_t* out) {
  const int32_t n = int32_t(words);
  auto W = [&](int32_t x) -> uint64_t { return x < 0 ? kNone : x == n ? kRoot : info[x].lower; };
  auto P = [&](int32_t x) -> uint64_t { return x < 0 ? kNoTag : x == n ? kRootTag : tags[x]; };
  auto C = [&](int32_t x, int g) -> uint64_t { return x < 0 ? kNone : x == n ? kRoot : info[x].cls[g]; };
  const uint64_t w = W(t), p = P(t);
  int k = 0;
  switch (r) {
    case kRoleS0:
      out[k++] = key(101, w, p);
      out[k++] = key(102, w);
      out[k++] = key(103, p);
      out[k++] = key(230, C(t, 1));
      break;
    case kRoleB0: {
      const int32_t b1 = t + 1 <= n ? t + 1 : -1, b2 = t + 2 <= n ? t + 2 : -1;
      const uint64_t b1w = W(b1), b1p = P(b1), b2w = W(b2), b2p = P(b2);
      out[k++] = key(104, w, p);
      out[k++] = key(105, w);
      out[k++] = key(106, p);
      out[k++] = key(107, b1w, b1p);
      out[k++] = key(108, b1w);
      out[k++] = key(109, b1p);
      out[k++] = key(110, b2w, b2p);
      out[k++] = key(111, b2w);
      out[k++] = key(112, b2p);
      out[k++] = key(127, p, b1p);
      out[k++] = key(130, p, b1p, b2p);
      out[k++] = key(231, C(t, 1));
      out[k++] = key(232, C(b1, 1));
      break;
    }
    case kRoleS1: out[k++] = key(210, w, p); break;
    case kRoleS0h: out[k++] = key(160, w), out[k++] = key(161, p); break;
    case kRoleS0l: out[k++] = key(163, w), out[k++] = key(164, p); break;
    case kRoleS0r: out[k++] = key(166, w), out[k++] = key(167, p); break;
    case kRoleB0l: out[k++] = key(169, w), out[k++] = key(170, p); break;
    case kRoleS0h2: out[k++] = key(180, w), out[k++] = key(181, p); break;
    case kRoleS0l2: out[k++] = key(183, w), out[k++] = key(184, p); break;
    case kRoleS0r2: out[k++] = key(186, w), out[k++] = key(187, p); break;
    case kRoleB0l2: out[k++] = key(189, w), out[k++] = key(190, p); break;
    default: break;
  }
  return k;
}

void role_tokens(const Config& c, int32_t out[kRoles]) {
  auto at = [](const std::vector<int32_t>& v, int32_t t) { return t < 0 ? -1 : v[t]; };
  const int32_t s0 = c.s0(), b0 = c.b, s0h = at(c.head, s0);
  out[kRoleS0] = s0;
  out[kRoleB0] = b0;
  out[kRoleS1] = c.s1();
  out[kRoleS0h] = s0h;
  out[kRoleS0l] = at(c.lc1, s0);
  out[kRoleS0r] = at(c.rc1, s0);
  out[kRoleB0l] = at(c.lc1, b0);
  out[kRoleS0h2] = at(c.head, s0h);
  out[kRoleS0l2] = at(c.lc2, s0);
  out[kRoleS0r2] = at(c.rc2, s0);
  out[kRoleB0l2] = at(c.lc2, b0);
}

int config_features(const Config& c, const std::vector<WordInfo>& info, const uint8_t* tags, uint64_t* out) {
  const int32_t n = int32_t(c.n);
  auto W = [&](int32_t t) -> uint64_t { return t < 0 ? kNone : t == n ? kRoot : info[t].lower; };
  auto P = [&](int32_t t) -> uint64_t { return t < 0 ? kNoTag : t == n ? kRootTag : tags[t]; };
  auto L = [&](int32_t t) -> uint64_t { return t < 0 || c.head[t] < 0 ? 999 : c.label[t]; };
  auto C = [&](int32_t t, int g) -> uint64_t { return t < 0 ? kNone : t == n ? kRoot : info[t].cls[g]; };
  auto at = [](const std::vector<int32_t>& v, int32_t t) { return t < 0 ? -1 : v[t]; };
  const int32_t s0 = c.s0(), s1 = c.s1(), b0 = c.b, b1 = b0 + 1 <= n ? b0 + 1 : -1;
  const int32_t s0h = at(c.head, s0), s0h2 = at(c.head, s0h);
  const int32_t s0l = at(c.lc1, s0), s0r = at(c.rc1, s0), s0l2 = at(c.lc2, s0), s0r2 = at(c.rc2, s0);
  const int32_t b0l = at(c.lc1, b0), b0l2 = at(c.lc2, b0);
  const uint64_t s0w = W(s0), s0p = P(s0), b0w = W(b0), b0p = P(b0), b1p = P(b1), s1p = P(s1);
  const uint64_t d = s0 >= 0 ? bucket(b0 - s0) : 0;
  const uint64_t s0vl = s0 >= 0 ? c.nleft[s0] : 0, s0vr = s0 >= 0 ? c.nright[s0] : 0, b0vl = c.nleft[b0];
  const uint64_t s0lm = s0 >= 0 ? c.lmask[s0] : 0, s0rm = s0 >= 0 ? c.rmask[s0] : 0, b0lm = c.lmask[b0];
  const uint64_t s0x = s0w * 31 + s0p, b0x = b0w * 31 + b0p;
  const bool s0_headed = s0 >= 0 && c.head[s0] >= 0;
  int k = 0;
  out[k++] = key(120, s0x, b0x);
  out[k++] = key(121, s0x, b0w);
  out[k++] = key(122, s0w, b0x);
  out[k++] = key(123, s0x, b0p);
  out[k++] = key(124, s0p, b0x);
  out[k++] = key(125, s0w, b0w);
  out[k++] = key(126, s0p, b0p);
  out[k++] = key(131, s0p, b0p, b1p);
  out[k++] = key(132, P(s0h), s0p, b0p);
  out[k++] = key(133, s0p, P(s0l), b0p);
  out[k++] = key(134, s0p, P(s0r), b0p);
  out[k++] = key(135, s0p, b0p, P(b0l));
  out[k++] = key(140, s0w, d);
  out[k++] = key(141, s0p, d);
  out[k++] = key(142, b0w, d);
  out[k++] = key(143, b0p, d);
  out[k++] = key(144, s0w, b0w, d);
  out[k++] = key(145, s0p, b0p, d);
  out[k++] = key(150, s0w, s0vr);
  out[k++] = key(151, s0p, s0vr);
  out[k++] = key(152, s0w, s0vl);
  out[k++] = key(153, s0p, s0vl);
  out[k++] = key(154, b0w, b0vl);
  out[k++] = key(155, b0p, b0vl);
  out[k++] = key(162, L(s0));
  out[k++] = key(165, L(s0l));
  out[k++] = key(168, L(s0r));
  out[k++] = key(171, L(b0l));
  out[k++] = key(182, L(s0h));
  out[k++] = key(185, L(s0l2));
  out[k++] = key(188, L(s0r2));
  out[k++] = key(191, L(b0l2));
  out[k++] = key(192, s0p, P(s0l), P(s0l2));
  out[k++] = key(193, s0p, P(s0r), P(s0r2));
  out[k++] = key(194, s0p, P(s0h), P(s0h2));
  out[k++] = key(195, b0p, P(b0l), P(b0l2));
  out[k++] = key(200, s0w, s0rm);
  out[k++] = key(201, s0p, s0rm);
  out[k++] = key(202, s0w, s0lm);
  out[k++] = key(203, s0p, s0lm);
  out[k++] = key(204, b0w, b0lm);
  out[k++] = key(205, b0p, b0lm);
  out[k++] = key(211, s1p, s0p, b0p);
  out[k++] = key(212, s1p, s0p);
  out[k++] = key(213, s0_headed, s0p, b0p);
  out[k++] = key(214, s0_headed, L(s0), b0p);
  out[k++] = key(220, b0 < n ? info[b0].suffix[2] : kRoot, s0p);
  out[k++] = key(221, s0 >= 0 && s0 < n ? info[s0].suffix[2] : kNone, b0p);
  out[k++] = key(233, C(s0, 2), b0p);
  out[k++] = key(234, s0p, C(b0, 2));
  out[k++] = key(235, C(s0, 1), C(b0, 1));
  out[k++] = key(236, C(s0, 0), C(b0, 0), d);
  out[k++] = key(237, C(s0h, 1), s0p, b0p);
  out[k++] = key(238, C(b0, 2), P(b0l));
  return k;
}

int label_features(const Config& c, const std::vector<WordInfo>& info, const uint8_t* tags, int32_t h, int32_t d,
                   uint64_t* out) {
  const int32_t n = int32_t(c.n);
  auto W = [&](int32_t t) -> uint64_t { return t < 0 ? kNone : t == n ? kRoot : info[t].lower; };
  auto P = [&](int32_t t) -> uint64_t { return t < 0 || t > n ? kNoTag : t == n ? kRootTag : tags[t]; };
  const uint64_t dir = h < d, dist = bucket(h - d);
  const uint64_t hw = W(h), hp = P(h), dw = W(d), dp = P(d);
  const uint64_t dsuf = d < n ? info[d].suffix[2] : kNone;
  const uint64_t dflags = d < n ? info[d].flags : 0;
  int k = 0;
  out[k++] = key(301, dir);
  out[k++] = key(302, hw, dir);
  out[k++] = key(303, hp, dir);
  out[k++] = key(304, dw, dir);
  out[k++] = key(305, dp, dir);
  out[k++] = key(306, hp, dp, dir);
  out[k++] = key(307, hw, dp, dir);
  out[k++] = key(308, hp, dw, dir);
  out[k++] = key(309, hw, dw, dir);
  out[k++] = key(310, hp, dp, dist * 2 + dir);
  out[k++] = key(311, dp, dist * 2 + dir);
  out[k++] = key(312, dsuf, dp, dir);
  out[k++] = key(313, dflags, dp, dir);
  out[k++] = key(314, dp, P(d - 1), P(d + 1));
  out[k++] = key(315, hp, P(h - 1), P(h + 1));
  out[k++] = key(316, hp, dp, c.lmask[d] * 2 + dir);
  out[k++] = key(317, hp, dp, c.rmask[d] * 2 + dir);
  out[k++] = key(318, hp, dp, (h >= 0 ? c.lmask[h] : 0) * 2 + dir);
  out[k++] = key(319, dp, W(c.lc1[d]), dir);
  out[k++] = key(320, dp, P(c.lc1[d]), P(c.rc1[d]));
  out[k++] = key(321, dw, P(c.lc1[d]), dir);
  out[k++] = key(322, hp, dp, P(c.lc1[d]));
  out[k++] = key(323, hp, P(h >= 0 && h < n ? c.head[h] : -1), dp);
  out[k++] = key(324, hp, dp, (h >= 0 && h < n && c.head[h] >= 0 ? c.label[h] : 999));
  out[k++] = key(325, dw, P(d + 1), dir);
  out[k++] = key(326, dp, W(d - 1), dir);
  out[k++] = key(327, hw, dp, dist * 2 + dir);
  auto C = [&](int32_t t, int g) -> uint64_t { return t < 0 ? kNone : t == n ? kRoot : info[t].cls[g]; };
  out[k++] = key(330, C(h, 2), dp, dir);
  out[k++] = key(331, hp, C(d, 2), dir);
  out[k++] = key(332, C(h, 1), C(d, 1), dir);
  return k;
}

void action_costs(const Config& c, const std::vector<int32_t>& gh, const std::vector<std::vector<int32_t>>& gch,
                  int costs[kActions]) {
  const int32_t b = c.b;
  for (int a = 0; a < kActions; ++a) costs[a] = 1000;
  auto in_buffer = [&](int32_t t) { return t >= b; };
  if (c.valid(kShift)) {
    int k = c.in_stack[gh[b]] ? 1 : 0;
    for (int32_t ch : gch[b])
      if (c.in_stack[ch] && c.head[ch] < 0) ++k;
    costs[kShift] = k;
  }
  if (c.valid(kRight)) {
    int32_t s = c.stack.back();
    int k = (gh[b] != s && (c.in_stack[gh[b]] || in_buffer(gh[b]))) ? 1 : 0;
    for (int32_t ch : gch[b])
      if (c.in_stack[ch] && c.head[ch] < 0) ++k;
    costs[kRight] = k;
  }
  if (c.valid(kLeft)) {
    int32_t s = c.stack.back();
    int k = (gh[s] != b && in_buffer(gh[s])) ? 1 : 0;
    for (int32_t ch : gch[s])
      if (in_buffer(ch)) ++k;
    costs[kLeft] = k;
  }
  if (c.valid(kReduce)) {
    int32_t s = c.stack.back();
    int k = 0;
    for (int32_t ch : gch[s])
      if (in_buffer(ch)) ++k;
    costs[kReduce] = k;
  }
}

}  // namespace ng::syntax::detail
