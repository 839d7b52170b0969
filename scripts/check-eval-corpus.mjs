#!/usr/bin/env node
// Validates the labelled evaluation corpus in fixtures/eval/ and prints label counts per rule.
//
//   node scripts/check-eval-corpus.mjs [--csv path/to/twcs-5000.csv]
//
// The twcs records reference company replies by tweet id only; the text is read at run time
// from ../shared/data/twcs/twcs-5000.csv (relative to the project root), or from --csv / TWCS_CSV.
// Exits 1 on any validation error.

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EVAL_DIR = resolve(ROOT, 'fixtures/eval');
const RULES = [
  'blame-shifting',
  'missing-apology',
  'missing-remedy',
  'missing-named-contact',
  'readability',
  'canned-duplicate',
];
const VALUES = new Set(['fire', 'pass', 'skip']);
const CHANNELS = new Set(['email', 'social', 'chat']);
const SAMPLES = new Set(['random', 'enriched']);
// The random sample: order every company reply by sha256(`${SEED}:${tweet_id}`) (hex, ascending)
// and take the first RANDOM_N. See fixtures/eval/README.md.
const SEED = 'replylint-eval-v1';
const RANDOM_N = 260;
// Blind held-out sets, drawn in turn from the company replies no earlier file holds, ordered by
// sha256(`${HOLDOUT_SEED}:${tweet_id}`): holdout.jsonl is the first 200, holdout2.jsonl the next 200, and so on.
const HOLDOUT_SEED = 'replylint-holdout-v1';
const HOLDOUTS = [
  { file: 'holdout.jsonl', sample: 'holdout' },
  { file: 'holdout2.jsonl', sample: 'holdout2' },
  { file: 'holdout3.jsonl', sample: 'holdout3' },
  { file: 'holdout4.jsonl', sample: 'holdout4' },
  { file: 'holdout5.jsonl', sample: 'holdout5' },
  { file: 'holdout6.jsonl', sample: 'holdout6' },
  { file: 'holdout7.jsonl', sample: 'holdout7' },
  { file: 'holdout8.jsonl', sample: 'holdout8' },
  { file: 'holdout9.jsonl', sample: 'holdout9' },
  { file: 'holdout10.jsonl', sample: 'holdout10' },
];
const HOLDOUT_N = 200;
// The blind e-mail set: rows of the Bitext CSV ordered by sha256(`${BITEXT_SEED}:${row index}`); the
// first 100 (random), then the next 50 whose intent is a problem (enriched). Not labelled for canned-duplicate.
const BITEXT_SEED = 'replylint-eval-bitext-v1';
const BITEXT_RANDOM_N = 100;
const BITEXT_ENRICHED_N = 50;
const BITEXT_PROBLEMS = new Set(['complaint', 'payment_issue', 'registration_problems', 'get_refund', 'track_refund', 'delivery_period', 'track_order', 'check_cancellation_fee']);
const BITEXT_RULES = RULES.filter((rule) => rule !== 'canned-duplicate');

const errors = [];
const warnings = [];
const err = (msg) => errors.push(msg);

function csvPath() {
  const i = process.argv.indexOf('--csv');
  if (i !== -1 && process.argv[i + 1]) return resolve(process.argv[i + 1]);
  if (process.env.TWCS_CSV) return resolve(process.env.TWCS_CSV);
  return resolve(ROOT, '../shared/data/twcs/twcs-5000.csv');
}

/**
 * Minimal RFC 4180 parser. Records end at "\n" or "\r\n" outside quotes. A bare "\r" that is not
 * followed by "\n" stays inside the field: twcs-5000.csv has one unquoted field with bare carriage
 * returns, which strict parsers reject or split.
 */
export function parseCsv(text) {
  const records = [];
  let record = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += c;
    } else if (c === '"' && field === '') inQuotes = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length) {
    record.push(field);
    records.push(record);
  }
  return records;
}

function loadTweets(path) {
  if (!existsSync(path)) {
    err(`CSV not found: ${path} (pass --csv or set TWCS_CSV)`);
    return new Map();
  }
  const rows = parseCsv(readFileSync(path, 'utf8'));
  const header = rows.shift();
  const col = (name) => header.indexOf(name);
  const [iId, iAuthor, iInbound, iText, iIrt] = ['tweet_id', 'author_id', 'inbound', 'text', 'in_response_to_tweet_id'].map(col);
  if ([iId, iAuthor, iInbound, iText, iIrt].some((i) => i < 0)) err(`unexpected CSV header: ${header.join(',')}`);
  const tweets = new Map();
  rows.forEach((r, n) => {
    if (r.length !== header.length) {
      err(`CSV record ${n + 2} has ${r.length} fields, expected ${header.length}`);
      return;
    }
    tweets.set(r[iId], { author: r[iAuthor], inbound: r[iInbound], text: r[iText], irt: r[iIrt].replace(/\.0$/, '') });
  });
  return tweets;
}

