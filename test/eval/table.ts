/**
 * Plain-text tables for the measurement scripts (eval and bench).
 */

export type Cell = string | number;

/** A number with fixed decimals; NaN (nothing to divide by) prints as a dash. */
export function fixed(value: number, digits = 3): string {
  return Number.isNaN(value) ? '–' : value.toFixed(digits);
}

export function percent(value: number, digits = 1): string {
  return Number.isNaN(value) ? '–' : `${(value * 100).toFixed(digits)} %`;
}

/** Columns padded to their widest cell; numbers are right-aligned, and so is the header of an all-numeric column. */
export function formatTable(header: readonly Cell[], rows: readonly (readonly Cell[])[]): string {
  const all = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, col) => Math.max(...all.map((row) => (row[col] ?? '').length)));
  const numeric = (cell: string) => /^[-+]?[\d.,]+( ?%| ms| MB\/s| MB| s|×)?$|^–$/.test(cell);
  const [head, ...body] = all;
  const numericColumn = header.map((_, col) => col > 0 && body.every((row) => numeric(row[col] ?? '')));
  const line = (row: readonly string[]) =>
    row
      .map((cell, col) => (numericColumn[col] || (col > 0 && numeric(cell)) ? cell.padStart(widths[col]!) : cell.padEnd(widths[col]!)))
      .join('  ')
      .trimEnd();
  return [line(head!), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export function section(title: string): string {
  return `\n${title}\n${'═'.repeat(title.length)}`;
}
