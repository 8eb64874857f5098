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
    <AlertBanner snapshot={snapshot} clientName={() => 'Harbour Dental'} timeZone="Europe/London" now={NOW} busy={false} error={null} onOpen={() => {}} onAcknowledge={() => {}} onSnooze={() => {}} />,
  );

describe('AlertBanner', () => {
  it('is an alert that says it is urgent in words, with the jobs, the client and the reason', () => {
    const html = render({ urgent: [item(1), item(2, { priority: 'P2', reason: 'breached', dueAt: new Date(NOW - 3 * 60_000).toISOString() })], snoozedUntil: null });
    expect(html).toContain('role="alert"');
    expect(html).toContain('Urgent');
    expect(html).toContain('2 urgent jobs need a technician');
    expect(html).toContain('J-1001');
    expect(html).toContain('Harbour Dental');
    expect(html).toContain('Response SLA breached · overdue by 3 min');
    expect(html).toContain('Acknowledge all');
    expect(html).toContain('Snooze 15 min');
  });

  it('lists three jobs and sums up the rest, and leaves acknowledged ones out', () => {
    const html = render({ urgent: [1, 2, 3, 4, 5].map((n) => item(n)).concat(item(6, { acknowledged: true })), snoozedUntil: null });
    expect(html).toContain('5 urgent jobs need a technician');
    expect(html).toContain('and 2 more in the queue');
    expect(html).toContain('1 acknowledged, still unassigned');
    expect(html).not.toContain('J-1006');
  });

  it('renders nothing when all is acknowledged, and a quiet status line while snoozed', () => {
    expect(render({ urgent: [item(1, { acknowledged: true })], snoozedUntil: null })).toBe('');
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
