// The extraction run: token tables, status, date and place, the sentence loop and the final pass.
#include "events/run.h"

#include <algorithm>
#include <cstring>
#include "core/resources.h"

namespace ng::events::detail {

void add_unique(Group& g, const Arg& a) {
  if (a.entity < 0) return;
  for (const auto& x : g)
    if (x.entity == a.entity) return;
  g.push_back(a);
}


// Lower-cases ASCII and maps the typographic apostrophe to "'", into `out`.
void lower_into(std::string_view s, std::string& out) {
  out.clear();
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 3, "\xE2\x80\x99") == 0) {
      out += '\'';
      i += 2;
      continue;
    }
    char c = s[i];
    out += (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
  }
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

// The status of the event at t from the words before it in its clause; false when the
// event only might happen ("hopes to meet").
bool Run::status_of(uint32_t s, size_t t, core::Status& st) const {
  const auto& sen = doc_.sentences[s];
  st = core::Status::Occurred;
  size_t b = sen.first_token, lim = t > b + 8 ? t - 8 : b;
  bool planned = false;
  for (size_t i = t; i-- > lim;) {
    if (is(i, ";") || (is(i, ",") && i + 1 < t && !has(i + 1, kPlanned))) break;
    if (has(i, kHedge)) return false;
    if (is(i, "to")) {
      // "to meet": planned after will/scheduled/agreed/is ..., occurred after "went"
      if (i > b && (has(i - 1, kPlanned) || is(i - 1, "is") || is(i - 1, "are") || is(i - 1, "agreed") ||
                    is(i - 1, "going") || is(i - 1, "likely") || is(i - 1, "was") || is(i - 1, "were")))
        planned = true;
      continue;
    }
    if (has(i, kPlanned) && !is(i, "later") && !is(i, "next")) planned = true;
    if (has(i, kCancelled) && (!is(i, "off") || (i > b && is(i - 1, "called")))) st = core::Status::Cancelled;
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
      if (has(i, kHedge) && (is(i - 1, "is") || is(i - 1, "are") || is(i - 1, "could") || has(i, kHedge))) {
        if (is(i, "may") || is(i, "might") || is(i, "could")) return false;
      }
      if (is(i, "will") || ((is(i, "scheduled") || is(i, "expected") || is(i, "due") || is(i, "set") ||
                             is(i, "planned") || is(i, "likely")) &&
                            (is(i - 1, "is") || is(i - 1, "are") || is(i - 1, "was") || is(i - 1, "were")))) {
        planned = true;
        break;
      }
      if (has(i, kSay) || has(i, kMeetVerb)) break;
    }
  }
  if (st == core::Status::Occurred && planned) st = core::Status::Planned;
  return true;
}

// The date of the event at t: the nearest calendar timex of its clause within `window`
// tokens, joined with a following "-"/"to" timex into an interval.
std::pair<std::string, int32_t> Run::date_near(uint32_t s, size_t t, size_t window) const {
  const auto& sen = doc_.sentences[s];
  int32_t best = -1;
  size_t best_d = window + 1;
  for (size_t k = 0; k < doc_.timexes.size(); ++k) {
    const auto& x = doc_.timexes[k];
    if (x.sentence != s) continue;
    if (x.type != core::TimexType::Date && x.type != core::TimexType::Time) continue;
    if (calendar_date(x.value, doc_.dct).empty()) continue;
    size_t a = 0, b = 0;
    for (size_t i = sen.first_token; i < sen.last_token; ++i)
      if (timex_[i] == int32_t(k)) {
        if (!a) a = i + 1;
        b = i + 1;
      }
    if (!a) continue;
    --a;
    size_t d = t < a ? a - t : (t >= b ? t - b + 1 : 0);
    // a clause boundary between them
    size_t lo = std::min(t, a), hi = std::max(t, b);
    bool crossed = false;
    for (size_t i = lo; i < hi; ++i)
      if (is(i, ";") || quote(i)) crossed = true;
    if (crossed) d += 10;
    if (d < best_d) {
      best_d = d;
      best = int32_t(k);
    }
  }
  if (best < 0) return {"", -1};
  const auto& x = doc_.timexes[best];
  std::string d = calendar_date(x.value, doc_.dct);
  if (!x.end_value.empty()) {
    std::string e = calendar_date(x.end_value, doc_.dct);
    if (e.size() == 10 && d.size() == 10 && e > d) d += "/" + e;
  }
  return {d, best};
}

