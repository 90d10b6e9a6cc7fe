#pragma once
// Neo4j bulk import: the CSV files `neo4j-admin database import full` reads, plus a
// Cypher LOAD CSV script for a running server. Files:
//   articles.csv       key:ID,:LABEL(Article),identifier,title,url,license,datePublished:date
//   entities.csv       key:ID,:LABEL(Person|Organization|Place),name,aliases:string[],jobTitle,articleCount:int
//   events.csv         key:ID,:LABEL(Meeting|Statement|Travel),date,startDate:date,endDate:date,status,mode,
//                      place,content,evidence,sources:string[],reportCount:int
//   relationships.csv  :START_ID,:END_ID,:TYPE,role   types ATTENDED, SAID, TRAVELLED (entity -> event),
//                      AT, TO (event -> place), COUNTRY (entity -> place), REPORTED_IN (event ->
//                      article), NAMED_IN (entity -> article)
//   import.sh          the neo4j-admin command line for these files
//   load_csv.cypher    the same graph through LOAD CSV
// Typed date columns hold full ISO dates only (the raw date, of any precision, is in
// `date`); array values are separated by ';' (a ';' inside a value becomes ',').
#include <string>
#include <utility>
#include <vector>

#include "graph/graph.h"

namespace ng::exporter {

// (file name, content) pairs, in a fixed order.
std::vector<std::pair<std::string, std::string>> to_neo4j(const graph::Graph& g);

}  // namespace ng::exporter
