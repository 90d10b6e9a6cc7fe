#pragma once
// Internal to the events stage: the state of one extraction run over one document,
// shared by the files that find references, meetings, statements and trips. Not part
// of the stage's interface (extractor.h is).
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/document.h"
#include "events/lexicon.h"

namespace ng::events::detail {

using core::Document;
using core::EntityType;
using core::Span;

// A meeting read off the dependency tree: its trigger, the verb whose subject is the
// meeting's subject (the trigger, or the light verb of "held talks"), and the filler tokens
// of each side before they become entities (frames.cpp).
struct TreeFrame {
  size_t trigger = 0;
  size_t verb = 0;
  std::vector<uint32_t> a, b;
  std::vector<bool> from_obj_b;  // per b filler: it came from an object (never a place)
  // fillers that a collective description stands for, with the description's span
  std::vector<std::pair<uint32_t, Span>> stand_in;
};

struct Arg {
  int32_t entity = -1;
  Span span;
};
// Participants in order. `cut` records that add_unique turned one away because the
// group was full (kMaxGroup), so the meeting can say it lost names.
struct Group : std::vector<Arg> {
  using std::vector<Arg>::vector;
  bool cut = false;
};

// The most participants one group holds: a longer list (run-on text) is cut there, which
// keeps every comparison between groups bounded.
inline constexpr size_t kMaxGroup = 64;
// The farthest (in tokens) a participant phrase or a clause subject is looked for from
// its trigger: far beyond any real sentence's phrase, it bounds the work on run-on text.
inline constexpr size_t kPhraseWindow = 200;

// Appends `a` unless it has no entity, its entity is already in `g`, or `g` is full
// (then marks `g` cut).
void add_unique(Group& g, const Arg& a);

inline bool ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
// A word that can head a clause: a verb, an auxiliary, or an adjective (a copula's head).
inline bool verbal(core::Upos u) { return u == core::Upos::VERB || u == core::Upos::AUX || u == core::Upos::ADJ; }

// Lower-cases ASCII and maps the typographic apostrophe to "'", into `out`.
void lower_into(std::string_view s, std::string& out);

// A date string from a timex value: a day, a month, a year, a week as the interval of its
// days Monday to Sunday ("1987-W13" -> "1987-03-23/1987-03-29"), or "" when the value is
// not a calendar date (durations, unresolved "XXXX").
std::string calendar_date(const std::string& v, const std::string& dct);

// True when `date` (a day, a month or a year; an interval by its start) lies after the
// document date at its own precision.
bool after_dct(const std::string& date, const std::string& dct);

// One extraction over one document: construct, call extract() once.
class Run {
 public:
  Run(const Lexicon& lex, Document& doc) : lex_(lex), doc_(doc) {}
  void extract();