void Run::place_of(uint32_t s, size_t t, core::Event& ev) const {
  const auto& sen = doc_.sentences[s];
  int best = -1;
  size_t best_d = 1000;
  for (size_t i = sen.first_token + 1; i < sen.last_token; ++i) {
    int32_t e = entity_at(i);
    if (e < 0 || !(is(i - 1, "in") || is(i - 1, "at") || (is(i - 1, "the") && i > 1 && is(i - 2, "at")))) continue;
    if (type_of(e) == EntityType::Person) continue;
    if (type_of(e) == EntityType::Organization && !is(i - 1, "at") && !is(i - 2, "at")) continue;
    size_t d = i > t ? i - t : t - i;
    if (d < best_d) {
      best_d = d;
      best = int(i);
    }
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
  for (size_t t = b; t < e; ++t) {
    if (ment_[t] >= 0) continue;
    if (has(t, kMeetNoun)) meeting_noun(s, t);
    if (has(t, kMeetVerb | kMeetWith) && !(has(t, kMeetNoun) && t > b && is(t - 1, "'s"))) meeting_verb(s, t);
    else if (is(t, "meeting") && t > b && (is(t - 1, "of") || is(t - 1, "after") || is(t - 1, "before") ||
                                           is(t - 1, "while") || is(t - 1, "since") || is(t - 1, "by")))
      meeting_verb(s, t);  // "the opportunity of meeting President X"
    if (has(t, kDiscuss)) discuss(s, t);
    if (has(t, kTravelVerb | kTravelNoun)) travel(s, t);
  }
  itinerary(s);
  Group subj;
  for (const auto& a : sentence_speakers_)
    if (type_of(a.entity) == EntityType::Person) subj.push_back(a);
  if (subj.empty()) subj = first_person_subject(b, e);
  if (!subj.empty()) prev_subject_ = subj;
  // the paragraph's reference date: its latest explicit calendar date so far
  for (size_t k = 0; k < doc_.timexes.size(); ++k)
    if (doc_.timexes[k].sentence == s && doc_.timexes[k].type == core::TimexType::Date) {
      std::string d = calendar_date(doc_.timexes[k].value, doc_.dct);
      if (d.size() == 10) para_date_[sen.paragraph] = d;
    }
}

// The first calendar date of the body's first paragraph, if it is not after the
// document date ("Yesterday, President X and King Y held a meeting").
std::string Run::first_body_date() const {
  for (const auto& x : doc_.timexes) {
    if (x.sentence >= doc_.sentences.size()) continue;
    if (doc_.sentences[x.sentence].paragraph > doc_.sentences[0].paragraph) break;
    std::string d = calendar_date(x.value, doc_.dct);
    if (d.size() == 10 && (doc_.dct.empty() || d <= doc_.dct)) return d;
  }
  return "";
}

void Run::finish() {
  // The lead date: the first dated meeting of the title or the first paragraph.
  std::string lead;
  for (size_t i = 0; i < events_.size(); ++i) {
    const auto& ev = events_[i];
    if (ev.kind != core::EventKind::Meeting || ev.date.empty()) continue;
    bool early = ev.evidence.begin < doc_.body.begin ||
                 (ev.sentence < doc_.sentences.size() && doc_.sentences[ev.sentence].paragraph <= 1);
    if (early && ev.status == core::Status::Occurred) lead = ev.date;
    break;
  }
  // Title meetings take the date of a body meeting that shares a participant.
  for (size_t i = 0; i < events_.size(); ++i) {
    auto& ev = events_[i];
    if (!needs_date_[i]) continue;
    if (ev.kind == core::EventKind::Meeting) {
      for (const auto& o : events_)
        if (&o != &ev && o.kind == core::EventKind::Meeting && !o.date.empty() && o.evidence.begin >= doc_.body.begin &&
            ev.evidence.begin < doc_.body.begin) {
          bool share = false;
          for (const auto& a : ev.participants)
            for (const auto& c : o.participants) share |= a.entity == c.entity;
          if (share) {
            ev.date = o.date;
            ev.timex = o.timex;
            break;
          }
        }
      // a body meeting: its paragraph's reference date, the lead date, the document date
      uint32_t para = ev.sentence < doc_.sentences.size() ? doc_.sentences[ev.sentence].paragraph : 0;
      bool title = ev.evidence.begin < doc_.body.begin;
      if (ev.date.empty() && !title && para < para_date_.size()) ev.date = para_date_[para];
      if (ev.date.empty() && title) ev.date = first_body_date();
      if (ev.date.empty()) ev.date = lead.empty() ? doc_.dct : lead;
    } else if (ev.kind == core::EventKind::Statement) {
      uint32_t para = ev.sentence < doc_.sentences.size() ? doc_.sentences[ev.sentence].paragraph : 0;
      bool in_lead_para = false;
      std::string pd = para < para_date_.size() ? para_date_[para] : "";
      (void)in_lead_para;
      ev.date = !lead.empty() ? lead : !pd.empty() ? pd : doc_.dct;
    }
  }
  // One meeting reported twice is one meeting: same participants, compatible dates.
  auto set_of = [](const core::Event& ev) {
    std::vector<int32_t> v;
    for (const auto& a : ev.participants) v.push_back(a.entity);
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
  };
  std::vector<bool> drop(events_.size(), false);
  for (size_t i = 0; i < events_.size(); ++i) {
    if (events_[i].kind != core::EventKind::Meeting || drop[i]) continue;
    auto si = set_of(events_[i]);
    for (size_t j = 0; j < events_.size(); ++j) {
      if (i == j || drop[j] || events_[j].kind != core::EventKind::Meeting) continue;
      auto sj = set_of(events_[j]);
      bool compatible = events_[i].date == events_[j].date || events_[j].date.empty();
      bool same_status = (events_[i].status == core::Status::Cancelled || events_[i].status == core::Status::Denied) ==
                         (events_[j].status == core::Status::Cancelled || events_[j].status == core::Status::Denied);
      if (!compatible || !same_status) continue;
      bool subset = std::includes(si.begin(), si.end(), sj.begin(), sj.end());
      // the same set reported again; or a title meeting that the body tells in full
      bool title = events_[j].evidence.begin < doc_.body.begin;
      if (subset && ((sj.size() == si.size() && (j > i || events_[j].date.empty())) ||
                     (sj.size() < si.size() && title)))
        drop[j] = true;
    }
  }
  std::vector<core::Event> out;
  for (size_t i = 0; i < events_.size(); ++i)
    if (!drop[i]) out.push_back(std::move(events_[i]));
  std::stable_sort(out.begin(), out.end(), [](const core::Event& a, const core::Event& b) {
    return a.evidence.begin != b.evidence.begin ? a.evidence.begin < b.evidence.begin : a.trigger.begin < b.trigger.begin;
  });
  doc_.events = std::move(out);
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
  {
    size_t t = 0;
    for (size_t k = 0; k < doc_.timexes.size(); ++k) {
      Span sp = doc_.timexes[k].span;
      while (t < n && doc_.tokens[t].span.end <= sp.begin) ++t;
      for (size_t u = t; u < n && doc_.tokens[u].span.begin < sp.end; ++u) timex_[u] = int32_t(k);
    }
  }
  titles_.assign(doc_.entities.size(), {});
  mention_count_.assign(doc_.entities.size(), 0);
  std::string buf;
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
  title_events();
  for (uint32_t s = 0; s < doc_.sentences.size(); ++s) sentence(s);
  finish();
}

}  // namespace ng::events::detail
