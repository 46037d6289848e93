import { invalidReturn, MAX_LENGTH, requireFunction, requireInteger, tooLarge } from './validate.ts';

/**
 * A reproducible uniform generator on [0, 1) from a 32-bit seed (mulberry32: a Weyl sequence scrambled by two
 * multiply-xorshift rounds; period 2³², ample for restarts and minibatches, and the same numbers on every engine).
 * @example
 * ```ts
 * const random = seededRandom(42);
 * [random(), random()]; // the same two numbers on every run: [0.6011037519201636, 0.44829055899754167]
 * ```
 */
export function seededRandom(seed: number): () => number {
  let state = requireInteger('seed', seed, 0) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Minibatches without replacement: each epoch is a fresh Fisher–Yates shuffle of 0 … n−1 cut into batches of
 * `batchSize` (the last batch of an epoch may be shorter). n ≤ 2²⁵; `random` must return numbers in [0, 1)
 * (`ERR_INVALID_RETURN` otherwise). `next()` returns the next batch as a view into a
 * reused buffer, valid until the following call.
 * @example
 * ```ts
 * const batches = batchSampler(4, 2, seededRandom(1));
 * [...batches.next(), ...batches.next()].sort(); // [0, 1, 2, 3]: one epoch covers every sample once
 * ```
 */
export function batchSampler(n: number, batchSize: number, random: () => number): { next(): Int32Array } {
  requireInteger('n', n, 1);
  if (n > MAX_LENGTH) throw tooLarge('n', `must be at most ${MAX_LENGTH}`, n);
  requireInteger('batchSize', batchSize, 1);
  requireFunction('random', random);
  const draw = () => {
    const u = random();
    if (typeof u !== 'number' || !(u >= 0 && u < 1))
      throw invalidReturn('random', 'must return a number in [0, 1)', u);
    return u;
  };
  const order = Int32Array.from({ length: n }, (_, i) => i);
  let position = n;
  return {
    next() {
      if (position >= n) {
        for (let i = n - 1; i > 0; i--) {
          const j = Math.floor(draw() * (i + 1));
          const t = order[i]!;
          order[i] = order[j]!;
          order[j] = t;
        }
        position = 0;
      }
      const batch = order.subarray(position, Math.min(n, position + batchSize));
      position += batch.length;
      return batch;
    },
  };
}
