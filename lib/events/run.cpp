// The extraction run: token tables, status, date and place, the sentence loop and the final pass.
#include "events/run.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <set>
#include "core/calendar.h"
#include "core/resources.h"

namespace ng::events::detail {

void add_unique(Group& g, const Arg& a) {
  if (a.entity < 0) return;
  for (const auto& x : g)
    if (x.entity == a.entity) return;
  if (g.size() >= kMaxGroup) {
    g.cut = true;
    return;
  }
  g.push_back(a);
}


// Lower-cases ASCII and maps the typographic apostrophe to "'", into `out`.
void lower_into(std::string_view s, std::string& out) {
  out.resize(s.size());  // at most one byte out per byte in; no compare() per byte
  size_t o = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80' && s[i + 2] == '\x99') {
      out[o++] = '\'';
      i += 2;
      continue;
    }
    out[o++] = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
  }
  out.resize(o);
}

// A date string from a timex value: a day, a month, a year, or "" when the value is
// not a calendar date (durations, weeks, unresolved "XXXX").
std::string calendar_date(const std::string& v, const std::string& dct) {
  if (v == "PRESENT_REF") return dct;
  auto digits = [&](size_t a, size_t b) {
    if (v.size() < b) return false;
    for (size_t i = a; i < b; ++i)
      if (v[i] < '0' || v[i] > '9') return false;
    return true;
  };
  if (!digits(0, 4)) return "";
  if (v.size() >= 10 && v[4] == '-' && digits(5, 7) && v[7] == '-' && digits(8, 10)) return v.substr(0, 10);
  if (v.size() >= 7 && v[4] == '-' && digits(5, 7)) return v.substr(0, 7);
  if (v.size() == 4) return v;
  // "last week": the days of the ISO week
  if (v.size() == 8 && v[4] == '-' && v[5] == 'W' && digits(6, 8)) {
    int year = std::stoi(v.substr(0, 4)), week = std::stoi(v.substr(6, 2));
    if (week < 1 || week > 53) return "";
    int64_t monday = core::iso_week_monday(year, week);
    char buf[32];
    core::Ymd a = core::civil_from_days(monday), b = core::civil_from_days(monday + 6);
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d/%04d-%02d-%02d", a.y, a.m, a.d, b.y, b.m, b.d);
    return buf;
  }
  return "";
}

// True when `date` (a day, a month or a year; an interval by its start) lies after the
// document date at its own precision.
bool after_dct(const std::string& date, const std::string& dct) {
  if (date.empty() || dct.size() != 10) return false;
  size_t n = std::min<size_t>(date.size(), 10);
  if (n != 10 && n != 7 && n != 4) return false;
  return date.compare(0, n, dct, 0, n) > 0;
}

// ---------------------------------------------------------------------------
// Status, date, place.

// Whether the hedge word at h bears on the event at t: in a parsed sentence only a word
// on t's line of heads ("hopes to meet", "it is possible that they meet") or an auxiliary
// or modifier of one ("may meet", "a possible meeting") does; a hedge inside another
// phrase or clause ("A, weighing a possible meeting with B, consulted C") leaves t alone.
// True where the tree is missing.
bool Run::hedges(size_t h, size_t t) const {
  if (!parsed(h) || !parsed(t)) return true;
  const core::Dep d = syn(h).dep;
  const bool modifies = d == core::Dep::aux || d == core::Dep::aux_pass || d == core::Dep::advmod ||
                        d == core::Dep::amod || d == core::Dep::cop || d == core::Dep::mark;
  for (size_t x = t, steps = 0; steps < 64; ++steps) {
    if (x == h || (syn(h).head >= 0 && size_t(syn(h).head) == x && modifies)) return true;
    if (syn(x).head < 0) return false;
    x = size_t(syn(x).head);
  }
  return true;
}