function readJsonl(file) {
  const path = resolve(EVAL_DIR, file);
  if (!existsSync(path)) {
    err(`missing ${file}`);
    return [];
  }
  const out = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        out.push({ line: i + 1, rec: JSON.parse(line) });
      } catch (e) {
        err(`${file}:${i + 1}: invalid JSON (${e.message})`);
      }
    });
  return out;
}

function newCounts() {
  return Object.fromEntries(RULES.map((r) => [r, { fire: 0, pass: 0, skip: 0 }]));
}

function checkLabels(where, labels, { requireAll }) {
  if (!labels || typeof labels !== 'object' || Array.isArray(labels)) {
    err(`${where}: labels must be an object`);
    return false;
  }
  for (const [rule, value] of Object.entries(labels)) {
    if (!RULES.includes(rule)) err(`${where}: unknown rule "${rule}"`);
    if (!VALUES.has(value)) err(`${where}: invalid label "${value}" for ${rule}`);
  }
  if (requireAll) for (const rule of RULES) if (!(rule in labels)) err(`${where}: missing label for ${rule}`);
  return true;
}

function tally(counts, labels) {
  for (const rule of RULES) if (labels?.[rule] && counts[rule]?.[labels[rule]] !== undefined) counts[rule][labels[rule]]++;
}

function needsNote(where, rec) {
  const flagged = Object.values(rec.labels ?? {}).some((v) => v === 'fire' || v === 'skip');
  if (flagged && !(typeof rec.note === 'string' && rec.note.trim())) err(`${where}: a fire or skip label needs a note`);
}

