import { describe, expect, it } from 'vitest';
import { COMFORTABLE_ROW_PX, WINDOW_CHROME_PX, densityFor } from '../../../renderer/src/app/row-density';

describe('the row density in force', () => {
  it('is the one the dispatcher chose, whatever the window', () => {
    expect(densityFor('comfortable', 40, 600, 50)).toBe('comfortable');
    expect(densityFor('compact', 1, 2000, 80)).toBe('compact');
  });
  it('automatically: compact at a peak on a laptop and on a 1080p screen', () => {
    expect(densityFor('auto', 16, 768, 50)).toBe('compact');
    expect(densityFor('auto', 16, 1080, 50)).toBe('compact');
  });
  it('automatically: comfortable when the technicians fit the board in comfortable rows', () => {
    expect(densityFor('auto', 4, 720, 50)).toBe('comfortable');
    expect(densityFor('auto', 16, 2000, 50)).toBe('comfortable');
  });
  it('turns compact exactly when the comfortable rows outgrow the board share of the window', () => {
    const height = WINDOW_CHROME_PX + 10 * COMFORTABLE_ROW_PX * 2; // a 50 % board holds ten rows
    expect(densityFor('auto', 10, height, 50)).toBe('comfortable');
    expect(densityFor('auto', 11, height, 50)).toBe('compact');
    // A bigger board share holds more.
    expect(densityFor('auto', 11, height, 60)).toBe('comfortable');
  });
});
