// compromise (npm), timed on a corpus, as a peer of dateline.
//
//     node compromise.mjs MODE GAZETTEER_TSV CORPUS [PASSES]
//
// MODE `ner`: compromise's own NLP, article by article: nlp(article) (its
// tokenizer, lexicon and tagger), then .people(), .places() and
// .organizations(); matches = the number of those it finds. No gazetteer.
//
// MODE `gazetteer`: the same, after adding every name and alias of the
// gazetteer TSV (the list the other tools get) to compromise's lexicon as
// `Place`; matches = .places() only.
//
// Building (importing, adding words) is timed apart from processing; the
// processing runs PASSES times (default 1) and the fastest pass is
// reported, on one thread, by the wall clock and by CPU time. Prints one line, as tools/peers/peers.py does:
//
//     tool<TAB>build_s<TAB>best_s<TAB>best_cpu_s<TAB>bytes<TAB>matches
//
// best_cpu_s is the process's CPU time (user + system; JavaScript runs on
// one thread, but V8's garbage collector helpers count here too).

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

function loadNames(path) {
  const seen = new Set();
  const names = [];
  for (let line of readFileSync(path, 'utf8').split('\n')) {
    line = line.replace(/\r$/, '');
    if (!line || line.startsWith('#') || line.startsWith('id\tname')) continue;
    const cols = line.split('\t');
    if (cols.length < 2) continue;
    const candidates = [cols[1]];
    if (cols.length > 7 && cols[7]) candidates.push(...cols[7].split('|'));
    for (const name of candidates) {
      if (name && !seen.has(name)) {
        seen.add(name);
        names.push(name);
      }
    }
  }
  return names;
}

// The corpus cut into articles at its `date YYYY-MM-DD` header lines.
function articles(corpus) {
  const out = [];
  let start = 0;
  let at = corpus.indexOf('\ndate ');
  while (at !== -1) {
    if (at + 1 > start) out.push(corpus.slice(start, at + 1));
    start = at + 1;
    at = corpus.indexOf('\ndate ', start);
  }
  out.push(corpus.slice(start));
  return out;
}

const [mode, tsv, corpusPath, passesArg] = process.argv.slice(2);
if (!['ner', 'gazetteer'].includes(mode) || !tsv || !corpusPath) {
  process.stderr.write('usage: node compromise.mjs ner|gazetteer GAZETTEER_TSV CORPUS [PASSES]\n');
  process.exit(2);
}
const passes = passesArg ? Number(passesArg) : 1;
const corpus = readFileSync(corpusPath, 'utf8');
const docs = articles(corpus);

const buildStart = performance.now();
const nlp = (await import('compromise')).default;
if (mode === 'gazetteer') {
  const words = {};
  const names = loadNames(tsv);
  for (const name of names) words[name.toLowerCase()] = 'Place';
  nlp.addWords(words);
  process.stderr.write(`compromise: ${names.length} patterns\n`);
}
// Warm up: compromise compiles its lexicon and tagger lazily.
nlp('Officials met in Paris on Monday, Senator Smith said.').places().length;
const build = (performance.now() - buildStart) / 1000;

function run() {
  let found = 0;
  for (const text of docs) {
    const doc = nlp(text);
    if (mode === 'ner') {
      found += doc.people().length + doc.places().length + doc.organizations().length;
    } else {
      found += doc.places().length;
    }
  }
  return found;
}

let best = Infinity;
let bestCpu = Infinity;
let matches = 0;
for (let i = 0; i < passes; i++) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  matches = run();
  best = Math.min(best, (performance.now() - start) / 1000);
  const used = process.cpuUsage(cpu);
  bestCpu = Math.min(bestCpu, (used.user + used.system) / 1e6);
}
const bytes = Buffer.byteLength(corpus, 'utf8');
console.log(`compromise-${mode}\t${build.toFixed(6)}\t${best.toFixed(6)}\t${bestCpu.toFixed(6)}\t${bytes}\t${matches}`);
