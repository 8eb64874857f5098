/**
 * The NOTIFY payload: which desk committed, its change number, and the rows it wrote with their new
 * versions (null: deleted). PostgreSQL limits a payload to 8,000 bytes, so a large change (an
 * import, an archive batch) sends only a resync marker; listeners catch up from the database either
 * way, so the rows are a hint, never the data. Payloads are untrusted: anything that does not parse
 * reads as "something changed, catch up".
 */
import { z } from 'zod';

/** Stay well under PostgreSQL's 8,000-byte limit (the channel name and framing count too). */
export const MAX_PAYLOAD_BYTES = 7_500;

export type Notice = {
  host: string;
  seq: number;
  /** Rows written, or null when the payload was too large to list them (catch up on everything). */
  changes: Array<{ table: string; key: string; version: number | null }> | null;
};

const NoticeSchema = z.object({
  h: z.string().min(1).max(200),
  s: z.number().int().min(0),
  c: z
    .array(z.tuple([z.string().max(64), z.string().max(400), z.number().int().min(1).nullable()]))
    .max(10_000)
    .optional(),
  r: z.literal(true).optional(),
});

export function encodeNotice(notice: Notice): string {
  const changes = notice.changes?.map((c) => [c.table, c.key, c.version] as const);
  const full = JSON.stringify({ h: notice.host, s: notice.seq, c: changes });
  if (changes && Buffer.byteLength(full, 'utf8') <= MAX_PAYLOAD_BYTES) return full;
  return JSON.stringify({ h: notice.host, s: notice.seq, r: true });
}

/** The notice in `payload`, or null when it is not one of ours (the caller then catches up anyway). */
export function parseNotice(payload: unknown): Notice | null {
  if (typeof payload !== 'string' || payload.length > 10_000) return null;
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return null;
  }
  const parsed = NoticeSchema.safeParse(json);
  if (!parsed.success) return null;
  const { h, s, c } = parsed.data;
  return { host: h, seq: s, changes: c && !parsed.data.r ? c.map(([table, key, version]) => ({ table, key, version })) : null };
}