// The status of the event at t from the words before it in its clause; false when the
// event only might happen ("hopes to meet").
bool Run::status_of(uint32_t s, size_t t, core::Status& st) const {
  const auto& sen = doc_.sentences[s];
  st = core::Status::Occurred;
  // a verb coordinated with an earlier one shares its auxiliary ("will hold talks with X
  // and meet Y"): look further back
  size_t b = sen.first_token;
  // and a meeting noun deep in its verb's object ("will lead the delegation to the U.S.-South
  // Africa Strategic Dialogue") takes the status of that verb's clause
  size_t reach = (t > b && is(t - 1, "and")) || has(t, kMeetNoun) ? 20 : 8;
  size_t lim = t > b + reach ? t - reach : b;
  bool planned = false;
  for (size_t i = t; i-- > lim;) {
    if (is(i, ";") || (is(i, ",") && i + 1 < t && !has(i + 1, kPlanned))) break;
    if (has(i, kHedge) && timex_[i] < 0 && hedges(i, t)) return false;  // ("May 2" is a date, no hedge)
    if (is(i, "like") && i > b && (is(i - 1, "would") || is(i - 1, "'d"))) return false;  // "would like to meet"
    if (is(i, "for") && i > b && has(i - 1, kCallVerb)) return false;      // "called for talks": an appeal, no call
    if (is(i, "future") && i + 3 >= t && has(t, kMeetNoun)) return false;  // "future credit talks": none yet
    if (is(i, "to")) {
      // "to meet": planned after will/scheduled/agreed/is ..., occurred after "went"; a "to"
      // the tree makes a preposition ("agreed to a swap at talks") plans nothing
      if (parsed(i) && syn(i).upos == core::Upos::ADP) continue;
      size_t v = i - 1;  // ("agreed on Friday to meet": past the date of the agreement)
      while (v > b && (timex_[v] >= 0 || is(v, "on"))) --v;
      if (i > b && (has(v, kPlanned) || is(v, "is") || is(v, "are") || is(v, "agreed") || is(v, "going") ||
                    is(v, "likely") || is(v, "was") || is(v, "were")))
        planned = true;
      continue;
    }
    if (has(i, kPlanned) && !is(i, "later") && !is(i, "next")) planned = true;
    // "called off", "cut off", "broke off"
    if (has(i, kCancelled) &&
        (!is(i, "off") || (i > b && (is(i - 1, "called") || is(i - 1, "cut") || is(i - 1, "broke") || is(i - 1, "broken")))))
      st = core::Status::Cancelled;
    // "can't be bothered to meet", "won't meet": a meeting refused ahead is no event
    if (((is(i, "n't") || is(i, "not")) && i > b && (is(i - 1, "ca") || is(i - 1, "can") || is(i - 1, "wo") || is(i - 1, "will"))) ||
        is(i, "can't") || is(i, "won't") || is(i, "cannot"))
      return false;
    if (has(i, kDenied)) st = core::Status::Denied;
    if ((is(i, "not") || is(i, "n't")) && i > b && (is(i - 1, "did") || is(i - 1, "does") || is(i - 1, "has")))
      st = core::Status::Denied;
  }
  for (size_t i = t + 1; i < sen.last_token && i < t + 4; ++i)
    if ((is(i, "off") && is(i - 1, "called")) || is(i, "postponed") || is(i, "cancelled") || is(i, "canceled"))
      st = core::Status::Cancelled;
  if (has(t, kMeetNoun)) {
    // "The meeting between X and Y is scheduled to take place", "talks will begin"
    for (size_t i = t + 1; i < sen.last_token && i < t + 14 && !is(i, ";"); ++i) {
      if (has(i, kHedge) && timex_[i] < 0 && (is(i - 1, "is") || is(i - 1, "are") || is(i - 1, "could") || has(i, kHedge))) {
        if (is(i, "may") || is(i, "might") || is(i, "could")) return false;
      }
      if (is(i, "will") || (is(i, "to") && is(i + 1, "be") && is(i + 2, "held")) || ((is(i, "scheduled") || is(i, "expected") || is(i, "due") || is(i, "set") ||
                             is(i, "planned") || is(i, "likely")) &&
                            (is(i - 1, "is") || is(i - 1, "are") || is(i - 1, "was") || is(i - 1, "were")))) {
        planned = true;
        break;
      }
      if (has(i, kSay) || has(i, kMeetVerb)) break;
    }
  }
  // "arrive in Moscow today for talks with X": talks that a journey is for lie ahead,
  // unless the clause tells of the past ("flew to Moscow for talks")
  if (has(t, kMeetNoun) && !planned && st == core::Status::Occurred) {
    size_t f = t;
    while (f > b && f + 4 > t && !is(f - 1, "for") && !punct(f - 1)) --f;
    if (f > b && is(f - 1, "for")) {
      auto past_form = [&](size_t i) {
        std::string_view w = word(i);
        return has(i, kPastForm) ||
               (w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0 && timex_[i] < 0 && ment_[i] < 0);
      };
      bool past = false;
      for (size_t i = f - 1; i-- > b && i + 16 > f && !is(i, ";") && !past;) past = past_form(i);
      // ... however long the clause: the verb the tree hangs "for talks" on
      if (!past && parsed(t) && syn(t).head >= 0)
        past = syn(size_t(syn(t).head)).upos == core::Upos::VERB && past_form(size_t(syn(t).head));
      if (!past) planned = true;
    }
  }
  if (st == core::Status::Occurred && planned) st = core::Status::Planned;
  // The tree, where the sentence has one: a meeting noun that is the subject or object of
  // a verb of cancelling is cancelled, however far the verb stands ("a meeting between A
  // and B planned for November was cancelled", "talks ... were called off").
  if (has(t, kMeetNoun) && parsed(t) && syn(t).head >= 0) {
    size_t h = size_t(syn(t).head);
    core::Dep d = syn(t).dep;
    bool argument = d == core::Dep::nsubj || d == core::Dep::nsubj_pass || d == core::Dep::obj;
    bool cancelling = (has(h, kCancelled) && !is(h, "off")) || has_marker(h, core::Dep::compound_prt, "off");
    if (argument && syn(h).upos == core::Upos::VERB && cancelling && !negated(h)) st = core::Status::Cancelled;
  }
  // A meeting verb the tree negates, with no modal ("have not met since 2019", "had
  // never met"): a meeting that did not happen ("will not meet" is refused above).
  if (st == core::Status::Occurred && !planned && parsed(t) && syn(t).upos == core::Upos::VERB && negated(t) &&
      !has_marker(t, core::Dep::aux, "will") && !has_marker(t, core::Dep::aux, "would"))
    st = core::Status::Denied;
  return true;
}

// True when the time expression [a, b) trails a meeting word of the same clause and a
// coordination parts it from the event at t ("an earlier round here last September and
// the first direct talks"): one of the kPhraseTail tokens before it is a meeting word, the
// expression (with its preposition) does not open a clause ("..., and on Tuesday"), and
// "and", "but" or "then" stands between it and t.
bool Run::trailing_time(uint32_t s, size_t a, size_t b, size_t t) const {
  constexpr size_t kPhraseTail = 12;
  size_t first = doc_.sentences[s].first_token;
  size_t p = a;
  if (p > first && (is(p - 1, "on") || is(p - 1, "in") || is(p - 1, "at") || is(p - 1, "during") || is(p - 1, "by")))
    --p;
  if (p == first || is(p - 1, ",") || is(p - 1, "and") || is(p - 1, "but") || boundary(p - 1)) return false;
  size_t lo = p > first + kPhraseTail ? p - kPhraseTail : first;
  if (barrier_prefix_[p] > barrier_prefix_[lo]) lo = p;  // no look past a ";" or a quote
  if (meet_word_prefix_[p] == meet_word_prefix_[lo]) return false;
  for (size_t k = b; k < t; ++k)
    if (is(k, "and") || is(k, "but") || is(k, "then")) return true;
  return false;
}

// The date of the event at t: the nearest calendar timex of its clause within `window`
// tokens, joined with a following "-"/"to" timex into an interval.
std::pair<std::string, int32_t> Run::date_near(uint32_t s, size_t t, size_t window, bool not_before_dct) const {
  int32_t best = -1;
  size_t best_d = window + 1;
  const bool meeting = has(t, kMeetNoun | kMeetVerb | kMeetWith);
  const size_t clause_start = doc_.clause_start(s);
  // the sentence's timexes, in token order: only those within `window` tokens can win
  const uint32_t* first = sen_timex_.data() + sen_timex_begin_[s];
  const uint32_t* last = sen_timex_.data() + sen_timex_begin_[s + 1];
  size_t lo_tok = t > window + 1 ? t - window - 1 : 0;
  lo_tok = lo_tok > max_timex_tokens_ ? lo_tok - max_timex_tokens_ : 0;
  const uint32_t* it = std::lower_bound(first, last, lo_tok, [&](uint32_t k, size_t v) { return timex_first_[k] < v; });
  for (; it != last; ++it) {
    size_t k = *it;
    const auto& x = doc_.timexes[k];
    size_t a = timex_first_[k], b = timex_last_[k];
    if (a > t + window) break;
    if (x.type != core::TimexType::Date && x.type != core::TimexType::Time) continue;
    // the dateline's date is no part of the clause: it is the scene's, the fallback
    if (a < clause_start) continue;
    std::string cd = calendar_date(x.value, doc_.dct);
    if (cd.empty()) continue;
    // "since June 1982" is where a span starts, not when the event happens
    if (a > 0 && (is(a - 1, "since") || (a > 1 && is(a - 2, "since") && is(a - 1, "in")))) continue;
    if (not_before_dct && doc_.dct.size() == 10 && cd < doc_.dct.substr(0, cd.size())) continue;
    size_t d = t < a ? a - t : (t >= b ? t - b + 1 : 0);
    // a clause boundary between them
    size_t lo = std::min(t, a), hi = std::max(t, b);
    if (barrier_prefix_[hi] > barrier_prefix_[lo]) d += 10;
    // "X met Y, who arrived yesterday": a relative clause after the event tells its own time
    if (t < a && relative_prefix_[a] > relative_prefix_[t + 1]) continue;
    // ... and so does one before it that a comma closes off: "X, who spoke to Y on
    // Wednesday, will visit Z"
    if (b <= t && in_other_relative(a, t)) {
      bool comma = false;
      for (size_t k = b; k < t && !comma; ++k) comma = is(k, ",");
      if (comma) continue;
    }
    // "an earlier round here last September and direct talks in January": a time that
    // follows another meeting word inside its clause modifies that phrase, not a later one
    if (meeting && b <= t && trailing_time(s, a, b, t)) d += 10;
    if (d < best_d) {
      best_d = d;
      best = int32_t(k);
    }
  }
  if (best < 0) return {"", -1};
  return {timex_date(best), best};
}

