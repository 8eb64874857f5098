import { describe, expect, it } from 'vitest';
import { contractDraft, contractFromDraft } from '../../../../renderer/src/features/billing/contract-form';
import { basisPointsOf } from '../../../../renderer/src/features/billing/BillingSettingsSection';
import { currentMonth, monthOf, periodLabel, shiftMonth } from '../../../../renderer/src/features/billing/billing-period';
import { makeContract } from '../../../support/factories';

describe('contract form', () => {
  it('shows amounts in major units and reads them back exactly', () => {
    const contract = makeContract({ hourlyRateMinor: 9550, minimumChargeMinor: 4500, travelBillable: true, travelRateMinor: 4000, type: 'managed', includedCategories: ['printer'] });
    const draft = contractDraft(contract);
    expect(draft).toMatchObject({ hourlyRate: '95.50', minimumCharge: '45.00', travelRate: '40.00', incrementMinutes: '15', afterHoursPercent: '150' });
    expect(contractFromDraft(draft)).toEqual({ ok: true, value: contract });
    expect(contractFromDraft({ ...draft, hourlyRate: '95,5', minimumCharge: '' })).toEqual({ ok: true, value: { ...contract, hourlyRateMinor: 9550, minimumChargeMinor: 0 } });
  });

  it('names the field that does not read, and guesses nothing', () => {
    const draft = contractDraft(makeContract());
    expect(contractFromDraft({ ...draft, hourlyRate: '£95' })).toMatchObject({ ok: false, message: expect.stringContaining('hourly rate') });
    expect(contractFromDraft({ ...draft, incrementMinutes: '0' })).toMatchObject({ ok: false, message: expect.stringContaining('1 to 240') });
    expect(contractFromDraft({ ...draft, afterHoursPercent: '90' })).toMatchObject({ ok: false, message: expect.stringContaining('100 to 500') });
    expect(contractFromDraft({ ...draft, blockWarnPercent: '101' })).toMatchObject({ ok: false });
    expect(contractFromDraft({ ...draft, travelRate: '-4' })).toMatchObject({ ok: false });
  });

  it('reads tax rates as basis points', () => {
    expect(basisPointsOf('20')).toBe(2000);
    expect(basisPointsOf('17.5')).toBe(1750);
    expect(basisPointsOf('7,25')).toBe(725);
    expect(basisPointsOf('101')).toBeNull();
    expect(basisPointsOf('abc')).toBeNull();
  });
});

describe('billing periods', () => {
  it('steps whole months, across the year end and February', () => {
    expect(monthOf('2026-02-14')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(shiftMonth('2026-12-09', 1)).toEqual({ from: '2027-01-01', to: '2027-01-31' });
    expect(shiftMonth('2026-03-31', -1)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(shiftMonth('2028-03-01', -1)).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });

  it('takes this month in the shop\'s zone, and names periods', () => {
    // 23:30 on 31 October in New York is already November in UTC.
    expect(currentMonth(Date.parse('2026-11-01T03:30:00Z'), 'America/New_York')).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(periodLabel({ from: '2026-11-01', to: '2026-11-30' })).toBe('November 2026');
    expect(periodLabel({ from: '2026-11-01', to: '2026-11-15' })).toBe('1 Nov 2026 – 15 Nov 2026');
  });
});
