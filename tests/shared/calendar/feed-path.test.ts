import { describe, expect, it } from 'vitest';
import { calendarFeedPath, technicianOfFeedPath } from '../../../shared/calendar/feed-path';

describe('feed paths', () => {
  it('round-trips a technician id, escaping what a URL cannot carry', () => {
    const path = calendarFeedPath('tech 1/ä', 'tok_en-123');
    expect(path).toBe('/api/v1/calendars/tech%201%2F%C3%A4.ics?token=tok_en-123');
    expect(technicianOfFeedPath(path.slice(0, path.indexOf('?')))).toBe('tech 1/ä');
  });

  it('refuses paths that are not one feed', () => {
    for (const path of ['/api/v1/calendars/', '/api/v1/calendars/.ics', '/api/v1/calendars/a/b.ics', '/api/v1/calendars/a.json', '/api/v1/calendars/%E0%A4%A.ics', `/api/v1/calendars/${'x'.repeat(65)}.ics`, '/api/v1/calendars/%20a.ics']) {
      expect(technicianOfFeedPath(path), path).toBeNull();
    }
  });
});
