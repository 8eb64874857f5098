import { describe, expect, it } from 'vitest';
import { categoryDefaults, matchClients, usualSiteId } from '../../../shared/domain/intake-defaults';

const sites = [
  { id: 's1', clientId: 'c1' },
  { id: 's2', clientId: 'c1' },
  { id: 's3', clientId: 'c2' },
];
const job = (clientId: string, siteId: string | null, receivedAt: string) => ({ clientId, siteId, receivedAt });

describe('usualSiteId', () => {
  it('picks the site most used by the client', () => {
    const jobs = [job('c1', 's2', '2026-01-01T00:00:00Z'), job('c1', 's2', '2026-01-02T00:00:00Z'), job('c1', 's1', '2026-01-03T00:00:00Z'), job('c2', 's3', '2026-01-04T00:00:00Z')];
    expect(usualSiteId('c1', sites, jobs)).toBe('s2');
  });
  it('breaks ties by the most recent use', () => {
    const jobs = [job('c1', 's1', '2026-01-01T00:00:00Z'), job('c1', 's2', '2026-01-05T00:00:00Z')];
    expect(usualSiteId('c1', sites, jobs)).toBe('s2');
  });
  it('falls back to the first site, or null without sites', () => {
    expect(usualSiteId('c1', sites, [])).toBe('s1');
    expect(usualSiteId('c9', sites, [])).toBeNull();
    // A site id that belongs to another client never wins.
    expect(usualSiteId('c1', sites, [job('c1', 's3', '2026-01-01T00:00:00Z')])).toBe('s1');
  });
});

describe('categoryDefaults', () => {
  it('gives the usual estimate and skills, as copies', () => {
    expect(categoryDefaults('printer')).toEqual({ estimateMinutes: 45, skills: ['printers'] });
    expect(categoryDefaults('network')).toEqual({ estimateMinutes: 90, skills: ['networking'] });
    categoryDefaults('printer').skills.push('x');
    expect(categoryDefaults('printer').skills).toEqual(['printers']);
  });
});

describe('matchClients', () => {
  const clients = [{ name: 'Whitfield & Crane Solicitors' }, { name: 'Harbour Dental' }, { name: 'Crane Hire' }, { name: 'Microcrane' }];
  it('orders prefix, then word start, then substring matches', () => {
    expect(matchClients(clients, 'cra').map((c) => c.name)).toEqual(['Crane Hire', 'Whitfield & Crane Solicitors', 'Microcrane']);
    expect(matchClients(clients, '  HARB').map((c) => c.name)).toEqual(['Harbour Dental']);
    expect(matchClients(clients, 'zzz')).toEqual([]);
    expect(matchClients(clients, '', 2).map((c) => c.name)).toEqual(['Crane Hire', 'Harbour Dental']);
  });
});
