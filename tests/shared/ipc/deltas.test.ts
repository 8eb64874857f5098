import { describe, expect, it } from 'vitest';
import { parseJobsDelta } from '../../../shared/ipc/deltas';

const job = { id: 'job-1', revision: 3, number: 'J-1001' };

describe('parseJobsDelta', () => {
  it('accepts a delta and returns its fields', () => {
    const delta = { revision: 5, previous: 4, ids: ['job-1', 'gone'], jobs: [job], removed: ['gone'] };
    expect(parseJobsDelta(delta)).toEqual(delta);
  });

  it.each([
    ['the old shape (ids only)', { revision: 5, ids: ['job-1'] }],
    ['a revision that does not rise', { revision: 4, previous: 4, ids: [], jobs: [], removed: [] }],
    ['a job without an id', { revision: 5, previous: 4, ids: [], jobs: [{ revision: 1 }], removed: [] }],
    ['a job without a revision', { revision: 5, previous: 4, ids: [], jobs: [{ id: 'a' }], removed: [] }],
    ['removed ids that are not strings', { revision: 5, previous: 4, ids: [], jobs: [], removed: [1] }],
    ['a fractional revision', { revision: 5.5, previous: 4, ids: [], jobs: [], removed: [] }],
    ['nothing', null],
  ])('refuses %s', (_name, payload) => {
    expect(parseJobsDelta(payload)).toBeNull();
  });
});
