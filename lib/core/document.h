#pragma once
// The data that flows through the pipeline. Each stage reads the layers that earlier
// stages filled and adds its own:
//   text/      id, path, text, header fields, body, sources, dct, dateline
//   tokenize/  tokens, sentences
//   syntax/    syntax (UPOS, head and relation of every token)
//   ner/       mentions
//   coref/     entities (and Mention::entity)
//   temporal/  timexes (and dct when text/ found none)
//   events/    events
// All spans index Document::text, the article's bytes exactly as read.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"
#include "core/ud.h"

namespace ng::core {

enum class TokenKind : uint8_t { Word, Number, Punct, Citation };

struct Token {
  Span span;
  TokenKind kind = TokenKind::Word;
  uint32_t sentence = 0;       // index into Document::sentences
  bool space_before = false;   // whitespace precedes it in the text
  bool line_start = false;     // first token of a line
};

// A token's place in its sentence's dependency tree. A token that the parser reads as
// several words ("didn't", "Kyiv-based") takes the head and relation of the word whose
// head lies outside it.
struct TokenSyntax {
  Upos upos = Upos::None;
  Dep dep = Dep::dep;
  int32_t head = -1;  // index into Document::tokens; -1 for the sentence's root
};

struct Sentence {
  Span span;                  // from first to last token
  uint32_t first_token = 0;   // [first_token, last_token) into Document::tokens
  uint32_t last_token = 0;
  uint32_t paragraph = 0;     // paragraphs are separated by line breaks
  std::vector<int> citations; // numbers of citation markers ("[2]") in the sentence
};

enum class EntityType : uint8_t { Person, Organization, Place, Misc };
const char* to_string(EntityType t);

struct Mention {
  Span span;                  // the name only, without title ("Steve Witkoff")
  uint32_t first_token = 0;   // [first_token, last_token)
  uint32_t last_token = 0;
  EntityType type = EntityType::Misc;
  Span title;                 // a title or role right before the name ("U.S. Special Envoy"); may be empty
  int32_t entity = -1;        // index into Document::entities, set by coref
  float confidence = 1.0f;
};

struct Entity {
  EntityType type = EntityType::Misc;
  std::string name;                  // canonical: fullest form, without titles
  std::vector<std::string> aliases;  // other forms used in the article, sorted, unique
  std::vector<uint32_t> mentions;    // indices into Document::mentions, in text order
  std::string job_title;             // "Special Envoy", "President"; may be empty
  int32_t country = -1;              // entity index of an associated country, or -1
};

enum class TimexType : uint8_t { Date, Time, Duration, Set };
const char* to_string(TimexType t);

struct Timex {
  Span span;
  TimexType type = TimexType::Date;
  std::string value;          // TimeML value: "2026-01-20", "2013-W11", "P1M", "PRESENT_REF"
  std::string mod;            // TimeML mod ("EARLY", "APPROX"), may be empty
  uint32_t sentence = 0;
  bool relative = false;      // value was computed from the document date
  std::string end_value;      // a span of days ("August 27-28"): the last day; value holds the first
  int32_t anchor = -1;        // index into Document::timexes of the expression it was computed from, or -1 (the document date)
};

enum class EventKind : uint8_t { Meeting, Statement, Travel };
enum class Status : uint8_t { Occurred, Planned, Cancelled, Denied };
enum class Mode : uint8_t { Unknown, InPerson, Call };
enum class Role : uint8_t { Participant, Host, Guest, Speaker, Traveller };
const char* to_string(EventKind k);
const char* to_string(Status s);
const char* to_string(Mode m);
const char* to_string(Role r);

// Where an event's date comes from, from the most to the least direct: a time expression
// in the event's own clause (Stated), elsewhere in its sentence (Sentence), the
// paragraph's reference date (Paragraph), another part of the article (Article: its lead
// meeting, its first dated paragraph, a dated report of the same meeting), or, when the
// text says nothing, the document date taken from the dateline (Dateline) or from the
// Published header or --date (Publication). None: undated.
enum class DateBasis : uint8_t { None, Stated, Sentence, Paragraph, Article, Dateline, Publication };
const char* to_string(DateBasis b);  // "none", "stated", "sentence", ...
// Whether the event's text itself gives its date (Stated or Sentence).
inline bool date_from_text(DateBasis b) { return b == DateBasis::Stated || b == DateBasis::Sentence; }

struct Argument {
  int32_t entity = -1;  // index into Document::entities
  Role role = Role::Participant;
  Span span;            // the mention (or pronoun) that names it in the evidence
};

struct Event {
  EventKind kind = EventKind::Meeting;
  std::vector<Argument> participants;  // meeting attendees, the speaker, or travellers
  int32_t place = -1;                  // entity index of the place, or -1
  Span place_span;
  std::string date;                    // "2026-01-22", "2026-01", "2026-01-27/2026-01-28", or ""
  int32_t timex = -1;                  // index into Document::timexes that dated it, or -1
  DateBasis date_basis = DateBasis::None;  // how `date` was found; None when it is ""
  Status status = Status::Occurred;
  Mode mode = Mode::Unknown;
  uint32_t sentence = 0;               // sentence that states it
  Span evidence;                       // verbatim text that states it
  Span trigger;                        // "met", "said", "arrive"
  Span content;                        // statements: the words said (quote or reported clause)
  int32_t claimed_by = -1;             // entity whose statement reports this event, or -1
  std::vector<int> citations;          // citation markers on the sentence
};

struct Document {
  std::string id;      // stable key: the file's stem ("000-seed-ukraine-talks")
  std::string path;    // as given by the caller
  std::string text;    // the whole file, exactly as read (valid UTF-8)

  // Header block ("Key: value" lines before a blank line); empty when absent.
  std::string title, source, published, license;
  Span title_span;                    // the Title header's value within text; empty when absent
  Span body;                          // the article body after the header block
  std::vector<std::string> sources;   // a trailing "Sources" list; citation [n] is sources[n-1]

  std::string dct;                    // document date "YYYY-MM-DD", or "" if unknown
  DateBasis dct_basis = DateBasis::None;  // Publication (Published header, --date) or Dateline
  Span dateline;                      // the dateline text, if any
  std::string dateline_place;         // "Moscow", "Washington"; may be empty
  Span dateline_place_span;

  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<TokenSyntax> syntax;    // parallel to tokens when the syntax stage ran, else empty
  std::vector<Mention> mentions;
  std::vector<Entity> entities;
  std::vector<Timex> timexes;
  std::vector<Event> events;
  std::vector<std::string> warnings;  // things a user should know ("no document date")

  std::string_view view(Span s) const { return slice(text, s); }

  // The first token of sentence s after the dateline and its closing dash ("MOSCOW, Jan. 22
  // (Reuters) - Envoys met ..." -> "Envoys"): where the sentence's own clause begins. The
  // sentence's first token when no dateline lies in it, or when nothing follows it.
  uint32_t clause_start(size_t s) const;
};

}  // namespace ng::core