// Whether the tree puts token a in a relative clause that neither holds t nor modifies it
// ("X, who spoke to Y on Wednesday, will visit Z": Wednesday is the clause's, not the
// visit's; "the talks, which began on Monday" tells the talks' time).
bool Run::in_other_relative(size_t a, size_t t) const {
  if (!parsed(a) || !parsed(t)) return false;
  size_t r = a;
  int steps = 0;
  for (; steps < 16 && syn(r).dep != core::Dep::acl_relcl; ++steps) {
    if (syn(r).head < 0 || r == t) return false;
    r = size_t(syn(r).head);
  }
  if (syn(r).dep != core::Dep::acl_relcl || syn(r).head == int32_t(t)) return false;
  for (size_t x = t, k = 0; k < 16; ++k) {  // t inside the clause
    if (x == r) return false;
    if (syn(x).head < 0) break;
    x = size_t(syn(x).head);
  }
  return true;
}

std::string Run::timex_date(int32_t k) const {
  const auto& x = doc_.timexes[k];
  std::string d = calendar_date(x.value, doc_.dct);
  if (!x.end_value.empty()) {
    std::string e = calendar_date(x.end_value, doc_.dct);
    if (e.size() == 10 && d.size() == 10 && e > d) d += "/" + e;
  }
  return d;
}

std::vector<int32_t> Run::coordinated_dates(int32_t k) const {
  auto calendar = [&](int32_t x) {
    const auto& tx = doc_.timexes[x];
    return (tx.type == core::TimexType::Date || tx.type == core::TimexType::Time) && !timex_date(x).empty();
  };
  auto preposition = [&](size_t u) { return is(u, "on") || is(u, "in") || is(u, "at"); };
  // the timex that ends at token `end` (exclusive) or starts at `begin`, or -1
  auto ending_at = [&](size_t end) {
    return end > 0 && timex_[end - 1] >= 0 && timex_last_[timex_[end - 1]] == end ? timex_[end - 1] : -1;
  };
  auto starting_at = [&](size_t begin) {
    return begin < timex_.size() && timex_[begin] >= 0 && timex_first_[timex_[begin]] == begin ? timex_[begin] : -1;
  };
  std::vector<int32_t> chain{k};
  if (timex_first_[k] == UINT32_MAX || !calendar(k)) return chain;
  bool joined = false;  // an "and" links two members: a list, not an apposition ("Tuesday, March 3")
  for (int32_t x = k;;) {  // rightwards: ", B", "and B", ", and on B"
    size_t u = timex_last_[x];
    bool comma = is(u, ",");
    if (comma) ++u;
    bool conj = is(u, "and");
    if (conj) ++u;
    if (!comma && !conj) break;
    if (preposition(u)) ++u;
    int32_t y = starting_at(u);
    if (y < 0 || !calendar(y) || doc_.timexes[y].sentence != doc_.timexes[k].sentence) break;
    joined |= conj;
    chain.push_back(y);
    x = y;
  }
  for (int32_t x = k;;) {  // leftwards
    size_t u = timex_first_[x];
    if (u > 0 && preposition(u - 1)) --u;
    bool conj = u > 0 && is(u - 1, "and");
    if (conj) --u;
    bool comma = u > 0 && is(u - 1, ",");
    if (comma) --u;
    if (!comma && !conj) break;
    int32_t y = ending_at(u);
    if (y < 0 || !calendar(y) || doc_.timexes[y].sentence != doc_.timexes[k].sentence) break;
    joined |= conj;
    chain.insert(chain.begin(), y);
    x = y;
  }
  // "between June 3 and 5", "from May 1", "since March and": a span, not a list of dates
  size_t f = timex_first_[chain.front()];
  if (f > 0 && preposition(f - 1)) --f;
  bool span = f > 0 && (is(f - 1, "between") || is(f - 1, "from") || is(f - 1, "since"));
  // "met X in March and in June signed ...": the last date opens a clause of its own
  size_t after = timex_last_[chain.back()];
  bool clause = after < low_.size() && !punct(after) && !cap(after) && ment_[after] < 0 && timex_[after] < 0 &&
                !(is(after, "to") || is(after, "in") || is(after, "at") || is(after, "on") || is(after, "for") ||
                  is(after, "with") || is(after, "and") || is(after, "but") || is(after, "about") ||
                  is(after, "over") || is(after, "during") || is(after, "after") || is(after, "before") ||
                  is(after, "while") || is(after, "when") || is(after, "as") || is(after, "of") ||
                  is(after, "respectively"));
  if (!joined || span || clause) chain.assign(1, k);
  return chain;
}

// Whether the tree lets the place named at p be where the event of trigger t happens: the
// place modifies t or what t hangs from in its own clause (the verb a meeting noun is the
// object of, the first of coordinated verbs, the verb a purpose or adverbial clause
// serves), and reaches it without crossing into a clause of its own. "raised concerns in
// a call with X and urged him to stop attacks in Aleppo": Aleppo lies in the clause of
// "stop", so it is not where the call was. Reported speech ("said in Paris that they had
// met") and relative clauses bound the trigger's side. True for an unparsed sentence.
bool Run::place_in_clause(size_t p, size_t t) const {
  if (!parsed(t) || !parsed(p)) return true;
  auto bounding = [](core::Dep d) {
    return d == core::Dep::ccomp || d == core::Dep::parataxis || d == core::Dep::acl_relcl || d == core::Dep::acl ||
           d == core::Dep::csubj || d == core::Dep::csubj_pass || d == core::Dep::advcl_relcl;
  };
  auto clausal = [&](size_t x) {
    core::Dep d = syn(x).dep;
    return bounding(d) || d == core::Dep::advcl || d == core::Dep::xcomp ||
           (d == core::Dep::conj && (syn(x).upos == core::Upos::VERB || syn(x).upos == core::Upos::AUX));
  };
  // the trigger's side: t and its heads up to the edge that opens reported speech or a
  // relative clause
  size_t anchors[16];
  size_t n = 0;
  for (size_t x = t; n < 16;) {
    anchors[n++] = x;
    if (syn(x).head < 0 || bounding(syn(x).dep)) break;
    x = size_t(syn(x).head);
  }
  size_t h = span_head(mention(p).first_token, mention(p).last_token);  // the name's head
  for (int steps = 0; steps < 64; ++steps) {
    if (std::find(anchors, anchors + n, h) != anchors + n) return true;
    if (syn(h).head < 0 || clausal(h)) return false;
    h = size_t(syn(h).head);
  }
  return false;
}

