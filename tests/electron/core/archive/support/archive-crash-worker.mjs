// Child process for the archive crash test: adds finished jobs and archives them in small batches,
// without pause, until it is SIGKILLed.
//   node archive-crash-worker.mjs <bundle.mjs> <dataDir> <round>
// Prints `ready` once the store is open; `a <id>` only after the job's mutation is on disk;
// `b <moved>` after each archive batch. Pipe writes are synchronous on Linux, so a printed ack
// reached the parent even if the kill comes right after.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [bundle, dir, round] = process.argv.slice(2);
const { openStore, ArchiveFiles, ArchiveIndex, Archiver, migrations, CURRENT_SCHEMA_VERSION, validateDocument, emptyDocument, makeJob } = await import(
  pathToFileURL(bundle).href
);

const quiet = { info() {}, warn() {}, error() {} };
const clock = { now: () => new Date() };
const store = await openStore({
  dir,
  currentVersion: CURRENT_SCHEMA_VERSION,
  migrations,
  validate: validateDocument,
  // The parent created the data file; this only satisfies the store's rule check.
  empty: () => emptyDocument('UTC'),
  onWarning: () => {},
});
const files = new ArchiveFiles(join(dir, 'archive'));
await files.prepare();
const index = new ArchiveIndex(files);
const archiver = new Archiver({ store, files, index, clock, log: quiet, batchSize: 7 });
process.stdout.write('ready\n');

const DAY = 24 * 3600_000;
let next = 0;
let outstanding = 0;

function finishedJob(id, number) {
  // 31–400 days ago: spread over about a dozen month files.
  const at = new Date(Date.now() - (31 + Math.floor(Math.random() * 370)) * DAY).toISOString();
  return makeJob({
    id, number, clientId: 'c1', title: `Crash job ${id}`, category: 'other', status: 'done', receivedAt: at, estimateMinutes: 30,
    assignment: { technicianId: 't1', start: at, end: new Date(Date.parse(at) + 1800_000).toISOString() },
    history: [{ at, by: 'dispatcher', action: 'status', detail: 'on site → done' }],
    createdAt: at, updatedAt: at,
  });
}

function addSome() {
  const count = 1 + Math.floor(Math.random() * 4);
  for (let i = 0; i < count && outstanding < 40; i++) {
    const n = next++;
    const id = `r${round}-${n}`;
    outstanding += 1;
    store.mutate((doc) => void doc.jobs.push(finishedJob(id, `J-${Number(round) * 100000 + n}`))).then(
      () => {
        outstanding -= 1;
        process.stdout.write(`a ${id}\n`);
      },
      (error) => {
        process.stdout.write(`error ${error.message}\n`);
        process.exit(3);
      },
    );
  }
  setImmediate(addSome);
}

async function archiveForever() {
  for (;;) {
    const { moved } = await archiver.batch();
    process.stdout.write(`b ${moved.length}\n`);
    if (moved.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

addSome();
archiveForever().catch((error) => {
  process.stdout.write(`error ${error.message}\n`);
  process.exit(3);
});
