import { z } from 'zod';
import { DEFAULT_TEMPLATES } from '../messages/default-templates';
import { MESSAGE_TEMPLATE_IDS } from '../messages/template-ids';

/** The five messages a shop sends customers; each has one editable template. */
export const MessageTemplateIdSchema = z.enum(MESSAGE_TEMPLATE_IDS);

/** Line breaks and other control characters: a subject is one header line. */
const HEADER_BREAK = /[\p{Cc}\u2028\u2029]/u;

/** A stored template: subject and plain-text body, with `{{field}}` placeholders. */
export const MessageTemplateSchema = z.object({
  subject: z
    .string()
    .trim()
    .min(1, 'required')
    .max(300, 'at most 300 characters')
    .refine((s) => !HEADER_BREAK.test(s), { message: 'must be one line, without line breaks or control characters' }),
  body: z.string().trim().min(1, 'required').max(10_000, 'at most 10,000 characters'),
});

export const MessageTemplatesSchema = z.object(
  Object.fromEntries(MESSAGE_TEMPLATE_IDS.map((id) => [id, MessageTemplateSchema.default(DEFAULT_TEMPLATES[id])])) as {
    [K in (typeof MESSAGE_TEMPLATE_IDS)[number]]: z.ZodDefault<typeof MessageTemplateSchema>;
  },
);

/**
 * How the connection to the shop's SMTP server is protected: `tls` = TLS from the first byte
 * (usually port 465), `starttls` = plain connect then upgrade, refusing a server that cannot
 * (usually 587), `none` = no encryption (a relay on the shop's own network only).
 */
export const SmtpTlsModeSchema = z.enum(['starttls', 'tls', 'none']);

/** A host name or IP literal: letters, digits, dots, hyphens, colons (IPv6), brackets. */
const HOST_NAME = /^[A-Za-z0-9.:[\]-]*$/;

/** The shop's outgoing mail server. The password is never stored here (see docs/security.md). */
export const SmtpSettingsSchema = z.object({
  host: z.string().trim().max(253).regex(HOST_NAME, 'expected a host name such as smtp.example.com').default(''),
  port: z.number().int().min(1).max(65_535).default(587),
  tls: SmtpTlsModeSchema.default('starttls'),
  /** Login name; empty for a relay that accepts mail without logging in. */
  user: z
    .string()
    .trim()
    .max(320)
    .refine((s) => !HEADER_BREAK.test(s), { message: 'must be one line' })
    .default(''),
  fromAddress: z.union([z.literal(''), z.email('expected an e-mail address').max(254)]).default(''),
  /** Shown as the sender's name and as `{{shopName}}` in templates. */
  fromName: z
    .string()
    .trim()
    .max(120)
    .refine((s) => !HEADER_BREAK.test(s), { message: 'must be one line' })
    .default(''),
});

export const MessageSettingsSchema = z.object({
  smtp: SmtpSettingsSchema.default(SmtpSettingsSchema.parse({})),
  /** A booking promises arrival between its start and this many minutes later. */
  arrivalWindowMinutes: z.number().int().min(0).max(8 * 60).default(120),
  templates: MessageTemplatesSchema.default(MessageTemplatesSchema.parse({})),
});

export type MessageTemplateId = z.infer<typeof MessageTemplateIdSchema>;
export type MessageTemplate = z.infer<typeof MessageTemplateSchema>;
export type SmtpTlsMode = z.infer<typeof SmtpTlsModeSchema>;
export type SmtpSettings = z.infer<typeof SmtpSettingsSchema>;
export type MessageSettings = z.infer<typeof MessageSettingsSchema>;

/** Message settings of a new data file (and of one migrated to version 5). */
export function defaultMessageSettings(): MessageSettings {
  return MessageSettingsSchema.parse({});
}
