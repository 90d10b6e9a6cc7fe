// Loads newsgraph's exports into real RDF clients (see tests/export_clients_test.sh).
//   node export_client.mjs nquads GRAPH.jsonld GRAPH.nq
//       GRAPH.nq parses in n3's strict N-Quads parser and loads into Oxigraph, and its
//       canonical form (URDNA2015, rdf-canonize through jsonld.js) equals that of the
//       JSON-LD read by jsonld.js in safe mode: both exports state the same triples.
//   node export_client.mjs met GRAPH.jsonld NAME
//       prints, one per line, "DATE<TAB>OTHER; OTHER..." for each meeting that an entity
//       named NAME attended, from a SPARQL query in Oxigraph, sorted.
// Exits 1 with a message on the first failure.
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import * as oxigraph from 'oxigraph';
import N3 from 'n3';

function fail(message) {
  console.error(`FAIL: ${message}`);
  process.exit(1);
}

const noRemoteContexts = async (url) => {
  throw new Error(`the graph asks to load ${url}`);
};

async function nquads(jsonldFile, nqFile) {
  const nq = readFileSync(nqFile, 'utf8');
  let quads;
  try {
    quads = new N3.Parser({ format: 'N-Quads' }).parse(nq);
  } catch (e) {
    fail(`${nqFile}: n3 (strict N-Quads) rejects it: ${e.message}`);
  }
  const store = new oxigraph.Store();
  try {
    store.load(nq, { format: 'application/n-quads' });
  } catch (e) {
    fail(`${nqFile}: Oxigraph cannot load it: ${e.message ?? e}`);
  }
  if (store.size !== quads.length) fail(`${nqFile}: n3 reads ${quads.length} quads, Oxigraph ${store.size}`);
  const doc = JSON.parse(readFileSync(jsonldFile, 'utf8'));
  const options = { safe: true, documentLoader: noRemoteContexts, algorithm: 'URDNA2015', format: 'application/n-quads' };
  const fromJsonld = await jsonld.canonize(doc, options);
  const fromNquads = await jsonld.canonize(nq, { ...options, inputFormat: 'application/n-quads' });
  if (fromJsonld !== fromNquads) {
    const a = new Set(fromJsonld.split('\n')), b = new Set(fromNquads.split('\n'));
    const onlyA = [...a].filter((x) => !b.has(x)).slice(0, 3), onlyB = [...b].filter((x) => !a.has(x)).slice(0, 3);
    fail(`${nqFile} and ${jsonldFile} differ: only in JSON-LD ${JSON.stringify(onlyA)}, only in N-Quads ${JSON.stringify(onlyB)}`);
  }
  console.log(`ok ${nqFile}: ${quads.length} quads in n3 (strict) and Oxigraph, canonically equal to ${jsonldFile}`);
}

function met(jsonldFile, name) {
  const store = new oxigraph.Store();
  store.load(readFileSync(jsonldFile, 'utf8'), { format: 'application/ld+json' });
  const q = `
    PREFIX schema: <http://schema.org/>
    PREFIX ng: <https://newsgraph.example/vocab#>
    SELECT ?m ?date ?other WHERE {
      ?m a ng:Meeting ; schema:attendee ?x .
      { ?x schema:name ?n } UNION { ?x schema:alternateName ?n }
      FILTER(LCASE(STR(?n)) = LCASE(${JSON.stringify(name)}))
      OPTIONAL { ?m schema:attendee ?o . ?o schema:name ?other . FILTER(?o != ?x) }
      OPTIONAL { ?m schema:startDate ?s }
      OPTIONAL { ?m schema:endDate ?e }
      BIND(IF(BOUND(?e), CONCAT(STR(?s), "/", STR(?e)), IF(BOUND(?s), STR(?s), "")) AS ?date)
    }`;
  const meetings = new Map();
  for (const row of store.query(q)) {
    const m = row.get('m').value;
    if (!meetings.has(m)) meetings.set(m, { date: row.get('date')?.value ?? '', others: new Set() });
    if (row.get('other')) meetings.get(m).others.add(row.get('other').value);
  }
  const lines = [...meetings.values()].map((x) => `${x.date}\t${[...x.others].sort().join('; ')}`).sort();
  for (const l of lines) console.log(l);
}

const [cmd, ...args] = process.argv.slice(2);
if (cmd === 'nquads') await nquads(args[0], args[1]);
else if (cmd === 'met') met(args[0], args[1]);
else fail(`unknown command ${cmd}`);
