/**
 * The contract form's text fields ↔ a contract. Amounts are typed in major units ("95.50") and kept
 * as minor units; a field that does not read is named in the message, nothing is guessed.
 */
import { minorToDecimal, parseMoney } from '../../../../shared/billing/money';
import type { Contract, ContractType } from '../../../../shared/schemas/contract';
import type { JobCategory } from '../../../../shared/schemas/job';

export type ContractDraft = {
  type: ContractType;
  hourlyRate: string;
  minimumCharge: string;
  incrementMinutes: string;
  afterHoursPercent: string;
  travelBillable: boolean;
  travelRate: string;
  blockWarnPercent: string;
  includedCategories: JobCategory[];
};

export function contractDraft(c: Contract, digits = 2): ContractDraft {
  return {
    type: c.type,
    hourlyRate: minorToDecimal(c.hourlyRateMinor, digits),
    minimumCharge: minorToDecimal(c.minimumChargeMinor, digits),
    incrementMinutes: String(c.incrementMinutes),
    afterHoursPercent: String(c.afterHoursPercent),
    travelBillable: c.travelBillable,
    travelRate: minorToDecimal(c.travelRateMinor, digits),
    blockWarnPercent: String(c.blockWarnPercent),
    includedCategories: [...c.includedCategories],
  };
}

function wholeNumber(text: string, min: number, max: number): number | null {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return null;
  const n = Number(t);
  return n >= min && n <= max ? n : null;
}

/** The draft as a contract, or the sentence saying what to fix. */
export function contractFromDraft(d: ContractDraft, digits = 2): { ok: true; value: Contract } | { ok: false; message: string } {
  const money = (text: string) => {
    const v = parseMoney(text, digits);
    return v !== null && v >= 0 && v <= 100_000_000 ? v : null;
  };
  const hourlyRateMinor = money(d.hourlyRate);
  if (hourlyRateMinor === null) return { ok: false, message: 'Give the hourly rate as an amount such as 95 or 95.50.' };
  const minimumChargeMinor = money(d.minimumCharge || '0');
  if (minimumChargeMinor === null) return { ok: false, message: 'Give the minimum charge as an amount (0 for none).' };
  const incrementMinutes = wholeNumber(d.incrementMinutes, 1, 240);
  if (incrementMinutes === null) return { ok: false, message: 'Bill time in steps of 1 to 240 whole minutes.' };
  const afterHoursPercent = wholeNumber(d.afterHoursPercent, 100, 500);
  if (afterHoursPercent === null) return { ok: false, message: 'The after-hours rate is 100 to 500 % of the hourly rate.' };
  const travelRateMinor = money(d.travelRate || '0');
  if (travelRateMinor === null) return { ok: false, message: 'Give the travel rate as an amount such as 40.' };
  const blockWarnPercent = wholeNumber(d.blockWarnPercent, 0, 100);
  if (blockWarnPercent === null) return { ok: false, message: 'Warn at 0 to 100 % of the block left.' };
  return {
    ok: true,
    value: {
      type: d.type,
      hourlyRateMinor,
      minimumChargeMinor,
      incrementMinutes,
      afterHoursPercent,
      travelBillable: d.travelBillable,
      travelRateMinor,
      blockWarnPercent,
      includedCategories: d.includedCategories,
    },
  };
}
