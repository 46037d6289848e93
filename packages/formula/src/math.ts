import { all, create } from 'mathjs';

/**
 * The one mathjs instance this package uses. `predictable: true` keeps every result a real number: sqrt(-1) and
 * log(-1) give NaN instead of a Complex, which is what a plot of a real function wants.
 */
export const math = create(all, { predictable: true });
