/**
 * Small constructors for the errors services throw, so codes and wording stay consistent.
 * Messages are sentences a dispatcher can act on; codes are what the UI switches on.
 */
import type { z } from 'zod';
import { AppError } from '../../../shared/ipc/result';
import { describeIssues, toFieldIssues } from '../../../shared/schemas/issues';
import type { FieldIssue } from '../../../shared/schemas/issues';

/** A record the call refers to does not exist (any more: another screen may have deleted it). */
export function notFound(message: string): AppError {
  return new AppError('NOT_FOUND', message);
}

/** The current state of the data forbids the change. */
export function conflict(message: string, details?: unknown): AppError {
  return new AppError('CONFLICT', message, details === undefined ? {} : { details });
}

/** The request itself is wrong; `issues` name the fields. */
export function badInput(message: string, issues: FieldIssue[] = []): AppError {
  return new AppError('BAD_INPUT', message, { issues });
}

/**
 * Parse a whole record with its entity schema (after merging a patch, say) or throw BAD_INPUT
 * naming the fields: a patch can be valid on its own yet produce an invalid record.
 */
export function parseRecord<S extends z.ZodType>(schema: S, data: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issues = toFieldIssues(parsed.error);
  throw badInput(`The ${what} is not valid: ${describeIssues(issues)}`, issues);
}

/** `"J-1001, J-1002, J-1003 and 2 more"`, for messages that list records. */
export function listSome(items: string[], max = 3): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}
