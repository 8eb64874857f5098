/**
 * Messages to customers through the real services and a real SMTP server (smtp-server on
 * 127.0.0.1): what arrives, what history records, why a send failed, and that a retry works.
 */
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../../../../electron/core/ports';
import { bookedJob, makeSmtpSettings } from '../../../../support/factories';
import { startSmtpInbox } from '../../../../support/smtp-inbox';
import type { SmtpInbox } from '../../../../support/smtp-inbox';
import { createHarness, fixtureDocument, NOW } from '../../support/harness';
import { memorySecrets } from '../../support/memory-secrets';

const FAST = { connectionMs: 3000, greetingMs: 3000, socketMs: 5000 };
const PASSWORD = 'correct horse battery staple';

let inbox: SmtpInbox | null = null;
afterEach(async () => {
  await inbox?.close();
  inbox = null;
});

/** A shop with J-1001 booked on Alex for Thursday 26 Nov 2026, 09:30–11:00 London, for Megan at the main surgery. */
function shop(logLines: string[] = []) {
  const doc = fixtureDocument();
  doc.jobs = [
    bookedJob('job-1', 'J-1001', '2026-11-26T09:30:00.000Z', '2026-11-26T11:00:00.000Z', {
      clientId: 'c1',
      siteId: 's1',
      contactId: 'p1',
      title: 'Reception PC will not boot',
      assignment: { technicianId: 't1', start: '2026-11-26T09:30:00.000Z', end: '2026-11-26T11:00:00.000Z' },
    }),
  ];
  const secrets = memorySecrets();
  const log: Logger = { info: (m) => logLines.push(m), warn: (m) => logLines.push(m), error: (m, e) => logLines.push(`${m} ${String(e)}`) };
  const h = createHarness({ doc, log, services: { secrets, smtpTimeouts: FAST } });
  return { h, secrets };
}

async function configure(h: ReturnType<typeof shop>['h'], port: number, extra: { user?: string; password?: string } = {}) {
  return h.value('messages:configure', {
    smtp: makeSmtpSettings({ port, user: extra.user ?? '' }),
    ...(extra.password ? { password: extra.password } : {}),
  });
}

async function sendConfirmation(h: ReturnType<typeof shop>['h'], to?: string) {
  const composed = await h.value('messages:compose', { jobId: 'job-1', template: 'booking-confirmation' });
  return h.value('messages:send', { jobId: 'job-1', template: 'booking-confirmation', to: to ?? composed.to, subject: composed.subject, body: composed.body });
}

