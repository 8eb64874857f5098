#!/usr/bin/env node
// Intake API throughput: start the built headless host (sample shop, fresh temp folder),
// send N concurrent `POST /api/v1/jobs` on loopback with distinct externalRefs, report jobs/s with
// durable storage (a 201 is sent only after fsync), and check every job is on disk exactly once.
//   node scripts/bench-intake.mjs [--host-js out/main/host.js] [--n 1000] [--rounds 3]
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { 'host-js': { type: 'string' }, n: { type: 'string' }, rounds: { type: 'string' } } });
const hostJs = resolve(values['host-js'] ?? join(process.env.DISPATCH_OUT_DIR ?? 'out', 'main/host.js'));
const n = Number(values.n ?? 1000);
const rounds = Number(values.rounds ?? 3);

const dir = await mkdtemp(join(tmpdir(), 'dispatch-bench-intake-'));
const child = spawn(process.execPath, [...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean), hostJs, '--data', dir, '--port', '0', '--sample'], { stdio: ['ignore', 'pipe', 'inherit'] });
let out = '';
const ready = new Promise((resolveReady, reject) => {
  child.stdout.setEncoding('utf8').on('data', (chunk) => {
    out += chunk;
    if (out.includes('ready at')) resolveReady();
  });
  child.once('exit', (code) => reject(new Error(`host exited ${code}:\n${out}`)));
});
await ready;
const [, url, token] = /Intake API: POST (\S+) \(token (\S+)\)/.exec(out);
const dataFile = /Data file: (.+)/.exec(out)[1].trim();

const invoke = async (channel, input) => {
  const session = /#token=([\w-]+)/.exec(out)[1];
  const r = await fetch(url.replace('/api/v1/jobs', '/api/invoke'), {
    method: 'POST',
    headers: { Authorization: `Bearer ${session}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ channel, input }),
  });
  return (await r.json()).value;
};
const client = (await invoke('clients:list', {})).clients[0].name;
// The intake budgets per token (settings → intake → limits) are sized for a real shop; raise them to
// their maximum so this measures the host, not the limiter.
const settings = await invoke('settings:get', {});
await invoke('settings:set', {
  intake: { ...settings.intake, limits: { jobsPerMinute: 100_000, jobBurst: 100_000, requestsPerMinute: 1_000_000, kibPerMinute: 1_000_000, kibBurst: 1_000_000 } },
});

/** One POST over `agent`; resolves with the status (node:http, so each round gets fresh sockets). */
function post(agent, body) {
  return new Promise((resolvePost, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolvePost(res.statusCode));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const results = [];
for (let round = 0; round < rounds; round++) {
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
  const started = performance.now();
  const statuses = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      post(agent, JSON.stringify({ client, title: `Bench ${round}-${i}`, priority: 'P3', category: 'software', externalRef: `bench-${round}-${i}` })),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  const doc = JSON.parse(await readFile(dataFile, 'utf8'));
  const refs = doc.jobs.filter((j) => j.externalRef?.startsWith(`bench-${round}-`)).map((j) => j.externalRef);
  const bad = statuses.filter((s) => s !== 201).length;
  results.push({ round, seconds, perSecond: n / seconds, bad, onDisk: refs.length, unique: new Set(refs).size, jobsInFile: doc.jobs.length });
  console.log(
    `round ${round + 1}: ${n} concurrent POSTs in ${seconds.toFixed(2)} s = ${(n / seconds).toFixed(0)} jobs/s; ` +
      `non-201: ${bad}; on disk ${refs.length} (unique ${new Set(refs).size}); file now holds ${doc.jobs.length} jobs`,
  );
}
child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));
await rm(dir, { recursive: true, force: true });
if (results.some((r) => r.bad > 0 || r.onDisk !== n || r.unique !== n)) process.exit(1);
