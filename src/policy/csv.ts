/** RFC 4180 CSV lines, shared by every export (the roster, the transcript). */

/** One row with its CRLF; each field quoted when it must be. */
export const csvLine = (row: readonly string[]): string => `${row.map(csvField).join(',')}\r\n`;

/** A field a spreadsheet reads as text: one starting like a formula gets a leading quote. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
