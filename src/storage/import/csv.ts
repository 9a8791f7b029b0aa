// RFC 4180 CSV through csv-parse: quoted fields, doubled quotes inside quotes, CRLF or LF line ends,
// line breaks inside quoted fields. Records remember the line they start on (for error reports).
import { CsvError, parse } from 'csv-parse/sync';

export interface CsvRecord {
  /** 1-based physical line where the record starts. */
  line: number;
  values: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    public readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvSyntaxError';
  }
}

export function parseCsv(input: string, delimiter = ','): CsvRecord[] {
  try {
    const rows = parse(input, {
      bom: true,
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
      // csv-parse's typings do not model `info: true` (each record then comes with its position).
    }) as unknown as { record: string[]; info: { lines: number } }[];
    // `lines` is where a record ends; line breaks inside its quoted fields lead back to where it starts.
    return rows.map(({ record, info }) => ({
      line: info.lines - record.join('').split('\n').length + 1,
      values: record,
    }));
  } catch (err) {
    if (err instanceof CsvError)
      throw new CsvSyntaxError((err as CsvError & { lines?: number }).lines ?? 1, err.message);
    throw err;
  }
}

/** Header row + records → objects keyed by the (trimmed) header names. */
export function csvToObjects(
  records: CsvRecord[],
): { line: number; row: Record<string, string>; width: number }[] {
  if (records.length === 0) return [];
  const header = records[0].values.map((h) => h.trim());
  return records.slice(1).map((r) => {
    const row: Record<string, string> = {};
    header.forEach((h, idx) => {
      if (h) row[h] = r.values[idx] ?? '';
    });
    return { line: r.line, row, width: r.values.length };
  });
}
