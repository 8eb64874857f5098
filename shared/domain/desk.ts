/**
 * Who made a change from the console, as job history and CONFLICT messages name it. With one desk
 * it is simply "dispatcher"; with several desks on a shared database each desk says who and where:
 * "Sam at desk 2", "dispatcher at desk 2", or just "Sam".
 */

/** A desk or dispatcher name: one short line of visible text. */
export const DESK_NAME_MAX = 30;

const CONTROL = /[\p{Cc}\u2028\u2029]/u;

/** Why `name` cannot name a desk or a dispatcher, or null. */
export function deskNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'give a name, or leave it out.';
  if (CONTROL.test(trimmed)) return 'a name is one line of text.';
  if ([...trimmed].length > DESK_NAME_MAX) return `a name has at most ${DESK_NAME_MAX} characters.`;
  return null;
}

/** The actor written into history for changes made at this desk. */
export function deskActor(desk: { dispatcher?: string | undefined; desk?: string | undefined }): string {
  const who = desk.dispatcher?.trim() || 'dispatcher';
  const where = desk.desk?.trim();
  return where ? `${who} at ${where}` : who;
}
