import { invalidArgument } from '../errors.ts';

/** A square matrix as the analysis holds it: row-major, entry (i, j) at `data[i * n + j]`. */
export interface SquareMatrix {
  n: number;
  data: Float64Array;
}

/**
 * Reads a square matrix of finite numbers given either flat and row-major (length n², as `jacobian` returns it)
 * or as n rows of length n. The data is copied, so the caller's array is never changed.
 *
 * @example
 * ```ts
 * readSquareMatrix('J', [[1, 2], [3, 4]]); // { n: 2, data: Float64Array [1, 2, 3, 4] }
 * ```
 */
export function readSquareMatrix(name: string, value: unknown): SquareMatrix {
  if (
    value === null ||
    typeof value !== 'object' ||
    typeof (value as ArrayLike<unknown>).length !== 'number'
  ) {
    throw invalidArgument(
      name,
      'must be a square matrix (n rows of n numbers, or n² numbers row-major)',
      value,
    );
  }
  const rows = value as ArrayLike<unknown>;
  const nested = rows.length > 0 && typeof rows[0] === 'object' && rows[0] !== null;
  const n = nested ? rows.length : Math.round(Math.sqrt(rows.length));
  if (n === 0 || (!nested && n * n !== rows.length)) {
    throw invalidArgument(name, 'must hold n² numbers for some n ≥ 1 (a flat square matrix)', value);
  }
  const data = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const row = nested ? (rows[i] as ArrayLike<unknown>) : null;
    if (nested && (row === null || typeof row !== 'object' || row.length !== n)) {
      throw invalidArgument(`${name}[${i}]`, `must be a row of ${n} numbers`, row);
    }
    for (let j = 0; j < n; j++) {
      const v = nested ? row![j] : rows[i * n + j];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw invalidArgument(
          nested ? `${name}[${i}][${j}]` : `${name}[${i * n + j}]`,
          'must be a finite number',
          v,
        );
      }
      data[i * n + j] = v;
    }
  }
  return { n, data };
}
