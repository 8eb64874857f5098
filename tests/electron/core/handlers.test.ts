import { describe, expect, it } from 'vitest';
import { channels } from '../../../shared/ipc/contract';
import { dispatch } from '../../../shared/ipc/dispatch';
import { createHarness } from './support/harness';

describe('createHandlers', () => {
  it('has exactly one handler per contract channel', () => {
    const h = createHarness();
    expect(Object.keys(h.handlers).sort()).toEqual([...channels].sort());
  });

  it('refuses an unknown channel with FORBIDDEN', async () => {
    const h = createHarness();
    const result = await dispatch(h.handlers, 'nope:x', {});
    expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Unknown channel "nope:x".' } });
  });

  it('refuses malformed input with BAD_INPUT and a message listing the fields', async () => {
    const h = createHarness();
    const result = await dispatch(h.handlers, 'jobs:create', { clientId: 'c1', title: '', priority: 'P9' });
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error.code).toBe('BAD_INPUT');
    expect(result.error.message).toMatch(/^Invalid input for jobs:create: /);
    for (const field of ['title', 'category', 'priority', 'estimateMinutes']) expect(result.error.message).toContain(`${field}:`);
    expect(result.error.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(['title', 'priority']));
    expect(h.doc().jobs).toHaveLength(0);
  });

  it('turns an unexpected failure into INTERNAL without leaking details', async () => {
    const h = createHarness();
    h.store.read = () => {
      throw new Error('disk on fire');
    };
    const logged: string[] = [];
    const result = await dispatch(h.handlers, 'queue:list', {}, (message) => logged.push(message));
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('disk on fire');
    expect(logged).toEqual(['Handler for queue:list failed']);
  });
});
