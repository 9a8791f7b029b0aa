// A small RFC 4180 CSV reader: quoted fields, doubled quotes inside quotes, CRLF or LF line ends,
// line breaks inside quoted fields. Records remember the line they start on (for error reports).

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
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input; // byte-order mark
  const records: CsvRecord[] = [];
  let values: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false; // the current field started with a quote
  let inQuotes = false;
  let fieldStarted = false;

  const endField = () => {
    values.push(field);
    field = '';
    quoted = false;
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    // Skip blank lines (a single empty field).
    if (!(values.length === 1 && values[0] === '')) records.push({ line: recordLine, values });
    values = [];
  };

  while (i < text.length) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      if (ch === '\n') line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      if (fieldStarted) throw new CsvSyntaxError(line, 'a quote inside an unquoted field');
      if (quoted) throw new CsvSyntaxError(line, 'text after a closing quote');
      quoted = true;
      inQuotes = true;
      fieldStarted = true;
      i++;
      continue;
    }
    if (ch === delimiter) {
      endField();
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    if (quoted) throw new CsvSyntaxError(line, 'text after a closing quote');
    field += ch;
    fieldStarted = true;
    i++;
  }
  if (inQuotes) throw new CsvSyntaxError(recordLine, 'a quoted field is not closed');
  if (fieldStarted || quoted || values.length > 0) endRecord();
  return records;
}

/** Header row + records → objects keyed by the (trimmed) header names. */
export function csvToObjects(records: CsvRecord[]): { line: number; row: Record<string, string>; width: number }[] {
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
