// Loads newsgraph's Neo4j CSV export (export --to neo4j) into Kuzu, an embedded graph
// database with Cypher (see tests/export_clients_test.sh).
//   node kuzu_client.mjs met NEO4J_DIR NAME
//       creates node tables from the typed headers of articles.csv, entities.csv and
//       events.csv (string, date, int, string[] kept as the ';'-joined string), bulk-loads
//       them and relationships.csv with COPY FROM, then runs a Cypher "who met NAME" and
//       prints, one per line, "DATE<TAB>OTHER; OTHER..." for each meeting an entity named
//       NAME (its name or any alias, case-insensitively) attended, sorted: the format of
//       export_client.mjs met, so the test compares both with `newsgraph query met`.
// Exits 1 with a message on the first failure.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import kuzu from 'kuzu';

function fail(message) {
  console.error(`FAIL: ${message}`);
  process.exit(1);
}

// RFC 4180 records ("" escapes a quote inside a quoted field).
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += '"', ++i;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), field = '';
    else if (c === '\n') row.push(field), rows.push(row), row = [], field = '';
    else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  return rows;
}

const csvField = (s) => `"${s.replace(/"/g, '""')}"`;

// "startDate:date" -> ["startDate", "DATE"]; "key:ID" -> ["key", "STRING"]; ":LABEL" -> ["label", "STRING"].
function column(header) {
  const [name, type = 'string'] = header.split(':');
  const types = { ID: 'STRING', LABEL: 'STRING', string: 'STRING', 'string[]': 'STRING', date: 'DATE', int: 'INT64' };
  if (!(type in types)) fail(`unknown column type in header ${header}`);
  return [name || type.toLowerCase(), types[type]];
}

async function met(dir, name) {
  const work = mkdtempSync(path.join(tmpdir(), 'newsgraph-kuzu-'));
  try {
    const db = new kuzu.Database(path.join(work, 'db'));
    const conn = new kuzu.Connection(db);
    const run = async (q) => {
      try {
        return await conn.query(q);
      } catch (e) {
        fail(`kuzu: ${e.message ?? e}\n  in: ${q.slice(0, 300)}`);
      }
    };
    const tableOf = new Map();  // node key -> table
    const tables = { Article: 'articles.csv', Entity: 'entities.csv', Event: 'events.csv' };
    for (const [table, file] of Object.entries(tables)) {
      const rows = parseCsv(readFileSync(path.join(dir, file), 'utf8'));
      const cols = rows[0].map(column);
      if (rows[0][0] !== 'key:ID') fail(`${file}: the first column is ${rows[0][0]}, not key:ID`);
      await run(`CREATE NODE TABLE ${table}(${cols.map(([n, t]) => `\`${n}\` ${t}`).join(', ')}, PRIMARY KEY(key))`);
      await run(`COPY ${table} FROM '${path.join(dir, file)}' (header=true, parallel=false)`);
      for (const r of rows.slice(1)) tableOf.set(r[0], table);
      const count = await (await run(`MATCH (n:${table}) RETURN count(n) AS n`)).getAll();
      if (Number(count[0].n) !== rows.length - 1) fail(`${file}: ${rows.length - 1} rows, Kuzu holds ${count[0].n}`);
    }
    // Kuzu's relationship tables name the node tables they join: one CSV per pair.
    const rels = parseCsv(readFileSync(path.join(dir, 'relationships.csv'), 'utf8'));
    if (rels[0].join(',') !== ':START_ID,:END_ID,:TYPE,role') fail(`relationships.csv header ${rels[0]}`);
    const pairs = new Map();
    for (const r of rels.slice(1)) {
      const from = tableOf.get(r[0]), to = tableOf.get(r[1]);
      if (!from || !to) fail(`relationship ${r.join(',')} refers to an unknown node`);
      const k = `${from}->${to}`;
      if (!pairs.has(k)) pairs.set(k, []);
      pairs.get(k).push(r.map(csvField).join(','));
    }
    const between = [...pairs.keys()].map((k) => `FROM ${k.split('->')[0]} TO ${k.split('->')[1]}`).join(', ');
    await run(`CREATE REL TABLE Rel(${between}, type STRING, role STRING)`);
    for (const [k, lines] of pairs) {
      const f = path.join(work, `${k.replace('->', '-')}.csv`);
      writeFileSync(f, `${rels[0].join(',')}\n${lines.join('\n')}\n`);
      const [from, to] = k.split('->');
      await run(`COPY Rel FROM '${f}' (from='${from}', to='${to}', header=true, parallel=false)`);
    }
    const relCount = await (await run('MATCH ()-[r:Rel]->() RETURN count(r) AS n')).getAll();
    if (Number(relCount[0].n) !== rels.length - 1) fail(`relationships.csv: ${rels.length - 1} rows, Kuzu holds ${relCount[0].n}`);

    const stmt = await conn.prepare(`
      MATCH (x:Entity)-[a:Rel]->(m:Event)
      WHERE a.type = 'ATTENDED' AND m.label = 'Meeting' AND
            (lower(x.name) = lower($name) OR list_contains(string_split(lower(x.aliases), ';'), lower($name)))
      OPTIONAL MATCH (o:Entity)-[b:Rel]->(m) WHERE b.type = 'ATTENDED' AND o.key <> x.key
      RETURN m.key AS m, m.date AS date, collect(DISTINCT o.name) AS others`);
    const rows = await (await conn.execute(stmt, { name })).getAll();
    const lines = rows.map((r) => `${r.date ?? ''}\t${[...new Set(r.others)].sort().join('; ')}`).sort();
    for (const l of lines) console.log(l);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const [cmd, ...args] = process.argv.slice(2);
if (cmd === 'met') await met(args[0], args[1]);
else fail(`unknown command ${cmd}`);
