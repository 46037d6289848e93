import { invalidArgument } from '../errors.ts';
import { toFiniteVector } from '../validate.ts';

/** What the last three period-doubling steps say about the rest of the cascade. */
export interface DoublingLimit {
  /** The ratio of the last two gaps, (h_{n−1} − h_{n−2}) / (h_n − h_{n−1}): Feigenbaum's δ = 4.6692… in the limit. */
  readonly delta: number;
  /** Where the doublings pile up, h_n + (h_n − h_{n−1}) / (δ − 1): the sum of the geometric tail of the gaps. */
  readonly accumulation: number;
}

/**
 * Feigenbaum's ratio and the accumulation point of a period-doubling cascade (as `periodDoublings` returns it),
 * read from its last three steps: the gaps between doublings shrink by a factor near δ, so the remaining gaps sum to
 * a geometric series. Exact for a cascade whose gaps are geometric. `doublings` must hold at least three finite,
 * strictly increasing numbers (`ERR_INVALID_ARG` otherwise).
 *
 * @example
 * ```ts
 * // Euler on x′ = x(1 − x): the first four doublings from periodDoublings
 * doublingLimit([2, 2.449489742783178, 2.5440903595519226, 2.5644072660954325]);
 * // { delta: 4.65625101765134, accumulation: 2.5699640253128453 } (δ = 4.6692…; the limit is 2.5699456…)
 * ```
 */
export function doublingLimit(doublings: ArrayLike<number>): DoublingLimit {
  const h = toFiniteVector('doublings', doublings);
  const n = h.length;
  if (n < 3) throw invalidArgument('doublings', 'must hold at least three steps', doublings);
  for (let k = 1; k < n; k++) {
    if (!(h[k]! > h[k - 1]!)) throw invalidArgument('doublings', 'must be strictly increasing', doublings);
  }
  const last = h[n - 1]! - h[n - 2]!;
  const delta = (h[n - 2]! - h[n - 3]!) / last;
  return { delta, accumulation: h[n - 1]! + last / (delta - 1) };
}
