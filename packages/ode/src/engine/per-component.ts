import { dimensionMismatch } from '../errors.ts';

/**
 * A tolerance as one value per component: a number is repeated, an array must have one entry per component
 * (else `ERR_DIM_MISMATCH`, naming `method.<name>`).
 */
export function perComponent(name: string, value: number | Float64Array, dim: number): Float64Array {
  if (typeof value === 'number') return new Float64Array(dim).fill(value);
  if (value.length !== dim) {
    throw dimensionMismatch(`method.${name}`, `must have one entry per component of x0 (${dim})`, value);
  }
  return value;
}
