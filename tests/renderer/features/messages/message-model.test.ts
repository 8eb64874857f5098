import { describe, expect, it } from 'vitest';
import { clipboardText, defaultLateTime, describeMissing, lastMessage, suggestedTemplate } from '../../../../renderer/src/features/messages/message-model';
import { draftOf, smtpInput } from '../../../../renderer/src/features/messages/smtp-form';
import { defaultMessageSettings } from '../../../../shared/schemas/messages';
import { bookedJob, makeJob } from '../../../support/factories';

describe('suggestedTemplate', () => {
  it('follows the job: booked → confirmation, en route → on the way, done → completed', () => {
    const booked = bookedJob('j', 'J-1', '2026-12-09T14:00:00Z', '2026-12-09T15:00:00Z');
    expect(suggestedTemplate(makeJob())).toBe('booking-confirmation');
    expect(suggestedTemplate(booked)).toBe('booking-confirmation');
    expect(suggestedTemplate({ ...booked, status: 'en-route' })).toBe('on-the-way');
    expect(suggestedTemplate({ ...booked, status: 'done' })).toBe('visit-completed');
  });
});

describe('defaultLateTime', () => {
  const booked = bookedJob('j', 'J-1', '2026-12-09T14:00:00Z', '2026-12-09T15:00:00Z');
  it('is half an hour after the booked start while that is still ahead, in shop time', () => {
    expect(defaultLateTime(booked, new Date('2026-12-09T09:30:00Z'), 'Europe/London')).toBe('14:30');
    expect(defaultLateTime(booked, new Date('2026-12-09T09:30:00Z'), 'America/New_York')).toBe('09:30');
  });
  it('is half an hour from now, on a five-minute mark, once the start has passed', () => {
    expect(defaultLateTime(booked, new Date('2026-12-09T14:12:00Z'), 'Europe/London')).toBe('14:45');
  });
});

describe('message helpers', () => {
  it('copies the subject line, a blank line and the text', () => {
    expect(clipboardText('Visit booked', 'Hello\nBye')).toBe('Subject: Visit booked\n\nHello\nBye');
  });
  it('names missing fields as settings does, without the examples', () => {
    expect(describeMissing(['arrivalWindow', 'technicianName'])).toBe('Arrival window, Booked technician');
  });
  it('finds the latest message line in the history', () => {
    const at = '2026-12-09T10:00:00.000Z';
    const job = makeJob({
      history: [
        { at, by: 'dispatcher', action: 'message-failed', detail: 'first' },
        { at, by: 'dispatcher', action: 'message-sent', detail: 'second' },
        { at, by: 'dispatcher', action: 'status', detail: 'later' },
      ],
    });
    expect(lastMessage(job)?.detail).toBe('second');
    expect(lastMessage(makeJob())).toBeNull();
  });
});

describe('smtpInput', () => {
  const draft = { ...draftOf(defaultMessageSettings()), host: ' smtp.fixit.example ', fromAddress: 'desk@fixit.example', user: 'desk' };

  it('builds the configure call, with the password only when one was typed', () => {
    const result = smtpInput(draft);
    expect(result).toEqual({
      ok: true,
      input: { smtp: { host: 'smtp.fixit.example', port: 587, tls: 'starttls', user: 'desk', fromAddress: 'desk@fixit.example', fromName: '' }, arrivalWindowMinutes: 120 },
    });
    const withPassword = smtpInput({ ...draft, password: 'secret' });
    expect(withPassword.ok && withPassword.input.password).toBe('secret');
  });

  it('marks a bad port, window and sender address', () => {
    expect(smtpInput({ ...draft, port: '70000', arrivalWindowMinutes: '-5', fromAddress: 'desk' })).toEqual({
      ok: false,
      errors: { port: '1–65535', arrivalWindowMinutes: '0–480 minutes', fromAddress: 'expected an address such as desk@yourshop.example' },
    });
  });
});
