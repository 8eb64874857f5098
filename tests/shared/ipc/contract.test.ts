import { describe, expect, it } from 'vitest';
import { channels, contract, isChannel } from '../../../shared/ipc/contract';
import { ClientUpdateSchema, JobCreateSchema, SettingsPatchSchema } from '../../../shared/schemas/inputs';

describe('the IPC contract', () => {
  it('names every channel namespace:verb', () => {
    for (const name of channels) expect(name).toMatch(/^[a-z]+:[a-z]+$/);
  });

  it('covers what the foundation promises', () => {
    for (const name of [
      'board:range', 'technicians:create', 'technicians:update', 'technicians:delete', 'clients:create', 'sites:update',
      'contacts:delete', 'jobs:create', 'jobs:update', 'jobs:status', 'jobs:respond', 'schedule:assign', 'schedule:move',
      'schedule:unassign', 'sample:load', 'backups:list', 'backups:restore', 'settings:get', 'settings:set',
    ]) {
      expect(isChannel(name), name).toBe(true);
    }
  });

  it('refuses names that are not channels, including prototype keys', () => {
    expect(isChannel('jobs:drop')).toBe(false);
    expect(isChannel('toString')).toBe(false);
    expect(isChannel('__proto__')).toBe(false);
    expect(isChannel(42)).toBe(false);
  });

  it('gives every channel an input schema', () => {
    for (const name of channels) expect(typeof contract[name].input.safeParse).toBe('function');
  });
});

describe('input schemas', () => {
  it('fills defaults on create and lowercases skills', () => {
    const parsed = JobCreateSchema.parse({ clientId: 'c1', title: ' Printer jam ', category: 'printer', priority: 'P3', estimateMinutes: 45, requiredSkills: ['Printers'] });
    expect(parsed).toMatchObject({ title: 'Printer jam', description: '', requiredSkills: ['printers'], notes: '' });
  });

  it('does not invent values in a patch (zod would apply defaults inside partial)', () => {
    expect(ClientUpdateSchema.parse({ id: 'c1', patch: { name: 'Acme' } })).toEqual({ id: 'c1', patch: { name: 'Acme' } });
    // Top-ups are a ledger: a client edit cannot write them.
    expect(ClientUpdateSchema.safeParse({ id: 'c1', patch: { blockTopUps: [] } }).success).toBe(false);
    expect(SettingsPatchSchema.parse({ overlapPolicy: 'block' })).toEqual({ overlapPolicy: 'block' });
  });

  it('refuses unknown fields in a patch rather than ignoring them', () => {
    expect(ClientUpdateSchema.safeParse({ id: 'c1', patch: { id: 'other' } }).success).toBe(false);
  });
});
