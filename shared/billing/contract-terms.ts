/** Contract records as the forms, the import and the sample shop create them. */
import type { Contract, ContractType } from '../schemas/contract';
import { JobCategorySchema } from '../schemas/job';
import type { JobCategory } from '../schemas/job';

/** Every job category, in the schema's order. */
export const ALL_CATEGORIES: readonly JobCategory[] = JobCategorySchema.options;

export const CONTRACT_TYPE_LABELS: Readonly<Record<ContractType, string>> = {
  'time-and-materials': 'Time and materials',
  'block-hours': 'Block hours',
  managed: 'Managed',
};

/**
 * A contract with the usual terms: every started 15 minutes, time and a half after hours, travel
 * not charged, a warning at 20 % of block hours left, and a managed contract covering every
 * category (a shop narrows it to what the monthly fee really covers).
 */
export function newContract(type: ContractType, hourlyRateMinor: number, overrides: Partial<Contract> = {}): Contract {
  return {
    type,
    hourlyRateMinor,
    minimumChargeMinor: 0,
    incrementMinutes: 15,
    afterHoursPercent: 150,
    travelBillable: false,
    travelRateMinor: 0,
    blockWarnPercent: 20,
    includedCategories: type === 'managed' ? [...ALL_CATEGORIES] : [],
    ...overrides,
  };
}
