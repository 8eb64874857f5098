/** The SMTP form's draft (what the fields hold, as typed) and its checks before saving. */
import type { MessagesConfigure } from '../../../../shared/messages/io';
import type { MessageSettings, SmtpTlsMode } from '../../../../shared/schemas/messages';

export type SmtpDraft = {
  host: string;
  port: string;
  tls: SmtpTlsMode;
  user: string;
  fromAddress: string;
  fromName: string;
  arrivalWindowMinutes: string;
  /** Typed only to replace the stored password; never filled from the host. */
  password: string;
};

export const TLS_LABELS: Record<SmtpTlsMode, string> = {
  starttls: 'STARTTLS (usually port 587)',
  tls: 'TLS from the start (usually port 465)',
  none: 'None: only for a relay on your own network',
};

export function draftOf(settings: MessageSettings): SmtpDraft {
  const { smtp } = settings;
  return { ...smtp, port: String(smtp.port), arrivalWindowMinutes: String(settings.arrivalWindowMinutes), password: '' };
}

const wholeNumber = (text: string, min: number, max: number): number | null => {
  if (!/^\d{1,5}$/.test(text.trim())) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
};

/** The configure call for this draft, or the fields that are wrong (field → message). */
export function smtpInput(draft: SmtpDraft): { ok: true; input: MessagesConfigure } | { ok: false; errors: Partial<Record<keyof SmtpDraft, string>> } {
  const errors: Partial<Record<keyof SmtpDraft, string>> = {};
  const port = wholeNumber(draft.port, 1, 65_535);
  const window = wholeNumber(draft.arrivalWindowMinutes, 0, 480);
  if (port === null) errors.port = '1–65535';
  if (window === null) errors.arrivalWindowMinutes = '0–480 minutes';
  if (draft.fromAddress.trim() !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(draft.fromAddress.trim())) errors.fromAddress = 'expected an address such as desk@yourshop.example';
  if (port === null || window === null || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      smtp: { host: draft.host.trim(), port, tls: draft.tls, user: draft.user.trim(), fromAddress: draft.fromAddress.trim(), fromName: draft.fromName.trim() },
      arrivalWindowMinutes: window,
      ...(draft.password !== '' ? { password: draft.password } : {}),
    },
  };
}
