import { formatNumber } from './format-number.ts';
import type { Cell, Report, Table } from './report.ts';

/** The output formats every command accepts. */
export type OutputFormat = 'table' | 'csv' | 'json';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['table', 'csv', 'json'];

/**
 * Writes a report in one of the three formats:
 * - `table`: for reading: the summary, each section's prose, and aligned tables with numbers to 10 digits;
 * - `csv`: the tables only, numbers at full precision; when there are several, each starts with a `# name` line
 *   and they are separated by a blank line;
 * - `json`: the whole report as one JSON document, each table's rows as objects keyed by column.
 *
 * @example
 * ```ts
 * renderReport({ command: 'x', summary: {}, exitCode: 0, sections: [{ title: '', text: [],
 *   tables: [{ name: 't', columns: ['k', 'x'], rows: [[0, 0.5]] }] }] }, 'csv'); // 'k,x\n0,0.5\n'
 * ```
 */
export function renderReport(report: Report, format: OutputFormat): string {
  if (format === 'json') return `${JSON.stringify(toJson(report), null, 2)}\n`;
  if (format === 'csv') return renderCsv(report);
  return renderText(report);
}

function toJson(report: Report) {
  return {
    command: report.command,
    ...report.summary,
    sections: report.sections.map((section) => ({
      title: section.title,
      text: section.text,
      tables: section.tables.map((table) => ({
        name: table.name,
        columns: table.columns,
        rows: table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c, row[i] ?? null]))),
      })),
    })),
  };
}

function renderCsv(report: Report): string {
  const tables = report.sections.flatMap((s) => s.tables);
  const blocks = tables.map((table) => {
    const lines = [table.columns.map(csvCell).join(',')];
    for (const row of table.rows) lines.push(row.map(csvCell).join(','));
    return `${tables.length > 1 ? `# ${table.name}\n` : ''}${lines.join('\n')}\n`;
  });
  return blocks.join('\n');
}

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\n#]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function renderText(report: Report): string {
  const out: string[] = [];
  const summary = Object.entries(report.summary);
  if (summary.length > 0) {
    const width = Math.max(...summary.map(([k]) => k.length));
    for (const [key, value] of summary) out.push(`${key.padEnd(width)}  ${textCell(value)}`);
    out.push('');
  }
  for (const section of report.sections) {
    if (section.title) out.push(section.title, '─'.repeat(Math.min(section.title.length, 100)));
    for (const line of section.text) out.push(line);
    if (section.text.length > 0 && section.tables.length > 0) out.push('');
    for (const table of section.tables) out.push(...alignedTable(table), '');
    if (section.tables.length === 0) out.push('');
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}

function textCell(cell: Cell): string {
  if (typeof cell === 'number') return formatNumber(cell);
  return cell === null ? '' : String(cell);
}

function alignedTable(table: Table): string[] {
  const cells = [table.columns.slice(), ...table.rows.map((row) => row.map(textCell))];
  const widths = table.columns.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const numeric = table.columns.map((_, i) => table.rows.every((row) => typeof row[i] === 'number'));
  const line = (row: readonly string[]) =>
    row
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(cells[0]!), line(widths.map((w) => '─'.repeat(w))), ...cells.slice(1).map(line)];
}
