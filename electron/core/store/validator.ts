/**
 * Adapt a schema with zod's `safeParse` shape into the store's `validate` option. Typed
 * structurally, so the store does not depend on zod (or on the domain schema).
 */
import type { ValidationResult } from './types';

type Issue = { path: ReadonlyArray<PropertyKey>; message: string };

/** Anything with zod's `safeParse` result shape (zod 3 and 4 both fit). */
export type SafeParseSchema<T> = {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<Issue> } };
};

/** How many issues to name in a reason before summarising the rest (a banner, not a report). */
const ISSUES_SHOWN = 3;

/**
 * `validate` for `openStore` from a zod schema. The reason reads like
 * `jobs.4.priority: Invalid option: expected one of "P1"|"P2"|"P3"|"P4" (and 2 more problems)`.
 */
export function validatorFromSchema<T>(schema: SafeParseSchema<T>): (data: unknown) => ValidationResult<T> {
  return (data) => {
    const result = schema.safeParse(data);
    if (result.success) return { ok: true, value: result.data };
    return { ok: false, reason: describeIssues(result.error.issues) };
  };
}

function describeIssues(issues: ReadonlyArray<Issue>): string {
  if (issues.length === 0) return 'does not match the expected format';
  const shown = issues.slice(0, ISSUES_SHOWN).map((issue) => {
    const where = issue.path.map((part) => String(part)).join('.');
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  const more = issues.length - shown.length;
  return shown.join('; ') + (more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : '');
}
