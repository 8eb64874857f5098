import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../electron/host/cli-args';

const TOKEN = 'intake-0123456789abcdef';

describe('host command line: intake token', () => {
  it('is undefined (a fresh one is generated) when neither the option nor the variable is given', () => {
    expect(parseCommandLine([])).toMatchObject({ kind: 'run', args: { intakeToken: undefined } });
    expect(parseCommandLine([], { DISPATCH_INTAKE_TOKEN: '' })).toMatchObject({ kind: 'run', args: { intakeToken: undefined } });
  });

  it('comes from --intake-token, or else from DISPATCH_INTAKE_TOKEN', () => {
    expect(parseCommandLine([`--intake-token=${TOKEN}`])).toMatchObject({ args: { intakeToken: TOKEN } });
    expect(parseCommandLine([], { DISPATCH_INTAKE_TOKEN: TOKEN })).toMatchObject({ args: { intakeToken: TOKEN } });
    expect(parseCommandLine([`--intake-token=${TOKEN}`], { DISPATCH_INTAKE_TOKEN: 'other-0123456789abcdef' })).toMatchObject({
      args: { intakeToken: TOKEN },
    });
  });

  it('refuses a short or oddly shaped token, naming where it came from', () => {
    expect(parseCommandLine(['--intake-token', 'short'])).toEqual({
      kind: 'error',
      message: '--intake-token must be 16-256 characters of A-Z, a-z, 0-9, "-" or "_".',
    });
    expect(parseCommandLine([], { DISPATCH_INTAKE_TOKEN: 'has spaces in it, sadly' })).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/^DISPATCH_INTAKE_TOKEN must be/),
    });
  });

  it('refuses the session token as the intake token', () => {
    expect(parseCommandLine([`--token=${TOKEN}`, `--intake-token=${TOKEN}`])).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/must differ from the session token/),
    });
  });
});

describe('host command line: allowed host names', () => {
  it('collects repeated --allow-host names, none by default', () => {
    expect(parseCommandLine([])).toMatchObject({ kind: 'run', args: { allowHosts: [] } });
    expect(parseCommandLine(['--host', '0.0.0.0', '--allow-host', 'dispatch-pc.lan', '--allow-host=192.168.1.5', '--allow-host', '[fe80::1]'])).toMatchObject({
      kind: 'run',
      args: { host: '0.0.0.0', allowHosts: ['dispatch-pc.lan', '192.168.1.5', '[fe80::1]'] },
    });
  });

  it.each(['http://dispatch-pc.lan', 'dispatch-pc.lan:4780', '*', 'bad name', ''])('refuses %j: a name, not a URL, port or pattern', (name) => {
    expect(parseCommandLine(['--allow-host', name])).toMatchObject({ kind: 'error', message: expect.stringMatching(/^--allow-host takes a host name/) });
  });
});

describe('host command line: pinned clock and time zone', () => {
  it('uses the real clock and the machine zone unless asked', () => {
    expect(parseCommandLine([])).toMatchObject({ kind: 'run', args: { fixedNow: undefined, timeZone: undefined } });
    expect(parseCommandLine([], { DISPATCH_FIXED_NOW: '' })).toMatchObject({ kind: 'run', args: { fixedNow: undefined } });
  });

  it('takes --now, or else DISPATCH_FIXED_NOW, as an instant with an offset', () => {
    expect(parseCommandLine(['--now', '2026-12-09T09:30:00Z'])).toMatchObject({ args: { fixedNow: new Date('2026-12-09T09:30:00Z') } });
    expect(parseCommandLine(['--now=2026-11-01T01:30-04:00'])).toMatchObject({ args: { fixedNow: new Date('2026-11-01T05:30:00Z') } });
    expect(parseCommandLine([], { DISPATCH_FIXED_NOW: '2026-03-29T10:00:00.000+01:00' })).toMatchObject({
      args: { fixedNow: new Date('2026-03-29T09:00:00Z') },
    });
    expect(parseCommandLine(['--now', '2026-12-09T09:30:00Z'], { DISPATCH_FIXED_NOW: '2020-01-01T00:00:00Z' })).toMatchObject({
      args: { fixedNow: new Date('2026-12-09T09:30:00Z') },
    });
  });

  it.each([['2026-12-09T09:30:00'], ['2026-12-09'], ['tomorrow'], ['2026-13-09T09:30:00Z'], ['2026-12-09T25:30:00Z'], ['']])(
    'refuses --now %j: without an offset it would mean another instant on another machine',
    (text) => {
      expect(parseCommandLine([`--now=${text}`])).toMatchObject({ kind: 'error', message: expect.stringMatching(/^--now must be an ISO 8601 instant/) });
    },
  );

  it('names DISPATCH_FIXED_NOW when the bad value came from there', () => {
    expect(parseCommandLine([], { DISPATCH_FIXED_NOW: 'noon' })).toMatchObject({ kind: 'error', message: expect.stringMatching(/^DISPATCH_FIXED_NOW must be/) });
  });

  it('takes --time-zone as an IANA zone and refuses an unknown one', () => {
    expect(parseCommandLine(['--time-zone', 'America/New_York'])).toMatchObject({ args: { timeZone: 'America/New_York' } });
    expect(parseCommandLine(['--time-zone', 'Mars/Olympus'])).toMatchObject({ kind: 'error', message: expect.stringMatching(/^--time-zone must be/) });
    expect(parseCommandLine(['--time-zone', ''])).toMatchObject({ kind: 'error' });
  });
});

