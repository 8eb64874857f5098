/** The sample files in docs/samples/ import cleanly into the sample shop, through the same path as the dialog. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildSampleShop, DEFAULT_SAMPLE_SEED } from '../../../../../electron/core/sample/build-sample';
import { parseCsvText } from '../../../../../renderer/src/features/import/csv-reader';
import { prepareImport } from '../../../../../renderer/src/features/import/import-model';
import type { ImportKind } from '../../../../../shared/import/columns';
import type { Input } from '../../../../../shared/ipc/contract';
import { emptyDocument } from '../../../../../shared/schemas/document';
import { createHarness, NOW } from '../../support/harness';

function sampleShopHarness() {
  const base = emptyDocument('Europe/London');
  const shop = buildSampleShop({ base, now: new Date(NOW), seed: DEFAULT_SAMPLE_SEED });
  return createHarness({ doc: { ...base, ...shop, settings: { ...base.settings, sampleOffered: true } } });
}

describe('docs/samples', () => {
  for (const kind of ['clients', 'technicians', 'jobs'] as ImportKind[]) {
    it(`${kind}.csv: every row imports`, async () => {
      const h = sampleShopHarness();
      const text = await readFile(new URL(`../../../../../docs/samples/${kind}.csv`, import.meta.url), 'utf8');
      const prepared = prepareImport(kind, await parseCsvText(text));
      expect(prepared.mapping.problems).toEqual([]);
      expect(prepared.mapping.ignored).toEqual([]);
      const batch = { kind, rows: prepared.rows } as Input<'import:commit'>;
      const verdicts = await h.value('import:validate', batch);
      expect(verdicts.rows.filter((r) => r.status !== 'ready')).toEqual([]);
      const result = await h.value('import:commit', batch);
      expect(result.imported).toHaveLength(3);
    });
  }
});
