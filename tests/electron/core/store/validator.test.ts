import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validatorFromSchema } from '../../../../electron/core/store/validator';

const schema = z.object({
  schemaVersion: z.literal(1),
  jobs: z.array(z.object({ id: z.string(), priority: z.enum(['P1', 'P2', 'P3', 'P4']) })),
});

describe('validatorFromSchema', () => {
  const validate = validatorFromSchema(schema);

  it('passes the parsed value through', () => {
    const doc = { schemaVersion: 1, jobs: [{ id: 'j1', priority: 'P2' }] };
    expect(validate(doc)).toEqual({ ok: true, value: doc });
  });

  it('names the path of each problem', () => {
    const result = validate({ schemaVersion: 1, jobs: [{ id: 'j1', priority: 'P2' }, { id: 'j2', priority: 'P9' }] });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^jobs\.1\.priority: /);
  });

  it('shows three problems and counts the rest', () => {
    const result = validate({ schemaVersion: 2, jobs: [{}, {}] });
    expect(!result.ok && result.reason).toMatch(/^schemaVersion: .*; jobs\.0\.id: .*; jobs\.0\.priority: .* \(and 2 more problems\)$/);
  });
});