/** A port on 127.0.0.1 where nothing listens. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('messages:compose', () => {
  it('fills the booking confirmation from the job, in shop time, addressed to the job contact', async () => {
    const { h } = shop();
    await configure(h, 2525);
    const composed = await h.value('messages:compose', { jobId: 'job-1', template: 'booking-confirmation' });
    expect(composed.to).toBe('megan@harbourdental.example');
    expect(composed.subject).toBe('Visit booked for Thursday 26 November 2026: J-1001');
    expect(composed.body).toContain('Hello Megan Doyle,');
    expect(composed.body).toContain('When: Thursday 26 November 2026, arriving between 09:30 and 11:30');
    expect(composed.body).toContain('Where: Main surgery, 14 Quay Street');
    expect(composed.body).toContain('Technician: Alex Chen');
    expect(composed.body.endsWith('FixIt IT Services')).toBe(true);
    expect(composed).toMatchObject({ unknown: [], missing: [] });
  });

  it('says which fields have no value: a running-late message needs the new time', async () => {
    const { h } = shop();
    const late = await h.value('messages:compose', { jobId: 'job-1', template: 'running-late' });
    expect(late.missing).toEqual(['newArrivalTime', 'shopName']);
    const withTime = await h.value('messages:compose', { jobId: 'job-1', template: 'running-late', newArrivalTime: '11:45' });
    expect(withTime.subject).toBe('Running late: new arrival time 11:45 for J-1001');
    expect(withTime.missing).toEqual(['shopName']);
  });

  it('NOT_FOUND for a job that does not exist', async () => {
    const { h } = shop();
    expect((await h.error('messages:compose', { jobId: 'nope', template: 'on-the-way' })).code).toBe('NOT_FOUND');
  });
});

describe('messages:send', () => {
  it('delivers the message through the SMTP server, logged in, and records it in the job history', async () => {
    inbox = await startSmtpInbox({ users: { desk: PASSWORD } });
    const { h } = shop();
    await configure(h, inbox.port, { user: 'desk', password: PASSWORD });
    const result = await sendConfirmation(h);

    expect(result).toMatchObject({ sent: true, to: 'megan@harbourdental.example', at: NOW });
    const [mail] = await inbox.waitFor(1);
    expect(mail).toMatchObject({ from: 'desk@fixit.example', to: ['megan@harbourdental.example'], user: 'desk', subject: 'Visit booked for Thursday 26 November 2026: J-1001' });
    expect(mail!.headers.get('from')).toEqual(['FixIt IT Services <desk@fixit.example>']);
    expect(mail!.text).toContain('When: Thursday 26 November 2026, arriving between 09:30 and 11:30');

    const job = h.doc().jobs[0]!;
    expect(job.revision).toBe(2);
    expect(job.history.at(-1)).toEqual({
      at: NOW,
      by: 'dispatcher',
      action: 'message-sent',
      detail: 'Booking confirmation e-mailed to megan@harbourdental.example: "Visit booked for Thursday 26 November 2026: J-1001"',
      revision: 2,
    });
    expect(result.job).toEqual(job);
    expect(h.events.filter((e) => e.name === 'jobs:changed')).toHaveLength(1);
  });

  it('an undo of the booking after the confirmation went out is refused, naming the message', async () => {
    inbox = await startSmtpInbox();
    const { h } = shop();
    await configure(h, inbox.port);
    const before = h.doc().jobs[0]!;
    await sendConfirmation(h);
    const error = await h.error('schedule:restore', { jobId: 'job-1', assignment: null, status: 'new', expectedRevision: before.revision });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('Booking confirmation e-mailed to megan@harbourdental.example');
    expect(h.doc().jobs[0]!.assignment).not.toBeNull();
  });

  it('sends to the address the dispatcher typed instead of the contact', async () => {
    inbox = await startSmtpInbox();
    const { h } = shop();
    await configure(h, inbox.port);
    await sendConfirmation(h, 'frontdesk@harbourdental.example');
    const [mail] = await inbox.waitFor(1);
    expect(mail!.to).toEqual(['frontdesk@harbourdental.example']);
    expect(h.doc().jobs[0]!.history.at(-1)!.detail).toContain('to frontdesk@harbourdental.example');
  });

  it('a wrong password fails as "auth", is recorded without the password, and a retry after fixing it is delivered', async () => {
    inbox = await startSmtpInbox({ users: { desk: PASSWORD } });
    const lines: string[] = [];
    const { h } = shop(lines);
    await configure(h, inbox.port, { user: 'desk', password: 'wrong-password-123' });
    const failed = await sendConfirmation(h);
    expect(failed).toMatchObject({ sent: false, reason: 'auth' });
    expect(failed.sent ? '' : failed.message).toMatch(/refused the user name or password/);
    const entry = h.doc().jobs[0]!.history.at(-1)!;
    expect(entry.action).toBe('message-failed');
    expect(entry.detail).toMatch(/^Booking confirmation to megan@harbourdental.example not sent: The SMTP server refused the user name or password/);
    expect(inbox.messages).toHaveLength(0);

    await configure(h, inbox.port, { user: 'desk', password: PASSWORD });
    expect(await sendConfirmation(h)).toMatchObject({ sent: true });
    await inbox.waitFor(1);
    expect(h.doc().jobs[0]!.history.map((e) => e.action).slice(-2)).toEqual(['message-failed', 'message-sent']);
    const everything = JSON.stringify(h.doc()) + lines.join('\n');
    expect(everything).not.toContain('wrong-password-123');
    expect(everything).not.toContain(PASSWORD);
  });

  it('a server that is not listening fails as "connection-refused"', async () => {
    const { h } = shop();
    const port = await closedPort();
    await configure(h, port);
    const result = await sendConfirmation(h);
    expect(result).toMatchObject({ sent: false, reason: 'connection-refused' });
    expect(result.sent ? '' : result.message).toContain(`127.0.0.1:${port}`);
  });

  it('a recipient the server refuses fails as "recipient-rejected"', async () => {
    inbox = await startSmtpInbox({ rejectRecipients: ['megan@harbourdental.example'] });
    const { h } = shop();
    await configure(h, inbox.port);
    const result = await sendConfirmation(h);
    expect(result).toMatchObject({ sent: false, reason: 'recipient-rejected' });
    expect(result.sent ? '' : result.message).toContain('550');
  });

  it('STARTTLS mode refuses a server that cannot encrypt rather than sending in plain text', async () => {
    inbox = await startSmtpInbox();
    const { h } = shop();
    await h.value('messages:configure', { smtp: makeSmtpSettings({ port: inbox.port, tls: 'starttls' }) });
    const result = await sendConfirmation(h);
    expect(result).toMatchObject({ sent: false, reason: 'tls' });
    expect(inbox.messages).toHaveLength(0);
  });

  it('without an SMTP server set, nothing is attempted and the history says what to do', async () => {
    const { h } = shop();
    const result = await sendConfirmation(h);
    expect(result).toMatchObject({ sent: false, reason: 'not-configured' });
    expect(h.doc().jobs[0]!.history.at(-1)!.detail).toContain('No SMTP server is set');
  });

  it('a password the host cannot read fails as "password-unavailable" without connecting', async () => {
    inbox = await startSmtpInbox({ users: { desk: PASSWORD } });
    const { h, secrets } = shop();
    await configure(h, inbox.port, { user: 'desk', password: PASSWORD });
    secrets.failReads = true;
    expect(await sendConfirmation(h)).toMatchObject({ sent: false, reason: 'password-unavailable' });
  });

  it('data from the job cannot add a header: a contact name with a line break stays in the subject line', async () => {
    inbox = await startSmtpInbox();
    const { h } = shop();
    await configure(h, inbox.port);
    await h.value('messages:configure', { templates: { 'on-the-way': { subject: 'On the way to {{contactName}}', body: 'Hi {{contactName}}' } } });
    // A contact name is free text (an import, an older file): it may hold a line break.
    await h.store.mutate((doc) => {
      doc.contacts[0]!.name = 'Megan\r\nBcc: thief@evil.example';
    });
    const composed = await h.value('messages:compose', { jobId: 'job-1', template: 'on-the-way' });
    expect(composed.subject).toBe('On the way to Megan Bcc: thief@evil.example');
    await h.value('messages:send', { jobId: 'job-1', template: 'on-the-way', to: composed.to, subject: composed.subject, body: composed.body });
    const [mail] = await inbox.waitFor(1);
    expect(mail!.to).toEqual(['megan@harbourdental.example']);
    expect(mail!.headers.has('bcc')).toBe(false);
    expect(mail!.subject).toBe('On the way to Megan Bcc: thief@evil.example');
  });

  it('refuses a subject with a line break and a recipient that is not an address (BAD_INPUT, nothing sent)', async () => {
    const { h } = shop();
    const base = { jobId: 'job-1', template: 'on-the-way' as const, to: 'megan@harbourdental.example', subject: 'Hi', body: 'Text' };
    expect((await h.error('messages:send', { ...base, subject: 'Hi\r\nBcc: x@evil.example' })).code).toBe('BAD_INPUT');
    expect((await h.error('messages:send', { ...base, to: 'megan@harbourdental.example, x@evil.example' })).code).toBe('BAD_INPUT');
    expect(h.doc().jobs[0]!.history).toHaveLength(0);
  });
});

describe('messages:configure and messages:test', () => {
  it('keeps the password in the secret store only, says it is stored, and never returns it', async () => {
    const { h, secrets } = shop();
    const view = await configure(h, 2525, { user: 'desk', password: PASSWORD });
    expect(secrets.values.get('smtp-password')).toBe(PASSWORD);
    expect(view.passwordStored).toBe(true);
    expect(JSON.stringify(view)).not.toContain(PASSWORD);
    expect(JSON.stringify(h.doc())).not.toContain(PASSWORD);
    expect(JSON.stringify(h.events)).not.toContain(PASSWORD);
    expect(h.doc().messages.smtp).toEqual(makeSmtpSettings({ port: 2525, user: 'desk' }));

    const cleared = await h.value('messages:configure', { password: null });
    expect(cleared.passwordStored).toBe(false);
    expect(secrets.values.has('smtp-password')).toBe(false);
  });

  it('refuses a template with an unknown field, naming it, and saves nothing', async () => {
    const { h } = shop();
    const error = await h.refused(() => h.error('messages:configure', { templates: { 'running-late': { subject: 'Late', body: 'Hi {{tecnicianName}}, {{ jobNumber }}' } } }));
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toContain('Running late: unknown field {{tecnicianName}}');
    expect(error.issues).toEqual([{ path: 'templates.running-late.body', message: 'Running late: unknown field {{tecnicianName}}' }]);
  });

  it('saves an edited template and the next message uses it', async () => {
    const { h } = shop();
    await h.value('messages:configure', { templates: { 'visit-completed': { subject: 'Done: {{jobNumber}}', body: 'We fixed it: {{visitSummary}}' } } });
    expect(h.events.at(-1)!.name).toBe('settings:changed');
    const composed = await h.value('messages:compose', { jobId: 'job-1', template: 'visit-completed', visitSummary: 'Replaced the PSU.' });
    expect(composed).toMatchObject({ subject: 'Done: J-1001', body: 'We fixed it: Replaced the PSU.' });
  });

  it('"Send test" delivers a test message with the saved settings and reports a failure with its reason', async () => {
    inbox = await startSmtpInbox({ users: { desk: PASSWORD } });
    const { h } = shop();
    await configure(h, inbox.port, { user: 'desk', password: PASSWORD });
    expect(await h.value('messages:test', { to: 'owner@fixit.example' })).toMatchObject({ sent: true, to: 'owner@fixit.example' });
    const [mail] = await inbox.waitFor(1);
    expect(mail!.subject).toBe('Test message from FixIt IT Services');
    expect(mail!.to).toEqual(['owner@fixit.example']);

    await configure(h, inbox.port, { user: 'desk', password: 'nope-nope-nope' });
    expect(await h.value('messages:test', { to: 'owner@fixit.example' })).toMatchObject({ sent: false, reason: 'auth' });
    // A test is not about a job: no history anywhere.
    expect(h.doc().jobs[0]!.history).toHaveLength(0);
  });
});