  // The named passes over a tree frame (frames.cpp, kTreePasses), public for that table.
  void pass_light_verb(TreeFrame& f) const;
  void pass_control(TreeFrame& f) const;
  void pass_relative_clause(TreeFrame& f) const;
  void pass_shared_subject(TreeFrame& f) const;
  void pass_verbless_root(TreeFrame& f) const;
  void pass_companions(TreeFrame& f) const;
  // The subject of a verb parsed as a clause inside a sentence with no verbal root ("The
  // ministers of the three states met in Oslo" parsed with "met" modifying "states"):
  // the root noun phrase before it, else SIZE_MAX.
  size_t verbless_subject(size_t v) const;
  void pass_displaced_with(TreeFrame& f) const;
  void pass_involving(TreeFrame& f) const;
  void pass_apposition(TreeFrame& f) const;
  void pass_parties_of(TreeFrame& f) const;
  void pass_adjunct_noun(TreeFrame& f) const;
  void pass_demonym_sides(TreeFrame& f) const;
  void pass_definite_kind(TreeFrame& f) const;
  void pass_hyphen_pair(TreeFrame& f) const;
  void pass_its_people(TreeFrame& f) const;
  // The one person whose name ends in the word `surname` ("Putin": Vladimir Putin), or -1
  // (none, or several).
  int32_t person_by_surname(std::string_view surname) const;
  // The place the article names for the demonym at t ("French" -> France, "West German"
  // -> West Germany), or -1; a token inside a name mention counts only when `tagged`.
  int32_t demonym_country(size_t t, bool tagged = false) const;
  // The first token of entity e's first mention in sentences [lo, hi], or -1.
  int64_t mention_in(int32_t e, uint32_t lo, uint32_t hi) const;
  void pass_conjuncts(TreeFrame& f) const;
  void pass_collective(TreeFrame& f) const;
  void pass_definite_title(TreeFrame& f) const;
  void pass_counterpart(TreeFrame& f) const;
  // The number a count word or digits at t names, or 0; the count of a noun is its
  // nummod's ("the five member states").
  int count_at(size_t t) const;
  int count_of(size_t noun) const;
  // The mention tokens of the nearest list ("A, B and C") of exactly n named entities of
  // one type in sentence s or the two around it (the next first); empty when none. A
  // person's item may carry the party he stands for ("A of Kenya, B (Uganda)"): then
  // *with_parties is set when every item does.
  // n = 0: a list of two or more that is the subject of the sentence after s or before it.
  std::vector<uint32_t> list_of(size_t n, uint32_t s, bool* with_parties = nullptr) const;
  bool subject_at(size_t t) const;

 private:
  const Lexicon& lex_;
  Document& doc_;
  std::vector<WordClasses> cls_;    // word classes per token
  std::vector<std::string> low_;    // lower-cased token text (small strings: no heap)
  std::vector<int32_t> ment_;       // mention covering the token, or -1
  std::vector<int32_t> timex_;      // timex covering the token, or -1
  std::vector<std::vector<std::string>> titles_;  // per entity: lower-case titles
  std::vector<int> mention_count_;
  // persons_with_title's answers by phrase, [0] singular, [1] plural: they depend only on
  // titles_, mention_count_ and the entities, fixed before the sentences are read, and a
  // call scans every entity.
  mutable std::unordered_map<std::string, Group> titled_[2];
  std::vector<char> gender_;  // per entity: 'f', 'm' (a person's first name of one gender) or 0
  std::vector<core::Event> events_;
  std::vector<bool> needs_date_;    // statements dated by fallback, filled at the end
  Group current_group_;             // the participants of the latest meeting
  Group prev_subject_;              // the subject of the latest sentence that had one
  Group group_subject_;             // the latest sentence subject of two or more people
  uint32_t group_subject_sentence_ = UINT32_MAX;  // its sentence
  Group we_group_;                  // the speakers of the latest joint statement: "we" outside quotes
  // True when token t of sentence s stands inside a direct quote.
  bool in_quote(uint32_t s, size_t t) const;
  size_t kind_reference(size_t t, size_t end, Group& out) const;
  // The mention of the latest organisation (a country when `country`) named before token t
  // in its paragraph or the sentence before, or -1.
  int64_t latest_of_kind(size_t t, bool country) const;
  // Whether a quote is open after token text `v`, given whether it was before.
  static bool quote_after(std::string_view v, bool open) {
    if (v == "\"") return !open;
    if (v == "\xE2\x80\x9C") return true;
    if (v == "\xE2\x80\x9D") return false;
    return open;
  }
  int32_t turn_speaker_ = -1;       // transcript speaker of the current turn
  std::vector<std::string> para_date_;  // per paragraph: latest explicit date so far
  std::string future_date_;                  // the latest day after the document date so far
  std::vector<std::string> sen_future_date_;  // per sentence: the latest day after the document date before it
  std::vector<std::string> sen_para_date_;  // per sentence: its paragraph's latest explicit date before it

