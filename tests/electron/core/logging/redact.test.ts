import { describe, expect, it } from 'vitest';
import { redactError, redactText } from '../../../../electron/core/logging/redact';

describe('log redaction', () => {
  it.each([
    ['Authorization: Bearer abc.def-ghi', 'Authorization: [redacted]'],
    ['sent Bearer abc.def-ghi again', 'sent Bearer [redacted] again'],
    ['GET /#token=Abc_0123456789abcdef&x=1', 'GET /#token=[redacted]&x=1'],
    ['{"intakeToken":"Abc_0123456789abcdef"}', '{"intakeToken":"[redacted]"}'],
    ['call +1 (555) 010-0199 now', 'call [phone] now'],
    ['from 07946 095800', 'from [phone]'],
    ['mail ops@example.co.uk', 'mail [email]'],
    ['connect postgres://dispatch:s3cr%40t@db.shop.lan:5432/dispatch failed', 'connect postgres://dispatch:[redacted]@db.shop.lan:5432/dispatch failed'],
    ['DISPATCH_DATABASE_URL=postgresql://sam:pa:ss@10.0.0.5/x', 'DISPATCH_DATABASE_URL=postgresql://sam:[redacted]@10.0.0.5/x'],
  ])('scrubs %j', (input, expected) => {
    expect(redactText(input)).toBe(expected);
  });

  it.each([
    'job on 2026-12-06 at 09:00 took 1733480000000 ms',
    'listening on 192.168.100.200:4780',
    'moved 1507 jobs (30000000 bytes) at line 53:22',
  ])('keeps what diagnosis needs: %j', (input) => {
    expect(redactText(input)).toBe(input);
  });

  it('replaces known secrets wherever they stand', () => {
    expect(redactText('x-abcdefgh12345678-y', ['abcdefgh12345678'])).toBe('x-[redacted]-y');
  });

  it('turns a thrown value into plain scrubbed data, causes included', () => {
    const cause = Object.assign(new Error('for lee@example.com'), { email: 'lee@example.com' });
    const error = new Error('outer', { cause });
    expect(redactError(error)).toMatchObject({ type: 'Error', message: 'outer', cause: { message: 'for [email]', email: '[redacted]' } });
    expect(redactError('plain string token=abcdef')).toEqual({ type: 'string', message: 'plain string token=[redacted]' });
  });
});
