/** NOTIFY payloads are untrusted: anything odd reads as "catch up", never as data. */
import { describe, expect, it } from 'vitest';
import { encodeNotice, MAX_PAYLOAD_BYTES, parseNotice } from '../../../../electron/core/store-pg/notice';

describe('change notices', () => {
  it('round-trip the desk, change number and rows', () => {
    const text = encodeNotice({ host: 'desk-1', seq: 42, changes: [{ table: 'jobs', key: 'j1', version: 3 }, { table: 'jobs', key: 'j2', version: null }] });
    expect(parseNotice(text)).toEqual({ host: 'desk-1', seq: 42, changes: [{ table: 'jobs', key: 'j1', version: 3 }, { table: 'jobs', key: 'j2', version: null }] });
  });

  it('send only a resync marker when the rows would pass the size limit', () => {
    const changes = Array.from({ length: 500 }, (_, i) => ({ table: 'jobs', key: `job-${i}-${'x'.repeat(20)}`, version: 1 }));
    const text = encodeNotice({ host: 'desk-1', seq: 7, changes });
    expect(Buffer.byteLength(text)).toBeLessThan(MAX_PAYLOAD_BYTES);
    expect(parseNotice(text)).toEqual({ host: 'desk-1', seq: 7, changes: null });
  });

  it.each([
    ['not JSON', '{nope'],
    ['no payload', undefined],
    ['a number', '12'],
    ['a negative change number', JSON.stringify({ h: 'x', s: -1 })],
    ['a fractional change number', JSON.stringify({ h: 'x', s: 1.5 })],
    ['an empty desk id', JSON.stringify({ h: '', s: 1 })],
    ['a row version of 0', JSON.stringify({ h: 'x', s: 1, c: [['jobs', 'j1', 0]]})],
    ['an oversized payload', JSON.stringify({ h: 'x'.repeat(20_000), s: 1 })],
  ])('read %s as no notice', (_, payload) => {
    expect(parseNotice(payload)).toBeNull();
  });
});
