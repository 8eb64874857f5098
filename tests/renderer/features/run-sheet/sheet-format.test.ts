import { describe, expect, it } from 'vitest';
import { cssString, dayWithoutYear, dueText, pageCss, visitWindow } from '../../../../renderer/src/features/run-sheet/sheet-format';

describe('run-sheet wording', () => {
  it('shows a visit window in shop time, with the day when it runs past midnight', () => {
    expect(visitWindow('2026-11-26T09:00:00Z', '2026-11-26T10:30:00Z', 'Europe/London', '2026-11-26')).toBe('09:00–10:30');
    expect(visitWindow('2026-11-26T22:00:00Z', '2026-11-27T01:30:00Z', 'Europe/London', '2026-11-26')).toBe('22:00–Fri 27 Nov 01:30');
    expect(visitWindow('2026-11-26T14:00:00Z', '2026-11-26T15:00:00Z', 'America/New_York', '2026-11-26')).toBe('09:00–10:00');
  });

  it('names the day without the year, and due times with their day only when it differs', () => {
    expect(dayWithoutYear('2026-11-26')).toBe('Thursday 26 November');
    expect(dueText('2026-11-26T14:00:00Z', 'UTC', '2026-11-26')).toBe('14:00');
    expect(dueText('2026-11-27T09:00:00Z', 'UTC', '2026-11-26')).toBe('Fri 27 Nov 09:00');
    expect(dueText(null, 'UTC', '2026-11-26')).toBeNull();
  });

  it('escapes data put into CSS strings', () => {
    expect(cssString('O"Brien \\ }\n@import')).toBe('"O\\"Brien \\\\ } @import"');
  });

  it('sets the paper size, page x of y, and a named page per technician', () => {
    const css = pageCss('Letter', [{ technicianName: 'Alex "AC" Chen' }, { technicianName: 'Sam' }], 'Thursday 26 November 2026');
    expect(css).toContain('size: letter portrait');
    expect(css).toContain('content: "Page " counter(page) " of " counter(pages)');
    expect(css).toContain('@page run-sheet-0 { @top-left { content: "Alex \\"AC\\" Chen · Thursday 26 November 2026"');
    expect(css).toContain('.run-sheet[data-sheet-index="1"] { page: run-sheet-1; }');
    expect(pageCss('A4', [], 'x')).toContain('size: A4 portrait');
  });
});
