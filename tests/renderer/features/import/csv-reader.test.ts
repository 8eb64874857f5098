import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, parseCsvText } from '../../../../renderer/src/features/import/csv-reader';
import { prepareImport, rejectedRowsCsv, toBatches } from '../../../../renderer/src/features/import/import-model';

describe('parseCsvText', () => {
  it('reads quotes, embedded commas and newlines, CRLF, and numbers rows as a spreadsheet does', async () => {
    const text = 'client,title,priority\r\n"Harbour, Dental","Printer ""jammed""\r\nagain",P2\r\n\r\nAbbey,Reset,P3\r\n';
    const file = await parseCsvText(text);
    expect(file.headers).toEqual(['client', 'title', 'priority']);
    expect(file.delimiter).toBe(',');
    // The quoted newline stays inside row 2; the blank row 3 is skipped but counted, so Abbey is
    // row 4 as in a spreadsheet.
    expect(file.rows).toEqual([
      { line: 2, cells: ['Harbour, Dental', 'Printer "jammed"\r\nagain', 'P2'] },
      { line: 4, cells: ['Abbey', 'Reset', 'P3'] },
    ]);
  });

  it('detects a semicolon delimiter and strips a byte-order mark from the first header', async () => {
    const file = await parseCsvText('\uFEFFClient;Title;Priority;Skills\nAbbey;"Wi-Fi; slow";P1;"network;wifi"\n');
    expect(file.delimiter).toBe(';');
    expect(file.headers).toEqual(['Client', 'Title', 'Priority', 'Skills']);
    expect(file.rows[0]?.cells).toEqual(['Abbey', 'Wi-Fi; slow', 'P1', 'network;wifi']);
  });

  it('takes the delimiter from the header, so ;-separated skills in a comma file stay one cell', async () => {
    const file = await parseCsvText('name,skills,zone\nPriya,networking;windows;firewalls,North\nTom,printers;windows,Central\n');
    expect(file.delimiter).toBe(',');
    expect(file.rows.map((r) => r.cells)).toEqual([
      ['Priya', 'networking;windows;firewalls', 'North'],
      ['Tom', 'printers;windows', 'Central'],
    ]);
  });

  it("follows Excel's sep= line and does not count it as a row", async () => {
    const file = await parseCsvText('sep=;\r\nname;zone\r\nPriya, Jr;North\r\n');
    expect(file.delimiter).toBe(';');
    expect(file.rows).toEqual([{ line: 2, cells: ['Priya, Jr', 'North'] }]);
  });

  it('parses a large file in chunks, reporting progress up to 1', async () => {
    const lines = ['client,title,priority', ...Array.from({ length: 10_000 }, (_, i) => `Client ${i},"Job ${i}, urgent",P${(i % 4) + 1}`)];
    const seen: number[] = [];
    const file = await parseCsvText(lines.join('\n'), (f) => seen.push(f));
    expect(file.rows).toHaveLength(10_000);
    expect(file.rows.at(-1)).toEqual({ line: 10_001, cells: ['Client 9999', 'Job 9999, urgent', 'P4'] });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(1);
  });

  it('refuses a file without a header row', async () => {
    await expect(parseCsvText('\n\n')).rejects.toThrow(/header row/);
  });

  it('marks a row whose quote is never closed', async () => {
    const file = await parseCsvText('client,title,priority\nAbbey,"Broken,P2\n');
    expect([...file.rowProblems.keys()]).toEqual([2]);
  });
});

describe('decodeCsvBytes', () => {
  it('reads UTF-8, and falls back to Windows-1252 for Excel files', () => {
    expect(decodeCsvBytes(new TextEncoder().encode('Café').buffer)).toBe('Café');
    expect(decodeCsvBytes(new Uint8Array([0x43, 0x61, 0x66, 0xe9]).buffer)).toBe('Café');
  });
});

describe('import model', () => {
  it('maps aliased headers, finds repeats within the file and builds the rejected-rows CSV', async () => {
    const file = await parseCsvText('Customer,Subject,Prio,Ticket,Colour\nAbbey,A,1,T-1,x\nAbbey,B,2,T-1,y\n');
    const prepared = prepareImport('jobs', file);
    expect(prepared.mapping.problems).toEqual([]);
    expect(prepared.mapping.ignored).toEqual(['Colour']);
    expect(prepared.rows[0]).toEqual({ line: 2, values: { client: 'Abbey', title: 'A', priority: 'P1', external_ref: 'T-1' } });
    expect(prepared.local.get(3)).toMatchObject({ status: 'duplicate', issues: [{ field: 'external_ref', message: 'same external_ref as row 2' }] });
    const csv = rejectedRowsCsv(prepared, [{ line: 3, status: 'invalid', issues: [{ field: 'priority', message: 'expected P1–P4' }] }]);
    expect(csv).toBe('\uFEFF"Customer","Subject","Prio","Ticket","Colour","row","error"\r\n"Abbey","B","2","T-1","y","3","priority: expected P1–P4"');
  });

  it('reports missing required columns as a file problem', async () => {
    const prepared = prepareImport('jobs', await parseCsvText('client,priority\nAbbey,P1\n'));
    expect(prepared.mapping.problems).toEqual(['A jobs file needs a column named title; the header row has no such column.']);
  });

  it('gives every job the default priority when the file has no priority column, and says so', async () => {
    const prepared = prepareImport('jobs', await parseCsvText('client,title\nAbbey,A\n'));
    expect(prepared.mapping.problems).toEqual([]);
    expect(prepared.rows[0]?.values).toMatchObject({ priority: 'P3' });
    expect(prepared.fileNotices).toContain('No priority column: every job gets P3.');
  });

  it('splits batches by row count and by size', () => {
    expect(toBatches(Array.from({ length: 1001 }, (_, i) => i), 500).map((b) => b.length)).toEqual([500, 500, 1]);
    const big = Array.from({ length: 5 }, () => 'x'.repeat(300));
    expect(toBatches(big, 500, 700).map((b) => b.length)).toEqual([2, 2, 1]);
  });
});
