import { describe, expect, it } from 'vitest';
import { describeFeedServer, feedUrl } from '../../../../renderer/src/features/calendar/feed-url';

describe('feed URLs', () => {
  const path = '/api/v1/calendars/t1.ics?token=abc';
  it('uses the page’s own address on the headless host and the intake server’s in the desktop app, also while it is off', () => {
    expect(feedUrl({ kind: 'console' }, path, 'http://dispatch-pc.lan:4780')).toBe('http://dispatch-pc.lan:4780/api/v1/calendars/t1.ics?token=abc');
    expect(feedUrl({ kind: 'server', origin: 'http://shop-pc:4781' }, path, 'app://dispatch')).toBe('http://shop-pc:4781/api/v1/calendars/t1.ics?token=abc');
    expect(feedUrl({ kind: 'off', origin: 'http://127.0.0.1:4781' }, path, 'app://dispatch')).toBe('http://127.0.0.1:4781/api/v1/calendars/t1.ics?token=abc');
    expect(feedUrl({ kind: 'off', origin: null }, path, 'app://dispatch')).toBeNull();
    expect(describeFeedServer({ kind: 'off', origin: 'http://127.0.0.1:4781' }, 'app://dispatch')).toMatch(/intake server is off/);
  });
});
