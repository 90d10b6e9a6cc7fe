// References (pronouns, definite descriptions) and participant noun phrases.
#include "events/run.h"

#include <algorithm>
#include <cstring>

namespace ng::events::detail {

// ---------------------------------------------------------------------------
// References: pronouns and definite descriptions.

bool Run::starts_np(size_t t, size_t end) const {
  if (t >= end) return false;
  if (ment_[t] >= 0) return true;
  if (cap(t) && !punct(t)) return true;
  return has(t, kNounPhrase);
}

// Collects the title words after "the" ("the Secretary", "the two leaders", "the
// Foreign Ministers"); returns the end token, or t when there is none.
size_t Run::title_phrase(size_t t, size_t end, std::string& phrase) const {
  phrase.clear();
  size_t i = t;
  // a count ("the 10 premiers") is no part of the title
  auto count = [&](size_t k) { return doc_.tokens[k].kind == core::TokenKind::Number; };
  while (i < end && ment_[i] < 0 && !punct(i) && (cap(i) || has(i, kNounPhrase) || (i == t && count(i))) &&
         !is(i, "the") && !is(i, "a") && !is(i, "an") && !is(i, "of")) {
    if (!(has(i, kPlural) && (is(i, "two") || is(i, "both"))) && !count(i) && !is(i, "u.s.") && !is(i, "his") &&
        !is(i, "her") && !is(i, "their") && !is(i, "its")) {
      if (!phrase.empty()) phrase += ' ';
      phrase += word(i);
    }
    ++i;
  }
  return i;
}

// Whether a phrase ends in an English plural "-s": not in "-ss" ("princess", "boss").
static bool plural_s(const std::string& phrase) {
  size_t n = phrase.size();
  return n > 1 && phrase[n - 1] == 's' && phrase[n - 2] != 's';
}

// Persons whose title is `phrase` ("secretary" fits "Secretary of State"; "president"
// does not fit "Vice President"); for a plural phrase, all of them.
Group Run::persons_with_title(const std::string& phrase, bool plural) const {
  auto known = titled_[plural].find(phrase);
  if (known != titled_[plural].end()) return known->second;
  Group found = scan_titles(phrase, plural);
  titled_[plural].emplace(phrase, found);
  return found;
}

Group Run::scan_titles(const std::string& phrase, bool plural) const {
  std::string p = phrase;
  if (plural && plural_s(p)) p.pop_back();
  // "the Canadian province premiers": when no one bears the whole phrase, its head
  // names them ("Alberta Premier Don Getty", "Ontario Premier David Peterson")
  if (plural && p.find(' ') != std::string::npos) {
    Group whole = persons_with_title(p, false);
    if (whole.empty()) return persons_with_title(p.substr(p.rfind(' ') + 1), true);
  }
  Group out;
  int best = -1;
  for (size_t e = 0; e < doc_.entities.size(); ++e) {
    if (doc_.entities[e].type != EntityType::Person) continue;
    bool fits = false;
    for (const auto& t : titles_[e]) {
      if (t == p || t.compare(0, p.size() + 1, p + " ") == 0) fits = true;
      if (t.size() > p.size() && t.compare(t.size() - p.size(), p.size(), p) == 0 && t[t.size() - p.size() - 1] == ' ') {
        std::string before = t.substr(0, t.size() - p.size() - 1);
        size_t sp = before.rfind(' ');
        std::string last = sp == std::string::npos ? before : before.substr(sp + 1);
        if (!(lex_.classes(last) & kLesserRank)) fits = true;
      }
    }
    if (!fits) continue;
    if (plural) {
      out.push_back({int32_t(e), {}});
    } else if (mention_count_[e] > best) {
      best = mention_count_[e];
      out = {{int32_t(e), {}}};
    }
  }
  return out;
}

// The people a plural title names ("envoys"): those so titled; when only one is, the
// latest subject group of several people that holds that one ("Envoy Witkoff and Jared Kushner arrive ...
// the U.S. envoys").
Group Run::people_titled(const std::string& plural_phrase) const {
  Group g = persons_with_title(plural_phrase, true);
  if (g.size() == 1 &&
      std::any_of(group_subject_.begin(), group_subject_.end(), [&](const Arg& a) { return a.entity == g[0].entity; }))
    return group_subject_;
  return g;
}

// The first person mention in [b, t), with the persons coordinated with it.
Group Run::first_person_subject(size_t b, size_t t) const {
  b = std::max(b, t > kPhraseWindow ? t - kPhraseWindow : size_t(0));
  for (size_t i = b; i < t; ++i) {
    if (is(i, "the")) {  // "the First Lady", "the Secretary"
      Group g;
      if (reference(i, t, g) > i && !g.empty() && type_of(g[0].entity) == EntityType::Person) return g;
    }
    if ((is(i, "he") || is(i, "she")) && (i == b || !(is(i - 1, "with") || is(i - 1, "to") || is(i - 1, "by")))) {
      Group g;  // "In Pretoria, he will lead ...": an earlier sentence's subject
      if (i > b && reference(i, t, g) > i && !g.empty()) return g;
    }
    int32_t e = entity_at(i);
    if (e >= 0 && i > b && (is(i - 1, "with") || is(i - 1, "to") || is(i - 1, "by") || is(i - 1, "for") ||
                            is(i - 1, "from") || is(i - 1, "on") || is(i - 1, "of"))) {
      i = mention(i).last_token - 1;
      continue;
    }
    if (e >= 0 && type_of(e) == EntityType::Person) {
      Group g;
      np_right(i, t, g);
      return people_first(g, doc_);
    }
  }
  return {};
}

// "(the) President of France", "Chancellor of Germany": a title of a named country or
// body, with or without "the", is the one person whose title it is (or begins). Fills
// `out` and returns the token after the named party, or t when no person bears it.
size_t Run::titled_of(size_t t, size_t end, Group& out) const {
  size_t i = is(t, "the") ? t + 1 : t;
  if (i >= end || ment_[i] >= 0 || !cap(i) || punct(i)) return t;
  std::string phrase;
  size_t e = title_phrase(i, end, phrase);
  if (e == i || phrase.empty() || !is(e, "of")) return t;
  size_t m = is(e + 1, "the") ? e + 2 : e + 1;
  if (m >= end || ment_[m] < 0 || mention(m).first_token != m) return t;
  int32_t party = entity_at(m);
  size_t after = mention(m).last_token;
  if (party < 0 || type_of(party) == EntityType::Person || after > end) return t;
  for (size_t k = e; k < after; ++k) {
    phrase += ' ';
    phrase += word(k);
  }
  Group g = persons_with_title(phrase, false);
  if (g.empty()) return t;
  out.push_back({g[0].entity, tok_span(t, after)});
  return after;
}

// A pronoun or a definite description at t: fills `out` with what it refers to and
// returns the token after it, or t when there is none.
size_t Run::reference(size_t t, size_t end, Group& out) const {
  std::string_view w = word(t);
  Span sp = doc_.tokens[t].span;
  if ((w == "the" || cap(t)) && ment_[t] < 0)
    if (size_t r = titled_of(t, end, out); r > t) return r;
  auto with_span = [&](Group g, Span s) {
    for (auto& a : g) a.span = s;
    return g;
  };
  if (w == "he" || w == "she" || w == "him" || w == "her" || w == "his") {
    // The subject of this sentence before t, else that of the sentence before.
    uint32_t s = doc_.tokens[t].sentence;
    Group g = first_person_subject(doc_.sentences[s].first_token, t);
    if (g.empty()) g = people_first(prev_subject_, doc_);
    // A pronoun agrees in gender with what it refers to: when the subject's first name
    // says otherwise, the latest person of its gender among the kGenderReach mentions
    // before it: "A met B. He said" is B, when A is a woman and B a man.
    const char want = (w == "she" || w == "her") ? 'f' : 'm';
    if (!g.empty() && gender_[g[0].entity] != 0 && gender_[g[0].entity] != want) {
      constexpr size_t kGenderReach = 200;  // mentions looked back at: constant work a pronoun
      auto before = std::lower_bound(doc_.mentions.begin(), doc_.mentions.end(), t,
                                     [](const core::Mention& m, size_t k) { return m.first_token < k; });
      g.clear();
      for (size_t i = size_t(before - doc_.mentions.begin()), seen = 0; i-- > 0 && seen++ < kGenderReach;) {
        int32_t e = doc_.mentions[i].entity;
        if (e >= 0 && size_t(e) < gender_.size() && gender_[e] == want) {
          g.push_back({e, {}});
          break;
        }
      }
    }
    if (!g.empty()) {
      out.push_back({g[0].entity, sp});
      return t + 1;
    }
    return t;
  }
  if (w == "i" || w == "me" || w == "my" || w == "we") {
    if (turn_speaker_ >= 0) {
      out.push_back({turn_speaker_, sp});
      return t + 1;
    }
    // "We look forward to the next meeting" in a joint statement: its signatories
    if (w == "we" && we_group_.size() >= 2 && !in_quote(doc_.tokens[t].sentence, t)) {
      Group g = with_span(we_group_, sp);
      out.insert(out.end(), g.begin(), g.end());
      return t + 1;
    }
    return t;
  }
  if (w == "they" || w == "them" || w == "their") {
    // the latest meeting's people, else the subject of several people of the sentence
    // before in the paragraph ("A and B arrived on Monday. They met for two hours.")
    uint32_t s = doc_.tokens[t].sentence;
    bool just_before =
        s > 0 && group_subject_sentence_ == s - 1 && doc_.sentences[s - 1].paragraph == doc_.sentences[s].paragraph;
    const Group& group = current_group_.size() >= 2 || !just_before ? current_group_ : group_subject_;
    if (group.size() >= 2) {
      Group g = with_span(group, sp);
      out.insert(out.end(), g.begin(), g.end());
      return t + 1;
    }
    return t;
  }
  if (w == "both" && is(t + 1, "leaders")) {
    if (current_group_.size() >= 2) {
      Group g = with_span(current_group_, tok_span(t, t + 2));
      out.insert(out.end(), g.begin(), g.end());
      return t + 2;
    }
    return t;
  }
  if (w != "the" && cap(t) && ment_[t] < 0 && t > 0 && is(t - 1, "and")) {
    std::string phrase;
    size_t e = title_phrase(t, end, phrase);
    if (e > t && (e >= end || ment_[e] < 0) && plural_s(phrase)) {
      Group g = persons_with_title(phrase, true);
      if (!g.empty()) {
        g = with_span(g, tok_span(t, e));
        out.insert(out.end(), g.begin(), g.end());
        return e;
      }
    }
    return t;
  }
  if (w != "the") return t;
  if (size_t r = kind_reference(t, end, out); r > t) return r;
  std::string phrase;
  size_t e = title_phrase(t + 1, end, phrase);
  if (e == t + 1 && !(is(t + 1, "two") || is(t + 1, "both"))) return t;
  if (e == end && e < ment_.size()) {  // a description cut short by `end` ("the foreign | ministers") is none
    std::string whole;
    if (title_phrase(t + 1, ment_.size(), whole) != e) return t;
  }
  if (e < end && ment_[e] >= 0) return t;  // "the Secretary of State Antony Blinken": a title
  // "the president of the bank of Mexico, Miguel Mancera", "the Crown Prince of X, Sheikh
  // Y": the apposition (after any title words) names him
  if (e < end && is(e, "of"))
    for (size_t k = e + 1; k < end && k < e + 10 && !boundary(k); ++k)
      if (is(k, ",")) {
        size_t n = k + 1;
        while (n < end && n < k + 4 && ment_[n] < 0 && cap(n) && !punct(n)) ++n;
        if (n < end && entity_at(n) >= 0 && type_of(entity_at(n)) == EntityType::Person) return t;
      }
  if (e < end && is(e, "'s") && phrase.empty()) return t;
  Span s = tok_span(t, std::max(e, t + 2));
  bool plural = phrase.empty() || has(e - 1, kPlural) || plural_s(phrase);
  Group g;
  // "the (foreign) ministers of France, Spain and Italy": the parties named after "of",
  // not the current meeting's people
  // (looked for past `end`: np_left asks for descriptions that end where it stands)
  size_t named = is(e, "of") ? (is(e + 1, "the") ? e + 2 : e + 1) : ment_.size();
  if (plural && !phrase.empty() && named < ment_.size() && entity_at(named) >= 0) return t;
  if (phrase.empty() || phrase == "leaders" || phrase == "presidents" || phrase == "sides" || phrase == "envoys" ||
      phrase == "counterparts" || phrase == "ministers" || phrase == "two") {
    if (current_group_.size() >= 2) g = current_group_;
    if (g.empty() && phrase != "leaders" && phrase != "sides" && phrase != "two" && !phrase.empty())
      g = persons_with_title(phrase, true);
  } else if (phrase == "countries" || phrase == "nations") {
    // "talks between the two countries": the countries of the current meeting
    bool countries = current_group_.size() >= 2;
    for (const auto& a : current_group_) countries &= type_of(a.entity) == EntityType::Place;
    if (countries) g = current_group_;
  } else {
    g = persons_with_title(phrase, plural);
    if (g.empty() && has(e - 1, kPlural) && current_group_.size() >= 2) g = current_group_;
    std::string_view first_word = std::string_view(phrase).substr(0, phrase.find(' '));
    bool second = (lex_.classes(first_word) & kLesserRank) != 0;
    // (a thing said, "the statement", is no person)
    if (g.empty() && !plural && has(e - 1, kNounPhrase) && !has(e - 1, kSayNoun) && !is_delegation(e - 1) && !second) {
      // "the Saudi leader" with no one so titled: the article's most mentioned person so
      // far (a delegation is no person; "the Deputy Secretary" is not the Secretary)
      // A rank ("the king", "the president") is no one when that person's own titles name
      // another; a word for any office ("the leader") may be anyone.
      std::string_view head = word(e - 1);
      bool rank = head != "leader" && head != "official" && head != "head" && head != "chief" &&
                  head != "envoy" && head != "representative" && head != "spokesman" && head != "spokeswoman";
      int best = 0;
      for (size_t en = 0; en < doc_.entities.size(); ++en) {
        if (doc_.entities[en].type != EntityType::Person) continue;
        const auto& begins = mention_begins_[en];  // mentions that start before this one
        int n = int(std::lower_bound(begins.begin(), begins.end(), sp.begin) - begins.begin());
        if (n > best) {
          best = n;
          g = {{int32_t(en), {}}};
        }
      }
      // (an honorific, "Mr", is no title of office)
      auto office = [](const std::string& x) {
        return x != "mr" && x != "mr." && x != "mrs" && x != "mrs." && x != "ms" && x != "ms." && x != "dr" &&
               x != "dr." && x != "sir" && x != "madam";
      };
      if (!g.empty() && rank) {
        const auto& ts = titles_[g[0].entity];
        bool other = std::any_of(ts.begin(), ts.end(), office) &&
                     std::none_of(ts.begin(), ts.end(), [&](const std::string& x) {
                       return office(x) && x.find(head) != std::string::npos;
                     });
        if (other) g.clear();
      }
    }
  }
  if (g.empty()) return t;
  g = with_span(g, s);
  out.insert(out.end(), g.begin(), g.end());
  return std::max(e, t + 2);
}

// "the (militant) group", "the (Gulf) kingdom": a definite description headed by a noun
// for a kind of organisation or of state refers to the latest organisation (or country)
// named before it in its paragraph or the sentence before. Fills `out` and returns the
// token after the head noun, or t (a name, "of" or a plural after the head is no such
// description: "the group of seven", "the company Boeing").
size_t Run::kind_reference(size_t t, size_t end, Group& out) const {
  constexpr size_t kMaxModifiers = 2;
  size_t k = t + 1;
  while (k < end && k <= t + 1 + kMaxModifiers && !has(k, kOrgKind | kCountryKind)) {
    if (doc_.tokens[k].kind != core::TokenKind::Word || ment_[k] >= 0 || is(k, "of") || is(k, "and")) return t;
    ++k;
  }
  if (k >= end || !has(k, kOrgKind | kCountryKind) || ment_[k] >= 0) return t;
  if (k + 1 < ment_.size() && (ment_[k + 1] >= 0 || is(k + 1, "of"))) return t;
  int64_t m = latest_of_kind(t, has(k, kCountryKind));
  if (m < 0) return t;
  out.push_back({doc_.mentions[size_t(m)].entity, tok_span(t, k + 1)});
  return k + 1;
}

int64_t Run::latest_of_kind(size_t t, bool country) const {
  const uint32_t s = doc_.tokens[t].sentence;
  auto before = std::lower_bound(doc_.mentions.begin(), doc_.mentions.end(), t,
                                 [](const core::Mention& m, size_t x) { return m.first_token < x; });
  for (auto m = before; m != doc_.mentions.begin();) {
    --m;
    const uint32_t ms = doc_.tokens[m->first_token].sentence;
    if (ms + 1 < s && doc_.sentences[ms].paragraph != doc_.sentences[s].paragraph) break;
    if (m->entity < 0) continue;
    if (country ? !is_country(m->entity) : type_of(m->entity) != EntityType::Organization) continue;
    return m - doc_.mentions.begin();
  }
  return -1;
}

bool Run::in_quote(uint32_t s, size_t t) const {
  bool inside = quote_open_;
  for (size_t i = doc_.sentences[s].first_token; i < t; ++i) inside = quote_after(doc_.view(doc_.tokens[i].span), inside);
  return inside;
}

// ---------------------------------------------------------------------------
// Noun phrases of participants.

bool Run::is_delegation(size_t t) const { return has(t, kDelegation); }

// "(the Soviet team) on arms control headed by X": after an unnamed delegation, the
// token where the name of the one who leads it starts (t when there is none).
size_t Run::led_by(size_t t, size_t end) const {
  for (size_t k = t; k + 1 < end && k < t + 8; ++k) {
    if ((punct(k) && !is(k, "-")) || quote(k) || has(k, kSay | kMeetNoun | kMeetVerb | kMeetWith | kLight)) break;
    if (has(k, kLedBy) && is(k + 1, "by") && k + 2 < end && (ment_[k + 2] >= 0 || cap(k + 2))) return k + 2;
  }
  return t;
}

// Persons if the group has any, else its organisations and places.
Group Run::people_first(const Group& g, const Document& doc) {
  Group persons, others;
  for (const auto& a : g) {
    if (a.entity < 0) continue;
    (doc.entities[a.entity].type == EntityType::Person ? persons : others).push_back(a);
  }
  persons.cut = others.cut = g.cut;
  return persons.empty() ? others : persons;
}

// A coordinated list of participants starting at t ("Japanese Foreign Minister Hayashi
// and Republic of Korea Foreign Minister Park", "senior Taliban representatives").
// Appends the raw entities (all types) and returns the token after the list.
size_t Run::np_right(size_t t, size_t end, Group& out) const {
  end = std::min(end, t + kPhraseWindow);
  size_t i = t;
  bool any = false, seen_and = false, np_has = false;
  while (i < end) {
    if (entity_at(i) >= 0 && type_of(entity_at(i)) == EntityType::Place && !(np_has && is(i - 1, "of"))) {
      Group sides;  // "U.S. and Japanese officials"
      if (size_t after = demonym_sides(i, end, sides); after > i) {
        for (const auto& a : sides) add_unique(out, a);
        any = np_has = true;
        i = after;
        continue;
      }
    }
    if (ment_[i] >= 0) {
      const auto& m = mention(i);
      // "Xi Jinping of the People's Republic of China": after "of"/"to" a named party of
      // the same noun phrase is a modifier of its head, not a participant
      bool modifier = np_has && i > t && (is(i - 1, "of") || is(i - 1, "to") || (is(i - 1, "the") && i > t + 1 && is(i - 2, "of")));
      // "the U.S. envoys": a country before a plural title stands for the people so titled
      if (m.entity >= 0 && !modifier && type_of(m.entity) != EntityType::Person && m.last_token < end &&
          has(m.last_token, kPlural) && ment_[m.last_token] < 0) {
        std::string phrase;
        size_t after = title_phrase(m.last_token, end, phrase);
        Group g = after > m.last_token ? people_titled(phrase) : Group{};
        if (!g.empty()) {
          for (auto& a : g) add_unique(out, {a.entity, tok_span(i, after)});
          any = np_has = true;
          i = after;
          continue;
        }
      }
      // "the Ministers of Foreign Affairs of X": a name between a title's "of" and another
      // "of <name>" is the title's portfolio; the party is the name after it
      size_t after = m.last_token;
      bool portfolio = !modifier && m.entity >= 0 && type_of(m.entity) == EntityType::Organization && i > t + 1 &&
                       is(i - 1, "of") && cap(i - 2) && ment_[i - 2] < 0 && is(after, "of") && after + 1 < end &&
                       entity_at(is(after + 1, "the") ? after + 2 : after + 1) >= 0;
      // "Ann Lee's lawyers", "the Society's celebrations": what a name possesses is not what it
      // names (a title or side word after it is: "Norway's foreign minister")
      bool possessor = m.entity >= 0 && is(after, "'s") && after + 1 < end && ment_[after + 1] < 0 && !cap(after + 1) &&
                       !punct(after + 1) && !has(after + 1, kNounPhrase);
      // "U.S. Central Command": a place right before an organisation's name modifies it
      bool place_modifier = m.entity >= 0 && type_of(m.entity) == EntityType::Place && after < end &&
                            entity_at(after) >= 0 && type_of(entity_at(after)) == EntityType::Organization;
      // "the U.S. special envoy to Burundi, Howard Wolpe": a description of a party's
      // official (with "the") and the person named in apposition to it are that person
      if (!modifier && m.entity >= 0 && type_of(m.entity) != EntityType::Person && i > t && is(i - 1, "the")) {
        size_t k = after;
        while (k < end && k < after + 5 && ment_[k] < 0 && !punct(k) && has(k, kNounPhrase) && !is(k, "the") &&
               !is(k, "a") && !is(k, "an") && !is(k, "of") && !has(k, kPlural))
          ++k;
        if (k > after && k + 1 < end && (is(k, "to") || is(k, "of") || is(k, "for"))) {
          size_t n = is(k + 1, "the") ? k + 2 : k + 1;
          if (n < end && ment_[n] >= 0 && mention(n).first_token == n) k = mention(n).last_token;
        }
        if (k > after && k + 1 < end && is(k, ",") && entity_at(k + 1) >= 0 &&
            type_of(entity_at(k + 1)) == EntityType::Person && mention(k + 1).first_token == k + 1) {
          add_unique(out, {entity_at(k + 1), mention(k + 1).span});
          any = np_has = true;
          i = std::max<size_t>(mention(k + 1).last_token, k + 2);
          if (is(i, ",") && (is(i + 1, "and") || starts_np(i + 1, end))) ++i;  // the apposition's closing comma
          continue;
        }
      }
      if (portfolio || possessor || place_modifier) {
        i = std::max<size_t>(after, i + 1);
        continue;
      }
      if (m.entity >= 0 && !modifier) add_unique(out, {m.entity, m.span});
      any = np_has = true;
      i = std::max<size_t>(m.last_token, i + 1);
      continue;
    }
    // "talks with his counterparts from A, B and C": a possessive before a description
    // is its determiner, and "from" names their side
    if ((is(i, "his") || is(i, "her") || is(i, "their")) && !any && i + 1 < end && ment_[i + 1] < 0 &&
        has(i + 1, kNounPhrase | kPlural) && !is(i + 1, "the")) {
      ++i;
      continue;
    }
    // "X and his delegation": a possessor's own delegation adds no one (its head is the
    // possessor, named in the phrase or its subject)
    if ((is(i, "his") || is(i, "her") || is(i, "their")) && any && i + 1 < end && is_delegation(i + 1)) {
      i += 2;
      continue;
    }
    if (is(i, "from") && !any && i > t && has(i - 1, kNounPhrase | kPlural) && i + 1 < end && ment_[i + 1] >= 0) {
      ++i;
      continue;
    }
    Group ref;
    if (size_t r = reference(i, end, ref); r > i) {
      for (const auto& a : ref) add_unique(out, a);
      any = np_has = true;
      i = r;
      continue;
    }
    Group sides;  // "senior Rwandan government officials": Rwanda's side
    if (size_t after = demonym_sides(i, end, sides); after > i) {
      for (const auto& a : sides) add_unique(out, a);
      any = np_has = true;
      i = after;
      if (size_t by = led_by(i, end); by > i) {
        i = by;
        np_has = false;
      }
      continue;
    }
    std::string_view w = word(i);
    if (is_delegation(i)) {
      if (size_t by = led_by(i + 1, end); by > i + 1) {
        i = by;
        any = true;
        np_has = false;
        continue;
      }
    }
    if (w == "," && (is(i + 1, "jr.") || is(i + 1, "sr.") || is(i + 1, "jr") || is(i + 1, "iii"))) { i += 2; continue; }
    if (w == "," && is(i + 1, "the") && i + 2 < end && !cap(i + 2)) break;  // ", the head of ...": an apposition
    if (w == "," && is(i + 1, "the")) {  // ", the Vice President conveyed": a new clause's subject
      Group g;
      if (reference(i + 1, end, g) > i + 1) break;
    }
    // "after meetings with the premiers, Mulroney said": a name and a verb of saying
    // after a comma are the main clause
    if (w == "," && ment_[i + 1 < end ? i + 1 : i] >= 0 && i + 1 < end) {
      size_t v = mention(i + 1).last_token;
      while (v < end && aux_like(v) && ment_[v] < 0) ++v;
      if (v < end && has(v, kSay)) break;
    }
    // "with A, the Norland news agency reported": a described reporter and its verb of
    // saying after a comma are the main clause too
    if (w == "," && is(i + 1, "the")) {
      size_t v = i + 2;
      while (v < end && v < i + 8 && !punct(v) && !quote(v) && !has(v, kSay | kMeetVerb | kMeetWith | kLight) &&
             !is(v, "reported") && !is(v, "reports") &&
             (ment_[v] >= 0 || cap(v) || !has(v, ~WordClasses{0}) || has(v, kNounPhrase | kOutlet)))
        ++v;
      if (v > i + 2 && v < end && (has(v, kSay) || is(v, "reported") || is(v, "reports")) && !is(v - 1, "and")) break;
    }
    // "A and B, and I welcome ...": a subject pronoun after "and" opens a new clause
    size_t conj = w == "and" ? i + 1 : (w == "," && is(i + 1, "and") ? i + 2 : i);
    if (conj > i && (is(conj, "i") || is(conj, "we") || is(conj, "he") || is(conj, "she") || is(conj, "they"))) break;
    if (w == "," && is(i + 1, "and") && starts_np(i + 2, end)) { i += 2; seen_and = true; np_has = false; continue; }
    if (w == "including" && any && starts_np(i + 1, end)) { ++i; np_has = false; continue; }  // "officials including X"
    // "Minister of State for Foreign Affairs X" (not "a fundraiser for X")
    if (w == "for" && np_has == false && i + 1 < end && cap(i + 1) && i > t && cap(i - 1)) { ++i; continue; }
    // "a meeting of G7 ministers, including A and B": the members named
    if (w == "," && i > t && is(i + 1, "including") && starts_np(i + 2, end)) {
      i += 2;
      np_has = false;
      continue;
    }
    // "met with A, as well as officials including B, C and D": the list goes on
    if (w == "," && any && is(i + 1, "as") && is(i + 2, "well") && is(i + 3, "as") && starts_np(i + 4, end)) {
      i += 4;
      np_has = false;
      continue;
    }
    if (w == "and" || w == "," || w == "&") {
      // after "and", a comma closes the list ("with A and B, C said ...")
      if (w == "," && seen_and) break;
      if (any && starts_np(i + 1, end)) {
        seen_and |= w != ",";
        np_has = false;
        ++i;
        continue;
      }
      break;
    }
    if (w == "as" && is(i + 1, "well") && is(i + 2, "as")) { i += 3; np_has = false; continue; }
    if (w == "'s" || w == "-" || w == "\xE2\x80\x93") { ++i; continue; }
    if (w == "(") {  // "(PRC)"
      size_t j = i + 1;
      while (j < end && j < i + 6 && !is(j, ")")) ++j;
      if (j < end && is(j, ")")) { i = j + 1; continue; }
      break;
    }
    if (w == "to" && i + 1 < end && ment_[i + 1] >= 0 && !np_has) {  // "ambassador to Moscow Salah Bassiouni"
      size_t after = mention(i + 1).last_token;
      if (after < end && (ment_[after] >= 0 || cap(after))) { i = after; continue; }
    }
    if ((cap(i) && !punct(i) && !quote(i)) || has(i, kNounPhrase) || doc_.tokens[i].kind == core::TokenKind::Number) {
      if (has(i, kMeetNoun) || has(i, kSay) || has(i, kMeetVerb)) break;
      ++i;
      continue;
    }
    // an adjective or noun before the phrase names anyone ("the newly elected President X")
    bool ing = w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;  // "the visiting Polish leader"
    if (!any && i < t + 6 && !punct(i) && !quote(i) && !has(i, kMeetNoun | kSay | kLight) && (!has(i, kMeetVerb) || ing) &&
        !is(i, "to") &&
        !is(i, "in") && !is(i, "on") && !is(i, "at") && !is(i, "for") && !is(i, "about") && !is(i, "that") &&
        !is(i, "with") && !is(i, "by") && !is(i, "from") && !is(i, "during") && !is(i, "after") && !is(i, "before") &&
        !is(i, "into") && !is(i, "over") && !is(i, "against") && !is(i, "under") && !is(i, "and") && !is(i, "or")) {
      ++i;
      continue;
    }
    break;
  }
  return i;
}

// The participant list that ends right before t (skipping adverbs, auxiliaries, dates
// and status words); appends to `out` in text order; returns its first token (t when
// there is none).
size_t Run::np_left(size_t t, size_t begin, Group& out, bool parenthetical) const {
  begin = std::max(begin, t > kPhraseWindow ? t - kPhraseWindow : size_t(0));
  size_t i = t;
  while (i > begin) {
    size_t p = i - 1;
    // ("agreed on Friday to": a date's preposition too; 'X and Y "are consulting': a
    // quote opened before the verb)
    if (aux_like(p) || (is(p, "on") && timex_[p + 1] >= 0) || (quote(p) && p > begin && ment_[p - 1] >= 0)) {
      if (ment_[p] >= 0) break;
      --i;
      continue;
    }
    break;
  }
  // "X, who met Y": the relative pronoun's antecedent
  if (i > begin + 1 && (is(i - 1, "who") || is(i - 1, "which")) && is(i - 2, ",")) {
    Group g;
    size_t st = np_left(i - 2, begin, g);
    if (!g.empty()) {
      for (const auto& a : g) add_unique(out, a);
      return st;
    }
  }
  // "We, the President of A, the Chancellor of B and the Prime Minister of C, met": a
  // list in apposition to a subject pronoun is the subject; so is the list of a subject
  // "Ministers of the G7, including A, B and C, met" (after the group's own parties),
  // and one after an opening description ("Leaders of the Quad, A, B, C and D, met")
  if (parenthetical && i > begin + 3 && is(i - 1, ",") && !outer_) {
    Group g;
    outer_ = true;
    size_t st = np_left(i - 1, begin, g, false);
    while (st > begin && is(st - 1, "the")) --st;
    Group people = people_first(g, doc_);
    bool we = st > begin + 1 && is(st - 1, ",") && (is(st - 2, "we") || is(st - 2, "they"));
    bool including = st > begin + 1 && is(st - 1, "including");
    bool initial = true;
    for (size_t k = begin; k < st && initial; ++k) initial = !punct(k) && (cap(k) || has(k, kNounPhrase));
    if (people.size() >= 2 && type_of(people[0].entity) == EntityType::Person && (we || including || initial)) {
      size_t from = st - 2;
      if (including) {
        Group head;
        size_t h = np_left(is(st - 2, ",") ? st - 2 : st - 1, begin, head, false);
        for (const auto& a : head) add_unique(out, a);
        from = head.empty() ? st - 1 : h;
      }
      outer_ = false;
      for (const auto& a : g) add_unique(out, a);
      return from;
    }
    outer_ = false;
  }
  // "X, represented by senior officials, held ...": a phrase set off by commas
  if (parenthetical && i > begin && is(i - 1, ",") && !outer_) {
    size_t k = i - 1;
    while (k > begin && k + 16 > i && !is(k - 1, ",") && !boundary(k - 1) && !quote(k - 1)) --k;
    // for a statement only a relative clause or an apposition ("X, which he visited, said")
    bool relative = is(k, "who") || is(k, "which") || is(k, "whose") || is(k, "the") || is(k, "a") || is(k, "an") ||
                    (has(k, kNounPhrase) && !cap(k));  // ", spokesman for the military,"
    if (k > begin && is(k - 1, ",") && (parenthetical_any_ || relative)) {
      Group inner;
      outer_ = true;
      size_t st_inner = np_left(i - 1, k, inner, false);
      outer_ = false;
      Group inner_people = people_first(inner, doc_);
      // "John Kerry, the Secretary of State, contacted": a description in apposition to
      // a named person is that person, whoever else the description might fit
      bool named_before = k >= 2 && ment_[k - 2] >= 0 && entity_at(k - 2) >= 0 &&
                          type_of(entity_at(k - 2)) == EntityType::Person && ment_[k] < 0;
      if (!named_before && st_inner == k && !inner_people.empty() && type_of(inner_people[0].entity) == EntityType::Person) {
        for (const auto& a : inner) add_unique(out, a);
        return st_inner;
      }
      Group g;
      outer_ = true;
      size_t st = np_left(k - 1, begin, g, false);
      outer_ = false;
      if (!g.empty()) {
        for (const auto& a : g) add_unique(out, a);
        return st;
      }
    }
  }
  if (i > begin + 2 && (is(i - 1, "jr.") || is(i - 1, "sr.") || is(i - 1, "iii")) && is(i - 2, ",")) i -= 2;
  Group found;
  size_t start = i;
  bool seen_and = false, any = false;
  while (i > begin) {
    size_t p = i - 1;
    if (ment_[p] >= 0) {
      const auto& m = mention(p);
      // "flew to Ottawa on Monday to meet", "waiting in Moscow to meet", "the town of X
      // on Friday to meet": a place or body after a preposition of place (or a common
      // noun's "of") is an adjunct, and the verb's subject stands before it
      if (!any && m.entity >= 0 && type_of(m.entity) != EntityType::Person && m.first_token > begin) {
        size_t q = m.first_token - 1;
        if (is(q, "the") && q > begin) --q;
        bool locative = is(q, "in") || is(q, "at") || is(q, "to") || is(q, "from") || is(q, "near") ||
                        is(q, "into") || is(q, "across") ||
                        (is(q, "of") && q > begin && !cap(q - 1) && ment_[q - 1] < 0 && !punct(q - 1) &&
                         !has(q - 1, kNounPhrase | kPlural));
        if (locative) break;
      }
      if (m.entity >= 0 && type_of(m.entity) != EntityType::Person && m.first_token > begin + 1 &&
          (is(m.first_token - 1, "of") || (is(m.first_token - 1, "the") && is(m.first_token - 2, "of")))) {
        // "Chancellor of Germany": the person whose title names the party
        size_t took = p + 1;
        for (size_t k = m.first_token - 1; k-- > begin && k + 8 > m.first_token;) {
          Group g;
          if (titled_of(k, m.last_token, g) == m.last_token) {
            found.insert(found.begin(), g.begin(), g.end());
            took = k;
            break;
          }
          if (!(cap(k) || has(k, kNounPhrase)) || punct(k)) break;
        }
        if (took <= p) {
          any = true;
          i = took;
          start = took;
          continue;
        }
      }
      // "U.S. Central Command": a place right before an organisation's name modifies it
      if (m.entity >= 0 && type_of(m.entity) == EntityType::Place && !found.empty() && m.last_token == start &&
          ment_[start] >= 0 && entity_at(start) == found.front().entity &&
          type_of(entity_at(start)) == EntityType::Organization) {
        i = start = std::min<size_t>(m.first_token, p);
        continue;
      }
      Group titled;  // "U.S. Envoys Meet Putin": a country before a plural title
      if (m.entity >= 0 && type_of(m.entity) != EntityType::Person && m.last_token < t && has(m.last_token, kPlural) &&
          ment_[m.last_token] < 0) {
        std::string phrase;
        if (title_phrase(m.last_token, t, phrase) > m.last_token) titled = people_titled(phrase);
      }
      if (!titled.empty()) {
        for (auto& a : titled) a.span = m.span;
        found.insert(found.begin(), titled.begin(), titled.end());
      } else if (m.entity >= 0) {
        found.insert(found.begin(), {m.entity, m.span});
      }
      any = true;
      i = std::min<size_t>(m.first_token, p);
      start = i;
      continue;
    }
    // "the Soviet and American delegations": the countries of the sides that end at p
    // (not for a statement, which np_left serves with parenthetical_any_ off: "Egyptian
    // officials said" has no named speaker)
    if (parenthetical_any_ && has(p, kSide) && (!any || seen_and)) {
      Group sides;
      size_t from = p + 1;
      for (size_t k = p; k-- > begin && k + 10 > p;) {
        if (!(ment_[k] >= 0 || cap(k) || has(k, kNounPhrase) || is(k, "and") || is(k, ","))) break;
        Group g;
        if (demonym_sides(k, p + 1, g) == p + 1) {
          sides = g;
          from = k;
        }
      }
      if (!sides.empty()) {
        found.insert(found.begin(), sides.begin(), sides.end());
        any = true;
        i = start = from;
        continue;
      }
    }
    // A pronoun or description ending at p.
    Group ref;
    bool took = false;
    for (size_t k = p + 1; k-- > begin && k + 6 > p;) {
      Group g;
      if (reference(k, p + 1, g) == p + 1) {
        if (!any || seen_and) {
          found.insert(found.begin(), g.begin(), g.end());
          any = true;
          i = k;
          start = k;
          took = true;
        }
        break;
      }
      if (!(cap(k) || has(k, kNounPhrase) || is(k, "the"))) break;
    }
    if (took) continue;
    std::string_view w = word(p);
    if (w == "and" || w == "&") {
      if (!any) break;
      seen_and = true;
      --i;
      continue;
    }
    if (w == "," && any && (is(p + 1, "jr.") || is(p + 1, "sr.") || is(p + 1, "jr") || is(p + 1, "iii"))) { --i; continue; }
    if (w == ",") {
      if (!any || !seen_and) break;
      --i;
      continue;
    }
    if (w == "'s" && any) {  // "Ontario's Peterson": the possessor is a modifier
      --i;
      while (i > begin && (ment_[i - 1] >= 0 || cap(i - 1)) && !punct(i - 1)) {
        if (ment_[i - 1] >= 0) i = std::min<size_t>(mention(i - 1).first_token, i - 1);
        else --i;
      }
      start = i;
      continue;
    }
    if (w == "'s" || w == "-" || w == "\xE2\x80\x93" || w == "of" || w == "the") { --i; continue; }
    if (p > begin && is(p - 1, "-") && !punct(p)) { --i; continue; }  // "Soviet-led"
    if (w == ")") {  // "The European Community (EC) and"
      size_t k = p;
      while (k > begin && k + 6 > p && !is(k - 1, "(")) --k;
      if (k > begin && is(k - 1, "(")) {
        i = k - 1;
        continue;
      }
      break;
    }
    if ((cap(p) && !punct(p) && !quote(p)) || has(p, kNounPhrase)) {
      if (has(p, kMeetNoun) || has(p, kSay)) break;
      --i;
      continue;
    }
    break;
  }
  // "General X, commander, Y Command met": an organisation set off by a title in commas
  // is where the person before them serves; he is the subject
  if (!found.empty() && people_first(found, doc_)[0].entity >= 0 &&
      type_of(people_first(found, doc_)[0].entity) != EntityType::Person && start > begin + 2 && is(start - 1, ",")) {
    size_t k = start - 1;
    while (k > begin && k + 4 > start && !cap(k - 1) && !punct(k - 1) && ment_[k - 1] < 0 &&
           !has(k - 1, kAdverb | kSay | kMeetVerb | kMeetWith | kLight | kPlanned | kHedge) && !is(k - 1, "and") &&
           !is(k - 1, "who") && !is(k - 1, "which"))
      --k;
    if (k + 1 < start && k > begin + 1 && is(k - 1, ",") && entity_at(k - 2) >= 0 &&
        type_of(entity_at(k - 2)) == EntityType::Person) {
      Group person;
      size_t st = np_left(k - 1, begin, person, false);
      if (!person.empty()) {
        for (const auto& a : person) add_unique(out, a);
        return st;
      }
    }
  }
  for (const auto& a : found) add_unique(out, a);
  return found.empty() ? t : start;
}

}  // namespace ng::events::detail
