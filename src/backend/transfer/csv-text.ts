// CSV text in and out, through papaparse. It lives in the backend, not in core, because papaparse's
// type definitions bring Node's globals with them and core must compile without them.
import Papa from 'papaparse';
import { neutraliseCell, restoreCell, type CsvTable } from '../../core/csv/export';
import { CSV_DELIMITERS, type CsvDelimiter, type CsvRow, type ParsedCsv } from '../../core/csv/types';

/** CSV text: byte-order mark, CRLF line ends, quotes where needed, every formula-like cell neutralised. */
export function toCsv(table: CsvTable): string {
  const data = [table.header, ...table.rows].map((cells) => cells.map(neutraliseCell));
  const body = Papa.unparse(data, { delimiter: ',', newline: '\r\n', quotes: false, escapeFormulae: false, header: false });
  return `\uFEFF${body}\r\n`;
}

/**
 * The delimiter and line ending used by the header row: the delimiter that occurs most often outside
 * quotes in the first record (',' on a tie or none), the line ending that closes it.
 */
export function detectLayout(text: string): { delimiter: CsvDelimiter; newline: '\r\n' | '\n' | '\r' } {
  const counts = new Map<CsvDelimiter, number>(CSV_DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  let newline: '\r\n' | '\n' | '\r' = '\n';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '"') {
      inQuotes = !inQuotes;
    } else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      newline = ch === '\r' ? (text[i + 1] === '\n' ? '\r\n' : '\r') : '\n';
      break;
    } else if (!inQuotes && (ch === ',' || ch === ';' || ch === '\t')) {
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
  }
  let delimiter: CsvDelimiter = ',';
  for (const d of CSV_DELIMITERS) {
    if ((counts.get(d) ?? 0) > (counts.get(delimiter) ?? 0)) delimiter = d;
  }
  return { delimiter, newline };
}

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Parses CSV text: BOM stripped, delimiter detected, blank rows skipped (their numbers still counted). */
export function parseCsv(input: string): ParsedCsv {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const { delimiter, newline } = detectLayout(text);
  const result = Papa.parse<string[]>(text, { delimiter, newline, header: false, skipEmptyLines: false, quoteChar: '"' });
  const records = result.data.map((cells) => cells.map(restoreCell));
  const headerIndex = records.findIndex((cells) => !isBlank(cells));
  if (headerIndex < 0) return { columns: [], rows: [], delimiter };
  const columns = (records[headerIndex] ?? []).map((cell) => cell.trim());
  const rows: CsvRow[] = [];
  records.slice(headerIndex + 1).forEach((cells, i) => {
    const padded = columns.map((_, c) => cells[c] ?? '');
    if (!isBlank(padded)) rows.push({ row: headerIndex + i + 2, cells: padded });
  });
  return { columns, rows, delimiter };
}