  // tokens
  std::string_view word(size_t t) const { return low_[t]; }
  bool is(size_t t, std::string_view w) const { return t < low_.size() && low_[t] == w; }
  bool has(size_t t, WordClasses c) const { return t < cls_.size() && (cls_[t] & c); }
  bool cap(size_t t) const {
    std::string_view v = doc_.view(doc_.tokens[t].span);
    return !v.empty() && ascii_upper(v[0]);
  }
  bool punct(size_t t) const { return doc_.tokens[t].kind == core::TokenKind::Punct; }
  bool boundary(size_t t) const { return is(t, ".") || is(t, ";") || is(t, ":") || is(t, "?") || is(t, "!"); }
  // Adverbs, auxiliaries, dates and status words that may stand between a subject and its verb.
  bool aux_like(size_t p) const {
    return has(p, kAdverb) || has(p, kPlanned) || has(p, kCall) || timex_[p] >= 0 || is(p, "has") || is(p, "have") ||
           is(p, "had") || is(p, "is") || is(p, "are") || is(p, "was") || is(p, "were") || is(p, "be") || is(p, "been") ||
           is(p, "not") || is(p, "did") || is(p, "does") || is(p, "do") || is(p, "also") || is(p, "by") ||
           is(p, "agreed") || is(p, "going") || is(p, "likely") || is(p, "again") || is(p, "looking") ||
           is(p, "look") || is(p, "looks") || is(p, "'m") || is(p, "am") || is(p, "both") || is(p, "all") ||
           is(p, "each");
  }
  bool quote(size_t t) const {
    std::string_view v = doc_.view(doc_.tokens[t].span);
    return v == "\"" || v == "\xE2\x80\x9C" || v == "\xE2\x80\x9D" || v == "'" || v == "\xE2\x80\x98";
  }
  const core::Mention& mention(size_t t) const { return doc_.mentions[ment_[t]]; }
  int32_t entity_at(size_t t) const { return ment_[t] >= 0 ? mention(t).entity : -1; }
  EntityType type_of(int32_t e) const { return doc_.entities[e].type; }
  // A place whose name or an alias is a country's (data/countries.tsv).
  bool is_country(int32_t e) const;
  // Where timex k stands in the tree relative to verb t: below it as a modifier of its
  // clause (Adjunct: "said on Monday"), inside its complement (Content: "said talks would
  // open on Monday"), or elsewhere or unparsed (None).
  enum class TimexRole { None, Adjunct, Content };
  TimexRole timex_under(size_t k, size_t t) const;
  // The tree negates the verb at t ("had not announced", "never said"); false unparsed.
  bool negated(size_t t) const;
  // Whether token t has a subject among its children (nsubj, nsubj:pass, csubj, expl).
  // t is a verb of coming together with its particle ("brought together", "came together")
  bool comes_together(size_t t) const;
  bool quoted(size_t c) const;
  bool has_subject(size_t t) const;
  bool subject_of_clause(size_t c) const;
  Span tok_span(size_t a, size_t b) const { return {doc_.tokens[a].span.begin, doc_.tokens[b - 1].span.end}; }

  // references
  bool starts_np(size_t t, size_t end) const;
  size_t reference(size_t t, size_t end, Group& out) const;
  size_t title_phrase(size_t t, size_t end, std::string& phrase) const;
  size_t titled_of(size_t t, size_t end, Group& out) const;
  Group persons_with_title(const std::string& phrase, bool plural) const;
  Group scan_titles(const std::string& phrase, bool plural) const;  // persons_with_title, unremembered
  Group first_person_subject(size_t b, size_t t) const;
  Group people_titled(const std::string& plural_phrase) const;

  // noun phrases
  size_t np_right(size_t t, size_t end, Group& out) const;
  bool is_delegation(size_t t) const;  // "delegation", "team", "mission", "side"
  size_t led_by(size_t t, size_t end) const;
  // parenthetical: look past a phrase set off by commas ("X, represented by Y, held")
  size_t np_left(size_t t, size_t begin, Group& out, bool parenthetical = false) const;
  static Group people_first(const Group& g, const Document& doc);

