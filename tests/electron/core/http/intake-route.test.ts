/**
 * The intake route on the Electron app's intake-only server, over a real core in a temp folder:
 * every refusal has its status and creates nothing; accepted jobs are on disk before the answer.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { INTAKE_PATH } from '../../../../electron/core/http/intake-route';
import type { IntakeRouteOptions } from '../../../../electron/core/http/intake-route';
import { INTAKE, intakeJob as job, startIntake } from './intake-support';
import type { IntakeTestServer } from './intake-support';
import { rawRequest } from './test-server';
import type { RawResponse } from './test-server';

let t: IntakeTestServer;
let server: IntakeTestServer['server'];

async function start(extra: Partial<IntakeRouteOptions> = {}): Promise<void> {
  t = await startIntake(extra);
  server = t.server;
}

afterEach(async () => {
  await t?.close();
});

const post = (body: unknown, headers: Record<string, string> = {}, path = INTAKE_PATH): Promise<RawResponse> => t.post(body, headers, path);
const onDisk = () => t.onDisk();

describe('POST /api/v1/jobs', () => {
  it('creates the job (201) and it is on disk when the answer arrives; a repeat is 200 with the same job', async () => {
    await start();
    const first = await post(job({ externalRef: 'TCK-1' }));
    expect(first.status).toBe(201);
    const created = JSON.parse(first.body) as { ok: boolean; created: boolean; job: { id: string } };
    const stored = (await onDisk()).jobs;
    expect(stored.map((j) => j.id)).toEqual([created.job.id]);
    const [saved] = stored;
    // Only what a caller needs to track its job and SLA: no notes, history, assignment or client.
    expect(created).toEqual({
      ok: true,
      created: true,
      job: {
        id: saved!.id,
        number: saved!.number,
        status: 'new',
        priority: 'P1',
        receivedAt: saved!.receivedAt,
        responseDueAt: saved!.responseDueAt,
        resolutionDueAt: saved!.resolutionDueAt,
      },
    });

    const again = await post(job({ externalRef: 'TCK-1' }));
    expect(again.status).toBe(200);
    expect(JSON.parse(again.body)).toEqual({ ok: true, created: false, job: { id: saved!.id, number: saved!.number, status: 'new' } });
    expect((await onDisk()).jobs).toHaveLength(1);
  });

  it('a retry sees only id, number and status, never notes, history or assignment', async () => {
    await start();
    await post(job({ externalRef: 'MON-9', notes: 'Alarm code 4417 — door at rear', description: 'Server room' }));
    const again = await post(job({ externalRef: 'MON-9' }));
    expect(again.status).toBe(200);
    const answer = JSON.parse(again.body) as { job: Record<string, unknown> };
    expect(Object.keys(answer.job).sort()).toEqual(['id', 'number', 'status']);
    expect(again.body).not.toContain('4417');
  });

  it("refuses with 409 and reveals nothing when the externalRef is another client's job", async () => {
    await start();
    await post(job({ externalRef: 'TCK-7', notes: 'Safe combination 1234' }));
    const before = await onDisk();
    const guess = await post(job({ client: 'Whitfield & Crane Solicitors', externalRef: 'TCK-7' }));
    expect(guess.status).toBe(409);
    const answer = JSON.parse(guess.body) as { ok: boolean; error: { code: string; issues: { path: string }[] } };
    expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT', issues: [{ path: 'externalRef' }] } });
    const [theirs] = before.jobs;
    for (const secret of [theirs!.id, theirs!.number, '1234', 'Harbour', theirs!.status]) expect(guess.body).not.toContain(secret);
    expect(await onDisk()).toEqual(before);
  });

  it.each<[string, () => Promise<RawResponse>, number, RegExp]>([
    ['no token', () => post(job(), { Authorization: '' }), 401, /Authorization: Bearer/],
    ['a wrong token', () => post(job(), { Authorization: 'Bearer not-the-intake-token-at-all' }), 401, /intake token is wrong/],
    ['text/plain', () => post(job(), { 'Content-Type': 'text/plain' }), 415, /application\/json/],
    ['malformed JSON', () => post('{"client": "x",'), 400, /not valid JSON/],
    ['a JSON array', () => post([job()]), 400, /fix these fields: \(root\)/],
    ['schema errors', () => post(job({ priority: 'urgent', title: '' })), 400, /fix these fields: title, priority/],
    ['an unknown client', () => post(job({ client: 'Acme Ltd' })), 422, /no client with the id or name "Acme Ltd"/],
    ['a body over 64 KiB', () => post(job({ description: 'x'.repeat(70 * 1024) })), 413, /larger than 64 KiB/],
  ])('refuses %s with %s… and creates nothing', async (_name, send, status, message) => {
    await start();
    const before = await onDisk();
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const answer = JSON.parse(res.body) as { ok: boolean; error: { code: string; message: string } };
    expect(answer.ok).toBe(false);
    expect(answer.error.message).toMatch(message);
    if (status === 401) expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(await onDisk()).toEqual(before);
  });

  it('lists each bad field in issues', async () => {
    await start();
    const res = await post(job({ priority: 'urgent', estimateMinutes: 1, colour: 'red' }));
    expect(JSON.parse(res.body)).toMatchObject({
      error: {
        code: 'BAD_INPUT',
        issues: [
          { path: 'priority', message: expect.any(String) },
          { path: 'estimateMinutes', message: 'at least 5 minutes' },
          { path: 'colour', message: 'unknown field' },
        ],
      },
    });
  });

  it('reads the token on every request: a regenerated token applies at once, and null means intake is off', async () => {
    let token: string | null = INTAKE;
    await start({ token: () => token });
    token = 'the-new-token-0123456789';
    expect((await post(job())).status).toBe(401);
    expect((await post(job(), { Authorization: 'Bearer the-new-token-0123456789' })).status).toBe(201);
    token = null;
    expect((await post(job(), { Authorization: 'Bearer the-new-token-0123456789' })).status).toBe(401);
  });

  it('serves nothing else on the intake-only server', async () => {
    await start();
    expect((await rawRequest(server.port, { path: '/' })).status).toBe(404);
    expect((await rawRequest(server.port, { path: '/index.html' })).status).toBe(404);
    expect((await post({ channel: 'queue:list', input: {} }, {}, '/api/invoke')).status).toBe(404);
    expect((await rawRequest(server.port, { method: 'GET', path: INTAKE_PATH })).status).toBe(405);
    // DNS rebinding: a foreign Host name is refused on loopback.
    expect((await post(job(), { Host: 'evil.example:80' })).status).toBe(403);
    expect(INTAKE).toMatch(/^intake-token-/);
  });
});