// Whether the place named at i stands in apposition to a noun of a kind of place after
// "in"/"at the": "in the capital Brasilia", "in the West Bank town of Ramallah", "at the
// Black Sea resort of Sochi" (up to three words modify the noun).
bool Run::kind_of_place_before(size_t i) const {
  size_t b = doc_.sentences[doc_.tokens[i].sentence].first_token;
  size_t k = i;
  if (k > b && is(k - 1, "of")) --k;
  if (k <= b || !has(k - 1, kPlaceKind | kCountryKind) || cap(k - 1)) return false;
  --k;
  for (size_t words = 0; k > b + 1 && words < 4; --k, ++words)
    if (is(k - 1, "the"))
      return is(k - 2, "in") || is(k - 2, "at");
    else if (punct(k - 1) || quote(k - 1) || is(k - 1, "in") || is(k - 1, "at"))
      return false;
  return false;
}

// The place of the event at t: the nearest named place (or organisation after "at") of
// its sentence after "in"/"at" (or after a noun of its kind there: kind_of_place_before),
// looked for within kPlaceWindow tokens either side, that the tree lets be the event's
// (place_in_clause). A place that modifies a kind of place named after it ("the West
// Bank town of Ramallah") is not the event's.
void Run::place_of(uint32_t s, size_t t, core::Event& ev) const {
  constexpr size_t kPlaceWindow = 60;
  const auto& sen = doc_.sentences[s];
  auto fits = [&](size_t i) {
    int32_t e = entity_at(i);
    if (e < 0) return false;
    if (!(is(i - 1, "in") || is(i - 1, "at") || (is(i - 1, "the") && i > 1 && (is(i - 2, "at") || is(i - 2, "in")))) &&
        !kind_of_place_before(i))
      return false;
    size_t next = mention(i).last_token;
    if (next + 1 < sen.last_token && has(next, kPlaceKind) && !cap(next) &&
        (entity_at(next + 1) >= 0 || (is(next + 1, "of") && next + 2 < sen.last_token && entity_at(next + 2) >= 0)))
      return false;
    if (type_of(e) == EntityType::Person) return false;
    if (type_of(e) == EntityType::Organization && !is(i - 1, "at") && !is(i - 2, "at")) return false;
    // "at the G7 summit in Cornwall": an organisation naming the meeting is no venue
    size_t after = mention(i).last_token;
    if (type_of(e) == EntityType::Organization && after < doc_.tokens.size() && has(after, kMeetNoun)) return false;
    return place_in_clause(i, t);
  };
  size_t lo = std::max<size_t>(sen.first_token + 1, t > kPlaceWindow ? t - kPlaceWindow : 0);
  size_t hi = std::min<size_t>(sen.last_token, t + kPlaceWindow + 1);
  int best = -1;
  // outward from t; at equal distance the earlier token wins
  for (size_t d = 0; best < 0 && (t >= lo + d || t + d < hi); ++d) {
    if (t >= d && t - d >= lo && t - d < hi && fits(t - d)) best = int(t - d);
    else if (d > 0 && t + d < hi && t + d >= lo && fits(t + d)) best = int(t + d);
  }
  if (best >= 0) {
    ev.place = entity_at(best);
    ev.place_span = mention(best).span;
  }
}

// ---------------------------------------------------------------------------

void Run::sentence(uint32_t s) {
  const auto& sen = doc_.sentences[s];
  size_t b = sen.first_token, e = sen.last_token;
  sentence_speakers_.clear();
  sen_para_date_[s] = para_date_[sen.paragraph];
  sen_future_date_[s] = future_date_;
  if (doc_.tokens[b].line_start) {
    size_t before = events_.size();
    transcript_turn(s);
    if (events_.size() > before) add_unique(sentence_speakers_, events_.back().participants[0].entity >= 0
                                                                    ? Arg{events_.back().participants[0].entity, {}}
                                                                    : Arg{});
  }
  special_lines(s, sentence_speakers_);
  // statements first: their speakers are the fallback subjects and the claimants of
  // meetings in the same sentence
  for (size_t t = b; t < e; ++t) {
    if (ment_[t] >= 0) continue;  // "United States" is no verb of saying
    if (has(t, kSay | kSayIng)) statement(s, t, sentence_speakers_);
    else if (is(t, "agreed") && (is(t + 1, ",") || is(t + 1, ":") || is(t + 1, "that") || quote(t + 1)))
      statement(s, t, sentence_speakers_);  // 'Getty agreed, "Things are ..."'

    if (is(t, "according") && is(t + 1, "to")) according_to(s, t, sentence_speakers_);
  }
  // Verbs of saying whose speaker the surface patterns did not find: read from the tree.
  if (!doc_.syntax.empty()) {
    for (size_t t = b; t < e; ++t) {
      if (ment_[t] >= 0) continue;
      if (has(t, kSay | kSayClause | kSayIng))
        statement_from_tree(s, t, sentence_speakers_);
      else if (has(t, kSayNoun)) statement_noun_from_tree(s, t, sentence_speakers_);
    }
  }
  // "The statement was released by A, B and C": the "we" of what follows
  if (sentence_speakers_.size() >= 2 && !in_quote(s, e)) we_group_ = sentence_speakers_;
  for (size_t t = b; t < e && !lex_.frames().tree_only(); ++t) {
    if (ment_[t] >= 0) continue;
    if (has(t, kMeetNoun)) {
      size_t before = events_.size();
      meeting_noun(s, t);
      if (events_.size() == before) follow_up_meeting(s, t);
    }
    // "an exchange of views between X and Y", "X exchanged views with Y": a meeting idiom
    else if (is(t, "views") && t > b + 1 &&
             (is(t - 1, "exchanged") || (is(t - 1, "of") && (is(t - 2, "exchange") || is(t - 2, "exchanges")))))
      meeting_noun(s, t);
    if (has(t, kMeetVerb | kMeetWith) && !(has(t, kMeetNoun) && t > b && is(t - 1, "'s"))) meeting_verb(s, t);
    else if (is(t, "meeting") && t > b && (is(t - 1, "of") || is(t - 1, "after") || is(t - 1, "before") ||
                                           is(t - 1, "while") || is(t - 1, "since") || is(t - 1, "by")))
      meeting_verb(s, t);  // "the opportunity of meeting President X"
    if (has(t, kDiscuss)) discuss(s, t);
    if (has(t, kTravelVerb | kTravelNoun)) travel(s, t);
  }
  tree_meetings(s);
  tree_trips(s);
  visiting_trips(s);
  attendance(s);
  itinerary(s);
  Group subj;
  for (const auto& a : sentence_speakers_)
    if (type_of(a.entity) == EntityType::Person) subj.push_back(a);
  if (subj.empty()) subj = first_person_subject(b, e);
  if (!subj.empty()) prev_subject_ = subj;
  if (people_first(subj, doc_).size() >= 2) {
    group_subject_ = people_first(subj, doc_);
    group_subject_sentence_ = s;
  }
  // the paragraph's reference date: its latest explicit calendar date so far
  for (uint32_t i = sen_timex_begin_[s]; i < sen_timex_begin_[s + 1]; ++i) {
    const auto& x = doc_.timexes[sen_timex_[i]];
    if (x.type != core::TimexType::Date) continue;
    std::string d = calendar_date(x.value, doc_.dct);
    if (d.size() == 10) para_date_[sen.paragraph] = d;
    if (d.size() == 10 && doc_.dct.size() == 10 && d > doc_.dct) future_date_ = d;
  }
}

