/**
 * The messages settings: the SMTP server and sender, the arrival window, the templates (in the
 * data file) and the password (in the host's secret store, never in the data file and never
 * returned: the page only learns whether one is stored).
 */
import type { MessageSettingsView, MessagesConfigure, SendOutcome } from '../../../../shared/messages/io';
import { MESSAGE_FIELDS } from '../../../../shared/messages/fields';
import { placeholdersOf } from '../../../../shared/messages/render';
import { TEMPLATE_LABELS } from '../../../../shared/messages/template-ids';
import type { TemplateId } from '../../../../shared/messages/template-ids';
import { AppError } from '../../../../shared/ipc/result';
import { MessageSettingsSchema } from '../../../../shared/schemas/messages';
import type { MessageSettings } from '../../../../shared/schemas/messages';
import type { FieldIssue } from '../../../../shared/schemas/issues';
import type { SecretStore } from '../../ports';
import { commit } from '../commit';
import type { ServiceContext } from '../context';
import { badInput, parseRecord } from '../errors';
import { sendMail } from './smtp';
import type { SmtpTimeouts } from './smtp';

export type MessageSettingsDeps = { secrets: SecretStore; timeouts?: SmtpTimeouts };

/** Placeholders that name no field: refused on save, so no customer ever reads `{{tecnician}}`. */
function unknownFieldIssues(templates: MessagesConfigure['templates']): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [id, template] of Object.entries(templates ?? {}) as Array<[TemplateId, { subject: string; body: string }]>) {
    for (const part of ['subject', 'body'] as const) {
      const unknown = placeholdersOf(template[part]).filter((name) => !Object.prototype.hasOwnProperty.call(MESSAGE_FIELDS, name));
      if (unknown.length > 0) {
        issues.push({ path: `templates.${id}.${part}`, message: `${TEMPLATE_LABELS[id]}: unknown field ${unknown.map((n) => `{{${n}}}`).join(', ')}` });
      }
    }
  }
  return issues;
}

function merged(current: MessageSettings, input: MessagesConfigure): MessageSettings {
  return parseRecord(
    MessageSettingsSchema,
    {
      smtp: input.smtp ?? current.smtp,
      arrivalWindowMinutes: input.arrivalWindowMinutes ?? current.arrivalWindowMinutes,
      templates: { ...current.templates, ...input.templates },
    },
    'message settings',
  );
}

export function createMessageSettingsService(ctx: ServiceContext, deps: MessageSettingsDeps) {
  const { secrets } = deps;

  async function passwordStored(): Promise<boolean> {
    try {
      return (await secrets.get('smtp-password')) !== null;
    } catch {
      // A secret file with loose permissions is not "stored" for the page; sending says why.
      return false;
    }
  }

  async function view(): Promise<MessageSettingsView> {
    return { settings: ctx.store.read().messages, passwordStored: await passwordStored(), storage: secrets.info(), revision: ctx.revision.current() };
  }

  /** The password, or a failure the send reports ("password-unavailable"). */
  async function password(): Promise<{ ok: true; value: string | null } | { ok: false; message: string }> {
    try {
      return { ok: true, value: await secrets.get('smtp-password') };
    } catch (error) {
      return { ok: false, message: error instanceof AppError ? error.message : 'The stored SMTP password could not be read.' };
    }
  }

  return {
    view,
    password,

    /**
     * Save what changed. Templates with unknown fields are refused (BAD_INPUT naming them). The
     * password is stored only after the settings are on disk, so a refused save keeps the old one.
     */
    async configure(input: MessagesConfigure): Promise<MessageSettingsView> {
      const issues = unknownFieldIssues(input.templates);
      if (issues.length > 0) throw badInput(`Not saved: ${issues.map((i) => i.message).join('; ')}.`, issues);
      const next = merged(ctx.store.read().messages, input);
      if (JSON.stringify(next) !== JSON.stringify(ctx.store.read().messages)) {
        await commit(
          ctx,
          (doc) => {
            doc.messages = merged(doc.messages, input);
          },
          (_, revision) => ctx.events.publish('settings:changed', { revision }),
        );
      }
      if (typeof input.password === 'string') {
        try {
          await secrets.set('smtp-password', input.password);
        } catch (error) {
          if (error instanceof AppError) throw error;
          ctx.log.error('Storing the SMTP password failed', error);
          throw new AppError('INTERNAL', 'The SMTP password could not be stored. The other settings were saved.');
        }
      } else if (input.password === null) {
        await secrets.delete('smtp-password');
      }
      return view();
    },

    /** A short test e-mail with the saved settings, so the shop knows before a customer is waiting. */
    async test(to: string): Promise<SendOutcome> {
      const at = ctx.clock.now().toISOString();
      const pass = await password();
      if (!pass.ok) return { sent: false, to, at, reason: 'password-unavailable', message: pass.message };
      const { smtp } = ctx.store.read().messages;
      const result = await sendMail(
        smtp,
        pass.value,
        {
          to,
          subject: `Test message from ${smtp.fromName || 'Dispatch Console'}`,
          text: `This is a test message from Dispatch Console, sent through ${smtp.host}:${smtp.port}.\n\nIf you can read it, customer messages will be delivered.`,
        },
        deps.timeouts,
      );
      return result.sent ? { sent: true, to, at, messageId: result.messageId } : { sent: false, to, at, reason: result.reason, message: result.message };
    },
  };
}
