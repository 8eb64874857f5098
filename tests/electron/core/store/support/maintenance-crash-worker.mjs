// Child process for the maintenance crash test: a core whose clock runs a day ahead on every turn,
// making maintenance visits into jobs (and now and then editing a plan or skipping a visit ahead),
// until it is SIGKILLed.
//   node maintenance-crash-worker.mjs <bundle.mjs> <dataDir> <round>
// Prints `ready` once open, `g <day>` after a run for that day is answered, `s <planId> <date>`
// after a skip is answered. Pipe writes are synchronous on Linux, so a printed answer reached the
// parent even if the kill comes right after.
import { pathToFileURL } from 'node:url';

const [bundle, dir] = process.argv.slice(2);
const { createCore } = await import(pathToFileURL(bundle).href);

const LEAD_DAYS = 5;
const DAY_MS = 86_400_000;
const quiet = { info() {}, warn() {}, error() {} };
// No timers: this loop is the only thing that runs the plans.
const manual = { every: () => () => {} };

// Carry on from the day the previous round had reached (each plan's cursor is that day + lead).
const { readCommittedDocument } = await import(pathToFileURL(bundle).href);
const before = await readCommittedDocument(dir).catch(() => null);
const cursors = (before?.maintenancePlans ?? []).map((p) => p.createdThrough).filter(Boolean).sort();
let now = cursors.length > 0 ? Date.parse(`${cursors.at(-1)}T10:00:00Z`) - LEAD_DAYS * DAY_MS : Date.parse('2026-01-01T10:00:00Z');

const core = await createCore({
  dataDir: dir,
  host: 'headless',
  version: 'crash',
  log: quiet,
  timeZone: 'UTC',
  clock: { now: () => new Date(now) },
  scheduler: manual,
  store: { snapshots: { afterRecords: 8 } },
});
const must = async (promise) => {
  const result = await promise;
  if (!result.ok) throw new Error(`${result.error.code} ${result.error.message}`);
  return result.value;
};

if (core.store.read().clients.length === 0) {
  const client = await must(core.call('clients:create', { name: 'Harbour Dental Practice', contract: { type: 'managed', hourlyRateMinor: 9000 }, slaTier: 'standard' }));
  const base = { clientId: client.id, estimateMinutes: 60, startDay: '2026-01-01', windowStart: '09:00', windowEnd: '12:00', leadDays: LEAD_DAYS };
  await must(core.call('maintenance:create', { ...base, title: 'Weekday backup check', rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }));
  await must(core.call('maintenance:create', { ...base, title: 'Patch Tuesday', rule: 'FREQ=MONTHLY;BYDAY=+2TU' }));
  await must(core.call('maintenance:create', { ...base, title: 'Month-end report', rule: 'FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1' }));
}
process.stdout.write('ready\n');

let turn = 0;
async function loop() {
  for (;;) {
    now += DAY_MS;
    const today = new Date(now).toISOString().slice(0, 10);
    const plans = core.store.read().maintenancePlans;
    const plan = plans[turn % plans.length];
    turn += 1;
    // An edit (title only, so the rule the parent checks stays) racing with the run.
    const edit = Math.random() < 0.3 ? core.call('maintenance:update', { id: plan.id, patch: { title: `${plan.title.split(' #')[0]} #${turn}` } }) : null;
    await core.services.maintenance.generate();
    if (edit) await must(edit);
    process.stdout.write(`g ${today}\n`);
    if (plan.rule.startsWith('FREQ=WEEKLY') && Math.random() < 0.2) {
      // Skip a weekday visit beyond the lead time: it must never get a job.
      const ahead = new Date(now + (LEAD_DAYS + 3) * DAY_MS);
      const day = ahead.getUTCDay();
      if (day >= 1 && day <= 5) {
        const date = ahead.toISOString().slice(0, 10);
        await must(core.call('maintenance:occurrence', { planId: plan.id, date, action: 'skip', reason: 'crash test' }));
        process.stdout.write(`s ${plan.id} ${date}\n`);
      }
    }
  }
}
loop().catch((error) => {
  process.stdout.write(`error ${error.message}\n`);
  process.exit(3);
});