// "further discussions", "the next Ministerial meeting", "another meeting of the
// committee": a meeting noun that continues a series, and names no party of its own, is
// a meeting of the parties of the latest meeting told before it.
void Run::follow_up_meeting(uint32_t s, size_t t) {
  if (has(t, kTravelNoun)) return;  // "another visit" is a trip, not a session
  const auto& sen = doc_.sentences[s];
  size_t b = sen.first_token;
  // the cue opens the noun phrase; only names and capitalised words stand between it and
  // the noun, or one adjective right before it ("further direct talks"), or "round of"
  size_t head = t;
  if (head >= b + 2 && is(head - 1, "of") && (is(head - 2, "round") || is(head - 2, "rounds"))) head -= 2;
  size_t cue = SIZE_MAX;
  for (size_t p = head; p-- > b && p + 6 > head;) {
    if (has(p, kAgain)) {
      cue = p;
      break;
    }
    if (punct(p) || (ment_[p] >= 0 && type_of(entity_at(p)) == EntityType::Person)) break;
    if (ment_[p] < 0 && !cap(p) && p + 1 < head) break;
  }
  if (cue == SIZE_MAX) return;
  // "no further talks", "called for fresh talks", "further talks are needed": none held or set
  size_t q = cue > b && (is(cue - 1, "a") || is(cue - 1, "the")) ? cue - 1 : cue;
  if (q > b && (is(q - 1, "no") || is(q - 1, "any") || is(q - 1, "for"))) return;
  for (size_t k = t + 1; k < sen.last_token && k < t + 4; ++k)
    if (has(k, kNeeded)) return;
  // a counterpart of its own ("further talks with the rebels") that no entity names
  for (size_t k = t + 1; k < sen.last_token && k < t + 4; ++k)
    if (is(k, "with") || is(k, "between") || is(k, "among")) return;
  // the parties of the meeting a main clause told last, else of the latest meeting: a
  // group that meets as one (two or more people, or two or more parties and no person)
  Group g = people_first(current_group_, doc_);
  for (size_t i = events_.size(); g.size() < 2 && i-- > 0;) {
    const auto& ev = events_[i];
    if (ev.kind != core::EventKind::Meeting) continue;
    if (ev.status == core::Status::Cancelled || ev.status == core::Status::Denied) continue;
    g.clear();
    for (const auto& a : ev.participants) add_unique(g, Arg{a.entity, {}});
    g = people_first(g, doc_);
  }
  if (g.size() < 2) return;
  // a party named before the cue that is not of the group holds a meeting of its own
  // ("Japan will host the next summit", "Cy said the next meeting is in June"); an
  // organisation that reports it (a news agency) and a place after a preposition do not
  auto in_group = [&](int32_t e) { return std::any_of(g.begin(), g.end(), [&](const Arg& x) { return x.entity == e; }); };
  auto speaker = [&](int32_t e) {
    return std::any_of(sentence_speakers_.begin(), sentence_speakers_.end(), [&](const Arg& x) { return x.entity == e; });
  };
  for (size_t p = b; p < cue; ++p) {
    int32_t e = entity_at(p);
    if (e < 0 || in_group(e)) continue;
    EntityType type = type_of(e);
    bool after_preposition = p > b && (is(p - 1, "in") || is(p - 1, "at") || is(p - 1, "to") || is(p - 1, "from") ||
                                       is(p - 1, "of") || is(p - 1, "for") || is(p - 1, "with") || is(p - 1, "on"));
    if (type == EntityType::Person || (type == EntityType::Organization && !speaker(e)) ||
        (type == EntityType::Place && !after_preposition))
      return;
    p = mention(p).last_token - 1;
  }
  for (auto& a : g) a.span = {};  // not told here: no main-clause subject for "they"
  emit_meeting(s, t, g, {}, false, false);
}

// The date of a dated trip that the sentence of meeting `ev` tells of one of its
// participants, or "". `dated_trips` lists the dated trips' indices by sentence.
std::string Run::trip_date(const core::Event& ev, const std::vector<std::pair<uint32_t, size_t>>& dated_trips) const {
  auto from = std::lower_bound(dated_trips.begin(), dated_trips.end(), std::make_pair(ev.sentence, size_t(0)));
  for (auto it = from; it != dated_trips.end() && it->first == ev.sentence; ++it) {
    const core::Event& trip = events_[it->second];
    for (const auto& a : trip.participants)
      for (const auto& m : ev.participants)
        if (a.entity == m.entity) return trip.date;
  }
  return "";
}

core::DateBasis Run::derived_basis(const core::Event& ev) const {
  if (ev.timex < 0 || size_t(ev.timex) >= doc_.timexes.size())
    return ev.date == doc_.dct ? doc_.dct_basis : core::DateBasis::Article;
  if (doc_.timexes[ev.timex].sentence != ev.sentence) return core::DateBasis::Article;
  // the trigger's token; a clause barrier (";", a quote) between it and the timex
  // makes the date the sentence's rather than the clause's
  size_t t = token_at(ev.trigger.begin);
  size_t a = timex_first_[ev.timex], b = timex_last_[ev.timex];
  size_t lo = std::min(t, a), hi = std::min(std::max(t, b), barrier_prefix_.size() - 1);
  return barrier_prefix_[hi] > barrier_prefix_[lo] ? core::DateBasis::Sentence : core::DateBasis::Stated;
}

