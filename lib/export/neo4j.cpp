#include "export/neo4j.h"

#include <algorithm>

#include "export/text_util.h"

namespace ng::exporter {
namespace {

using graph::NodeKind;
using graph::Vertex;

// One CSV field, always quoted (neo4j-admin's default quote is '"', doubled inside).
void field(std::string& out, const std::string& raw, bool first = false) {
  if (!first) out += ',';
  out += '"';
  for (char c : is_valid_utf8(raw) ? raw : repair_utf8(raw)) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  out += '"';
}

template <class Strings>  // std::string or graph::CompactString
std::string array(const std::vector<Strings>& values) {
  std::string out;
  for (const auto& v : values) {
    std::string x = v;
    std::replace(x.begin(), x.end(), ';', ',');
    out += (out.empty() ? "" : ";") + x;
  }
  return out;
}

std::string full_date(const std::string& d) { return d.size() == 10 && date_datatype(d) ? d : std::string(); }

const char* kImport =
    "#!/bin/sh\n"
    "# Imports this folder into a new Neo4j database (stop the server first). Usage:\n"
    "#   sh import.sh [DATABASE]      (default: neo4j; Neo4j 5 neo4j-admin)\n"
    "cd \"$(dirname \"$0\")\" && neo4j-admin database import full \"${1:-neo4j}\" --overwrite-destination \\\n"
    "  --nodes=articles.csv --nodes=entities.csv --nodes=events.csv \\\n"
    "  --relationships=relationships.csv --array-delimiter=';' --quote='\"'\n";

const char* kCypher =
    "// Loads this folder into a running Neo4j through LOAD CSV. Copy the CSV files into the\n"
    "// server's import directory first. Array columns are ';'-separated.\n"
    "CREATE CONSTRAINT node_key IF NOT EXISTS FOR (n:Node) REQUIRE n.key IS UNIQUE;\n"
    "LOAD CSV WITH HEADERS FROM 'file:///articles.csv' AS r\n"
    "CALL { WITH r MERGE (n:Node {key: r.`key:ID`}) SET n.identifier = r.identifier, n.title = r.title,\n"
    "  n.url = r.url, n.license = r.license, n.datePublished = date(nullif(r.`datePublished:date`, ''))\n"
    "  WITH n, r CALL apoc.create.addLabels(n, [r.`:LABEL`]) YIELD node RETURN count(*) AS c } RETURN sum(c);\n"
    "LOAD CSV WITH HEADERS FROM 'file:///entities.csv' AS r\n"
    "CALL { WITH r MERGE (n:Node {key: r.`key:ID`}) SET n.name = r.name,\n"
    "  n.aliases = split(r.`aliases:string[]`, ';'), n.jobTitle = r.jobTitle, n.articleCount = toInteger(r.`articleCount:int`)\n"
    "  WITH n, r CALL apoc.create.addLabels(n, [r.`:LABEL`]) YIELD node RETURN count(*) AS c } RETURN sum(c);\n"
    "LOAD CSV WITH HEADERS FROM 'file:///events.csv' AS r\n"
    "CALL { WITH r MERGE (n:Node {key: r.`key:ID`}) SET n.date = r.date,\n"
    "  n.startDate = date(nullif(r.`startDate:date`, '')), n.endDate = date(nullif(r.`endDate:date`, '')),\n"
    "  n.status = r.status, n.mode = r.mode, n.place = r.place, n.content = r.content, n.evidence = r.evidence,\n"
    "  n.sources = split(r.`sources:string[]`, ';'), n.reportCount = toInteger(r.`reportCount:int`)\n"
    "  WITH n, r CALL apoc.create.addLabels(n, [r.`:LABEL`]) YIELD node RETURN count(*) AS c } RETURN sum(c);\n"
    "LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS r\n"
    "MATCH (a:Node {key: r.`:START_ID`}), (b:Node {key: r.`:END_ID`})\n"
    "CALL apoc.create.relationship(a, r.`:TYPE`, CASE WHEN r.role = '' THEN {} ELSE {role: r.role} END, b) YIELD rel\n"
    "RETURN count(rel);\n";

}  // namespace

std::vector<std::pair<std::string, std::string>> to_neo4j(const graph::Graph& g) {
  std::string articles = "key:ID,:LABEL,identifier,title,url,license,datePublished:date\n";
  std::vector<const graph::Article*> sorted;
  for (const auto& a : g.articles()) sorted.push_back(&a);
  std::sort(sorted.begin(), sorted.end(), [](auto a, auto b) { return a->key < b->key; });
  for (const auto* a : sorted) {
    field(articles, a->key, true);
    field(articles, "Article");
    field(articles, a->id);
    field(articles, a->title);
    field(articles, a->url);
    field(articles, a->license);
    field(articles, full_date(a->date));
    articles += '\n';
  }

  std::string entities = "key:ID,:LABEL,name,aliases:string[],jobTitle,articleCount:int\n";
  std::string events =
      "key:ID,:LABEL,date,startDate:date,endDate:date,status,mode,place,content,evidence,sources:string[],reportCount:int\n";
  std::string rels = ":START_ID,:END_ID,:TYPE,role\n";
  auto rel = [&](const std::string& from, const std::string& to, const char* type, const std::string& role) {
    field(rels, from, true);
    field(rels, to);
    field(rels, type);
    field(rels, role);
    rels += '\n';
  };
  const auto& adj = g.adjacency();
  for (Vertex v : g.sorted_vertices()) {
    const graph::Node& n = g.node(v);
    std::vector<std::string> article_keys;
    for (uint32_t a : n.articles) article_keys.push_back(g.articles()[a].key);
    std::sort(article_keys.begin(), article_keys.end());
    if (graph::is_entity(n.kind)) {
      field(entities, n.key, true);
      field(entities, graph::to_string(n.kind));
      field(entities, n.name);
      field(entities, array(n.aliases));
      field(entities, n.job_title);
      field(entities, std::to_string(n.articles.size()));
      entities += '\n';
      if (n.country >= 0) rel(n.key, g.node(Vertex(n.country)).key, "COUNTRY", "");
      for (const auto& a : article_keys) rel(n.key, a, "NAMED_IN", "");
      continue;
    }
    size_t slash = n.date.find('/');
    std::string start = full_date(n.date.substr(0, slash));
    std::string end = slash == std::string::npos ? std::string() : full_date(n.date.substr(slash + 1));
    const graph::Report* first = nullptr;
    for (const auto& r : n.reports)
      if (!first || g.articles()[r.article].key < g.articles()[first->article].key) first = &r;
    std::vector<std::string> ids;
    for (uint32_t a : n.articles) ids.push_back(g.articles()[a].id);
    std::sort(ids.begin(), ids.end());
    field(events, n.key, true);
    field(events, graph::to_string(n.kind));
    field(events, n.date);
    field(events, start);
    field(events, end);
    field(events, core::to_string(n.status));
    field(events, n.kind == NodeKind::Statement ? std::string() : core::to_string(n.mode));
    field(events, n.place >= 0 ? g.node(Vertex(n.place)).name.str() : std::string());
    field(events, n.content.str());
    field(events, first ? first->text.str() : std::string());
    field(events, array(ids));
    field(events, std::to_string(n.reports.size()));
    events += '\n';
    std::vector<std::pair<std::string, graph::Link>> ends;
    for (auto [e, stop] = boost::out_edges(v, adj); e != stop; ++e) ends.emplace_back(g.node(boost::target(*e, adj)).key, adj[*e]);
    std::sort(ends.begin(), ends.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first < b.first : a.second.relation < b.second.relation;
    });
    const char* who = n.kind == NodeKind::Meeting ? "ATTENDED" : n.kind == NodeKind::Statement ? "SAID" : "TRAVELLED";
    for (const auto& [key, link] : ends) {
      if (link.relation == graph::Relation::Participant) rel(key, n.key, who, core::to_string(link.role));
      else if (link.relation == graph::Relation::Location) rel(n.key, key, n.kind == NodeKind::Travel ? "TO" : "AT", "");
    }
    for (const auto& a : article_keys) rel(n.key, a, "REPORTED_IN", "");
  }
  return {{"articles.csv", articles}, {"entities.csv", entities}, {"events.csv", events},
          {"relationships.csv", rels}, {"import.sh", kImport},     {"load_csv.cypher", kCypher}};
}

}  // namespace ng::exporter
