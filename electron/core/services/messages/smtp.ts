/**
 * Sending one plain-text e-mail through the shop's SMTP server with nodemailer, and saying in the
 * dispatcher's words why it failed. One connection per message: a shop sends a handful an hour,
 * and a pooled connection would hold a password-authenticated session open for nothing.
 */
import nodemailer from 'nodemailer';
import type { SendFailureReason } from '../../../../shared/messages/io';
import type { SmtpSettings } from '../../../../shared/schemas/messages';

export type OutgoingMail = { to: string; subject: string; text: string };

export type SmtpResult = { sent: true; messageId: string } | { sent: false; reason: SendFailureReason; message: string };

export type SmtpTimeouts = { connectionMs: number; greetingMs: number; socketMs: number };

const DEFAULT_TIMEOUTS: SmtpTimeouts = { connectionMs: 15_000, greetingMs: 15_000, socketMs: 30_000 };

/** What is missing before anything can be sent, or null. */
export function smtpProblem(smtp: SmtpSettings): string | null {
  if (!smtp.host) return 'No SMTP server is set. Enter it in Settings → Messages.';
  if (!smtp.fromAddress) return 'No sender address is set. Enter it in Settings → Messages.';
  return null;
}

/** nodemailer's options for these settings: TLS as chosen, certificates always checked. */
function transportOptions(smtp: SmtpSettings, password: string | null, timeouts: SmtpTimeouts) {
  return {
    host: smtp.host,
    port: smtp.port,
    secure: smtp.tls === 'tls',
    // STARTTLS mode refuses a server that does not offer it, rather than falling back to plain text.
    requireTLS: smtp.tls === 'starttls',
    ignoreTLS: smtp.tls === 'none',
    ...(smtp.user ? { auth: { user: smtp.user, pass: password ?? '' } } : {}),
    connectionTimeout: timeouts.connectionMs,
    greetingTimeout: timeouts.greetingMs,
    socketTimeout: timeouts.socketMs,
    // Messages carry text only: nodemailer must never read a file or fetch a URL on our behalf.
    disableFileAccess: true,
    disableUrlAccess: true,
    logger: false,
    debug: false,
  };
}

type MailError = Error & { code?: string; responseCode?: number; command?: string; response?: string; rejected?: unknown };

/** The first line of the server's reply, without anything that looks like a credential. */
function serverSaid(error: MailError): string {
  const line = (error.response ?? '').split(/\r?\n/)[0]?.trim() ?? '';
  return line ? ` The server said: "${line.slice(0, 200)}".` : '';
}

/** Sort a nodemailer error into a reason the UI words and history keeps. */
export function classifySmtpError(error: unknown, smtp: Pick<SmtpSettings, 'host' | 'port'>): { reason: SendFailureReason; message: string } {
  const e = (error instanceof Error ? error : new Error(String(error))) as MailError;
  const server = `${smtp.host}:${smtp.port}`;
  const text = `${e.message} ${String((e as { cause?: unknown }).cause ?? '')}`;
  if (e.code === 'EAUTH' || e.code === 'ENOAUTH') {
    return { reason: 'auth', message: `The SMTP server refused the user name or password.${serverSaid(e)}` };
  }
  if (e.code === 'EENVELOPE' || (e.responseCode !== undefined && e.responseCode >= 500 && /RCPT|MAIL/.test(e.command ?? ''))) {
    if (/MAIL/.test(e.command ?? '')) return { reason: 'sender-rejected', message: `The SMTP server refused the sender address.${serverSaid(e)}` };
    return { reason: 'recipient-rejected', message: `The SMTP server refused the recipient address.${serverSaid(e)}` };
  }
  if (/ECONNREFUSED/.test(text)) return { reason: 'connection-refused', message: `Nothing accepted the connection at ${server} (connection refused). Check the server and port.` };
  if (e.code === 'EDNS' || /ENOTFOUND|EAI_AGAIN/.test(text)) return { reason: 'host-not-found', message: `The SMTP server ${smtp.host} was not found. Check its name.` };
  if (e.code === 'ETIMEDOUT' || /ETIMEDOUT|timed? ?out/i.test(text)) return { reason: 'timeout', message: `The SMTP server at ${server} did not answer in time.` };
  if (e.code === 'ETLS' || /certificate|TLS|SSL|wrong version number/i.test(text)) {
    return { reason: 'tls', message: `A secure connection to ${server} could not be made (${e.message.slice(0, 160)}). Check the TLS mode and port.` };
  }
  if (e.responseCode !== undefined) return { reason: 'other', message: `The SMTP server did not accept the message.${serverSaid(e)}` };
  return { reason: 'other', message: `The message could not be sent: ${e.message.slice(0, 200)}` };
}

/** Send one message; never throws for a refusal or a network failure, which come back as a reason. */
export async function sendMail(smtp: SmtpSettings, password: string | null, mail: OutgoingMail, timeouts: SmtpTimeouts = DEFAULT_TIMEOUTS): Promise<SmtpResult> {
  const problem = smtpProblem(smtp);
  if (problem) return { sent: false, reason: 'not-configured', message: problem };
  const transport = nodemailer.createTransport(transportOptions(smtp, password, timeouts));
  try {
    const info = await transport.sendMail({
      from: smtp.fromName ? { name: smtp.fromName, address: smtp.fromAddress } : smtp.fromAddress,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
    });
    const rejected = Array.isArray(info.rejected) ? info.rejected : [];
    if (rejected.length > 0) return { sent: false, reason: 'recipient-rejected', message: 'The SMTP server refused the recipient address.' };
    return { sent: true, messageId: String(info.messageId ?? '') };
  } catch (error) {
    return { sent: false, ...classifySmtpError(error, smtp) };
  } finally {
    transport.close();
  }
}