// The first calendar date of the body's first paragraph, if it is not after the
// document date ("Yesterday, President X and King Y held a meeting").
std::string Run::first_body_date() const {
  if (body_sentence_ >= doc_.sentences.size()) return "";
  for (const auto& x : doc_.timexes) {
    if (x.sentence >= doc_.sentences.size() || x.sentence < body_sentence_) continue;
    if (doc_.sentences[x.sentence].paragraph > doc_.sentences[body_sentence_].paragraph) break;
    std::string d = calendar_date(x.value, doc_.dct);
    if (d.size() == 10 && (doc_.dct.empty() || d <= doc_.dct)) return d;
  }
  return "";
}

void Run::finish() {
  fold_attendance();
  // "A arrived in Moscow for talks with B": a meeting that states no place of its own is
  // held where the sentence takes one of its people (a call is held nowhere)
  std::vector<std::pair<uint32_t, size_t>> placed_trips;  // (sentence, index) of each trip with a place
  for (size_t i = 0; i < events_.size(); ++i)
    if (events_[i].kind == core::EventKind::Travel && events_[i].place >= 0)
      placed_trips.emplace_back(events_[i].sentence, i);
  std::sort(placed_trips.begin(), placed_trips.end());
  for (auto& ev : events_) {
    if (ev.kind != core::EventKind::Meeting || ev.place >= 0 || ev.mode == core::Mode::Call) continue;
    for (auto it = std::lower_bound(placed_trips.begin(), placed_trips.end(), std::make_pair(ev.sentence, size_t(0)));
         it != placed_trips.end() && it->first == ev.sentence; ++it) {
      const auto& trip = events_[it->second];
      bool theirs = false;
      for (const auto& a : trip.participants)
        for (const auto& p : ev.participants) theirs |= a.entity == p.entity;
      if (!theirs) continue;
      ev.place = trip.place;
      ev.place_span = trip.place_span;
      break;
    }
  }
  std::vector<std::pair<uint32_t, size_t>> dated_trips;  // (sentence, index) of each dated trip
  for (size_t i = 0; i < events_.size(); ++i)
    if (events_[i].kind == core::EventKind::Travel && !events_[i].date.empty()) dated_trips.emplace_back(events_[i].sentence, i);
  std::sort(dated_trips.begin(), dated_trips.end());
  // The lead date: the first dated meeting of the title or the first paragraph.
  std::string lead;
  for (size_t i = 0; i < events_.size(); ++i) {
    const auto& ev = events_[i];
    if (ev.kind != core::EventKind::Meeting || ev.date.empty()) continue;
    bool early = ev.evidence.begin < doc_.body.begin ||
                 (ev.sentence < doc_.sentences.size() && body_sentence_ < doc_.sentences.size() &&
                  doc_.sentences[ev.sentence].paragraph <= doc_.sentences[body_sentence_].paragraph + 1);
    if (early && ev.status == core::Status::Occurred) lead = ev.date;
    break;
  }
  // Title meetings take the date of a body meeting that shares a participant.
  for (size_t i = 0; i < events_.size(); ++i) {
    auto& ev = events_[i];
    if (!needs_date_[i]) continue;
    if (ev.kind == core::EventKind::Meeting) {
      if (ev.evidence.begin < doc_.body.begin)
      for (const auto& o : events_)
        if (&o != &ev && o.kind == core::EventKind::Meeting && !o.date.empty() && o.evidence.begin >= doc_.body.begin) {
          bool share = false;
          for (const auto& a : ev.participants)
            for (const auto& c : o.participants) share |= a.entity == c.entity;
          if (share) {
            ev.date = o.date;
            ev.timex = o.timex;
            ev.date_basis = core::DateBasis::Article;
            break;
          }
        }
      // a body meeting: its paragraph's reference date, the lead date, the document date
      bool title = ev.evidence.begin < doc_.body.begin;
      // a planned meeting: the latest day ahead of the document date named so far ("a
      // state visit on Tuesday ... will hold talks during the visit")
      auto fill = [&](std::string d, core::DateBasis basis) {
        if (!ev.date.empty() || d.empty()) return;
        ev.date = std::move(d);
        ev.date_basis = basis;
      };
      if (!title && ev.status == core::Status::Planned && ev.sentence < sen_future_date_.size())
        fill(sen_future_date_[ev.sentence], core::DateBasis::Article);
      // a meeting on a trip ("In Riyadh, X met Y" of a tour told earlier): the trip's dates
      if (!title) fill(trip_date(ev, dated_trips), core::DateBasis::Sentence);
      if (!title && ev.sentence < sen_para_date_.size()) fill(sen_para_date_[ev.sentence], core::DateBasis::Paragraph);
      if (title) fill(first_body_date(), core::DateBasis::Article);
      fill(lead, core::DateBasis::Article);
      fill(doc_.dct, doc_.dct_basis);
    } else if (ev.kind == core::EventKind::Statement) {
      ev.date = statement_date_fallback(ev, lead);
      // the fallback's choices in its own order
      const std::string& para = ev.sentence < sen_para_date_.size() ? sen_para_date_[ev.sentence] : std::string();
      ev.date_basis = ev.date.empty() ? core::DateBasis::None
                      : !lead.empty() ? core::DateBasis::Article
                      : ev.date == para ? core::DateBasis::Paragraph
                      : ev.date == doc_.dct ? doc_.dct_basis : core::DateBasis::Article;
    }
  }
  // A meeting dated by a list of dates ("on June 3 and 4", "in May and September") is
  // held on each of them: one meeting per date.
  for (size_t i = 0, n = events_.size(); i < n; ++i) {
    if (events_[i].kind != core::EventKind::Meeting || events_[i].timex < 0) continue;
    std::vector<int32_t> list = coordinated_dates(events_[i].timex);
    for (size_t m = 0; m < list.size() && list.size() > 1; ++m) {
      const auto& x = doc_.timexes[list[m]];
      // the tagger gives "June 29 and 30" as a span on its first day; in a list it is a day
      bool day = m + 1 < list.size() && x.end_value == doc_.timexes[list[m + 1]].value;
      std::string date = day ? calendar_date(x.value, doc_.dct) : timex_date(list[m]);
      core::Event* ev = &events_[i];
      if (list[m] != events_[i].timex) {
        events_.push_back(events_[i]);
        needs_date_.push_back(false);
        ev = &events_.back();
      }
      ev->timex = list[m];
      ev->date = date;
      ev->date_basis = core::DateBasis::None;  // derived from the timex below
      if (ev->status == core::Status::Occurred && after_dct(ev->date, doc_.dct)) ev->status = core::Status::Planned;
    }
  }
  // One meeting reported twice is one meeting: the same participants and status class
  // (cancelled/denied or not) with compatible dates keep the first report of each date,
  // and an undated report only when no dated one exists. A title meeting whose
  // participants a body meeting includes, at a compatible date, is that meeting; so is a
  // meeting of the body's heading line.
  auto set_of = [](const core::Event& ev) {
    std::vector<int32_t> v;
    for (const auto& a : ev.participants) v.push_back(a.entity);
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
  };
  auto negative = [](const core::Event& ev) {
    return ev.status == core::Status::Cancelled || ev.status == core::Status::Denied;
  };
  std::vector<bool> drop(events_.size(), false);
  std::vector<std::vector<int32_t>> sets(events_.size());
  struct Report {
    size_t first_dated = SIZE_MAX, first_undated = SIZE_MAX;
    std::set<std::string> dates;
  };
  std::map<std::pair<std::vector<int32_t>, bool>, Report> reports;
  for (size_t i = 0; i < events_.size(); ++i) {
    if (events_[i].kind != core::EventKind::Meeting) continue;
    sets[i] = set_of(events_[i]);
    Report& r = reports[{sets[i], negative(events_[i])}];
    if (events_[i].date.empty()) {
      if (r.first_undated == SIZE_MAX) r.first_undated = i;
      else drop[i] = true;
    } else {
      if (r.first_dated == SIZE_MAX) r.first_dated = i;
      if (!r.dates.insert(events_[i].date).second) drop[i] = true;
    }
  }
  for (size_t i = 0; i < events_.size(); ++i)
    if (events_[i].kind == core::EventKind::Meeting && events_[i].date.empty() && !drop[i] &&
        reports[{sets[i], negative(events_[i])}].first_dated != SIZE_MAX)
      drop[i] = true;
  // a heading: the body's first sentence, a whole line without a final stop ("U.S. Envoys Meet Putin")
  auto heading = [&](uint32_t s) {
    if (s != body_sentence_ || s >= doc_.sentences.size()) return false;
    const auto& sen = doc_.sentences[s];
    size_t last = sen.last_token - 1;
    bool stop = is(last, ".") || is(last, "!") || is(last, "?") || is(last, ":");
    bool next_line = sen.last_token >= doc_.tokens.size() || doc_.tokens[sen.last_token].line_start;
    return !stop && next_line && doc_.tokens[sen.first_token].line_start;
  };
  for (size_t j = 0; j < events_.size(); ++j) {
    if (events_[j].kind != core::EventKind::Meeting || drop[j]) continue;
    if (events_[j].evidence.begin >= doc_.body.begin && !heading(events_[j].sentence)) continue;
    for (size_t i = 0; i < events_.size(); ++i) {
      if (i == j || drop[i] || events_[i].kind != core::EventKind::Meeting || sets[i].size() <= sets[j].size()) continue;
      bool compatible = events_[i].date == events_[j].date || events_[j].date.empty();
      if (compatible && negative(events_[i]) == negative(events_[j]) &&
          std::includes(sets[i].begin(), sets[i].end(), sets[j].begin(), sets[j].end())) {
        drop[j] = true;
        break;
      }
    }
  }
  // Of two reports of one meeting, the one that states its place stands for it ("X's
  // Meeting With Y" in the title, then "X met Y in Tokyo"): its sentence is the evidence.
  for (size_t i = 0; i < events_.size(); ++i) {
    if (!drop[i] || events_[i].kind != core::EventKind::Meeting || events_[i].place < 0) continue;
    for (size_t k = 0; k < events_.size(); ++k) {
      const auto& keep = events_[k];
      if (drop[k] || keep.kind != core::EventKind::Meeting || keep.place >= 0 || sets[k] != sets[i] ||
          negative(keep) != negative(events_[i]) || keep.date != events_[i].date)
        continue;
      drop[k] = true;
      drop[i] = false;
      break;
    }
  }
  for (auto& ev : events_)
    if (ev.date.empty()) ev.date_basis = core::DateBasis::None;
    else if (ev.date_basis == core::DateBasis::None) ev.date_basis = derived_basis(ev);
  scene_places();
  std::vector<core::Event> out;
  for (size_t i = 0; i < events_.size(); ++i)
    if (!drop[i]) out.push_back(std::move(events_[i]));
  std::stable_sort(out.begin(), out.end(), [](const core::Event& a, const core::Event& b) {
    return a.evidence.begin != b.evidence.begin ? a.evidence.begin < b.evidence.begin : a.trigger.begin < b.trigger.begin;
  });
  doc_.events = std::move(out);
}

