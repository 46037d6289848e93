import { formatNumber } from './format-number.ts';
import type { Cell, Report, Table } from './report.ts';
import { jsonSafe, terminalSafe } from './terminal-safe.ts';

/** The output formats every command accepts. */
export type OutputFormat = 'table' | 'csv' | 'json';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['table', 'csv', 'json'];

/** Characters gathered before each write: few enough writes for speed, little enough memory for any table. */
const CHUNK = 1 << 16;

/**
 * Writes a report in one of the three formats, row by row, through `write` (in chunks of about 64 kB), so a table
 * of any length is never built as one string, and no array is ever spread into a call:
 * - `table`: for reading: the summary, each section's prose, and aligned tables with numbers to 10 digits;
 * - `csv`: the tables only, numbers at full precision; when there are several, each starts with a `# name` line
 *   and they are separated by a blank line;
 * - `json`: the whole report as one JSON document, each table's rows as objects keyed by column.
 * Every piece of text is made terminal-safe (control characters escaped) on the way out.
 *
 * @example
 * ```ts
 * writeReport(report, 'csv', (chunk) => process.stdout.write(chunk));
 * ```
 */
export function writeReport(report: Report, format: OutputFormat, write: (chunk: string) => void): void {
  let buffer = '';
  const emit = (text: string) => {
    buffer += text;
    if (buffer.length >= CHUNK) {
      write(buffer);
      buffer = '';
    }
  };
  if (format === 'json') writeJson(report, emit);
  else if (format === 'csv') writeCsv(report, emit);
  else writeText(report, emit);
  if (buffer.length > 0) write(buffer);
}

/**
 * The whole report as one string (for tests and small reports; the CLI streams with {@link writeReport}).
 *
 * @example
 * ```ts
 * renderReport({ command: 'x', summary: {}, exitCode: 0, sections: [{ title: '', text: [],
 *   tables: [{ name: 't', columns: ['k', 'x'], rows: [[0, 0.5]] }] }] }, 'csv'); // 'k,x\n0,0.5\n'
 * ```
 */
export function renderReport(report: Report, format: OutputFormat): string {
  const parts: string[] = [];
  writeReport(report, format, (chunk) => parts.push(chunk));
  return parts.join('');
}

function writeJson(report: Report, emit: (text: string) => void): void {
  // The document is JSON.stringify's own two-space layout; each table's rows go in one at a time where a marker
  // stands in the skeleton.
  const tables: Table[] = [];
  const skeleton = {
    command: report.command,
    ...report.summary,
    sections: report.sections.map((section) => ({
      title: section.title,
      text: section.text,
      tables: section.tables.map((table) => {
        tables.push(table);
        return { name: table.name, columns: table.columns, rows: `${MARKER}${tables.length - 1}` };
      }),
    })),
  };
  const pieces = jsonSafe(JSON.stringify(skeleton, null, 2)).split(new RegExp(`"${MARKER}(\\d+)"`));
  emit(pieces[0]!);
  for (let p = 1; p < pieces.length; p += 2) {
    const table = tables[Number(pieces[p])]!;
    let first = true;
    for (const row of table.rows) {
      const object = Object.fromEntries(table.columns.map((c, i) => [c, row[i] ?? null]));
      const text = JSON.stringify(object, null, 2).replace(/\n/g, `\n${ROW_INDENT}`);
      emit(`${first ? '[\n' : ',\n'}${ROW_INDENT}${jsonSafe(text)}`);
      first = false;
    }
    emit(first ? '[]' : `\n${ROW_INDENT.slice(2)}]`);
    emit(pieces[p + 1]!);
  }
  emit('\n');
}

/** Stands for a table's rows in the JSON skeleton: no formula or message can contain this private-use text. */
const MARKER = '\ue000phaseflow-rows:';
/** Depth of a row object: report → sections → section → tables → table → rows → row, two spaces each. */
const ROW_INDENT = ' '.repeat(12);

function writeCsv(report: Report, emit: (text: string) => void): void {
  const tables = report.sections.flatMap((s) => s.tables);
  tables.forEach((table, n) => {
    if (n > 0) emit('\n');
    if (tables.length > 1) emit(`# ${terminalSafe(table.name)}\n`);
    emit(`${table.columns.map(csvCell).join(',')}\n`);
    for (const row of table.rows) emit(`${row.map(csvCell).join(',')}\n`);
  });
}

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  const text = terminalSafe(String(cell));
  return /[",\n#]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function writeText(report: Report, emit: (text: string) => void): void {
  // Blank lines separate blocks; none is written at the very end.
  let pendingBlank = false;
  let started = false;
  const line = (text: string) => {
    if (pendingBlank && started) emit('\n');
    pendingBlank = false;
    started = true;
    emit(`${text}\n`);
  };
  const blank = () => {
    pendingBlank = true;
  };
  const summary = Object.entries(report.summary);
  if (summary.length > 0) {
    let width = 0;
    for (const [k] of summary) width = Math.max(width, k.length);
    for (const [key, value] of summary) line(`${terminalSafe(key).padEnd(width)}  ${textCell(value)}`);
    blank();
  }
  for (const section of report.sections) {
    if (section.title) {
      line(terminalSafe(section.title));
      line('─'.repeat(Math.min(section.title.length, 100)));
    }
    for (const text of section.text) line(terminalSafe(text));
    if (section.text.length > 0 && section.tables.length > 0) blank();
    for (const table of section.tables) {
      alignedTable(table, line);
      blank();
    }
    if (section.tables.length === 0) blank();
  }
}

function textCell(cell: Cell): string {
  if (typeof cell === 'number') return formatNumber(cell);
  return cell === null ? '' : terminalSafe(String(cell));
}

/** Two passes over the rows: the column widths, then the lines; nothing but the widths is kept in between. */
function alignedTable(table: Table, line: (text: string) => void): void {
  const header = table.columns.map(terminalSafe);
  const widths = header.map((c) => c.length);
  const numeric = header.map(() => true);
  for (const row of table.rows) {
    for (let i = 0; i < widths.length; i++) {
      widths[i] = Math.max(widths[i]!, textCell(row[i] ?? null).length);
      if (typeof row[i] !== 'number') numeric[i] = false;
    }
  }
  const format = (row: readonly string[]) =>
    row
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  line(format(header));
  line(format(widths.map((w) => '─'.repeat(w))));
  for (const row of table.rows) line(format(widths.map((_, i) => textCell(row[i] ?? null))));
}
