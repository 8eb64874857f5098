/**
 * What never reaches a log file: tokens (session, intake, `Authorization: Bearer …`, `token=` in a
 * URL), cookies and passwords (also in a `postgres://user:password@…` address), and personal data (e-mail addresses, phone numbers, and any field
 * whose name says it holds a name or contact). Log lines are free text written by the core, so the
 * text is scrubbed by pattern; known secrets (the tokens this process generated) are replaced
 * wherever they appear, whatever the shape.
 */

export const REDACTED = '[redacted]';

/** Field names whose values are secret or personal, wherever they appear in a logged error. */
const SENSITIVE_KEY = /authori[sz]ation|token|cookie|password|secret|e-?mail|phone|contact|client|customer|^name$|Name$/i;

const PATTERNS: ReadonlyArray<[RegExp, string]> = [
  // The password in a connection URL (postgres://user:password@host/db); the user and host stay for diagnosis.
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:)[^@\s]+@/gi, `$1${REDACTED}@`],
  // `Authorization: Bearer abc` (scheme and credential), then any other `Bearer abc`, `Basic abc`
  [/(authori[sz]ation["']?\s*[:=]\s*["']?)(?:(?:Bearer|Basic)\s+)?[^"',;\s]+/gi, `$1${REDACTED}`],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, `$1 ${REDACTED}`],
  // token=…, intakeToken: …, "token":"…" (query strings, URL fragments, JSON, prose)
  [/((?:[a-z]*token|api[-_]?key|password|secret)["']?\s*[:=]\s*["']?)[^"'&#,;\s)]+/gi, `$1${REDACTED}`],
  // "(token abc)" as the host prints its intake URL
  [/(\btoken\s+)[A-Za-z0-9_-]{16,}/gi, `$1${REDACTED}`],
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '[email]'],
];

/**
 * Phone numbers: 7 to 15 digits with single separators between them, written with a leading `+`
 * or at least one separator (a bare run of digits is a size, a count or a timestamp, which the log
 * needs). Dates and IPv4 addresses have the same shape and are left alone.
 */
const PHONE = /(?<![\w:.-])\+?\(?\d(?:[ .()-]{0,2}\d){6,14}(?![\w:-]|\.\d)/g;
const NOT_A_PHONE = [/^\d{4}-\d\d-\d\d/, /^\d{1,3}(\.\d{1,3}){3}$/, /^\(?\d+\)?$/];

/** Scrub one piece of free text. `secrets` are exact values (tokens) replaced wherever they occur. */
export function redactText(text: string, secrets: Iterable<string> = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 8) out = out.split(secret).join(REDACTED);
  }
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out.replace(PHONE, (match) => (NOT_A_PHONE.some((p) => p.test(match)) ? match : '[phone]'));
}

export type LoggedError = { type: string; message: string; stack?: string; code?: string; cause?: LoggedError; [key: string]: unknown };

/**
 * Turn whatever was thrown into plain, scrubbed data: type, message, stack, code, cause, plus
 * other own fields (an errno, a status) with sensitive-looking names replaced.
 */
export function redactError(error: unknown, secrets: Iterable<string> = [], depth = 0): LoggedError {
  const list = [...secrets];
  if (!(error instanceof Error)) return { type: typeof error, message: redactText(String(error), list) };
  const out: LoggedError = { type: error.name, message: redactText(error.message, list) };
  if (error.stack) out.stack = redactText(error.stack, list);
  for (const [key, value] of Object.entries(error)) {
    if (key === 'cause' || key === 'stack' || key === 'message') continue;
    if (SENSITIVE_KEY.test(key)) out[key] = REDACTED;
    else if (typeof value === 'string') out[key] = redactText(value, list);
    else if (typeof value === 'number' || typeof value === 'boolean') out[key] = value;
  }
  if (error.cause !== undefined && depth < 3) out.cause = redactError(error.cause, list, depth + 1);
  return out;
}
