import { describe, expect, test } from 'vitest';
import { jsonTable, runCli } from '../../test/run-cli.ts';
import { solveCommand } from './solve-command.ts';

// x′ = −1000·(x − cos t) from 0: the fast mode dies in ~1/1000, then x ≈ (10⁶·cos t + 10³·sin t)/(10⁶ + 1).
const exact = (t: number) =>
  (1e6 * Math.cos(t) + 1e3 * Math.sin(t)) / (1e6 + 1) - (1e6 / (1e6 + 1)) * Math.exp(-1000 * t);

describe('phaseflow solve --method rodas4 | backward-euler', { timeout: 60_000 }, () => {
  test('solveCommand with rodas4 passes the symbolic ∂f/∂x and meets its tolerance', () => {
    const report = solveCommand('-1000*(x - cos(t))', {
      x0: 0,
      t1: 1,
      method: 'rodas4',
      rtol: 1e-8,
      atol: 1e-10,
    });
    expect(report.summary.status).toBe('success');
    expect(report.summary.jacobian).toBe('symbolic');
    expect(Math.abs((report.summary.final as number) - exact(1))).toBeLessThan(1e-7);
  });

  test('solveCommand with backward-euler steps at --h, one Jacobian for a linear f, and falls back to differences', () => {
    const report = solveCommand('-1000*(x - cos(t))', { x0: 0, t1: 1, method: 'backward-euler', h: 0.01 });
    expect(report.summary.status).toBe('success');
    expect(report.summary.steps).toBe(100);
    expect(report.summary.jacobians).toBe(1);
    expect(Math.abs((report.summary.final as number) - exact(1))).toBeLessThan(1e-3); // first order at h = 0.01
    const kinked = solveCommand('-1000*floor(x)', { x0: 0.5, t1: 1, method: 'rodas4' });
    expect(kinked.summary.jacobian).toBe('differences');
  });

  test('solveCommand refuses --h with rodas4 and --rtol with backward-euler', () => {
    expect(() => solveCommand('-x', { x0: 1, t1: 1, method: 'rodas4', h: 0.1 })).toThrow(/--h/);
    expect(() => solveCommand('-x', { x0: 1, t1: 1, method: 'backward-euler', rtol: 1e-6 })).toThrow(
      /--rtol/,
    );
  });

  test('phaseflow solve --method rodas4 runs from the command line (json)', async () => {
    const run = await runCli([
      'solve',
      '-1000*(x - cos(t))',
      '--x0',
      '0',
      '--t1',
      '1',
      '--method',
      'rodas4',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { status: string; method: string };
    expect(report.status).toBe('success');
    expect(report.method).toBe('rodas4');
    const rows = jsonTable(run.stdout, 'solution');
    expect(Math.abs((rows.at(-1)!.x as number) - exact(1))).toBeLessThan(1e-5);
  });
});
