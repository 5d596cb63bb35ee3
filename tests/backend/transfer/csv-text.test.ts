// CSV reading and writing: delimiters, BOM, row numbers, quoting, and formula neutralisation as properties.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, restoreCell } from '../../../src/core/csv/export';
import { detectLayout, parseCsv, toCsv } from '../../../src/backend/transfer/csv-text';

const DANGEROUS_START = /^[=+\-@\t\r]/;

describe('parseCsv', () => {
  it('reads a header and rows, strips the BOM and numbers rows as a spreadsheet does', () => {
    const parsed = parseCsv('\uFEFF名称,本金\r\n房贷,"1,000,000.00"\r\n\r\n车贷,50000\r\n');
    expect(parsed.columns).toEqual(['名称', '本金']);
    expect(parsed.rows).toEqual([
      { row: 2, cells: ['房贷', '1,000,000.00'] },
      { row: 4, cells: ['车贷', '50000'] },
    ]);
  });

  it.each([
    [',', 'a,b,c\n1,2,3\n'],
    [';', 'a;b;c\n1;2,5;3\n'],
    ['\t', 'a\tb\tc\n1\t2,5\t3\n'],
  ])('detects the delimiter %j from the header row', (delimiter, text) => {
    const parsed = parseCsv(text);
    expect(parsed.delimiter).toBe(delimiter);
    expect(parsed.columns).toEqual(['a', 'b', 'c']);
    expect(parsed.rows[0]?.cells).toHaveLength(3);
  });

  it('pads short rows, ignores extra cells, and keeps quoted newlines inside a cell', () => {
    const parsed = parseCsv('a,b,c\n1\n"x\ny",2,3,4\n');
    expect(parsed.rows).toEqual([
      { row: 2, cells: ['1', '', ''] },
      { row: 3, cells: ['x\ny', '2', '3'] },
    ]);
  });

  it('gives no columns and no rows for an empty or blank file', () => {
    expect(parseCsv('')).toMatchObject({ columns: [], rows: [] });
    expect(parseCsv('\uFEFF\n \n')).toMatchObject({ columns: [], rows: [] });
  });

  it('detects line endings outside quotes only', () => {
    expect(detectLayout('"a\nb";c\r\n1;2')).toEqual({ delimiter: ';', newline: '\r\n' });
    expect(detectLayout('a,b\r1,2')).toEqual({ delimiter: ',', newline: '\r' });
  });
});

describe('toCsv', () => {
  it('writes a BOM, CRLF lines, and quotes cells that need it', () => {
    const csv = toCsv({ header: ['名称', 'Note'], rows: [['房贷', 'a, "b"'], ['x', ' y']] });
    expect(csv).toBe('\uFEFF名称,Note\r\n房贷,"a, ""b"""\r\nx," y"\r\n');
  });

  it('neutralises formula-like cells with one quote', () => {
    expect(neutraliseCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(neutraliseCell('-5')).toBe("'-5");
    expect(neutraliseCell('\tx')).toBe("'\tx");
    expect(neutraliseCell("'=x")).toBe("''=x");
    expect(neutraliseCell('5-3')).toBe('5-3');
    expect(neutraliseCell("it's")).toBe("it's");
  });

  const cell = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', "'", '"', ',', ';', ' ', 'a', '中'), maxLength: 8 }),
  );
  const table = fc.array(fc.tuple(cell, cell, cell), { maxLength: 8 });

  it('never writes a cell a spreadsheet would run as a formula (property)', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const csv = toCsv({ header: ['h1', 'h2', 'h3'], rows });
        const raw = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', newline: '\r\n' }).data;
        for (const cells of raw) for (const c of cells) expect(c).not.toMatch(DANGEROUS_START);
      }),
      { numRuns: 500 },
    );
  });

  it('reads back exactly what it wrote, formula-like cells included (property)', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const parsed = parseCsv(toCsv({ header: ['h1', 'h2', 'h3'], rows }));
        const expected = rows.filter((r) => r.some((c) => c.trim() !== ''));
        expect(parsed.columns).toEqual(['h1', 'h2', 'h3']);
        expect(parsed.rows.map((r) => r.cells)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('restoreCell undoes neutraliseCell for any text (property)', () => {
    fc.assert(fc.property(fc.string(), (s) => restoreCell(neutraliseCell(s)) === s));
  });
});
