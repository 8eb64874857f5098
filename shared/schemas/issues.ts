import type { z } from 'zod';

/** One field-level problem, ready to show next to the field or in an API error body. */
export type FieldIssue = { path: string; message: string };

/** Flatten zod issues into `path: message` pairs (`jobs.4.priority`, `body.title`). */
export function toFieldIssues(error: z.ZodError, prefix = ''): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter((p) => p !== '').join('.');
    return { path: path || '(root)', message: issue.message };
  });
}

/** One line per issue, at most `max` lines, for logs and banners. */
export function describeIssues(issues: FieldIssue[], max = 5): string {
  const shown = issues.slice(0, max).map((i) => `${i.path}: ${i.message}`);
  const more = issues.length > max ? [`…and ${issues.length - max} more`] : [];
  return [...shown, ...more].join('; ');
}