  // events
  size_t skip_right(size_t t, size_t end) const;
  void sentence(uint32_t s);
  void meeting_verb(uint32_t s, size_t t);
  void meeting_noun(uint32_t s, size_t t);
  size_t hyphen_pair(size_t t, size_t b, Group& parties) const;
  // "called X a liar", "called X unfit": the token k after a verb's object opens a
  // complement that names or describes the object
  bool naming_complement(size_t k) const;
  // "in the first round", "a Cup match": tokens [b, e) tell of a sports contest
  bool contest(size_t b, size_t e) const;
  // "call on X to resign", "calls for talks": the word "call" at t makes an appeal
  bool appeal(size_t t) const;
  // "Prosecutors called X": the word before the verb at t (past auxiliaries, adverbs
  // and quote marks, not before b) is a title or a plural noun that names no one, an
  // unnamed subject of its own
  bool unnamed_subject(size_t t, size_t b) const;
  bool pair_meeting(uint32_t s, size_t t, size_t from);
  void discuss(uint32_t s, size_t t);
  void statement(uint32_t s, size_t t, Group& speakers_out);
  void according_to(uint32_t s, size_t t, Group& speakers_out);
  // From the dependency tree (tree_statements.cpp): the speakers of verb of saying t are
  // its subjects (nsubj), each conjunct, a name in apposition to a described subject.
  void statement_from_tree(uint32_t s, size_t t, Group& speakers_out);
  // "X issued a statement": the subject (or passive agent) of a kSayLight verb whose object
  // is the kSayNoun at t speaks.
  void statement_noun_from_tree(uint32_t s, size_t t, Group& speakers_out);
  // Appends what tree token c names (named_by_tree) and what each of its conjuncts names,
  // conjuncts of conjuncts included.
  void named_with_conjuncts(size_t c, Group& out) const;
  // The named entity that tree token t stands for: the mention covering it, else the
  // mention of a name in apposition to it ("the ministry's spokesman, X"); -1 for none.
  Arg named_by_tree(size_t t) const;
  void travel(uint32_t s, size_t t);
  // "further talks", "the next meeting": a session of the latest meeting's parties
  void follow_up_meeting(uint32_t s, size_t t);
  // "In Pretoria, he will lead ...": after a trip of X, a sentence that opens on a place
  // and has X as its subject is a trip of X to that place
  void itinerary(uint32_t s);
  void visiting_trips(uint32_t s);
  void tree_trips(uint32_t s);
  // One trip per destination in `dest` of `people`, triggered by token t of sentence s.
  void emit_trips(uint32_t s, size_t t, const Group& people, const Group& dest, core::Status st);
  void transcript_turn(uint32_t s);
  void special_lines(uint32_t s, Group& speakers_out);
  // The first token of sentence s after a dateline it opens with ("CAIRO, May 2 -").
  void emit_meeting(uint32_t s, size_t t, const Group& subj, const Group& obj, bool split, bool host);
  void conclude_meeting(uint32_t s, size_t t, Group subj, const Group& obj, size_t obj_end, bool alone_ok, bool host);
  // date_to: the date may come from a timex up to 4 tokens past it (default: past t)
  void emit_statement(uint32_t s, size_t t, const Arg& speaker, size_t content_from, size_t date_to = 0);
  bool status_of(uint32_t s, size_t t, core::Status& st) const;
  // not_before_dct: only dates not before the document date (an event the text plans)
  bool in_other_relative(size_t a, size_t t) const;
  std::pair<std::string, int32_t> date_near(uint32_t s, size_t t, size_t window, bool not_before_dct = false) const;
  bool kind_of_place_before(size_t i) const;
  void place_of(uint32_t s, size_t t, core::Event& ev) const;
  bool place_in_clause(size_t p, size_t t) const;
  // The token that starts at `byte` (the first one after it when none does).
  size_t token_at(uint32_t byte) const;
  // The head of the tokens [a, b): the first whose head in the tree lies outside them (a
  // when none does).
  size_t span_head(size_t a, size_t b) const;
  bool hedges(size_t h, size_t t) const;
  bool other_clause_subject(size_t t, const Group& who) const;
  // the time expression [a, b) follows another meeting word coordinated with the event at t
  bool trailing_time(uint32_t s, size_t a, size_t b, size_t t) const;
  // The date an event takes from timex k: a day, a month, a year or an interval of days.
  std::string timex_date(int32_t k) const;
  // The calendar timexes listed with timex k ("on June 3, 4 and 6", "in May and in
  // September"), k among them, in text order; {k} alone when k is in no such list.
  std::vector<int32_t> coordinated_dates(int32_t k) const;
  void title_events();
  // A meeting not by phone with no place of its own takes the scene its paragraph set: a
  // place the sentence before introduced ("ran through Davos, where ..."), else, for a
  // meeting held, where one of its participants had arrived earlier in the paragraph;
  // otherwise the dateline's place, where the sentence says "here" or the meeting was
  // held the day of the report or the day before. Runs after the dates are set.
  void scene_places();
  int32_t dateline_place_entity() const;
  void finish();
  std::string first_body_date() const;
  // How the date of `ev`, set where it was found, was chosen when that place did not
  // say: from its timex (clause, sentence or elsewhere) or the document date.
  core::DateBasis derived_basis(const core::Event& ev) const;
  std::string trip_date(const core::Event& meeting, const std::vector<std::pair<uint32_t, size_t>>& dated_trips) const;

