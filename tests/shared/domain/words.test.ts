import { describe, expect, it } from 'vitest';
import { listText } from '../../../shared/domain/words';

describe('listText', () => {
  it('lists none, one, two and many items as a sentence does', () => {
    expect(listText([])).toBe('');
    expect(listText(['J-1001'])).toBe('J-1001');
    expect(listText(['title', 'notes'])).toBe('title and notes');
    expect(listText(['title', 'site', 'notes'])).toBe('title, site and notes');
  });
});
