import { describe, expect, it } from 'vitest';
import { COMFORTABLE_ROW_PX, WINDOW_CHROME_PX, ZONE_ROW_PX, densityFor } from '../../../renderer/src/app/row-density';

describe('the row density in force', () => {
  it('is the one the dispatcher chose, whatever the window', () => {
    expect(densityFor('comfortable', { technicians: 40, zones: 4 }, 600, 50)).toBe('comfortable');
    expect(densityFor('compact', { technicians: 1, zones: 0 }, 2000, 80)).toBe('compact');
  });
  it('automatically: compact at a peak on a laptop and on a 1080p screen', () => {
    expect(densityFor('auto', { technicians: 16, zones: 3 }, 768, 50)).toBe('compact');
    expect(densityFor('auto', { technicians: 16, zones: 3 }, 1080, 50)).toBe('compact');
  });
  it('automatically: comfortable when the technicians fit the board in comfortable rows', () => {
    expect(densityFor('auto', { technicians: 4, zones: 2 }, 720, 50)).toBe('comfortable');
    expect(densityFor('auto', { technicians: 16, zones: 3 }, 2000, 50)).toBe('comfortable');
  });
  it('turns compact exactly when the comfortable rows outgrow the board share of the window', () => {
    const height = WINDOW_CHROME_PX + 10 * COMFORTABLE_ROW_PX * 2; // a 50 % board holds ten rows
    expect(densityFor('auto', { technicians: 10, zones: 0 }, height, 50)).toBe('comfortable');
    expect(densityFor('auto', { technicians: 11, zones: 0 }, height, 50)).toBe('compact');
    // A bigger board share holds more.
    expect(densityFor('auto', { technicians: 11, zones: 0 }, height, 60)).toBe('comfortable');
  });
  it('counts the zone headings too', () => {
    const height = WINDOW_CHROME_PX + (8 * COMFORTABLE_ROW_PX + 2 * ZONE_ROW_PX) * 2;
    expect(densityFor('auto', { technicians: 8, zones: 2 }, height, 50)).toBe('comfortable');
    expect(densityFor('auto', { technicians: 8, zones: 3 }, height, 50)).toBe('compact');
    // The sample shop (8 technicians in 5 zones) on a 1080p screen: compact.
    expect(densityFor('auto', { technicians: 8, zones: 5 }, 1080, 50)).toBe('compact');
  });
});
