import { describe, expect, it } from 'vitest';
import { createTrustedSenderCheck } from '../../../electron/main/ipc/trusted-sender';
import { FakeWebContents, ipcEventFrom } from '../fakes/electron-fakes';

describe('createTrustedSenderCheck', () => {
  const ours = new FakeWebContents();
  const check = createTrustedSenderCheck({ ownWebContents: new Set([ours.id]), allowedOrigins: ['app://dispatch', 'http://localhost:5173'] });

  it('trusts the main frame of our window on an allowed origin', () => {
    expect(check(ipcEventFrom(ours, 'app://dispatch/index.html'))).toBe(true);
    expect(check(ipcEventFrom(ours, 'app://dispatch/'))).toBe(true);
    expect(check(ipcEventFrom(ours, 'http://localhost:5173/?x=1'))).toBe(true);
  });

  it.each([
    ['other port', 'http://localhost:5174/'],
    ['https variant', 'https://localhost:5173/'],
    ['foreign host', 'https://example.com/'],
    ['file URL', 'file:///home/user/index.html'],
    ['data URL', 'data:text/html,<script>1</script>'],
    ['about:blank', 'about:blank'],
    ['userinfo trick', 'app://dispatch@evil.example/'],
    ['garbage', 'not a url'],
  ])('refuses our window showing a %s', (_label, url) => {
    expect(check(ipcEventFrom(ours, url))).toBe(false);
  });

  it('refuses other webContents, sub-frames and a missing frame', () => {
    expect(check(ipcEventFrom(new FakeWebContents(), 'app://dispatch/index.html'))).toBe(false);
    expect(check(ipcEventFrom(ours, 'app://dispatch/index.html', { subFrame: true }))).toBe(false);
    expect(check(ipcEventFrom(ours, 'app://dispatch/index.html', { noFrame: true }))).toBe(false);
  });
});