function checkTwcs(tweets) {
  const counts = { all: newCounts(), random: newCounts(), enriched: newCounts() };
  const seen = new Set();
  const recs = readJsonl('twcs.jsonl');
  for (const { line, rec } of recs) {
    const where = `twcs.jsonl:${line}`;
    const id = rec.tweetId;
    if (typeof id !== 'string' || !/^\d+$/.test(id)) err(`${where}: tweetId must be a string of digits`);
    if (seen.has(id)) err(`${where}: duplicate tweetId ${id}`);
    seen.add(id);
    if (tweets.size) {
      const t = tweets.get(id);
      if (!t) err(`${where}: tweetId ${id} not in CSV`);
      else if (t.inbound !== 'False') err(`${where}: tweetId ${id} is not a company reply (inbound=${t.inbound})`);
    }
    if (!SAMPLES.has(rec.sample)) err(`${where}: sample must be "random" or "enriched"`);
    if ('text' in rec) err(`${where}: do not copy tweet text into the corpus`);
    if (checkLabels(where, rec.labels, { requireAll: true })) {
      tally(counts.all, rec.labels);
      if (counts[rec.sample]) tally(counts[rec.sample], rec.labels);
    }
    needsNote(where, rec);
  }
  if (tweets.size) {
    const company = [...tweets].filter(([, t]) => t.inbound === 'False').map(([id]) => id);
    const key = (id) => createHash('sha256').update(`${SEED}:${id}`).digest('hex');
    const keyed = company.map((id) => [key(id), id]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const expected = new Set(keyed.slice(0, RANDOM_N).map(([, id]) => id));
    const actual = new Set(recs.filter((r) => r.rec.sample === 'random').map((r) => r.rec.tweetId));
    const missing = [...expected].filter((id) => !actual.has(id));
    const extra = [...actual].filter((id) => !expected.has(id));
    if (missing.length || extra.length)
      err(`random sample does not match seed "${SEED}": missing ${missing.slice(0, 5).join(',')}${missing.length > 5 ? '…' : ''} extra ${extra.slice(0, 5).join(',')}`);
    for (const r of recs) if (r.rec.sample === 'enriched' && expected.has(r.rec.tweetId)) err(`twcs.jsonl:${r.line}: enriched record ${r.rec.tweetId} belongs to the random sample`);
  }
  return { n: recs.length, nRandom: recs.filter((r) => r.rec.sample === 'random').length, counts, ids: seen };
}

/** A blind held-out set: the draw, ids, labels and notes. `taken` holds ids of earlier files. */
function checkHoldout(tweets, { file, sample }, taken) {
  const counts = newCounts();
  const recs = readJsonl(file);
  const seen = new Set();
  for (const { line, rec } of recs) {
    const where = `${file}:${line}`;
    if (seen.has(rec.tweetId)) err(`${where}: duplicate tweetId ${rec.tweetId}`);
    seen.add(rec.tweetId);
    if (taken.has(rec.tweetId)) err(`${where}: tweetId ${rec.tweetId} is already in an earlier set`);
    if (rec.sample !== sample) err(`${where}: sample must be "${sample}"`);
    if ('text' in rec) err(`${where}: do not copy tweet text into the corpus`);
    if (checkLabels(where, rec.labels, { requireAll: true })) tally(counts, rec.labels);
    needsNote(where, rec);
  }
  if (tweets.size) {
    const key = (id) => createHash('sha256').update(`${HOLDOUT_SEED}:${id}`).digest('hex');
    const pool = [...tweets].filter(([id, t]) => t.inbound === 'False' && !taken.has(id)).map(([id]) => [key(id), id]);
    pool.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const expected = pool.slice(0, HOLDOUT_N).map(([, id]) => id);
    const actual = recs.map((r) => r.rec.tweetId);
    if (expected.join(',') !== actual.join(',')) err(`${file}: not the first ${HOLDOUT_N} replies, in order, of the draw with seed "${HOLDOUT_SEED}"`);
  }
  for (const { rec } of recs) taken.add(rec.tweetId);
  return { n: recs.length, counts };
}

/** Hand-written exchanges: `cases.jsonl` (traps, some rules each) or `written.jsonl` (blind, five rules each). */
function checkCases(file = 'cases.jsonl', { allFive = false } = {}) {
  const counts = newCounts();
  const seen = new Set();
  const recs = readJsonl(file);
  for (const { line, rec } of recs) {
    const where = `${file}:${line}`;
    if (typeof rec.id !== 'string' || !rec.id) err(`${where}: id must be a non-empty string`);
    if (seen.has(rec.id)) err(`${where}: duplicate id ${rec.id}`);
    seen.add(rec.id);
    if (typeof rec.text !== 'string' || !rec.text.trim()) err(`${where}: text must be a non-empty string`);
    if ('context' in rec && typeof rec.context !== 'string') err(`${where}: context must be a string`);
    if (!CHANNELS.has(rec.channel)) err(`${where}: channel must be email, social or chat`);
    if ('previousReplies' in rec && !(Array.isArray(rec.previousReplies) && rec.previousReplies.every((s) => typeof s === 'string' && s.trim())))
      err(`${where}: previousReplies must be an array of non-empty strings`);
    if (checkLabels(where, rec.labels, { requireAll: false })) {
      if (!Object.keys(rec.labels).length) err(`${where}: at least one label is required`);
      if (rec.labels['canned-duplicate'] === 'fire' && !rec.previousReplies?.length)
        err(`${where}: canned-duplicate fire needs previousReplies`);
      if (allFive) {
        for (const rule of BITEXT_RULES) if (!(rule in rec.labels)) err(`${where}: missing label for ${rule}`);
        if ('canned-duplicate' in rec.labels) err(`${where}: canned-duplicate is not labelled in this set`);
      }
      tally(counts, rec.labels);
    }
    needsNote(where, rec);
  }
  return { n: recs.length, counts };
}

function checkBitext() {
  const counts = newCounts();
  const file = 'bitext.jsonl';
  const csv = resolve(ROOT, '../shared/data/bench/Bitext_Sample_Customer_Support_Training_Dataset.csv');
  const recs = readJsonl(file);
  for (const { line, rec } of recs) {
    const where = `${file}:${line}`;
    if (rec.sample !== 'bitext') err(`${where}: sample must be "bitext"`);
    if ('text' in rec || 'reply' in rec || 'customer' in rec) err(`${where}: do not copy Bitext text into the corpus`);
    if (checkLabels(where, rec.labels, { requireAll: false })) {
      for (const rule of BITEXT_RULES) if (!(rule in rec.labels)) err(`${where}: missing label for ${rule}`);
      if ('canned-duplicate' in rec.labels) err(`${where}: canned-duplicate is not labelled in this set`);
      tally(counts, rec.labels);
    }
    needsNote(where, rec);
  }
  if (existsSync(csv)) {
    const rows = parseCsv(readFileSync(csv, 'utf8'));
    const header = rows.shift();
    const intent = header.indexOf('intent');
    const key = (i) => createHash('sha256').update(`${BITEXT_SEED}:${i}`).digest('hex');
    const order = rows.map((_, i) => i).sort((a, b) => (key(a) < key(b) ? -1 : 1));
    const random = order.slice(0, BITEXT_RANDOM_N);
    const enriched = order.slice(BITEXT_RANDOM_N).filter((i) => BITEXT_PROBLEMS.has(rows[i][intent])).slice(0, BITEXT_ENRICHED_N);
    const expected = [...random.map((row) => `${row}:random`), ...enriched.map((row) => `${row}:enriched`)].join(',');
    if (recs.map(({ rec }) => `${rec.row}:${rec.draw}`).join(',') !== expected) err(`${file}: not the draw with seed "${BITEXT_SEED}" (${BITEXT_RANDOM_N} random, then ${BITEXT_ENRICHED_N} problem intents), in order`);
  } else warnings.push(`Bitext CSV not found (${csv}): the e-mail set's draw was not checked`);
  return { n: recs.length, counts };
}

function table(title, counts) {
  const lines = [`${title}`, `  ${'rule'.padEnd(24)}${'fire'.padStart(6)}${'pass'.padStart(6)}${'skip'.padStart(6)}  skip%`];
  for (const rule of RULES) {
    const c = counts[rule];
    const total = c.fire + c.pass + c.skip;
    const pct = total ? ((100 * c.skip) / total).toFixed(1) : '0.0';
    lines.push(`  ${rule.padEnd(24)}${String(c.fire).padStart(6)}${String(c.pass).padStart(6)}${String(c.skip).padStart(6)}  ${pct.padStart(5)}`);
  }
  return lines.join('\n');
}

const path = csvPath();
const tweets = loadTweets(path);
const twcs = checkTwcs(tweets);
const cases = checkCases();
const taken = new Set(twcs.ids);
const holdouts = HOLDOUTS.filter(({ file }) => existsSync(resolve(EVAL_DIR, file))).map((set) => ({ ...set, ...checkHoldout(tweets, set, taken) }));

const bitext = existsSync(resolve(EVAL_DIR, 'bitext.jsonl')) ? checkBitext() : undefined;
// Every written set in the folder, in order (written, written2, …): a new set needs no edit here.
const writtenNumber = (file) => Number(/^written(\d*)\.jsonl$/.exec(file)?.[1] || 1);
const written = readdirSync(EVAL_DIR).filter((file) => /^written\d*\.jsonl$/.test(file)).sort((a, b) => writtenNumber(a) - writtenNumber(b)).map((file) => ({ file, ...checkCases(file, { allFive: true }) }));

for (const rule of RULES) {
  const c = twcs.counts.all[rule];
  const total = c.fire + c.pass + c.skip;
  if (total && c.skip / total >= 0.1) warnings.push(`twcs: ${rule} skips are ${c.skip}/${total} (>= 10%)`);
  if (!c.fire) warnings.push(`twcs: ${rule} has no positives`);
  const k = cases.counts[rule];
  if (!k.fire || !k.pass) warnings.push(`cases: ${rule} needs both fire and pass examples`);
}
if (twcs.n < 320) warnings.push(`twcs: only ${twcs.n} records (target >= 320)`);
if (cases.n < 150) warnings.push(`cases: only ${cases.n} cases (target >= 150)`);

console.log(`CSV: ${path} (${tweets.size} tweets)`);
console.log(`twcs.jsonl: ${twcs.n} company replies (${twcs.nRandom} random, ${twcs.n - twcs.nRandom} enriched)`);
console.log(table('twcs.jsonl, all', twcs.counts.all));
console.log(table('twcs.jsonl, random sample only', twcs.counts.random));
console.log(table('twcs.jsonl, enriched sample only', twcs.counts.enriched));
console.log(`cases.jsonl: ${cases.n} hand-written cases`);
console.log(table('cases.jsonl', cases.counts));
for (const set of holdouts) console.log(table(`${set.file}: ${set.n} blind held-out replies`, set.counts));
if (bitext) console.log(table(`bitext.jsonl: ${bitext.n} blind held-out e-mail exchanges`, bitext.counts));
for (const set of written) console.log(table(`${set.file}: ${set.n} blind hand-written exchanges`, set.counts));
for (const w of warnings) console.log(`warning: ${w}`);
for (const e of errors) console.error(`error: ${e}`);
console.log(errors.length ? `eval corpus: ${errors.length} error(s)` : 'eval corpus: ok');
process.exit(errors.length ? 1 : 0);
