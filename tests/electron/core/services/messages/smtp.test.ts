/** How a send fails, in the dispatcher's words: real sockets where they are cheap, nodemailer's error shapes otherwise. */
import { createServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { classifySmtpError, sendMail, smtpProblem } from '../../../../../electron/core/services/messages/smtp';
import { makeSmtpSettings } from '../../../../support/factories';
import { startSmtpInbox } from '../../../../support/smtp-inbox';
import type { SmtpInbox } from '../../../../support/smtp-inbox';

const mail = { to: 'megan@harbour.example', subject: 'Hello', text: 'Text' };
const smtp = makeSmtpSettings({ host: 'smtp.fixit.example', port: 587 });

let inbox: SmtpInbox | null = null;
let silent: Server | null = null;
const sockets: Socket[] = [];
afterEach(async () => {
  await inbox?.close();
  inbox = null;
  for (const s of sockets.splice(0)) s.destroy();
  await new Promise<void>((resolve) => (silent ? silent.close(() => resolve()) : resolve()));
  silent = null;
});

describe('classifySmtpError', () => {
  const error = (message: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(message), extra);

  it.each([
    [error('Invalid login: 535 Authentication failed', { code: 'EAUTH', response: '535 Authentication failed' }), 'auth', 'The SMTP server refused the user name or password. The server said: "535 Authentication failed".'],
    [error('Missing credentials for "PLAIN"', { code: 'ENOAUTH' }), 'auth', 'The SMTP server refused the user name or password.'],
    [error("Can't send mail - all recipients were rejected", { code: 'EENVELOPE', command: 'RCPT TO', responseCode: 550, response: '550 5.1.1 No such user' }), 'recipient-rejected', 'The SMTP server refused the recipient address. The server said: "550 5.1.1 No such user".'],
    [error('Mail command failed', { code: 'EENVELOPE', command: 'MAIL FROM', responseCode: 553, response: '553 Sender not allowed' }), 'sender-rejected', 'The SMTP server refused the sender address. The server said: "553 Sender not allowed".'],
    [error('connect ECONNREFUSED 10.0.0.9:587', { code: 'ESOCKET' }), 'connection-refused', 'Nothing accepted the connection at smtp.fixit.example:587 (connection refused). Check the server and port.'],
    [error('getaddrinfo ENOTFOUND smtp.fixit.example', { code: 'EDNS' }), 'host-not-found', 'The SMTP server smtp.fixit.example was not found. Check its name.'],
    [error('Greeting never received', { code: 'ETIMEDOUT' }), 'timeout', 'The SMTP server at smtp.fixit.example:587 did not answer in time.'],
    [error('Message failed: 552 Message too large', { code: 'EMESSAGE', responseCode: 552, response: '552 Message too large' }), 'other', 'The SMTP server did not accept the message. The server said: "552 Message too large".'],
  ])('%s → %s', (err, reason, message) => {
    expect(classifySmtpError(err, smtp)).toEqual({ reason, message });
  });

  it('quotes only the first line of a long reply', () => {
    const multi = Object.assign(new Error('x'), { code: 'EAUTH', response: '535-First line\r\n535 Second line' });
    expect(classifySmtpError(multi, smtp).message).toBe('The SMTP server refused the user name or password. The server said: "535-First line".');
  });
});

describe('sendMail against real sockets', () => {
  it('says what is missing before connecting anywhere', async () => {
    expect(smtpProblem(makeSmtpSettings({ host: '' }))).toMatch(/No SMTP server/);
    expect(await sendMail(makeSmtpSettings({ fromAddress: '' }), null, mail)).toEqual({ sent: false, reason: 'not-configured', message: 'No sender address is set. Enter it in Settings → Messages.' });
  });

  it('a server that accepts the connection but never greets times out', async () => {
    silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent!.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const result = await sendMail(makeSmtpSettings({ port }), null, mail, { connectionMs: 500, greetingMs: 500, socketMs: 1000 });
    expect(result).toEqual({ sent: false, reason: 'timeout', message: `The SMTP server at 127.0.0.1:${port} did not answer in time.` });
  });

  it('TLS-from-the-start mode against a plain server fails as "tls", sending nothing', async () => {
    inbox = await startSmtpInbox();
    const result = await sendMail(makeSmtpSettings({ port: inbox.port, tls: 'tls' }), null, mail, { connectionMs: 2000, greetingMs: 2000, socketMs: 2000 });
    expect(result).toMatchObject({ sent: false, reason: 'tls' });
    expect(inbox.messages).toHaveLength(0);
  });

  it('delivers a plain-text message with the sender name', async () => {
    inbox = await startSmtpInbox();
    expect(await sendMail(makeSmtpSettings({ port: inbox.port }), null, { ...mail, text: 'Line one\nLine two — with a dash' })).toMatchObject({ sent: true });
    const [got] = await inbox.waitFor(1);
    expect(got!.text).toBe('Line one\nLine two — with a dash');
    expect(got!.headers.get('content-type')?.[0]).toMatch(/^text\/plain; charset=utf-8/);
  });
});
