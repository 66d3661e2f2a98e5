// npm run bench:letters [-- --letters 304910 --workers N --distinct 1000]
// Renders the letters a dunning run over 1M cases queues, on the API's letter render pool (worker threads,
// one per core), against a bare pdfkit one-page document rendered in the same run on as many workers.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DEFAULT_STRATEGIES, computeBalance, addDays } from '@mahnwerk/domain';
import { argValue, repoRoot } from './lib.mjs';

// A dunning run on 1M generated cases queues 304,910 letters (bench:dunning, bench/README.md): one
// consolidated letter per debtor and creditor whose case took a letter step that day.
const LETTERS_OF_1M_RUN = 304_910;
const letters = Number(argValue('letters', String(LETTERS_OF_1M_RUN)));
const workers = Number(argValue('workers', String(availableParallelism())));
const distinct = Math.min(letters, Number(argValue('distinct', '1000')));
const GOAL = 300;

const api = (file) => `${repoRoot}/apps/api/dist/${file}`;
const { composeLetter } = await import(api('dunning/compose-letter.js'));
const { LetterRenderPool } = await import(api('letters/letter-render-pool.js'));

/** A small reproducible PRNG (mulberry32), so every run renders the same letters. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AGENCY = {
  name: 'Mahnwerk Inkasso GmbH', address: ['Musterstraße 1', '20095 Hamburg'],
  account: { holder: 'Mahnwerk Inkasso GmbH', iban: 'DE87200400000627384900', bic: 'COBADEHHXXX' },
};
const AUTHORITY = 'Bundesamt für Justiz, Adenauerallee 99-103, 53113 Bonn, poststelle@bfj.bund.de';
const WRITTEN_ON = '2026-12-28';

/**
 * The generated set models the demo data's creditors (bench's 1M cases): three in four letters
 * from the two German creditors (German, with the GiroCode and, to consumers, RDG 13a's notices),
 * one in four from the Danish one (no GiroCode); consumers 85 %; 80 % of letters name one case,
 * 15 % two, 5 % three; each case 1 to 3 invoices.
 */
function generateLetter(random, n) {
  const german = random() < 0.75;
  const country = german ? 'DE' : 'DK';
  const kind = random() < 0.85 ? 'consumer' : 'business';
  const caseCount = random() < 0.8 ? 1 : random() < 0.75 ? 2 : 3;
  const creditor = {
    name: german ? 'Stadtwerke Rheinland GmbH' : 'Nordisk Energi A/S', legalName: german ? 'Stadtwerke Rheinland GmbH' : 'Nordisk Energi A/S',
    address: german ? 'Industriestraße 5, 50667 Köln' : 'Vesterbrogade 10, 1620 København V', country,
    strategy: { id: country, country, dunning_strategy: null },
    iban: german ? 'DE37670505050038124507' : null, bic: german ? 'MANSDE66XXX' : null,
    letterLanguage: german ? 'de' : 'da', vatDeductible: random() < 0.5,
  };
  const debtor = {
    ref: `D-${String(n).padStart(7, '0')}`, name: `Debtor ${n}`, kind, addressResearched: random() < 0.05,
    address: german ? `Hauptstraße ${1 + (n % 120)}\n${10115 + (n % 800)} Berlin` : `Nørregade ${1 + (n % 90)}\n${1165 + (n % 500)} København K`,
  };
  const cases = [];
  for (let c = 0; c < caseCount; c++) {
    const claims = [];
    const invoices = 1 + Math.floor(random() * 3);
    for (let i = 0; i < invoices; i++) {
      const due = addDays('2026-06-01', Math.floor(random() * 150));
      claims.push({
        id: `${n}-${c}-${i}`, reference: `INV-${n}-${c}${i}`, principalCents: 2_000 + Math.floor(random() * 200_000),
        invoiceDate: addDays(due, -14), dueDate: due, defaultDate: null, claimKind: 'goods_services', dueDateFixed: false,
        contractSubject: 'Stromlieferung', contractDate: addDays(due, -60), arisenOn: addDays(due, -60),
      });
    }
    const balance = computeBalance({
      country, debtorKind: kind, currency: german ? 'EUR' : 'DKK', asOf: WRITTEN_ON,
      claims: claims.map((cl) => ({ ...cl })), fees: [], payments: [],
    }, { lineDetails: true, statutoryFlatFees: true });
    cases.push({ case: { id: `${String(n).padStart(8, '0')}-0000-4000-8000-${String(c).padStart(12, '0')}`, stage: 'DUNNING_1', currency: german ? 'EUR' : 'DKK', creditor, debtor }, claims, balance });
  }
  return composeLetter(cases, ['DUNNING_1'], DEFAULT_STRATEGIES[country], WRITTEN_ON, AGENCY, AUTHORITY);
}

