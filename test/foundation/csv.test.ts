import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, csvToObjects, parseCsv } from '../../src/storage/import/csv.js';

describe('RFC 4180 CSV parser', () => {
  it('reads quoted fields, doubled quotes, CRLF and line breaks inside quotes', () => {
    const text = 'a,b,c\r\n1,"two, with comma","say ""hi"""\r\n"multi\nline",,x\n';
    const recs = parseCsv(text);
    expect(recs).toEqual([
      { line: 1, values: ['a', 'b', 'c'] },
      { line: 2, values: ['1', 'two, with comma', 'say "hi"'] },
      { line: 3, values: ['multi\nline', '', 'x'] },
    ]);
  });

  it('keeps line numbers across blank lines and multi-line records, and handles a missing final newline', () => {
    const recs = parseCsv('h1,h2\n\n"a\nb",1\nc,2');
    expect(recs.map((r) => r.line)).toEqual([1, 3, 5]);
    expect(recs[2].values).toEqual(['c', '2']);
  });

  it('strips a byte-order mark and maps rows to the header', () => {
    const rows = csvToObjects(parseCsv('\uFEFFname, age \nAnna,41\nBo'));
    expect(rows).toEqual([
      { line: 2, row: { name: 'Anna', age: '41' }, width: 2 },
      { line: 3, row: { name: 'Bo', age: '' }, width: 1 },
    ]);
  });

  it('reports syntax errors with a line', () => {
    expect(() => parseCsv('a,b\n"open,1\n')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a,b\nx"y,1\n')).toThrow(/line 2/);
    expect(() => parseCsv('a,b\n"x"y,1\n')).toThrow(/closing quote/i);
  });

  it('accepts an empty quoted field and a trailing empty field', () => {
    expect(parseCsv('"",a,\n')).toEqual([{ line: 1, values: ['', 'a', ''] }]);
  });
});
