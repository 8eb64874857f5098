// Child process for the intake crash test: a core receiving intake calls, each externalRef sent
// twice (the second while the first may still be on its way to disk, as a client retrying after a
// timeout does), until it is SIGKILLed.
//   node intake-crash-worker.mjs <bundle.mjs> <dataDir> <round>
// Prints `ready <jobsAtOpen>` once open; `a <externalRef> <jobId> <201|200>` only after a call is
// answered (what the HTTP route would send). Pipe writes are synchronous on Linux, so a printed
// answer reached the parent even if the kill comes right after.
import { pathToFileURL } from 'node:url';

const [bundle, dir, round] = process.argv.slice(2);
const { createCore, parseIntakeJob } = await import(pathToFileURL(bundle).href);

const quiet = { info() {}, warn() {}, error() {} };
const core = await createCore({ dataDir: dir, host: 'headless', version: 'crash', log: quiet, timeZone: 'UTC' });
if (core.store.read().clients.length === 0) {
  const made = await core.call('clients:create', { name: 'Harbour Dental Practice', contract: { type: 'managed', hourlyRateMinor: 9000 }, slaTier: 'standard' });
  if (!made.ok) throw new Error(made.error.message);
}
process.stdout.write(`ready ${core.store.read().jobs.length}\n`);

let next = 0;
let outstanding = 0;

function send(ref) {
  const parsed = parseIntakeJob({ client: 'Harbour Dental Practice', title: `Call ${ref}`, priority: 'P2', category: 'network', externalRef: ref });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  outstanding += 1;
  core.services.intake.submit(parsed.value).then(
    ({ job, created }) => {
      outstanding -= 1;
      process.stdout.write(`a ${ref} ${job.id} ${created ? 201 : 200}\n`);
    },
    (error) => {
      process.stdout.write(`error ${error.message}\n`);
      process.exit(3);
    },
  );
}

function burst() {
  const count = 1 + Math.floor(Math.random() * 3);
  for (let i = 0; i < count && outstanding < 64; i++) {
    const ref = `r${round}-${next++}`;
    send(ref);
    // The same reference again, now or a few turns later: during the first one's write or after it.
    const delay = Math.floor(Math.random() * 3);
    if (delay === 0) send(ref);
    else setTimeout(() => send(ref), delay);
  }
  setImmediate(burst);
}
burst();
