// Runs one SPARQL SELECT on a JSON-LD file in Oxigraph and prints the value of each
// result row's first variable, one per line, sorted (the same shape date_range_test.sh
// prints from rdflib, so the two answers compare with diff).
//   node sparql_client.mjs FILE.jsonld QUERY.rq
import { readFileSync } from 'node:fs';
import * as oxigraph from 'oxigraph';

const [file, queryFile] = process.argv.slice(2);
if (!file || !queryFile) {
  console.error('usage: node sparql_client.mjs FILE.jsonld QUERY.rq');
  process.exit(2);
}
const store = new oxigraph.Store();
try {
  store.load(readFileSync(file, 'utf8'), { format: 'application/ld+json' });
} catch (e) {
  console.error(`FAIL: ${file}: Oxigraph cannot load it: ${e.message ?? e}`);
  process.exit(1);
}
const rows = [];
for (const row of store.query(readFileSync(queryFile, 'utf8'))) {
  const first = row.keys().next().value;
  rows.push(row.get(first).value);
}
rows.sort();
for (const r of rows) console.log(r);
