import type { FieldIssue } from '../schemas/issues';

/**
 * Stable error codes. The UI chooses its message by code and never parses `message`; Electron only
 * carries an Error's message across IPC, so errors travel as data instead of being thrown.
 */
/** `UNAVAILABLE`: the shared database cannot be reached; nothing was saved, try again shortly. */
export type ErrorCode = 'BAD_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'INTERNAL' | 'UNAVAILABLE';

export type AppErrorData = {
  code: ErrorCode;
  /** Human-readable, safe to show to the dispatcher. */
  message: string;
  /** Field-level problems for `BAD_INPUT`. */
  issues?: FieldIssue[];
  /** Extra machine-readable detail, e.g. the conflicts that blocked an assignment. */
  details?: unknown;
};

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, extra: Omit<AppErrorData, 'code' | 'message'> = {}): Result<never> => ({
  ok: false,
  error: { code, message, ...extra },
});

/**
 * Thrown inside services to end a call with a specific code; the IPC layer turns it into a
 * `{ ok: false }` result. Anything else thrown becomes `INTERNAL`.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[] | undefined;
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, extra: { issues?: FieldIssue[]; details?: unknown } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = extra.issues;
    this.details = extra.details;
  }
}