size_t Run::demonym_sides(size_t t, size_t end, Group& sides) const {
  Group found;
  bool named = false;  // an item is a place's name ("U.S. and Japanese officials")
  size_t i = t, list_end = t;
  while (i < end) {
    int32_t country = -1;
    size_t next = i + 1;
    if (entity_at(i) >= 0) {
      if (type_of(entity_at(i)) != EntityType::Place) break;
      country = entity_at(i);
      next = mention(i).last_token;
      named = true;
    } else if (cap(i) && !punct(i)) {
      country = demonym_country(i, true);
      if (country < 0) break;
      if (ment_[i] >= 0) next = std::max<size_t>(mention(i).last_token, i + 1);  // a demonym tagged as a name
    } else {
      break;
    }
    add_unique(found, {country, tok_span(i, next)});
    i = list_end = next;
    if (is(i, ",") && is(i + 1, "and")) i += 2;
    else if (is(i, ",") || is(i, "and")) ++i;
    else break;
  }
  if (found.empty() || (named && found.size() < 2)) return t;
  for (size_t k = list_end; k < end && k < list_end + 3; ++k) {
    if (has(k, kSide)) {
      // one side spans the phrase; several each their name (they are counterparts one by one)
      if (found.size() == 1) found[0].span = tok_span(t, k + 1);
      sides.insert(sides.end(), found.begin(), found.end());
      return k + 1;
    }
    if (!has(k, kSideMod)) break;
  }
  return t;
}