  // Indexes that keep the stage linear on long sentences and documents (built once in extract()).
  std::vector<uint32_t> timex_first_, timex_last_;  // per timex: its token range [first, last)
  std::vector<uint32_t> sen_timex_begin_;  // per sentence s: timexes [begin[s], begin[s+1]) in sen_timex_
  std::vector<uint32_t> sen_timex_;        // timex indices ordered by sentence, then first token
  uint32_t max_timex_tokens_ = 0;          // the longest timex, in tokens
  std::vector<uint32_t> barrier_prefix_;   // per token t: clause barriers (";", quotes) in [0, t)
  std::vector<uint32_t> joint_prefix_;     // per token t: joint-meeting cues in [0, t)
  std::vector<uint32_t> relative_prefix_;  // per token t: relative clauses opened (", who") in [0, t)
  std::vector<uint32_t> meet_word_prefix_;  // per token t: meeting verbs and nouns outside names in [0, t)
  std::vector<std::vector<uint32_t>> mention_begins_;  // per entity: begin bytes of its mentions, sorted
  uint32_t body_sentence_ = 0;             // the first sentence of the body (the title's come before)
  std::unordered_map<std::string, int32_t> place_by_name_;  // Place entities by name and alias
  std::unordered_map<std::string, int32_t> party_by_name_;  // Place and Organization entities by name and alias
  std::unordered_map<std::string, int32_t> person_by_name_;  // Person entities by name and alias
  // "Rwandan government officials", "the Soviet and American delegations", "U.S. and
  // Japanese officials": the countries of a list of demonyms (or, two or more, places'
  // names) before a word for a group of officials; appends them to `sides` and returns
  // the token after the group word (t when none).
  size_t demonym_sides(size_t t, size_t end, Group& sides) const;
  bool joint_in(size_t b, size_t e) const { return joint_prefix_[e] > joint_prefix_[b]; }
  void build_indexes();

