import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AlertBanner, reasonText } from '../../../../renderer/src/features/alerts/AlertBanner';
import type { AlertsSnapshot, UrgentAlert } from '../../../../shared/domain/alerts';

const NOW = Date.parse('2026-11-26T10:00:00Z');
const item = (n: number, overrides: Partial<UrgentAlert> = {}): UrgentAlert => ({
  jobId: `j${n}`, number: `J-${1000 + n}`, title: `Job ${n}`, clientId: 'c1', priority: 'P1', reason: 'new-p1', clock: 'response',
  dueAt: new Date(NOW + 30 * 60_000).toISOString(), minutesLeft: 30, acknowledged: false, ...overrides,
});
const render = (snapshot: AlertsSnapshot) =>
  renderToStaticMarkup(
    <AlertBanner snapshot={snapshot} clientName={() => 'Harbour Dental'} timeZone="Europe/London" now={NOW} busy={false} error={null} onOpen={() => {}} onAcknowledge={() => {}} onSnooze={() => {}} onShowInQueue={() => {}} />,
  );

describe('AlertBanner', () => {
  it('is an alert that says it is urgent in words, with the jobs, the client and the reason', () => {
    const html = render({ urgent: [item(1), item(2, { priority: 'P2', reason: 'breached', dueAt: new Date(NOW - 3 * 60_000).toISOString() })], snoozedUntil: null });
    expect(html).toContain('role="alert"');
    expect(html).toContain('Urgent');
    expect(html).toContain('2 urgent jobs need a technician');
    expect(html).toContain('J-1001');
    expect(html).toContain('Harbour Dental');
    expect(html).toContain('Acknowledge all');
    const breached = render({ urgent: [item(2, { priority: 'P2', reason: 'breached', dueAt: new Date(NOW - 3 * 60_000).toISOString() })], snoozedUntil: null });
    expect(breached).toContain('Response SLA breached · overdue by 3 min');
    expect(html).toContain('Snooze 15 min');
  });

  it('is one line: the most urgent job (P1 first), "and N more", and leaves acknowledged ones out', () => {
    const html = render({
      urgent: [item(1, { priority: 'P2', reason: 'breached', minutesLeft: -30 }), item(2, { minutesLeft: 50 }), item(3, { minutesLeft: 20 }), item(4), item(5)].concat(
        item(6, { acknowledged: true }),
      ),
      snoozedUntil: null,
    });
    expect(html).toContain('5 urgent jobs need a technician');
    expect(html).toContain('and 4 more');
    expect(html).toContain('List all 5');
    expect(html).toContain('1 acknowledged, still unassigned');
    expect(html).not.toContain('<ul');
    expect(html).toContain('J-1003');
    for (const other of ['J-1001', 'J-1002', 'J-1004', 'J-1005', 'J-1006']) expect(html).not.toContain(other);
  });

  it('keeps a counter when every urgent job is acknowledged, and a quiet status line while snoozed', () => {
    const acked = render({ urgent: [item(1, { acknowledged: true }), item(2, { acknowledged: true })], snoozedUntil: null });
    expect(acked).not.toContain('role="alert"');
    expect(acked).toContain('role="status"');
    expect(acked).toContain('2 urgent unassigned, acknowledged');
    expect(acked).toContain('Show in queue');
    expect(render({ urgent: [], snoozedUntil: null })).toBe('');
    const snoozed = render({ urgent: [item(1)], snoozedUntil: '2026-11-26T10:15:00.000Z' });
    expect(snoozed).not.toContain('role="alert"');
    expect(snoozed).toContain('role="status"');
    expect(snoozed).toContain('until 10:15');
    expect(snoozed).toContain('Resume alerts');
  });

  it('counts minutes down from the due time, not from when the list was made', () => {
    expect(reasonText(item(1, { minutesLeft: 30 }), NOW + 20 * 60_000)).toBe('New P1, no technician yet · response due in 10 min');
    expect(reasonText(item(1, { reason: 'at-risk', clock: 'resolution' }), NOW)).toBe('Resolution SLA at risk · due in 30 min');
  });
});
