#include "core/document.h"

namespace ng::core {

uint32_t Document::clause_start(size_t s) const {
  const Sentence& sen = sentences[s];
  uint32_t i = sen.first_token;
  if (dateline.empty() || dateline.end <= sen.span.begin || dateline.begin >= sen.span.end) return i;
  while (i < sen.last_token && tokens[i].span.begin < dateline.end) ++i;
  // a dash of any width (ASCII, en dash, em dash) closes the dateline
  auto dash = [&](uint32_t t) {
    std::string_view w = view(tokens[t].span);
    return w == "-" || w == "--" || w == "\xE2\x80\x93" || w == "\xE2\x80\x94";
  };
  while (i < sen.last_token && dash(i)) ++i;
  return i < sen.last_token ? i : sen.first_token;
}

const char* to_string(EntityType t) {
  switch (t) {
    case EntityType::Person: return "Person";
    case EntityType::Organization: return "Organization";
    case EntityType::Place: return "Place";
    case EntityType::Misc: return "Misc";
  }
  return "Misc";
}

const char* to_string(TimexType t) {
  switch (t) {
    case TimexType::Date: return "DATE";
    case TimexType::Time: return "TIME";
    case TimexType::Duration: return "DURATION";
    case TimexType::Set: return "SET";
  }
  return "DATE";
}

const char* to_string(EventKind k) {
  switch (k) {
    case EventKind::Meeting: return "Meeting";
    case EventKind::Statement: return "Statement";
    case EventKind::Travel: return "Travel";
  }
  return "Meeting";
}

const char* to_string(Status s) {
  switch (s) {
    case Status::Occurred: return "occurred";
    case Status::Planned: return "planned";
    case Status::Cancelled: return "cancelled";
    case Status::Denied: return "denied";
  }
  return "occurred";
}

const char* to_string(Mode m) {
  switch (m) {
    case Mode::Unknown: return "unknown";
    case Mode::InPerson: return "in-person";
    case Mode::Call: return "call";
  }
  return "unknown";
}

const char* to_string(Role r) {
  switch (r) {
    case Role::Participant: return "participant";
    case Role::Host: return "host";
    case Role::Guest: return "guest";
    case Role::Speaker: return "speaker";
    case Role::Traveller: return "traveller";
  }
  return "participant";
}

const char* to_string(DateBasis b) {
  switch (b) {
    case DateBasis::None: return "none";
    case DateBasis::Stated: return "stated";
    case DateBasis::Sentence: return "sentence";
    case DateBasis::Paragraph: return "paragraph";
    case DateBasis::Article: return "article";
    case DateBasis::Dateline: return "dateline";
    case DateBasis::Publication: return "publication";
  }
  return "none";
}

}  // namespace ng::core
