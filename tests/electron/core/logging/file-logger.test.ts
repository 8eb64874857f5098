import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileLogger } from '../../../../electron/core/logging/file-logger';

const freshDataDir = () => mkdtempSync(join(tmpdir(), 'dispatch-logs-'));

function readLines(dir: string): Array<Record<string, unknown>> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.log'))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('file logger', () => {
  it('writes warnings and errors, with the error and where it came from, to logs/ in the data folder', async () => {
    const dataDir = freshDataDir();
    const log = await createFileLogger({ dataDir, host: 'headless', version: '1.2.3' });
    log.warn('[store] backup skipped: disk nearly full');
    const failure = Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO', syscall: 'write' });
    log.error('Saving failed', failure);
    await log.close();

    expect(log.dir).toBe(join(dataDir, 'logs'));
    const [warn, error] = readLines(log.dir);
    expect(warn).toMatchObject({ level: 'warn', msg: '[store] backup skipped: disk nearly full', host: 'headless', version: '1.2.3', pid: process.pid });
    expect(warn?.['time']).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(error).toMatchObject({ level: 'error', msg: 'Saving failed', error: { type: 'Error', message: 'EIO: i/o error, write', code: 'EIO', syscall: 'write' } });
    expect(String((error?.['error'] as { stack: string }).stack)).toContain('file-logger.test.ts');
  });

  it('never writes tokens, authorization headers or personal data', async () => {
    const dataDir = freshDataDir();
    const log = await createFileLogger({ dataDir, host: 'electron', version: '1' });
    const intakeToken = 'intake-AbCdEf0123456789xyz';
    log.addSecret(intakeToken);
    log.info(`Intake API: POST http://127.0.0.1:4780/api/v1/jobs (token ${intakeToken})`);
    log.warn('Refused request with Authorization: Bearer sk_live_abcdef0123456789 from 10.0.0.5');
    log.warn('Could not open http://127.0.0.1:4780/#token=Zz9_sessiontoken_0123456789');
    log.warn(`Rejected intake job ${JSON.stringify({ intakeToken: 'something-else-entirely', contact: 'x' })}`);
    log.error('Import failed for Jane Roe', Object.assign(new Error('bad row: jane.roe@example.com, +44 20 7946 0958'), { clientName: 'Acme Ltd', phone: '555-0100', row: 7 }));
    log.warn(`secret in prose: ${intakeToken}.`);
    await log.close();

    const text = readFileSync(join(log.dir, readdirSync(log.dir)[0] ?? ''), 'utf8');
    for (const leaked of [intakeToken, 'sk_live_abcdef0123456789', 'Zz9_sessiontoken_0123456789', 'something-else-entirely', 'jane.roe@example.com', '7946 0958', 'Acme Ltd', '555-0100']) {
      expect(text).not.toContain(leaked);
    }
    const lines = readLines(log.dir);
    expect(lines[0]?.['msg']).toBe('Intake API: POST http://127.0.0.1:4780/api/v1/jobs (token [redacted])');
    expect(lines[4]).toMatchObject({ error: { message: 'bad row: [email], [phone]', clientName: '[redacted]', phone: '[redacted]', row: 7 } });
  });

  it('rotates to a new file past the size limit and keeps only the newest few', async () => {
    const dataDir = freshDataDir();
    const log = await createFileLogger({ dataDir, host: 'headless', version: '1', maxBytes: 1024, keepFiles: 2 });
    const filler = 'x'.repeat(200);
    for (let i = 0; i < 60; i++) {
      log.warn(`line ${i} ${filler}`);
      // Rolling happens on the stream's 'drain', which sync writes schedule for the next tick.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await log.close();
    const files = readdirSync(log.dir).filter((f) => f.endsWith('.log'));
    // Current file plus at most `keepFiles` older ones; the newest line is kept.
    expect(files.length).toBeGreaterThan(1);
    expect(files.length).toBeLessThanOrEqual(3);
    for (const f of files) expect(readFileSync(join(log.dir, f)).length).toBeLessThan(1024 + 400);
    expect(readLines(log.dir).at(-1)?.['msg']).toMatch(/^line 59 /);
  });

  it('drops lines logged after close instead of throwing', async () => {
    const log = await createFileLogger({ dataDir: freshDataDir(), host: 'headless', version: '1' });
    await log.close();
    expect(() => log.error('late', new Error('late'))).not.toThrow();
  });
});
