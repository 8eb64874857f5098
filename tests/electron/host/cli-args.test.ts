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
