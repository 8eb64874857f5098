/**
 * Every preset's sample export in docs/samples/ imports into the sample shop through the same
 * path as the dialog (guessed choices → host), giving the jobs a dispatcher would expect; a
 * second import of the same file creates nothing.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildSampleShop, DEFAULT_SAMPLE_SEED } from '../../../../../electron/core/sample/build-sample';
import { parseCsvText } from '../../../../../renderer/src/features/import/csv-reader';
import { prepareImport } from '../../../../../renderer/src/features/import/import-model';
import { suggestChoices } from '../../../../../shared/import/choices';
import type { Input } from '../../../../../shared/ipc/contract';
import { emptyDocument } from '../../../../../shared/schemas/document';
import { presetSamples } from '../../../../support/preset-samples';
import { createHarness } from '../../support/harness';

const NOW = '2026-12-09T09:30:00.000Z';

function sampleShopHarness() {
  const base = emptyDocument('Europe/London');
  const shop = buildSampleShop({ base, now: new Date(NOW), seed: DEFAULT_SAMPLE_SEED });
  return createHarness({ doc: { ...base, ...shop, settings: { ...base.settings, sampleOffered: true } }, now: NOW });
}

describe('preset samples', () => {
  for (const sample of presetSamples) {
    it(`${sample.file}: recognised as ${sample.name}, open tickets imported once`, async () => {
      const h = sampleShopHarness();
      const file = await parseCsvText(await readFile(new URL(`../../../../../docs/samples/${sample.file}`, import.meta.url), 'utf8'));
      const { preset, choices } = suggestChoices('jobs', file.headers, file.rows);
      expect(preset?.id).toBe(sample.preset);
      expect(choices.dateOrder).toBe(sample.askOrder ? null : choices.dateOrder);
      if (sample.askOrder) choices.dateOrder = sample.askOrder;
      if (sample.newClients) {
        const rows = sample.newClients.map((name, i) => ({ line: i + 2, values: { name, hourly_rate: '85' } }));
        expect((await h.value('import:commit', { kind: 'clients', rows })).imported).toHaveLength(rows.length);
      }
      const prepared = prepareImport('jobs', file, choices, { timeZone: 'Europe/London', now: new Date(NOW) });
      expect(prepared.mapping.problems).toEqual([]);
      const refColumn = (choices.fields as (string | null)[]).indexOf('external_ref');
      expect(prepared.closed.map((c) => prepared.cells.get(c.line)?.[refColumn])).toEqual(sample.closed);
      const batch = { kind: 'jobs', rows: prepared.rows } as Input<'import:commit'>;
      const verdicts = await h.value('import:validate', batch);
      expect(verdicts.rows.filter((r) => r.status !== 'ready')).toEqual([]);
      expect((await h.value('import:commit', batch)).imported).toHaveLength(sample.jobs.length);

      const doc = h.doc();
      for (const expected of sample.jobs) {
        const job = doc.jobs.find((j) => j.externalRef === expected.externalRef);
        const client = doc.clients.find((c) => c.id === job?.clientId);
        expect({ ref: expected.externalRef, title: job?.title, client: client?.name, priority: job?.priority, category: job?.category }).toEqual({
          ref: expected.externalRef,
          title: expected.title,
          client: expected.client,
          priority: expected.priority,
          category: expected.category,
        });
        expect(job).toMatchObject({ receivedAt: expected.receivedAt, estimateMinutes: expected.estimateMinutes, status: 'new' });
        const contact = doc.contacts.find((c) => c.id === job?.contactId);
        if (expected.contact) expect(contact?.name).toBe(expected.contact);
        if (expected.caller) expect(job?.description.startsWith(`Caller: ${expected.caller}`)).toBe(true);
      }
      for (const ref of sample.closed) expect(doc.jobs.some((j) => j.externalRef === ref)).toBe(false);

      const again = await h.value('import:commit', batch);
      expect(again.imported).toEqual([]);
      expect(again.rejected.every((r) => r.status === 'duplicate')).toBe(true);
    });
  }
});
