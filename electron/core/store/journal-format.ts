/**
 * The journal's byte layout (docs/data-format.md has the full description).
 *
 * A segment file is a run of records and nothing else. Each record:
 *
 *   offset 0   4 bytes  magic "DCJ1"
 *   offset 4   4 bytes  payload length in bytes, unsigned little-endian
 *   offset 8   4 bytes  CRC-32 (zlib/IEEE) of the payload, unsigned little-endian
 *   offset 12  n bytes  payload: UTF-8 JSON {"seq": n, "v": schemaVersion, "p": [immer patches]}
 *
 * The magic lets a reader that met a damaged record look for a later intact one, which tells a torn
 * tail (nothing intact after it: the write in flight when the host stopped) from damage in the
 * middle (acknowledged records follow it).
 */
import { crc32 } from 'node:zlib';
import type { Patch } from 'immer';

export const RECORD_MAGIC = Buffer.from('DCJ1', 'ascii');
export const HEADER_BYTES = 12;
/** A record this large is not one this store wrote (a whole document is far smaller): treat as damage. */
export const MAX_PAYLOAD_BYTES = 256 * 2 ** 20;

/** One acknowledged mutation: its number, the document's schema version, and what it changed. */
export type JournalRecord = { seq: number; v: number; p: Patch[] };

/** The bytes of `records`, back to back, ready for one write. */
export function encodeRecords(records: readonly JournalRecord[]): Buffer {
  const parts: Buffer[] = [];
  for (const record of records) {
    const payload = Buffer.from(JSON.stringify(record), 'utf8');
    const header = Buffer.allocUnsafe(HEADER_BYTES);
    RECORD_MAGIC.copy(header, 0);
    header.writeUInt32LE(payload.length, 4);
    header.writeUInt32LE(crc32(payload), 8);
    parts.push(header, payload);
  }
  return Buffer.concat(parts);
}

/** What a segment holds: its intact records, and where (if anywhere) they stop before the end. */
export type DecodedSegment = {
  records: JournalRecord[];
  /** Byte offset of the first damaged record, or null when every byte belongs to an intact record. */
  damagedAt: number | null;
  /** Why the record at `damagedAt` is damaged. */
  damage: string | null;
  /** An intact record follows the damage: the damage is in the middle, not a torn tail. */
  intactAfterDamage: boolean;
  /** Bytes from `damagedAt` to the end. */
  droppedBytes: number;
};

type Attempt = { ok: true; record: JournalRecord; end: number } | { ok: false; reason: string };

/** Read the record starting at `offset`. */
function readRecord(bytes: Uint8Array, offset: number): Attempt {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length - offset < HEADER_BYTES) return { ok: false, reason: 'header cut short' };
  if (!buffer.subarray(offset, offset + 4).equals(RECORD_MAGIC)) return { ok: false, reason: 'no record marker' };
  const length = buffer.readUInt32LE(offset + 4);
  if (length > MAX_PAYLOAD_BYTES) return { ok: false, reason: `length ${length} is implausible` };
  const end = offset + HEADER_BYTES + length;
  if (end > buffer.length) return { ok: false, reason: `length ${length} runs past the end of the file` };
  const payload = buffer.subarray(offset + HEADER_BYTES, end);
  if (crc32(payload) !== buffer.readUInt32LE(offset + 8)) return { ok: false, reason: 'checksum mismatch' };
  let value: unknown;
  try {
    value = JSON.parse(payload.toString('utf8'));
  } catch {
    return { ok: false, reason: 'payload is not JSON' };
  }
  if (!isRecord(value)) return { ok: false, reason: 'payload is not a journal record' };
  return { ok: true, record: value, end };
}

function isRecord(value: unknown): value is JournalRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<JournalRecord>;
  return Number.isSafeInteger(r.seq) && (r.seq ?? 0) > 0 && Number.isInteger(r.v) && Array.isArray(r.p);
}

/** Every intact record from the start of `bytes`, up to the first damaged one (see `DecodedSegment`). */
export function decodeSegment(bytes: Uint8Array): DecodedSegment {
  const records: JournalRecord[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const attempt = readRecord(bytes, offset);
    if (!attempt.ok) {
      return { records, damagedAt: offset, damage: attempt.reason, intactAfterDamage: intactRecordAfter(bytes, offset + 1), droppedBytes: bytes.length - offset };
    }
    records.push(attempt.record);
    offset = attempt.end;
  }
  return { records, damagedAt: null, damage: null, intactAfterDamage: false, droppedBytes: 0 };
}

/** Is there an intact record starting anywhere at or after `from`? Only the record marker's positions are tried. */
function intactRecordAfter(bytes: Uint8Array, from: number): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = buffer.indexOf(RECORD_MAGIC, from); at !== -1; at = buffer.indexOf(RECORD_MAGIC, at + 1)) {
    if (readRecord(bytes, at).ok) return true;
  }
  return false;
}