describe('host command line: shared database and desk', () => {
  const URL_WITH_PASSWORD = 'postgres://dispatch:s3cret-pw@db.shop.lan:5433/dispatch?sslmode=require';

  it('uses the data folder’s file unless --database or DISPATCH_DATABASE_URL is given', () => {
    expect(parseCommandLine([])).toMatchObject({ kind: 'run', args: { database: undefined, desk: undefined, dispatcher: undefined } });
    expect(parseCommandLine([], { DISPATCH_DATABASE_URL: '' })).toMatchObject({ args: { database: undefined } });
  });

  it('reads the database from --database, or else the environment', () => {
    const expected = { host: 'db.shop.lan', port: 5433, database: 'dispatch', user: 'dispatch', password: 's3cret-pw', tls: 'require' };
    expect(parseCommandLine(['--database', URL_WITH_PASSWORD])).toMatchObject({ args: { database: expected } });
    expect(parseCommandLine([], { DISPATCH_DATABASE_URL: URL_WITH_PASSWORD })).toMatchObject({ args: { database: expected } });
    expect(parseCommandLine(['--database', URL_WITH_PASSWORD], { DISPATCH_DATABASE_URL: 'postgres://x@other/db' })).toMatchObject({
      args: { database: { host: 'db.shop.lan' } },
    });
  });

  it('refuses a bad address without repeating it (it may hold the password)', () => {
    const bad = parseCommandLine(['--database', 'mysql://dispatch:s3cret-pw@db/dispatch']);
    expect(bad).toMatchObject({ kind: 'error', message: expect.stringMatching(/^--database: .*postgres:\/\//) });
    expect(JSON.stringify(bad)).not.toContain('s3cret-pw');
    const env = parseCommandLine([], { DISPATCH_DATABASE_URL: 'postgres://dispatch:s3cret-pw@db/dispatch?sslmode=prefer' });
    expect(env).toMatchObject({ kind: 'error', message: expect.stringMatching(/^DISPATCH_DATABASE_URL: sslmode must be/) });
    expect(JSON.stringify(env)).not.toContain('s3cret-pw');
  });

  it('takes the desk and the dispatcher from the options or the environment, trimmed', () => {
    expect(parseCommandLine(['--desk', ' desk 2 ', '--dispatcher=Sam'])).toMatchObject({ args: { desk: 'desk 2', dispatcher: 'Sam' } });
    expect(parseCommandLine([], { DISPATCH_DESK: 'front counter', DISPATCH_DISPATCHER: 'Lee' })).toMatchObject({
      args: { desk: 'front counter', dispatcher: 'Lee' },
    });
    expect(parseCommandLine(['--desk', 'x'.repeat(40)])).toMatchObject({ kind: 'error', message: expect.stringMatching(/^--desk: /) });
    expect(parseCommandLine(['--dispatcher', '  '])).toMatchObject({ kind: 'error', message: expect.stringMatching(/^--dispatcher: give a name/) });
  });
});
