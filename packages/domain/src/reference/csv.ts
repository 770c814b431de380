/**
 * A tolerant CSV reader for imports prepared in spreadsheets: comma-separated, UTF-8 with or without
 * a byte-order mark, CRLF, LF or CR line ends, and RFC 4180 quoting (a quoted field may hold commas,
 * line breaks and doubled quotes). It never throws: the only malformation it cannot read past, a
 * quote that is never closed, is reported against the line where that record began.
 */

export interface CsvRecord {
  /** 1-based line in the file where the record begins (a quoted line break makes a record span lines). */
  line: number;
  fields: string[];
}

export interface CsvResult {
  records: CsvRecord[];
  /** Line where a record with an unclosed quote began, if any; nothing from there on is read. */
  unterminatedQuoteLine: number | null;
}

export function parseCsv(text: string): CsvResult {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let fieldWasQuoted = false;
  let line = 1;
  let recordLine = 1;

  const endField = () => {
    fields.push(field);
    field = '';
    fieldWasQuoted = false;
  };
  const endRecord = () => {
    // A blank line is not a record; a line holding only "" is, because someone typed it.
    const blank = fields.length === 0 && field === '' && !fieldWasQuoted;
    endField();
    if (!blank) records.push({ line: recordLine, fields });
    fields = [];
  };

  for (let i = 0; i < input.length; i++) {
    const char = input[i]!;
    if (inQuotes) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        inQuotes = false;
      } else {
        if (char === '\n' || (char === '\r' && input[i + 1] !== '\n')) line++;
        field += char;
      }
    } else if (char === '"' && !fieldWasQuoted && field.trim() === '') {
      // Spaces typed before an opening quote (`a, "b"`) are not part of the value.
      field = '';
      inQuotes = true;
      fieldWasQuoted = true;
    } else if (char === ',') {
      endField();
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += char;
    }
  }

  if (inQuotes) return { records, unterminatedQuoteLine: recordLine };
  if (fields.length > 0 || field !== '' || fieldWasQuoted) endRecord();
  return { records, unterminatedQuoteLine: null };
}