void Run::build_indexes() {
  const size_t n = doc_.tokens.size();
  const size_t nt = doc_.timexes.size();
  timex_first_.assign(nt, UINT32_MAX);
  timex_last_.assign(nt, UINT32_MAX);
  max_timex_tokens_ = 0;
  size_t t = 0;
  for (size_t k = 0; k < nt; ++k) {
    Span sp = doc_.timexes[k].span;
    while (t < n && doc_.tokens[t].span.end <= sp.begin) ++t;
    for (size_t u = t; u < n && doc_.tokens[u].span.begin < sp.end; ++u) {
      timex_[u] = int32_t(k);
      if (timex_first_[k] == UINT32_MAX) timex_first_[k] = uint32_t(u);
      timex_last_[k] = uint32_t(u + 1);
    }
    if (timex_first_[k] != UINT32_MAX)
      max_timex_tokens_ = std::max(max_timex_tokens_, timex_last_[k] - timex_first_[k]);
  }
  // the timexes of each sentence, in token order (those without tokens in it are left out)
  const size_t ns = doc_.sentences.size();
  sen_timex_.clear();
  for (size_t k = 0; k < nt; ++k) {
    uint32_t s = doc_.timexes[k].sentence;
    if (timex_first_[k] == UINT32_MAX || s >= ns || timex_first_[k] < doc_.sentences[s].first_token ||
        timex_first_[k] >= doc_.sentences[s].last_token)
      continue;
    sen_timex_.push_back(uint32_t(k));
  }
  std::stable_sort(sen_timex_.begin(), sen_timex_.end(), [&](uint32_t a, uint32_t b) {
    const auto &x = doc_.timexes[a], &y = doc_.timexes[b];
    return x.sentence != y.sentence ? x.sentence < y.sentence : timex_first_[a] < timex_first_[b];
  });
  sen_timex_begin_.assign(ns + 1, 0);
  for (uint32_t k : sen_timex_) ++sen_timex_begin_[doc_.timexes[k].sentence + 1];
  for (size_t s = 0; s < ns; ++s) sen_timex_begin_[s + 1] += sen_timex_begin_[s];
  // clause barriers and joint-meeting cues, as prefix counts
  barrier_prefix_.assign(n + 1, 0);
  joint_prefix_.assign(n + 1, 0);
  relative_prefix_.assign(n + 1, 0);
  meet_word_prefix_.assign(n + 1, 0);
  for (size_t u = 0; u < n; ++u) {
    barrier_prefix_[u + 1] = barrier_prefix_[u] + ((is(u, ";") || quote(u)) ? 1 : 0);
    joint_prefix_[u + 1] = joint_prefix_[u] + (has(u, kJoint) ? 1 : 0);
    bool relative = u > 0 && is(u - 1, ",") && (is(u, "who") || is(u, "which"));
    relative_prefix_[u + 1] = relative_prefix_[u] + (relative ? 1 : 0);
    meet_word_prefix_[u + 1] = meet_word_prefix_[u] + (ment_[u] < 0 && has(u, kMeetNoun | kMeetVerb) ? 1 : 0);
  }
  place_by_name_.clear();
  party_by_name_.clear();
  person_by_name_.clear();
  for (size_t e = 0; e < doc_.entities.size(); ++e) {
    EntityType type = doc_.entities[e].type;
    if (type != EntityType::Place && type != EntityType::Organization && type != EntityType::Person) continue;
    auto& by_name = type == EntityType::Place    ? place_by_name_
                    : type == EntityType::Person ? person_by_name_
                                                 : party_by_name_;
    by_name.emplace(doc_.entities[e].name, int32_t(e));
    for (const auto& a : doc_.entities[e].aliases) by_name.emplace(a, int32_t(e));
  }
  party_by_name_.insert(place_by_name_.begin(), place_by_name_.end());
  // where each entity is mentioned, for "mentioned before this point" counts
  mention_begins_.assign(doc_.entities.size(), {});
  for (const auto& m : doc_.mentions)
    if (m.entity >= 0 && size_t(m.entity) < doc_.entities.size()) mention_begins_[m.entity].push_back(m.span.begin);
  for (auto& v : mention_begins_) std::sort(v.begin(), v.end());
}

size_t Run::token_at(uint32_t byte) const {
  auto it = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), byte,
                             [](const core::Token& x, uint32_t b) { return x.span.begin < b; });
  return size_t(it - doc_.tokens.begin());
}

size_t Run::span_head(size_t a, size_t b) const {
  for (size_t i = a; i < b; ++i)
    if (parsed(i) && (syn(i).head < int32_t(a) || syn(i).head >= int32_t(b))) return i;
  return a;
}

int64_t Run::mention_in(int32_t e, uint32_t lo, uint32_t hi) const {
  if (e < 0 || size_t(e) >= mention_begins_.size() || lo >= doc_.sentences.size()) return -1;
  const auto& begins = mention_begins_[e];
  auto it = std::lower_bound(begins.begin(), begins.end(), doc_.sentences[lo].span.begin);
  if (it == begins.end()) return -1;
  size_t tok = token_at(*it);
  if (tok >= doc_.tokens.size() || doc_.tokens[tok].sentence > hi) return -1;
  return int64_t(tok);
}

void Run::extract() {
  const size_t n = doc_.tokens.size();
  cls_.assign(n, 0);
  low_.resize(n);
  ment_.assign(n, -1);
  timex_.assign(n, -1);
  for (size_t t = 0; t < n; ++t) {
    lower_into(doc_.view(doc_.tokens[t].span), low_[t]);
    cls_[t] = lex_.classes(low_[t]);
  }
  for (size_t m = 0; m < doc_.mentions.size(); ++m) {
    const auto& mm = doc_.mentions[m];
    if (mm.entity < 0 || size_t(mm.entity) >= doc_.entities.size()) continue;
    for (size_t t = mm.first_token; t < mm.last_token && t < n; ++t) ment_[t] = int32_t(m);
  }
  build_indexes();
  build_tree_index();
  titles_.assign(doc_.entities.size(), {});
  mention_count_.assign(doc_.entities.size(), 0);
  std::string buf;
  gender_.assign(doc_.entities.size(), 0);
  for (size_t e = 0; e < doc_.entities.size(); ++e) {
    const std::string& name = doc_.entities[e].name;
    if (doc_.entities[e].type != EntityType::Person) continue;
    lower_into(std::string_view(name).substr(0, name.find(' ')), buf);
    gender_[e] = lex_.gender_of(buf);
  }
  for (size_t e = 0; e < doc_.entities.size(); ++e) {
    if (!doc_.entities[e].job_title.empty()) {
      lower_into(doc_.entities[e].job_title, buf);
      titles_[e].push_back(buf);
    }
  }
  for (const auto& m : doc_.mentions) {
    if (m.entity < 0 || size_t(m.entity) >= doc_.entities.size()) continue;
    ++mention_count_[m.entity];
    if (!m.title.empty()) {
      lower_into(doc_.view(m.title), buf);
      auto& v = titles_[m.entity];
      if (std::find(v.begin(), v.end(), buf) == v.end()) v.push_back(buf);
    }
  }
  uint32_t paragraphs = 0;
  for (const auto& s : doc_.sentences) paragraphs = std::max(paragraphs, s.paragraph + 1);
  para_date_.assign(paragraphs, "");
  sen_para_date_.assign(doc_.sentences.size(), "");
  sen_future_date_.assign(doc_.sentences.size(), "");
  future_date_.clear();
  // the title's sentence (tokenized ahead of the body) is read by title_events alone
  body_sentence_ = 0;
  while (body_sentence_ < doc_.sentences.size() && doc_.sentences[body_sentence_].span.begin < doc_.body.begin)
    ++body_sentence_;
  title_events();
  for (uint32_t s = body_sentence_; s < doc_.sentences.size(); ++s) sentence(s);
  finish();
}

}  // namespace ng::events::detail
