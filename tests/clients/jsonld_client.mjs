// Loads newsgraph's JSON-LD into real clients: jsonld.js (safe mode) and Oxigraph (SPARQL).
//   node jsonld_client.mjs load FILE...
//       every FILE must parse as JSON, expand and convert to RDF in jsonld.js with
//       safe: true (any dropped term, bad IRI or lossy value is an error) and without
//       fetching anything (the @context must be inline) or resolving against a base
//       (IRIs must be absolute), and load into Oxigraph with the same number of triples.
//   node jsonld_client.mjs meeting FILE NAME DATE OTHER...
//       a SPARQL query on FILE in Oxigraph must find a meeting (schema:Event that is
//       also a ...Meeting) on DATE with an attendee whose schema:name ends in NAME and
//       attendees whose names end in each OTHER.
//   node jsonld_client.mjs same FILE.jsonld FILE.nq
//       Oxigraph reads the same triples from both (blank nodes compared by count).
// Exits 1 with a message on the first failure.
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import * as oxigraph from 'oxigraph';

const SCHEMA = 'http://schema.org/';

function fail(message) {
  console.error(`FAIL: ${message}`);
  process.exit(1);
}

const noRemoteContexts = async (url) => {
  throw new Error(`the graph asks to load ${url}: its @context must be inline`);
};

function oxigraphStore(file, text, format = 'application/ld+json') {
  const store = new oxigraph.Store();
  try {
    store.load(text, { format });
  } catch (e) {
    fail(`${file}: Oxigraph cannot load it: ${e.message ?? e}`);
  }
  return store;
}

async function load(files) {
  if (files.length === 0) fail('load: no files');
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    let doc;
    try {
      doc = JSON.parse(text);
    } catch (e) {
      fail(`${file}: not JSON: ${e.message}`);
    }
    const options = { safe: true, documentLoader: noRemoteContexts };
    let nquads;
    try {
      await jsonld.expand(doc, options);
      nquads = await jsonld.toRDF(doc, { ...options, format: 'application/n-quads' });
    } catch (e) {
      fail(`${file}: jsonld.js (safe mode) rejects it: ${e.message}${e.details ? ' ' + JSON.stringify(e.details).slice(0, 400) : ''}`);
    }
    const triples = nquads.split('\n').filter((l) => l.length > 0).length;
    if (triples === 0) fail(`${file}: no triples`);
    const store = oxigraphStore(file, text);
    if (store.size !== triples) fail(`${file}: jsonld.js reads ${triples} triples, Oxigraph ${store.size}`);
    console.log(`ok ${file}: ${triples} triples in jsonld.js (safe) and Oxigraph`);
  }
}

function endsWithName(full, name) {
  return full === name || full.endsWith(` ${name}`);
}

function meeting(file, name, date, others) {
  const store = oxigraphStore(file, readFileSync(file, 'utf8'));
  const query = `
    PREFIX schema: <${SCHEMA}>
    SELECT ?meeting ?date ?name WHERE {
      ?meeting a schema:Event ; a ?type ; schema:startDate ?date ; schema:attendee ?person .
      FILTER(STRENDS(STR(?type), "Meeting"))
      ?person schema:name ?name .
    }`;
  const meetings = new Map();  // meeting IRI -> { dates, names }
  for (const row of store.query(query)) {
    const key = row.get('meeting').value;
    if (!meetings.has(key)) meetings.set(key, { dates: new Set(), names: new Set() });
    meetings.get(key).dates.add(row.get('date').value);
    meetings.get(key).names.add(row.get('name').value);
  }
  const withName = [...meetings.values()].filter((m) => [...m.names].some((n) => endsWithName(n, name)));
  const found = withName.find((m) => m.dates.has(date) && others.every((o) => [...m.names].some((n) => endsWithName(n, o))));
  const describe = (m) => `[${[...m.names].sort().join(', ')}] on ${[...m.dates].sort().join(', ')}`;
  if (!found) {
    fail(`${file}: SPARQL finds no meeting of ${name} on ${date} with ${others.join(' and ')}; ` +
         `meetings of ${name}: ${withName.map(describe).join('; ') || 'none'}`);
  }
  console.log(`ok ${file}: SPARQL finds the meeting ${describe(found)}`);
}

function same(jsonldFile, nquadsFile) {
  const a = oxigraphStore(jsonldFile, readFileSync(jsonldFile, 'utf8'));
  const b = oxigraphStore(nquadsFile, readFileSync(nquadsFile, 'utf8'), 'application/n-quads');
  if (a.size !== b.size) fail(`${nquadsFile}: ${b.size} triples, ${jsonldFile} ${a.size}`);
  const blank = (q) => [q.subject, q.object].some((t) => t.termType === 'BlankNode');
  for (const q of b.match()) {
    if (!blank(q) && !a.has(q)) fail(`${nquadsFile}: ${q.toString()} is not in ${jsonldFile}`);
  }
  console.log(`ok ${nquadsFile}: the same ${a.size} triples as ${jsonldFile} in Oxigraph`);
}

const [command, ...args] = process.argv.slice(2);
if (command === 'load') {
  await load(args);
} else if (command === 'same' && args.length === 2) {
  same(args[0], args[1]);
} else if (command === 'meeting' && args.length >= 4) {
  meeting(args[0], args[1], args[2], args.slice(3));
} else {
  fail('usage: jsonld_client.mjs load FILE... | meeting FILE NAME DATE OTHER... | same FILE.jsonld FILE.nq');
}
