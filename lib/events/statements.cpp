// Statements: verbs of saying, "according to", transcript turns, special lines.
#include "events/run.h"

#include <algorithm>
#include <cstring>

namespace ng::events::detail {

// ---------------------------------------------------------------------------
// Statements.

void Run::emit_statement(uint32_t s, size_t t, const Arg& speaker, size_t content_from, size_t date_to) {
  if (negated(t)) return;  // "had not announced", "never said": nothing was said
  const auto& sen = doc_.sentences[s];
  core::Event ev;
  ev.kind = core::EventKind::Statement;
  ev.participants.push_back({speaker.entity, core::Role::Speaker, speaker.span});
  ev.sentence = s;
  ev.evidence = sen.span;
  ev.trigger = doc_.tokens[t].span;
  if (content_from < sen.last_token) ev.content = tok_span(content_from, sen.last_token);
  ev.citations = sen.citations;
  // a token of a date or time the calendar places, outside quotes
  auto dated = [&](size_t i) {
    if (i >= timex_.size() || timex_[i] < 0 || quote(i)) return false;
    const auto& x = doc_.timexes[timex_[i]];
    return (x.type == core::TimexType::Date || x.type == core::TimexType::Time) &&
           !calendar_date(x.value, doc_.dct).empty();
  };
  // The date: a timex next to the verb or the speaker, not one inside the words said.
  // The nearest one from just before the speaker ("Yesterday, X said") to just after the
  // verb ("said Saturday"); one before the speaker belongs to the words said.
  size_t lo = t > sen.first_token + 6 ? t - 6 : sen.first_token;
  std::pair<std::string, int32_t> best{"", -1};
  size_t best_d = 100;
  for (size_t i = lo; i < sen.last_token && i < std::max(t, date_to) + 4; ++i)
    if (dated(i)) {
      const auto& x = doc_.timexes[timex_[i]];
      if (!speaker.span.empty() && x.span.end <= speaker.span.begin && x.span.end + 4 < speaker.span.begin) continue;
      size_t d = i < t ? t - i : i - t;
      if (d < best_d) {
        best_d = d;
        best = date_near(s, i, 0);
      }
    }
  // The tree, where the sentence has one: a timex inside what is said ("said talks would
  // open on Saturday") does not date the saying.
  if (best.second >= 0 && timex_under(size_t(best.second), t) == TimexRole::Content) best = {"", -1};
  if (best.first.empty() && parsed(t)) {
    // "X said in a statement on Monday that ...": a date of the statement noun that
    // modifies the verb dates the saying, however far from the verb
    for (uint32_t k = kid_begin_[t]; k < kid_begin_[t + 1] && best.first.empty(); ++k) {
      uint32_t n = kids_[k];
      if (syn(n).dep != core::Dep::obl || !has(n, kSayNoun)) continue;
      for (uint32_t j = kid_begin_[n]; j < kid_begin_[n + 1]; ++j)
        if (dated(kids_[j])) {
          best = date_near(s, kids_[j], 0);
          break;
        }
    }
  }
  if (best.first.empty() && parsed(t)) {
    // "X announced a new chief on Tuesday": a time adjunct of the verb itself dates the
    // saying, however far after its object
    for (uint32_t k = kid_begin_[t]; k < kid_begin_[t + 1] && best.first.empty(); ++k) {
      uint32_t n = kids_[k];
      core::Dep d = syn(n).dep;
      if ((d == core::Dep::obl || d == core::Dep::obl_tmod || d == core::Dep::obl_npmod || d == core::Dep::nmod_tmod) &&
          dated(n))
        best = date_near(s, n, 0);
    }
  }
  if (best.first.empty()) {
    // "Speaking last night, X said": a sentence-initial timex
    for (size_t i = sen.first_token; i < sen.last_token && i < sen.first_token + 4; ++i)
      if (timex_[i] >= 0) {
        if (timex_under(size_t(timex_[i]), t) != TimexRole::Content) best = date_near(s, i, 0);
        break;
      }
  }
  ev.date = best.first;
  ev.timex = best.second;
  // index the statements emitted since the last call (title statements included)
  auto key = [](const core::Event& x) {
    return std::to_string(x.sentence) + '|' + std::to_string(x.participants[0].entity) + '|' + x.date;
  };
  for (; said_upto_ < events_.size(); ++said_upto_)
    if (events_[said_upto_].kind == core::EventKind::Statement && !events_[said_upto_].participants.empty())
      said_.insert(key(events_[said_upto_]));
  if (!said_.insert(key(ev)).second) return;
  events_.push_back(std::move(ev));
  needs_date_.push_back(best.first.empty());
}

void Run::statement(uint32_t s, size_t t, Group& speakers_out) {
  const auto& sen = doc_.sentences[s];
  size_t b = sen.first_token, e = sen.last_token;
  if (t > b && (is(t - 1, "the") || is(t - 1, "a") || is(t - 1, "be") || is(t - 1, "been") || is(t - 1, "was") ||
                is(t - 1, "were") || is(t - 1, "is") || is(t - 1, "are") || is(t - 1, "being")))
    return;  // a noun, or a passive ("residents were warned")
  if (is(t + 1, "by")) return;  // "the offer announced by X": special_lines
  Group subj;
  bool ing = has(t, kSayIng);
  parenthetical_any_ = false;
  size_t subj_from = np_left(t, b, subj, !ing);
  parenthetical_any_ = true;
  // "trade with East European states", "the Gulf states": a noun, not a verb
  if ((is(t, "states") || is(t, "notes")) && !subj.empty() && subj_from > b &&
      (is(subj_from - 1, "with") || is(subj_from - 1, "of") || is(subj_from - 1, "to") || is(subj_from - 1, "for") ||
       is(subj_from - 1, "among") || is(subj_from - 1, "between") || is(subj_from - 1, "the") ||
       is(subj_from - 1, "all") || is(subj_from - 1, "in") || is(subj_from - 1, "from") || is(subj_from - 1, "other")))
    return;
  // "Sources close to X said": the speakers are unnamed
  if (!subj.empty() && subj_from < t) {
    size_t k = subj_from;  // past a title ("close to Deputy Prime Minister X")
    while (k > b && (cap(k - 1) || has(k - 1, kNounPhrase)) && !punct(k - 1) && !is(k - 1, "to")) --k;
    if (k >= b + 2 && is(k - 1, "to") && (is(k - 2, "close") || is(k - 2, "closest") || is(k - 2, "near")))
      subj.clear();
  }
  // '"I met X," he said': "he" is the previous sentence's subject, not a name quoted
  // before it in this sentence
  if (subj.size() == 1 && (is(subj_from, "he") || is(subj_from, "she")) && !prev_subject_.empty()) {
    bool quoted = false;
    for (size_t i = b; i < subj_from && !quoted; ++i) quoted = quote(i);
    Group prev = people_first(prev_subject_, doc_);
    if (quoted && !prev.empty()) subj = {{prev[0].entity, doc_.tokens[subj_from].span}};
  }
  if (!subj.empty()) {
    // "The U.S. official described": the head is a common noun; the speaker is unnamed
    size_t p = t;
    while (p > b && aux_like(p - 1) && ment_[p - 1] < 0) --p;
    Span last = subj.back().span;
    // ... but "A Foreign Ministry statement said", "an EC spokesman said" speak for the body named
    bool voice = has(p - 1, kSayNoun | kVoice);
    bool relative = is(p - 1, "who") || is(p - 1, "which");  // "UMOA, which last month called for"
    if (p > b && ment_[p - 1] < 0 && !cap(p - 1) && !punct(p - 1) && !quote(p - 1) && !relative &&
        doc_.tokens[p - 1].span.begin >= last.end && !voice)
      subj.clear();
  }
  if (subj.empty() && !ing) {
    // "X, speaking to reporters, said", "X, in remarks at Y, said", "X, led by Y, said", "A
    // spokesman for Y, X, said": a phrase set off by commas before the verb; a name alone
    // is the speaker
    size_t p = t;
    while (p > b && aux_like(p - 1) && ment_[p - 1] < 0) --p;
    if (p > b + 2 && is(p - 1, ",")) {
      size_t k = p - 1;
      while (k > b && k + 16 > p && !is(k - 1, ",") && !boundary(k - 1) && !quote(k - 1)) --k;
      if (k > b + 1 && is(k - 1, ",")) {
        std::string_view w = word(k);
        bool ing_word = w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0 && ment_[k] < 0;
        // "X, led by Y, said", "X, based in Y, said": a past participle opens the phrase
        bool ed_word = ((w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0) || has(k, kLedBy)) && ment_[k] < 0 &&
                       parsed(k) && syn(k).upos == core::Upos::VERB;
        bool opener = ing_word || ed_word || has(k, kOpener);
        // "X, 54, said": an age set off by commas after the name
        std::string_view age = k + 2 == p ? word(k) : std::string_view();
        bool is_age = age.size() >= 1 && age.size() <= 3 &&
                      std::all_of(age.begin(), age.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (ment_[k] >= 0 && mention(k).last_token + 1 == p && type_of(entity_at(k)) == EntityType::Person) {
          subj.push_back({entity_at(k), mention(k).span});
        } else if (is_age && k >= b + 2 && ment_[k - 2] >= 0 && mention(k - 2).last_token == k - 1 &&
                   type_of(entity_at(k - 2)) == EntityType::Person) {
          subj.push_back({entity_at(k - 2), mention(k - 2).span});
        } else if (opener) {
          np_left(k - 1, b, subj);
        } else if (k >= b + 2 && ment_[k - 2] >= 0 && mention(k - 2).last_token == k - 1 &&
                   type_of(entity_at(k - 2)) == EntityType::Person) {
          // '"...," X, trade union secretary general and member of party Y, told reporters':
          // a description set off by commas that names no person after a name that opens the
          // clause (or follows the quote) is the name's apposition; the name speaks
          bool person = false;
          for (size_t x = k; x + 1 < p && !person; ++x)
            person = ment_[x] >= 0 && entity_at(x) >= 0 && type_of(entity_at(x)) == EntityType::Person;
          size_t m0 = mention(k - 2).first_token;
          bool opens = m0 == doc_.clause_start(s) || (m0 > b && quote(m0 - 1)) ||
                       (m0 > b + 1 && is(m0 - 1, ",") && quote(m0 - 2));
          if (!person && opens) subj.push_back({entity_at(k - 2), mention(k - 2).span});
        }
      }
    }
  }
  if (subj.empty() && !ing) {
    // inverted: '"...," said X' / 'commented X' (not "told X": X is the listener)
    bool invertible = has(t, kSayInverted);
    if (invertible && t > b && (is(t - 1, ",") || quote(t - 1))) np_right(t + 1, e, subj);
  }
  if (subj.empty() && ing) subj = first_person_subject(b, t);
  if (subj.empty() && !ing && s > 0) {
    // "It said ...": "it" before the verb is the organisation or country that spoke in
    // one of the two sentences before, else the one that opened the sentence before (its
    // subject: "The Commission welcomed the talks. It said ...")
    size_t p = t;
    while (p > b && aux_like(p - 1) && ment_[p - 1] < 0) --p;
    if (p > b && is(p - 1, "it") && (p - 1 == doc_.clause_start(s) || punct(p - 2))) {
      auto body = [&](int32_t e) { return e >= 0 && (type_of(e) == EntityType::Organization || is_country(e)); };
      int32_t ent = -1;
      for (size_t x = events_.size(); x-- > 0 && events_[x].sentence + 2 >= s;)
        if (events_[x].kind == core::EventKind::Statement && events_[x].sentence < s &&
            body(events_[x].participants[0].entity)) {
          ent = events_[x].participants[0].entity;
          break;
        }
      if (ent < 0) {
        size_t k = doc_.clause_start(s - 1), end = std::min<size_t>(doc_.sentences[s - 1].last_token, k + 3);
        while (k < end && ment_[k] < 0) ++k;
        if (k < end && body(entity_at(k))) ent = entity_at(k);
      }
      if (ent >= 0) subj.push_back({ent, doc_.tokens[p - 1].span});
    }
  }
  if (subj.empty() && !ing && current_group_.size() < 2) {
    // "They reaffirmed ...", "The two sides noted ...": with no current group, the
    // people of the meetings of the latest sentence that told any (within 3 sentences of
    // the same paragraph)
    size_t p = t;
    while (p > b && aux_like(p - 1)) --p;
    bool plural = p > b && (is(p - 1, "they") || ((is(p - 1, "sides") || is(p - 1, "leaders") || is(p - 1, "two")) &&
                                                 p - 1 > b && (is(p - 2, "two") || is(p - 2, "both") || is(p - 2, "the"))));
    uint32_t from = 0;
    for (size_t x = events_.size(); plural && x-- > 0;) {
      const auto& ev = events_[x];
      if (ev.kind != core::EventKind::Meeting || ev.sentence >= s) continue;
      if (!from) {
        if (ev.sentence + 3 < s || doc_.sentences[ev.sentence].paragraph != sen.paragraph) break;
        from = ev.sentence + 1;  // 1-based: 0 is "none yet"
      }
      if (ev.sentence + 1 != from) break;
      for (const auto& a : ev.participants) add_unique(subj, {a.entity, doc_.tokens[p - 1].span});
    }
    if (subj.size() < 2) subj.clear();
  }
  if (subj.empty() && !ing && current_group_.size() >= 2) {
    // "A joint statement issued after the talks said": the parties of the latest meeting
    for (size_t i = t > b + 8 ? t - 8 : b; i + 1 < t; ++i)
      if (is(i, "joint") && has(i + 1, kSayNoun)) {
        subj = current_group_;
        break;
      }
  }
  subj = people_first(subj, doc_);
  // a country or city speaks only with a plain verb of saying ("North Korea stated")
  bool plain = has(t, kSayPlain);  // "with the Kremlin confirming": the participle of a plain verb too
  if (!plain)
    subj.erase(std::remove_if(subj.begin(), subj.end(), [&](const Arg& a) { return type_of(a.entity) == EntityType::Place; }),
               subj.end());
  if (subj.empty()) return;
  size_t content = t + 1;
  if (is(t, "made")) content += is(content, "it") ? 2 : 1;  // "made (it) clear"
  if (is(t, "called")) ++content;                           // "called for", "called on"
  if (is(content, "that")) ++content;
  for (const auto& a : subj) {
    emit_statement(s, t, a, content);
    add_unique(speakers_out, a);
  }
}

void Run::according_to(uint32_t s, size_t t, Group& speakers_out) {
  const auto& sen = doc_.sentences[s];
  Group g;
  size_t lim = t + 2;
  while (lim < sen.last_token && !is(lim, ",")) ++lim;  // "According to ABC News, Basya ..."
  // "according to a statement from the Kremlin": the voice's source
  size_t from = t + 2;
  for (size_t k = t + 2; k < lim && k < t + 6 && ment_[k] < 0; ++k)
    if ((has(k, kSayNoun | kVoice) || is(k, "transcript")) &&
        (is(k + 1, "from") || is(k + 1, "by") || is(k + 1, "of") || is(k + 1, "for"))) {
      from = k + 2;
      break;
    }
  np_right(from, lim, g);
  // "according to a tweet on Monday by X": the tree's noun after "according to"
  if (g.empty() && t < doc_.syntax.size() && syn(t).dep == core::Dep::case_ && syn(t).head >= 0)
    named_with_conjuncts(size_t(syn(t).head), g);
  g = people_first(g, doc_);
  for (const auto& a : g) {
    emit_statement(s, t, a, sen.first_token);
    add_unique(speakers_out, a);
  }
}

// "PRESIDENT BIDEN: ..." / "SECRETARY BLINKEN: ..." at a line start: the turn's speaker.
void Run::transcript_turn(uint32_t s) {
  const auto& sen = doc_.sentences[s];
  size_t b = sen.first_token, e = sen.last_token;
  if (!doc_.tokens[b].line_start) return;
  size_t colon = b;
  while (colon < e && colon < b + 6 && !is(colon, ":")) ++colon;
  if (colon >= e || !is(colon, ":") || colon == b) return;
  for (size_t i = b; i < colon; ++i) {
    std::string_view v = doc_.view(doc_.tokens[i].span);
    for (char c : v)
      if (c >= 'a' && c <= 'z') return;  // a label is upper case
  }
  int32_t speaker = -1;
  for (size_t i = b; i < colon && speaker < 0; ++i)
    if (entity_at(i) >= 0 && type_of(entity_at(i)) == EntityType::Person) speaker = entity_at(i);
  if (speaker < 0) {
    // match the label against the names and aliases, case-insensitively
    std::string label, low;
    for (size_t i = b; i < colon; ++i) {
      if (!label.empty()) label += ' ';
      label += word(i);
    }
    for (size_t en = 0; en < doc_.entities.size() && speaker < 0; ++en) {
      if (doc_.entities[en].type != EntityType::Person) continue;
      std::vector<std::string> names{doc_.entities[en].name};
      names.insert(names.end(), doc_.entities[en].aliases.begin(), doc_.entities[en].aliases.end());
      for (const auto& n : names) {
        lower_into(n, low);
        if (low == label) speaker = int32_t(en);
        size_t sp = low.rfind(' ');
        std::string last = sp == std::string::npos ? low : low.substr(sp + 1);
        size_t lsp = label.rfind(' ');
        if (lsp != std::string::npos && label.substr(lsp + 1) == last && last.size() > 2 && !low.empty() &&
            sp != std::string::npos)
          speaker = int32_t(en);
      }
    }
  }
  if (speaker < 0 && colon > b + 1 && is(b, "the")) {
    // "THE PRESIDENT:", "THE SECRETARY:": the person whose title it is
    std::string phrase;
    for (size_t i = b + 1; i < colon; ++i) {
      if (!phrase.empty()) phrase += ' ';
      phrase += word(i);
    }
    Group g = persons_with_title(phrase, false);
    if (!g.empty()) speaker = g[0].entity;
  }
  turn_speaker_ = speaker;
  if (speaker < 0) return;
  emit_statement(s, colon, {speaker, tok_span(b, colon)}, colon + 1);
  needs_date_.back() = true;
}

// "The below is attributable to X", "X provided the following readout", a signature
// line "X, Department Spokesperson".
// '"We made progress. We will meet again."': a sentence inside a quote opened by an
// attributed sentence before it is a statement of that speaker, on that date. A quote
// runs on into a new paragraph that opens with a quote mark.
void Run::quote_continued(uint32_t s) {
  if (s == 0) return;
  const auto& sen = doc_.sentences[s];
  const auto& prev = doc_.sentences[s - 1];
  auto opening = [&](size_t t) {
    std::string_view v = doc_.view(doc_.tokens[t].span);
    return v == "\"" || v == "\xE2\x80\x9C";
  };
  bool was_open = quote_open_;
  for (size_t i = prev.first_token; i < prev.last_token; ++i)
    quote_open_ = quote_after(doc_.view(doc_.tokens[i].span), quote_open_);
  if (quote_open_ && !was_open) {  // opened in the previous sentence: by its speaker, if any
    quote_speaker_ = -1;
    for (size_t x = events_.size(); x-- > 0 && events_[x].sentence + 1 >= s;)
      if (events_[x].sentence + 1 == s && events_[x].kind == core::EventKind::Statement &&
          !events_[x].participants.empty()) {
        quote_speaker_ = events_[x].participants[0].entity;
        quote_date_ = events_[x].date;
      }
  }
  bool inside = quote_open_;
  if (quote_open_ && prev.paragraph != sen.paragraph) {
    // the paragraph ended inside the quote: it runs on only if this one reopens it, and
    // the reopening mark is counted again when this sentence is scanned
    quote_open_ = false;
    inside = opening(sen.first_token);
    if (!inside) quote_speaker_ = -1;
  }
  if (!inside || quote_speaker_ < 0) return;
  core::Event ev;
  ev.kind = core::EventKind::Statement;
  ev.participants.push_back({quote_speaker_, core::Role::Speaker, {}});
  ev.sentence = s;
  ev.evidence = sen.span;
  ev.trigger = doc_.tokens[sen.first_token].span;
  ev.content = sen.span;
  ev.citations = sen.citations;
  ev.date = quote_date_;
  events_.push_back(std::move(ev));
  needs_date_.push_back(quote_date_.empty());
}

std::string Run::statement_date_fallback(const core::Event& ev, const std::string& lead) const {
  if (!lead.empty()) return lead;
  // not a date among the words said after it in its paragraph
  if (ev.sentence < sen_para_date_.size() && !sen_para_date_[ev.sentence].empty()) return sen_para_date_[ev.sentence];
  // a readout's lead paragraph: "On June 29 and 30, X led a delegation ..."; the
  // dateline's date is the report's, not the event's
  for (const auto& x : doc_.timexes) {
    if (x.sentence >= doc_.sentences.size() || x.sentence < body_sentence_) continue;
    if (!doc_.dateline.empty() && x.span.begin >= doc_.dateline.begin && x.span.end <= doc_.dateline.end) continue;
    if (x.sentence >= ev.sentence ||
        doc_.sentences[x.sentence].paragraph > doc_.sentences[body_sentence_].paragraph + 2)
      break;
    std::string d = calendar_date(x.value, doc_.dct);
    if (d.size() == 10 && (doc_.dct.empty() || d <= doc_.dct)) return d;
  }
  return doc_.dct;
}

void Run::special_lines(uint32_t s, Group& speakers_out) {
  const auto& sen = doc_.sentences[s];
  size_t b = sen.first_token, e = sen.last_token;
  quote_continued(s);
  // "called on X to act" (not "called on X", a visit)
  auto called_on_to = [&](size_t j) {
    for (size_t k = j; k < e && k < j + 8 && !boundary(k) && !is(k, ","); ++k)
      if (is(k, "to") && k > j) return true;
    return false;
  };
  // "the text of the statement was released by": a statement noun shortly before i
  auto statement_noun_before = [&](size_t i) {
    for (size_t k = i > b + 6 ? i - 6 : b; k < i; ++k)
      if (has(k, kSayNoun) || is(k, "text")) return true;
    return false;
  };
  for (size_t i = b; i + 1 < e; ++i) {
    // "made (it) clear", "called for", "called on X to": a verb of saying in two words
    if (ment_[i] < 0 && ((is(i, "made") && (is(i + 1, "clear") || (is(i + 1, "it") && is(i + 2, "clear")))) ||
                         (is(i, "called") && (is(i + 1, "for") || (is(i + 1, "on") && called_on_to(i + 2))))))
      statement(s, i, speakers_out);
    // "announced by X", "first proposed by X", "a statement released by A, B and C"
    if (ment_[i] < 0 && is(i + 1, "by") && !has(i, kMeetVerb | kTravelVerb) &&
        (has(i, kSay) || is(i, "proposed") || is(i, "suggested") ||
         ((is(i, "released") || is(i, "issued") || is(i, "delivered") || is(i, "signed")) && statement_noun_before(i)))) {
      Group g;
      size_t end = np_right(i + 2, e, g);
      // "concerns raised by Iran's actions": a possessor is no speaker
      if (!g.empty() && ment_[i + 2] >= 0 && mention(i + 2).last_token < e && is(mention(i + 2).last_token, "'s"))
        g.clear();
      for (const auto& a : people_first(g, doc_)) {
        emit_statement(s, i, a, i + 2 < e ? end : e, end);
        add_unique(speakers_out, a);
      }
    }
    if (is(i, "attributable") && is(i + 1, "to")) {
      Group g;
      np_right(i + 2, e, g);
      for (const auto& a : people_first(g, doc_)) {
        emit_statement(s, i, a, e);
        add_unique(speakers_out, a);
      }
    }
    if (is(i, "following") && has(i + 1, kSayNoun)) {
      Group g = first_person_subject(b, i);
      for (const auto& a : g) {
        emit_statement(s, i, a, e);
        add_unique(speakers_out, a);
      }
    }
  }
  // A line that is only "Name, Title": a signature.
  if (doc_.tokens[b].line_start && ment_[b] >= 0 && entity_at(b) >= 0 && type_of(entity_at(b)) == EntityType::Person) {
    size_t k = mention(b).last_token;
    if (k < e && is(k, ",")) {
      bool title_only = k + 1 < e;
      for (size_t i = k + 1; i < e; ++i)
        if (!(cap(i) || is(i, "of") || is(i, "for") || is(i, "the") || is(i, "and"))) title_only = false;
      if (title_only && (s + 1 >= doc_.sentences.size() || doc_.sentences[s + 1].paragraph != sen.paragraph ||
                         doc_.tokens[doc_.sentences[s + 1].first_token].line_start)) {
        emit_statement(s, b, {entity_at(b), mention(b).span}, e);
        add_unique(speakers_out, {entity_at(b), mention(b).span});
      }
    }
  }
}

}  // namespace ng::events::detail
