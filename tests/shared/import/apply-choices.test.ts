import { describe, expect, it } from 'vitest';
import { applyChoices } from '../../../shared/import/apply-choices';
import { suggestChoices } from '../../../shared/import/choices';

const headers = ['Ticket #', 'Company', 'Summary Description', 'Type', 'Priority', 'Status', 'Date Entered', 'Budget Hours'];
const rows = [
  { line: 2, cells: ['1', 'Abbey', 'Server down', 'Incident', 'Priority 1 - Emergency Response', 'New', '11/26/2026 8:14 AM', '2.00'] },
  { line: 3, cells: ['2', 'Abbey', 'Mouse broken', 'Hardware', 'Sort of soon', 'Closed (resolved)', '11/27/2026 9:00 AM', '0.50'] },
  { line: 4, cells: ['3', 'Abbey', 'Printer', 'Printer', '', 'In Progress', '11/31/2026 9:00 AM', '0.00'] },
];
const ctx = { timeZone: 'Europe/London', now: new Date('2026-12-09T09:30:00Z') };

describe('applyChoices', () => {
  it('maps values by guess, defaults what it cannot map and says so, skips closed tickets', () => {
    const { choices } = suggestChoices('jobs', headers, rows);
    expect(choices.values.priority).toEqual({ 'priority 1 - emergency response': 'P1', 'sort of soon': null });
    expect(choices.values.status).toEqual({ new: 'open', 'closed (resolved)': 'closed', 'in progress': 'open' });
    expect(choices.dateOrder).toBe('mdy');
    const out = applyChoices('jobs', headers, rows, choices, ctx);
    expect(out.closed).toEqual([{ line: 3, status: 'Closed (resolved)', title: 'Mouse broken' }]);
    expect(out.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(out.rows[0]?.values).toEqual({
      external_ref: '1',
      client: 'Abbey',
      title: 'Server down',
      category: 'other',
      priority: 'P1',
      status: 'open',
      received_at: '2026-11-26T08:14:00.000Z',
      estimate: '120',
    });
    expect(out.notices.get(2)).toEqual([{ field: 'category', message: '"Incident" → other' }]);
    expect(out.notices.get(4)).toEqual([
      { field: 'priority', message: 'empty → P3 (default)' },
      { field: 'estimate', message: '"0.00" hours → 60 minutes (default)' },
    ]);
    expect(out.rows[1]?.values).toMatchObject({ priority: 'P3', category: 'printer' });
    expect(out.issues.get(4)).toEqual([{ field: 'received_at', message: 'expected a date and time such as 11/26/2026 8:14 AM, got "11/31/2026 9:00 AM"' }]);
  });

  it('follows the user: a value mapped by hand, closed tickets included as closed', () => {
    const { choices } = suggestChoices('jobs', headers, rows);
    choices.values.priority['sort of soon'] = 'P2';
    choices.includeClosed = true;
    const out = applyChoices('jobs', headers, rows, choices, ctx);
    expect(out.closed).toEqual([]);
    expect(out.rows[1]?.values).toMatchObject({ priority: 'P2', status: 'closed', estimate: '30', category: 'hardware' });
    expect(out.notices.get(3)).toBeUndefined();
  });

  it('says once when the file has no priority or received time', () => {
    const out = applyChoices('jobs', ['client', 'title'], [{ line: 2, cells: ['Abbey', 'A'] }], suggestChoices('jobs', ['client', 'title'], []).choices, ctx);
    expect(out.fileNotices).toEqual(['No priority column: every job gets P3.', 'No received time column: SLA clocks start at the moment of the import.']);
    expect(out.rows[0]?.values).toEqual({ client: 'Abbey', title: 'A', priority: 'P3' });
  });
});