  // Meetings from the dependency tree (frames.cpp): for each meeting word of sentence s
  // that no meeting of the sentence used, the fillers its frame (data/event_frames.tsv)
  // names, then the named passes (light verb, control, relative clause, shared subject,
  // apposition, conjuncts); a meeting is emitted when its people are not already a
  // meeting of the sentence.
  void tree_meetings(uint32_t s);
  void build_tree_index();
  bool parsed(size_t t) const { return t < doc_.syntax.size() && doc_.syntax[t].upos != core::Upos::None; }
  const core::TokenSyntax& syn(size_t t) const { return doc_.syntax[t]; }
  WordClasses frame_classes(size_t t) const;
  bool has_case(size_t f, const std::vector<std::string>& cases) const;
  void frame_fillers(size_t v, WordClasses classes, TreeFrame& f) const;
  void children_as(size_t v, core::Dep d, std::vector<uint32_t>& out) const;
  bool has_marker(size_t v, core::Dep d, const char* w) const;
  bool copular(size_t h) const;  // h has a copula ("is" in "X is in Beijing")
  // The entities of `fillers`; from_obj marks objects, which are never places (nor, for a
  // travel verb, anything but people).
  Group frame_side(const std::vector<uint32_t>& fillers, const std::vector<bool>* from_obj, bool travel) const;
  bool known_meeting(uint32_t s, size_t t, const Group& a, const Group& b) const;
  bool widen_known_meeting(uint32_t s, size_t t, const Group& a, const Group& b);
  std::vector<uint32_t> kid_begin_, kids_;  // children of token t: kids_[kid_begin_[t], kid_begin_[t+1])

  // Attendance (attendance.cpp): the people a sentence places at a meeting ("At the summit,
  // X said", "a summit where X and Y signed"), gathered over the article and folded into
  // that meeting at the end: one meeting of all who attended it.
  struct Attended {
    std::string key;   // the meeting noun, with the name that modifies it ("summit#3", "talks")
    size_t noun = 0;   // the meeting noun's token
    uint32_t sentence = 0;
    Arg who;
    // where no meeting of that noun was told: the attendance is of the latest meeting event
    // told at most `reach` sentences before, whatever its trigger ("A met B. C also took
    // part.": 2; "the talks": any); 0: none
    uint32_t reach = 0;
  };
  std::vector<Attended> attended_;
  // per meeting noun, the key of its latest attendance: what a bare "the summit" names
  std::unordered_map<std::string, std::string> latest_attended_;
  void attendance(uint32_t s);
  void attendance_elliptic(uint32_t s);
  void attendance_inverted(uint32_t s);
  bool has_clause(size_t v) const;
  size_t meeting_noun_before(size_t t, uint32_t s) const;
  bool bare_definite(size_t n) const;
  bool possessive(size_t x) const;
  bool says_next(size_t c) const;
  std::string attendance_key(size_t n);
  // Adds the named people of v's `rel` children (and their conjuncts) as attendees of `key`.
  void attendees(size_t v, core::Dep rel, const std::string& key, size_t n, uint32_t s, uint32_t reach = 0);
  // How far back a bare "the meeting" looks for the meeting it names, whatever word told it.
  static constexpr uint32_t kReachDefinite = UINT32_MAX, kReachElliptic = 2;
  void fold_attendance();

  Group sentence_speakers_;  // speakers of the current sentence
  // Statements emitted so far, as "sentence|speaker|date" keys of events_[0, said_upto_):
  // one remark per speaker, sentence and date (emit_statement, amortised constant time).
  std::unordered_set<std::string> said_;
  size_t said_upto_ = 0;
  // A direct quote left open at the end of the previous sentence (or paragraph, when the
  // next one opens with a quote mark): who said it and when (quote_continued()).
  bool quote_open_ = false;
  int32_t quote_speaker_ = -1;
  std::string quote_date_;
  void quote_continued(uint32_t s);
  // The date of a statement whose sentence names none (finish()): the lead meeting's
  // date; else its paragraph's date as of its sentence; else the first day named in the
  // first three body paragraphs before it; else the document date.
  std::string statement_date_fallback(const core::Event& ev, const std::string& lead) const;
  mutable bool outer_ = false;  // np_left is looking past a parenthetical phrase
  mutable bool parenthetical_any_ = true;  // any phrase, or only relative clauses and appositions
};

}  // namespace ng::events::detail
