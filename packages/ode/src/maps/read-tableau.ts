import { invalidArgument } from '../errors.ts';
import type { ButcherTableau } from '../tableaus/tableau.ts';
import { readArguments } from '../validate.ts';

/** Most stages a tableau may have here (DOP853 has 12; the determinant and series work in O(s³) and O(s²)). */
const MAX_STAGES = 64;

/**
 * Checks a Butcher tableau given by a caller and returns it, or a clean copy when it is not in the engine's form: `b` a non-empty array of finite numbers,
 * `a` an array of `s` rows of finite numbers, each at most `s` long (missing entries are 0), and `c`, when given,
 * `s` finite numbers (else the row sums of `a`). With `explicit`, every a[i][j] with j ≥ i must be 0, as the
 * engine's kernels require. Throws ERR_INVALID_ARG naming the offending entry.
 */
export function readTableau(name: string, value: unknown, explicit: boolean): ButcherTableau {
  // Only reading: a getter or Proxy trap that throws is ERR_INVALID_ARG naming the tableau.
  return readArguments(name, () => readFields(name, value, explicit));
}

function readFields(name: string, value: unknown, explicit: boolean): ButcherTableau {
  if (value === null || typeof value !== 'object') {
    throw invalidArgument(name, 'must be a Butcher tableau { a, b, c? }', value);
  }
  const t = value as Partial<ButcherTableau>;
  const b = readRow(`${name}.b`, t.b, 1, MAX_STAGES);
  const s = b.length;
  if (!Array.isArray(t.a) || t.a.length !== s) {
    throw invalidArgument(`${name}.a`, `must be an array of ${s} rows (one per weight in b)`, t.a);
  }
  const a = t.a.map((row, i) => {
    const r = readRow(`${name}.a[${i}]`, row, 0, s);
    if (explicit) {
      for (let j = i; j < r.length; j++) {
        if (r[j] !== 0) {
          throw invalidArgument(
            `${name}.a[${i}][${j}]`,
            'must be 0: the step maps run explicit tableaus (A strictly lower triangular)',
            r[j],
          );
        }
      }
      return r.slice(0, i);
    }
    return r;
  });
  const c =
    t.c === undefined ? a.map((row) => row.reduce((sum, v) => sum + v, 0)) : readRow(`${name}.c`, t.c, s, s);
  // A tableau already in the engine's form is returned itself: the engine finds the generated kernel of a
  // built-in method by identity (EULER_TABLEAU, RK4_TABLEAU, …), and only the general kernel for a copy.
  const canonical =
    t.c !== undefined &&
    typeof t.name === 'string' &&
    typeof t.order === 'number' &&
    t.a.every((row, i) => (row as readonly number[]).length <= (explicit ? i : s));
  if (canonical) return value as ButcherTableau;
  const order = typeof t.order === 'number' && Number.isFinite(t.order) ? t.order : 0;
  const label = typeof t.name === 'string' ? t.name : 'custom';
  return { name: label, order, a, b, c };
}

function readRow(name: string, value: unknown, min: number, max: number): number[] {
  if (!Array.isArray(value) || value.length < min || value.length > max) {
    const rule =
      min === max
        ? `must be an array of ${min} finite numbers`
        : `must be an array of ${min} to ${max} finite numbers`;
    throw invalidArgument(name, rule, value);
  }
  return value.map((v, j) => {
    if (typeof v !== 'number' || !Number.isFinite(v))
      throw invalidArgument(`${name}[${j}]`, 'must be a finite number', v);
    return v;
  });
}
