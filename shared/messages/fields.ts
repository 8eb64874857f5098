/**
 * The fields a message template may use, and how plain-text values are made safe to put in an
 * e-mail: every value is one line except the visit summary, and no value carries control or
 * direction-changing characters (a contact name with U+202E could make a line read backwards).
 */

export const MESSAGE_FIELDS = {
  jobNumber: 'Job number (J-1042)',
  jobTitle: 'What the job is about',
  clientName: 'Client',
  contactName: 'Contact name ("there" when the job has no contact)',
  siteName: 'Site name',
  siteAddress: 'Site address',
  technicianName: 'Booked technician',
  arrivalDay: 'Day of the booking (Wednesday 9 December 2026)',
  arrivalWindow: 'Arrival window (09:00 and 11:00)',
  newArrivalTime: 'New arrival time, chosen when sending "Running late"',
  visitSummary: 'Work done, from the latest visit (editable when sending)',
  shopName: 'Your shop (the sender name in SMTP settings)',
} as const;

export type MessageField = keyof typeof MESSAGE_FIELDS;

export type FieldValues = Partial<Record<MessageField, string>>;

export function isMessageField(name: string): name is MessageField {
  return Object.prototype.hasOwnProperty.call(MESSAGE_FIELDS, name);
}

/** Fields whose value may span lines; the others are folded onto one. */
const MULTI_LINE: ReadonlySet<MessageField> = new Set(['visitSummary']);

// Control characters except tab and newline, plus bidi embeddings, overrides and isolates.
const UNSAFE = /(?![\t\n])[\p{Cc}\u202A-\u202E\u2066-\u2069\uFEFF]/gu;

/**
 * A value as it may appear in a plain-text body: line ends normalised to `\n`, control and bidi
 * characters removed, and (for one-line fields) line breaks folded into single spaces.
 */
export function plainTextValue(field: MessageField, value: string): string {
  const lines = value.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n').replace(UNSAFE, '');
  if (MULTI_LINE.has(field)) return lines.replace(/\n{3,}/g, '\n\n').trim();
  return lines.replace(/[\t\n]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/**
 * A subject safe to put in a header: everything that could end the header line (CR, LF, the
 * Unicode line separators, any control character) becomes a space, runs of spaces collapse, and
 * it is cut to 250 characters. Nothing a customer's data contains can add a header.
 */
export function headerSafe(subject: string): string {
  const flat = subject.replace(/[\p{Cc}\u2028\u2029\u0085\u202A-\u202E\u2066-\u2069\uFEFF]+/gu, ' ').replace(/ {2,}/g, ' ').trim();
  return [...flat].slice(0, 250).join('');
}
