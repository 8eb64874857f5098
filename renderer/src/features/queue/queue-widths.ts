/**
 * Column widths from the content: Client, Skills, Zone, Job and Received get the width of their
 * widest text (within bounds), and Title takes the rest. Every row is its own grid (the body is
 * virtualised), so the widths are computed once from all rows and shared through one CSS
 * variable, which keeps the columns aligned.
 */
import type { QueueRow } from './queue-model';

/** Cell padding, left plus right (queue.css `.queue-cell`). */
const PADDING = 16;
/** Room for the header's sort arrow. */
const ARROW = 14;

type Bounds = { min: number; max: number };
const BOUNDS: Record<'number' | 'clientName' | 'skills' | 'zone' | 'receivedAt', Bounds> = {
  number: { min: 56, max: 120 },
  clientName: { min: 90, max: 260 },
  skills: { min: 70, max: 220 },
  zone: { min: 56, max: 160 },
  receivedAt: { min: 64, max: 170 },
};

/** The widest "Received" text: a day other than today, with two-digit day and a wide weekday. */
export const WIDEST_RECEIVED = 'Wed 30 Dec 00:00';

/**
 * The grid template for the queue's columns, in queue-columns order. `measure` gives a text's
 * width in pixels in the table's font (a canvas in the page, a character count in tests).
 */
export function queueGridTemplate(rows: readonly QueueRow[], measure: (text: string, bold?: boolean) => number): string {
  const widest = (key: keyof typeof BOUNDS, header: string, texts: Iterable<string>, bold = false): string => {
    let w = measure(header, true) + ARROW;
    for (const t of texts) w = Math.max(w, measure(t, bold));
    const { min, max } = BOUNDS[key];
    return `${Math.ceil(Math.min(max, Math.max(min, w + PADDING)))}px`;
  };
  const distinct = (pick: (r: QueueRow) => string) => new Set(rows.map(pick));
  return [
    '64px',
    widest('number', 'Job', distinct((r) => r.number), true),
    widest('clientName', 'Client', distinct((r) => r.clientName)),
    // Title takes what is left, but never less than a readable minimum.
    'minmax(160px, 1fr)',
    widest('skills', 'Skills', distinct((r) => r.skills || '—')),
    widest('zone', 'Zone', distinct((r) => r.zone || '—')),
    widest('receivedAt', 'Received', [WIDEST_RECEIVED]),
    '136px',
    '76px',
  ].join(' ');
}

let canvas: HTMLCanvasElement | null = null;

/** Text width in the queue's font, measured on a canvas (no layout, no reflow). */
export function measureInPage(text: string, bold = false): number {
  canvas ??= document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return text.length * 8;
  const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
  ctx.font = `${bold ? 700 : 400} 13px ${family}`;
  return ctx.measureText(text).width;
}
