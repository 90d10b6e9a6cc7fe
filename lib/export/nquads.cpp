#include "export/nquads.h"

#include <cstring>

#include "export/describe.h"
#include "export/jsonld.h"
#include "export/text_util.h"

namespace ng::exporter {
namespace {

const char* kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const char* kXsd = "http://www.w3.org/2001/XMLSchema#";

// A JSON-LD term of our context as an IRI: "ng:x" in the vocabulary, "xsd:x" in XML
// Schema, anything else in schema.org.
void term_iri(std::string& out, const char* term) {
  out += '<';
  if (std::strncmp(term, "ng:", 3) == 0) out.append(kVocabIri).append(term + 3);
  else if (std::strncmp(term, "xsd:", 4) == 0) out.append(kXsd).append(term + 4);
  else out.append(kSchemaIri).append(term);
  out += '>';
}

void literal(std::string& out, const std::string& raw) {
  std::string s = is_valid_utf8(raw) ? raw : repair_utf8(raw);
  out += '"';
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04X", unsigned(c));
          out += buf;
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

void object(std::string& out, const Term& t) {
  switch (t.kind) {
    case Term::Node: out.append("<").append(kBaseIri).append(t.value).append(">"); break;
    case Term::Text: literal(out, t.value); break;
    case Term::Typed:
      literal(out, t.value);
      out += "^^";
      term_iri(out, t.datatype);
      break;
    case Term::Integer:
      literal(out, t.value);
      out.append("^^<").append(kXsd).append("integer>");
      break;
  }
}

}  // namespace

std::string to_nquads(const graph::Graph& g) {
  std::string out;
  size_t blank = 0;
  describe(g, [&](const Description& d) {
    std::string subject = std::string("<") + kBaseIri + d.key + ">";
    for (const char* t : d.types) {
      out.append(subject).append(" <").append(kRdf).append("type> ");
      term_iri(out, t);
      out += " .\n";
    }
    for (const Property& p : d.properties) {
      if (!p.ordered) {
        for (const Term& t : p.values) {
          out.append(subject).append(" ");
          term_iri(out, p.name);
          out += ' ';
          object(out, t);
          out += " .\n";
        }
        continue;
      }
      // rdf:List: subject p _:l1 . _:l1 rdf:first v1 ; rdf:rest _:l2 ... rdf:nil.
      std::string head = "_:l" + std::to_string(++blank);
      out.append(subject).append(" ");
      term_iri(out, p.name);
      out.append(" ").append(head).append(" .\n");
      for (size_t i = 0; i < p.values.size(); ++i) {
        std::string next = i + 1 < p.values.size() ? "_:l" + std::to_string(++blank) : std::string("<") + kRdf + "nil>";
        out.append(head).append(" <").append(kRdf).append("first> ");
        object(out, p.values[i]);
        out.append(" .\n").append(head).append(" <").append(kRdf).append("rest> ").append(next).append(" .\n");
        head = next;
      }
    }
  });
  return out;
}

}  // namespace ng::exporter
