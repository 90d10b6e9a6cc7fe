// MB/s of compromise (the JavaScript NLP library) on the same articles as newsgraph:
// per article, its people, places and organisations and its sentences, which is the
// part of newsgraph's work compromise does. Prints one line: "<bytes> <seconds> <MB/s>".
// usage: node bench/compromise_throughput.cjs MODULE_DIR FILE...   (MODULE_DIR holds
// node_modules/compromise; bench/scale.sh installs it there with npm)
const fs = require('fs');
const path = require('path');
const loaded = require(path.join(process.argv[2], 'node_modules', 'compromise'));
const nlp = loaded.default || loaded;
const files = process.argv.slice(3);
let bytes = 0, found = 0;
const start = process.hrtime.bigint();
for (const f of files) {
  const text = fs.readFileSync(f, 'utf8');
  bytes += Buffer.byteLength(text);
  const doc = nlp(text);
  found += doc.people().out('array').length + doc.places().out('array').length +
           doc.organizations().out('array').length + doc.sentences().length;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
if (found === 0) throw new Error('compromise found nothing: not a measurement');
console.log(`${bytes} ${seconds.toFixed(3)} ${(bytes / 1e6 / seconds).toFixed(3)}`);
