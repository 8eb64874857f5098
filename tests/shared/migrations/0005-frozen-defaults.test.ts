import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type * as Templates from '../../../shared/messages/default-templates';

// Today's default templates, changed: what a later release might ship. A migration written for
// version 5 must still write what version 5 wrote.
vi.mock('../../../shared/messages/default-templates', async (original) => {
  const real = await original<typeof Templates>();
  const changed = Object.fromEntries(Object.entries(real.DEFAULT_TEMPLATES).map(([id, t]) => [id, { ...t, subject: `Changed later: ${t.subject}` }]));
  return { DEFAULT_TEMPLATES: changed };
});

const { migration0005 } = await import('../../../shared/migrations/0005-visits-and-parts');

describe('migration 0005 writes the version 5 defaults, whatever the defaults are today', () => {
  it('keeps the message templates version 5 was released with', () => {
    const v4 = JSON.parse(readFileSync(new URL('../../fixtures/migrations/v4-dispatch.json', import.meta.url), 'utf8'));
    const after = migration0005.up(v4) as { messages: { templates: Record<string, { subject: string }> } };
    expect(after.messages.templates['booking-confirmation']?.subject).toBe('Visit booked for {{arrivalDay}}: {{jobNumber}}');
    expect(Object.values(after.messages.templates).every((t) => !t.subject.startsWith('Changed later'))).toBe(true);
  });
});
