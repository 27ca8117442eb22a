/**
 * Text and Markdown tables for the eval and bench reports.
 *
 * @packageDocumentation
 */

/**
 * Formats rows as a plain-text table with aligned columns, for the terminal.
 *
 * @param header - Column titles.
 * @param rows - Cells, one array per row (missing cells print empty).
 * @returns The table, lines joined with `\n`.
 * @example
 * ```ts
 * textTable(['a', 'bb'], [['1', '2']]);
 * //=> 'a  bb\n-  --\n1  2 '
 * ```
 */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]): string => widths.map((w, c) => (cells[c] ?? '').padEnd(w)).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Escapes a Markdown table cell. */
function cell(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * Formats rows as a GitHub Markdown table.
 *
 * @param header - Column titles.
 * @param rows - Cells, one array per row.
 * @returns The table, lines joined with `\n`.
 * @example
 * ```ts
 * markdownTable(['a', 'b'], [['1', 'x|y']]);
 * //=> '| a | b |\n|---|---|\n| 1 | x\\|y |'
 * ```
 */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${header.map((_, c) => cell(cells[c] ?? '')).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

/**
 * Formats a share as a percentage with one decimal.
 *
 * @param part - Numerator.
 * @param whole - Denominator.
 * @returns For example `93.4%`, or `n/a` when `whole` is 0.
 */
export function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;
}
