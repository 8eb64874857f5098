/** What the messages channels take and return (see shared/ipc/contract.ts). */
import { z } from 'zod';
import { IdSchema, TimeOfDaySchema } from '../schemas/common';
import type { Job } from '../schemas/job';
import { MessageTemplateIdSchema, MessageTemplateSchema, SmtpSettingsSchema } from '../schemas/messages';
import type { MessageSettings, MessageTemplateId } from '../schemas/messages';
import type { MessageField } from './fields';

const RecipientSchema = z.string().trim().pipe(z.email('expected an e-mail address such as name@example.com').max(254));

/**
 * `messages:configure`: change any part. `password`: a string replaces the stored one, `null`
 * removes it, absent keeps it. The password goes to the host's secret store, never the data file.
 */
export const MessagesConfigureSchema = z
  .object({
    smtp: SmtpSettingsSchema.optional(),
    arrivalWindowMinutes: z.number().int().min(0).max(8 * 60).optional(),
    templates: z.partialRecord(MessageTemplateIdSchema, MessageTemplateSchema).optional(),
    password: z.string().min(1).max(1000).nullable().optional(),
  })
  .strict();

/** `messages:test`: send a short test e-mail with the saved settings. */
export const MessagesTestSchema = z.object({ to: RecipientSchema }).strict();

/** `messages:compose`: the message for one job, as its template gives it. */
export const MessagesComposeSchema = z
  .object({
    jobId: IdSchema,
    template: MessageTemplateIdSchema,
    newArrivalTime: TimeOfDaySchema.optional(),
    visitSummary: z.string().max(4000).optional(),
  })
  .strict();

/** `messages:send`: what the dispatcher approved (perhaps edited), to whom. */
export const MessagesSendSchema = z
  .object({
    jobId: IdSchema,
    template: MessageTemplateIdSchema,
    to: RecipientSchema,
    subject: MessageTemplateSchema.shape.subject,
    body: MessageTemplateSchema.shape.body,
  })
  .strict();

export type MessagesConfigure = z.output<typeof MessagesConfigureSchema>;
export type MessagesSend = z.output<typeof MessagesSendSchema>;
export type MessagesCompose = z.output<typeof MessagesComposeSchema>;

/** Where the host keeps the SMTP password, for the settings page. */
export type SecretStorageInfo = {
  /** False when this host cannot keep a password safely (no OS keychain); then none is stored. */
  available: boolean;
  /** `the OS keychain (Electron safeStorage)`, `a file only you can read (<path>)`. */
  where: string;
  /** Why not available, in words. */
  problem?: string;
};

export type MessageSettingsView = {
  settings: MessageSettings;
  passwordStored: boolean;
  storage: SecretStorageInfo;
  revision: number;
};

/** Why a send failed, for the UI's wording and for history. */
export type SendFailureReason =
  | 'not-configured'
  | 'auth'
  | 'connection-refused'
  | 'host-not-found'
  | 'timeout'
  | 'tls'
  | 'recipient-rejected'
  | 'sender-rejected'
  | 'password-unavailable'
  | 'other';

export type SendOutcome =
  | { sent: true; to: string; at: string; messageId: string }
  | { sent: false; to: string; at: string; reason: SendFailureReason; message: string };

/** A send and the job as it is on disk with the history line that records it. */
export type MessageSendResult = SendOutcome & { job: Job | null };

export type ComposedMessage = {
  template: MessageTemplateId;
  /** The job's contact's e-mail, or '' when it has none. */
  to: string;
  subject: string;
  body: string;
  unknown: string[];
  missing: MessageField[];
};
