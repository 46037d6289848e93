import { argumentError, readArguments } from './argument-error.ts';

/** A square matrix as the analysis holds it: row-major, entry (i, j) at `data[i * n + j]`. */
export interface SquareMatrix {
  n: number;
  data: Float64Array;
}

/** The largest n the matrix routines take: their work grows as n³ (Jacobi and QR sweeps), so n = 256 already
 * costs about 10⁸ operations; beyond that a call could block a page for seconds. */
export const MAX_MATRIX_DIM = 256;

/**
 * Reads a square matrix of finite numbers given either flat and row-major (length n², as `jacobian` returns it)
 * or as n rows of length n, with 1 ≤ n ≤ {@link MAX_MATRIX_DIM}. The data is copied, so the caller's array is
 * never changed. Lengths are checked before anything is allocated; anything unreadable is `ERR_INVALID_ARG`.
 *
 * @example
 * ```ts
 * readSquareMatrix('J', [[1, 2], [3, 4]]); // { n: 2, data: Float64Array [1, 2, 3, 4] }
 * ```
 */
export function readSquareMatrix(name: string, value: unknown): SquareMatrix {
  return readArguments(name, () => {
    const shape = 'must be a square matrix (n rows of n numbers, or n² numbers row-major)';
    if (value === null || typeof value !== 'object') throw argumentError(name, shape, value);
    const rows = value as ArrayLike<unknown>;
    const length = rows.length;
    if (typeof length !== 'number' || !Number.isInteger(length) || length < 1) {
      throw argumentError(`${name}.length`, 'must be a positive integer', length);
    }
    const first = rows[0];
    const nested = typeof first === 'object' && first !== null;
    const n = nested ? length : Math.round(Math.sqrt(length));
    if (!nested && n * n !== length) {
      throw argumentError(name, 'must hold n² numbers for some n ≥ 1 (a flat square matrix)', value);
    }
    if (n > MAX_MATRIX_DIM)
      throw argumentError(name, `must be at most ${MAX_MATRIX_DIM}×${MAX_MATRIX_DIM}`, value);
    const data = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      const row = nested ? (rows[i] as ArrayLike<unknown>) : null;
      if (nested && (row === null || typeof row !== 'object' || row.length !== n)) {
        throw argumentError(`${name}[${i}]`, `must be a row of ${n} numbers`, row);
      }
      for (let j = 0; j < n; j++) {
        const v = nested ? row![j] : rows[i * n + j];
        if (typeof v !== 'number' || !Number.isFinite(v)) {
          throw argumentError(
            nested ? `${name}[${i}][${j}]` : `${name}[${i * n + j}]`,
            'must be a finite number',
            v,
          );
        }
        data[i * n + j] = v;
      }
    }
    return { n, data };
  });
}
