import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SystemRhs } from '../src/index.ts';

/** One file of ./reference (SciPy DOP853 at rtol 1e-13; see reference/README.md for how it was made). */
export interface Reference {
  problem: string;
  params: Record<string, number>;
  x0: number[];
  t0: number;
  t1: number;
  t: number[];
  x: number[][];
}

const REFERENCE_DIR = fileURLToPath(new URL('./reference/', import.meta.url));

export function loadReference(name: string): Reference {
  return JSON.parse(readFileSync(`${REFERENCE_DIR}${name}.json`, 'utf8')) as Reference;
}

/** The right-hand sides the reference files were made from, built from each file's own parameters. */
export function referenceRhs(ref: Reference): SystemRhs {
  const p = ref.params;
  switch (ref.problem) {
    case 'van-der-pol':
    case 'van_der_pol':
      return (x, _t, d) => {
        d[0] = x[1]!;
        d[1] = p.mu! * (1 - x[0]! * x[0]!) * x[1]! - x[0]!;
      };
    case 'lorenz':
      return (x, _t, d) => {
        d[0] = p.sigma! * (x[1]! - x[0]!);
        d[1] = x[0]! * (p.rho! - x[2]!) - x[1]!;
        d[2] = x[0]! * x[1]! - p.beta! * x[2]!;
      };
    case 'lotka-volterra':
    case 'lotka_volterra':
      return (x, _t, d) => {
        d[0] = p.a! * x[0]! - p.b! * x[0]! * x[1]!;
        d[1] = p.c! * x[0]! * x[1]! - p.d! * x[1]!;
      };
    case 'pendulum':
      return (x, _t, d) => {
        d[0] = x[1]!;
        d[1] = -p.g_over_l! * Math.sin(x[0]!) - p.damping! * x[1]!;
      };
    default:
      throw new Error(`no right-hand side for reference problem ${ref.problem}`);
  }
}

/**
 * Compares a computed trajectory with a reference, |a − e| ≤ atol + rtol·|e| per component, and returns one line
 * per failure naming t, the component, actual, expected and the tolerance (empty when all agree).
 */
export function compareWithReference(
  ref: Reference,
  at: (t: number) => ArrayLike<number>,
  rtol: number,
  atol: number,
): string[] {
  const failures: string[] = [];
  ref.t.forEach((t, k) => {
    const actual = at(t);
    ref.x[k]!.forEach((expected, i) => {
      const tolerance = atol + rtol * Math.abs(expected);
      const a = actual[i]!;
      if (!(Math.abs(a - expected) <= tolerance)) {
        failures.push(`t = ${t}, component ${i}: actual ${a}, expected ${expected}, tolerance ${tolerance}`);
      }
    });
  });
  return failures;
}
