/**
 * Switching in: the open-ticket export of each tool a shop may come from (docs/samples/, laid out
 * as the tool writes it) imports into the sample shop through the mapping step. The tool is
 * recognised from the header row, dates are read in the file's order (asked when the values leave
 * it open), closed tickets are skipped, a missing client is created from the file, and on disk each
 * job has its title, client, priority, received time (with SLA due times counted from it),
 * estimate and ticket number. The same file again is recognised as confirmed and creates nothing.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { dueTimes } from '../../shared/domain/sla';
import { dateOrderLabels } from '../../shared/import/dates';
import type { DispatchDocument } from '../../shared/schemas/document';
import { presetSamples } from '../support/preset-samples';
import type { PresetSample } from '../support/preset-samples';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, test } from './fixtures';
import { chooseOffice } from './office-menu';

test.use({ hostOptions: { sample: true } });

const dialog = (page: Page) => page.getByRole('dialog', { name: /Import .* from CSV/ });

async function pickSample(page: Page, sample: PresetSample): Promise<void> {
  const text = await readFile(new URL(`../../docs/samples/${sample.file}`, import.meta.url), 'utf8');
  await dialog(page).getByLabel('CSV file to import').setInputFiles({ name: sample.file, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

/** Each expected job as it is on disk, with the due times its received time and client's tier give. */
function checkOnDisk(doc: DispatchDocument, sample: PresetSample): void {
  for (const expected of sample.jobs) {
    const matching = doc.jobs.filter((j) => j.externalRef === expected.externalRef);
    expect(matching, `${sample.file}: one job for ticket ${expected.externalRef}`).toHaveLength(1);
    const job = matching[0]!;
    const client = doc.clients.find((c) => c.id === job.clientId);
    expect({ ref: job.externalRef, title: job.title, client: client?.name, priority: job.priority, receivedAt: job.receivedAt, estimate: job.estimateMinutes }).toEqual({
      ref: expected.externalRef,
      title: expected.title,
      client: expected.client,
      priority: expected.priority,
      receivedAt: expected.receivedAt,
      estimate: expected.estimateMinutes,
    });
    // SLA clocks start when the customer called, not at the import.
    const policy = doc.slaPolicies.find((p) => p.id === client?.slaTier);
    expect(policy, `${sample.file}: SLA tier of ${expected.client}`).toBeDefined();
    const due = dueTimes(policy!, job.priority, new Date(expected.receivedAt), doc.settings.timeZone);
    expect([job.responseDueAt, job.resolutionDueAt], `${sample.file}: due times of ${expected.externalRef}`).toEqual([
      due.responseDueAt.toISOString(),
      due.resolutionDueAt.toISOString(),
    ]);
    if (expected.contact) expect(doc.contacts.find((c) => c.id === job.contactId)?.name).toBe(expected.contact);
    if (expected.caller) expect(job.description).toMatch(new RegExp(`^Caller: ${expected.caller}`));
  }
  for (const ref of sample.closed) expect(doc.jobs.some((j) => j.externalRef === ref), `${sample.file}: closed ticket ${ref} skipped`).toBe(false);
}

test('imports the open tickets of each tool’s export once, as a dispatcher expects', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await chooseOffice(page, 'Import…');
  const d = dialog(page);
  await expect(d).toBeVisible();

  for (const [index, sample] of presetSamples.entries()) {
    await test.step(sample.name, async () => {
      const before = (await host.readDataFile()).jobs.length;
      await pickSample(page, sample);
      await expect(d.getByTestId('import-preset')).toHaveText(`Looks like a ${sample.name} export.`);
      if (index === 0) {
        // The tool's columns are pre-filled; the user could change any of them.
        await expect(d.getByRole('combobox', { name: 'Import column Summary Description as' })).toHaveValue('title');
        await expect(d.getByRole('combobox', { name: 'Import column Board as' })).toHaveValue('');
        await expect(d.getByRole('group', { name: 'Priorities in “Priority”' }).getByRole('combobox', { name: /Priority 4 - Schedule Maintenance/ })).toHaveValue('P4');
        await expectNoSeriousA11yViolations(page, 'import mapping step');
      }
      const check = d.getByRole('button', { name: 'Check 4 rows' });
      if (sample.askOrder) {
        await expect(d.getByRole('button', { name: 'Choose the date order first' })).toBeDisabled();
        await d.getByRole('radio', { name: dateOrderLabels[sample.askOrder] }).check();
      }
      await check.click();

      const summary = d.getByTestId('import-summary');
      const missing = sample.newClients?.length ?? 0;
      const ready = sample.jobs.length;
      if (missing > 0) {
        await expect(summary).toHaveText(`${sample.file}: ${ready - missing} ready, ${missing} with errors, 1 closed ticket skipped.`);
        await expect(d.getByRole('region', { name: /not in the console yet/ })).toContainText(sample.newClients!.join(''));
        await expectNoSeriousA11yViolations(page, 'import preview with missing clients and closed tickets');
        await d.getByRole('button', { name: `Create ${missing} client` }).click();
      }
      await expect(summary).toHaveText(`${sample.file}: ${ready} ready, 0 with errors, 1 closed ticket skipped.`);
      await d.getByRole('button', { name: `Import ${ready} jobs` }).click();
      await expect(d.getByTestId('import-result')).toHaveText(`Imported ${ready} jobs. 1 closed ticket skipped.`);

      const doc = await host.readDataFile();
      expect(doc.jobs.length).toBe(before + ready);
      checkOnDisk(doc, sample);

      // The same file again: the confirmed mapping is used without questions, and nothing is new.
      await d.getByRole('button', { name: 'Import another file' }).click();
      await pickSample(page, sample);
      await expect(summary).toHaveText(`${sample.file}: 0 ready, 0 with errors, ${ready} duplicates skipped, 1 closed ticket skipped.`);
      await expect(d.getByText('Columns mapped as you confirmed for this layout before.')).toBeVisible();
      await expect(d.getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
      expect((await host.readDataFile()).jobs.length).toBe(before + ready);
      await d.getByRole('button', { name: 'Choose another file' }).click();
    });
  }
});
