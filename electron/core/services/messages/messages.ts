/**
 * Messages to customers about a job: compose one from its template, send it through the shop's
 * SMTP server, and record every attempt, sent or failed, in the job's history (to whom, which
 * message, when; never the password). A failed send says why and can simply be sent again.
 */
import { composeMessage, messageFields } from '../../../../shared/messages/compose';
import type { ComposedMessage, MessageSendResult, MessagesCompose, MessagesSend, SendOutcome } from '../../../../shared/messages/io';
import { TEMPLATE_LABELS } from '../../../../shared/messages/template-ids';
import { headerSafe } from '../../../../shared/messages/fields';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import type { Job } from '../../../../shared/schemas/job';
import { commit } from '../commit';
import { consoleActor } from '../context';
import type { ServiceContext } from '../context';
import { publishJobs } from '../jobs/job-deltas';
import { findJob, historyEntry } from '../jobs/job-records';
import { saveJob } from '../jobs/job-revision';
import { createMessageSettingsService } from './message-settings';
import type { MessageSettingsDeps } from './message-settings';
import { sendMail } from './smtp';

export type MessagesService = ReturnType<typeof createMessagesService>;

/** The history line of one attempt: `Booking confirmation e-mailed to a@b.example: "Visit booked…"`. */
export function historyDetail(input: Pick<MessagesSend, 'template' | 'to' | 'subject'>, outcome: SendOutcome): string {
  const what = TEMPLATE_LABELS[input.template];
  if (outcome.sent) return `${what} e-mailed to ${input.to}: "${input.subject}"`;
  return `${what} to ${input.to} not sent: ${outcome.message}`;
}

function composeFor(doc: DispatchDocument, job: Job, input: MessagesCompose): ComposedMessage {
  const contact = doc.contacts.find((c) => c.id === job.contactId) ?? null;
  const values = messageFields({
    job,
    client: doc.clients.find((c) => c.id === job.clientId) ?? null,
    site: doc.sites.find((s) => s.id === job.siteId) ?? null,
    contact,
    technician: doc.technicians.find((t) => t.id === job.assignment?.technicianId) ?? null,
    timeZone: doc.settings.timeZone,
    settings: doc.messages,
    newArrivalTime: input.newArrivalTime,
    visitSummary: input.visitSummary,
  });
  const text = composeMessage(doc.messages.templates[input.template], values);
  return { template: input.template, to: contact?.email ?? '', ...text };
}

export function createMessagesService(ctx: ServiceContext, deps: MessageSettingsDeps) {
  const settings = createMessageSettingsService(ctx, deps);

  /** Append the attempt to the job's history, durably, and tell every view. */
  function record(input: MessagesSend, outcome: SendOutcome): Promise<Job> {
    const meta = { at: new Date(outcome.at), by: consoleActor(ctx) };
    return commit(
      ctx,
      (doc, base) => {
        const { job, index } = findJob(base, input.jobId);
        const entry = historyEntry(meta, outcome.sent ? 'message-sent' : 'message-failed', historyDetail(input, outcome));
        return saveJob(doc, index, { ...job, history: [...job.history, entry], updatedAt: meta.at.toISOString() });
      },
      (job, revision) => publishJobs(ctx, revision, [job.id]),
    );
  }

  return {
    settings,

    /** The job's message as its template gives it, for the dispatcher to check, edit and send or copy. */
    compose(input: MessagesCompose): ComposedMessage {
      const doc = ctx.store.read();
      return composeFor(doc, findJob(doc, input.jobId).job, input);
    },

    /**
     * Send what the dispatcher approved. The answer comes once the history line is on disk. A
     * failure (no server, wrong password, refused connection or recipient) is an outcome, not an
     * error, and is recorded too; NOT_FOUND when the job no longer exists (nothing is sent).
     */
    async send(input: MessagesSend): Promise<MessageSendResult> {
      findJob(ctx.store.read(), input.jobId);
      const at = () => ctx.clock.now().toISOString();
      const pass = await settings.password();
      let outcome: SendOutcome;
      if (!pass.ok) {
        outcome = { sent: false, to: input.to, at: at(), reason: 'password-unavailable', message: pass.message };
      } else {
        const subject = headerSafe(input.subject);
        const result = await sendMail(ctx.store.read().messages.smtp, pass.value, { to: input.to, subject, text: input.body }, deps.timeouts);
        outcome = result.sent ? { sent: true, to: input.to, at: at(), messageId: result.messageId } : { sent: false, to: input.to, at: at(), reason: result.reason, message: result.message };
      }
      try {
        return { ...outcome, job: await record(input, outcome) };
      } catch (error) {
        // The e-mail went (or failed) all the same; the job may have been archived meanwhile.
        ctx.log.error(`Recording a ${outcome.sent ? 'sent' : 'failed'} message in the job's history failed`, error);
        if (outcome.sent) return { ...outcome, job: null };
        throw error;
      }
    },
  };
}
