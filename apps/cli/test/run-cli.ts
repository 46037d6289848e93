// Test support (not part of the CLI): run the real bin in a subprocess and read what it prints.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/phaseflow.mjs', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node apps/cli/bin/phaseflow.mjs ...args` as a subprocess, as a user would. */
export function runCli(args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** The rows of the first table named `name` in a JSON report. */
export function jsonTable(stdout: string, name: string): Record<string, unknown>[] {
  const report = JSON.parse(stdout) as {
    sections: { tables: { name: string; rows: Record<string, unknown>[] }[] }[];
  };
  for (const section of report.sections) {
    for (const table of section.tables) if (table.name === name) return table.rows;
  }
  throw new Error(`no table named ${name}`);
}

/** Parses a CSV block (no quoting needed for the numeric tables checked here) into rows of numbers. */
export function csvNumbers(block: string): { header: string[]; rows: number[][] } {
  const lines = block.trim().split('\n');
  const header = lines[0]!.split(',');
  return { header, rows: lines.slice(1).map((line) => line.split(',').map(Number)) };
}

/** The exact logistic solution x(t) = x0·eᵗ / (1 − x0 + x0·eᵗ). */
export function logistic(x0: number, t: number): number {
  return (x0 * Math.exp(t)) / (1 - x0 + x0 * Math.exp(t));
}

/** |a − e| ≤ atol + rtol·|e|, with a message naming all four on failure. */
export function close(actual: number, expected: number, atol: number, rtol: number, where: string): void {
  const tolerance = atol + rtol * Math.abs(expected);
  if (!(Math.abs(actual - expected) <= tolerance)) {
    throw new Error(`${where}: actual ${actual}, expected ${expected}, tolerance ${tolerance}`);
  }
}

/**
 * Runs `main` in this process with stdout, stderr and console.info captured: the same code path as the bin minus
 * the two seconds of process start-up (tsx and mathjs), for the many small cases. Not safe to run concurrently.
 */
export async function runMain(args: readonly string[]): Promise<CliRun> {
  const { main } = await import('../src/main.ts');
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write;
  const err = process.stderr.write;
  const info = console.info;
  process.stdout.write = ((chunk: string) => {
    stdout += chunk;
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => {
    stderr += chunk;
    return true;
  }) as typeof process.stderr.write;
  console.info = (...parts: unknown[]) => {
    stdout += `${parts.join(' ')}\n`;
  };
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    console.info = info;
  }
}
