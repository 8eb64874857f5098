/**
 * The intake API against the real headless host: refusals create nothing (checked in the data
 * file), repeats de-duplicate, tokens do not cross over, and a posted job appears on the console.
 */
import { validateDocument } from '../../shared/schemas/document';
import { IntakeLimitsSchema } from '../../shared/schemas/settings';
import { expect, test } from './fixtures';
import { firstClientName, intakeOf, postJob } from './intake-support';

test.use({ hostOptions: { sample: true } });

test('every bad request gets its status and a JSON error, and the data file does not change', async ({ host }) => {
  const intake = intakeOf(host);
  const client = await firstClientName(host);
  const good = { client, title: 'Router down', priority: 'P1', category: 'network', externalRef: 'BAD-1' };
  const before = JSON.stringify(await host.readDataFile());

  const cases: [string, () => ReturnType<typeof postJob>, number, string][] = [
    ['malformed JSON', () => postJob(intake, '{"client": '), 400, 'BAD_INPUT'],
    ['schema errors', () => postJob(intake, { ...good, title: '', priority: 'P7', estimateMinutes: 3 }), 400, 'BAD_INPUT'],
    ['unknown client', () => postJob(intake, { ...good, client: 'Nobody & Sons' }), 422, 'NOT_FOUND'],
    ['no token', () => postJob(intake, good, { Authorization: '' }), 401, 'FORBIDDEN'],
    ['wrong token', () => postJob(intake, good, { Authorization: 'Bearer wrong-token-wrong-token' }), 401, 'FORBIDDEN'],
    ['session token', () => postJob(intake, good, { Authorization: `Bearer ${host.token}` }), 401, 'FORBIDDEN'],
    ['over 64 KiB', () => postJob(intake, { ...good, description: 'x'.repeat(65 * 1024) }), 413, 'BAD_INPUT'],
    ['text/plain', () => postJob(intake, good, { 'Content-Type': 'text/plain' }), 415, 'BAD_INPUT'],
  ];
  for (const [name, send, status, code] of cases) {
    const answer = await send();
    expect(answer.status, name).toBe(status);
    expect(answer.json, name).toMatchObject({ ok: false, error: { code } });
    if (status === 401) expect(answer.headers.get('www-authenticate'), name).toMatch(/^Bearer/);
  }

  const schema = await postJob(intake, { ...good, title: '', priority: 'P7', estimateMinutes: 3 });
  expect(schema.json.error?.issues?.map((i) => i.path)).toEqual(['title', 'priority', 'estimateMinutes']);
  const unknown = await postJob(intake, { ...good, client: 'Nobody & Sons' });
  expect(unknown.json.error?.message).toContain('"Nobody & Sons"');

  expect(JSON.stringify(await host.readDataFile())).toBe(before);
});

test('the intake token does not open the console API', async ({ host }) => {
  const intake = intakeOf(host);
  const response = await fetch(`${host.baseUrl}/api/invoke`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${intake.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ channel: 'queue:list', input: {} }),
  });
  expect(response.status).toBe(401);
});

test('a repeated externalRef creates one job, sequentially and with 50 at once', async ({ host }) => {
  const intake = intakeOf(host);
  const client = await firstClientName(host);
  const body = (ref: string) => ({ client: client.toUpperCase(), title: 'Printer on fire', priority: 'p2', category: 'printer', externalRef: ref });

  const first = await postJob(intake, body('SEQ-1'));
  const second = await postJob(intake, body('SEQ-1'));
  expect([first.status, second.status]).toEqual([201, 200]);
  expect(second.json.job?.id).toBe(first.json.job?.id);
  // A retry learns which job and its status, nothing else.
  expect(Object.keys(second.json.job ?? {}).sort()).toEqual(['id', 'number', 'status']);

  const burst = await Promise.all(Array.from({ length: 50 }, () => postJob(intake, body('BURST-1'))));
  expect(burst.filter((a) => a.status === 201)).toHaveLength(1);
  expect(burst.filter((a) => a.status === 200)).toHaveLength(49);
  expect(new Set(burst.map((a) => a.json.job?.id)).size).toBe(1);

  const doc = await host.readDataFile();
  expect(doc.jobs.filter((j) => j.externalRef === 'SEQ-1')).toHaveLength(1);
  expect(doc.jobs.filter((j) => j.externalRef === 'BURST-1')).toHaveLength(1);
  expect(doc.jobs.find((j) => j.externalRef === 'BURST-1')?.history[0]?.by).toBe('intake:api');
  expect(validateDocument(doc).ok).toBe(true);
});

test('a runaway caller is stopped with 429 and Retry-After, and nothing is created', async ({ host }) => {
  const intake = intakeOf(host);
  const before = (await host.readDataFile()).jobs.length;
  // A runaway loop: batches of 500 malformed bodies as fast as they are answered. Each costs a
  // request (600 at once, 600 a minute by default) and none can create a job; the budget must run dry.
  const answers: Awaited<ReturnType<typeof postJob>>[] = [];
  for (let batch = 0; batch < 20 && !answers.some((a) => a.status === 429); batch++) {
    answers.push(...(await Promise.all(Array.from({ length: 500 }, () => postJob(intake, 'not json')))));
  }
  const limited = answers.filter((a) => a.status === 429);
  expect(limited.length).toBeGreaterThan(0);
  expect(answers.filter((a) => a.status === 400).length).toBeGreaterThanOrEqual(IntakeLimitsSchema.parse({}).requestsPerMinute);
  expect(answers.every((a) => a.status === 400 || a.status === 429)).toBe(true);
  expect(Number(limited[0]!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  expect(limited[0]!.json.error?.message).toMatch(/Too many requests/);
  expect((await host.readDataFile()).jobs.length).toBe(before);
});

test('a loop of new jobs is held to the job burst; its retries still get their job back', async ({ host }) => {
  const intake = intakeOf(host);
  const client = await firstClientName(host);
  const { jobBurst } = IntakeLimitsSchema.parse({});
  const before = (await host.readDataFile()).jobs.length;
  const body = (i: number) => ({ client, title: `Loop ${i}`, priority: 'P3', category: 'software', externalRef: `LOOP-${i}` });
  const answers = await Promise.all(Array.from({ length: jobBurst + 60 }, (_, i) => postJob(intake, body(i))));
  const created = answers.filter((a) => a.status === 201).length;
  // The burst, plus at most what the per-minute rate refilled while the loop ran.
  expect(created).toBeGreaterThanOrEqual(jobBurst);
  expect(created).toBeLessThan(jobBurst + 30);
  const limited = answers.find((a) => a.status === 429)!;
  expect(limited.json.error?.message).toMatch(/Too many new jobs/);
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  expect((await host.readDataFile()).jobs.length).toBe(before + created);
  const retry = await postJob(intake, body(answers.findIndex((a) => a.status === 201)));
  expect(retry.status).toBe(200);
});

test('a posted job appears in the queue of an open console without a reload', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page).toHaveURL(`${host.baseUrl}/`);
  const intake = intakeOf(host);
  const answer = await postJob(intake, {
    client: await firstClientName(host),
    title: 'Intake smoke: NAS unreachable',
    priority: 'P1',
    category: 'network',
    externalRef: 'LIVE-1',
  });
  expect(answer.status).toBe(201);
  await expect(page.getByText('Intake smoke: NAS unreachable').first()).toBeVisible();
});