const random = prng(20261228);
const set = Array.from({ length: distinct }, (_, i) => generateLetter(random, i + 1));
const withQr = set.filter((l) => l.payment?.epcPayload).length;
console.log(`${letters.toLocaleString('en')} letters (${distinct} distinct, ${Math.round((withQr / distinct) * 100)} % with the GiroCode), ${workers} worker threads`);

/** Runs `count` jobs with at most `inFlight` waiting at a time; returns jobs per second. */
async function throughput(count, inFlight, job) {
  const started = performance.now();
  let next = 0;
  let bytes = 0;
  const lane = async () => {
    while (next < count) {
      const size = await job(next++);
      bytes += size;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: count / seconds, seconds, bytes };
}

// For reference: one thread, in-process (how the letter writer rendered before the pool), on a tenth of the letters.
const { renderLetterPdf } = await import(api('letters/letter-pdf.js'));
const oneThreadCount = Math.max(100, Math.round(letters / 10));
const oneThread = await throughput(oneThreadCount, 1, async (i) => (await renderLetterPdf(set[i % distinct], new Date('2026-12-28T06:00:00Z'))).length);

// The letters: on the pool the letter writer uses.
const pool = new LetterRenderPool(workers);
if (!pool.threaded) throw new Error('The compiled letter render worker is missing: run npm run build first.');
const createdAt = new Date('2026-12-28T06:00:00Z');
await throughput(Math.min(200, letters), workers * 4, async (i) => (await pool.render(set[i % distinct], createdAt)).length); // warm-up
const letter = await throughput(letters, workers * 4, async (i) => (await pool.render(set[i % distinct], createdAt)).length);
await pool.close();

// The reference: a bare pdfkit one-page document, on as many workers.
const bareWorkers = Array.from({ length: workers }, () => new Worker(new URL('./letters-bare.worker.mjs', import.meta.url)));
let jobId = 0;
const waiting = new Map();
for (const w of bareWorkers) w.on('message', ({ id, bytes }) => { waiting.get(id)(bytes); waiting.delete(id); });
const bareJob = (i) => new Promise((resolve) => {
  const id = ++jobId;
  waiting.set(id, resolve);
  bareWorkers[i % workers].postMessage({ id });
});
await throughput(Math.min(200, letters), workers * 4, bareJob); // warm-up
const bare = await throughput(letters, workers * 4, bareJob);
await Promise.all(bareWorkers.map((w) => w.terminate()));

const fmt = (n) => Math.round(n).toLocaleString('en');
console.log(`letters:           ${fmt(letter.perSecond)} letters/s (${letter.seconds.toFixed(1)} s, ${fmt(letter.bytes / letters)} bytes each)`);
console.log(`one thread:        ${fmt(oneThread.perSecond)} letters/s in-process (${fmt(oneThreadCount)} letters)`);
console.log(`bare pdfkit pages: ${fmt(bare.perSecond)} documents/s (${bare.seconds.toFixed(1)} s)`);
console.log(`letters / bare = ${(letter.perSecond / bare.perSecond).toFixed(2)}; ${fmt(LETTERS_OF_1M_RUN)} letters of a 1M-case run take ${(LETTERS_OF_1M_RUN / letter.perSecond / 60).toFixed(1)} min`);
console.log(`${letter.perSecond >= GOAL ? 'PASS' : 'MISS'}  ${fmt(letter.perSecond)} letters/s (goal: at least ${GOAL} on this machine)`);
