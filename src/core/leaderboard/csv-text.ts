/** Excel only reads a CSV file as UTF-8 (accents, Cyrillic) when it starts with this mark. */
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * A spreadsheet runs a cell that starts with one of these as a formula; a player named
 * "=HYPERLINK(…)" must stay a name, so such cells get a leading apostrophe.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180 text: comma-separated, every cell quoted, CRLF line ends, UTF-8 byte order mark. */
export function csvText(rows: readonly (readonly (string | number)[])[]): string {
  const lines = rows.map((row) => row.map(csvCell).join(','));
  return `${BYTE_ORDER_MARK}${lines.join('\r\n')}\r\n`;
}

function csvCell(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replaceAll('"', '""')}"`;
}
