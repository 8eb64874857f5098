import { describe, expect, it } from 'vitest';
import { isArchivable } from '../../../electron/core/archive/archive-format';
import { generateShop } from '../../../scripts/lib/generate-shop';
import { validateDocument } from '../../../shared/schemas/document';

const NOW = new Date('2026-11-26T09:30:00.000Z'); // a Thursday
const SMALL = { technicians: 12, zones: 3, clients: 20, scheduled: 120, unassigned: 40, burst: 15, history: 300, historyMonths: 6 };

describe('the seeded shop generator', () => {
  it('gives the same shop for the same seed, and another for another seed', () => {
    const a = generateShop({ seed: 6, now: NOW, size: SMALL });
    const b = generateShop({ seed: 6, now: NOW, size: SMALL });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const c = generateShop({ seed: 7, now: NOW, size: SMALL });
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });

  it('builds the shape it promises, valid with or without the history inside', () => {
    const { doc, history } = generateShop({ seed: 6, now: NOW, size: SMALL });
    expect(validateDocument(doc).ok).toBe(true);
    expect(validateDocument({ ...doc, jobs: [...history, ...doc.jobs] }).ok).toBe(true);
    expect(doc.technicians).toHaveLength(12);
    expect(new Set(doc.technicians.map((t) => t.zone)).size).toBe(3);
    const booked = doc.jobs.filter((j) => j.assignment !== null);
    const queued = doc.jobs.filter((j) => j.assignment === null);
    expect(booked).toHaveLength(120);
    expect(queued).toHaveLength(40);
    // The week: Monday 23 to Friday 27 November, shop time (London = UTC in winter).
    for (const j of booked) expect(j.assignment!.start >= '2026-11-23' && j.assignment!.start < '2026-11-28').toBe(true);
    const lastHour = queued.filter((j) => Date.parse(j.receivedAt) > NOW.getTime() - 3600_000);
    expect(lastHour).toHaveLength(15);
    // History: all finished, all due for the archive, none of it in the active document.
    expect(history).toHaveLength(300);
    expect(history.every((j) => isArchivable(j, NOW))).toBe(true);
    expect(doc.jobs.some((j) => isArchivable(j, NOW))).toBe(false);
    expect(new Set([...history, ...doc.jobs].map((j) => j.number)).size).toBe(460);
  });
});
