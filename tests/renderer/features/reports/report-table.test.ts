import { describe, expect, it } from 'vitest';
import { cellText, csvFileName, tableCsv } from '../../../../renderer/src/features/reports/report-table';

describe('report tables as CSV', () => {
  it('writes a header and rows with CRLF and a byte-order mark; numbers unquoted, empty for no value', () => {
    const csv = tableCsv({ title: 'Utilisation', columns: [{ label: 'Technician' }, { label: 'Booked %', numeric: true }], rows: [['Ana', 82.5], ['Ben', null]] });
    expect(csv).toBe('\uFEFFTechnician,Booked %\r\nAna,82.5\r\nBen,\r\n');
  });

  it('escapes text that a spreadsheet would run as a formula, and quotes commas and quotes', () => {
    const csv = tableCsv({ title: 'Clients', columns: [{ label: 'Client' }, { label: 'Jobs', numeric: true }], rows: [['=HYPERLINK("http://x")', 3], ['+SUM(A1)', 1], ['Smith, Jones & "Co"', 2], ['-1 Ltd', 4], ['@risk', 5]] });
    const lines = csv.replace('\uFEFF', '').split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://x"")",3`);
    expect(lines[2]).toBe("'+SUM(A1),1");
    expect(lines[3]).toBe('"Smith, Jones & ""Co""",2');
    expect(lines[4]).toBe("'-1 Ltd,4");
    expect(lines[5]).toBe("'@risk,5");
  });

  it('adds the mark column in words when rows are marked', () => {
    const csv = tableCsv({ title: 'Overtime', columns: [{ label: 'Technician' }, { label: 'Overtime (h)', numeric: true }], rows: [['Ana', 2], ['Ben', 9.5]], marked: new Set([1]), markLabel: 'Over the limit' });
    expect(csv.replace('\uFEFF', '').split('\r\n')).toEqual(['Technician,Overtime (h),Over the limit', 'Ana,2,', 'Ben,9.5,yes', '']);
  });

  it('names the file for the table and range', () => {
    expect(csvFileName('SLA breaches with their cause', '2026-11-09', '2026-12-06')).toBe('sla-breaches-with-their-cause-2026-11-09-to-2026-12-06.csv');
    expect(csvFileName('!!!', '2026-11-09', '2026-12-06')).toBe('report-2026-11-09-to-2026-12-06.csv');
  });

  it('shows cells for the screen', () => {
    expect(cellText(null)).toBe('–');
    expect(cellText(1234)).toBe('1,234');
    expect(cellText(12.345)).toBe('12.3');
    expect(cellText('Ana')).toBe('Ana');
  });
});
